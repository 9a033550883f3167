/**
 * The figures the budgets are checked against (DESIGN §13): in the quota's unit, the period's usage and today's rise
 * (from the state's samples); in dollars and minutes, what the managed workflows' runs created today (UTC) and in the
 * period cost, priced from their recorded jobs (§10). A figure this run cannot know is missing, with the reason.
 */
import { spendBetween, spendKnown } from '../../core/runs/spend.js'
import { type RecordedApi } from '../../core/runs/records.js'
import { type Prices } from '../../core/runs/runner-pricing.js'
import {
  BUDGET_CAPS,
  dailyRise,
  dayStart,
  type MissingFigures,
  type SpendFigures
} from '../../core/usage/budgets.js'
import { type UsageReport, type UsageSample } from '../../core/usage/usage.js'

/** The figures, and why any is missing. */
export interface Figures {
  figures: SpendFigures
  missing: MissingFigures
}

const NO_SAMPLE =
  'no usage sample at or before 00:00 UTC today to measure the day’s rise from (the next run after midnight records one)'
const NO_JOBS =
  'the runs of the span have no jobs recorded yet (their cost is read once they finish)'

/** What the figures are read from. */
export interface FigureInput {
  usage: UsageReport
  now: Date
  observed?: RecordedApi
  notObserved?: string
  /** The config's `prices:` (absent: GitHub's), as the analytics price the same runs. */
  prices?: Prices
}

/** Every figure the run has, by cap and unit. */
export function spendFigures(input: FigureInput, samples: readonly UsageSample[]): Figures {
  const today = dailyRise(samples, input.usage.used, input.now)
  const figures: SpendFigures = {
    daily: today === undefined ? {} : { usage: today },
    period: { usage: input.usage.used }
  }
  const missing: MissingFigures = today === undefined ? { daily: { usage: NO_SAMPLE } } : {}
  const from = { daily: dayStart(input.now), period: input.usage.period.start }
  for (const cap of BUDGET_CAPS) {
    const spend = input.observed && spendBetween(input.observed, from[cap], input.now, input.prices)
    if (spend && spendKnown(spend)) {
      figures[cap] = { ...figures[cap], dollars: spend.dollars, minutes: spend.billableMinutes }
      continue
    }
    const why = spend ? NO_JOBS : (input.notObserved ?? 'the runs were not observed in this run')
    missing[cap] = { ...missing[cap], dollars: why, minutes: why }
  }
  return { figures, missing }
}
