/**
 * A workflow's `on:` value seen as a list of triggers, whatever its spelling: a block or flow map (`push:`,
 * `{push: …}`), a block or flow list (`- push`, `[push, schedule]`) or one name (`on: push`). Each trigger knows the
 * text it spans, so one can be cut out or another added as a splice of the original text (DESIGN §5, §12).
 */
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml'
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml'
import { WorkflowFileError } from '../errors.js'
import { type Splice } from './schedule-splices.js'
import { afterLine, indentBefore, lineEnding, lineStart, startsLine } from './source-text.js'
import { contentEnd, rangeOf, sequenceEnd } from './workflow-schedule.js'

/** The shapes `on:` takes. */
export type TriggersKind = 'block-map' | 'flow-map' | 'block-list' | 'flow-list' | 'name'

/** One trigger: its name, where its text starts and ends, and its value when it is a map key. */
export interface Trigger {
  name: string
  start: number
  end: number
  value?: unknown
}

/** A workflow's triggers as found in its text. */
export interface Triggers {
  kind: TriggersKind
  /** The `on` value's own node: the collection, or the scalar naming the one trigger. */
  node: YAMLMap | YAMLSeq | Scalar
  items: Trigger[]
}

/** Parses a workflow and reads its `on:`; WorkflowFileError names the file when it is not YAML or has no triggers. */
export function readTriggers(text: string, file: string): Triggers {
  const doc = parseDocument(text)
  const [error] = doc.errors
  if (error)
    throw new WorkflowFileError(file, `not valid YAML: ${error.message.split('\n')[0] ?? ''}`)
  const root = doc.contents
  const pair = isMap(root)
    ? root.items.find(p => isScalar(p.key) && p.key.value === 'on')
    : undefined
  const on: unknown = pair?.value
  if (isMap(on)) return { kind: on.flow ? 'flow-map' : 'block-map', node: on, items: pairs(on) }
  if (isSeq(on)) return { kind: on.flow ? 'flow-list' : 'block-list', node: on, items: names(on) }
  if (isScalar(on) && typeof on.value === 'string' && on.value !== '') {
    const [start, end] = rangeOf(on)
    return { kind: 'name', node: on, items: [{ name: on.value, start, end }] }
  }
  throw new WorkflowFileError(
    file,
    'no triggers under "on" — the workflow names no event to run on'
  )
}

function pairs(map: YAMLMap): Trigger[] {
  return map.items.map((pair: Pair) => {
    const key = pair.key as Node
    const value = pair.value as Node | null
    const end = value && isNodeWithRange(value) ? rangeOf(value)[1] : rangeOf(key)[1]
    return { name: String((key as Scalar).value), start: rangeOf(key)[0], end, value }
  })
}

function names(seq: YAMLSeq): Trigger[] {
  return seq.items.map(item => {
    const node = (isPair(item) ? item.key : item) as Node
    const [start, end] = rangeOf(node)
    return { name: isScalar(node) ? String(node.value) : '', start, end }
  })
}

function isNodeWithRange(node: unknown): node is Node {
  return typeof node === 'object' && node !== null && 'range' in node && Boolean(node.range)
}

/** The splice that cuts trigger `index` out; the last trigger cannot go (a workflow needs one). */
export function removeTrigger(
  text: string,
  file: string,
  triggers: Triggers,
  index: number
): Splice {
  const { kind, items } = triggers
  const item = items[index] as Trigger
  if (items.length === 1) {
    throw new WorkflowFileError(
      file,
      `"${item.name}" is the only trigger under "on" — a workflow needs one; add workflow_dispatch first`
    )
  }
  if (kind === 'flow-map' || kind === 'flow-list') {
    const next = items[index + 1]
    // Up to the next trigger (the comma with it), or from the end of the one before when it is the last.
    if (next) return { start: item.start, end: next.start, text: '' }
    return { start: (items[index - 1] as Trigger).end, end: item.end, text: '' }
  }
  if (kind === 'block-list')
    return { start: dashLine(text, file, item), end: afterLine(text, item.end), text: '' }
  if (!startsLine(text, item.start))
    throw new WorkflowFileError(file, `on.${item.name} does not start its own line`)
  return { start: lineStart(text, item.start), end: blockPairEnd(text, item), text: '' }
}

/** Where a block map pair's lines end: its value's lines, a block list's comment lines below it included. */
function blockPairEnd(text: string, item: Trigger): number {
  const value = item.value
  if (isSeq(value) && !value.flow) return sequenceEnd(text, value)
  const last = contentEnd(value) ?? item.end
  return afterLine(text, last)
}

/** The start of the line of a block list item's `-`. */
function dashLine(text: string, file: string, item: Trigger): number {
  let at = item.start - 1
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--
  if (text[at] !== '-' || !startsLine(text, at))
    throw new WorkflowFileError(file, `the "- ${item.name}" trigger does not start its own line`)
  return lineStart(text, at)
}

/**
 * The splice that adds a trigger before trigger `before` (the first when absent), in the file's own style: a line
 * `name:` (then `block`'s lines, indented under it) in a block map, `name: flow` in a flow map, `- name` in a block
 * list, `name` appended to a flow list, and a one-name `on:` turned into a flow list.
 */
export function addTrigger(
  text: string,
  file: string,
  triggers: Triggers,
  trigger: { name: string; flow: string; block: readonly string[] },
  before = 0
): Splice {
  const { kind, node, items } = triggers
  const anchor = items[before] ?? items[0]
  const [open, close] = rangeOf(node)
  if (kind === 'name') {
    const source = text.slice(open, close)
    return { start: open, end: close, text: `[${source}, ${trigger.name}]` }
  }
  if (kind === 'flow-list') {
    const last = items.at(-1)
    const at = last ? last.end : open + 1
    return { start: at, end: at, text: last ? `, ${trigger.name}` : trigger.name }
  }
  if (kind === 'flow-map') {
    const at = anchor ? anchor.start : open + 1
    const entry = `${trigger.name}: ${trigger.flow}`
    return { start: at, end: at, text: anchor ? `${entry}, ` : entry }
  }
  const first = anchor as Trigger
  const at = kind === 'block-list' ? dashLine(text, file, first) : lineStart(text, first.start)
  const eol = lineEnding(text, at)
  const indent =
    kind === 'block-list'
      ? text.slice(at, first.start).replace(/-.*$/, '')
      : indentBefore(text, first.start)
  const lines =
    kind === 'block-list'
      ? [`${indent}- ${trigger.name}`]
      : [`${indent}${trigger.name}:`, ...trigger.block.map(line => `${indent}${line}`)]
  return { start: at, end: at, text: lines.map(line => line + eol).join('') }
}
