/**
 * The regression behind the cost model: the intervals between readings, their columns, and the optional columns (the
 * merge lag of schedule changes, a weekend background rate) that the model takes only when the data support them.
 */
import { robustLeastSquares, tQuantile95, type LinearFit } from './least-squares.js'
import { DAY_MS } from '../usage/period.js'
import { mergedAtNextReading, runsUnder, type ScheduleSpan } from '../schedule/schedule-history.js'
import { type UsageSample } from '../usage/usage.js'

/** The usage between two readings and what ran meanwhile. */
export interface Interval {
  days: number
  /** The part of `days` that fell on a Saturday or a Sunday (UTC). */
  weekend: number
  used: number
  /** Runs per workflow under the schedules in force, each change taken as merged when it was recorded. */
  runs: number[]
  /** The same had every change been merged only at the next reading. */
  late: number[]
}

/** Days of [from, to) that fall on a Saturday or a Sunday, in UTC. */
export function weekendDays(from: Date, to: Date): number {
  let total = 0
  for (let t = from.getTime(); t < to.getTime();) {
    const next = Math.min((Math.floor(t / DAY_MS) + 1) * DAY_MS, to.getTime())
    const weekday = new Date(t).getUTCDay()
    if (weekday === 0 || weekday === 6) total += next - t
    t = next
  }
  return total / DAY_MS
}

/** One row per pair of consecutive readings; a drop in `used` (a correction) leaves its interval out. */
export function intervals(
  samples: readonly UsageSample[],
  spans: readonly ScheduleSpan[][]
): Interval[] {
  const late = spans.map(s =>
    mergedAtNextReading(
      s,
      samples.map(r => r.at.getTime())
    )
  )
  const rows: Interval[] = []
  samples.forEach((b, i) => {
    const a = samples[i - 1]
    if (a === undefined || b.at.getTime() <= a.at.getTime() || b.used < a.used) return
    rows.push({
      days: (b.at.getTime() - a.at.getTime()) / DAY_MS,
      weekend: weekendDays(a.at, b.at),
      used: b.used - a.used,
      runs: spans.map(s => runsUnder(s, a.at, b.at)),
      late: late.map(s => runsUnder(s, a.at, b.at))
    })
  })
  return rows
}

/** Which columns a fit has: `costs` learned costs, then the merge lag if any, then one or two background rates. */
export interface Layout {
  costs: number
  lag: boolean
  weekend: boolean
}

/** A fit and the columns it was made with. */
export interface Fitted {
  result: LinearFit
  layout: Layout
}

type Options = Omit<Layout, 'costs'>

/**
 * Columns: one per unknown cost (or their run total when shared); with `lag`, what the replaced schedules would have
 * added had the changes been merged only at the next reading, runs of unknown cost counted 1 (its coefficient: how far
 * towards that reading the changes took effect, times the cost per run when it is learned); then the days, split into
 * weekdays and weekend days with `weekend`.
 */
function design(
  rows: readonly Interval[],
  declared: readonly (number | undefined)[],
  shared: boolean,
  options: Options
) {
  const unknown = declared.flatMap((c, i) => (c === undefined ? [i] : []))
  const costs = unknown.length === 0 ? 0 : shared ? 1 : unknown.length
  const x = rows.map(r => {
    const counts = unknown.map(i => r.runs[i]!)
    const learned = shared && costs > 0 ? [counts.reduce((s, n) => s + n, 0)] : counts
    const lag = declared.reduce<number>((s, c, i) => s + (c ?? 1) * (r.late[i]! - r.runs[i]!), 0)
    const time = options.weekend ? [r.days - r.weekend, r.weekend] : [r.days]
    return [...learned, ...(options.lag ? [lag] : []), ...time]
  })
  const known = rows.map(r => declared.reduce<number>((s, c, i) => s + (c ?? 0) * r.runs[i]!, 0))
  // Usage accumulates over the interval, so its noise grows with the interval's length: weigh by 1/Δt.
  const w = rows.map(r => 1 / r.days)
  return { x, y: rows.map((r, i) => r.used - known[i]!), w, layout: { costs, ...options } }
}

function attempt(
  rows: readonly Interval[],
  declared: readonly (number | undefined)[],
  shared: boolean,
  options: Options
): Fitted | undefined {
  const d = design(rows, declared, shared, options)
  const result = robustLeastSquares(d.x, d.y, d.w)
  return result && { result, layout: d.layout }
}

/** Weekends get a rate of their own once it differs from the weekdays' at 95% (a team that rests on Saturdays). */
function weekendDiffers({ result }: Fitted): boolean {
  const [p, v] = [result.coefficients.length, result.covariance]
  const difference = result.coefficients[p - 1]! - result.coefficients[p - 2]!
  const variance = v[p - 1]![p - 1]! + v[p - 2]![p - 2]! - 2 * v[p - 1]![p - 2]!
  return Math.abs(difference) > tQuantile95(result.dof) * Math.sqrt(Math.max(variance, 0))
}

/**
 * The merge lag is taken only when it stands out at three standard errors (more at few degrees of freedom) and lands
 * between merged at once and merged at the next reading: with a few mode changes it can always explain some noise, and
 * a lag that fits noise moves the cost per run with it.
 */
function lagSupported({ result, layout }: Fitted): boolean {
  const lag = result.coefficients[layout.costs]!
  const share = lag / (layout.costs > 0 ? result.coefficients[0]! : 1)
  const t = Math.max(3, tQuantile95(result.dof))
  return Math.abs(lag) > t * result.standardErrors[layout.costs]! && share > 0 && share <= 1
}

/**
 * The fit of the intervals with the columns the data support: the merge lag first (a pull request merged hours after
 * it was recorded leaves those hours to the old crons, which otherwise reads as a cheaper run), then the weekend rate.
 */
export function fitIntervals(
  rows: readonly Interval[],
  declared: readonly (number | undefined)[],
  shared: boolean
): Fitted | undefined {
  for (const lag of [true, false]) {
    const plain = attempt(rows, declared, shared, { lag, weekend: false })
    if (!plain || (lag && !lagSupported(plain))) continue
    const split = attempt(rows, declared, shared, { lag, weekend: true })
    return split && weekendDiffers(split) ? split : plain
  }
  return undefined
}
