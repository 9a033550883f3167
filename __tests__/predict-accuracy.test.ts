import { describe, expect, it } from '@jest/globals'
import {
  predictionError,
  predictionRecord,
  summarizeAccuracy,
  type PredictionOutcome
} from '../src/core/forecast/accuracy.js'
import { renderAccuracyReport } from '../src/reports/accuracy-report.js'

/** An outcome of workflow `w`: predicted 100 s with the interval [80, 125], made `daysAgo` before 2025-06-30. */
function outcome(
  actual: number,
  w = 'build',
  daysAgo = 0,
  confidence = 0.8,
  predicted = 100
): PredictionOutcome {
  const madeAt = new Date(Date.parse('2025-06-30T12:00:00Z') - daysAgo * 86_400_000).toISOString()
  return { prediction: { workflow: w, predicted, low: 80, high: 125, confidence, madeAt }, actual }
}

describe('accuracy of duration predictions', () => {
  describe('the error of one prediction', () => {
    it.each([
      [100, 100, 0],
      [110, 100, 10],
      [75, 100, 25],
      [100, 50, 100],
      [5, 0, 500]
    ])('predicted %s s, took %s s: %s%%', (predicted, actual, error) => {
      expect(predictionError(predicted, actual)).toBeCloseTo(error, 10)
    })
  })

  describe('the seed’s buckets', () => {
    // Took 100 s each time; errors 0, 10 (edge), 11, 25 (edge), 43, 50 (edge), 100 and 400%.
    const predicted = [100, 110, 111, 125, 143, 150, 200, 500]
    const summary = summarizeAccuracy(predicted.map(p => outcome(100, 'build', 0, 0.8, p)))

    it('puts each edge in the better bucket', () => {
      expect(summary.buckets).toEqual({ excellent: 2, good: 2, fair: 2, poor: 2 })
    })

    it('scores the share within 25%', () => {
      expect(summary.accuracyScore).toBe(0.5)
    })

    it('takes the mean and the median of the errors', () => {
      expect(summary.meanError).toBeCloseTo((0 + 10 + 11 + 25 + 43 + 50 + 100 + 400) / 8, 9)
      expect(summary.medianError).toBeCloseTo((25 + 43) / 2, 9)
    })
  })

  describe('the interval', () => {
    const summary = summarizeAccuracy([79, 80, 100, 125, 126].map(actual => outcome(actual)))

    it('counts the actuals inside it, ends included', () => {
      expect(summary.coverage).toBe(3 / 5)
    })

    it('measures its width against the estimate', () => {
      expect(summary.meanWidth).toBeCloseTo(0.45, 12)
    })
  })

  describe('per workflow', () => {
    const summary = summarizeAccuracy([
      outcome(100, 'deploy'),
      outcome(50, 'build'),
      outcome(100, 'build')
    ])

    it('lists each workflow, the most accurate first', () => {
      expect(summary.workflows.map(w => [w.workflow, w.comparisons, w.meanError])).toEqual([
        ['deploy', 1, 0],
        ['build', 2, 50]
      ])
    })
  })

  describe('the trend', () => {
    const outcomes = [
      ...[0, 2, 3].map(d => outcome(100, 'build', d)),
      ...[8, 20, 36].map(d => outcome(50, 'build', d)),
      outcome(50, 'build', 40)
    ]

    it('compares the last 7 days with the 30 before, leaving older predictions out', () => {
      const { trend } = summarizeAccuracy(outcomes)
      expect(trend.now).toBe('2025-06-30T12:00:00.000Z')
      expect(trend.recent).toMatchObject({ comparisons: 3, accuracyScore: 1 })
      expect(trend.previous).toMatchObject({ comparisons: 3, accuracyScore: 0 })
    })

    it('reads the windows back from the time given', () => {
      // 13 July to 20 July holds nothing; 13 June to 13 July holds the predictions 0, 2, 3 and 8 days old.
      const { trend } = summarizeAccuracy(outcomes, new Date('2025-07-20T00:00:00Z'))
      expect(trend.recent).toBeUndefined()
      expect(trend.previous).toMatchObject({ comparisons: 4, accuracyScore: 0.75 })
    })
  })

  describe('calibration', () => {
    it('bins predictions by confidence with their hit rate', () => {
      const outcomes = [
        outcome(100, 'b', 0, 0.92),
        outcome(300, 'b', 0, 0.95),
        outcome(100, 'b', 0, 0.31)
      ]
      expect(summarizeAccuracy(outcomes).calibration).toEqual([
        { from: 0.3, to: 0.4, comparisons: 1, meanConfidence: 0.31, hitRate: 1 },
        { from: 0.9, to: 1, comparisons: 2, meanConfidence: 0.935, hitRate: 0.5 }
      ])
    })
  })

  describe('a prediction record', () => {
    it('keeps seconds to a tenth and the confidence to a hundredth', () => {
      const prediction = {
        predicted: 123.456,
        low: 99.94,
        high: 180.06,
        confidence: 0.8349,
        moreDataNeeded: false,
        runs: 9
      }
      expect(
        predictionRecord('build', prediction, new Date('2025-06-30T00:00:00Z'), {
          due: '2025-06-30T06:00:00Z'
        })
      ).toEqual({
        workflow: 'build',
        due: '2025-06-30T06:00:00Z',
        predicted: 123.5,
        low: 99.9,
        high: 180.1,
        confidence: 0.83,
        madeAt: '2025-06-30T00:00:00.000Z'
      })
    })
  })

  describe('the report', () => {
    it('lays out the seed’s sections with the figures', () => {
      const text = renderAccuracyReport(
        summarizeAccuracy([outcome(100), outcome(90), outcome(40, 'deploy')])
      )
      expect(text).toContain('📊 Workflow Execution Time Prediction Accuracy Report')
      expect(text).toContain('  Total Comparisons: 3\n  Mean Error: 53.7%\n  Median Error: 11.1%')
      expect(text).toContain('  Overall Accuracy Score: 66.7%')
      expect(text).toContain('  80% Interval Coverage: 66.7% (mean width 0.45× the estimate)')
      expect(text).toContain('  Excellent (≤10% error): 1 (33%)\n  Good (10-25% error):    1 (33%)')
      expect(text).toContain('  Poor (>50% error):      1 (33%)')
      expect(text).toMatch(/build\s+2\s+5\.6%\s+100%\s+100%/)
      expect(text).toMatch(/deploy\s+1\s+150\.0%\s+0%\s+0%/)
    })

    it('says so when nothing was compared yet', () => {
      expect(renderAccuracyReport(summarizeAccuracy([]))).toContain(
        'No predictions to compare yet.'
      )
    })
  })
})
