import { describe, expect, it, test } from '@jest/globals'
import {
  budgetedQuota,
  checkBudgets,
  dailyRise,
  planPauses,
  readBudgets,
  readLifts,
  type BudgetPause,
  type SpentCap
} from '../src/core/usage/budgets.js'
import { spendBetween, spendKnown } from '../src/core/runs/spend.js'
import { type Status } from '../src/core/usage/usage.js'
import { mergePauses } from '../src/use-cases/budgets/pause-state.js'
import { type JobRecord, type RunRecord } from '../src/core/runs/records.js'
import {
  alertStatus,
  failureChanges,
  failurePausesOf,
  pausedRows,
  type Paused
} from '../src/core/usage/paused.js'
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
          until: '2025-03-11T00:00:00.000Z',
          limit: 1,
          unit: 'usage',
          figure: 2
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

  describe('pausing again and lifting', () => {
    const now = at('2025-03-10T09:00:00Z')
    const daily: SpentCap = {
      cap: 'daily',
      limit: 1,
      unit: 'usage',
      figure: 2,
      until: '2025-03-11T00:00:00.000Z'
    }
    const made: BudgetPause = {
      workflow: 'nightly',
      path: wf[0]!.path,
      reason: 'daily-budget',
      since: '2025-03-10T06:00:00.000Z',
      until: daily.until,
      limit: 1,
      unit: 'usage',
      figure: 1.5,
      disabled: true
    }
    it('keeps a pause made for the same cap as it was: no change to record', () => {
      expect(planPauses([made], [{ ...daily, figure: 3 }], wf, now)).toEqual({
        pauses: [made],
        pause: [],
        resume: []
      })
    })
    it('moves a pause to the later cap when the period budget is spent too, keeping its since', () => {
      const period: SpentCap = { ...daily, cap: 'period', until: '2025-04-01T00:00:00.000Z' }
      const plan = planPauses([made], [daily, period], wf, now)
      expect(plan.pauses).toEqual([
        expect.objectContaining({
          reason: 'period-budget',
          since: made.since,
          until: period.until
        })
      ])
      expect([plan.pause, plan.resume]).toEqual([[], []])
    })
    it('does not pause a workflow a person resumed until its cap turns', () => {
      const lifts = [{ workflow: 'nightly', until: daily.until }]
      expect(planPauses([], [daily], wf, now, lifts).pauses).toEqual([])
      const period: SpentCap = { ...daily, cap: 'period', until: '2025-04-01T00:00:00.000Z' }
      expect(planPauses([], [period], wf, now, lifts).pauses).toHaveLength(1)
    })
    it('forgets lifts whose cap has turned, and malformed ones', () => {
      const raw = [
        { workflow: 'nightly', until: '2025-03-11T00:00:00.000Z' },
        { workflow: 'old', until: '2025-03-10T00:00:00.000Z' },
        { workflow: 3 }
      ]
      expect(readLifts(raw, now)).toEqual([raw[0]])
    })
  })
})

describe('what the recorded runs spent', () => {
  const run = (id: number, createdAt: string): RunRecord => ({
    id,
    workflowId: 1,
    attempt: 1,
    event: 'schedule',
    branch: 'main',
    status: 'completed',
    conclusion: 'success',
    createdAt,
    startedAt: createdAt,
    updatedAt: createdAt
  })
  const job = (runId: number, minutes: number, labels = ['ubuntu-latest']): JobRecord => ({
    id: runId * 10,
    runId,
    attempt: 1,
    name: 'work',
    labels,
    startedAt: '2025-03-10T03:00:00Z',
    completedAt: new Date(Date.parse('2025-03-10T03:00:00Z') + minutes * 60_000 - 1).toISOString(),
    conclusion: 'success'
  })
  const day = [at('2025-03-10T00:00:00Z'), at('2025-03-10T12:00:00Z')] as const

  it('prices the runs created in the span from their jobs, minutes rounded up', () => {
    const api = {
      workflows: [],
      runs: [run(1, '2025-03-10T03:00:00Z'), run(2, '2025-03-09T23:59:59Z')],
      jobs: [job(1, 10), job(2, 30), { ...job(1, 2, ['windows-latest']), id: 11 }]
    }
    expect(spendBetween(api, ...day)).toEqual({
      runs: 1,
      unpriced: 0,
      billableMinutes: 14,
      dollars: 0.08
    })
  })
  it('counts a run without jobs apart: a figure while any run is priced, none when none is', () => {
    const runs = [run(1, '2025-03-10T03:00:00Z'), run(2, '2025-03-10T04:00:00Z')]
    const partly = spendBetween({ workflows: [], runs, jobs: [job(1, 10)] }, ...day)
    expect([partly.unpriced, partly.dollars, spendKnown(partly)]).toEqual([1, 0.06, true])
    const none = spendBetween({ workflows: [], runs, jobs: [] }, ...day)
    expect(spendKnown(none)).toBe(false)
    expect(spendKnown(spendBetween({ workflows: [], runs: [], jobs: [] }, ...day))).toBe(true)
  })
})

