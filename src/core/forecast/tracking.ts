/**
 * The tracker (DESIGN §11; the seed's execution tracker): each orchestrator run records in the run records, for every
 * managed workflow, the duration predicted for each run its schedule is due to start before the next orchestrator run,
 * and matches the predictions recorded earlier with the runs observed since (tracking-match.ts has the rule).
 *
 * - When the next orchestrator run comes is not known (its own schedule is not read): it is taken to come as long
 *   after this one as this one came after the last that recorded predictions (their newest `madeAt`), within 1 hour
 *   and 7 days; 24 hours when none did. Each workflow's next occurrence is predicted even when it lies further out
 *   (up to 35 days), and at most 48 occurrences a workflow are.
 * - A prediction still ahead is replaced by this run's, made with more runs; one whose time has come is left as made.
 * - A workflow with fewer than 5 successful runs gets none ("more data needed"), as in the backtest.
 * - A matched run is compared when its first attempt succeeded: a failed run trains no duration, and a re-run's
 *   duration (only the failed jobs run again) is not the one predicted. The actual duration is read as the backtest
 *   reads it (the jobs when recorded), so the figures are the backtest's for the same history.
 * Pure: the clock is `now`, the predictions come from the caller's predictor.
 */
import { occurrencesBetween } from '../cron/occurrences.js'
import { type RunRecord } from '../runs/records.js'
import {
  isoSeconds,
  recordsOf,
  withRecords,
  type RunStore,
  type WorkflowRecords
} from '../runs/run-store.js'
import { withPredictions, type StoredPrediction } from '../runs/stored-predictions.js'
import { type ScheduleEntry } from '../schedule/schedule.js'
import {
  predictionRecord,
  summarizeAccuracy,
  type AccuracySummary,
  type PredictionOutcome,
  type PredictionRecord
} from './accuracy.js'
import { isFinished, runDurationSeconds } from './duration-of-run.js'
import { type DurationPrediction } from './duration-predictor.js'
import { matchPredictions } from './tracking-match.js'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
/** Bounds of the time until the next orchestrator run, and what it is taken to be before any run recorded. */
export const HORIZON = { min: HOUR_MS, max: 7 * DAY_MS, first: DAY_MS }
/** How far ahead a workflow's next occurrence is looked for. */
const NEXT_WITHIN_MS = 35 * DAY_MS
/** Occurrences predicted a workflow at most. */
export const MAX_AHEAD = 48

/** A managed workflow as the tracker reads it. */
export interface TrackedWorkflow {
  /** The config's id: the predictor's name for it, and the report's. */
  id: string
  path: string
  /** The crons in force: the file's, or those the orchestrator dispatches it by. */
  entries: readonly ScheduleEntry[]
  /** The event its scheduled runs carry: `schedule`, or `workflow_dispatch` when the orchestrator dispatches it. */
  event: string
}

/** What one run of the tracker did. */
export interface TrackingFacts {
  /** The time until the next orchestrator run, as taken. */
  horizonMs: number
  /** Predictions recorded (new or replaced). */
  recorded: number
  /** Predictions matched with a run. */
  matched: number
  /** Occurrences found without a run: their predictions dropped. */
  dropped: number
  /** Workflows with fewer than 5 successful runs: nothing predicted. */
  moreDataNeeded: string[]
}

const ms = (time: string) => Date.parse(time)

/** The time until the next orchestrator run: as long as since the last one that recorded predictions, bounded. */
export function trackingHorizon(store: RunStore, now: Date): number {
  const made = store.workflows.flatMap(w => (w.predictions ?? []).map(p => ms(p.madeAt)))
  const last = made.filter(t => t < now.getTime()).reduce((a, b) => Math.max(a, b), -Infinity)
  if (!Number.isFinite(last)) return HORIZON.first
  return Math.min(HORIZON.max, Math.max(HORIZON.min, now.getTime() - last))
}

/** The occurrences to predict: those in (now, now + horizon], at least the next one, at most MAX_AHEAD. */
export function occurrencesAhead(
  entries: readonly ScheduleEntry[],
  now: Date,
  horizonMs: number
): Date[] {
  const from = new Date(now.getTime() + 1)
  const within = occurrencesBetween(entries, from, new Date(now.getTime() + horizonMs + 1))
  if (within.length > 0) return within.slice(0, MAX_AHEAD)
  return occurrencesBetween(entries, from, new Date(now.getTime() + NEXT_WITHIN_MS)).slice(0, 1)
}

/** Whether the entries fire at `due`. */
function firesAt(entries: readonly ScheduleEntry[], due: string): boolean {
  return occurrencesBetween(entries, new Date(due), new Date(ms(due) + 1)).length > 0
}

