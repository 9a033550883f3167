/**
 * Text in, text out editing of a workflow's `on.schedule`. The document is never re-serialised (yaml's
 * `toString()` re-pads flow lists, merges blank lines and turns CRLF into LF): we parse for source ranges only and
 * splice new text into the original, so every byte outside the edited ranges survives (DESIGN.md §5).
 */
import { isMap, isNode, isPair, isScalar, isSeq, parseDocument, Scalar } from 'yaml'
import type { Document, Pair, YAMLMap, YAMLSeq } from 'yaml'
import { WorkflowFileError } from '../errors.js'
import { sameSchedule, type ScheduleEntry } from './schedule.js'

/** Where a workflow's schedule sits in its text. */
export interface ScheduleLocation {
  entries: ScheduleEntry[]
  sequenceRange: [number, number]
  cronRanges: Array<[number, number]>
}

interface ItemNodes {
  entry: ScheduleEntry
  map: YAMLMap
  cron: Scalar
  timezone?: Scalar
}

interface Located {
  entries: ScheduleEntry[]
  seq: YAMLSeq
  items: ItemNodes[]
}

interface Splice {
  start: number
  end: number
  text: string
}

const REMOVE_HINT = 'add a schedule trigger or remove this workflow from the orchestrator config'

/** Finds `on.schedule` (also spelt `"on"` or `'on'`) and its entries; throws WorkflowFileError naming the file when the text is not valid YAML, has no `on` key, no `schedule` under it, an empty schedule, or an entry without a string `cron`. */
export function locateSchedule(text: string, file: string): ScheduleLocation {
  const { entries, seq, items } = inspect(text, file)
  return {
    entries,
    sequenceRange: [rangeOf(seq)[0], rangeOf(seq)[1]],
    cronRanges: items.map(item => [rangeOf(item.cron)[0], rangeOf(item.cron)[1]])
  }
}

/** The current schedule entries (locateSchedule(...).entries). */
export function readSchedule(text: string, file: string): ScheduleEntry[] {
  return inspect(text, file).entries
}

/** Returns the text with the schedule replaced by `next`; every byte outside the edited ranges stays as it was. Returns the input unchanged (same string) when nothing differs. */
export function editSchedule(text: string, file: string, next: readonly ScheduleEntry[]): string {
  if (next.length === 0) {
    throw new WorkflowFileError(
      file,
      'refusing to write an empty on.schedule — pass at least one cron'
    )
  }
  const located = inspect(text, file)
  // An entry keeps a timezone it already has unless `next` names one, whichever way the edit is made.
  const wanted = next.map((entry, i) =>
    withTimezone(entry.cron, entry.timezone ?? located.entries[i]?.timezone)
  )
  const inPlace = next.length === located.items.length ? spliceInPlace(located, wanted) : undefined
  const splices = inPlace ?? [rewriteSequence(text, located, wanted)]
  if (splices.length === 0) return text
  const result = applySplices(text, splices)
  assertReads(result, file, wanted)
  return result
}

function inspect(text: string, file: string): Located {
  const seq = findScheduleSequence(findOn(parseWorkflow(text, file), file), file)
  const items = seq.items.map((item, i) => readItem(item, i, file))
  return { entries: items.map(item => item.entry), seq, items }
}

function parseWorkflow(text: string, file: string): Document {
  const doc = parseDocument(text)
  const [error] = doc.errors
  if (error) {
    const at = error.linePos?.[0]
    const where = at ? ` (line ${at.line}, column ${at.col})` : ''
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')
    throw new WorkflowFileError(file, `not valid YAML${where}: ${reason}`)
  }
  return doc
}

function findOn(doc: Document, file: string): unknown {
  const root = doc.contents
  // Only the string `on`: a `true:` key (what YAML 1.1 writers make of a bare `on`) is not a trigger to GitHub's parser.
  const pair = isMap(root)
    ? root.items.find(p => isScalar(p.key) && p.key.value === 'on')
    : undefined
  if (!pair) throw new WorkflowFileError(file, `no "on" key, so no on.schedule — ${REMOVE_HINT}`)
  return pair.value
}

function findScheduleSequence(on: unknown, file: string): YAMLSeq {
  if (isScalar(on) && on.value === 'schedule') throw noCrons(file, 'on: schedule')
  if (isSeq(on) && on.items.some(item => isScalar(item) && item.value === 'schedule')) {
    throw noCrons(file, 'on: [..., schedule]')
  }
  const pair = isMap(on)
    ? on.items.find(p => isScalar(p.key) && p.key.value === 'schedule')
    : undefined
  if (!pair) throw new WorkflowFileError(file, `no on.schedule — ${REMOVE_HINT}`)
  const seq = pair.value
  if (isSeq(seq) && seq.items.length > 0) return seq
  if (isSeq(seq) || (isScalar(seq) && seq.value === null)) {
    throw new WorkflowFileError(
      file,
      `on.schedule is empty — add a "- cron: ..." entry or ${REMOVE_HINT}`
    )
  }
  throw new WorkflowFileError(
    file,
    'on.schedule is not a list of "- cron: ..." entries written out in place (aliases are not followed) — rewrite it as a list'
  )
}

function noCrons(file: string, spelling: string): WorkflowFileError {
  return new WorkflowFileError(
    file,
    `${spelling} names the schedule trigger without any crons — write it as a map with on.schedule: [{cron: ...}]`
  )
}

