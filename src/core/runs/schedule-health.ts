/**
 * Did the schedule run when it should (DESIGN §10)? Every occurrence of the crons in force (from the schedule history)
 * is matched with the first `event: schedule` run created at or after it and before the next occurrence; the delay is
 * how late GitHub started it. An occurrence with no run within 60 minutes was dropped — GitHub drops scheduled runs
 * under load, most often at minute 0. An occurrence under 60 minutes before the window's end with no run yet is still
 * pending and is left out.
 */
import { occurrencesBetween } from '../cron/occurrences.js'
import { type ScheduleSpan } from '../schedule/schedule-history.js'
import { type RunRecord } from './records.js'
import { nearestRank } from './statistics.js'

/** GitHub starts a scheduled run late, or drops it; a run this late no longer counts as the occurrence's. */
export const DROPPED_AFTER_MS = 60 * 60_000

/** A time window [from, to]. */
export interface Window {
  from: Date
  to: Date
}

/** How the schedule fared in the window; delays in seconds. */
export interface ScheduleHealth {
  expected: number
  started: number
  dropped: number
  lateP50: number | null
  lateP90: number | null
}

/** Occurrence instants (ms, ascending) of the spans in force within [from, until). */
function occurrences(spans: readonly ScheduleSpan[], from: number, until: number): number[] {
  const instants = spans.flatMap((span, i) => {
    const start = Math.max(span.since, from)
    const end = Math.min(spans[i + 1]?.since ?? Infinity, until)
    if (!(end > start)) return []
    return occurrencesBetween(span.entries, new Date(start), new Date(end)).map(d => d.getTime())
  })
  return instants.sort((a, b) => a - b)
}

/** Index of the first time at or after `instant`. */
function lowerBound(times: readonly number[], instant: number): number {
  let low = 0
  let high = times.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((times[middle] ?? Infinity) < instant) low = middle + 1
    else high = middle
  }
  return low
}

interface Tally {
  expected: number
  dropped: number
  delays: number[]
}

/**
 * Matches the `count` occurrences at instant `at` (entries that coincide each start a run) with the runs created in
 * [at, end), in order.
 */
function matchGroup(
  runs: readonly number[],
  at: number,
  count: number,
  end: number,
  to: number,
  tally: Tally
) {
  const first = lowerBound(runs, at)
  const matched = Math.min(count, lowerBound(runs, end) - first)
  for (let i = 0; i < matched; i++) tally.delays.push(((runs[first + i] ?? at) - at) / 1000)
  const pending = at + DROPPED_AFTER_MS > to
  const dropped = pending ? 0 : count - matched
  tally.expected += matched + dropped
  tally.dropped += dropped
}

/** The schedule's health over the window, from its spans and the workflow's runs (any events; schedule ones count). */
export function scheduleHealth(
  spans: readonly ScheduleSpan[],
  runs: readonly RunRecord[],
  window: Window
): ScheduleHealth {
  const to = window.to.getTime()
  const times = occurrences(spans, window.from.getTime(), to + DROPPED_AFTER_MS)
  const created = runs
    .filter(run => run.event === 'schedule')
    .map(run => Date.parse(run.createdAt))
    .sort((a, b) => a - b)
  const tally: Tally = { expected: 0, dropped: 0, delays: [] }
  for (let i = 0; i < times.length && (times[i] as number) < to;) {
    const at = times[i] as number
    let next = i
    while (times[next] === at) next += 1
    const end = Math.min(times[next] ?? Infinity, at + DROPPED_AFTER_MS)
    matchGroup(created, at, next - i, end, to, tally)
    i = next
  }
  return {
    expected: tally.expected,
    started: tally.expected - tally.dropped,
    dropped: tally.dropped,
    lateP50: nearestRank(tally.delays, 50) ?? null,
    lateP90: nearestRank(tally.delays, 90) ?? null
  }
}
