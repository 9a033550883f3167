import { describe, expect, it, test } from '@jest/globals'
import { periodAt } from '../src/core/usage/period.js'
import { assessUsage, type UsageInput } from '../src/core/usage/usage.js'
import { modeReasonText } from '../src/reports/reasons.js'

const at = (iso: string) => new Date(iso)
const day = (d: Date) => d.toISOString().slice(0, 10)

describe('period', () => {
  test.each([
    ['a mid-month day', '2025-11-12T02:24:00Z', 1, '2025-11-01', '2025-12-01', 30],
    ['reset day 31 in February', '2026-02-15T12:00:00Z', 31, '2026-01-31', '2026-02-28', 28],
    [
      'reset day 31 just after the clamped February reset',
      '2026-03-01T00:00:00Z',
      31,
      '2026-02-28',
      '2026-03-31',
      31
    ],
    [
      'reset day 31 in a leap-year February',
      '2028-02-15T00:00:00Z',
      31,
      '2028-01-31',
      '2028-02-29',
      29
    ],
    [
      'reset day 30 on 29 February of a leap year',
      '2024-02-29T06:00:00Z',
      30,
      '2024-02-29',
      '2024-03-30',
      30
    ],
    ['the reset instant itself', '2025-12-01T00:00:00Z', 1, '2025-12-01', '2026-01-01', 31],
    [
      'one millisecond before the reset',
      '2025-11-30T23:59:59.999Z',
      1,
      '2025-11-01',
      '2025-12-01',
      30
    ],
    ['a reset day later in the month', '2025-01-10T00:00:00Z', 15, '2024-12-15', '2025-01-15', 31]
  ])('on %s (%s, reset day %i) runs %s → %s, %i days', (_name, now, resetDay, start, end, days) => {
    const period = periodAt(at(now), resetDay)
    expect([day(period.start), day(period.end), period.days]).toEqual([start, end, days])
    expect(period.elapsedDays + period.remainingDays).toBeCloseTo(days, 9)
  })
})

const base: UsageInput = { quota: 1500, used: 300, resetDay: 1, now: at('2025-11-12T02:24:00Z') }

