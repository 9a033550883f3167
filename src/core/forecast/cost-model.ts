/**
 * What one run of each managed workflow costs, and how much quota goes elsewhere (manual use, unmanaged workflows),
 * learned from the usage samples of the period: between two samples, Δused = Σ cost × runs + background × Δt.
 */
import { type ManagedWorkflow } from '../schedule/config.js'
import { fitIntervals, intervals, type Fitted } from './cost-fit.js'
import { tQuantile95 } from './least-squares.js'
import { type Period } from '../usage/period.js'
import { type ScheduleEntry } from '../schedule/schedule.js'
import { scheduleHistory } from '../schedule/schedule-history.js'
import { type ScheduleChange } from '../state/state.js'
import { type UsageSample } from '../usage/usage.js'

export { weekendDays } from './cost-fit.js'

/** Fewer samples than this in the period and the model is still learning (three intervals, one spare for the error). */
export const MIN_SAMPLES = 4

/**
 * Where a workflow's cost per run comes from: its jobs (`observed`: billable minutes a run, when the usage is Actions
 * minutes), the config, the fit, or 1 while learning.
 */
export type CostSource = 'observed' | 'declared' | 'learned' | 'default'

export interface WorkflowCost {
  workflow: string
  costPerRun: number
  /** Present for learned costs. */
  standardError?: number
  source: CostSource
}

/** A learned rate and its standard error. */
export interface Rate {
  perDay: number
  standardError: number
}

/** The cost model the policy projects with, and how much the data supported it. */
export interface CostModel {
  /** `learned`: the background rate (and any unknown cost) came from the samples; `learning`: not enough yet. */
  status: 'learned' | 'learning'
  /** Usage readings of the period the model saw, the current one included. */
  samples: number
  /** `per-workflow`: one cost each; `shared`: one cost for every workflow without a declared one. */
  shape: 'per-workflow' | 'shared' | 'declared'
  workflows: WorkflowCost[]
  /**
   * Usage per day outside the managed workflows — on weekdays, when Saturdays and Sundays (UTC) have a rate of their
   * own; undefined while learning.
   */
  background?: Rate & { weekend?: Rate }
  /** Why the model is still learning, or what it had to assume. */
  note?: string
  /** What a projection's standard error needs; undefined while learning. */
  spread?: ProjectionSpread
}

/** The learned unknowns' joint uncertainty and the day-to-day scatter of the usage around the model. */
export interface ProjectionSpread {
  /** The workflows each learned cost covers (one entry holding them all when the cost is shared). */
  columns: string[][]
  /** True: the background has a weekday and a weekend rate. */
  weekend: boolean
  /** Covariance of the learned costs then the background rate(s). */
  covariance: number[][]
  /** Variance of one day's usage around the model: the scatter the days ahead will have too. */
  dailyVariance: number
  /** Degrees of freedom left to the fit: how far its standard errors can be trusted. */
  dof: number
}

/** What the model is fitted from. */
export interface CostModelInput {
  workflows: readonly ManagedWorkflow[]
  /** The period's usage readings, oldest first (see periodSamples). */
  samples: readonly UsageSample[]
  changes: readonly ScheduleChange[]
  /** The schedule each workflow (by id) has in its file now. */
  current: ReadonlyMap<string, readonly ScheduleEntry[]>
  /** Cost per run observed from the jobs, by workflow id: it stands over the config's and is not fitted. */
  observed?: ReadonlyMap<string, number>
}

/** A cost per run known before any fit: observed from the jobs, else declared in the config. */
function givenCost(
  input: CostModelInput,
  w: ManagedWorkflow
): { costPerRun: number; source: 'observed' | 'declared' } | undefined {
  const observed = input.observed?.get(w.id)
  if (observed !== undefined) return { costPerRun: observed, source: 'observed' }
  return w.costPerRun === undefined ? undefined : { costPerRun: w.costPerRun, source: 'declared' }
}

/** The readings of the period up to now, the current one included; a reading above `used` is a correction and dropped. */
export function periodSamples(
  history: readonly UsageSample[],
  current: UsageSample,
  period: Period
): UsageSample[] {
  const now = current.at.getTime()
  const kept = history.filter(
    s => s.at.getTime() >= period.start.getTime() && s.at.getTime() < now && s.used <= current.used
  )
  return [...kept, current].sort((a, b) => a.at.getTime() - b.at.getTime())
}

/**
 * A learned cost is trusted once its 95% interval excludes zero, with Student's t for the degrees of freedom: at one or
 * two spare intervals a standard error is itself a guess, and t = 2 would trust a lucky fit.
 */
function trusted({ result }: Fitted, costs: number): boolean {
  const t = tQuantile95(result.dof)
  return result.coefficients
    .slice(0, costs)
    .every((c, i) => c > 0 && result.standardErrors[i]! * t <= c)
}

