/**
 * Live usage in the core (DESIGN §10): which report queries cover the period, the sum of the items that count toward a
 * source, the finished days cached, the inputs that choose a source, and the state's `billing` section.
 */
import { describe, expect, it, test } from '@jest/globals'
import { ValidationError } from '../src/core/errors.js'
import { emptyState, mergeStates, parseState, recordInState } from '../src/core/state/state.js'
import { planBillingRead, type BillingQuery } from '../src/core/usage/billing-period.js'
import {
  countsToward,
  parseBillingAccount,
  parseUsageSource,
  type BillingItem,
  type BillingSource
} from '../src/core/usage/billing-source.js'
import { cachedDays, sumBillingUsage, type BillingCache } from '../src/core/usage/billing-sum.js'
import { periodAt } from '../src/core/usage/period.js'
import { parseActionSettings } from '../src/settings.js'

const at = (iso: string) => new Date(iso)
const month = (year: number, m: number): BillingQuery => ({ year, month: m })
const days = (year: number, m: number, from: number, to: number): BillingQuery[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ year, month: m, day: from + i }))

const pad = (n: number | undefined) => String(n).padStart(2, '0')
const key = (q: BillingQuery) => `${q.year}-${pad(q.month)}-${pad(q.day)}`

function plan(now: string, resetDay: number, cached: Record<string, number> = {}) {
  return planBillingRead(periodAt(at(now), resetDay), at(now), cached)
}

describe('planBillingRead', () => {
  describe('when the period starts on the 1st', () => {
    it('reads the month so far in one query', () => {
      expect(plan('2025-11-12T02:24:00Z', 1)).toEqual({ queries: [month(2025, 11)], reused: {} })
    })
  })

  describe('when the reset day is mid-month', () => {
    it('reads each day from the reset day to today while the period is in its first month', () => {
      expect(plan('2025-11-12T02:24:00Z', 5).queries).toEqual(days(2025, 11, 5, 12))
    })

    it('reads the first month by day and the next, which the period holds from the 1st, whole', () => {
      expect(plan('2025-11-12T02:24:00Z', 20).queries).toEqual([
        ...days(2025, 10, 20, 31),
        month(2025, 11)
      ])
    })

    it('crosses the year', () => {
      expect(plan('2025-01-10T00:00:00Z', 15).queries).toEqual([
        ...days(2024, 12, 15, 31),
        month(2025, 1)
      ])
    })

    it('starts on the clamped day when the reset day is past the month’s end', () => {
      expect(plan('2026-03-10T12:00:00Z', 31).queries).toEqual([
        { year: 2026, month: 2, day: 28 },
        month(2026, 3)
      ])
    })

    it('reads only the reset day at the reset instant', () => {
      expect(plan('2025-11-05T00:00:00Z', 5).queries).toEqual([{ year: 2025, month: 11, day: 5 }])
    })
  })

  describe('with cached days', () => {
    const cache = Object.fromEntries(days(2025, 11, 5, 12).map(d => [key(d), 1]))

    it('reuses the settled days and reads the rest: at most three calls a day', () => {
      const read = plan('2025-11-13T02:24:00Z', 5, cache)
      expect(Object.keys(read.reused)).toEqual(days(2025, 11, 5, 11).map(d => key(d)))
      // 12 November ended less than a day ago: GitHub may still be filling it in.
      expect(read.queries).toEqual(days(2025, 11, 12, 13))
    })

    it('ignores cached days outside the period', () => {
      const read = plan('2025-11-13T02:24:00Z', 5, { '2025-11-01': 40, '2025-11-06': 2 })
      expect(read.reused).toEqual({ '2025-11-06': 2 })
      expect(read.queries).toEqual([...days(2025, 11, 5, 5), ...days(2025, 11, 7, 13)])
    })

    it('reads a month the period holds from the 1st in one query, cache or not', () => {
      const read = plan('2025-11-12T02:24:00Z', 20, { '2025-11-02': 3 })
      expect(read.queries.at(-1)).toEqual(month(2025, 11))
      expect(read.reused).toEqual({})
    })
  })
})

