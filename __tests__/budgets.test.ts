import { describe, expect, it } from '@jest/globals'
import {
  budgetedQuota,
  checkBudgets,
  dailyRise,
  planPauses,
  readBudgets
} from '../src/core/usage/budgets.js'
import { type Problem } from '../src/core/schedule/config-problems.js'

const at = (iso: string) => new Date(iso)
const ends = { daily: at('2025-03-11T00:00:00Z'), period: at('2025-04-01T00:00:00Z') }
const wf = [{ id: 'nightly', path: '.github/workflows/nightly.yml' }]

describe('budgets', () => {
  describe('when the config gives caps', () => {
    it('reads them, the unit defaulting to usage', () => {
      const problems: Problem[] = []
      expect(
        readBudgets({ daily: { limit: 50 }, period: { limit: 9, unit: 'dollars' } }, problems)
      ).toEqual({
        budgets: { daily: { limit: 50, unit: 'usage' }, period: { limit: 9, unit: 'dollars' } }
      })
      expect(problems).toEqual([])
    })
    it('names a bad unit', () => {
      const problems: Problem[] = []
      readBudgets({ daily: { limit: 5, unit: 'euros' } }, problems)
      expect(problems[0]?.message).toBe('must be one of usage, dollars, minutes, got "euros"')
    })
  })
  describe('daily rise', () => {
    it("is today's rise over the sample at or before midnight", () => {
      const samples = [
        { at: at('2025-03-09T12:00:00Z'), used: 10 },
        { at: at('2025-03-10T00:00:00Z'), used: 40 },
        { at: at('2025-03-10T06:00:00Z'), used: 55 }
      ]
      expect(dailyRise(samples, 70, at('2025-03-10T09:00:00Z'))).toBe(30)
    })
    it('is unknown without a sample before today', () => {
      expect(dailyRise([], 70, at('2025-03-10T09:00:00Z'))).toBeUndefined()
    })
  })
  describe('checking', () => {
    it('finds a spent daily cap, pausing until the day turns', () => {
      const result = checkBudgets(
        { daily: { limit: 30, unit: 'usage' } },
        { daily: { usage: 30 }, period: {} },
        ends
      )
      expect(result.spent).toEqual([
        { cap: 'daily', limit: 30, unit: 'usage', figure: 30, until: '2025-03-11T00:00:00.000Z' }
      ])
    })
    it('skips a dollar cap with no observed figure', () => {
      const result = checkBudgets(
        { period: { limit: 5, unit: 'dollars' } },
        { daily: {}, period: { usage: 9 } },
        ends
      )
      expect(result).toEqual({ spent: [], unchecked: [{ cap: 'period', unit: 'dollars' }] })
    })
  })
  describe('pausing', () => {
    const now = at('2025-03-10T09:00:00Z')
    it('pauses every managed workflow when a cap is spent', () => {
      const spent = [
        {
          cap: 'daily' as const,
          limit: 1,
          unit: 'usage' as const,
          figure: 2,
          until: '2025-03-11T00:00:00.000Z'
        }
      ]
      expect(planPauses([], spent, wf, now).pause).toEqual([
        {
          workflow: 'nightly',
          path: wf[0]!.path,
          reason: 'daily-budget',
          since: now.toISOString(),
          until: '2025-03-11T00:00:00.000Z'
        }
      ])
    })
    it('resumes exactly the recorded pauses when nothing is spent', () => {
      const recorded = [
        {
          workflow: 'nightly',
          path: wf[0]!.path,
          reason: 'daily-budget' as const,
          since: '',
          until: ''
        }
      ]
      expect(planPauses(recorded, [], wf, now)).toEqual({ pauses: [], pause: [], resume: recorded })
    })
  })
  it('aims under the tighter of the quota and a period budget in usage', () => {
    expect(budgetedQuota(1500, { period: { limit: 1000, unit: 'usage' } })).toBe(1000)
    expect(budgetedQuota(1500, { period: { limit: 10, unit: 'dollars' } })).toBe(1500)
  })
})
