// The baselines a skeptic would try first, as duration predictors the backtest replays exactly as it replays ours:
// each sees the same successful runs that completed before the run it predicts, and none predicts under 5 of them.
import {
  type DurationPrediction,
  type DurationPredictor,
  type ObservedRun
} from '../../src/core/forecast/duration-predictor.js'

const MIN_RUNS = 5

type Estimate = (durations: readonly number[], ewma: number) => number

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** A predictor whose estimate is a function of the workflow's successful durations, oldest first. */
function baseline(estimate: Estimate): DurationPredictor {
  const history = new Map<string, { durations: number[]; ewma: number }>()
  return {
    predict(workflow: string): DurationPrediction {
      const h = history.get(workflow)
      const runs = h?.durations.length ?? 0
      const predicted = h && runs > 0 ? estimate(h.durations, h.ewma) : 0
      return {
        predicted,
        low: predicted,
        high: predicted,
        confidence: 0,
        moreDataNeeded: runs < MIN_RUNS,
        runs
      }
    },
    observe(run: ObservedRun, seconds: number): void {
      if (run.conclusion !== 'success') return
      const h = history.get(run.workflow)
      if (!h) history.set(run.workflow, { durations: [seconds], ewma: seconds })
      else {
        h.durations.push(seconds)
        h.ewma = 0.3 * seconds + 0.7 * h.ewma
      }
    }
  }
}

/** The baselines by name, in the table's order. */
export const BASELINES: Array<{ name: string; create: () => DurationPredictor }> = [
  { name: 'last value', create: () => baseline(d => d.at(-1) as number) },
  { name: 'mean of all', create: () => baseline(d => d.reduce((s, x) => s + x, 0) / d.length) },
  ...[5, 10, 20, 30].map(n => ({
    name: `median of last ${n}`,
    create: () => baseline(d => median(d.slice(-n)))
  })),
  { name: 'EWMA 0.3', create: () => baseline((_, ewma) => ewma) }
]
