/** Port: workflows, their runs and the runs' jobs (DESIGN §10). */

/** A workflow of the repository as GitHub lists it. */
export interface WorkflowInfo {
  id: number
  path: string
  name: string
  /** active, disabled_manually, disabled_inactivity, … */
  state: string
}

/** A run, compactly (DESIGN §10). Times are ISO strings. */
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

/** A job of a run, compactly. */
export interface JobRecord {
  runId: number
  name: string
  labels: string[]
  startedAt: string | null
  completedAt: string | null
  conclusion: string | null
}

/** One page of a list answered conditionally: `notModified` when the ETag still holds (no rate limit spent). */
export interface Listed<T> {
  items: T[]
  etag?: string
  notModified: boolean
  /** More pages follow. */
  more: boolean
}

export interface WorkflowRuns {
  listWorkflows(): Promise<WorkflowInfo[]>
  /** Runs of one workflow created in [from, to], newest first, one page (1-based) at a time. */
  listRuns(
    workflow: number | string,
    query: { from: string; to: string; page: number; etag?: string }
  ): Promise<Listed<RunRecord>>
  /** The latest attempt's jobs of a run. */
  listJobs(runId: number, etag?: string): Promise<Listed<JobRecord>>
}
