/**
 * Budgets in the operations that check them (DESIGN §13): an apply run checks them after observing the runs (their
 * dollars and minutes), a dispatch tick before claiming (a spent cap stops this tick's dispatches), observing the runs
 * itself only when a cap is in dollars or minutes. A change of pauses goes to the alert issue.
 */
import { type CallBudget } from '../../core/runs/call-budget.js'
import { holdingPauses, readPauses, type Budgets } from '../../core/usage/budgets.js'
import { budgetChanges, type Paused, type PauseChange } from '../../core/usage/paused.js'
import { NotFoundError, PermissionError } from '../../ports/errors.js'
import { type StateStorage } from '../../ports/state-storage.js'
import { type Issues } from '../../ports/threads.js'
import { type WorkflowRuns } from '../../ports/workflow-runs.js'
import { ingestionLine } from '../../reports/observe-report.js'
import { changeComment } from '../../reports/pause-report.js'
import { type ActionSettings } from '../../settings.js'
import { publishAlert, type AlertOutcome } from '../apply-schedules/alert-issue.js'
import { resolveBase, type Progress, type RunResult } from '../apply-schedules/apply-schedules.js'
import { type TickInputs } from '../dispatch-workflows/read-tick.js'
import { recordedApiOf, recordRuns, type RecordedRuns } from '../observe-runs/record-runs.js'
import { emptyLoadedState, loadState } from '../state-store.js'
import {
  enforceBudgets,
  noBudgets,
  type BudgetPorts,
  type BudgetResult
} from './enforce-budgets.js'

/** What an apply run's check reports besides the result: what is paused after it, and the alert it wrote. */
export interface RunBudgets extends BudgetResult {
  pausedNow: Paused
  /** The alert issue after reporting a change of pauses; undefined when nothing changed. */
  alert?: AlertOutcome
}

/** The ports an apply run's check needs. */
export type BudgetRunPorts = BudgetPorts &
  Issues &
  Parameters<typeof resolveBase>[0] & {
    stateStorage(baseHead: string): StateStorage | undefined
    stateName: string
  }

const NOT_READ = 'the run records could not be read in this run (see Observe runs)'

/**
 * A change of pauses in an apply run's alert issue: a comment on the issue the run's alert step left open saying
 * what changed, then the alert written again from the plan with the pauses after the check (opened, updated, or
 * closed when nothing is paused and the usage is SAFE).
 */
async function alertPauses(
  ports: BudgetRunPorts,
  settings: ActionSettings,
  run: Pick<RunResult, 'plan' | 'alert' | 'pullRequest'>,
  change: { paused: Paused; changes: PauseChange[]; issuesEnabled: boolean }
): Promise<AlertOutcome | undefined> {
  if (change.changes.length === 0 || settings.dryRun) return undefined
  const open = run.alert.operation === 'closed' ? undefined : run.alert.issue
  if (open && change.issuesEnabled)
    await ports.comment(open.number, changeComment(change.changes)).catch((error: unknown) => {
      if (!(error instanceof PermissionError || error instanceof NotFoundError)) throw error
    })
  const pull = run.pullRequest.operation === 'closed' ? undefined : run.pullRequest.pullRequest
  return publishAlert(ports, run.plan, {
    ...{ labels: settings.labels, dryRun: false, issuesEnabled: change.issuesEnabled },
    ...{ paused: change.paused, ...(pull ? { pullRequest: pull } : {}) }
  })
}

