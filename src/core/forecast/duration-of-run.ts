/**
 * How long a run took (DESIGN §10, §11): from its jobs when they were recorded (the last completion minus the first
 * start, over the jobs of the run's own attempt that ran), else the run's own `updated_at − run_started_at`.
 */
import { type JobRecord, type RunRecord } from '../runs/records.js'

/** The jobs of each run, by run id. */
export function jobsByRun(jobs: readonly JobRecord[]): Map<number, JobRecord[]> {
  const byRun = new Map<number, JobRecord[]>()
  for (const job of jobs) {
    const list = byRun.get(job.runId)
    if (list) list.push(job)
    else byRun.set(job.runId, [job])
  }
  return byRun
}

/** The span of the jobs that ran (skipped ones have no real times), in ms; undefined when none did. */
function jobSpan(run: RunRecord, jobs: readonly JobRecord[]): number | undefined {
  let first = Infinity
  let last = -Infinity
  for (const job of jobs) {
    if (job.attempt !== run.attempt || job.conclusion === 'skipped') continue
    if (job.startedAt === null || job.completedAt === null) continue
    first = Math.min(first, Date.parse(job.startedAt))
    last = Math.max(last, Date.parse(job.completedAt))
  }
  return last >= first ? last - first : undefined
}

/** Whether the run has finished: completed, or recorded without a status but with a conclusion. */
export function isFinished(run: RunRecord): boolean {
  return run.status === 'completed' || (run.status === null && run.conclusion !== null)
}

/**
 * The run's duration in seconds, or undefined while it has not finished (or its times make no sense). `jobs` are
 * the run's jobs (any attempt; only the run's own attempt counts).
 */
export function runDurationSeconds(
  run: RunRecord,
  jobs: readonly JobRecord[] = []
): number | undefined {
  if (!isFinished(run)) return undefined
  const span = jobSpan(run, jobs)
  if (span !== undefined) return span / 1000
  const ms = Date.parse(run.updatedAt) - Date.parse(run.startedAt ?? run.createdAt)
  return Number.isFinite(ms) && ms >= 0 ? ms / 1000 : undefined
}
