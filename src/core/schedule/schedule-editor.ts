/**
 * Text in, text out editing of a workflow's `on.schedule`. The document is never re-serialised (yaml's
 * `toString()` re-pads flow lists, merges blank lines and turns CRLF into LF): we parse for source ranges only and
 * splice new text into the original, so every byte outside the edited ranges survives (DESIGN.md §5).
 */
import { WorkflowFileError } from '../errors.js'
import { sameSchedule, type ScheduleEntry } from './schedule.js'
import { applySplices, scheduleSplices } from './schedule-splices.js'
import { lineEnding, scanSource } from './source-text.js'
import { staleComments, type StaleComment } from './stale-comments.js'
import { inspect, rangeOf, sequenceEnd } from './workflow-schedule.js'

export { type StaleComment } from './stale-comments.js'

/** Where a workflow's schedule sits in its text. */
export interface ScheduleLocation {
  entries: ScheduleEntry[]
  /**
   * From the first entry to the end of the sequence's lines; for a block sequence, the comment lines right below its
   * last entry, as deep as its dashes, count in: an edit keeps them there, below whichever entry is then the last.
   */
  sequenceRange: [number, number]
  cronRanges: Array<[number, number]>
}

/** An edited workflow: its new text, and the comments in it that may no longer describe their cron. */
export interface ScheduleEdit {
  text: string
  staleComments: StaleComment[]
}

/** Finds `on.schedule` (also spelt `"on"` or `'on'`) and its entries; throws WorkflowFileError naming the file when the text is not valid YAML, has no `on` key, no `schedule` under it, an empty schedule, or an entry without a string `cron`. */
export function locateSchedule(text: string, file: string): ScheduleLocation {
  const { entries, seq, items } = inspect(text, file)
  return {
    entries,
    sequenceRange: [rangeOf(seq)[0], sequenceEnd(text, seq)],
    cronRanges: items.map(item => [rangeOf(item.cron)[0], rangeOf(item.cron)[1]])
  }
}

/** The current schedule entries (locateSchedule(...).entries). */
export function readSchedule(text: string, file: string): ScheduleEntry[] {
  return inspect(text, file).entries
}

/** Returns the text with the schedule replaced by `next`; every byte outside the edited ranges stays as it was. Returns the input unchanged (same string) when the file already runs at the same times. */
export function editSchedule(text: string, file: string, next: readonly ScheduleEntry[]): string {
  return scheduleEdit(text, file, next).text
}

/**
 * Edits the schedule to `next` (see editSchedule) and names the comments left describing a cron that changed. Nothing
 * is rewritten when the file's entries already run at the same times (sameSchedule), whatever their spelling or order.
 */
export function scheduleEdit(
  text: string,
  file: string,
  next: readonly ScheduleEntry[]
): ScheduleEdit {
  if (next.length === 0) {
    throw new WorkflowFileError(
      file,
      'refusing to write an empty on.schedule — pass at least one cron'
    )
  }
  const located = inspect(text, file)
  // An entry keeps a timezone it already has unless `next` names one.
  const wanted = next.map((entry, i) =>
    withTimezone(entry.cron, entry.timezone ?? located.entries[i]?.timezone)
  )
  if (sameSchedule(located.entries, wanted)) return { text, staleComments: [] }
  // Every edited line ends with a line break; a file without a final one gets it back off after the edit.
  const eol = lineEnding(text, 0)
  const open = text.endsWith('\n') ? text : text + eol
  const facts = scanSource(open, rangeOf(located.seq)[0])
  const splices = scheduleSplices(open, located, wanted, facts)
  const edited = applySplices(open, splices)
  const result = open !== text && edited.endsWith(eol) ? edited.slice(0, -eol.length) : edited
  assertReads(result, file, wanted)
  const input = { text: open, located, wanted, facts, splices, result: edited }
  return { text: result, staleComments: staleComments(input) }
}

function withTimezone(cron: string, timezone: string | undefined): ScheduleEntry {
  return timezone === undefined ? { cron } : { cron, timezone }
}

/** A last guard before a pull request is opened: the edited text must read back as exactly what was asked for. */
function assertReads(text: string, file: string, wanted: readonly ScheduleEntry[]): void {
  const read = readSchedule(text, file)
  const same =
    read.length === wanted.length &&
    read.every(
      (entry, i) => entry.cron === wanted[i]?.cron && entry.timezone === wanted[i]?.timezone
    )
  if (!same)
    throw new Error(`${file}: editing on.schedule produced text that reads back differently`)
}
