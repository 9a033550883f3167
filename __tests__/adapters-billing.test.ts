/**
 * The BillingUsage port over GitHub, through the real client against the GitHub fake: which endpoint each report and
 * account kind reads, the items normalised (a day per item, gross quantities), and refusals that name the account,
 * the endpoint and the token to use.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type {
  FakeModelUsageItem,
  FakeOptions,
  FakeUsageItem,
  GitHubFake
} from '../__fixtures__/github-fake/index.js'
import { startGitHubFake } from '../__fixtures__/github-fake/index.js'
import { gitHubBilling } from '../src/adapters/github/billing.js'
import { createClient } from '../src/adapters/github/client.js'
import { NotFoundError, PermissionError } from '../src/ports/errors.js'
import type { BillingAccount } from '../src/ports/billing-usage.js'

const running: GitHubFake[] = []

afterEach(async () => {
  for (const fake of running) expect(fake.violations).toEqual([])
  await Promise.all(running.splice(0).map(f => f.close()))
})

const minutes = (date: string, quantity: number, sku = 'Actions Linux'): FakeUsageItem => ({
  date,
  product: 'Actions',
  sku,
  quantity,
  unitType: 'Minutes',
  pricePerUnit: 0.008,
  grossAmount: quantity * 0.008,
  discountAmount: 0,
  netAmount: quantity * 0.008
})

const model = (date: string, count: number, sku: string, user?: string): FakeModelUsageItem => ({
  date,
  ...(user ? { user } : {}),
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

const PREMIUM = 'Copilot Premium Request'
const CREDIT = 'Copilot AI Credit'
const OCTOCAT: BillingAccount = { kind: 'user', name: 'octocat' }
const ORG: BillingAccount = { kind: 'org', name: 'octo-org' }

const BILLING: FakeOptions = {
  now: '2025-02-10T08:00:00Z',
  billing: {
    accounts: {
      'user:octocat': {
        usageItems: [
          minutes('2025-01-31T00:00:00Z', 10),
          minutes('2025-02-01T00:00:00Z', 20),
          minutes('2025-02-02', 7, 'Actions Windows')
        ],
        premiumRequestItems: [
          model('2025-01-20', 7, PREMIUM),
          model('2025-02-03', 5, PREMIUM),
          model('2025-02-04', 3, PREMIUM)
        ],
        aiCreditItems: [model('2025-02-05', 12, CREDIT)]
      },
      'org:octo-org': {
        usageItems: [minutes('2025-02-02', 30)],
        premiumRequestItems: [model('2025-02-03', 4, PREMIUM, 'mona')],
        aiCreditItems: [model('2025-02-07', 9, CREDIT, 'mona')]
      }
    }
  }
}

async function sut(options: FakeOptions = {}) {
  const fake = await startGitHubFake({ ...BILLING, ...options })
  running.push(fake)
  const client = createClient({
    token: 'test-token',
    baseUrl: fake.url,
    backoffMs: 1,
    writeSpacingMs: 0
  })
  return { fake, billing: gitHubBilling(client) }
}

async function thrown(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to fail')
}

describe('BillingUsage over GitHub', () => {
  describe('the usage report (Actions minutes among it)', () => {
    it('reads a user’s items of a month, each dated by its UTC day', async () => {
      const { fake, billing } = await sut()
      const items = await billing.usageItems(OCTOCAT, 'usage', { year: 2025, month: 2 })
      expect(items).toEqual([
        {
          date: '2025-02-01',
          product: 'Actions',
          sku: 'Actions Linux',
          unitType: 'Minutes',
          quantity: 20
        },
        {
          date: '2025-02-02',
          product: 'Actions',
          sku: 'Actions Windows',
          unitType: 'Minutes',
          quantity: 7
        }
      ])
      expect(fake.requests.at(-1)).toMatchObject({
        path: '/users/octocat/settings/billing/usage',
        query: { year: '2025', month: '2' }
      })
    })

    it('reads an organisation’s report, down to one day', async () => {
      const { fake, billing } = await sut()
      const items = await billing.usageItems(ORG, 'usage', { year: 2025, month: 2, day: 2 })
      expect(items.map(i => [i.date, i.quantity])).toEqual([['2025-02-02', 30]])
      expect(fake.requests.at(-1)?.path).toBe('/organizations/octo-org/settings/billing/usage')
    })
  })

  describe('the premium request and AI credit reports (no date per item)', () => {
    it('dates a month’s premium requests by the month GitHub says it covers, counting gross quantities', async () => {
      const { fake, billing } = await sut()
      const items = await billing.usageItems(OCTOCAT, 'premium-requests', { year: 2025, month: 2 })
      expect(items).toEqual([
        { date: '2025-02', product: 'Copilot', sku: PREMIUM, unitType: 'requests', quantity: 8 }
      ])
      expect(fake.requests.at(-1)?.path).toBe(
        '/users/octocat/settings/billing/premium_request/usage'
      )
    })

    it('dates a day’s items by that day', async () => {
      const { billing } = await sut()
      const day = await billing.usageItems(OCTOCAT, 'premium-requests', {
        year: 2025,
        month: 2,
        day: 4
      })
      expect(day.map(i => [i.date, i.quantity])).toEqual([['2025-02-04', 3]])
    })

    it('reads AI credits of a user and of an organisation', async () => {
      const { fake, billing } = await sut()
      const mine = await billing.usageItems(OCTOCAT, 'ai-credits', { year: 2025, month: 2 })
      expect(mine.map(i => [i.date, i.sku, i.quantity])).toEqual([['2025-02', CREDIT, 12]])
      const org = await billing.usageItems(ORG, 'ai-credits', { year: 2025, month: 2 })
      expect(org.map(i => [i.date, i.sku, i.quantity])).toEqual([['2025-02', CREDIT, 9]])
      expect(fake.requests.at(-1)?.path).toBe(
        '/organizations/octo-org/settings/billing/ai_credit/usage'
      )
    })
  })

  describe('when GitHub refuses', () => {
    it('names the organisation, the endpoint and "Administration: read" for a token without billing (403)', async () => {
      const { billing } = await sut({
        tokens: { 'test-token': { workflows: false, billing: false } }
      })
      const error = await thrown(
        billing.usageItems(ORG, 'premium-requests', { year: 2025, month: 2 })
      )
      expect(error).toBeInstanceOf(PermissionError)
      expect(error.message).toContain('organisation octo-org')
      expect(error.message).toContain(
        'GET /organizations/octo-org/settings/billing/premium_request/usage'
      )
      expect(error.message).toContain('(HTTP 403): Resource not accessible by integration')
      expect(error.message).toContain('"Administration: read"')
      expect(error.message).toContain('GITHUB_TOKEN cannot read billing')
    })

    it('asks for a personal access token of the user', async () => {
      const { billing } = await sut({
        tokens: { 'test-token': { workflows: false, billing: false, kind: 'pat' } }
      })
      const error = await thrown(billing.usageItems(OCTOCAT, 'usage', { year: 2025 }))
      expect(error).toBeInstanceOf(PermissionError)
      expect(error.message).toContain('GET /users/octocat/settings/billing/usage')
      expect(error.message).toContain('a personal access token of the user octocat')
    })

    it('names the account and endpoint GitHub has no report for (404)', async () => {
      const { billing } = await sut()
      const error = await thrown(
        billing.usageItems({ kind: 'org', name: 'octocat' }, 'usage', { year: 2025 })
      )
      expect(error).toBeInstanceOf(NotFoundError)
      expect(error.message).toContain('GET /organizations/octocat/settings/billing/usage')
      expect(error.message).toContain('GitHub has no such report for the organisation octocat')
    })

    it('says a token GitHub does not know was refused (401)', async () => {
      const { billing } = await sut({ tokens: { other: { workflows: true } } })
      const error = await thrown(
        billing.usageItems(OCTOCAT, 'ai-credits', { year: 2025, month: 2 })
      )
      expect(error).toBeInstanceOf(PermissionError)
      expect(error.message).toContain('Bad credentials')
      expect(error.message).toContain('GET /users/octocat/settings/billing/ai_credit/usage')
    })
  })

  describe('accountOf', () => {
    it('tells a user from an organisation by what GitHub says of the login', async () => {
      const { billing } = await sut()
      expect(await billing.accountOf('octocat')).toEqual(OCTOCAT)
      expect(await billing.accountOf('OCTO-ORG')).toEqual(ORG)
      const error = await thrown(billing.accountOf('nobody'))
      expect(error).toBeInstanceOf(NotFoundError)
      expect(error.message).toContain('no user or organisation is named nobody')
    })

    it('sees a personal repository’s owner as a user', async () => {
      const { billing } = await sut({ owner: 'mona', ownerType: 'User' })
      expect(await billing.accountOf('mona')).toEqual({ kind: 'user', name: 'mona' })
    })
  })
})
