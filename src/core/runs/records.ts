/**
 * Compact records of what ran (DESIGN §10): workflows, runs and jobs, read out of GitHub's Actions API objects.
 * The same readers serve the GitHub adapter (one response at a time) and recorded API JSON on disk: a list
 * response, the pages `gh api --paginate` prints back to back (or `--slurp`s into an array), a bare array, or a map
 * of id → object. A field that is missing or of the wrong type is an error naming where the object sits.
 */
import { ValidationError } from '../errors.js'
import { jsonValues } from './json-values.js'

/** A workflow of the repository as GitHub lists it. */
export interface WorkflowInfo {
  id: number
  path: string
  name: string
  /** active, disabled_manually, disabled_inactivity, …; `unknown` when only its runs were recorded. */
  state: string
}

/** A run, compactly. Times are ISO strings as GitHub wrote them. */
export interface RunRecord {
  id: number
  workflowId: number
  attempt: number
  event: string
  branch: string | null
  status: string | null
  conclusion: string | null
  createdAt: string
  startedAt: string | null
  updatedAt: string
}

/** A job of a run attempt, compactly. */
export interface JobRecord {
  id: number
  runId: number
  /** The run attempt the job belongs to. */
  attempt: number
  name: string
  /** The runner labels the job asked for (`ubuntu-latest`, `self-hosted`, a larger runner's name). */
  labels: string[]
  startedAt: string | null
  completedAt: string | null
  conclusion: string | null
}

/** Everything a recording holds. Runs newest first; workflows with explicit objects win over ones seen in runs. */
export interface RecordedApi {
  workflows: WorkflowInfo[]
  runs: RunRecord[]
  jobs: JobRecord[]
}

type Json = Record<string, unknown>
type Kind = 'run' | 'job' | 'workflow'

const HEADING = 'Unreadable GitHub API JSON'
const LISTS: Record<string, Kind> = { workflow_runs: 'run', jobs: 'job', workflows: 'workflow' }

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function shown(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 60)
}

/** Typed reads of one API object's fields; `place` names the object in errors. */
function fields(raw: unknown, place: string) {
  if (!isObject(raw))
    throw new ValidationError([`${place}: expected an object, got ${shown(raw)}`], HEADING)
  const wrong = (key: string, wanted: string) =>
    new ValidationError([`${place}: ${key} should be ${wanted}, got ${shown(raw[key])}`], HEADING)
  const text = (key: string): string => {
    if (typeof raw[key] !== 'string') throw wrong(key, 'a string')
    return raw[key] as string
  }
  const maybeText = (key: string): string | null => (raw[key] == null ? null : text(key))
  const time = (key: string): string => {
    const value = text(key)
    if (Number.isNaN(Date.parse(value))) throw wrong(key, 'an ISO 8601 time')
    return value
  }
  return {
    number: (key: string, fallback?: number): number => {
      if (raw[key] === undefined && fallback !== undefined) return fallback
      if (typeof raw[key] !== 'number' || !Number.isFinite(raw[key])) throw wrong(key, 'a number')
      return raw[key] as number
    },
    text,
    maybeText,
    time,
    maybeTime: (key: string): string | null => (raw[key] == null ? null : time(key)),
    texts: (key: string): string[] => {
      const value = raw[key] ?? []
      if (!Array.isArray(value) || value.some(v => typeof v !== 'string'))
        throw wrong(key, 'a list of strings')
      return value as string[]
    }
  }
}

/** A run object (`GET …/actions/runs`, `…/runs/{id}`) as a RunRecord. Without `run_attempt` it is the first. */
export function toRunRecord(raw: unknown, place: string): RunRecord {
  const f = fields(raw, place)
  return {
    id: f.number('id'),
    workflowId: f.number('workflow_id'),
    attempt: f.number('run_attempt', 1),
    event: f.text('event'),
    branch: f.maybeText('head_branch'),
    status: f.maybeText('status'),
    conclusion: f.maybeText('conclusion'),
    createdAt: f.time('created_at'),
    startedAt: f.maybeTime('run_started_at'),
    updatedAt: f.time('updated_at')
  }
}

/** A job object (`GET …/runs/{id}/jobs`) as a JobRecord. */
export function toJobRecord(raw: unknown, place: string): JobRecord {
  const f = fields(raw, place)
  return {
    id: f.number('id'),
    runId: f.number('run_id'),
    attempt: f.number('run_attempt', 1),
    name: f.text('name'),
    labels: f.texts('labels'),
    startedAt: f.maybeTime('started_at'),
    completedAt: f.maybeTime('completed_at'),
    conclusion: f.maybeText('conclusion')
  }
}

/** A workflow object (`GET …/actions/workflows`) as a WorkflowInfo. */
export function toWorkflowInfo(raw: unknown, place: string): WorkflowInfo {
  const f = fields(raw, place)
  return { id: f.number('id'), path: f.text('path'), name: f.text('name'), state: f.text('state') }
}