/** The predictions ahead: this run's for its occurrences, earlier ones kept for the occurrences it does not predict. */
function ahead(
  predictions: readonly StoredPrediction[],
  workflow: TrackedWorkflow,
  made: { at: Date; dues: readonly Date[]; prediction: DurationPrediction | undefined }
): { kept: StoredPrediction[]; recorded: StoredPrediction[] } {
  const { prediction } = made
  const recorded = prediction
    ? made.dues.map(due => {
        const record = predictionRecord(workflow.id, prediction, made.at)
        const { predicted, low, high, confidence, madeAt } = record
        return { due: isoSeconds(due.getTime()), madeAt, predicted, low, high, confidence }
      })
    : []
  const fresh = new Set(made.dues.map(due => due.getTime()))
  const kept = predictions.filter(
    p => ms(p.due) > made.at.getTime() && !fresh.has(ms(p.due)) && firesAt(workflow.entries, p.due)
  )
  return { kept: kept.slice(0, Math.max(0, MAX_AHEAD - recorded.length)), recorded }
}

/** One workflow's records after matching and predicting. */
function trackWorkflow(
  records: WorkflowRecords,
  workflow: TrackedWorkflow,
  context: { now: Date; horizonMs: number; prediction: DurationPrediction | undefined }
) {
  const { now } = context
  const runs = records.runs.map(r => r.run).filter(r => r.event === workflow.event)
  const matched = matchPredictions(records.predictions ?? [], runs, records.listed, now)
  const past = matched.predictions.filter(p => ms(p.due) <= now.getTime())
  const dues = occurrencesAhead(workflow.entries, now, context.horizonMs)
  const next = ahead(matched.predictions, workflow, { at: now, dues, ...context })
  const predictions = [...past, ...next.kept, ...next.recorded].sort(
    (a, b) => ms(a.due) - ms(b.due)
  )
  return { records: withPredictions(records, predictions), matched, recorded: next.recorded.length }
}

/**
 * Matches the recorded predictions of the tracked workflows with their runs and records this run's predictions;
 * `predict` gives a workflow's next run's prediction. A workflow GitHub does not know (no records) is left out.
 */
export function trackPredictions(
  store: RunStore,
  workflows: readonly TrackedWorkflow[],
  now: Date,
  predict: (workflow: TrackedWorkflow) => DurationPrediction
): { store: RunStore; facts: TrackingFacts } {
  const horizonMs = trackingHorizon(store, now)
  const facts: TrackingFacts = {
    horizonMs,
    recorded: 0,
    matched: 0,
    dropped: 0,
    moreDataNeeded: []
  }
  let tracked = store
  for (const workflow of workflows) {
    const records = store.workflows.find(w => w.path === workflow.path)
    if (!records) continue
    const predicted = predict(workflow)
    if (predicted.moreDataNeeded) facts.moreDataNeeded.push(workflow.id)
    const prediction = predicted.moreDataNeeded ? undefined : predicted
    const done = trackWorkflow(records, workflow, { now, horizonMs, prediction })
    tracked = withRecords(tracked, done.records)
    facts.recorded += done.recorded
    facts.matched += done.matched.matched
    facts.dropped += done.matched.dropped
  }
  return { store: tracked, facts }
}

/** What the recorded predictions add up to: the compared ones and their figures, and where the others stand. */
export interface TrackedAccuracy {
  outcomes: PredictionOutcome[]
  summary: AccuracySummary
  /** Predictions for occurrences still ahead, soonest first. */
  ahead: PredictionRecord[]
  /** Past occurrences with no run recorded yet. */
  unmatched: number
  /** Matched runs still going. */
  running: number
  /** Matched runs not compared: failed, cancelled, or a re-run. */
  notCompared: number
}

/** The prediction and the run that answered it, compared when its first attempt succeeded. */
function outcomeOf(workflow: string, p: StoredPrediction, records: WorkflowRecords) {
  const stored = records.runs.find(r => r.run.id === p.runId)
  if (!stored) return 'gone' as const
  const run: RunRecord = stored.run
  if (!isFinished(run)) return 'running' as const
  const actual = runDurationSeconds(run, stored.jobs ?? [])
  if (run.conclusion !== 'success' || run.attempt !== 1 || actual === undefined)
    return 'not compared' as const
  return { prediction: { workflow, ...p }, actual }
}

/** The tracked workflows' recorded predictions read against their runs; the trend runs to `now`. */
export function trackedAccuracy(
  store: RunStore,
  workflows: ReadonlyArray<Pick<TrackedWorkflow, 'id' | 'path'>>,
  now: Date
): TrackedAccuracy {
  const result: TrackedAccuracy = {
    ...{ outcomes: [], ahead: [], unmatched: 0, running: 0, notCompared: 0 },
    summary: summarizeAccuracy([], now)
  }
  for (const w of workflows) {
    const records = recordsOf(store, w.path)
    for (const p of records.predictions ?? []) {
      if (p.runId === undefined) {
        if (ms(p.due) > now.getTime()) result.ahead.push({ workflow: w.id, ...p })
        else result.unmatched++
        continue
      }
      const outcome = outcomeOf(w.id, p, records)
      if (outcome === 'running') result.running++
      else if (outcome === 'not compared') result.notCompared++
      else if (outcome !== 'gone') result.outcomes.push(outcome)
    }
  }
  result.ahead.sort(
    (a, b) => ms(a.due ?? '') - ms(b.due ?? '') || a.workflow.localeCompare(b.workflow)
  )
  result.summary = summarizeAccuracy(result.outcomes, now)
  return result
}
