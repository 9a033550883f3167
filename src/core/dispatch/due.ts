/**
 * Which occurrences of a dispatched workflow's crons a tick must act on (DESIGN §12): those in (last tick, now], or in
 * the catch-up window (now − catch-up, now] when the last tick is older (the ones before it were missed). The first
 * tick, with no last tick, takes the catch-up window. Crons run in their own `timezone`, clock changes included.
 */
import { occurrencesBetween } from '../cron/occurrences.js'
import { type ScheduleEntry } from '../schedule/schedule.js'

/** How far before the catch-up window missed occurrences are still listed (older ones are not counted). */
export const MISSED_LOOKBACK_MS = 7 * 86_400_000

/** A workflow's occurrences for one tick, oldest first, each instant once. */
export interface DueOccurrences {
  due: Date[]
  missed: Date[]
}

/** The instants in (after, until], each once (two entries firing together start one dispatch). */
function between(entries: readonly ScheduleEntry[], after: number, until: number): Date[] {
  if (!(after < until)) return []
  const found = occurrencesBetween(entries, new Date(after + 1), new Date(until + 1))
  return [...new Set(found.map(d => d.getTime()))].map(t => new Date(t))
}

/** The due and missed occurrences of the entries for a tick at `now` whose last tick ended at `last`. */
export function dueOccurrences(
  entries: readonly ScheduleEntry[],
  tick: { last: Date | undefined; now: Date; catchUpMs: number }
): DueOccurrences {
  const now = tick.now.getTime()
  const windowStart = now - tick.catchUpMs
  if (tick.last === undefined) return { due: between(entries, windowStart, now), missed: [] }
  const last = tick.last.getTime()
  const due = between(entries, Math.max(last, windowStart), now)
  const missedFrom = Math.max(last, windowStart - MISSED_LOOKBACK_MS)
  return { due, missed: between(entries, missedFrom, windowStart) }
}

/** Whether an occurrence is still inside a workflow's catch-up window at `now`. */
export function insideCatchUp(occurrence: Date, now: Date, catchUpMs: number): boolean {
  return occurrence.getTime() > now.getTime() - catchUpMs
}