const item = (date: string, quantity: number, extra: Partial<BillingItem> = {}): BillingItem => ({
  date,
  product: 'Actions',
  sku: 'Actions Linux',
  unitType: 'Minutes',
  quantity,
  ...extra
})

describe('countsToward', () => {
  test.each<[BillingSource, BillingItem, boolean]>([
    ['actions-minutes', item('2025-11-01', 1), true],
    ['actions-minutes', item('2025-11-01', 1, { unitType: 'minute' }), true],
    ['actions-minutes', item('2025-11-01', 1, { unitType: 'GigabyteHours' }), false],
    ['actions-minutes', item('2025-11-01', 1, { product: 'Shared Storage' }), false],
    ['premium-requests', item('2025-11-01', 1, { product: 'Copilot' }), true],
    ['ai-credits', item('2025-11-01', 1, { product: 'Copilot' }), true]
  ])('%s counts %j: %s', (source, line, expected) => {
    expect(countsToward(source, line)).toBe(expected)
  })
})

describe('sumBillingUsage', () => {
  const now = at('2025-11-13T02:24:00Z')
  const period = periodAt(now, 5)

  it('adds the reused days to the answers, and caches the settled days read by day', () => {
    const read = planBillingRead(period, now, { '2025-11-05': 10, '2025-11-06': 0 })
    const answers = read.queries.map(query => ({
      query,
      items: [item(key(query), 2), item(key(query), 5, { product: 'Shared Storage' })]
    }))
    const sum = sumBillingUsage({ source: 'actions-minutes', period, now, plan: read, answers })
    expect(sum.used).toBe(10 + 2 * 7)
    expect(sum.days).toEqual({
      '2025-11-05': 10,
      '2025-11-06': 0,
      ...Object.fromEntries(days(2025, 11, 7, 11).map(d => [key(d), 2]))
    })
    expect(sum.itemAt).toEqual(now)
  })

  it('sums premium requests over a month without dates and dates the newest item now', () => {
    const monthNow = at('2025-11-12T02:24:00Z')
    const read = planBillingRead(periodAt(monthNow, 1), monthNow, {})
    const answers = [{ query: read.queries[0]!, items: [item('2025-11', 3.5), item('2025-11', 1)] }]
    const sum = sumBillingUsage({
      source: 'premium-requests',
      period: periodAt(monthNow, 1),
      now: monthNow,
      plan: read,
      answers
    })
    expect([sum.used, sum.items, sum.itemAt, sum.days]).toEqual([4.5, 2, monthNow, {}])
  })

  it('dates the usage by the end of its newest day', () => {
    const read = planBillingRead(period, now, {})
    const answers = [{ query: read.queries[1]!, items: [item('2025-11-06', 4)] }]
    const sum = sumBillingUsage({ source: 'actions-minutes', period, now, plan: read, answers })
    expect(sum.itemAt).toEqual(at('2025-11-07T00:00:00Z'))
  })

  it('leaves out items dated before the period', () => {
    const read = planBillingRead(period, now, {})
    const answers = [{ query: { year: 2025, month: 11 }, items: [item('2025-11-04', 9)] }]
    const sum = sumBillingUsage({ source: 'actions-minutes', period, now, plan: read, answers })
    expect([sum.used, sum.items]).toEqual([0, 0])
  })

  it('counts nothing when the reports have no item: used 0, no newest item', () => {
    const read = planBillingRead(period, now, {})
    const answers = read.queries.map(query => ({ query, items: [] }))
    const sum = sumBillingUsage({ source: 'ai-credits', period, now, plan: read, answers })
    expect([sum.used, sum.items, sum.itemAt]).toEqual([0, 0, undefined])
  })
})

