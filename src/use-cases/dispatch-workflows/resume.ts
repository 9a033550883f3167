/**
 * `operation: resume` (DESIGN §12, §13): a person lifts pauses — of the workflows the `workflows` input names (config
 * ids), or of every paused one when it is empty. A failure pause is cleared (the failed runs so far stop counting; the
 * next tick dispatches the workflow again). A budget pause is lifted until its day or period turns: a workflow the
 * orchestrator disabled is enabled again — never one a person disabled — and the next check does not pause it again
 * for that cap. Enabled first, then recorded with the state's version (a run that wrote in between is read again), and
 * reported in the alert issue.
 */
import { ValidationError } from '../../core/errors.js'
import { withResumed } from '../../core/dispatch/pauses.js'
import { readDispatchState, withDispatchState } from '../../core/dispatch/tick-state.js'
import { CONFIG_PROBLEMS, readConfig, type Config } from '../../core/schedule/config.js'
import { serializeState } from '../../core/state/state.js'
import { holdingPauses, readLifts, readPauses, type BudgetPause } from '../../core/usage/budgets.js'
import {
  budgetChanges,
  failureChanges,
  failurePauses,
  type Paused
} from '../../core/usage/paused.js'
import { StaleFileError } from '../../ports/errors.js'
import { type Issues } from '../../ports/threads.js'
import { textSourceAt } from '../../ports/workflow-files.js'
import { type ActionSettings } from '../../settings.js'
import { type AlertOutcome } from '../apply-schedules/alert-issue.js'
import { resolveBase } from '../apply-schedules/apply-schedules.js'
import { type BudgetPorts } from '../budgets/enforce-budgets.js'
import { withPauseRecord } from '../budgets/pause-state.js'
import { reportPauses } from '../pause-alert.js'
import { loadState, type LoadedState } from '../state-store.js'
import { type TickReadPorts } from './read-tick.js'

const ATTEMPTS = 6

/** What a resume did. */
export interface ResumeResult {
  /** The workflows resumed: those named, or every paused one. */
  resumed: string[]
  /** Those of them that were paused. */
  wasPaused: string[]
  /** Workflows the orchestrator had disabled for a budget, enabled again. */
  enabled: string[]
  /** Named workflows disabled by a person, not by the orchestrator: left disabled. */
  leftAlone: string[]
  /** What is still paused after the resume. */
  pausedNow: Paused
  alert: AlertOutcome
  requests: number
}

/** The ports a resume uses: reading, enabling, the state and the alert issue. */
export type ResumePorts = TickReadPorts &
  Pick<BudgetPorts, 'listWorkflows' | 'enable'> &
  Issues & { requestCount(): number }

/** The config on the base; a missing or invalid one is refused before anything is written. */
async function readResumeConfig(ports: TickReadPorts, path: string, baseHead: string) {
  const text = await textSourceAt(ports, baseHead).readText(path)
  if (text === undefined)
    throw new ValidationError(
      [`${path} not found — add the orchestrator config there, or point the config setting at it`],
      'Missing orchestrator config'
    )
  const { config, problems } = readConfig(text, path)
  if (problems.length > 0) throw new ValidationError(problems, CONFIG_PROBLEMS)
  return config
}

/** The ids named (each a config id; any other is named with the ones there are), or every paused workflow. */
function targetsOf(settings: ActionSettings, config: Config, paused: Paused): string[] {
  const ids = config.workflows.map(w => w.id)
  const unknown = settings.workflows.filter(id => !ids.includes(id))
  if (unknown.length > 0)
    throw new ValidationError([
      `input 'workflows' must list config ids of managed workflows (${ids.join(', ') || 'none in the config'}), got '${settings.workflows.join(',')}' — or leave it empty to resume every paused workflow`
    ])
  if (settings.workflows.length > 0) return settings.workflows
  const all = [...paused.budget, ...paused.failures].map(p => p.workflow)
  return [...new Set(all)]
}

/** Who disabled what: the budget pauses to enable again, and the named workflows a person disabled. */
async function enabling(
  ports: ResumePorts,
  config: Config,
  lifting: BudgetPause[],
  named: string[]
) {
  const viaCron = new Set(config.workflows.filter(w => w.via !== 'dispatch').map(w => w.id))
  const ours = lifting.filter(p => p.disabled ?? viaCron.has(p.workflow))
  const namedCron = config.workflows.filter(w => named.includes(w.id) && viaCron.has(w.id))
  if (ours.length === 0 && namedCron.length === 0) return { enable: [], leftAlone: [] }
  const listed = await ports.listWorkflows()
  const stateOf = (path: string) => listed.find(w => w.path === path)?.state
  const enable = ours.filter(p => stateOf(p.path) === 'disabled_manually')
  const leftAlone = namedCron
    .filter(w => !ours.some(p => p.workflow === w.id) && stateOf(w.path) !== 'active')
    .map(w => w.id)
  return { enable, leftAlone }
}

