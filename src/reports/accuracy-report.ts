/**
 * The original tracker's accuracy report (seeds/001) for a summary of predictions and actuals: overall errors and
 * accuracy score, the interval's coverage, the trend, the error distribution and a per-workflow table; the backtest's
 * version adds what was replayed and each workflow's success rate.
 */
import { type AccuracyFigures, type AccuracySummary } from '../core/forecast/accuracy.js'
import { type BacktestSummary } from '../core/forecast/duration-backtest.js'
import { type SuccessRate } from '../core/forecast/success-rate.js'
import { count, decimal } from './format.js'

/** Points the accuracy score must move between the two trend windows to count as a change. */
const TREND_POINTS = 2

const percent = (share: number) => `${decimal(share * 100)}%`
const whole = (share: number) => `${Math.round(share * 100)}%`

/** Whether the accuracy score of the last 7 days moved from the 30 days before; null unless both have predictions. */
export function trendDirection(
  summary: AccuracySummary
): 'improving' | 'worsening' | 'steady' | null {
  const { recent, previous } = summary.trend
  if (!recent || !previous) return null
  const change = (recent.accuracyScore - previous.accuracyScore) * 100
  return change > TREND_POINTS ? 'improving' : change < -TREND_POINTS ? 'worsening' : 'steady'
}

/** `last 7 days 92.0% (12) vs previous 30 days 88.5% (40): improving`; empty without predictions in either. */
export function trendText(summary: AccuracySummary): string {
  const { recent, previous } = summary.trend
  const side = (label: string, f: AccuracyFigures | undefined) =>
    f ? `${label} ${percent(f.accuracyScore)} (${count(f.comparisons)})` : `${label} none`
  if (!recent && !previous) return ''
  const direction = trendDirection(summary)
  const word = direction ? `: ${direction}` : ''
  return `${side('last 7 days', recent)} vs ${side('previous 30 days', previous)}${word}`
}

function trendLine(summary: AccuracySummary): string[] {
  const text = trendText(summary)
  return text ? [`  Trend: ${text}`] : []
}

function overallLines(summary: AccuracySummary): string[] {
  return [
    '📈 Overall Prediction Accuracy',
    `  Total Comparisons: ${count(summary.comparisons)}`,
    `  Mean Error: ${decimal(summary.meanError)}%`,
    `  Median Error: ${decimal(summary.medianError)}%`,
    `  Overall Accuracy Score: ${percent(summary.accuracyScore)}`,
    `  80% Interval Coverage: ${percent(summary.coverage)} (mean width ${summary.meanWidth.toFixed(2)}× the estimate)`,
    `  Mean Confidence: ${percent(summary.meanConfidence)}`,
    ...trendLine(summary)
  ]
}

function distributionLines(summary: AccuracySummary): string[] {
  const { excellent, good, fair, poor } = summary.buckets
  const n = Math.max(summary.comparisons, 1)
  const row = (label: string, k: number) => `  ${label}${count(k)} (${whole(k / n)})`
  return [
    '📊 Accuracy Distribution:',
    row('Excellent (≤10% error): ', excellent),
    row('Good (10-25% error):    ', good),
    row('Fair (25-50% error):    ', fair),
    row('Poor (>50% error):      ', poor)
  ]
}

/** The per-workflow table; a success-rate column when rates are given. */
function workflowLines(
  summary: AccuracySummary,
  rates?: ReadonlyMap<string, SuccessRate>
): string[] {
  const width = Math.max(25, ...summary.workflows.map(w => w.workflow.length + 2))
  const rateCell = (workflow: string) => {
    const rate = rates?.get(workflow)
    return rate ? `   ${whole(rate.rate)} (${whole(rate.low)}–${whole(rate.high)})` : ''
  }
  const head = `${'Workflow'.padEnd(width)}${'Predictions'.padStart(11)}${'Mean Error'.padStart(13)}${'Accuracy'.padStart(11)}${'Coverage'.padStart(11)}${rates ? '   Success Rate (95%)' : ''}`
  const rows = summary.workflows.map(
    w =>
      `${w.workflow.padEnd(width)}${count(w.comparisons).padStart(11)}${`${decimal(w.meanError)}%`.padStart(13)}${whole(
        w.accuracyScore
      ).padStart(11)}${whole(w.coverage).padStart(11)}${rateCell(w.workflow)}`
  )
  return ['📋 Per-Workflow Accuracy:', head, '-'.repeat(head.length), ...rows]
}

/** The seed's accuracy report for predictions matched with actual runs. */
export function renderAccuracyReport(
  summary: AccuracySummary,
  rates?: ReadonlyMap<string, SuccessRate>
): string {
  const title = '📊 Workflow Execution Time Prediction Accuracy Report'
  if (summary.comparisons === 0) return `${title}\n\n  No predictions to compare yet.\n`
  const blocks = [overallLines(summary), distributionLines(summary), workflowLines(summary, rates)]
  return `${title}\n\n${blocks.map(b => b.join('\n')).join('\n\n')}\n`
}

/** The backtest's report: what was replayed, then the accuracy report with each workflow's success rate. */
export function renderBacktestReport(summary: BacktestSummary): string {
  const rates = new Map((summary.successRates ?? []).map(r => [r.workflow, r]))
  const replayed = [
    `🔁 Backtest: ${count(summary.runs)} finished runs replayed in time order, ${count(summary.successful)} successful;`,
    `   ${count(summary.comparisons)} predicted, ${count(summary.moreDataNeeded)} not (fewer than 5 earlier successful runs: more data needed)`
  ]
  return `${replayed.join('\n')}\n\n${renderAccuracyReport(summary, rates)}`
}
