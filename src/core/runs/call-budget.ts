/**
 * The API calls of one run (DESIGN §10, §14; actions/stale's operations-per-run is the model): a limit the whole run
 * honours, and what each phase spent. A call is a request that costs rate limit: every attempt the client made,
 * retries included, except the 304 answers to conditional requests, which GitHub does not count.
 */

/** The client's counters at one moment. */
export interface CallTally {
  /** Every HTTP attempt, GraphQL included. */
  requests: number
  graphql: number
  /** 304 answers: free. */
  notModified: number
}

/** What one phase of a run spent. */
export interface PhaseCalls {
  phase: string
  /** Requests that cost rate limit (GraphQL queries included). */
  calls: number
  graphql: number
  notModified: number
}

/** The calls a tally stands for: every request but the free 304s. */
export function callsOf(tally: CallTally): number {
  return tally.requests - tally.notModified
}

/** What a phase spent, from the tallies before and after it. */
export function phaseCalls(phase: string, before: CallTally, after: CallTally): PhaseCalls {
  return {
    phase,
    calls: callsOf(after) - callsOf(before),
    graphql: after.graphql - before.graphql,
    notModified: after.notModified - before.notModified
  }
}

/** The phases together. */
export function totalCalls(phases: readonly PhaseCalls[]): Omit<PhaseCalls, 'phase'> {
  return phases.reduce(
    (sum, p) => ({
      calls: sum.calls + p.calls,
      graphql: sum.graphql + p.graphql,
      notModified: sum.notModified + p.notModified
    }),
    { calls: 0, graphql: 0, notModified: 0 }
  )
}

/** A limit on the calls of a whole run, read against a counter that only grows. */
export interface CallBudget {
  /** `max-api-calls`: the most calls the run may make. */
  limit: number
  /** The calls the run has made so far (all phases). */
  spent(): number
  /** What GitHub's last answer said is left of the rate limit; undefined before the first answer. */
  rateLimitRemaining?(): number | undefined
}

/** Why a run stops calling. */
export type CallStop = 'call-budget' | 'rate-limit'

/**
 * Whether one more call fits: `reserve` calls stay free for what must follow (the schedule part, saving what was
 * read), under the budget and under GitHub's rate limit alike. Undefined when it fits, else why not: the budget is
 * spent, or GitHub said no more than the reserve is left of the rate limit (waiting it out would hold the run up to an
 * hour).
 */
export function refusal(budget: CallBudget, reserve = 0): CallStop | undefined {
  if (budget.spent() + reserve >= budget.limit) return 'call-budget'
  const left = budget.rateLimitRemaining?.()
  if (left !== undefined && left <= reserve) return 'rate-limit'
  return undefined
}

/** Calls left under the limit after `reserve`, never below 0. */
export function callsLeft(budget: CallBudget, reserve = 0): number {
  return Math.max(0, budget.limit - budget.spent() - reserve)
}
