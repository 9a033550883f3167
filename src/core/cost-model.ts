/**
 * What one run of each managed workflow costs, and how much quota goes elsewhere (manual use, unmanaged workflows),
 * learned from the usage samples of the period: between two samples, Δused = Σ cost × runs + background × Δt.
 */
import { type ManagedWorkflow } from './config.js'
import { robustLeastSquares, tQuantile95, type LinearFit } from './least-squares.js'
import { DAY_MS, type Period } from './period.js'
import { type ScheduleEntry } from './schedule.js'
import { runsUnder, scheduleHistory, type ScheduleSpan } from './schedule-history.js'
import { type ScheduleChange } from './state.js'
import { type UsageSample } from './usage.js'

/** Fewer samples than this in the period and the model is still learning (three intervals, one spare for the error). */
export const MIN_SAMPLES = 4

/** Where a workflow's cost per run comes from. */
export type CostSource = 'declared' | 'learned' | 'default'

export interface WorkflowCost {
  workflow: string
  costPerRun: number
  /** Present for learned costs. */
  standardError?: number
  source: CostSource
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
  /** Usage per day outside the managed workflows; undefined while learning. */
  background?: { perDay: number; standardError: number }
  /** Why the model is still learning, or what it had to assume. */
  note?: string
}

/** What the model is fitted from. */
export interface CostModelInput {
  workflows: readonly ManagedWorkflow[]
  /** The period's usage readings, oldest first (see periodSamples). */
  samples: readonly UsageSample[]
  changes: readonly ScheduleChange[]
  /** The schedule each workflow (by id) has in its file now. */
  current: ReadonlyMap<string, readonly ScheduleEntry[]>
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

interface Interval {
  days: number
  used: number
  runs: number[]
}

function intervals(input: CostModelInput, spans: readonly ScheduleSpan[][]): Interval[] {
  const rows: Interval[] = []
  input.samples.forEach((b, i) => {
    const a = input.samples[i - 1]
    if (a === undefined || b.at.getTime() <= a.at.getTime() || b.used < a.used) return
    rows.push({
      days: (b.at.getTime() - a.at.getTime()) / DAY_MS,
      used: b.used - a.used,
      runs: spans.map(s => runsUnder(s, a.at, b.at))
    })
  })
  return rows
}

/** Columns: one per unknown cost (or their run total when shared), then the interval's length in days. */
function fit(
  rows: readonly Interval[],
  declared: readonly (number | undefined)[],
  shared: boolean
) {
  const unknown = declared.flatMap((c, i) => (c === undefined ? [i] : []))
  const x = rows.map(r => {
    const counts = unknown.map(i => r.runs[i]!)
    const columns = shared ? [counts.reduce((s, n) => s + n, 0)] : counts
    return [...(unknown.length > 0 ? columns : []), r.days]
  })
  const known = rows.map(r => declared.reduce<number>((s, c, i) => s + (c ?? 0) * r.runs[i]!, 0))
  // Usage accumulates over the interval, so its noise grows with the interval's length: weigh by 1/Δt.
  return robustLeastSquares(
    x,
    rows.map((r, i) => r.used - known[i]!),
    rows.map(r => 1 / r.days)
  )
}

/**
 * A learned cost is trusted once its 95% interval excludes zero, with Student's t for the degrees of freedom: at one or
 * two spare intervals a standard error is itself a guess, and t = 2 would trust a lucky fit.
 */
function trusted(result: LinearFit, costs: number): boolean {
  const t = tQuantile95(result.dof)
  return result.coefficients
    .slice(0, costs)
    .every((c, i) => c > 0 && result.standardErrors[i]! * t <= c)
}

function learning(input: CostModelInput, note: string): CostModel {
  return {
    status: 'learning',
    samples: input.samples.length,
    shape: input.workflows.every(w => w.costPerRun !== undefined) ? 'declared' : 'shared',
    workflows: input.workflows.map(w =>
      w.costPerRun === undefined
        ? { workflow: w.id, costPerRun: 1, source: 'default' }
        : { workflow: w.id, costPerRun: w.costPerRun, source: 'declared' }
    ),
    note
  }
}

function learned(input: CostModelInput, result: LinearFit, shape: CostModel['shape']): CostModel {
  const p = result.coefficients.length - 1
  let k = 0
  const workflows = input.workflows.map((w): WorkflowCost => {
    if (w.costPerRun !== undefined)
      return { workflow: w.id, costPerRun: w.costPerRun, source: 'declared' }
    const i = shape === 'shared' ? 0 : k++
    const [costPerRun, standardError] = [result.coefficients[i]!, result.standardErrors[i]!]
    return { workflow: w.id, costPerRun, standardError, source: 'learned' }
  })
  const background = Math.max(result.coefficients[p]!, 0)
  return {
    status: 'learned',
    samples: input.samples.length,
    shape,
    workflows,
    background: { perDay: background, standardError: result.standardErrors[p]! }
  }
}

/**
 * Fits the cost model by weighted least squares over the period's samples. It prefers one cost per workflow, falls back
 * to one cost shared by the workflows that declare none, and stays `learning` (declared costs, else 1) while there are
 * fewer than MIN_SAMPLES readings, the run counts cannot be told apart from time, or the learned cost is too uncertain.
 */
export function fitCostModel(input: CostModelInput): CostModel {
  const n = input.samples.length
  if (n < MIN_SAMPLES) return learning(input, `learning (${n} of ${MIN_SAMPLES} samples)`)
  const spans = input.workflows.map(w => scheduleHistory(w, input.changes, input.current.get(w.id)))
  const rows = intervals(input, spans)
  const declared = input.workflows.map(w => w.costPerRun)
  const unknown = declared.filter(c => c === undefined).length
  if (unknown === 0) {
    const result = fit(rows, declared, false)
    if (result) return learned(input, result, 'declared')
    return learning(input, `learning (${n} samples): too few usable intervals`)
  }
  const separate = unknown > 1 ? fit(rows, declared, false) : undefined
  if (separate && trusted(separate, unknown)) return learned(input, separate, 'per-workflow')
  const shared = fit(rows, declared, true)
  if (shared === undefined)
    return learning(
      input,
      `learning (${n} samples): the runs kept pace with time (one schedule all along), so cost and background cannot be told apart yet`
    )
  if (!trusted(shared, 1)) {
    const [c, se] = [shared.coefficients[0]!, shared.standardErrors[0]!]
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
