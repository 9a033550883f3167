/**
 * Comments that may no longer describe their cron once a schedule is edited: the comments of each entry whose times
 * changed (on its lines, or on the comment lines just above it), and those on and just above the `schedule:` key.
 */
import { sameEntry, type ScheduleEntry } from './schedule.js'
import { type Splice } from './schedule-splices.js'
import {
  afterLine,
  lineEnd,
  lineNumber,
  lineStart,
  startsLine,
  type SourceComment,
  type SourceFacts
} from './source-text.js'
import { contentEnd, rangeOf, type Located } from './workflow-schedule.js'

/** A comment left in the edited text that was about a cron that changed: its line there and its text. */
export interface StaleComment {
  line: number
  text: string
}

/** What an edit was made of, to tell which comments it left behind. */
export interface EditFacts {
  text: string
  located: Located
  wanted: readonly ScheduleEntry[]
  facts: SourceFacts
  splices: readonly Splice[]
  result: string
}

/** The comments of the edited schedule that may no longer describe their cron, in line order of the new text. */
export function staleComments(edit: EditFacts): StaleComment[] {
  const { text, located, wanted, facts } = edit
  const offsets = new Set(facts.comments.map(c => c.offset))
  const keyLine = lineStart(text, rangeOf(located.key)[0])
  const stale = [...onLine(facts.comments, text, keyLine), ...above(text, keyLine, offsets)]
  located.items.forEach((item, i) => {
    const now = wanted[i]
    if (now !== undefined && sameEntry(item.entry, now)) return
    const [start, end] = entrySpan(edit, i)
    stale.push(
      ...facts.comments.filter(c => c.offset >= start && c.offset < end).map(c => c.offset)
    )
    stale.push(...above(text, start, offsets))
  })
  const byOffset = new Map(facts.comments.map(c => [c.offset, c.text]))
  return [...new Set(stale)]
    .sort((a, b) => a - b)
    .flatMap(offset => {
      const moved = newOffset(offset, edit.splices)
      if (moved === undefined) return []
      return [{ line: lineNumber(edit.result, moved), text: byOffset.get(offset) ?? '' }]
    })
}

/** The lines an entry's text spans, from the start of its first to the end of its last. */
function entrySpan(edit: EditFacts, index: number): [number, number] {
  const { text, located, facts } = edit
  const map = (located.items[index] as Located['items'][number]).map
  const [start, end] = rangeOf(map)
  if (located.seq.flow) return [lineStart(text, start), lineEnd(text, end)]
  const dash = facts.dashes[index] ?? start
  return [lineStart(text, dash), afterLine(text, contentEnd(map) ?? end)]
}

function onLine(comments: readonly SourceComment[], text: string, line: number): number[] {
  const end = lineEnd(text, line)
  return comments.filter(c => c.offset >= line && c.offset < end).map(c => c.offset)
}

/** The comment-only lines right above the line starting at `line`, up to a blank or any other line. */
function above(text: string, line: number, comments: ReadonlySet<number>): number[] {
  const found: number[] = []
  for (let end = line; end > 0;) {
    const start = lineStart(text, end - 1)
    const hash = text.indexOf('#', start)
    if (hash === -1 || hash >= end || !startsLine(text, hash) || !comments.has(hash)) break
    found.push(hash)
    end = start
  }
  return found
}

/** Where an offset of the old text is in the new one; undefined when a splice removed it. */
function newOffset(offset: number, splices: readonly Splice[]): number | undefined {
  let delta = 0
  for (const splice of [...splices].sort((a, b) => a.start - b.start)) {
    if (splice.end <= offset) {
      delta += splice.text.length - (splice.end - splice.start)
    } else if (splice.start <= offset) {
      const moved = splice.moved?.find(m => m.from === offset)
      return moved === undefined ? undefined : splice.start + delta + moved.at
    } else break
  }
  return offset + delta
}
