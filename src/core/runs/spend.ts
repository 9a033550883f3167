/**
 * What the recorded runs spent over a span of time (DESIGN §13 budgets in dollars or minutes): the billable minutes
 * and dollars of the runs created in it, priced from their jobs as the analytics price them (§10). A run whose jobs
 * are not recorded yet has no price: it is counted apart, never as 0.
 */
import { type RecordedApi } from './records.js'
import { jobsByRun, runFacts } from './run-figures.js'
import { DEFAULT_PRICES, type Prices } from './runner-pricing.js'

/** Minutes and dollars of the priced runs of a span, and how many runs it held without a price. */
export interface Spend {
  runs: number
  /** Runs of the span whose jobs are not recorded (still running, or not read yet). */
  unpriced: number
  billableMinutes: number
  dollars: number
}

/** What the runs created in [from, to] spent. */
export function spendBetween(
  api: RecordedApi,
  from: Date,
  to: Date,
  prices: Prices = DEFAULT_PRICES
): Spend {
  const jobs = jobsByRun(api.jobs)
  const runs = api.runs.filter(run => {
    const at = Date.parse(run.createdAt)
    return at >= from.getTime() && at <= to.getTime()
  })
  const facts = runs.map(run => runFacts(run, jobs.get(run.id) ?? [], prices))
  const priced = facts.filter(f => f.hasJobs)
  const micro = priced.reduce((sum, f) => sum + (f.microDollars ?? 0), 0)
  return {
    runs: runs.length,
    unpriced: runs.length - priced.length,
    billableMinutes: priced.reduce((sum, f) => sum + (f.billableMinutes ?? 0), 0),
    dollars: micro / 1e6
  }
}

/** Whether a span's spend is a figure at all: no runs (0), or at least one priced run (a lower bound if not all). */
export function spendKnown(spend: Spend): boolean {
  return spend.runs === 0 || spend.unpriced < spend.runs
}
