/**
 * The two questions a tick asks of a workflow's runs, each one small request: its latest runs (a run in flight, a
 * streak of failures), and the `workflow_dispatch` run created since a time that no tick has accounted for (a dispatch
 * that happened although its answer was lost, or a dead tick's).
 */
import { runFacts, runsToRead, type RunFacts } from '../../core/dispatch/run-facts.js'
import { type RunRecord, type WorkflowRuns } from '../../ports/workflow-runs.js'

const EVER = '2000-01-01T00:00:00Z'
/** Runner and GitHub clocks may differ by this much; a run created this long before a claim may still be its. */
export const CLOCK_SKEW_MS = 60_000

const later = (now: Date) => new Date(now.getTime() + 86_400_000).toISOString()

/** The workflow's latest runs and what they say; the runs are returned too, as runs that predate this tick. */
export async function readRunFacts(
  runs: Pick<WorkflowRuns, 'listRuns'>,
  path: string,
  context: { now: Date; pauseAfterFailures: number; resumedAt?: string }
): Promise<{ facts: RunFacts; seen: RunRecord[] }> {
  const listed = await runs.listRuns(path, {
    from: EVER,
    to: later(context.now),
    page: 1,
    perPage: runsToRead(context.pauseAfterFailures)
  })
  return { facts: runFacts(listed.items, context.resumedAt), seen: listed.items }
}

/**
 * The oldest `workflow_dispatch` run of the workflow created from `since` (less the clock skew) whose id is not in
 * `known`; undefined when there is none. The id found is added to `known`, so no run is claimed twice.
 */
export async function findDispatchedRun(
  runs: Pick<WorkflowRuns, 'listRuns'>,
  path: string,
  context: { since: string; now: Date; known: Set<number> }
): Promise<RunRecord | undefined> {
  const from = new Date(Date.parse(context.since) - CLOCK_SKEW_MS).toISOString()
  const listed = await runs.listRuns(path, {
    from,
    to: later(context.now),
    page: 1,
    perPage: 20,
    event: 'workflow_dispatch'
  })
  const found = listed.items
    .filter(r => !context.known.has(r.id))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id)[0]
  if (found) context.known.add(found.id)
  return found
}