function learning(input: CostModelInput, note: string): CostModel {
  return {
    status: 'learning',
    samples: input.samples.length,
    shape: input.workflows.every(w => givenCost(input, w)) ? 'declared' : 'shared',
    workflows: input.workflows.map(w => ({
      workflow: w.id,
      ...(givenCost(input, w) ?? { costPerRun: 1, source: 'default' })
    })),
    note
  }
}

/** The uncertainty of what a projection uses: the costs and the background rates, not the merge lag. */
function spreadOf({ result, layout }: Fitted, columns: string[][]): ProjectionSpread {
  const used = result.coefficients.map((_, i) => i).filter(i => !layout.lag || i !== layout.costs)
  return {
    columns,
    weekend: layout.weekend,
    covariance: used.map(i => used.map(j => result.covariance[i]![j]!)),
    dailyVariance: result.residualVariance,
    dof: result.dof
  }
}

function learned(input: CostModelInput, fitted: Fitted, shape: CostModel['shape']): CostModel {
  const { result, layout } = fitted
  let k = 0
  const workflows = input.workflows.map((w): WorkflowCost => {
    const given = givenCost(input, w)
    if (given) return { workflow: w.id, ...given }
    const i = shape === 'shared' ? 0 : k++
    const [costPerRun, standardError] = [result.coefficients[i]!, result.standardErrors[i]!]
    return { workflow: w.id, costPerRun, standardError, source: 'learned' }
  })
  const unknown = input.workflows.filter(w => !givenCost(input, w)).map(w => w.id)
  const columns = shape === 'shared' ? [unknown] : unknown.map(id => [id])
  const last = result.coefficients.length - 1
  const rate = (i: number): Rate => ({
    perDay: Math.max(result.coefficients[i]!, 0),
    standardError: result.standardErrors[i]!
  })
  return {
    status: 'learned',
    samples: input.samples.length,
    shape,
    workflows,
    background: layout.weekend ? { ...rate(last - 1), weekend: rate(last) } : rate(last),
    spread: spreadOf(fitted, columns)
  }
}

/**
 * Standard error of a projection that adds `runs` (by workflow id) and `days` of background, `weekend` of them on
 * Saturdays and Sundays: the learned unknowns' uncertainty carried over those runs and days (with their covariance — a
 * cost set too high comes with a background set too low), plus the day-to-day scatter of the days themselves.
 */
export function projectionError(
  spread: ProjectionSpread,
  runs: ReadonlyMap<string, number>,
  days: number,
  weekend: number
): number {
  const time = spread.weekend ? [days - weekend, weekend] : [days]
  const g = [
    ...spread.columns.map(ids => ids.reduce((s, id) => s + (runs.get(id) ?? 0), 0)),
    ...time
  ]
  let variance = spread.dailyVariance * days
  g.forEach((gi, i) => g.forEach((gj, j) => (variance += gi * gj * spread.covariance[i]![j]!)))
  return Math.sqrt(Math.max(variance, 0))
}

/**
 * Fits the cost model by robust weighted least squares over the period's samples. It prefers one cost per workflow,
 * falls back to one cost shared by the workflows that declare none, and stays `learning` (declared costs, else 1) while
 * there are fewer than MIN_SAMPLES readings, the run counts cannot be told apart from time, or the learned cost is too
 * uncertain. A merge lag of the schedule changes and a weekend background rate join the fit when the data support them.
 */
export function fitCostModel(input: CostModelInput): CostModel {
  const n = input.samples.length
  if (n < MIN_SAMPLES) return learning(input, `learning (${n} of ${MIN_SAMPLES} samples)`)
  const spans = input.workflows.map(w => scheduleHistory(w, input.changes, input.current.get(w.id)))
  const rows = intervals(input.samples, spans)
  const declared = input.workflows.map(w => givenCost(input, w)?.costPerRun)
  const unknown = declared.filter(c => c === undefined).length
  if (unknown === 0) {
    const result = fitIntervals(rows, declared, false)
    if (result) return learned(input, result, 'declared')
    return learning(input, `learning (${n} samples): too few usable intervals`)
  }
  const separate = unknown > 1 ? fitIntervals(rows, declared, false) : undefined
  if (separate && trusted(separate, unknown)) return learned(input, separate, 'per-workflow')
  const shared = fitIntervals(rows, declared, true)
  if (shared === undefined)
    return learning(
      input,
      `learning (${n} samples): the runs kept pace with time (one schedule all along), so cost and background cannot be told apart yet`
    )
  if (!trusted(shared, 1)) {
    const [c, se] = [shared.result.coefficients[0]!, shared.result.standardErrors[0]!]
    return learning(
      input,
      `learning (${n} samples): cost per run ${c.toFixed(2)} ± ${se.toFixed(2)} is not yet precise enough`
    )
  }
  return learned(input, shared, 'shared')
}

/** The cost per run the policy should use for each workflow id. */
export function costsById(model: CostModel): Map<string, number> {
  return new Map(model.workflows.map(w => [w.workflow, w.costPerRun]))
}
