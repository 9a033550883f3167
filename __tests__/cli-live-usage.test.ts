/**
 * The CLI's `--usage-source` and `--billing-account` against the GitHub fake: GITHUB_TOKEN and GITHUB_API_URL from
 * the environment, the finished days of `--history` reused, a refusal named.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  startGitHubFake,
  type FakeModelUsageItem,
  type FakeOptions,
  type GitHubFake
} from '../__fixtures__/github-fake/index.js'
import { runCli } from '../src/cli/main.js'

const dir = mkdtempSync(path.join(tmpdir(), 'cli-live-usage-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const requests = (date: string, count: number): FakeModelUsageItem => ({
  date,
  product: 'Copilot',
  sku: 'Copilot Premium Request',
  model: 'GPT-5',
  unitType: 'requests',
  pricePerUnit: 0.04,
  grossQuantity: count,
  grossAmount: count * 0.04,
  discountQuantity: 0,
  discountAmount: 0,
  netQuantity: count,
  netAmount: count * 0.04
})

let fake: GitHubFake
const saved = { token: process.env.GITHUB_TOKEN, url: process.env.GITHUB_API_URL }

async function start(options: FakeOptions = {}) {
  fake = await startGitHubFake({
    now: '2025-11-12T02:24:00Z',
    billing: {
      accounts: {
        'user:octocat': {
          premiumRequestItems: [
            requests('2025-11-03', 20),
            requests('2025-11-06', 7),
            requests('2025-11-12', 2)
          ]
        }
      }
    },
    ...options
  })
  process.env.GITHUB_API_URL = fake.url
}

beforeEach(() => {
  process.env.GITHUB_TOKEN = 'ghp_cli'
})

afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.close()
  for (const [name, value] of [
    ['GITHUB_TOKEN', saved.token],
    ['GITHUB_API_URL', saved.url]
  ] as const)
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
})

async function status(flags: string[]) {
  let [out, err] = ['', '']
  const code = await runCli(
    [
      'status',
      '--root',
      'examples',
      '--usage-source',
      'premium-requests',
      '--billing-account',
      'user:octocat',
      '--now',
      '2025-11-12T02:24:00Z',
      ...flags
    ],
    { out: t => void (out += t), err: t => void (err += t) }
  )
  return { code, out, err }
}

const billingCalls = () => fake.requests.filter(r => r.path.includes('/settings/billing/'))

describe('the CLI reading live usage from GitHub', () => {
  it('reads the account’s report with GITHUB_TOKEN and prints the figure', async () => {
    await start()
    const run = await status(['--json'])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.out) as { usage: Record<string, unknown> }
    expect(report.usage).toMatchObject({
      used: 29,
      source: 'premium-requests',
      account: 'user:octocat'
    })
    expect(billingCalls().map(r => r.path)).toEqual([
      '/users/octocat/settings/billing/premium_request/usage'
    ])
  })

  it('reuses the finished days of --history', async () => {
    await start()
    const history = path.join(dir, 'state.json')
    const days = {
      '2025-11-05': 100,
      '2025-11-06': 7,
      '2025-11-07': 0,
      '2025-11-08': 0,
      '2025-11-09': 0,
      '2025-11-10': 0
    }
    writeFileSync(
      history,
      JSON.stringify({
        version: 2,
        samples: [],
        changes: [],
        billing: { source: 'premium-requests', account: 'user:octocat', days }
      })
    )
    const run = await status(['--json', '--reset-day', '5', '--history', history])
    expect(run.code).toBe(0)
    // The cached 5 November (100, as the state says) stands in for the report; 11 and 12 November are read.
    expect((JSON.parse(run.out) as { usage: { used: number } }).usage.used).toBe(100 + 7 + 2)
    expect(billingCalls().map(r => r.query.day)).toEqual(['11', '12'])
  })

  it('names the account, the endpoint and the token to use when GitHub refuses (exit 1)', async () => {
    await start({ tokens: { ghp_cli: { workflows: false, billing: false, kind: 'pat' } } })
    const run = await status([])
    expect(run.code).toBe(1)
    expect(run.err).toContain('GET /users/octocat/settings/billing/premium_request/usage')
    expect(run.err).toContain('a personal access token of the user octocat')
  })

  it('asks for GITHUB_TOKEN when the environment has none', async () => {
    await start()
    delete process.env.GITHUB_TOKEN
    const run = await status([])
    expect(run.code).toBe(1)
    expect(run.err).toContain(
      "--usage-source premium-requests reads GitHub's billing API: set GITHUB_TOKEN"
    )
    expect(billingCalls()).toEqual([])
  })
})