function readItem(item: unknown, index: number, file: string): ItemNodes {
  const field = (key: string): unknown => (isMap(item) ? item.get(key, true) : undefined)
  const cron = field('cron')
  if (!isMap(item) || !isScalar(cron) || typeof cron.value !== 'string') {
    throw new WorkflowFileError(
      file,
      `on.schedule entry ${index + 1} has no string cron — write it as "- cron: '...'"`
    )
  }
  const timezone = field('timezone')
  if (timezone === undefined) return { entry: { cron: cron.value }, map: item, cron }
  if (!isScalar(timezone) || typeof timezone.value !== 'string') {
    throw new WorkflowFileError(
      file,
      `on.schedule entry ${index + 1} has a timezone that is not a string`
    )
  }
  return { entry: { cron: cron.value, timezone: timezone.value }, map: item, cron, timezone }
}

function withTimezone(cron: string, timezone: string | undefined): ScheduleEntry {
  return timezone === undefined ? { cron } : { cron, timezone }
}

function rangeOf(node: { range?: [number, number, number] | null }): [number, number, number] {
  if (!node.range) throw new Error('yaml node without a source range')
  return node.range
}

/**
 * The splices that rewrite changed scalars where they stand, or undefined when some entry cannot be edited that
 * way (a block scalar, or a timezone to add).
 */
function spliceInPlace(located: Located, wanted: readonly ScheduleEntry[]): Splice[] | undefined {
  const splices: Array<Splice | undefined> = []
  for (const [i, item] of located.items.entries()) {
    const entry = wanted[i]
    if (!entry) return undefined
    const flow = Boolean(located.seq.flow || item.map.flow)
    if (entry.cron !== item.entry.cron) splices.push(spliceScalar(item.cron, entry.cron, flow))
    if (entry.timezone !== undefined && entry.timezone !== item.entry.timezone) {
      // No timezone key to splice into: only a rewrite of the whole sequence can add one.
      splices.push(item.timezone && spliceScalar(item.timezone, entry.timezone, flow))
    }
  }
  return splices.every(splice => splice !== undefined) ? splices : undefined
}

function spliceScalar(node: Scalar, value: string, flow: boolean): Splice | undefined {
  // Block scalars own their line ends; swapping one for a quoted scalar is a job for the sequence rewrite.
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) return undefined
  const [start, end] = rangeOf(node)
  return { start, end, text: formatScalar(value, node.type, flow) }
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

function rewriteSequence(text: string, located: Located, wanted: readonly ScheduleEntry[]): Splice {
  const { seq, items } = located
  const start = rangeOf(seq)[0]
  const cronStyle = items[0]?.cron.type
  const zoneStyle = items.find(item => item.timezone)?.timezone?.type ?? cronStyle
  const format = (value: string): string => formatScalar(value, cronStyle, Boolean(seq.flow))
  const formatZone = (value: string): string => formatScalar(value, zoneStyle, Boolean(seq.flow))
  if (seq.flow) {
    const outer = text[start + 1] === ' ' ? ' ' : ''
    const inner = text[rangeOf(items[0]?.map ?? seq)[0] + 1] === ' ' ? ' ' : ''
    const maps = wanted.map(entry => {
      const zone = entry.timezone === undefined ? '' : `, timezone: ${formatZone(entry.timezone)}`
      return `{${inner}cron: ${format(entry.cron)}${zone}${inner}}`
    })
    return { start, end: rangeOf(seq)[1], text: `[${outer}${maps.join(', ')}${outer}]` }
  }
  const end = blockEnd(text, seq)
  const eol = lineEnding(text, start)
  const indent = indentBefore(text, start)
  const lines = wanted.map(entry => {
    const zone =
      entry.timezone === undefined ? '' : `${eol}${indent}  timezone: ${formatZone(entry.timezone)}`
    return `- cron: ${format(entry.cron)}${zone}`
  })
  return { start, end, text: lines.join(`${eol}${indent}`) + (text[end - 1] === '\n' ? eol : '') }
}

/**
 * Where a block sequence's own lines end: after its last value and the rest of that line. yaml counts comment lines
 * below the last item, and even the next key's indentation, into the sequence's range; those must stay.
 */
function blockEnd(text: string, seq: YAMLSeq): number {
  const end = contentEnd(seq) ?? rangeOf(seq)[1]
  if (text[end - 1] === '\n') return end
  const rest = /[ \t]*(?:#[^\r\n]*)?(?:\r?\n)?/y
  rest.lastIndex = end
  rest.exec(text)
  return rest.lastIndex
}

function contentEnd(node: unknown): number | undefined {
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const last: unknown = node.items.at(-1)
    if (isPair(last)) return contentEnd((last as Pair).value) ?? contentEnd((last as Pair).key)
    return contentEnd(last)
  }
  return isNode(node) ? node.range?.[1] : undefined
}

function lineEnding(text: string, from: number): string {
  const at = text.indexOf('\n', from)
  const found = at === -1 ? text.indexOf('\n') : at
  return found > 0 && text[found - 1] === '\r' ? '\r\n' : '\n'
}

function indentBefore(text: string, start: number): string {
  const prefix = text.slice(text.lastIndexOf('\n', start - 1) + 1, start)
  return /^[ \t]*$/.test(prefix) ? prefix : ' '.repeat(prefix.length)
}

function applySplices(text: string, splices: readonly Splice[]): string {
  let result = text
  for (const { start, end, text: replacement } of [...splices].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + replacement + result.slice(end)
  }
  return result
}

/** A last guard before a pull request is opened: the edited text must read back as exactly what was asked for. */
function assertReads(text: string, file: string, wanted: readonly ScheduleEntry[]): void {
  if (!sameSchedule(readSchedule(text, file), wanted)) {
    throw new Error(`${file}: editing on.schedule produced text that reads back differently`)
  }
}
