/**
 * `operation: dispatch` (DESIGN §12): one tick of the orchestrator that starts `via: dispatch` workflows itself. It
 * reads the config, the state and the usage; claims what fell due since the last tick (the mode in force choosing the
 * crons) with a version-guarded write; dispatches each claimed workflow once, coalescing its occurrences; records the
 * run ids. A tick that finds nothing due writes nothing.
 */
import { dispatchLimits } from '../../core/dispatch/dispatch-config.js'
import { newlyPaused } from '../../core/dispatch/pauses.js'
import { type RunFacts } from '../../core/dispatch/run-facts.js'
import { withOutcomes, type Outcome } from '../../core/dispatch/tick-claim.js'
import { emptyReport, tickReport, type TickReport } from '../../core/dispatch/tick-report.js'
import {
  knownRunIds,
  lastTick,
  readDispatchState,
  type Pause,
  type TickRecord
} from '../../core/dispatch/tick-state.js'
import { type Mode } from '../../core/schedule/schedule.js'
import { holdingPauses } from '../../core/usage/budgets.js'
import {
  budgetChanges,
  failureChanges,
  failurePauses,
  type Paused,
  type PauseChange
} from '../../core/usage/paused.js'
import { type UsageReport } from '../../core/usage/usage.js'
import { PortError } from '../../ports/errors.js'
import { type Issues } from '../../ports/threads.js'
import { type WorkflowControl } from '../../ports/workflow-control.js'
import { type WorkflowRuns } from '../../ports/workflow-runs.js'
import { type ActionSettings } from '../../settings.js'
import { type AlertOutcome } from '../apply-schedules/alert-issue.js'
import { type Progress } from '../apply-schedules/apply-schedules.js'
import { enforceBudgetsForTick, type TickBudgetPorts } from '../budgets/budget-run.js'
import { type BudgetResult } from '../budgets/enforce-budgets.js'
import { reportPauses } from '../pause-alert.js'
import { claimTick, type Claim, type ClaimInput } from './claim.js'
import { deliver } from './deliver.js'
import { readTick, type TickInputs, type TickReadPorts } from './read-tick.js'
import { recordOutcomes } from './record.js'

/** The ports a tick uses: reading, the budgets' (runs, enable, disable), dispatching, and the alert issue. */
export interface DispatchPorts extends TickReadPorts, TickBudgetPorts, Issues {
  listRuns: WorkflowRuns['listRuns']
  dispatch: WorkflowControl['dispatch']
  requestCount(): number
}

/** Who this tick is, and its real clock (the deadline is real time, whatever the pinned clock says). */
export interface TickIdentity {
  by: string
  elapsedMs(): number
}

/** Everything a tick did, for the outputs, the summary and the log. */
export interface TickResult {
  report: TickReport
  mode: Mode
  usage: UsageReport
  /** Every paused workflow after the tick, and the ones this tick paused. */
  paused: Record<string, Pause>
  newlyPaused: string[]
  requests: number
  dryRun: boolean
  /** The budgets as checked before the claim (DESIGN §13). */
  budgets: BudgetResult
  /** Everything paused after the tick, budget and failures, and what the tick changed (reported in the alert). */
  pausedNow: Paused
  pauseChanges: PauseChange[]
  alert: AlertOutcome
}

/** Dispatches each claimed item in the record's order and says what came of it (item index → outcome). */
async function deliverAll(
  ports: DispatchPorts,
  inputs: TickInputs,
  claim: Claim,
  context: { now: Date; seen: Set<number>; tick: TickIdentity; dryRun: boolean }
): Promise<Map<number, Outcome>> {
  const byId = new Map(inputs.workflows.map(w => [w.id, w]))
  const known = knownRunIds(readDispatchState(claim.state, ''))
  const ctx = {
    runs: ports,
    control: ports,
    ref: inputs.base,
    now: context.now,
    claimedAt: claim.record.claimedAt,
    known,
    seen: context.seen,
    elapsedMs: context.tick.elapsedMs,
    dryRun: context.dryRun
  }
  const outcomes = new Map<number, Outcome>()
  for (const [index, item] of claim.record.workflows.entries()) {
    const workflow = byId.get(item.workflow)
    if (item.status !== 'claimed' || !workflow) continue
    outcomes.set(index, await deliver(item, workflow, ctx))
  }
  return outcomes
}

function settled(claim: Claim, by: string, outcomes: ReadonlyMap<number, Outcome>): TickRecord {
  const dispatch = withOutcomes(readDispatchState(claim.state, ''), by, outcomes)
  return dispatch.ticks.find(t => t.by === by) ?? claim.record
}