/** The apply run's check, from the plan's config and the runs it observed; no budgets and no pauses: no call. */
export async function enforceBudgetsForRun(
  ports: BudgetRunPorts,
  settings: ActionSettings,
  run: Pick<RunResult, 'plan' | 'alert' | 'paused' | 'pullRequest'>,
  observed: RecordedRuns | undefined,
  now: Date
): Promise<RunBudgets> {
  const { plan } = run
  const where = await resolveBase(ports, settings)
  const storage = settings.stateBranch ? ports.stateStorage(where.baseHead) : undefined
  const idle = { budget: holdingPauses(run.paused.budget, now), failures: run.paused.failures }
  if ((!plan.config.budgets && run.paused.budget.length === 0) || !storage)
    return { ...noBudgets(emptyLoadedState()), pausedNow: idle }
  const loaded = await loadState(storage, ports.stateName)
  const paths = plan.config.workflows.map(w => w.path)
  const read = observed && observed.saved !== 'not-read'
  const result = await enforceBudgets(ports, {
    ...{ config: plan.config, usage: plan.usage, now, dryRun: settings.dryRun },
    ...{ storage, stateName: ports.stateName, loaded },
    ...(read ? { observed: recordedApiOf(observed.store, paths) } : { notObserved: NOT_READ })
  })
  const pausedNow = { ...idle, budget: holdingPauses(result.pauses, now) }
  const changes = budgetChanges(result.paused, result.resumed)
  const alert = await alertPauses(ports, settings, run, {
    ...{ paused: pausedNow, changes, issuesEnabled: where.issuesEnabled }
  })
  return { ...result, pausedNow, ...(alert ? { alert } : {}) }
}

/** A cap in dollars or minutes: read from the runs, which the tick then observes. */
const needsRuns = (budgets: Budgets | undefined) =>
  Object.values(budgets ?? {}).some(cap => cap.unit !== 'usage')

/** The ports a tick's check needs: the runs, the run records' storage and the call counters. */
export type TickBudgetPorts = BudgetPorts &
  WorkflowRuns & {
    runsStorage(baseHead: string): StateStorage | undefined
    runsName: string
    stateName: string
    requestCount(): number
    notModifiedCount?(): number
    rateLimitRemaining?(): number | undefined
  }

/** The tick observes the managed workflows' runs (incrementally, within max-api-calls) for a cap in dollars or minutes. */
async function observeForTick(
  ports: TickBudgetPorts,
  settings: ActionSettings,
  inputs: TickInputs,
  now: Date
): Promise<RecordedRuns | undefined> {
  const storage = ports.runsStorage(inputs.baseHead)
  if (!storage) return undefined
  const budget: CallBudget = {
    limit: settings.maxApiCalls,
    spent: () => ports.requestCount() - (ports.notModifiedCount?.() ?? 0),
    rateLimitRemaining: () => ports.rateLimitRemaining?.()
  }
  return recordRuns(
    { runs: ports, storage, name: ports.runsName },
    {
      workflows: inputs.config.workflows.map(w => ({ id: w.id, path: w.path })),
      ...{ now, windowDays: settings.analyticsDays, budget, dryRun: settings.dryRun }
    }
  )
}

/** A tick's check, before it claims, from the config, state and usage it read; no budgets and no pauses: no call. */
export async function enforceBudgetsForTick(
  ports: TickBudgetPorts,
  settings: ActionSettings,
  inputs: TickInputs,
  now: Date,
  progress: Progress
): Promise<BudgetResult> {
  const { config, loaded } = inputs
  if (!config.budgets && readPauses(loaded.state.pauses).length === 0) return noBudgets(loaded)
  return progress.phase('Check the budgets', async () => {
    const observed = needsRuns(config.budgets)
      ? await observeForTick(ports, settings, inputs, now)
      : undefined
    if (observed) progress.info(`runs: ${ingestionLine(observed)}`)
    const paths = config.workflows.map(w => w.path)
    const read = observed && observed.saved !== 'not-read'
    return enforceBudgets(ports, {
      ...{ config, usage: inputs.usage, now, dryRun: settings.dryRun },
      ...{ storage: inputs.storage, stateName: ports.stateName, loaded },
      ...(read ? { observed: recordedApiOf(observed.store, paths) } : { notObserved: NOT_READ })
    })
  })
}
