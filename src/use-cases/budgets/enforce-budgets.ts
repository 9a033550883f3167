/**
 * Budgets (DESIGN §13, issue 12), checked on every run and tick: a spent cap pauses the managed workflows at once —
 * cron-driven ones are disabled, dispatched ones are skipped by the tick — and the pauses are recorded in the state's
 * `pauses`; when the day or the period turns, exactly the workflows recorded as disabled by the orchestrator are
 * enabled again. A workflow a person disabled (disabled, and not recorded as ours) is never touched. When nothing
 * changes, no call is made.
 */
import {
  checkBudgets,
  dayStart,
  planPauses,
  readLifts,
  readPauses,
  type BudgetPause,
  type Budgets,
  type PauseLift,
  type PausePlan,
  type SpentCap,
  type UncheckedCap
} from '../../core/usage/budgets.js'
import { DAY_MS } from '../../core/usage/period.js'
import { type UsageReport } from '../../core/usage/usage.js'
import { type Config } from '../../core/schedule/config.js'
import { type RecordedApi } from '../../core/runs/records.js'
import { usageSamples } from '../../core/state/state.js'
import { type StateStorage } from '../../ports/state-storage.js'
import { type WorkflowControl } from '../../ports/workflow-control.js'
import { type WorkflowRuns } from '../../ports/workflow-runs.js'
import { type LoadedState } from '../state-store.js'
import { spendFigures, type Figures } from './budget-figures.js'
import { writePauses } from './pause-state.js'

/** What enforcing budgets uses. */
export interface BudgetPorts {
  listWorkflows: WorkflowRuns['listWorkflows']
  enable: WorkflowControl['enable']
  disable: WorkflowControl['disable']
}

/** What a run knows when it checks the budgets. */
export interface BudgetInput {
  config: Config
  usage: UsageReport
  now: Date
  dryRun: boolean
  storage: StateStorage
  stateName: string
  /** The state as this run last read or wrote it. */
  loaded: LoadedState
  /** The managed workflows' recorded runs, when this run observed them: the dollars and minutes spent. */
  observed?: RecordedApi
  /** Why there are no observed runs, for the caps in dollars or minutes. */
  notObserved?: string
}

/** A cap that could not be checked, and why. */
export type Unchecked = UncheckedCap & { why: string }

/** What enforcing did, for the outputs, the summary and the alert. */
export interface BudgetResult {
  /** The caps configured; none: nothing was checked (pauses left by removed caps are still resumed). */
  budgets: Budgets
  figures: Figures['figures']
  spent: SpentCap[]
  unchecked: Unchecked[]
  /** The budget pauses after the run (recorded, or in a dry run would be). */
  pauses: BudgetPause[]
  /** Made by this run, or moved to a later cap. */
  paused: BudgetPause[]
  resumed: BudgetPause[]
  /** Disabled by a person (not recorded as ours): left alone. */
  leftAlone: string[]
  /** The state after the run's write, for a later write in the same run. */
  loaded: LoadedState
}

/** Nothing configured and nothing recorded: nothing to say. */
export function noBudgets(loaded: LoadedState): BudgetResult {
  return {
    budgets: {},
    figures: { daily: {}, period: {} },
    spent: [],
    unchecked: [],
    pauses: [],
    paused: [],
    resumed: [],
    leftAlone: [],
    loaded
  }
}

/** What the plan asks of GitHub: the workflows to disable and to enable, and the ones a person disabled. */
interface Calls {
  disable: BudgetPause[]
  enable: BudgetPause[]
  leftAlone: string[]
}

/**
 * One list of the workflows tells which are ours to touch: a cron-driven workflow to pause must be active (else a
 * person disabled it: left alone); one to resume must be recorded as disabled by us and still disabled.
 */
async function callsFor(ports: BudgetPorts, config: Config, plan: PausePlan): Promise<Calls> {
  const listed = await ports.listWorkflows()
  const stateOf = (path: string) => listed.find(w => w.path === path)?.state
  const viaCron = new Set(config.workflows.filter(w => w.via !== 'dispatch').map(w => w.id))
  const cron = plan.pause.filter(p => viaCron.has(p.workflow))
  const leftAlone = cron.filter(p => stateOf(p.path) !== 'active').map(p => p.workflow)
  return {
    disable: cron.filter(p => !leftAlone.includes(p.workflow)),
    enable: plan.resume.filter(
      p => (p.disabled ?? viaCron.has(p.workflow)) && stateOf(p.path) === 'disabled_manually'
    ),
    leftAlone
  }
}

