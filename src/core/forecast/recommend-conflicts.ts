/**
 * The conflicts of recommended schedules (DESIGN §11): managed workflows whose predicted run windows — from each
 * occurrence to occurrence + the p90 duration (the top of the 80% interval) — overlap in the next 7 days; crons at
 * minute 0, when GitHub's scheduler is busiest and delays or drops runs; and schedules whose runs outlast the
 * shortest gap between their own starts. Facts only; reports/ words them.
 */
import { parseCron } from '../cron/cron.js'
import { occurrencesBetween } from '../cron/occurrences.js'
import { type ScheduleEntry } from '../schedule/schedule.js'

const DAY_MS = 86_400_000
/** How far ahead run windows are compared. */
const OVERLAP_HORIZON_MS = 7 * DAY_MS
/** Two months: every day of the month and of the week comes up, so every gap a schedule has shows. */
const GAP_HORIZON_MS = 62 * DAY_MS

/** What the conflict checks read of a recommendation. */
export interface Scheduled {
  id: string
  recommended: readonly ScheduleEntry[]
  /** Seconds; null when the workflow has no run to predict from (its windows are unknown). */
  expectedDuration: { high: number } | null
}

/** Two workflows' run windows intersect `windows` times (pairs of runs) in the next 7 days, first at `first`. */
export interface OverlapConflict {
  kind: 'overlap'
  workflows: [string, string]
  detail: { windows: number; first: Date }
}

/** A workflow's crons that fire at minute 0. */
export interface MinuteZeroConflict {
  kind: 'minute-zero'
  workflows: [string]
  detail: { crons: string[] }
}

/** A workflow's p90 duration (seconds) is longer than the shortest gap (seconds) between two of its starts. */
export interface OutlastsConflict {
  kind: 'outlasts-interval'
  workflows: [string]
  detail: { p90: number; shortestGap: number }
}

export type Conflict = OverlapConflict | MinuteZeroConflict | OutlastsConflict
export type ConflictKind = Conflict['kind']

interface Window {
  start: number
  end: number
}

/** Index of the first value of an ascending list past `at` (at or past it when `inclusive`). */
function firstPast(values: readonly number[], at: number, inclusive: boolean): number {
  let [low, high] = [0, values.length]
  while (low < high) {
    const middle = (low + high) >>> 1
    const value = values[middle] as number
    if (value < at || (!inclusive && value === at)) low = middle + 1
    else high = middle
  }
  return low
}

/** Run windows of the next 7 days, ascending (every window of one workflow has the same length). */
function windowsOf(workflow: Scheduled, now: Date): Window[] {
  const p90 = (workflow.expectedDuration?.high ?? 0) * 1000
  const until = new Date(now.getTime() + OVERLAP_HORIZON_MS)
  return occurrencesBetween(workflow.recommended, now, until).map(t => ({
    start: t.getTime(),
    end: t.getTime() + p90
  }))
}

/** Pairs of intersecting windows (half-open) and the earliest instant two of them share; undefined when none. */
function intersections(a: readonly Window[], b: readonly Window[]) {
  const starts = b.map(w => w.start)
  const ends = b.map(w => w.end)
  let windows = 0
  let first = Infinity
  for (const w of a) {
    // b's windows share one length, so both their starts and their ends ascend.
    const from = firstPast(ends, w.start, false)
    const to = firstPast(starts, w.end, true)
    if (to <= from) continue
    windows += to - from
    first = Math.min(first, Math.max(w.start, starts[from] as number))
  }
  return windows === 0 ? undefined : { windows, first: new Date(first) }
}

/** Every pair of workflows with predicted run windows that overlap, in the order the workflows come. */
export function overlapConflicts(workflows: readonly Scheduled[], now: Date): OverlapConflict[] {
  const timed = workflows.filter(w => w.expectedDuration !== null)
  const windows = timed.map(w => windowsOf(w, now))
  const conflicts: OverlapConflict[] = []
  timed.forEach((a, i) => {
    for (let j = i + 1; j < timed.length; j++) {
      const found = intersections(windows[i] as Window[], windows[j] as Window[])
      const b = timed[j] as Scheduled
      if (found) conflicts.push({ kind: 'overlap', workflows: [a.id, b.id], detail: found })
    }
  })
  return conflicts
}

/** Each workflow whose recommended crons include minute 0 (as the audit reads them). */
export function minuteZeroConflicts(workflows: readonly Scheduled[]): MinuteZeroConflict[] {
  return workflows.flatMap(w => {
    const crons = w.recommended
      .filter(entry => {
        const parsed = parseCron(entry.cron)
        return parsed.ok && parsed.cron.minutes.includes(0)
      })
      .map(entry => entry.cron)
    return crons.length === 0
      ? []
      : [{ kind: 'minute-zero' as const, workflows: [w.id], detail: { crons } }]
  })
}

/** The shortest time in seconds between two distinct starts of the schedule; undefined with fewer than two. */
export function shortestGap(entries: readonly ScheduleEntry[], now: Date): number | undefined {
  const times = occurrencesBetween(entries, now, new Date(now.getTime() + GAP_HORIZON_MS))
  let shortest: number | undefined
  for (let i = 1; i < times.length; i++) {
    const gap = ((times[i] as Date).getTime() - (times[i - 1] as Date).getTime()) / 1000
    if (gap > 0 && (shortest === undefined || gap < shortest)) shortest = gap
  }
  return shortest
}

/** Each workflow whose p90 duration is longer than the shortest gap between its starts. */
export function outlastsConflicts(workflows: readonly Scheduled[], now: Date): OutlastsConflict[] {
  return workflows.flatMap(w => {
    const p90 = w.expectedDuration?.high
    const gap = shortestGap(w.recommended, now)
    if (p90 === undefined || gap === undefined || !(p90 > gap)) return []
    return [
      { kind: 'outlasts-interval' as const, workflows: [w.id], detail: { p90, shortestGap: gap } }
    ]
  })
}

/** Every conflict: overlaps first, then minute-0 crons, then schedules outlasted by their runs. */
export function scheduleConflicts(workflows: readonly Scheduled[], now: Date): Conflict[] {
  return [
    ...overlapConflicts(workflows, now),
    ...minuteZeroConflicts(workflows),
    ...outlastsConflicts(workflows, now)
  ]
}