/** The state with the failure pauses cleared and the budget pauses lifted. */
function resumedState(
  loaded: LoadedState,
  change: { dispatched: string[]; lifted: BudgetPause[] },
  now: Date,
  name: string
) {
  const dispatch = withResumed(readDispatchState(loaded.state, name), change.dispatched, now)
  const liftedIds = new Set(change.lifted.map(p => p.workflow))
  const pauses = readPauses(loaded.state.pauses).filter(p => !liftedIds.has(p.workflow))
  const lifts = [
    ...readLifts(loaded.state.pauseLifts, now).filter(l => !liftedIds.has(l.workflow)),
    ...holdingPauses(change.lifted, now).map(p => ({ workflow: p.workflow, until: p.until }))
  ]
  return withPauseRecord(withDispatchState(loaded.state, dispatch, now), { pauses, lifts })
}

/** Records the resume; another run's write in between is read again and the resume applied to its state. */
async function record(
  storage: NonNullable<ReturnType<TickReadPorts['stateStorage']>>,
  name: string,
  first: LoadedState,
  change: { dispatched: string[]; lifted: BudgetPause[]; now: Date; ids: string[] }
): Promise<LoadedState> {
  let loaded = first
  for (let attempt = 1; ; attempt++) {
    const state = resumedState(loaded, change, change.now, name)
    try {
      await storage.write(
        serializeState(state),
        loaded.version,
        `orchestrator: resume ${change.ids.join(', ')}`
      )
      return { state, version: undefined }
    } catch (error) {
      if (!(error instanceof StaleFileError) || attempt >= ATTEMPTS) throw error
      loaded = await loadState(storage, name)
    }
  }
}

/** Resumes the workflows named by the `workflows` input, or every paused one. */
export async function resumeWorkflows(
  ports: ResumePorts,
  settings: ActionSettings,
  now: Date
): Promise<ResumeResult> {
  const where = await resolveBase(ports, settings)
  const config = await readResumeConfig(ports, settings.config, where.baseHead)
  const storage = ports.stateStorage(where.baseHead)
  if (!storage) throw new ValidationError(["operation 'resume' needs input 'state-branch'"])
  const loaded = await loadState(storage, ports.stateName)
  const before = readDispatchState(loaded.state, ports.stateName).paused
  const paused = {
    budget: readPauses(loaded.state.pauses),
    failures: failurePauses(before, config.workflows)
  }
  const ids = targetsOf(settings, config, paused)
  const lifting = paused.budget.filter(p => ids.includes(p.workflow))
  const wasPaused = ids.filter(
    id => before[id] !== undefined || lifting.some(p => p.workflow === id)
  )
  const calls = await enabling(ports, config, lifting, settings.workflows)
  const dispatched = config.workflows
    .filter(w => w.via === 'dispatch' && ids.includes(w.id))
    .map(w => w.id)
  const result = {
    resumed: ids,
    wasPaused,
    enabled: calls.enable.map(p => p.workflow),
    leftAlone: calls.leftAlone
  }
  const change = { dispatched, lifted: lifting, now, ids }
  const after = settings.dryRun ? resumedState(loaded, change, now, ports.stateName) : undefined
  const state =
    after ?? (await enableThenRecord(ports, { storage, loaded, calls: calls.enable, change })).state
  const failures = failurePauses(readDispatchState(state, ports.stateName).paused, config.workflows)
  const pausedNow = { budget: holdingPauses(readPauses(state.pauses), now), failures }
  const changes = [
    ...budgetChanges([], lifting, true),
    ...failureChanges(before, failures, config.workflows, true)
  ]
  const alert = await reportPauses(ports, {
    ...{ labels: settings.labels, issuesEnabled: where.issuesEnabled, dryRun: settings.dryRun },
    ...{ paused: pausedNow, changes, now }
  })
  return { ...result, pausedNow, alert, requests: ports.requestCount() }
}

/**
 * Enables the workflows first, then records the resume: a refused enable records only what was done (the pauses of
 * the workflows enabled so far lifted) and fails, so the state never says a disabled workflow was resumed.
 */
async function enableThenRecord(
  ports: ResumePorts & { stateName: string },
  work: {
    storage: NonNullable<ReturnType<TickReadPorts['stateStorage']>>
    loaded: LoadedState
    calls: BudgetPause[]
    change: { dispatched: string[]; lifted: BudgetPause[]; now: Date; ids: string[] }
  }
): Promise<LoadedState> {
  const { storage, loaded, calls, change } = work
  const done: string[] = []
  try {
    for (const p of calls) {
      await ports.enable(p.path)
      done.push(p.workflow)
    }
  } catch (error) {
    const pending = new Set(calls.filter(p => !done.includes(p.workflow)).map(p => p.workflow))
    const lifted = change.lifted.filter(p => !pending.has(p.workflow))
    await record(storage, ports.stateName, loaded, { ...change, lifted })
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(
      `operation 'resume': ${[...pending][0]} could not be enabled (its pause is kept): ${message}`,
      { cause: error }
    )
  }
  return record(storage, ports.stateName, loaded, change)
}
