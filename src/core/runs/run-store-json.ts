/**
 * The run records' file on the state branch (`orchestrator/runs.json`), compact so that hundreds of runs a workflow
 * stay far below the 1 MB the Contents API serves: a run is one row of values (the `columns` say which), its times
 * after its creation in seconds, its jobs' names and runner labels numbered once per workflow. One run a line. The
 * tracker's predictions (DESIGN §11), when there are any, are rows too: the occurrence, made so many seconds before it,
 * the estimate, the 80% interval, the confidence and the run that answered it (null until one did).
 *
 * ```json
 * {"version": 1,
 *  "columns": {"run": ["id", "attempt", …, "jobs"], "job": ["id", "attempt", "name", …]},
 *  "workflows": [{"path": ".github/workflows/nightly.yml", "id": 50517269,
 *    "listed": [["2024-01-23T16:00:00Z", "2024-02-22T16:00:00Z"]], "etag": {"from": "…", "value": "W/\"…\""},
 *    "names": ["build"], "labels": [["ubuntu-latest"]],
 *    "predictions": [["2024-02-22T06:00:00Z", 50400, 601, 570.2, 660, 0.93, 8000161341]],
 *    "runs": [[8000161341, 2, "schedule", "main", "completed", "success", "2024-02-22T06:03:40Z", 3600, 4200,
 *              [[21950893011, 2, 0, 0, 3610, 4190, "success"]]]]}]}
 * ```
 */
import { ValidationError } from '../errors.js'
import { type JobRecord, type RunRecord } from './records.js'
import {
  boundStore,
  DEFAULT_RUN_LIMITS,
  isoSeconds,
  joinSpans,
  type RunLimits,
  type RunStore,
  type StoredPrediction,
  type StoredRun,
  type WorkflowRecords
} from './run-store.js'

export const RUN_COLUMNS = [
  'id',
  'attempt',
  'event',
  'branch',
  'status',
  'conclusion',
  'created',
  'startedAfter',
  'updatedAfter',
  'jobs'
] as const
/** The tracker's predictions (DESIGN §11): made `madeBefore` seconds before the occurrence `due`. */
export const PREDICTION_COLUMNS = [
  'due',
  'madeBefore',
  'predicted',
  'low',
  'high',
  'confidence',
  'runId'
] as const
export const JOB_COLUMNS = [
  'id',
  'attempt',
  'name',
  'labels',
  'startedAfter',
  'completedAfter',
  'conclusion'
] as const

/** Below the 1 MB (1,048,576 bytes) the Contents API returns a file's content for; multi-byte text left room. */
export const MAX_CHARS = 800_000

const HEADING = 'Unreadable run records'

/** The file was written by a newer version of the action: it is left as it is. */
export class NewerRunStoreError extends ValidationError {}

type Row = unknown[]

/** Seconds from `from` to `time`; null stays null. */
function after(from: string, time: string | null): number | null {
  return time === null ? null : Math.round((Date.parse(time) - Date.parse(from)) / 1000)
}

function at(from: string, seconds: number | null): string | null {
  return seconds === null ? null : isoSeconds(Date.parse(from) + seconds * 1000)
}

/** Numbers each distinct value once, in order of first use. */
function numbering<T>(key: (value: T) => string) {
  const index = new Map<string, number>()
  const values: T[] = []
  return {
    of(value: T): number {
      const k = key(value)
      if (!index.has(k)) index.set(k, values.push(value) - 1)
      return index.get(k) as number
    },
    values
  }
}

function workflowJson(w: WorkflowRecords) {
  const names = numbering<string>(n => n)
  const labels = numbering<string[]>(l => JSON.stringify(l))
  const jobRow = (created: string, j: JobRecord): Row => [
    j.id,
    j.attempt,
    names.of(j.name),
    labels.of(j.labels),
    after(created, j.startedAt),
    after(created, j.completedAt),
    j.conclusion
  ]
  const runs = w.runs.map(({ run, jobs }) => [
    ...[run.id, run.attempt, run.event, run.branch, run.status, run.conclusion, run.createdAt],
    after(run.createdAt, run.startedAt),
    after(run.createdAt, run.updatedAt),
    jobs && jobs.map(j => jobRow(run.createdAt, j))
  ])
  return {
    path: w.path,
    ...(w.workflowId === undefined ? {} : { id: w.workflowId }),
    listed: w.listed.map(s => [s.from, s.to]),
    ...(w.etag ? { etag: w.etag } : {}),
    names: names.values,
    labels: labels.values,
    ...(w.predictions?.length ? { predictions: w.predictions.map(predictionRow) } : {}),
    runs
  }
}

