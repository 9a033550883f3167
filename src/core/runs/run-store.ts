/**
 * What the state branch keeps of the managed workflows' runs (DESIGN §10), so that a run lists only what is new: the
 * runs and their jobs as compact records, the creation times in which every run was listed, and the ETag of the last
 * query for new runs. Bounded: the runs of the last 90 days (or of the analytics window, when longer), at most 500 a
 * workflow. Pure: times come in, nothing is read or written here.
 */
import { type JobRecord, type RunRecord } from './records.js'
import {
  boundPredictions,
  mergePredictions,
  withPredictions,
  type StoredPrediction
} from './stored-predictions.js'

export type { StoredPrediction } from './stored-predictions.js'

/** A run and the jobs of its latest attempt; jobs null until they are read (a run in progress, or not reached yet). */
export interface StoredRun {
  run: RunRecord
  jobs: JobRecord[] | null
}

/** Creation times from `from` to `to` (ISO, both included) in which every run of a workflow was listed. */
export interface ListedSpan {
  from: string
  to: string
}

/** One workflow's records. */
export interface WorkflowRecords {
  /** The workflow file, as the config names it. */
  path: string
  /** GitHub's id of the workflow, once a run named it. */
  workflowId?: number
  /** Oldest first, disjoint. */
  listed: ListedSpan[]
  /** The ETag of the first page of the last query for new runs, with the `from` of that query. */
  etag?: { from: string; value: string }
  /** Newest first. */
  runs: StoredRun[]
  /** The tracker's predictions, oldest occurrence first; absent when there are none. */
  predictions?: StoredPrediction[]
}

/** Every workflow's records. */
export interface RunStore {
  workflows: WorkflowRecords[]
}

/** How much the store keeps. */
export interface RunLimits {
  /** Runs created in the last this many days… */
  days: number
  /** …and at most this many runs a workflow, the newest. */
  runs: number
}

export const DEFAULT_RUN_LIMITS: RunLimits = { days: 90, runs: 500 }

const DAY_MS = 86_400_000
/** A run still going after this long no longer holds the next query back (GitHub cancels queued runs after 24 h). */
const STILL_RUNNING_MS = 3 * DAY_MS

/** The query for new runs is asked again (for its ETag) while it matches fewer runs than this. */
const QUERY_KEPT_RUNS = 50

const ms = (time: string) => Date.parse(time)