describe('cachedDays', () => {
  const section: BillingCache = {
    source: 'premium-requests',
    account: 'user:octocat',
    days: { '2025-11-05': 3, bad: 4, '2025-11-06': -1 }
  }

  it('takes the valid days of a section for the same source and account', () => {
    const who = { source: 'premium-requests', account: 'user:octocat' } as const
    expect(cachedDays(section, who)).toEqual({ '2025-11-05': 3 })
  })

  test.each<[string, { source: BillingSource; account: string }]>([
    ['another source', { source: 'ai-credits', account: 'user:octocat' }],
    ['another account', { source: 'premium-requests', account: 'org:octo-org' }]
  ])('is empty for %s', (_name, who) => {
    expect(cachedDays(section, who)).toEqual({})
  })
})

describe('the usage source inputs', () => {
  const inputs = (values: Record<string, string>) =>
    parseActionSettings(name => ({ token: 'ghs_repo', ...values })[name] ?? '')

  it('defaults to the input, the repository owner and the token', () => {
    expect(inputs({}).billing).toEqual({ source: 'input', account: undefined, token: 'ghs_repo' })
  })

  it('reads a source, an organisation and a billing token', () => {
    const settings = inputs({
      'usage-source': 'Premium-Requests',
      'billing-account': 'org:octo-org',
      'billing-token': 'ghp_billing'
    })
    expect(settings.billing).toEqual({
      source: 'premium-requests',
      account: { kind: 'org', name: 'octo-org' },
      token: 'ghp_billing'
    })
  })

  it('names both inputs and the values they got', () => {
    let problems: readonly string[] = []
    try {
      inputs({ 'usage-source': 'copilot', 'billing-account': 'octocat' })
    } catch (error) {
      problems = (error as ValidationError).problems
    }
    expect(problems).toEqual([
      "input 'usage-source' must be one of input, ai-credits, premium-requests, actions-minutes, got 'copilot'",
      "input 'billing-account' must be user:NAME or org:NAME (a GitHub login), or empty for the repository owner, got 'octocat'"
    ])
  })

  test.each([
    ['user:octocat', { kind: 'user', name: 'octocat' }],
    [' org:octo-org ', { kind: 'org', name: 'octo-org' }],
    ['organization:Octo-Org', { kind: 'org', name: 'Octo-Org' }],
    ['', undefined]
  ])('reads billing-account %j', (raw, expected) => {
    const problems: string[] = []
    expect(parseBillingAccount(raw, 'x', problems)).toEqual(expected)
    expect(problems).toEqual([])
  })

  test.each(['user:', 'org:-bad', 'team:x', 'user:a b'])('refuses billing-account %j', raw => {
    const problems: string[] = []
    parseBillingAccount(raw, 'x', problems)
    expect(problems).toHaveLength(1)
  })

  it('reads an empty usage source as input', () => {
    expect(parseUsageSource('', 'x', [])).toBe('input')
  })
})

describe('the state’s billing section', () => {
  const billing: BillingCache = {
    source: 'actions-minutes',
    account: 'org:octo-org',
    days: { '2025-11-05': 12.5 },
    note: 'kept'
  }

  it('is read with its unknown fields, from a version-1 file too', () => {
    const text = JSON.stringify({ version: 1, samples: [], changes: [], billing })
    expect(parseState(text, 'state.json').billing).toEqual(billing)
  })

  it('names a malformed section', () => {
    const text = JSON.stringify({ version: 2, samples: [], changes: [], billing: { days: [] } })
    expect(() => parseState(text, 'state.json')).toThrow(ValidationError)
    expect(() => parseState(text, 'state.json')).toThrow(
      'state.json: billing.source must be a string'
    )
  })

  it('is replaced by a run’s cache and survives a merge after a conflict', () => {
    const base = emptyState()
    const ours = recordInState(base, {
      samples: [{ at: at('2025-11-13T00:00:00Z'), used: 40 }],
      billing
    })
    expect(ours.billing).toEqual(billing)
    const newer = recordInState(base, { samples: [{ at: at('2025-11-13T00:01:00Z'), used: 41 }] })
    const merged = mergeStates(newer, ours, base)
    expect(merged.billing).toEqual(billing)
    expect(merged.samples).toHaveLength(2)
  })
})
