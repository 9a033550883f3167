/** What one ingestion has read so far: the store as it grows, what it counted, and where it got to. */
import { type JobRecord, type RunRecord } from '../../core/runs/records.js'
import {
  mergeRuns,
  recordsOf,
  withJobs,
  withListed,
  withoutRun,
  withRecords,
  type ListedSpan,
  type RunStore,
  type WorkflowRecords
} from '../../core/runs/run-store.js'

/** The step an ingestion is at, for saying how far it got: the workflow and the time it listed back to. */
export interface Position {
  step: 'runs' | 'jobs'
  workflow: string
  /** Runs: listed back to this creation time; jobs: read for the runs created back to this time. */
  upTo?: string
}

/** The store as an ingestion changes it, with its counts. */
export class Ingestion {
  newRuns = 0
  jobsRead = 0
  notModified = 0
  readonly missing: string[] = []
  position: Position | undefined
  private jobsUpTo: string | undefined

  constructor(public store: RunStore) {}

  records(path: string): WorkflowRecords {
    return recordsOf(this.store, path)
  }

  /** Runs a page listed, and the span of creation times it shows listed (none when it shows no whole span). */
  addRuns(path: string, runs: readonly RunRecord[], listed?: ListedSpan): void {
    const merged = mergeRuns(
      this.records(path),
      runs.map(run => ({ run, jobs: null }))
    )
    this.newRuns += merged.added
    this.store = withRecords(
      this.store,
      listed ? withListed(merged.records, listed) : merged.records
    )
    if (listed) this.position = { step: 'runs', workflow: path, upTo: listed.from }
  }

  keepEtag(path: string, from: string, value: string): void {
    this.store = withRecords(this.store, { ...this.records(path), etag: { from, value } })
  }

  addJobs(path: string, run: RunRecord, jobs: readonly JobRecord[]): void {
    this.store = withRecords(this.store, withJobs(this.records(path), run.id, jobs))
    this.jobsRead += 1
    this.jobsUpTo = run.createdAt
  }

  dropRun(path: string, runId: number): void {
    this.store = withRecords(this.store, withoutRun(this.records(path), runId))
  }

  /** Marks where the next call goes: a window of runs (listed back to its end so far), or a run's jobs. */
  at(step: Position['step'], workflow: string, windowEnd?: string): void {
    const upTo = step === 'runs' ? windowEnd : this.jobsUpTo
    this.position = { step, workflow, ...(upTo === undefined ? {} : { upTo }) }
  }
}