function predictionRow(p: StoredPrediction): Row {
  const { due, predicted, low, high, confidence } = p
  return [due, -(after(due, p.madeAt) ?? 0), predicted, low, high, confidence, p.runId ?? null]
}

/** The file's text: readable keys, one run a line. */
export function serializeRunStore(store: RunStore): string {
  const workflows = store.workflows.map(w => {
    const { runs, ...rest } = workflowJson(w)
    const head = JSON.stringify(rest).slice(0, -1)
    const rows = runs.map(r => `    ${JSON.stringify(r)}`).join(',\n')
    return `  ${head},"runs":[${rows ? `\n${rows}\n  ` : ''}]}`
  })
  const tracked = store.workflows.some(w => w.predictions?.length)
  const columns = JSON.stringify({
    run: RUN_COLUMNS,
    job: JOB_COLUMNS,
    ...(tracked ? { prediction: PREDICTION_COLUMNS } : {})
  })
  return `{"version":1,"columns":${columns},"workflows":[\n${workflows.join(',\n')}\n]}\n`
}

/**
 * The text of a store within `limits` and `maxChars`: when the bounded store is still too long, fewer runs a workflow
 * are kept (the oldest go first) until it fits.
 */
export function fitRunStore(
  store: RunStore,
  now: Date,
  limits: RunLimits = DEFAULT_RUN_LIMITS,
  maxChars = MAX_CHARS
): { store: RunStore; text: string } {
  let runs = limits.runs
  for (;;) {
    const bounded = boundStore(store, now, { ...limits, runs })
    const text = serializeRunStore(bounded)
    if (text.length <= maxChars || runs === 0) return { store: bounded, text }
    const most = Math.max(0, ...bounded.workflows.map(w => w.runs.length))
    runs = Math.max(0, Math.min(most - 1, Math.floor((most * maxChars) / text.length / 1.05)))
  }
}

/** Typed reads of one row or object; a wrong value is a problem naming where it sits. */
function reader(where: string) {
  const wrong = (what: string, wanted: string, got: unknown) =>
    new ValidationError(
      [`${where}: ${what} should be ${wanted}, got ${JSON.stringify(got)?.slice(0, 60)}`],
      HEADING
    )
  const number = (value: unknown, what: string): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw wrong(what, 'a number', value)
    return value
  }
  const text = (value: unknown, what: string): string => {
    if (typeof value !== 'string') throw wrong(what, 'a string', value)
    return value
  }
  const time = (value: unknown, what: string): string => {
    if (Number.isNaN(Date.parse(text(value, what)))) throw wrong(what, 'an ISO 8601 time', value)
    return value as string
  }
  return {
    wrong,
    number,
    text,
    time,
    maybeNumber: (value: unknown, what: string) => (value === null ? null : number(value, what)),
    maybeText: (value: unknown, what: string) => (value === null ? null : text(value, what)),
    list: (value: unknown, what: string): unknown[] => {
      if (!Array.isArray(value)) throw wrong(what, 'a list', value)
      return value
    }
  }
}

function readJob(
  row: unknown,
  run: RunRecord,
  table: { names: string[]; labels: string[][] },
  where: string
): JobRecord {
  const r = reader(where)
  const [id, attempt, name, labels, started, completed, conclusion] = r.list(row, 'the job')
  const nameOf = table.names[r.number(name, 'name')]
  const labelsOf = table.labels[r.number(labels, 'labels')]
  if (nameOf === undefined) throw r.wrong('name', 'an index into names', name)
  if (labelsOf === undefined) throw r.wrong('labels', 'an index into labels', labels)
  return {
    id: r.number(id, 'id'),
    runId: run.id,
    attempt: r.number(attempt, 'attempt'),
    name: nameOf,
    labels: [...labelsOf],
    startedAt: at(run.createdAt, r.maybeNumber(started, 'startedAfter')),
    completedAt: at(run.createdAt, r.maybeNumber(completed, 'completedAfter')),
    conclusion: r.maybeText(conclusion, 'conclusion')
  }
}