describe('what is paused', () => {
  const budget: BudgetPause = {
    workflow: 'nightly',
    path: '.github/workflows/nightly.yml',
    reason: 'period-budget',
    since: '2025-03-30T00:00:00.000Z',
    until: '2025-04-01T00:00:00.000Z'
  }
  const failure = {
    workflow: 'hourly',
    path: '.github/workflows/hourly.yml',
    since: '',
    runs: [3, 2, 1]
  }
  const paused = (b: BudgetPause[], f: (typeof failure)[]): Paused => ({ budget: b, failures: f })

  const cases: Array<[Status, Paused, Status]> = [
    ['SAFE', paused([], []), 'SAFE'],
    ['SAFE', paused([], [failure]), 'WARNING'],
    ['CRITICAL', paused([], [failure]), 'CRITICAL'],
    ['WARNING', paused([budget], []), 'CRITICAL']
  ]
  test.each(cases)('raises usage %s with the pauses %j to %s', (usage, p, status) => {
    expect(alertStatus(usage, p)).toBe(status)
  })

  it('lists each workflow once in the paused output, its budget pause first', () => {
    const both = paused([budget], [failure, { ...failure, workflow: 'nightly' }])
    expect(pausedRows(both)).toEqual([
      { workflow: 'nightly', path: budget.path, reason: 'period-budget', until: budget.until },
      { workflow: 'hourly', path: failure.path, reason: 'failures', until: null }
    ])
  })

  it('reads the failure pauses a dispatch state records, leniently', () => {
    const workflows = [{ id: 'hourly', path: failure.path }]
    const dispatch = { ticks: [], paused: { hourly: { since: 'x', runs: [1] }, bad: 3 } }
    expect(failurePausesOf(dispatch, workflows)).toEqual([
      { workflow: 'hourly', path: failure.path, since: 'x', runs: [1] }
    ])
    expect(failurePausesOf(undefined, workflows)).toEqual([])
  })

  it('tells failure pauses made and lifted', () => {
    const workflows = [
      { id: 'hourly', path: failure.path },
      { id: 'nightly', path: budget.path }
    ]
    const changes = failureChanges({ nightly: {} }, [failure], workflows, true)
    expect(changes).toEqual([
      { workflow: 'hourly', path: failure.path, reason: 'failures', change: 'paused', until: null },
      {
        workflow: 'nightly',
        path: budget.path,
        reason: 'failures',
        change: 'resumed',
        until: null,
        byHand: true
      }
    ])
  })
})

describe('two runs recording pauses at once', () => {
  const p = (workflow: string, since = 'a'): BudgetPause => ({
    workflow,
    path: `.github/workflows/${workflow}.yml`,
    reason: 'daily-budget',
    since,
    until: '2025-03-11T00:00:00.000Z',
    disabled: true
  })
  it('keeps the pauses the other run made, which this run took for a person’s', () => {
    // This run saw nightly disabled already (by the other run) and paused hourly only.
    expect(mergePauses([p('hourly')], [], [p('nightly'), p('hourly')])).toEqual([
      p('hourly'),
      p('nightly')
    ])
  })
  it('keeps a pause the other run lifted lifted, unless this run changed it', () => {
    expect(mergePauses([p('nightly')], [p('nightly')], [])).toEqual([])
    expect(mergePauses([p('nightly', 'b')], [p('nightly')], [])).toEqual([p('nightly', 'b')])
  })
})
