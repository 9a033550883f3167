/**
 * Live usage (DESIGN §10, issue 9) end to end: the bundled action (dist/index.js) run as a runner runs it, reading
 * `used` from the GitHub fake's billing endpoints — premium requests, AI credits and Actions minutes, of a user and of
 * an organisation — with refusals that write nothing, `used` winning over the source, and the finished days cached
 * in the state so a steady-state daily run makes at most 3 billing calls.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { exampleFiles } from '../__fixtures__/example-repo.js'
import {
  startGitHubFake,
  type FakeBillingAccount,
  type FakeModelUsageItem,
  type FakeOptions,
  type FakeUsageItem,
  type GitHubFake
} from '../__fixtures__/github-fake/index.js'
import { runAction, type ActionRun } from '../__fixtures__/run-action.js'

const TOKEN = 'ghp_workflow_pat'
const BILLING_PAT = 'ghp_billing_pat'
const STATE = 'orchestrator-state'
const NOW = '2025-11-12T02:24:00Z'

let fake: GitHubFake

afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.close()
})

const minutes = (date: string, quantity: number, product = 'Actions'): FakeUsageItem => ({
  date: `${date}T00:00:00Z`,
  product,
  sku: product === 'Actions' ? 'Actions Linux' : 'Shared Storage',
  quantity,
  unitType: product === 'Actions' ? 'Minutes' : 'GigabyteHours',
  pricePerUnit: 0.008,
  grossAmount: quantity * 0.008,
  discountAmount: 0,
  netAmount: quantity * 0.008
})

const requests = (date: string, count: number, sku: string): FakeModelUsageItem => ({
  date,
  user: 'mona',
  product: 'Copilot',
  sku,
  model: 'GPT-5',
  unitType: 'requests',
  pricePerUnit: 0.04,
  grossQuantity: count,
  grossAmount: count * 0.04,
  discountQuantity: count,
  discountAmount: count * 0.04,
  netQuantity: 0,
  netAmount: 0
})

/** One account's usage in October and November 2025: 7 of each kind before the 5th, more after. */
function usageOf(): FakeBillingAccount {
  const days = ['2025-10-28', '2025-11-02', '2025-11-06', '2025-11-09', '2025-11-12']
  const counts = [7, 5, 30, 12, 4]
  return {
    usageItems: [
      ...days.map((d, i) => minutes(d, counts[i]!)),
      minutes('2025-11-09', 999, 'Shared Storage')
    ],
    premiumRequestItems: days.map((d, i) => requests(d, counts[i]!, 'Copilot Premium Request')),
    aiCreditItems: days.map((d, i) => requests(d, counts[i]! * 10, 'Copilot AI Credit'))
  }
}

async function start(options: FakeOptions = {}): Promise<GitHubFake> {
  fake = await startGitHubFake({
    files: exampleFiles(),
    now: NOW,
    billing: { accounts: { 'org:octo-org': usageOf(), 'user:octocat': usageOf() } },
    ...options
  })
  return fake
}

function action(inputs: Record<string, string>, now = NOW): Promise<ActionRun> {
  return runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    inputs: { token: TOKEN, ...inputs },
    now
  })
}

interface Report {
  usage: Record<string, unknown> & { used: number }
  warnings: string[]
}

const reportOf = (run: ActionRun) => JSON.parse(run.outputs.report ?? '{}') as Report
const billingCalls = () => fake.requests.filter(r => r.path.includes('/settings/billing/'))
const state = () => {
  const text = fake.fileAt(STATE, 'orchestrator/state.json')
  return text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>)
}

