import { describe, expect, it } from '@jest/globals'
import { betaCdf, betaQuantile, outcomeOf, successRate } from '../src/core/forecast/success-rate.js'

describe('success rate', () => {
  describe('which runs count', () => {
    it.each([
      ['success', 'success'],
      ['failure', 'failure'],
      ['cancelled', 'failure'],
      ['timed_out', 'failure'],
      ['startup_failure', 'failure'],
      ['skipped', undefined],
      ['neutral', undefined],
      ['action_required', undefined],
      [null, undefined]
    ])('counts a %s run as %s', (conclusion, outcome) => {
      expect(outcomeOf(conclusion)).toBe(outcome)
    })
  })

  describe('the Beta posterior under a uniform prior', () => {
    it('is the uniform distribution itself before any run', () => {
      const rate = successRate(0, 0)
      expect(rate.rate).toBe(0.5)
      expect(rate.low).toBeCloseTo(0.025, 9)
      expect(rate.high).toBeCloseTo(0.975, 9)
    })

    it('has mean (s + 1) / (n + 2)', () => {
      expect(successRate(8, 2).rate).toBeCloseTo(9 / 12, 12)
      expect(successRate(95, 5).rate).toBeCloseTo(96 / 102, 12)
    })

    it('after only successes, has the closed-form interval of Beta(s + 1, 1)', () => {
      const rate = successRate(9, 0)
      expect(rate.low).toBeCloseTo(0.025 ** (1 / 10), 9)
      expect(rate.high).toBeCloseTo(0.975 ** (1 / 10), 9)
    })

    it('after only failures, mirrors it', () => {
      const rate = successRate(0, 9)
      expect(rate.low).toBeCloseTo(1 - 0.975 ** (1 / 10), 9)
      expect(rate.high).toBeCloseTo(1 - 0.025 ** (1 / 10), 9)
    })

    it('narrows as runs accumulate, around the observed share', () => {
      const few = successRate(9, 1)
      const many = successRate(900, 100)
      expect(many.high - many.low).toBeLessThan((few.high - few.low) / 5)
      expect(many.low).toBeLessThan(0.9)
      expect(many.high).toBeGreaterThan(0.9)
      // Normal approximation: 0.9 ± 1.96 × √(0.9 × 0.1 / 1000) ≈ [0.881, 0.918].
      expect(many.low).toBeCloseTo(0.881, 2)
      expect(many.high).toBeCloseTo(0.918, 2)
    })

    it('accepts another prior', () => {
      expect(successRate(3, 1, { alpha: 0.5, beta: 0.5 }).rate).toBeCloseTo(3.5 / 5, 12)
    })

    it('refuses negative counts', () => {
      expect(() => successRate(-1, 2)).toThrow(RangeError)
    })
  })

  describe('the Beta distribution', () => {
    it.each([
      // I_x(a, b) for whole a, b is P(Binomial(a + b − 1, x) ≥ a).
      [0.5, 2, 3, 11 / 16],
      [0.3, 1, 1, 0.3],
      [0.2, 2, 2, 3 * 0.04 - 2 * 0.008],
      [0.9, 5, 1, 0.9 ** 5]
    ])('has CDF(%s; %s, %s) = %s', (x, a, b, expected) => {
      expect(betaCdf(x, a, b)).toBeCloseTo(expected, 10)
    })

    it('has quantiles that invert the CDF', () => {
      for (const [a, b] of [
        [2.5, 7],
        [30, 4],
        [0.5, 0.5]
      ] as const)
        for (const p of [0.025, 0.5, 0.975])
          expect(betaCdf(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 9)
    })
  })
})
