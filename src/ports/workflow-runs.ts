/** Port: workflows, their runs and the runs' jobs (DESIGN §10). The records are the core's (core/runs/records.ts). */
import type { JobRecord, RunRecord, WorkflowInfo } from '../core/runs/records.js'

export type { JobRecord, RunRecord, WorkflowInfo }

/** One page of a list answered conditionally: `notModified` when the ETag still holds (no rate limit spent). */
export interface Listed<T> {
  items: T[]
  etag?: string
  notModified: boolean
  /** More pages follow. */
  more: boolean
  /** How many items the whole query matches (GitHub's total_count, which may pass its 1,000-result cap), when known. */
  total?: number
}

/** Which runs of a workflow to list. */
export interface RunQuery {
  from: string
  to: string
  page: number
  etag?: string
  perPage?: number
  event?: string
}

export interface WorkflowRuns {
  listWorkflows(): Promise<WorkflowInfo[]>
  /**
   * Runs of one workflow (id, file name or path) created in [from, to], newest first, one page (1-based, 100 a page
   * unless `perPage` says fewer); `event` keeps the runs of one event (`workflow_dispatch`).
   */
  listRuns(workflow: number | string, query: RunQuery): Promise<Listed<RunRecord>>
  /** The latest attempt's jobs of a run, every page; the ETag is the first page's. */
  listJobs(runId: number, etag?: string): Promise<Listed<JobRecord>>
}