describe('live usage: the bundled action reads used from GitHub’s billing reports', () => {
  describe.each([
    ['premium-requests', 'premium_request/usage', 5 + 30 + 12 + 4, 30 + 12 + 4],
    ['ai-credits', 'ai_credit/usage', (5 + 30 + 12 + 4) * 10, (30 + 12 + 4) * 10],
    ['actions-minutes', 'usage', 5 + 30 + 12 + 4, 30 + 12 + 4]
  ])('usage-source %s', (source, endpoint, used, sinceTheFifth) => {
    it('reads the repository’s organisation (billing-account empty) and records the sample', async () => {
      await start()
      const run = await action({ 'usage-source': source })
      expect(run.code).toBe(0)
      expect(reportOf(run).usage).toMatchObject({
        used,
        source,
        account: 'org:octo-org',
        sampleAt: NOW.replace('Z', '.000Z')
      })
      expect(billingCalls().map(r => [r.path, r.query])).toEqual([
        [`/organizations/octo-org/settings/billing/${endpoint}`, { year: '2025', month: '11' }]
      ])
      expect(state()).toMatchObject({
        samples: [{ at: '2025-11-12T02:24:00.000Z', used }],
        billing: { source, account: 'org:octo-org', days: {} }
      })
      expect(run.summary).toContain(`from the billing report, newest usage 2025-11-12 02:24 UTC`)
    })

    it('reads a user named by billing-account with billing-token, the repository token untouched', async () => {
      await start({
        tokens: {
          [TOKEN]: { workflows: true, billing: false },
          [BILLING_PAT]: { workflows: false, billing: true, kind: 'pat' }
        }
      })
      const run = await action({
        'usage-source': source,
        'billing-account': 'user:octocat',
        'billing-token': BILLING_PAT,
        'reset-day': '5'
      })
      expect(run.code).toBe(0)
      expect(reportOf(run).usage).toMatchObject({ used: sinceTheFifth, account: 'user:octocat' })
      expect(billingCalls().map(r => r.path)).toEqual(
        Array(8).fill(`/users/octocat/settings/billing/${endpoint}`)
      )
    })
  })

  it('reads a personal repository’s owner as a user', async () => {
    await start({ owner: 'octocat', ownerType: 'User' })
    const run = await action({ 'usage-source': 'actions-minutes' })
    expect(run.code).toBe(0)
    expect(reportOf(run).usage).toMatchObject({ used: 51, account: 'user:octocat' })
    expect(billingCalls()[0]?.path).toBe('/users/octocat/settings/billing/usage')
  })

  describe('when GitHub refuses the billing token', () => {
    it('fails naming the account, the endpoint and the permission, and writes nothing', async () => {
      await start({ tokens: { [TOKEN]: { workflows: true, billing: false } } })
      const run = await action({ 'usage-source': 'premium-requests' })
      expect(run.code).toBe(1)
      const error = run.stdout.split('\n').find(l => l.startsWith('::error::')) ?? ''
      expect(error).toContain('organisation octo-org')
      expect(error).toContain('GET /organizations/octo-org/settings/billing/premium_request/usage')
      expect(error).toContain('"Administration: read"')
      expect(error).toContain('`billing-token`')
      expect(fake.requests.filter(r => r.method !== 'GET' && r.path !== '/graphql')).toEqual([])
      expect(fake.branches()).toEqual(['main'])
      expect([fake.pulls(), fake.issues(), state()]).toEqual([[], [], undefined])
    })

    it('names a user account GitHub has no report for', async () => {
      await start()
      const run = await action({ 'usage-source': 'ai-credits', 'billing-account': 'user:nobody' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('GET /users/nobody/settings/billing/ai_credit/usage')
      expect(run.stdout).toContain('a personal access token of the user nobody')
      expect(fake.branches()).toEqual(['main'])
    })
  })

  it('lets a given used win over the source, reads no billing, and says so', async () => {
    await start()
    const run = await action({ 'usage-source': 'premium-requests', used: '300' })
    expect(run.code).toBe(0)
    const report = reportOf(run)
    expect(report.usage).toMatchObject({ used: 300, source: 'input' })
    expect(report.warnings).toEqual([
      '`used` (300) was given, so it wins over the usage source premium-requests: the billing report was not read'
    ])
    expect(billingCalls()).toEqual([])
    expect(run.stdout).toContain('::warning::`used` (300) was given')
  })

  it('counts used 0 with a note when the report has no item for the period', async () => {
    await start({ billing: { accounts: { 'org:octo-org': {} } } })
    const run = await action({ 'usage-source': 'ai-credits' })
    expect(run.code).toBe(0)
    expect(reportOf(run).usage).toMatchObject({
      used: 0,
      source: 'ai-credits',
      sampleAt: NOW.replace('Z', '.000Z')
    })
    expect(reportOf(run).warnings).toEqual([
      'the ai-credits usage of org:octo-org has no item since 2025-11-01: used is 0 — check the billing account if usage was expected'
    ])
  })

  describe('a steady-state daily run', () => {
    it('reuses the finished days cached in the state: at most 3 billing calls', async () => {
      await start()
      const inputs = { 'usage-source': 'premium-requests', 'reset-day': '5' }
      const first = await action(inputs)
      expect(first.code).toBe(0)
      expect(billingCalls()).toHaveLength(8)
      expect(reportOf(first).usage.used).toBe(30 + 12 + 4)
      expect(state()?.billing).toEqual({
        source: 'premium-requests',
        account: 'org:octo-org',
        days: {
          '2025-11-05': 0,
          '2025-11-06': 30,
          '2025-11-07': 0,
          '2025-11-08': 0,
          '2025-11-09': 12,
          '2025-11-10': 0
        }
      })
      const before = billingCalls().length
      const second = await action(inputs, '2025-11-13T02:24:00Z')
      expect(second.code).toBe(0)
      const calls = billingCalls().slice(before)
      expect(calls.map(r => r.query.day)).toEqual(['11', '12', '13'])
      expect(reportOf(second).usage.used).toBe(30 + 12 + 4)
      expect(Object.keys((state()?.billing as { days: object }).days)).toHaveLength(7)
      expect((state()?.samples as unknown[]).length).toBe(2)
    })

    it('starts the cache afresh when the period turns', async () => {
      await start()
      const inputs = { 'usage-source': 'premium-requests', 'reset-day': '5' }
      await action(inputs)
      const run = await action(inputs, '2025-12-05T00:30:00Z')
      expect(run.code).toBe(0)
      expect(reportOf(run).usage.used).toBe(0)
      expect((state()?.billing as { days: object }).days).toEqual({})
    })
  })
})