/** An instant as GitHub writes times: whole seconds, UTC. */
export function isoSeconds(at: number): string {
  return new Date(Math.floor(at / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

/** A store with nothing in it. */
export function emptyRunStore(): RunStore {
  return { workflows: [] }
}

/** The records of one workflow; empty ones when the store has none. */
export function recordsOf(store: RunStore, path: string): WorkflowRecords {
  return store.workflows.find(w => w.path === path) ?? { path, listed: [], runs: [] }
}

/** The store with one workflow's records replaced (or added). */
export function withRecords(store: RunStore, records: WorkflowRecords): RunStore {
  const others = store.workflows.filter(w => w.path !== records.path)
  return { workflows: [...others, records].sort((a, b) => a.path.localeCompare(b.path)) }
}

function newestFirst(a: StoredRun, b: StoredRun): number {
  return ms(b.run.createdAt) - ms(a.run.createdAt) || b.run.id - a.run.id
}

/** Whether a run has finished: only then are its jobs final. */
export function isFinished(run: RunRecord): boolean {
  return run.status === 'completed' || (run.status === null && run.conclusion !== null)
}

/**
 * Which of two copies of a run to keep: the later attempt (a re-run replaces the earlier attempt), else the one
 * updated last, else `b`. Jobs stay with the attempt they belong to; a copy without jobs takes the other's jobs of
 * the same attempt when that one is finished.
 */
export function laterCopy(a: StoredRun | undefined, b: StoredRun): StoredRun {
  if (!a) return b
  if (a.run.attempt !== b.run.attempt) return b.run.attempt > a.run.attempt ? b : a
  const kept = ms(a.run.updatedAt) > ms(b.run.updatedAt) ? a : b
  const other = kept === a ? b : a
  if (kept.jobs === null && other.jobs !== null && isFinished(other.run))
    return { run: kept.run, jobs: other.jobs }
  return kept
}

/** Runs merged into a workflow's records; `added` counts the ones it did not hold before. */
export function mergeRuns(
  records: WorkflowRecords,
  incoming: readonly StoredRun[]
): { records: WorkflowRecords; added: number } {
  const byId = new Map(records.runs.map(r => [r.run.id, r]))
  let added = 0
  for (const copy of incoming) {
    const held = byId.get(copy.run.id)
    if (!held) added += 1
    byId.set(copy.run.id, laterCopy(held, copy))
  }
  const workflowId = records.workflowId ?? incoming[0]?.run.workflowId
  const runs = [...byId.values()].sort(newestFirst)
  return {
    records: { ...records, ...(workflowId === undefined ? {} : { workflowId }), runs },
    added
  }
}

/** The jobs of a run's latest attempt recorded; a run the records do not hold is left alone. */
export function withJobs(
  records: WorkflowRecords,
  runId: number,
  jobs: readonly JobRecord[]
): WorkflowRecords {
  const runs = records.runs.map(r => (r.run.id === runId ? { run: r.run, jobs: [...jobs] } : r))
  return { ...records, runs }
}

/** A run GitHub no longer has (its jobs answer 404) taken out of the records. */
export function withoutRun(records: WorkflowRecords, runId: number): WorkflowRecords {
  return { ...records, runs: records.runs.filter(r => r.run.id !== runId) }
}

/** Spans joined: overlapping or touching spans become one; oldest first. */
export function joinSpans(spans: readonly ListedSpan[]): ListedSpan[] {
  const sorted = [...spans].sort((a, b) => ms(a.from) - ms(b.from))
  const joined: ListedSpan[] = []
  for (const span of sorted) {
    const last = joined.at(-1)
    if (last && ms(span.from) <= ms(last.to)) {
      if (ms(span.to) > ms(last.to)) joined[joined.length - 1] = { from: last.from, to: span.to }
    } else joined.push({ ...span })
  }
  return joined
}

/** The records with one more span listed. */
export function withListed(records: WorkflowRecords, span: ListedSpan): WorkflowRecords {
  return { ...records, listed: joinSpans([...records.listed, span]) }
}

/**
 * What a page of a window's runs (newest first) shows listed: the whole window once its last page is read, else from
 * the oldest run on the page to the window's end. Runs created in the same second as that oldest one may sit on the
 * next page; the next query starts at that second again, so none is missed.
 */
export function listedByPage(
  window: ListedSpan,
  runs: readonly RunRecord[],
  last: boolean
): ListedSpan | undefined {
  if (last) return window
  const oldest = runs.reduce((min, r) => Math.min(min, ms(r.createdAt)), Infinity)
  return Number.isFinite(oldest) ? { from: isoSeconds(oldest), to: window.to } : undefined
}

/**
 * Where the next query for new runs starts. While it matches fewer than 50 runs the query of the last run is asked
 * again, so that on a day with nothing new its ETag still holds and GitHub answers 304 at no cost; then it moves up
 * to the newest run listed (a run GitHub shows a little late is still found). Either way it is held back to the
 * oldest run still going (not older than three days), whose end is still to be read. Undefined when nothing was
 * listed yet.
 */
export function newRunsFrom(records: WorkflowRecords, now: Date): string | undefined {
  const latest = records.listed.at(-1)
  if (!latest) return undefined
  const inLatest = records.runs.filter(
    r => ms(r.run.createdAt) >= ms(latest.from) && ms(r.run.createdAt) <= ms(latest.to)
  )
  const going = inLatest
    .filter(r => !isFinished(r.run) && now.getTime() - ms(r.run.createdAt) < STILL_RUNNING_MS)
    .reduce((min, r) => Math.min(min, ms(r.run.createdAt)), Infinity)
  const kept = records.etag?.from
  const keep =
    kept !== undefined &&
    ms(kept) >= ms(latest.from) &&
    ms(kept) <= going &&
    inLatest.filter(r => ms(r.run.createdAt) >= ms(kept)).length < QUERY_KEPT_RUNS
  if (keep) return kept
  const newest = inLatest[0]?.run.createdAt ?? latest.from
  return ms(newest) <= going ? newest : isoSeconds(going)
}

/** A window of creation times to list; `fresh` for the query of new runs (the one whose ETag is kept). */
export interface ListWindow extends ListedSpan {
  fresh: boolean
}

/**
 * The windows still to list for analytics over the `days` before `now`, newest first: the new runs, then the holes a
 * stopped run left, then the older runs of the window not listed yet.
 */
export function windowsToList(records: WorkflowRecords, now: Date, days: number): ListWindow[] {
  const to = isoSeconds(now.getTime())
  const horizon = now.getTime() - days * DAY_MS
  const spans = records.listed
  const first = spans[0]
  if (!first) return [{ from: isoSeconds(horizon), to, fresh: true }]
  const windows: ListWindow[] = [{ from: newRunsFrom(records, now) ?? first.from, to, fresh: true }]
  for (let i = spans.length - 2; i >= 0; i--) {
    const [older, newer] = [spans[i] as ListedSpan, spans[i + 1] as ListedSpan]
    if (ms(newer.from) <= horizon) break
    windows.push({
      from: isoSeconds(Math.max(ms(older.to), horizon)),
      to: newer.from,
      fresh: false
    })
  }
  if (ms(first.from) > horizon)
    windows.push({ from: isoSeconds(horizon), to: first.from, fresh: false })
  return windows
}

/** Finished runs whose jobs were not read yet, newest first. */
export function runsAwaitingJobs(records: WorkflowRecords): RunRecord[] {
  return records.runs.filter(r => r.jobs === null && isFinished(r.run)).map(r => r.run)
}

/** One workflow's records cut to the limits: older runs and spans dropped, the newest `runs` runs kept. */
export function boundRecords(
  records: WorkflowRecords,
  now: Date,
  limits: RunLimits
): WorkflowRecords {
  const cutoff = now.getTime() - limits.days * DAY_MS
  const runs = records.runs.filter(r => ms(r.run.createdAt) >= cutoff).slice(0, limits.runs)
  const listed = records.listed
    .filter(s => ms(s.to) >= cutoff)
    .map(s => (ms(s.from) >= cutoff ? s : { from: isoSeconds(cutoff), to: s.to }))
  const predictions = boundPredictions(records.predictions ?? [], runs, cutoff)
  return withPredictions({ ...records, listed, runs }, predictions)
}

/** The store cut to the limits; workflows left with nothing are dropped. */
export function boundStore(store: RunStore, now: Date, limits: RunLimits): RunStore {
  return {
    workflows: store.workflows
      .map(w => boundRecords(w, now, limits))
      .filter(w => w.runs.length > 0 || w.listed.length > 0)
  }
}

/**
 * Two stores in one, for two runs that wrote at once: every run of either (the later copy of each), every span either
 * listed, and our ETag. Both are true records of GitHub, so nothing either read is lost.
 */
export function mergeStores(theirs: RunStore, ours: RunStore): RunStore {
  const paths = [...new Set([...theirs.workflows, ...ours.workflows].map(w => w.path))]
  return {
    workflows: paths.sort().map(path => {
      const [a, b] = [recordsOf(theirs, path), recordsOf(ours, path)]
      const merged = mergeRuns(a, b.runs).records
      const etag = b.etag ?? a.etag
      const listed = joinSpans([...a.listed, ...b.listed])
      return withPredictions(
        { ...merged, listed, ...(etag ? { etag } : {}) },
        mergePredictions(a.predictions, b.predictions)
      )
    })
  }
}
