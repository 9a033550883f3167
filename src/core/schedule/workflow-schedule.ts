/**
 * Finding a workflow's `on.schedule` in its parsed YAML: the sequence, each entry's nodes and their source ranges. The
 * editor splices text at these ranges; nothing here writes.
 */
import { isMap, isNode, isPair, isScalar, isSeq, parseDocument } from 'yaml'
import type { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml'
import { WorkflowFileError } from '../errors.js'
import { type ScheduleEntry } from './schedule.js'

/** One schedule entry and the nodes it was read from. */
export interface ItemNodes {
  entry: ScheduleEntry
  map: YAMLMap
  cron: Scalar
  timezone?: Scalar
}

/** A workflow's schedule as found in its text. */
export interface Located {
  entries: ScheduleEntry[]
  /** The `schedule` key, whose line may carry a comment about the whole schedule. */
  key: Scalar
  seq: YAMLSeq
  items: ItemNodes[]
}

const REMOVE_HINT = 'add a schedule trigger or remove this workflow from the orchestrator config'

/** Parses a workflow and finds its schedule; throws WorkflowFileError naming the file when it cannot. */
export function inspect(text: string, file: string): Located {
  const { key, seq } = findScheduleSequence(findOn(parseWorkflow(text, file), file), file)
  const items = seq.items.map((item, i) => readItem(item, i, file))
  return { entries: items.map(item => item.entry), key, seq, items }
}

/** A node's source range; every node of a parsed text has one. */
export function rangeOf(node: {
  range?: [number, number, number] | null
}): [number, number, number] {
  if (!node.range) throw new Error('yaml node without a source range')
  return node.range
}

/** Where a block collection's last value ends (comment lines below it and the next key's indentation excluded). */
export function contentEnd(node: unknown): number | undefined {
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const last: unknown = node.items.at(-1)
    if (isPair(last)) return contentEnd((last as Pair).value) ?? contentEnd((last as Pair).key)
    return contentEnd(last)
  }
  return isNode(node) ? node.range?.[1] : undefined
}

/** The end of a sequence's own lines: a block sequence's range, stretched over the comment lines under its entries. */
export function sequenceEnd(text: string, seq: YAMLSeq): number {
  const [start, valueEnd] = rangeOf(seq)
  if (seq.flow) return valueEnd
  // yaml's own end may stop inside the next key's indentation; the sequence's lines end at a line break.
  const last = contentEnd(seq) ?? valueEnd
  const lineBreak = text[last - 1] === '\n' ? last - 1 : text.indexOf('\n', last)
  let end = lineBreak === -1 ? text.length : lineBreak + 1
  const column = start - (text.lastIndexOf('\n', start - 1) + 1)
  const line = /([ \t]*)(#[^\r\n]*)?(?:\r?\n|$)/y
  for (let at = end; at < text.length; at = line.lastIndex) {
    line.lastIndex = at
    const found = line.exec(text)
    if (!found || line.lastIndex === at) break
    const [, indent = '', comment] = found
    if (comment !== undefined && indent.length < column) break
    if (comment !== undefined) end = line.lastIndex
  }
  return end
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

function findScheduleSequence(on: unknown, file: string): { key: Scalar; seq: YAMLSeq } {
  if (isScalar(on) && on.value === 'schedule') throw noCrons(file, 'on: schedule')
  if (isSeq(on) && on.items.some(item => isScalar(item) && item.value === 'schedule')) {
    throw noCrons(file, 'on: [..., schedule]')
  }
  const pair = isMap(on)
    ? on.items.find(p => isScalar(p.key) && p.key.value === 'schedule')
    : undefined
  if (!pair) throw new WorkflowFileError(file, `no on.schedule — ${REMOVE_HINT}`)
  const seq = pair.value
  if (isSeq(seq) && seq.items.length > 0) return { key: pair.key as Scalar, seq }
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
