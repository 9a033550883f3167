/**
 * One workflow file read once for the audit (STYLE 25): its triggers, schedule, concurrency and jobs, with the parsed
 * document kept for the source ranges the fixes splice at. Nothing here judges; the finding modules do.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Pair } from 'yaml'
import type { ScheduleEntry } from '../schedule/schedule.js'

/** A job as the audit sees it. */
export interface JobModel {
  id: string
  /** The `name:` when it is plain text (no expression), which is what GitHub calls the job's runs. */
  name?: string
  hasTimeout: boolean
  /** A job that calls a reusable workflow (`uses:` at job level) takes no `timeout-minutes`. */
  reusable: boolean
  /** Its steps as `uses: …` / `run: …`, in order. */
  steps: string[]
}

/** A workflow file, parsed once. */
export interface WorkflowModel {
  path: string
  /** The `name:` key, else the path (what GitHub shows). */
  name: string
  /** The events under `on` (`on: push`, `on: [push, schedule]` or the keys of `on:`). */
  triggers: string[]
  /** The value of `on.push`, when the workflow runs on push (null for `on: push` with no filters). */
  push?: unknown
  schedule: ScheduleEntry[]
  hasConcurrency: boolean
  jobs: JobModel[]
}

/** A file the audit could not read as a workflow. */
export interface AuditError {
  path: string
  error: string
}

type Root = Document.Parsed['contents']

function pairOf(map: unknown, key: string): Pair | undefined {
  if (!isMap(map)) return undefined
  return map.items.find(p => isScalar(p.key) && p.key.value === key)
}

function plain(node: unknown): unknown {
  return isScalar(node) || isMap(node) || isSeq(node) ? node.toJSON() : node
}

function triggersOf(on: unknown): string[] {
  if (isScalar(on) && typeof on.value === 'string') return [on.value]
  if (isSeq(on))
    return on.items.flatMap(i => (isScalar(i) && typeof i.value === 'string' ? [i.value] : []))
  if (isMap(on)) return on.items.flatMap(p => (isScalar(p.key) ? [String(p.key.value)] : []))
  return []
}

function scheduleOf(on: unknown): ScheduleEntry[] {
  const seq = pairOf(on, 'schedule')?.value
  if (!isSeq(seq)) return []
  return seq.items.flatMap(item => {
    const cron: unknown = isMap(item) ? item.get('cron') : undefined
    const timezone: unknown = isMap(item) ? item.get('timezone') : undefined
    if (typeof cron !== 'string') return []
    return typeof timezone === 'string' ? [{ cron, timezone }] : [{ cron }]
  })
}

function stepText(step: unknown): string[] {
  if (!isMap(step)) return []
  const uses: unknown = step.get('uses')
  const run: unknown = step.get('run')
  if (typeof uses === 'string') return [`uses: ${uses}`]
  return typeof run === 'string' ? [`run: ${run}`] : []
}

function jobOf(pair: Pair): JobModel | undefined {
  if (!isScalar(pair.key) || !isMap(pair.value)) return undefined
  const job = pair.value
  const name: unknown = job.get('name')
  const steps = job.get('steps')
  return {
    id: String(pair.key.value),
    ...(typeof name === 'string' && !name.includes('${{') ? { name } : {}),
    hasTimeout: job.has('timeout-minutes'),
    reusable: job.has('uses'),
    steps: isSeq(steps) ? steps.items.flatMap(stepText) : []
  }
}

function modelOf(path: string, root: Root): WorkflowModel | string {
  if (!isMap(root)) return 'has no workflow in it: expected a map with on and jobs'
  const on = pairOf(root, 'on')?.value
  if (on === undefined) return 'has no "on" key, so nothing triggers it'
  const name: unknown = root.get('name')
  const jobs = pairOf(root, 'jobs')?.value
  const push = pairOf(on, 'push')
  return {
    path,
    name: typeof name === 'string' && name.trim() !== '' ? name : path,
    triggers: triggersOf(on),
    ...(push ? { push: plain(push.value) ?? null } : {}),
    schedule: scheduleOf(on),
    hasConcurrency: pairOf(root, 'concurrency') !== undefined,
    jobs: isMap(jobs) ? jobs.items.flatMap(p => jobOf(p) ?? []) : []
  }
}

/** Parses a workflow's text once; a text that is not a workflow gives an AuditError naming the file. */
export function readWorkflowModel(path: string, text: string): WorkflowModel | AuditError {
  const doc = parseDocument(text, { prettyErrors: true })
  const [error] = doc.errors
  if (error) {
    const at = error.linePos?.[0]
    const where = at ? ` (line ${at.line}, column ${at.col})` : ''
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')
    return { path, error: `not valid YAML${where}: ${reason}` }
  }
  const model = modelOf(path, doc.contents)
  return typeof model === 'string' ? { path, error: model } : model
}
