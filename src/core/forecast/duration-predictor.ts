/**
 * Predicting a workflow's run duration (DESIGN §11): a point estimate in seconds, an 80% interval, and a confidence —
 * the calibrated probability that the actual lands within 25% of the estimate, measured as the accuracy score
 * measures it (|estimate − actual| ≤ 25% of the actual). It learns from the runs it is shown, one at a time and in
 * the order they completed, so a prediction only ever uses runs that finished before it; successful runs train the
 * duration, every run with a conclusion trains the success rate. Pure and incremental: no I/O, no clock.
 */
import {
  DEFAULT_MODEL,
  likeRuns,
  pointEstimate,
  type DurationSample,
  type ModelOptions,
  type RunContext
} from './duration-model.js'
import { ResidualBlend, SortedWindow, TailLevels } from './duration-residuals.js'
import { outcomeOf, successRate, UNIFORM_PRIOR, type SuccessRate } from './success-rate.js'

export type { RunContext } from './duration-model.js'

/** A prediction; seconds, and a confidence from 0 to 1. */
export interface DurationPrediction {
  predicted: number
  low: number
  high: number
  confidence: number
  /** Fewer than minRuns successful runs: a rough estimate with a wide interval, and a confidence under 0.5. */
  moreDataNeeded: boolean
  /** The successful runs of the workflow learned from. */
  runs: number
}

/** A finished run as the predictor learns it. */
export interface ObservedRun extends RunContext {
  workflow: string
  conclusion: string | null
}

/** What backtests replay: ours, or a baseline to compare it with. */
export interface DurationPredictor {
  predict(workflow: string, context: RunContext): DurationPrediction
  observe(run: ObservedRun, seconds: number): void
}

export interface PredictorOptions extends Partial<ModelOptions> {
  /** The interval's coverage (default 0.8). */
  coverage?: number
}

/** The predictor of createPredictor, which also knows success rates. */
export interface Predictor extends DurationPredictor {
  successRate(workflow: string): SuccessRate
}

/** Successful runs kept per workflow (DESIGN §10 keeps 500 runs a workflow). */
const HISTORY = 500
/** Own residuals kept per workflow, everyone's kept in the pool, and the pool's weight in a workflow's blend. */
const OWN_RESIDUALS = 100
const POOL_RESIDUALS = 2000
const POOL_WEIGHT = 10
/** How fast the interval's tail levels follow the misses. */
const TAIL_STEP = 0.005
/** ln(actual / estimate) inside this band ⇔ the estimate is within 25% of the actual. */
const WITHIN_25 = [Math.log(1 / 1.25), Math.log(1 / 0.75)] as const
/** Before any residual exists: ± this in log space (about ×/÷ 1.5). */
const FIRST_SPREAD = 0.4
/** With no run of the workflow and none of any other: an estimate of two minutes, wide open. */
const NOTHING_KNOWN = 120

interface WorkflowState {
  samples: DurationSample[]
  residuals: SortedWindow
  successes: number
  failures: number
  branchCounts: Map<string, number>
  scheduleBranch?: string
  knownDefault?: string
}

function newState(): WorkflowState {
  return {
    samples: [],
    residuals: new SortedWindow(OWN_RESIDUALS),
    successes: 0,
    failures: 0,
    branchCounts: new Map()
  }
}

/** The default branch: as told, else the one scheduled runs use, else the one most runs used. */
function defaultBranchOf(state: WorkflowState, context: RunContext): string | undefined {
  if (context.defaultBranch !== undefined) return context.defaultBranch
  if (state.knownDefault !== undefined) return state.knownDefault
  if (state.scheduleBranch !== undefined) return state.scheduleBranch
  let best: [string, number] | undefined
  for (const entry of state.branchCounts) if (!best || entry[1] > best[1]) best = entry
  return best?.[0]
}

function learnBranch(state: WorkflowState, run: ObservedRun): void {
  if (run.defaultBranch !== undefined) state.knownDefault = run.defaultBranch
  if (run.branch === null) return
  if (run.event === 'schedule') state.scheduleBranch = run.branch
  state.branchCounts.set(run.branch, (state.branchCounts.get(run.branch) ?? 0) + 1)
}

