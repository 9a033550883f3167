/**
 * The tracker's part of observing runs (DESIGN §11): the predictor learns the records (every run that finished by
 * now, in the order they finished — what the backtest replays), the predictions recorded earlier are matched with the
 * runs just ingested, this run's predictions are recorded beside the runs (saved with them), and the accuracy of the
 * matched ones is worked out. What was learned is handed on, so the recommender does not learn it again.
 */
import {
  type Learned,
  learnHistory,
  predictNextRun
} from '../../core/forecast/recommend-history.js'
import {
  trackedAccuracy,
  trackPredictions,
  type TrackedAccuracy,
  type TrackedWorkflow,
  type TrackingFacts
} from '../../core/forecast/tracking.js'
import { type RecordedApi } from '../../core/runs/records.js'
import { type Prices } from '../../core/runs/runner-pricing.js'
import { type RunStore } from '../../core/runs/run-store.js'

/** What the action asks the tracker for: the managed workflows with the crons in force. */
export interface TrackInput {
  workflows: readonly TrackedWorkflow[]
}

/** What tracking did and found. */
export interface Forecast {
  facts: TrackingFacts
  accuracy: TrackedAccuracy
  learned: Learned
}

/** Learns the records, matches and records the predictions; the store comes back with them. */
export function trackRuns(
  store: RunStore,
  api: RecordedApi,
  input: { tracking: TrackInput; now: Date; prices?: Prices }
): { store: RunStore; forecast: Forecast } {
  const { workflows } = input.tracking
  const history = { runs: api.runs, jobs: api.jobs, known: api.workflows }
  const learned = learnHistory(history, workflows, input.now, input.prices)
  const tracked = trackPredictions(store, workflows, input.now, w =>
    predictNextRun(learned, w.id, w.event)
  )
  const accuracy = trackedAccuracy(tracked.store, workflows, input.now)
  return { store: tracked.store, forecast: { facts: tracked.facts, accuracy, learned } }
}