describe('assessUsage', () => {
  describe("the original tracker's worked example (quota 1500, used 300, 18.9 days left)", () => {
    const report = assessUsage(base)
    it('has 18.9 days until the reset on 2025-12-01', () => {
      expect(report.period.remainingDays).toBeCloseTo(18.9, 5)
      expect(day(report.period.end)).toBe('2025-12-01')
    })
    it('burns ≈27.0 a day from the period average', () => {
      expect(report.burnRate).toBeCloseTo(27.03, 2)
      expect(report.burnBasis).toEqual({ kind: 'period-average' })
    })
    it('projects ≈810 at the reset', () => expect(report.projected).toBeCloseTo(810.8, 1))
    it('is SAFE and AGGRESSIVE', () =>
      expect([report.status, report.mode]).toEqual(['SAFE', 'aggressive']))
    it('reports 20% used and 1,200 remaining', () => {
      expect([report.usagePercent, report.remaining]).toEqual([20, 1200])
    })
  })

  describe('mode and status', () => {
    test.each([
      ['well under pace', 300, 'SAFE', 'aggressive'],
      ['on pace', 450, 'SAFE', 'normal'],
      ['on pace but projected into the alert zone', 520, 'WARNING', 'normal'],
      ['ahead of pace and projected over the quota', 900, 'CRITICAL', 'conservative'],
      ['over the quota already', 1600, 'CRITICAL', 'conservative'],
      ['exactly at the quota', 1500, 'CRITICAL', 'conservative']
    ])('%s (used %i) is %s and %s', (_name, used, status, mode) => {
      const report = assessUsage({ ...base, used })
      expect([report.status, report.mode]).toEqual([status, mode])
    })

    it('is WARNING when usage alone reaches alert-at, even with no time left to burn', () => {
      const report = assessUsage({ ...base, used: 1350, now: at('2025-11-30T23:59:59Z') })
      expect(report.status).toBe('WARNING')
    })

    it('takes the thresholds from the config', () => {
      const thresholds = { aggressiveBelow: 0.5, conservativeAbove: 2, alertAt: 0.9 }
      expect(assessUsage({ ...base, thresholds }).mode).toBe('normal')
    })

    it('keeps the status when the mode is forced', () => {
      const report = assessUsage({ ...base, used: 1600, forcedMode: 'aggressive' })
      expect([report.mode, report.status, report.forced, report.modeReason]).toEqual([
        'aggressive',
        'CRITICAL',
        true,
        { rule: 'forced', mode: 'aggressive' }
      ])
      expect(modeReasonText(report.modeReason)).toBe('forced to aggressive')
    })

    it('explains a conservative choice by the projection', () => {
      const reason = assessUsage({ ...base, used: 900 }).modeReason
      expect(reason).toEqual({
        rule: 'projection-above-quota',
        projected: expect.closeTo(2432, 0),
        quota: 1500
      })
      expect(modeReasonText(reason)).toBe('projected 2,432 exceeds the quota of 1,500')
    })
  })

  describe('the mode reason: the rule and its figures, worded by the reports', () => {
    // 11.1 of 30 days gone: pace = used / 555. A sample of 790 on 2025-11-04 makes the burn 1.25 a day.
    const slow = [{ at: at('2025-11-04T02:24:00Z'), used: 790 }]
    test.each([
      [
        'under 0.7: aggressive',
        { used: 300 },
        { rule: 'pace-below', pace: 300 / 555, threshold: 0.7 },
        'pace 0.54 is below 0.7: quota to spare'
      ],
      [
        'within 0.7–1.3: normal',
        { used: 450 },
        { rule: 'pace-within', pace: 450 / 555, low: 0.7, high: 1.3 },
        'pace 0.81 is within 0.7–1.3'
      ],
      [
        'above 1.3 with the projection under the quota: conservative',
        { used: 800, history: slow },
        { rule: 'pace-above', pace: 800 / 555, threshold: 1.3 },
        'pace 1.44 is above 1.3'
      ]
    ])('a pace %s', (_name, overrides, reason, text) => {
      const report = assessUsage({ ...base, ...overrides })
      const { pace, ...rest } = reason
      expect(report.modeReason).toEqual({ ...rest, pace: expect.closeTo(pace, 9) })
      expect(modeReasonText(report.modeReason)).toBe(text)
    })
  })

  describe('burn rate from history', () => {
    it('uses the newest sample of this period taken at least 7 days ago', () => {
      const history = [
        { at: at('2025-11-02T02:24:00Z'), used: 20 },
        { at: at('2025-11-04T02:24:00Z'), used: 100 },
        { at: at('2025-11-10T02:24:00Z'), used: 250 }
      ]
      const report = assessUsage({ ...base, history })
      expect(report.burnRate).toBeCloseTo(200 / 8, 9)
      expect(report.burnBasis).toEqual({ kind: 'history', sample: history[1] })
    })

    it('falls back to the period average when every sample is newer than 7 days', () => {
      const report = assessUsage({
        ...base,
        history: [{ at: at('2025-11-10T00:00:00Z'), used: 200 }]
      })
      expect(report.burnBasis).toEqual({ kind: 'period-average' })
    })

    it('ignores samples of the previous period', () => {
      const report = assessUsage({
        ...base,
        history: [{ at: at('2025-10-20T00:00:00Z'), used: 10 }]
      })
      expect(report.burnBasis).toEqual({ kind: 'period-average' })
      expect(report.warnings).toEqual([])
    })

    it('drops a sample larger than the current usage with a warning', () => {
      const report = assessUsage({
        ...base,
        history: [{ at: at('2025-11-03T00:00:00Z'), used: 450 }]
      })
      expect(report.burnBasis).toEqual({ kind: 'period-average' })
      expect(report.warnings).toEqual([
        { kind: 'correction', at: new Date('2025-11-03T00:00:00Z'), sampleUsed: 450, used: 300 }
      ])
    })
  })

  describe('at the reset instant', () => {
    const report = assessUsage({ ...base, used: 0, now: at('2025-12-01T00:00:00Z') })
    it('starts a new period with nothing elapsed', () => {
      expect([report.period.elapsedDays, report.period.remainingDays]).toEqual([0, 31])
    })
    it('divides by at least one day', () => expect([report.burnRate, report.pace]).toEqual([0, 0]))
    it('is SAFE and aggressive', () =>
      expect([report.status, report.mode]).toEqual(['SAFE', 'aggressive']))
  })
})
