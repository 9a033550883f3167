/**
 * How good the duration predictions were (DESIGN §11, the original tracker of seeds/001): for (prediction, actual)
 * pairs, the mean and median error, the accuracy score (the share within 25%), the seed's buckets, the interval's
 * coverage and width, the confidence against the hit rate, overall, per workflow, and the trend of the last 7 days
 * against the 30 before. A pure function of the pairs, shared by the backtest and the action's tracking.
 */
import { type DurationPrediction } from './duration-predictor.js'

/** A prediction as the state keeps it: compact, seconds to a tenth, confidence to a hundredth. */
export interface PredictionRecord {
  workflow: string
  /** The run predicted, once known. */
  runId?: number
  /** When the run predicted is due (a schedule's occurrence), for runs not started yet. */
  due?: string
  predicted: number
  low: number
  high: number
  confidence: number
  /** When the prediction was made (ISO 8601). */
  madeAt: string
}

/** A prediction and the duration (seconds) the run had. */
export interface PredictionOutcome {
  prediction: PredictionRecord
  actual: number
}

/** The figures of a set of outcomes. Errors are percentages (12.5 = 12.5%); shares are from 0 to 1. */
export interface AccuracyFigures {
  comparisons: number
  meanError: number
  medianError: number
  /** The share of predictions within 25% of the actual. */
  accuracyScore: number
  /** Counts: excellent ≤ 10%, good ≤ 25%, fair ≤ 50%, poor > 50%. */
  buckets: { excellent: number; good: number; fair: number; poor: number }
  /** The share of actuals inside [low, high]. */
  coverage: number
  /** The mean of (high − low) / predicted: a fixed ±50% band has 1. */
  meanWidth: number
  /** The mean confidence: calibrated, it matches the accuracy score. */
  meanConfidence: number
}

/** Predictions grouped by confidence, with how often they landed within 25%. */
export interface CalibrationBin {
  from: number
  to: number
  comparisons: number
  meanConfidence: number
  hitRate: number
}

export interface AccuracySummary extends AccuracyFigures {
  /** Per workflow, best first (lowest mean error). */
  workflows: Array<AccuracyFigures & { workflow: string }>
  /** The last 7 days to `now` against the 30 days before them; a window without predictions is left out. */
  trend: { now: string; recent?: AccuracyFigures; previous?: AccuracyFigures }
  calibration: CalibrationBin[]
}

const DAY = 86_400_000
const tenth = (n: number) => Math.round(n * 10) / 10

/** A prediction for the state: `ref` names the run (runId) or its due time. */
export function predictionRecord(
  workflow: string,
  prediction: DurationPrediction,
  madeAt: Date,
  ref: { runId?: number; due?: string } = {}
): PredictionRecord {
  const { predicted, low, high, confidence } = prediction
  return {
    workflow,
    ...ref,
    predicted: tenth(predicted),
    low: tenth(low),
    high: tenth(high),
    confidence: Math.round(confidence * 100) / 100,
    madeAt: madeAt.toISOString()
  }
}

/** The error of a prediction in percent of the actual (an actual under a second counts as one second). */
export function predictionError(predicted: number, actual: number): number {
  return (100 * Math.abs(predicted - actual)) / Math.max(actual, 1)
}

function median(sorted: readonly number[]): number {
  const n = sorted.length
  if (n === 0) return 0
  const mid = n >> 1
  return n % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** The figures of some outcomes (all zero when there are none). */
export function accuracyFigures(outcomes: readonly PredictionOutcome[]): AccuracyFigures {
  const errors = outcomes.map(o => predictionError(o.prediction.predicted, o.actual))
  const n = outcomes.length
  const share = (count: number) => (n === 0 ? 0 : count / n)
  const mean = (values: readonly number[]) => share(values.reduce((s, v) => s + v, 0))
  const buckets = { excellent: 0, good: 0, fair: 0, poor: 0 }
  for (const e of errors)
    buckets[e <= 10 ? 'excellent' : e <= 25 ? 'good' : e <= 50 ? 'fair' : 'poor']++
  const inside = outcomes.filter(o => o.actual >= o.prediction.low && o.actual <= o.prediction.high)
  return {
    comparisons: n,
    meanError: mean(errors),
    medianError: median([...errors].sort((a, b) => a - b)),
    accuracyScore: share(buckets.excellent + buckets.good),
    buckets,
    coverage: share(inside.length),
    meanWidth: mean(
      outcomes.map(
        o => (o.prediction.high - o.prediction.low) / Math.max(o.prediction.predicted, 1)
      )
    ),
    meanConfidence: mean(outcomes.map(o => o.prediction.confidence))
  }
}

function byWorkflow(outcomes: readonly PredictionOutcome[]): AccuracySummary['workflows'] {
  const groups = new Map<string, PredictionOutcome[]>()
  for (const o of outcomes) {
    const group = groups.get(o.prediction.workflow)
    if (group) group.push(o)
    else groups.set(o.prediction.workflow, [o])
  }
  return [...groups]
    .map(([workflow, group]) => ({ workflow, ...accuracyFigures(group) }))
    .sort((a, b) => a.meanError - b.meanError || a.workflow.localeCompare(b.workflow))
}

function trendOf(outcomes: readonly PredictionOutcome[], now: number): AccuracySummary['trend'] {
  const within = (from: number, to: number) =>
    outcomes.filter(o => {
      const at = Date.parse(o.prediction.madeAt)
      return at > now - to * DAY && at <= now - from * DAY
    })
  const [recent, previous] = [within(0, 7), within(7, 37)]
  return {
    now: new Date(now).toISOString(),
    ...(recent.length ? { recent: accuracyFigures(recent) } : {}),
    ...(previous.length ? { previous: accuracyFigures(previous) } : {})
  }
}

/** Ten bins of confidence (0–10%, …, 90–100%), the empty ones left out. */
function calibrationOf(outcomes: readonly PredictionOutcome[]): CalibrationBin[] {
  const bins = Array.from({ length: 10 }, (_, i) => ({
    from: i / 10,
    to: (i + 1) / 10,
    n: 0,
    conf: 0,
    hits: 0
  }))
  for (const o of outcomes) {
    const bin = bins[Math.min(9, Math.floor(o.prediction.confidence * 10))]
    if (!bin) continue
    bin.n++
    bin.conf += o.prediction.confidence
    if (predictionError(o.prediction.predicted, o.actual) <= 25) bin.hits++
  }
  return bins
    .filter(b => b.n > 0)
    .map(b => ({
      from: b.from,
      to: b.to,
      comparisons: b.n,
      meanConfidence: b.conf / b.n,
      hitRate: b.hits / b.n
    }))
}

/**
 * The tracker's figures for (prediction, actual) pairs: overall, per workflow, calibration, and the trend to `now`
 * (default: the latest prediction's time).
 */
export function summarizeAccuracy(
  outcomes: readonly PredictionOutcome[],
  now?: Date
): AccuracySummary {
  const latest = outcomes.reduce((t, o) => Math.max(t, Date.parse(o.prediction.madeAt)), 0)
  return {
    ...accuracyFigures(outcomes),
    workflows: byWorkflow(outcomes),
    trend: trendOf(outcomes, now ? now.getTime() : latest),
    calibration: calibrationOf(outcomes)
  }
}
