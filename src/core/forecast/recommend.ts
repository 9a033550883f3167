/**
 * The recommender (DESIGN §11; the seed's integrated orchestrator): for each managed workflow its current crons and
 * the recommended ones — the crons of the chosen mode in its table, exactly what the pull request would write —, the
 * expected duration of its next run, its success rate, the billable minutes the recommended schedule uses in 30 days
 * and their impact, the prediction's confidence and the action it leads to; then the conflicts of the recommended
 * schedules. Facts only; reports/recommendations-*.ts word them. Pure: the clock is `now`.
 */
import { runsPer30Days } from '../cron/occurrences.js'
import { type Via } from '../dispatch/dispatch-config.js'
import { type Prices } from '../runs/runner-pricing.js'
import { sameSchedule, type Mode, type ScheduleEntry } from '../schedule/schedule.js'
import { scheduleConflicts, type Conflict } from './recommend-conflicts.js'
import { learnHistory, predictNextRun, type History, type Learned } from './recommend-history.js'

export type { Conflict, ConflictKind } from './recommend-conflicts.js'

export const IMPACTS = ['low', 'medium', 'high'] as const
export type Impact = (typeof IMPACTS)[number]
export const ACTIONS = ['APPLY', 'REVIEW', 'MORE DATA'] as const
export type Action = (typeof ACTIONS)[number]

/** Where confidence turns into an action and minutes into an impact. */
export interface RecommendThresholds {
  /** Confidence above this: APPLY. */
  apply: number
  /** Confidence from this up to `apply`: REVIEW; below it: MORE DATA. */
  review: number
  /** Billable minutes per 30 days from which the impact is medium… */
  medium: number
  /** …and from which it is high. */
  high: number
}

export const DEFAULT_RECOMMEND_THRESHOLDS: RecommendThresholds = {
  apply: 0.7,
  review: 0.5,
  medium: 100,
  high: 1000
}

/** A managed workflow as the recommender reads it: the config's mode table and the crons its file carries now. */
export interface RecommendWorkflow {
  id: string
  path: string
  schedules: Readonly<Record<Mode, readonly ScheduleEntry[]>>
  current: readonly ScheduleEntry[]
  /** `dispatch`: its runs are workflow_dispatch events (DESIGN §12); absent means cron. */
  via?: Via
}

export interface RecommendInput extends History {
  workflows: readonly RecommendWorkflow[]
  /** The mode the usage policy chose, or the one asked for. */
  mode: Mode
  now: Date
  thresholds?: Partial<RecommendThresholds>
  /** Prices per minute by SKU, over GitHub's: they decide which runner a label names, and so its minute multiplier. */
  prices?: Prices
  /** What was learned from the history already (the action's tracker learned it); learned here when absent. */
  learned?: Learned
}

/** One managed workflow's recommendation. Seconds for durations, shares (0–1) for rates and confidence. */
export interface Recommendation {
  id: string
  path: string
  current: ScheduleEntry[]
  recommended: ScheduleEntry[]
  /** Whether the recommended crons run at other times than the current ones. */
  changed: boolean
  /** The next run's estimate and 80% interval (`high` is the p90); null when no run of it succeeded. */
  expectedDuration: { predicted: number; low: number; high: number } | null
  /** The Beta posterior's mean and 95% interval; null when no run of it has a success or failure. */
  successRate: { mean: number; low: number; high: number } | null
  /** Successful runs the prediction learned from. */
  runs: number
  /** Runs the recommended crons start in the 30 days from now. */
  runsPer30Days: number
  /** Their billable minutes; null when there are runs to price and no recorded run to price them by. */
  minutesPer30Days: number | null
  /** Where one run's minutes came from: the recorded jobs' mean, or the expected duration rounded up to a minute. */
  minutesBasis: 'jobs' | 'duration' | null
  impact: Impact | null
  confidence: number
  action: Action
}

/** Everything the recommender found; every view renders this object. */
export interface Recommendations {
  now: Date
  mode: Mode
  thresholds: RecommendThresholds
  workflows: Recommendation[]
  conflicts: Conflict[]
}

/** APPLY above `apply`, REVIEW from `review` up to it, MORE DATA below `review`. */
export function actionOf(confidence: number, thresholds: RecommendThresholds): Action {
  if (confidence > thresholds.apply) return 'APPLY'
  return confidence >= thresholds.review ? 'REVIEW' : 'MORE DATA'
}

/** low under `medium` minutes per 30 days, medium under `high`, high from `high` up. */
export function impactOf(minutes: number, thresholds: RecommendThresholds): Impact {
  if (minutes < thresholds.medium) return 'low'
  return minutes < thresholds.high ? 'medium' : 'high'
}

/** The minutes of the runs in 30 days and what one run's minutes came from. */
function minutesOf(
  runs: number,
  perRun: number | undefined,
  predicted: number | undefined
): Pick<Recommendation, 'minutesPer30Days' | 'minutesBasis'> {
  if (perRun !== undefined) return { minutesPer30Days: runs * perRun, minutesBasis: 'jobs' }
  // Without jobs, a run bills at least its duration, rounded up to a whole minute, on one linux runner.
  if (predicted !== undefined)
    return {
      minutesPer30Days: runs * Math.max(1, Math.ceil(predicted / 60)),
      minutesBasis: 'duration'
    }
  return { minutesPer30Days: runs === 0 ? 0 : null, minutesBasis: null }
}

/** The prediction and success rate of the workflow's next run. */
function forecastOf(workflow: RecommendWorkflow, learned: Learned) {
  const event = workflow.via === 'dispatch' ? 'workflow_dispatch' : 'schedule'
  const prediction = predictNextRun(learned, workflow.id, event)
  const rate = learned.predictor.successRate(workflow.id)
  const { predicted, low, high, confidence, runs } = prediction
  return {
    expectedDuration: runs === 0 ? null : { predicted, low, high },
    successRate:
      rate.successes + rate.failures === 0
        ? null
        : { mean: rate.rate, low: rate.low, high: rate.high },
    runs,
    confidence
  }
}

function recommendationOf(
  workflow: RecommendWorkflow,
  input: RecommendInput & { thresholds: RecommendThresholds },
  learned: Learned
): Recommendation {
  const recommended = [...workflow.schedules[input.mode]]
  const forecast = forecastOf(workflow, learned)
  const runs = runsPer30Days(recommended, input.now)
  const minutes = minutesOf(
    runs,
    learned.minutesPerRun.get(workflow.id),
    forecast.expectedDuration?.predicted
  )
  return {
    id: workflow.id,
    path: workflow.path,
    current: [...workflow.current],
    recommended,
    changed: !sameSchedule(workflow.current, recommended),
    ...forecast,
    runsPer30Days: runs,
    ...minutes,
    impact:
      minutes.minutesPer30Days === null
        ? null
        : impactOf(minutes.minutesPer30Days, input.thresholds),
    action: actionOf(forecast.confidence, input.thresholds)
  }
}

/**
 * Recommends each managed workflow's schedule for the mode and finds the conflicts of the recommended schedules.
 * Only runs finished by `now` are learned, in the order they finished.
 */
export function recommend(input: RecommendInput): Recommendations {
  const thresholds = { ...DEFAULT_RECOMMEND_THRESHOLDS, ...input.thresholds }
  const learned = input.learned ?? learnHistory(input, input.workflows, input.now, input.prices)
  const workflows = input.workflows.map(w => recommendationOf(w, { ...input, thresholds }, learned))
  return {
    now: input.now,
    mode: input.mode,
    thresholds,
    workflows,
    conflicts: scheduleConflicts(workflows, input.now)
  }
}
