/**
 * The audit's fixes, text in and text out (STYLE 3): a `concurrency:` group after the `on:` block, `timeout-minutes`
 * in a job, a throttled or staggered cron. Each inserts whole lines in the file's own indentation and line endings;
 * every other byte stays.
 */
import { isMap, isScalar, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml'
import { WorkflowFileError } from '../errors.js'
import { editSchedule, readSchedule } from '../schedule/schedule-editor.js'
import { afterLine, lineEnding, lineStart } from '../schedule/source-text.js'
import { contentEnd, rangeOf } from '../schedule/workflow-schedule.js'
import type { MinuteZeroDetail, ThrottleDetail } from './findings.js'

/** The group the seed's fix uses: one run at a time per workflow and ref. */
export const CONCURRENCY_GROUP = '${{ github.workflow }}-${{ github.ref }}'

function parsed(text: string, path: string): YAMLMap {
  const doc: Document = parseDocument(text)
  const [error] = doc.errors
  if (error) throw new WorkflowFileError(path, `not valid YAML: ${error.message.split('\n')[0]}`)
  const root = doc.contents
  if (!isMap(root) || root.flow)
    throw new WorkflowFileError(
      path,
      'the workflow is not a block map of keys, so nothing can be inserted into it'
    )
  return root
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find(p => isScalar(p.key) && p.key.value === key)
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset)
}

/** The step between a block map's keys and its children's, as the file writes it (2 when it cannot tell). */
function indentUnit(text: string, root: YAMLMap): number {
  for (const pair of root.items) {
    const value = pair.value
    if (!isMap(value) || value.flow || !isScalar(pair.key) || value.items.length === 0) continue
    const child = value.items[0]?.key
    if (isScalar(child))
      return columnOf(text, rangeOf(child)[0]) - columnOf(text, rangeOf(pair.key)[0])
  }
  return 2
}

/** After the line holding `end`, and after the comment lines indented deeper than `column` that follow it. */
function endOfBlock(text: string, end: number, column: number): number {
  let at = afterLine(text, end)
  const line = /([ \t]*)#[^\n]*(?:\n|$)/y
  for (;;) {
    line.lastIndex = at
    const found = line.exec(text)
    if (!found || (found[1] ?? '').length <= column || line.lastIndex === at) return at
    at = line.lastIndex
  }
}

/** Inserts whole lines at a line start: a line break first when the text ends without one. */
function insertLines(
  text: string,
  at: number,
  lines: readonly string[],
  blankBefore = false
): string {
  const eol = lineEnding(text, at > 0 ? lineStart(text, at - 1) : 0)
  const open = at === text.length && text !== '' && !text.endsWith('\n') ? eol : ''
  const blank = blankBefore ? eol : ''
  return text.slice(0, at) + open + blank + lines.map(l => l + eol).join('') + text.slice(at)
}

/**
 * Adds the seed's top-level `concurrency:` group after the `on:` block (a blank line before it when one follows that
 * block); unchanged text when the workflow has one. `cancelInProgress: false` for a workflow a push to the default
 * branch runs, where cancelling would skip a deploy.
 */
export function addConcurrency(
  text: string,
  path: string,
  options: { cancelInProgress: boolean }
): string {
  const root = parsed(text, path)
  if (pairOf(root, 'concurrency')) return text
  const on = pairOf(root, 'on')
  if (!on || !isScalar(on.key))
    throw new WorkflowFileError(path, 'has no "on" key to put concurrency after')
  const column = columnOf(text, rangeOf(on.key)[0])
  const end = contentEnd(on.value) ?? rangeOf(on.key)[1]
  const at = endOfBlock(text, end, column)
  const pad = ' '.repeat(column)
  const inner = pad + ' '.repeat(indentUnit(text, root))
  const lines = [
    `${pad}concurrency:`,
    `${inner}group: ${CONCURRENCY_GROUP}`,
    `${inner}cancel-in-progress: ${options.cancelInProgress}`
  ]
  const nextLineBlank = /^[ \t]*\r?\n/.test(text.slice(at))
  return insertLines(text, at, lines, nextLineBlank)
}

/** Adds `timeout-minutes: N` to a job, on the line after its `runs-on`; unchanged text when the job has one. */
export function addTimeout(text: string, path: string, job: string, minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 1)
    throw new WorkflowFileError(
      path,
      `timeout-minutes must be a whole number of minutes ≥ 1, got ${minutes}`
    )
  const jobs = pairOf(parsed(text, path), 'jobs')?.value
  const found = isMap(jobs) ? pairOf(jobs, job)?.value : undefined
  if (!isMap(found) || found.flow || found.items.length === 0)
    throw new WorkflowFileError(path, `has no job '${job}' written as a block map of keys`)
  if (pairOf(found, 'timeout-minutes')) return text
  if (pairOf(found, 'uses'))
    throw new WorkflowFileError(
      path,
      `job '${job}' calls a reusable workflow, which takes no timeout-minutes`
    )
  const anchor = pairOf(found, 'runs-on') ?? found.items[0]
  if (!anchor || !isScalar(anchor.key))
    throw new WorkflowFileError(path, `job '${job}' has no key to follow`)
  const indent = ' '.repeat(columnOf(text, rangeOf(anchor.key)[0]))
  const at = afterLine(text, contentEnd(anchor.value) ?? rangeOf(anchor.key)[1])
  return insertLines(text, at, [`${indent}timeout-minutes: ${minutes}`])
}

/** Rewrites the cron a throttle or minute-0 finding names to the suggested one, through the schedule editor. */
export function applyScheduleFix(
  text: string,
  path: string,
  detail: ThrottleDetail | MinuteZeroDetail
): string {
  const suggested = detail.suggested
  if (suggested === null) return text
  const entries = readSchedule(text, path)
  const next = entries.map(e =>
    e.cron === detail.cron && e.timezone === detail.timezone ? { ...e, cron: suggested } : e
  )
  return editSchedule(text, path, next)
}
