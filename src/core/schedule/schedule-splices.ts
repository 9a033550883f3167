/**
 * The splices that turn a workflow's schedule into another: each kept entry's scalars rewritten where they stand,
 * new entries added after the last one, dropped entries' lines removed. Comments, blank lines and every other byte
 * stay where they are; the comments of a dropped entry stay too, each on a line of its own (DESIGN.md §5).
 */
import { isScalar, parseDocument, Scalar } from 'yaml'
import type { Node, Pair } from 'yaml'
import { type ScheduleEntry } from './schedule.js'
import {
  afterLine,
  indentBefore,
  lineEnd,
  lineEnding,
  lineStart,
  startsLine,
  type SourceFacts
} from './source-text.js'
import { contentEnd, rangeOf, type ItemNodes, type Located } from './workflow-schedule.js'

/** Replace text[start, end) by `text`; `moved` says where comments of the removed text now stand in it. */
export interface Splice {
  start: number
  end: number
  text: string
  moved?: Array<{ from: number; at: number }>
}

/** How new text is written: in the sequence's quote style, indentation and line ending. */
interface Style {
  flow: boolean
  eol: string
  /** Before each `-` of a block sequence. */
  indent: string
  /** A new block entry's `-` and the spaces after it, so that its keys line up with `keyIndent`. */
  dash: string
  /** Before the keys of an entry's block map. */
  keyIndent: string
  /** The spaces inside a flow map's braces. */
  inner: string
  cron: Scalar.Type | undefined
  zone: Scalar.Type | undefined
  flowItems: boolean
}

/** The splices that make the schedule read `wanted`; `text` must end with a line break. */
export function scheduleSplices(
  text: string,
  located: Located,
  wanted: readonly ScheduleEntry[],
  facts: SourceFacts
): Splice[] {
  const style = styleOf(text, located)
  const { items } = located
  const splices = items
    .slice(0, wanted.length)
    .flatMap((item, i) => entrySplices(text, item, wanted[i] as ScheduleEntry, style))
  if (wanted.length > items.length) {
    splices.push(appendEntries(text, located, wanted.slice(items.length), style))
  }
  if (wanted.length < items.length) {
    const drop = style.flow ? dropFlow : dropBlock
    splices.push(...drop(text, located, wanted.length, facts, style.eol))
  }
  return splices
}