const ends = (input: BudgetInput) => ({
  daily: new Date(dayStart(input.now).getTime() + DAY_MS),
  period: input.usage.period.end
})

const same = (a: readonly BudgetPause[], b: readonly BudgetPause[]) =>
  JSON.stringify(a) === JSON.stringify(b)

/** Checks the caps and pauses or resumes; writes the state's `pauses` (not in a dry run). */
export async function enforceBudgets(
  ports: BudgetPorts,
  input: BudgetInput
): Promise<BudgetResult> {
  const { state } = input.loaded
  const current = readPauses(state.pauses)
  const budgets = input.config.budgets
  if (!budgets && current.length === 0) return noBudgets(input.loaded)
  const prices = input.config.prices
  const { figures, missing } = spendFigures(
    { ...input, ...(prices ? { prices } : {}) },
    usageSamples(state)
  )
  const checked = checkBudgets(budgets ?? {}, figures, ends(input))
  const unchecked = checked.unchecked.map(u => ({ ...u, why: missing[u.cap]?.[u.unit] ?? '' }))
  const lifts = readLifts(state.pauseLifts, input.now)
  const plan = planPauses(current, checked.spent, input.config.workflows, input.now, lifts)
  const result = { ...noBudgets(input.loaded), budgets: budgets ?? {}, figures }
  Object.assign(result, { spent: checked.spent, unchecked, pauses: current })
  if (same(current, plan.pauses)) return result
  const calls = await callsFor(ports, input.config, plan)
  const disabled = new Set(calls.disable.map(p => p.workflow))
  const pauses = plan.pauses
    .filter(p => !calls.leftAlone.includes(p.workflow))
    .map(p => (disabled.has(p.workflow) ? { ...p, disabled: true } : p))
  // New pauses, and pauses moved to a later cap (the period's spent too): both are news for the alert.
  const paused = pauses.filter(p => !current.some(c => same([c], [p])))
  const done = { ...result, pauses, paused, resumed: plan.resume, leftAlone: calls.leftAlone }
  if (input.dryRun || same(current, pauses)) return done
  const loaded = await applyPauses(ports, input, { current, pauses, lifts, calls })
  // Merged with another run's pauses if one wrote in between.
  return { ...done, pauses: readPauses(loaded.state.pauses), loaded }
}

/**
 * Makes the pauses so that a failure part-way leaves nothing half-made: resumes first (a workflow leaves the record
 * only once it is enabled), then the record of the new pauses, then the disables — a refused disable enables again the
 * ones this run disabled and puts the record back, so no workflow is ever disabled without being recorded as ours.
 */
async function applyPauses(
  ports: BudgetPorts,
  input: BudgetInput,
  plan: { current: BudgetPause[]; pauses: BudgetPause[]; lifts: PauseLift[]; calls: Calls }
): Promise<LoadedState> {
  const { current, pauses, calls } = plan
  const write = (next: BudgetPause[], loaded: LoadedState) =>
    writePauses(input.storage, input.stateName, loaded, { pauses: next, lifts: plan.lifts })
  const enabled: string[] = []
  const resumedOnly = () => current.filter(p => !enabled.includes(p.workflow))
  try {
    for (const p of calls.enable) {
      await ports.enable(p.path)
      enabled.push(p.workflow)
    }
  } catch (error) {
    await write(resumedOnly(), input.loaded)
    throw pauseError(`${calls.enable[enabled.length]?.workflow} could not be enabled again`, error)
  }
  const loaded = await write(pauses, input.loaded)
  const disabled: BudgetPause[] = []
  try {
    for (const p of calls.disable) {
      await ports.disable(p.path)
      disabled.push(p)
    }
  } catch (error) {
    for (const p of disabled) await ports.enable(p.path)
    await write(resumedOnly(), loaded)
    const failed = calls.disable[disabled.length]
    throw pauseError(
      `a budget is spent, but ${failed?.workflow} could not be disabled (nothing was paused)`,
      error
    )
  }
  return loaded
}

function pauseError(what: string, cause: unknown): Error {
  const message = cause instanceof Error ? cause.message : String(cause)
  return new Error(`Budgets: ${what}: ${message}`, { cause })
}
