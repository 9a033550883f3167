/**
 * WorkflowRuns over recorded API JSON on disk (DESIGN §2, §10): the files `gh api --paginate …/actions/runs` and
 * `…/runs/{id}/jobs` print, or a folder of them, for the CLI's offline `analyze`, tests and the demo. It answers as
 * GitHub does: runs newest first in pages of 100, at most 1,000 results a query, the latest attempt's jobs, and
 * ETags that hold while the answer does.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage, ValidationError } from '../../core/errors.js'
import {
  mergeRecordedApi,
  parseRecordedApi,
  type JobRecord,
  type RecordedApi,
  type RunRecord
} from '../../core/runs/records.js'
import { NotFoundError } from '../../ports/errors.js'
import { type Listed, type RunQuery, type WorkflowRuns } from '../../ports/workflow-runs.js'

const PER_PAGE = 100
/** GitHub returns at most 1,000 results of one run query (total_count still counts them all). */
const RESULTS_CAP = 1000
const DAY = 86_400_000
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** A recording with its runs and jobs looked up by run id. */
interface Recording {
  api: RecordedApi
  runs: Map<number, RunRecord>
  jobs: Map<number, JobRecord[]>
  sources: string
}

/** The JSON files a path names: the file itself, or a folder's `*.json` files in name order. */
async function filesOf(where: string): Promise<string[]> {
  const info = await stat(where).catch((error: unknown) => {
    throw new NotFoundError(`No recorded API JSON at ${where}: ${errorMessage(error)}`, {
      cause: error
    })
  })
  if (!info.isDirectory()) return [where]
  const names = (await readdir(where)).filter(name => name.endsWith('.json')).sort()
  if (names.length === 0) throw new NotFoundError(`No .json files in ${where}`)
  return names.map(name => path.join(where, name))
}

/** Reads and merges every recording the paths name (files or folders). */
export async function loadRecordedApi(paths: readonly string[]): Promise<RecordedApi> {
  const files = (await Promise.all(paths.map(filesOf))).flat()
  const texts = await Promise.all(files.map(file => readFile(file, 'utf8')))
  return mergeRecordedApi(texts.map((text, i) => parseRecordedApi(text, files[i] as string)))
}

function indexed(api: RecordedApi, sources: string): Recording {
  const jobs = new Map<number, JobRecord[]>()
  for (const job of api.jobs) {
    const ofRun = jobs.get(job.runId) ?? []
    ofRun.push(job)
    jobs.set(job.runId, ofRun)
  }
  return { api, runs: new Map(api.runs.map(run => [run.id, run])), jobs, sources }
}

function etagOf(body: unknown): string {
  return `W/"${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 40)}"`
}

/** The answer, or notModified when the caller's ETag names it already. */
function answer<T>(items: T[], etag: string | undefined, more: boolean, total: number): Listed<T> {
  const tag = etagOf({ items, total })
  if (etag === tag) return { items: [], etag: tag, notModified: true, more, total }
  return { items, etag: tag, notModified: false, more, total }
}

/** The ids of the workflow named by id, file name or path (a path counts by its file name, as on GitHub). */
function workflowIds(recording: Recording, workflow: number | string): Set<number> {
  const file = typeof workflow === 'string' ? path.posix.basename(workflow) : undefined
  const ids = recording.api.workflows
    .filter(w => (file === undefined ? w.id === workflow : path.posix.basename(w.path) === file))
    .map(w => w.id)
  if (
    ids.length === 0 &&
    typeof workflow === 'number' &&
    recording.api.runs.some(r => r.workflowId === workflow)
  )
    ids.push(workflow)
  if (ids.length === 0)
    throw new NotFoundError(`No workflow ${workflow} in the recording (${recording.sources})`)
  return new Set(ids)
}

/** GitHub's `created=from..to`: a date covers its whole UTC day, a time is an instant; both ends included. */
function createdWithin(from: string, to: string): (createdAt: string) => boolean {
  const start = Date.parse(DATE.test(from) ? `${from}T00:00:00Z` : from)
  const end = DATE.test(to) ? Date.parse(`${to}T00:00:00Z`) + DAY - 1 : Date.parse(to)
  if (Number.isNaN(start) || Number.isNaN(end)) {
    throw new ValidationError([`created ${from}..${to}: from and to must be ISO dates or times`])
  }
  return createdAt => {
    const t = Date.parse(createdAt)
    return t >= start && t <= end
  }
}

function listRuns(
  recording: Recording,
  workflow: number | string,
  query: RunQuery
): Listed<RunRecord> {
  const ids = workflowIds(recording, workflow)
  const within = createdWithin(query.from, query.to)
  const matching = recording.api.runs.filter(
    r =>
      ids.has(r.workflowId) &&
      within(r.createdAt) &&
      (query.event === undefined || r.event === query.event)
  )
  const reachable = matching.slice(0, RESULTS_CAP)
  const size = query.perPage ?? PER_PAGE
  const items = reachable.slice((query.page - 1) * size, query.page * size)
  return answer(items, query.etag, query.page * size < reachable.length, matching.length)
}

/** The latest attempt's jobs: the run's attempt when the run was recorded, else the highest its jobs name. */
function listJobs(recording: Recording, runId: number, etag?: string): Listed<JobRecord> {
  const run = recording.runs.get(runId)
  const jobs = recording.jobs.get(runId) ?? []
  if (!run && jobs.length === 0)
    throw new NotFoundError(`No run ${runId} in the recording (${recording.sources})`)
  const latest = run?.attempt ?? Math.max(...jobs.map(j => j.attempt))
  const items = jobs.filter(j => j.attempt === latest)
  return answer(items, etag, false, items.length)
}

/**
 * The WorkflowRuns port over recorded API JSON: files or folders, read and parsed once, on first use. Unreadable
 * JSON is a ValidationError naming the file, the line and the object; a missing path a NotFoundError.
 */
export function recordedRuns(paths: string | readonly string[]): WorkflowRuns {
  const list = typeof paths === 'string' ? [paths] : [...paths]
  let loading: Promise<Recording> | undefined
  const load = () => (loading ??= loadRecordedApi(list).then(api => indexed(api, list.join(', '))))
  return {
    listWorkflows: async () => (await load()).api.workflows,
    listRuns: async (workflow, query) => listRuns(await load(), workflow, query),
    listJobs: async (runId, etag) => listJobs(await load(), runId, etag)
  }
}