/** Under minRuns runs: their median, an interval from half the shortest to twice the longest, low confidence. */
function sparse(state: WorkflowState | undefined, typical: SortedWindow): DurationPrediction {
  const seconds = state?.samples.map(s => s.seconds) ?? []
  if (seconds.length === 0) {
    const predicted = typical.median() ?? NOTHING_KNOWN
    return {
      predicted,
      low: predicted / 10,
      high: predicted * 10,
      confidence: 0,
      moreDataNeeded: true,
      runs: 0
    }
  }
  const sorted = [...seconds].sort((a, b) => a - b)
  const predicted = sorted[(sorted.length - 1) >> 1] as number
  const near = sorted.filter(s => Math.abs(predicted - s) <= 0.25 * Math.max(s, 1)).length
  const n = sorted.length
  return {
    predicted,
    low: (sorted[0] as number) / 2,
    high: (sorted[n - 1] as number) * 2,
    // The runs near the estimate, shrunk by five pseudo-runs that missed: always under 0.5 below five runs.
    confidence: near / (n + 5),
    moreDataNeeded: true,
    runs: n
  }
}

/** createPredictor's state and the steps of a prediction. */
class DurationModel implements Predictor {
  private readonly states = new Map<string, WorkflowState>()
  private readonly pool = new SortedWindow(POOL_RESIDUALS)
  private readonly typical = new SortedWindow(HISTORY)
  private readonly tails: TailLevels

  constructor(private readonly options: ModelOptions & { coverage: number }) {
    this.tails = new TailLevels(options.coverage, TAIL_STEP)
  }

  predict(workflow: string, context: RunContext): DurationPrediction {
    const state = this.states.get(workflow)
    if (!state || state.samples.length < this.options.minRuns) return sparse(state, this.typical)
    return this.full(state, context)
  }

  observe(run: ObservedRun, seconds: number): void {
    let state = this.states.get(run.workflow)
    if (!state) this.states.set(run.workflow, (state = newState()))
    learnBranch(state, run)
    const outcome = outcomeOf(run.conclusion)
    if (outcome === 'failure') state.failures++
    if (outcome === 'success') state.successes++
    if (outcome !== 'success' || !(seconds >= 0)) return
    if (state.samples.length >= this.options.minRuns) this.learnError(state, run, seconds)
    state.samples.push({
      seconds,
      event: run.event,
      branch: run.branch,
      rerun: (run.attempt ?? 1) > 1
    })
    if (state.samples.length > 2 * HISTORY) state.samples.splice(0, state.samples.length - HISTORY)
    this.typical.add(seconds)
  }

  successRate(workflow: string): SuccessRate {
    const state = this.states.get(workflow)
    return successRate(state?.successes ?? 0, state?.failures ?? 0, UNIFORM_PRIOR)
  }

  /** The error this run's prediction has, made now, before the run is learned: the residuals are out of sample. */
  private learnError(state: WorkflowState, run: ObservedRun, seconds: number): void {
    const prediction = this.full(state, run)
    const residual = Math.log(Math.max(seconds, 1) / Math.max(prediction.predicted, 1))
    this.tails.record(seconds < prediction.low, seconds > prediction.high)
    state.residuals.add(residual)
    this.pool.add(residual)
  }

  private full(state: WorkflowState, context: RunContext): DurationPrediction {
    const like = likeRuns(state.samples, context, defaultBranchOf(state, context), this.options)
    const predicted = pointEstimate(like, this.options)
    const blend = new ResidualBlend(state.residuals, this.pool, POOL_WEIGHT)
    const [down, up] = blend.empty
      ? [-FIRST_SPREAD, FIRST_SPREAD]
      : [
          blend.quantile(blend.lowerLevel(this.tails.lower)),
          blend.quantile(blend.upperLevel(this.tails.upper))
        ]
    const confidence = blend.empty ? 0.5 : blend.share(WITHIN_25[0], WITHIN_25[1])
    // The estimate shades towards the short runs (see duration-model), so the residuals can all sit on one side of
    // it; the interval still holds the estimate.
    const low = Math.min(predicted, Math.max(predicted, 1) * Math.exp(down))
    const high = Math.max(predicted, Math.max(predicted, 1) * Math.exp(up))
    const runs = state.samples.length
    return { predicted, low, high, confidence, moreDataNeeded: false, runs }
  }
}

/**
 * A duration predictor (DESIGN §11). `predict(workflow, context)` estimates the next run from the runs observed so
 * far; `observe(run, seconds)` learns a finished run (successful runs train the duration, every run with a
 * conclusion the success rate). Options override the measured defaults (DEFAULT_MODEL, coverage 0.8).
 */
export function createPredictor(options: PredictorOptions = {}): Predictor {
  const { coverage = 0.8, ...model } = options
  return new DurationModel({ ...DEFAULT_MODEL, ...model, coverage })
}