/** Applies splices that do not overlap, from the last to the first. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  let result = text
  for (const { start, end, text: replacement } of [...splices].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + replacement + result.slice(end)
  }
  return result
}

function styleOf(text: string, located: Located): Style {
  const { seq, items } = located
  const first = items[0] as ItemNodes
  const start = rangeOf(seq)[0]
  const indent = indentBefore(text, start)
  const mapStart = rangeOf(first.map)[0]
  const keyIndent = first.map.flow ? `${indent}  ` : indentBefore(text, mapStart)
  return {
    flow: Boolean(seq.flow),
    eol: lineEnding(text, start),
    indent,
    dash: `${indent}-${' '.repeat(Math.max(keyIndent.length - indent.length - 1, 1))}`,
    keyIndent,
    inner: text[mapStart + 1] === ' ' ? ' ' : '',
    cron: first.cron.type,
    zone: items.find(item => item.timezone)?.timezone?.type ?? first.cron.type,
    flowItems: Boolean(first.map.flow)
  }
}

function entrySplices(text: string, item: ItemNodes, entry: ScheduleEntry, style: Style): Splice[] {
  const flow = style.flow || Boolean(item.map.flow)
  const splices: Splice[] = []
  if (entry.cron !== item.entry.cron) {
    splices.push(replaceScalar(text, item.cron, entry.cron, flow, style.eol))
  }
  const zone = entry.timezone
  if (zone !== undefined && zone !== item.entry.timezone) {
    splices.push(
      item.timezone
        ? replaceScalar(text, item.timezone, zone, flow, style.eol)
        : addTimezone(text, item, zone, style)
    )
  }
  return splices
}

function replaceScalar(
  text: string,
  node: Scalar,
  value: string,
  flow: boolean,
  eol: string
): Splice {
  const [start, end] = rangeOf(node)
  // A block scalar owns its line ends; a quoted scalar stands in for it on one line.
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    return {
      start,
      end,
      text: formatScalar(value, undefined, flow) + (text[end - 1] === '\n' ? eol : '')
    }
  }
  return { start, end, text: formatScalar(value, node.type, flow) }
}

function addTimezone(text: string, item: ItemNodes, zone: string, style: Style): Splice {
  if (item.map.flow) {
    const last = item.map.items.at(-1) as Pair
    const end = rangeOf((isScalar(last.value) ? last.value : last.key) as Node)[1]
    return { start: end, end, text: `, timezone: ${formatScalar(zone, style.zone, true)}` }
  }
  const at = afterLine(text, contentEnd(item.map) ?? rangeOf(item.map)[1])
  const keys = indentBefore(text, rangeOf(item.map)[0])
  return {
    start: at,
    end: at,
    text: `${keys}timezone: ${formatScalar(zone, style.zone, false)}${style.eol}`
  }
}

function flowItem(entry: ScheduleEntry, style: Style): string {
  const zone =
    entry.timezone === undefined
      ? ''
      : `, timezone: ${formatScalar(entry.timezone, style.zone, true)}`
  return `{${style.inner}cron: ${formatScalar(entry.cron, style.cron, true)}${zone}${style.inner}}`
}

function blockItem(entry: ScheduleEntry, style: Style): string {
  if (style.flowItems) return `${style.indent}- ${flowItem(entry, style)}${style.eol}`
  const cron = `${style.dash}cron: ${formatScalar(entry.cron, style.cron, false)}${style.eol}`
  if (entry.timezone === undefined) return cron
  return `${cron}${style.keyIndent}timezone: ${formatScalar(entry.timezone, style.zone, false)}${style.eol}`
}

function appendEntries(
  text: string,
  located: Located,
  added: readonly ScheduleEntry[],
  style: Style
): Splice {
  const last = (located.items.at(-1) as ItemNodes).map
  if (style.flow) {
    const end = rangeOf(last)[1]
    return { start: end, end, text: added.map(entry => `, ${flowItem(entry, style)}`).join('') }
  }
  const at = afterLine(text, contentEnd(last) ?? rangeOf(last)[1])
  return { start: at, end: at, text: added.map(entry => blockItem(entry, style)).join('') }
}

/** Removes each dropped entry's own lines; its comments stay, each on a line of its own. */
function dropBlock(
  text: string,
  located: Located,
  keep: number,
  facts: SourceFacts,
  eol: string
): Splice[] {
  return located.items.slice(keep).map((item, k) => {
    // The dash is on the line where the entry's map starts, unless it stands alone on the line above.
    const dash = facts.dashes[keep + k] ?? rangeOf(item.map)[0]
    const start = lineStart(text, dash)
    const end = afterLine(text, contentEnd(item.map) ?? rangeOf(item.map)[1])
    const indent = indentBefore(text, dash)
    let replacement = ''
    const moved: Array<{ from: number; at: number }> = []
    for (const comment of facts.comments.filter(c => c.offset >= start && c.offset < end)) {
      const own = startsLine(text, comment.offset)
      const before = own ? text.slice(lineStart(text, comment.offset), comment.offset) : indent
      moved.push({ from: comment.offset, at: replacement.length + before.length })
      const line = own
        ? text.slice(lineStart(text, comment.offset), lineEnd(text, comment.offset))
        : indent + comment.text
      replacement += line + eol
    }
    return { start, end, text: replacement, moved }
  })
}

/** Removes the dropped entries of a flow sequence with their commas, leaving any comment between them. */
function dropFlow(text: string, located: Located, keep: number, facts: SourceFacts): Splice[] {
  const ends = located.items.map(item => rangeOf(item.map)[1])
  const from = ends[keep - 1] as number
  const to = ends[ends.length - 1] as number
  if (!facts.comments.some(c => c.offset > from && c.offset < to))
    return [{ start: from, end: to, text: '' }]
  return located.items.slice(keep).flatMap((item, k) => {
    const comma = text.indexOf(',', ends[keep + k - 1])
    const [start, end] = rangeOf(item.map)
    const spaces = /[ \t]*(?=#)/y
    spaces.lastIndex = end
    const skip = spaces.exec(text)?.[0].length ?? 0
    return [
      { start: comma, end: comma + 1, text: '' },
      { start, end: end + skip, text: '' }
    ]
  })
}

function formatScalar(value: string, style: Scalar.Type | undefined, flow: boolean): string {
  if (style === Scalar.QUOTE_DOUBLE || /[\p{Cc}]/u.test(value)) return JSON.stringify(value)
  if (style === Scalar.PLAIN && isSafePlain(value, flow)) return value
  return `'${value.replaceAll("'", "''")}'`
}

function isSafePlain(value: string, flow: boolean): boolean {
  // Leading indicators (`*` is an alias, `&` an anchor, `#` a comment…), `: ` and ` #` change what YAML reads.
  if (value === '' || /^[\s!"#%&'*,:>?@[\]`{|}-]|[\s:]$|: | #/.test(value)) return false
  if (flow && /[,[\]{}]/.test(value)) return false
  const doc = parseDocument(value)
  return doc.errors.length === 0 && doc.toJS() === value
}
