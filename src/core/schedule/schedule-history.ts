import { type ManagedWorkflow } from './config.js'
import { runsBetween } from '../cron/occurrences.js'
import { MODES, type ScheduleEntry } from './schedule.js'
import { type ScheduleChange } from '../state/state.js'
import { inForceChanges, inForceTime } from '../state/schedule-changes.js'

/** One schedule and the instant (ms since the epoch) from which it was in force; the first span starts at -∞. */
export interface ScheduleSpan {
  since: number
  entries: readonly ScheduleEntry[]
}

/**
 * The state keeps crons as bare strings; when they are the config's crons for some mode, take the config's entries so
 * that a `timezone` is not lost.
 */
function entriesOf(
  workflow: ManagedWorkflow,
  crons: readonly string[],
  mode: string
): ScheduleEntry[] {
  const same = (entries: readonly ScheduleEntry[]) =>
    entries.length === crons.length && entries.every((e, i) => e.cron === crons[i])
  const preferred = MODES.find(m => m === mode)
  const modes = preferred ? [preferred, ...MODES.filter(m => m !== preferred)] : [...MODES]
  const match = modes.map(m => workflow.schedules[m]).find(same)
  return match ?? crons.map(cron => ({ cron }))
}

/**
 * The schedules a workflow had over time, from the changes recorded in force: each from the time the base branch was
 * seen carrying it. A proposal still waiting, or abandoned, never changed anything. The last span is the schedule in the
 * file now when it is known (it differs only after an edit by hand).
 */
export function scheduleHistory(
  workflow: ManagedWorkflow,
  changes: readonly ScheduleChange[],
  current: readonly ScheduleEntry[] | undefined
): ScheduleSpan[] {
  const own = inForceChanges(changes.filter(c => c.workflow === workflow.id))
  const first = own[0]
  if (first === undefined) return [{ since: -Infinity, entries: current ?? [] }]
  const spans: ScheduleSpan[] = [
    { since: -Infinity, entries: entriesOf(workflow, first.from, '') },
    ...own.map(c => ({ since: inForceTime(c), entries: entriesOf(workflow, c.to, c.mode) }))
  ]
  if (current !== undefined)
    spans[spans.length - 1] = { ...spans[spans.length - 1]!, entries: current }
  return spans
}

/** Runs the workflow started in [from, to) under the schedules in force at the time. */
export function runsUnder(spans: readonly ScheduleSpan[], from: Date, to: Date): number {
  let runs = 0
  spans.forEach((span, i) => {
    const start = Math.max(span.since, from.getTime())
    const end = Math.min(spans[i + 1]?.since ?? Infinity, to.getTime())
    if (end > start) runs += runsBetween(span.entries, new Date(start), new Date(end))
  })
  return runs
}

/**
 * The same history as if every change had taken effect only at the first reading after it was recorded: the readings
 * cannot tell when, in between, the pull request was merged, and the cost model weighs this against `scheduleHistory`.
 */
export function mergedAtNextReading(
  spans: readonly ScheduleSpan[],
  readings: readonly number[]
): ScheduleSpan[] {
  return spans.map(span => {
    const next = readings.find(t => t > span.since)
    return next === undefined || span.since === -Infinity ? span : { ...span, since: next }
  })
}
