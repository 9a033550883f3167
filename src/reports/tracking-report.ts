/**
 * The tracker in the action's views (DESIGN §11): what this run predicted and matched, the accuracy of the predictions
 * matched with finished runs — overall and per workflow: mean and median error, the accuracy score, the seed's buckets,
 * the 80% interval's coverage —, the trend of the last 7 days against the 30 before, and the runs predicted next. For
 * the log, the job summary and the JSON report's `accuracy`.
 */
import { type AccuracyFigures } from '../core/forecast/accuracy.js'
import { type Forecast } from '../use-cases/observe-runs/track-runs.js'
import { trendDirection, trendText } from './accuracy-report.js'
import { percent, seconds } from './analytics-format.js'
import { count, decimal } from './format.js'

/** The runs predicted next that the summary lists at most. */
const AHEAD_SHOWN = 10

const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`
const hours = (ms: number) => Math.round((ms / 3_600_000) * 10) / 10

/** "predictions: recorded 3 for the runs due before the next orchestrator run (taken as 24 h away), matched 1 …". */
export function trackingLine(forecast: Forecast): string {
  const f = forecast.facts
  const sparse = f.moreDataNeeded.length
    ? `; more data needed (under 5 successful runs): ${f.moreDataNeeded.join(', ')}`
    : ''
  const h = hours(f.horizonMs)
  return (
    `predictions: recorded ${count(f.recorded)} for the runs due before the next orchestrator run ` +
    `(taken as ${Number.isInteger(h) ? count(h) : decimal(h)} h away), matched ${count(f.matched)} ` +
    `with their runs, ${plural(f.dropped, 'occurrence')} without a run${sparse}`
  )
}

/** The accuracy in the log: one line, the seed's headline figures. */
export function accuracyLine(forecast: Forecast): string {
  const s = forecast.accuracy.summary
  if (s.comparisons === 0)
    return 'prediction accuracy: no prediction matched with a finished run yet'
  const trend = trendText(s)
  return (
    `prediction accuracy over ${plural(s.comparisons, 'run')}: mean error ${decimal(s.meanError)}%, ` +
    `median ${decimal(s.medianError)}%, ${percent(s.accuracyScore)} within 25%, ` +
    `80% interval coverage ${percent(s.coverage)}${trend ? `; trend: ${trend}` : ''}`
  )
}

function figuresRow(name: string, f: AccuracyFigures): string {
  const { excellent, good, fair, poor } = f.buckets
  const cells = [
    name,
    count(f.comparisons),
    `${decimal(f.meanError)}%`,
    `${decimal(f.medianError)}%`,
    percent(f.accuracyScore),
    ...[excellent, good, fair, poor].map(count),
    percent(f.coverage)
  ]
  return `| ${cells.join(' | ')} |`
}

function figuresTable(forecast: Forecast): string {
  const s = forecast.accuracy.summary
  return [
    '| Workflow | Compared | Mean error | Median error | Accuracy score | Excellent ≤10% | Good 10–25% | Fair 25–50% | Poor >50% | 80% interval coverage |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    figuresRow('**all**', s),
    ...s.workflows.map(w => figuresRow(`\`${w.workflow}\``, w))
  ].join('\n')
}

function aheadTable(forecast: Forecast): string[] {
  const ahead = forecast.accuracy.ahead.slice(0, AHEAD_SHOWN)
  if (ahead.length === 0) return []
  const rows = ahead.map(
    p =>
      `| \`${p.workflow}\` | ${(p.due ?? '').slice(0, 16).replace('T', ' ')} UTC | ${seconds(p.predicted)} | ${seconds(p.low)}–${seconds(p.high)} | ${percent(p.confidence)} |`
  )
  const more = forecast.accuracy.ahead.length - ahead.length
  return [
    '',
    '**Predicted next:**',
    '',
    '| Workflow | Due | Expected duration | 80% interval | Confidence |',
    '|---|---|--:|--:|--:|',
    ...rows,
    ...(more > 0 ? ['', `_…and ${plural(more, 'more prediction')}._`] : [])
  ]
}

/** The log's lines on the predictions: what this run did, and the accuracy so far. */
export function trackingLines(forecast: Forecast | undefined): string[] {
  return forecast ? [trackingLine(forecast), accuracyLine(forecast)] : []
}

/** The job summary's section on the predictions. */
export function accuracyMarkdown(forecast: Forecast): string {
  const s = forecast.accuracy.summary
  const a = forecast.accuracy
  const waiting = [
    a.running ? `${plural(a.running, 'run')} still going` : '',
    a.unmatched ? `${plural(a.unmatched, 'occurrence')} not matched yet` : '',
    a.notCompared
      ? `${plural(a.notCompared, 'run')} not compared (failed, cancelled or re-run)`
      : ''
  ].filter(Boolean)
  const trend = trendText(s)
  const body =
    s.comparisons === 0
      ? ['No prediction has been matched with a finished run yet.']
      : [figuresTable(forecast), ...(trend ? ['', `Trend (accuracy score): ${trend}.`] : [])]
  return [
    '### Prediction accuracy',
    '',
    `${trackingLine(forecast)}.${waiting.length ? ` Also: ${waiting.join(', ')}.` : ''}`,
    '',
    ...body,
    ...aheadTable(forecast),
    '',
    '_A prediction is matched with the first run of its workflow created within 60 minutes after the occurrence; it is compared when that run’s first attempt succeeded. Error = |predicted − actual| / actual._'
  ].join('\n')
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

function figuresJson(f: AccuracyFigures) {
  return {
    comparisons: f.comparisons,
    meanError: round(f.meanError, 2),
    medianError: round(f.medianError, 2),
    accuracyScore: round(f.accuracyScore, 4),
    buckets: { ...f.buckets },
    coverage: round(f.coverage, 4),
    meanWidth: round(f.meanWidth, 4),
    meanConfidence: round(f.meanConfidence, 4)
  }
}

/** The JSON report's `accuracy`: errors in percent, shares from 0 to 1, seconds to a tenth. */
export function accuracyJson(forecast: Forecast) {
  const { facts, accuracy } = forecast
  const s = accuracy.summary
  return {
    accuracy: {
      ...figuresJson(s),
      workflows: s.workflows.map(w => ({ workflow: w.workflow, ...figuresJson(w) })),
      trend: {
        recent: s.trend.recent ? figuresJson(s.trend.recent) : null,
        previous: s.trend.previous ? figuresJson(s.trend.previous) : null,
        direction: trendDirection(s)
      },
      thisRun: {
        horizonHours: hours(facts.horizonMs),
        recorded: facts.recorded,
        matched: facts.matched,
        dropped: facts.dropped,
        moreDataNeeded: [...facts.moreDataNeeded]
      },
      running: accuracy.running,
      unmatched: accuracy.unmatched,
      notCompared: accuracy.notCompared,
      ahead: accuracy.ahead.map(p => ({
        workflow: p.workflow,
        due: p.due ?? null,
        predicted: p.predicted,
        low: p.low,
        high: p.high,
        confidence: p.confidence
      }))
    }
  }
}