/** What an API object is, told by the fields only that kind has. */
function kindOf(value: Json): Kind | undefined {
  if ('run_id' in value && 'name' in value) return 'job'
  if ('workflow_id' in value && 'event' in value) return 'run'
  if ('path' in value && 'state' in value && 'id' in value) return 'workflow'
  return undefined
}

function listKey(value: Json): string | undefined {
  return Object.keys(LISTS).find(key => Array.isArray(value[key]))
}

/** Where an object sits: the page's line, then a path into it (`workflow_runs[4]`, `["8000161341"]`). */
function placeOf(page: string, path: string): string {
  return path === '' ? page : `${page}, ${path}`
}

/** Collects API objects by kind, remembering where each one sat. */
class Collector {
  readonly objects: Array<{ kind: Kind; raw: Json; place: string }> = []

  /** A top-level value: a list response, a bare array, one API object, or a map of id → object. */
  value(value: unknown, page: string): void {
    if (Array.isArray(value)) value.forEach((v, i) => this.item(v, page, `[${i}]`))
    else if (isObject(value) && (listKey(value) || kindOf(value))) this.item(value, page, '')
    else if (isObject(value)) {
      for (const [key, v] of Object.entries(value)) this.item(v, page, `["${key}"]`)
    } else throw new ValidationError([`${page}: expected an object or an array`], HEADING)
  }

  /** An element: a list response (`gh api --paginate --slurp` pages) or one API object. */
  private item(value: unknown, page: string, path: string): void {
    const list = isObject(value) ? listKey(value) : undefined
    if (isObject(value) && list) {
      const kind = LISTS[list] as Kind
      const items = value[list] as unknown[]
      items.forEach((v, i) =>
        this.object(v, kind, placeOf(page, `${path}${path && '.'}${list}[${i}]`))
      )
      return
    }
    const kind = isObject(value) ? kindOf(value) : undefined
    if (!kind) {
      const problem = `${placeOf(page, path)}: not a workflow run, a job or a workflow (${shown(value)})`
      throw new ValidationError([problem], HEADING)
    }
    this.object(value, kind, placeOf(page, path))
  }

  private object(raw: unknown, kind: Kind, place: string): void {
    if (!isObject(raw))
      throw new ValidationError([`${place}: expected an object, got ${shown(raw)}`], HEADING)
    this.objects.push({ kind, raw, place })
  }
}

/** The workflows a run object names (`workflow_id`, `path`, `name`), for recordings without workflow objects. */
function workflowOfRun(raw: Json): WorkflowInfo | undefined {
  const { workflow_id: id, path, name } = raw
  if (typeof id !== 'number' || typeof path !== 'string') return undefined
  return { id, path, name: typeof name === 'string' ? name : path, state: 'unknown' }
}

function newerRun(a: RunRecord | undefined, b: RunRecord): boolean {
  if (!a) return true
  if (a.attempt !== b.attempt) return b.attempt > a.attempt
  return Date.parse(b.updatedAt) >= Date.parse(a.updatedAt)
}

/** Combines recordings: a run seen twice keeps its latest attempt, a job its last copy, explicit workflows win. */
export function mergeRecordedApi(parts: readonly RecordedApi[]): RecordedApi {
  const runs = new Map<number, RunRecord>()
  const jobs = new Map<number, JobRecord>()
  const workflows = new Map<number, WorkflowInfo>()
  for (const part of parts) {
    for (const run of part.runs) if (newerRun(runs.get(run.id), run)) runs.set(run.id, run)
    for (const job of part.jobs) jobs.set(job.id, job)
    for (const w of part.workflows) {
      if (w.state !== 'unknown' || !workflows.has(w.id)) workflows.set(w.id, w)
    }
  }
  const newestFirst = (a: RunRecord, b: RunRecord) =>
    Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id
  return {
    workflows: [...workflows.values()].sort((a, b) => a.id - b.id),
    runs: [...runs.values()].sort(newestFirst),
    jobs: [...jobs.values()]
  }
}

/**
 * Reads recorded API JSON (`source` names it in errors: a file name). Throws a ValidationError naming the line of
 * the page that broke and the index or key of the object in it.
 */
export function parseRecordedApi(text: string, source: string): RecordedApi {
  const collector = new Collector()
  for (const { value, line } of jsonValues(text, source))
    collector.value(value, `${source} line ${line}`)
  const part: RecordedApi = { workflows: [], runs: [], jobs: [] }
  for (const { kind, raw, place } of collector.objects) {
    if (kind === 'job') part.jobs.push(toJobRecord(raw, place))
    if (kind === 'workflow') part.workflows.push(toWorkflowInfo(raw, place))
    if (kind !== 'run') continue
    part.runs.push(toRunRecord(raw, place))
    const workflow = workflowOfRun(raw)
    if (workflow) part.workflows.push(workflow)
  }
  return mergeRecordedApi([part])
}

/** The runs of recorded API JSON, newest first. */
export function parseRuns(text: string, source: string): RunRecord[] {
  return parseRecordedApi(text, source).runs
}

/** The jobs of recorded API JSON, in recorded order. */
export function parseJobs(text: string, source: string): JobRecord[] {
  return parseRecordedApi(text, source).jobs
}
