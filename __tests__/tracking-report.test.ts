/**
 * The tracker in the action's views (DESIGN §11): the job summary's accuracy section — overall and per workflow, the
 * seed's buckets, coverage, the trend of the last 7 days against the 30 before, the runs predicted next — and the
 * JSON report's `accuracy`, from constructed predictions and outcomes.
 */
import { describe, expect, it } from '@jest/globals'
import { type PredictionOutcome } from '../src/core/forecast/accuracy.js'
import { learnHistory } from '../src/core/forecast/recommend-history.js'
import { trackedAccuracy } from '../src/core/forecast/tracking.js'
import { type RunRecord } from '../src/core/runs/records.js'
import { type StoredPrediction, type StoredRun } from '../src/core/runs/run-store.js'
import {
  accuracyJson,
  accuracyLine,
  accuracyMarkdown,
  trackingLine
} from '../src/reports/tracking-report.js'
import { type Forecast } from '../src/use-cases/observe-runs/track-runs.js'

const NOW = Date.parse('2024-03-01T12:00:00Z')
const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')
const PATH = '.github/workflows/nightly.yml'

/** A scheduled run `daysAgo` days before NOW that took `seconds`, predicted at 600 s. */
function compared(id: number, daysAgo: number, seconds: number) {
  const due = NOW - daysAgo * DAY
  const run: RunRecord = {
    id,
    workflowId: 7,
    attempt: 1,
    event: 'schedule',
    branch: 'main',
    status: 'completed',
    conclusion: 'success',
    createdAt: iso(due + 60_000),
    startedAt: iso(due + 60_000),
    updatedAt: iso(due + 60_000 + seconds * 1000)
  }
  const prediction: StoredPrediction = {
    due: iso(due),
    madeAt: iso(due - 3_600_000),
    predicted: 600,
    low: 500,
    high: 700,
    confidence: 0.8,
    runId: id
  }
  return { stored: { run, jobs: [] } as StoredRun, prediction }
}

/** Last 7 days: 2 of 2 within 25%; the 30 before: 1 of 3. */
function forecast(ahead = 0): Forecast {
  const made = [
    compared(1, 2, 610),
    compared(2, 3, 650),
    compared(3, 10, 590),
    compared(4, 12, 1000),
    compared(5, 20, 300)
  ]
  const pending = Array.from({ length: ahead }, (_, i) => ({
    due: iso(NOW + (i + 1) * 3_600_000),
    madeAt: iso(NOW),
    predicted: 605,
    low: 540,
    high: 700.5,
    confidence: 0.83
  }))
  const store = {
    workflows: [
      {
        path: PATH,
        workflowId: 7,
        listed: [],
        runs: made.map(m => m.stored).reverse(),
        predictions: [...made.map(m => m.prediction).reverse(), ...pending]
      }
    ]
  }
  const accuracy = trackedAccuracy(store, [{ id: 'nightly', path: PATH }], new Date(NOW))
  return {
    facts: {
      horizonMs: 6 * 3_600_000,
      recorded: 6,
      matched: 2,
      dropped: 1,
      moreDataNeeded: ['weekly']
    },
    accuracy,
    learned: learnHistory({ runs: [], jobs: [], known: [] }, [], new Date(NOW))
  }
}

const errorOf = (o: PredictionOutcome) => Math.abs(o.prediction.predicted - o.actual) / o.actual

describe('the accuracy in the job summary', () => {
  const text = accuracyMarkdown(forecast(12))

  it('says what this run recorded and matched, and what it could not predict', () => {
    expect(text).toContain(
      'predictions: recorded 6 for the runs due before the next orchestrator run (taken as 6 h away), matched 2 with their runs, 1 occurrence without a run; more data needed (under 5 successful runs): weekly.'
    )
  })

  it('tabulates the figures overall and per workflow, with the seed’s buckets', () => {
    // Errors: 1.6%, 7.7%, 1.7%, 40%, 100%: three excellent, one fair, one poor; 3 of 5 inside 500–700.
    expect(text).toContain('| **all** | 5 | 30.2% | 7.7% | 60% | 3 | 0 | 1 | 1 | 60% |')
    expect(text).toContain('| `nightly` | 5 | 30.2% | 7.7% | 60% | 3 | 0 | 1 | 1 | 60% |')
  })

  it('gives the trend of the last 7 days against the 30 before', () => {
    expect(text).toContain(
      'Trend (accuracy score): last 7 days 100.0% (2) vs previous 30 days 33.3% (3): improving.'
    )
  })

  it('lists the runs predicted next, the first ten', () => {
    expect(text).toContain('| `nightly` | 2024-03-01 13:00 UTC | 10m 5s | 9m 0s–11m 41s | 83% |')
    expect(text).toContain('_…and 2 more predictions._')
  })

  it('says when nothing has been compared yet', () => {
    const none = forecast()
    none.accuracy = trackedAccuracy({ workflows: [] }, [], new Date(NOW))
    expect(accuracyMarkdown(none)).toContain(
      'No prediction has been matched with a finished run yet.'
    )
    expect(accuracyLine(none)).toBe(
      'prediction accuracy: no prediction matched with a finished run yet'
    )
  })
})

describe('the accuracy in the JSON report', () => {
  const f = forecast(1)
  const json = accuracyJson(f).accuracy

  it('carries the figures, rounded, overall and per workflow', () => {
    const mean = (f.accuracy.outcomes.map(errorOf).reduce((a, b) => a + b, 0) / 5) * 100
    expect(json).toMatchObject({
      comparisons: 5,
      meanError: Math.round(mean * 100) / 100,
      accuracyScore: 0.6,
      buckets: { excellent: 3, good: 0, fair: 1, poor: 1 },
      coverage: 0.6,
      workflows: [{ workflow: 'nightly', comparisons: 5 }]
    })
  })

  it('carries the trend and its direction, this run’s facts and the predictions ahead', () => {
    expect(json.trend).toMatchObject({
      recent: { comparisons: 2, accuracyScore: 1 },
      previous: { comparisons: 3, accuracyScore: 0.3333 },
      direction: 'improving'
    })
    expect(json.thisRun).toEqual({
      horizonHours: 6,
      recorded: 6,
      matched: 2,
      dropped: 1,
      moreDataNeeded: ['weekly']
    })
    expect(json.ahead).toEqual([
      {
        workflow: 'nightly',
        due: '2024-03-01T13:00:00Z',
        predicted: 605,
        low: 540,
        high: 700.5,
        confidence: 0.83
      }
    ])
  })

  it('reads as one line in the log', () => {
    expect(trackingLine(f)).toMatch(/^predictions: recorded 6/)
    expect(accuracyLine(f)).toBe(
      'prediction accuracy over 5 runs: mean error 30.2%, median 7.7%, 60% within 25%, 80% interval coverage 60%; trend: last 7 days 100.0% (2) vs previous 30 days 33.3% (3): improving'
    )
  })
})