/** What claiming needs: the workflows, the mode in force, the rules (a spent quota, the budget pauses), the runs. */
function claimInputOf(
  inputs: TickInputs,
  context: { settings: ActionSettings; now: Date; by: string; budgets: BudgetResult },
  ports: DispatchPorts
): ClaimInput {
  const { usage, workflows } = inputs
  const { settings, now, by } = context
  const held = holdingPauses(context.budgets.pauses, now).map(p => p.workflow)
  return {
    context: { workflows, mode: usage.mode, now, by },
    rules: {
      budgetSpent: usage.used >= usage.quota,
      budgetPaused: new Set(held),
      ...dispatchLimits(inputs.config)
    },
    runs: ports,
    facts: new Map<string, RunFacts>(),
    seen: new Set<number>(),
    dryRun: settings.dryRun
  }
}

type TickCore = Omit<TickResult, 'pausedNow' | 'pauseChanges' | 'alert'>

/** A tick with nothing to do: nothing written. */
function idle(
  inputs: TickInputs,
  settings: ActionSettings,
  now: Date,
  ports: DispatchPorts
): Omit<TickCore, 'budgets'> {
  const dispatch = readDispatchState(inputs.loaded.state, ports.stateName)
  return {
    mode: inputs.usage.mode,
    usage: inputs.usage,
    dryRun: settings.dryRun,
    report: emptyReport(now, lastTick(dispatch.ticks)?.to ?? null),
    paused: dispatch.paused,
    newlyPaused: [],
    requests: ports.requestCount()
  }
}

/**
 * What is paused after the tick and what it changed, reported in the alert issue when something did (no call
 * otherwise). The tick's dispatches are recorded by now: an alert GitHub refused is a warning, not a failed tick.
 */
async function withPauseReport(
  ports: DispatchPorts,
  context: {
    inputs: TickInputs
    settings: ActionSettings
    now: Date
    before: Record<string, Pause>
  },
  tick: TickCore
): Promise<TickResult> {
  const { inputs, settings, now } = context
  const failures = failurePauses(tick.paused, inputs.config.workflows)
  const pausedNow = { budget: holdingPauses(tick.budgets.pauses, now), failures }
  const pauseChanges = [
    ...budgetChanges(tick.budgets.paused, tick.budgets.resumed),
    ...failureChanges(context.before, failures, inputs.config.workflows)
  ]
  const alert = await reportPauses(ports, {
    ...{ labels: settings.labels, issuesEnabled: inputs.issuesEnabled, dryRun: settings.dryRun },
    ...{ paused: pausedNow, changes: pauseChanges, now, usage: inputs.usage }
  }).catch((error: unknown): AlertOutcome => {
    if (!(error instanceof PortError)) throw error
    return { operation: 'none', problem: error.message }
  })
  return { ...tick, pausedNow, pauseChanges, alert, requests: ports.requestCount() }
}

/** One tick: read, claim, dispatch, record (DESIGN §12). */
export async function dispatchWorkflows(
  ports: DispatchPorts,
  settings: ActionSettings,
  now: Date,
  tick: TickIdentity,
  progress: Progress
): Promise<TickResult> {
  const read = await readTick(ports, settings, now, progress)
  // Before the claim: a cap spent now stops this tick's dispatches; the claim starts from the state the check left.
  const budgets = await enforceBudgetsForTick(ports, settings, read, now, progress)
  const inputs = { ...read, loaded: budgets.loaded }
  const claimInput = claimInputOf(inputs, { settings, now, by: tick.by, budgets }, ports)
  progress.info(`mode ${inputs.usage.mode}; ${inputs.workflows.length} workflows via dispatch`)
  const claim = await progress.phase('Claim the tick', () =>
    claimTick(inputs.storage, ports.stateName, inputs.loaded, claimInput)
  )
  const report = { inputs, settings, now }
  if (!claim) {
    const before = readDispatchState(inputs.loaded.state, ports.stateName).paused
    return withPauseReport(
      ports,
      { ...report, before },
      { ...idle(inputs, settings, now, ports), budgets }
    )
  }
  const context = { now, seen: claimInput.seen, tick, dryRun: settings.dryRun }
  const outcomes = await progress.phase('Dispatch', () => deliverAll(ports, inputs, claim, context))
  const record = settings.dryRun
    ? undefined
    : await progress.phase('Record the runs', () =>
        recordOutcomes(inputs.storage, ports.stateName, { ...claim, by: tick.by, now }, outcomes)
      )
  const after = readDispatchState(claim.state, ports.stateName)
  return withPauseReport(
    ports,
    { ...report, before: claim.before.paused },
    {
      ...idle(inputs, settings, now, ports),
      budgets,
      report: tickReport(record ?? settled(claim, tick.by, outcomes)),
      paused: after.paused,
      newlyPaused: newlyPaused(claim.before, after)
    }
  )
}
