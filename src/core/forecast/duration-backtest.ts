/**
 * The backtest (DESIGN §11): recorded runs replayed in time order through a duration predictor. Each successful run
 * is predicted when it starts, from the runs that had completed by then, and each finished run is learned when it
 * completes; the pairs of prediction and actual duration are then summarized as the tracker does.
 */
import { type JobRecord, type RunRecord } from '../runs/records.js'
import {
  summarizeAccuracy,
  predictionRecord,
  type AccuracySummary,
  type PredictionRecord
} from './accuracy.js'
import { isFinished, jobsByRun, runDurationSeconds } from './duration-of-run.js'
import { createPredictor, type DurationPredictor, type ObservedRun } from './duration-predictor.js'
import { type SuccessRate } from './success-rate.js'

/** A prediction the backtest made, with the run's actual duration (seconds). */
export interface BacktestPrediction extends PredictionRecord {
  runId: number
  actual: number
}

export interface BacktestSummary extends AccuracySummary {
  /** Finished runs replayed (every conclusion). */
  runs: number
  /** Successful runs, predicted or not. */
  successful: number
  /** Successful runs left unpredicted: fewer than 5 earlier successful runs of their workflow. */
  moreDataNeeded: number
  /** Per workflow, after the whole history; present when the predictor keeps success rates. */
  successRates?: Array<SuccessRate & { workflow: string }>
}

export interface BacktestOptions {
  /** What to replay; default createPredictor(). */
  predictor?: DurationPredictor & { successRate?(workflow: string): SuccessRate }
  /** Workflow names by workflow id; default the id. */
  names?: ReadonlyMap<number, string>
}

interface Replayed {
  run: ObservedRun & { id: number }
  seconds: number
  start: number
  end: number
}

/** Finished runs with a duration, each with the instant it started and the one it completed. */
function replayable(
  runs: readonly RunRecord[],
  jobs: readonly JobRecord[],
  names: ReadonlyMap<number, string>
): Replayed[] {
  const ofRun = jobsByRun(jobs)
  return runs.flatMap(record => {
    const seconds = isFinished(record)
      ? runDurationSeconds(record, ofRun.get(record.id))
      : undefined
    if (seconds === undefined) return []
    const start = Date.parse(record.startedAt ?? record.createdAt)
    const end = Math.max(Date.parse(record.updatedAt), start + seconds * 1000)
    const { id, event, branch, attempt, conclusion } = record
    const workflow = names.get(record.workflowId) ?? String(record.workflowId)
    return [{ run: { id, workflow, event, branch, attempt, conclusion }, seconds, start, end }]
  })
}

/** Starts and completions in time order; a run that completed at the instant another starts counts as before it. */
function timeline(
  replayed: readonly Replayed[]
): Array<{ at: number; done: boolean; item: Replayed }> {
  const events = replayed.flatMap(item => [
    { at: item.start, done: false, item },
    { at: item.end, done: true, item }
  ])
  return events.sort(
    (a, b) => a.at - b.at || Number(b.done) - Number(a.done) || a.item.run.id - b.item.run.id
  )
}

/**
 * Replays the runs (any order; jobs may be empty) and returns the predictions made with enough data, in the order
 * made, and their summary.
 */
export function backtest(
  runs: readonly RunRecord[],
  jobs: readonly JobRecord[],
  options: BacktestOptions = {}
): { predictions: BacktestPrediction[]; summary: BacktestSummary } {
  const predictor = options.predictor ?? createPredictor()
  const replayed = replayable(runs, jobs, options.names ?? new Map())
  const predictions: BacktestPrediction[] = []
  let [successful, sparse] = [0, 0]
  for (const { at, done, item } of timeline(replayed)) {
    const { run, seconds } = item
    if (done) predictor.observe(run, seconds)
    if (done || run.conclusion !== 'success') continue
    successful++
    const prediction = predictor.predict(run.workflow, run)
    if (prediction.moreDataNeeded) sparse++
    else {
      const record = predictionRecord(run.workflow, prediction, new Date(at), { runId: run.id })
      predictions.push({ ...record, runId: run.id, actual: seconds })
    }
  }
  const summary = summarizeAccuracy(predictions.map(p => ({ prediction: p, actual: p.actual })))
  const workflows = [...new Set(replayed.map(r => r.run.workflow))].sort()
  const rates = predictor.successRate?.bind(predictor)
  return {
    predictions,
    summary: {
      runs: replayed.length,
      successful,
      moreDataNeeded: sparse,
      ...summary,
      ...(rates
        ? { successRates: workflows.map(workflow => ({ workflow, ...rates(workflow) })) }
        : {})
    }
  }
}
