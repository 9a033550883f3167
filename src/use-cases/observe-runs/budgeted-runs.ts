/**
 * The runs port with the run's call budget in front (DESIGN §10): a call that would pass `max-api-calls` (less what
 * saving needs afterwards), or that GitHub's spent rate limit would hold up, is refused before it is made.
 */
import { refusal, type CallBudget, type CallStop } from '../../core/runs/call-budget.js'
import { RateLimitError } from '../../ports/errors.js'
import { type WorkflowRuns } from '../../ports/workflow-runs.js'

/** Ingestion stops here: the budget is spent or the rate limit is; what was read is kept. */
export class CallsStopped extends Error {
  constructor(
    readonly reason: CallStop,
    options?: { cause?: unknown }
  ) {
    super(
      reason === 'call-budget' ? 'the call budget is spent' : 'the rate limit is spent',
      options
    )
    this.name = 'CallsStopped'
  }
}

/** The port with each call checked against the budget first; a rate-limit refusal becomes CallsStopped too. */
export function budgeted(runs: WorkflowRuns, budget: CallBudget, reserve: number): WorkflowRuns {
  const call = async <T>(work: () => Promise<T>): Promise<T> => {
    const stop = refusal(budget, reserve)
    if (stop) throw new CallsStopped(stop)
    try {
      return await work()
    } catch (error) {
      if (error instanceof RateLimitError) throw new CallsStopped('rate-limit', { cause: error })
      throw error
    }
  }
  return {
    listWorkflows: () => call(() => runs.listWorkflows()),
    listRuns: (workflow, query) => call(() => runs.listRuns(workflow, query)),
    listJobs: (runId, etag) => call(() => runs.listJobs(runId, etag))
  }
}
