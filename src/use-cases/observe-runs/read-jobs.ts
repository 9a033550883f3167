/**
 * Reads the jobs of the finished runs whose jobs are not recorded yet (DESIGN §10), newest first, one call a run
 * (`filter=latest`): a run's jobs are read once, after it finished; a run still going waits for the next run.
 */
import { runsAwaitingJobs } from '../../core/runs/run-store.js'
import { NotFoundError } from '../../ports/errors.js'
import { type WorkflowRuns } from '../../ports/workflow-runs.js'
import { type Ingestion } from './ingestion.js'

/** The finished runs created since `since` without jobs, across the workflows, newest first. */
export function awaitingJobs(ingestion: Ingestion, paths: readonly string[], since: number) {
  return paths
    .flatMap(path => runsAwaitingJobs(ingestion.records(path)).map(run => ({ path, run })))
    .filter(({ run }) => Date.parse(run.createdAt) >= since)
    .sort((a, b) => Date.parse(b.run.createdAt) - Date.parse(a.run.createdAt))
}

/** Reads the jobs of every run awaiting them; a run GitHub no longer has (404) is dropped from the records. */
export async function readJobs(
  runs: WorkflowRuns,
  ingestion: Ingestion,
  paths: readonly string[],
  since: number
): Promise<void> {
  for (const { path, run } of awaitingJobs(ingestion, paths, since)) {
    ingestion.at('jobs', path)
    try {
      const listed = await runs.listJobs(run.id)
      ingestion.addJobs(path, run, listed.items)
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error
      ingestion.dropRun(path, run.id)
    }
  }
}