function readRun(
  row: unknown,
  workflowId: number,
  table: { names: string[]; labels: string[][] },
  where: string
): StoredRun {
  const r = reader(where)
  const values = r.list(row, 'the run')
  const [id, attempt, event, branch, status, conclusion, created, started, updated, jobs] = values
  const createdAt = r.time(created, 'created')
  const run: RunRecord = {
    id: r.number(id, 'id'),
    workflowId,
    attempt: r.number(attempt, 'attempt'),
    event: r.text(event, 'event'),
    branch: r.maybeText(branch, 'branch'),
    status: r.maybeText(status, 'status'),
    conclusion: r.maybeText(conclusion, 'conclusion'),
    createdAt,
    startedAt: at(createdAt, r.maybeNumber(started, 'startedAfter')),
    updatedAt: at(createdAt, r.number(updated, 'updatedAfter')) as string
  }
  const jobRows = jobs === null || jobs === undefined ? null : r.list(jobs, 'jobs')
  return {
    run,
    jobs: jobRows && jobRows.map((j, i) => readJob(j, run, table, `${where} jobs[${i}]`))
  }
}

function readPrediction(row: unknown, where: string): StoredPrediction {
  const r = reader(where)
  const [due, madeBefore, predicted, low, high, confidence, runId] = r.list(row, 'the prediction')
  const at = r.time(due, 'due')
  const id = r.maybeNumber(runId ?? null, 'runId')
  return {
    due: at,
    madeAt: isoSeconds(Date.parse(at) - r.number(madeBefore, 'madeBefore') * 1000),
    predicted: r.number(predicted, 'predicted'),
    low: r.number(low, 'low'),
    high: r.number(high, 'high'),
    confidence: r.number(confidence, 'confidence'),
    ...(id === null ? {} : { runId: id })
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readWorkflow(raw: unknown, where: string): WorkflowRecords {
  const r = reader(where)
  if (!isRecord(raw)) throw r.wrong('the workflow', 'an object', raw)
  const path = r.text(raw.path, 'path')
  const workflowId = raw.id === undefined ? undefined : r.number(raw.id, 'id')
  const names = r.list(raw.names ?? [], 'names').map((n, i) => r.text(n, `names[${i}]`))
  const labels = r
    .list(raw.labels ?? [], 'labels')
    .map((l, i) => r.list(l, `labels[${i}]`).map(v => r.text(v, `labels[${i}]`)))
  const listed = r.list(raw.listed ?? [], 'listed').map((s, i) => {
    const [from, to] = r.list(s, `listed[${i}]`)
    return { from: r.time(from, `listed[${i}] from`), to: r.time(to, `listed[${i}] to`) }
  })
  const etag = isRecord(raw.etag)
    ? { from: r.time(raw.etag.from, 'etag.from'), value: r.text(raw.etag.value, 'etag.value') }
    : undefined
  const runs = r
    .list(raw.runs ?? [], 'runs')
    .map((row, i) => readRun(row, workflowId ?? 0, { names, labels }, `${where} runs[${i}]`))
  const predictions = r
    .list(raw.predictions ?? [], 'predictions')
    .map((row, i) => readPrediction(row, `${where} predictions[${i}]`))
  return {
    path,
    ...(workflowId === undefined ? {} : { workflowId }),
    listed: joinSpans(listed),
    ...(etag ? { etag } : {}),
    runs,
    ...(predictions.length > 0 ? { predictions } : {})
  }
}

/** Reads the file; `name` says where it lives, for messages. A newer version than this one reads is an error. */
export function parseRunStore(text: string, name: string): RunStore {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new ValidationError([`${name} is not JSON: ${(error as Error).message}`], HEADING)
  }
  if (!isRecord(raw) || !Array.isArray(raw.workflows))
    throw new ValidationError([`${name} should be an object with a workflows list`], HEADING)
  if (typeof raw.version === 'number' && raw.version > 1)
    throw new NewerRunStoreError(
      [
        `${name} has version ${raw.version}; this version of the action reads version 1 — update the action`
      ],
      HEADING
    )
  if (raw.version !== 1)
    throw new ValidationError(
      [`${name} should have version 1, got ${JSON.stringify(raw.version)}`],
      HEADING
    )
  return {
    workflows: raw.workflows.map((w, i) => readWorkflow(w, `${name} workflows[${i}]`))
  }
}
