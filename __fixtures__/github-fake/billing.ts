import type { FakeBillingAccount, FakeModelUsageItem, FakeUsageItem } from './actions-types.js'
import { can, fail, notFound, unlisted, type Ctx, type Handler, type Reply } from './http.js'

type Kind = 'user' | 'org'
type Report = 'usage' | 'premium' | 'ai'

/** The period a report covers: the year is always set; month and day narrow it. */
interface Period {
  year: number
  month?: number
  day?: number
}

const AMOUNTS = [
  'grossQuantity',
  'grossAmount',
  'discountQuantity',
  'discountAmount',
  'netQuantity',
  'netAmount'
] as const

function integer(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined
}

/**
 * The period asked for. The year defaults to the current one (the fake's clock); the premium request and
 * AI credit reports default the month to the current one too, the usage report only when a day is given.
 */
function periodOf(ctx: Ctx, report: Report): Period {
  const now = ctx.store.clock.now()
  const q = ctx.query
  const day = integer(q.day)
  const monthDefault = report !== 'usage' || day !== undefined ? now.getUTCMonth() + 1 : undefined
  const month = integer(q.month) ?? monthDefault
  return { year: integer(q.year) ?? now.getUTCFullYear(), month, day }
}

function within(date: string, p: Period): boolean {
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date)
  if (d.getUTCFullYear() !== p.year) return false
  if (p.month !== undefined && d.getUTCMonth() + 1 !== p.month) return false
  return p.day === undefined || d.getUTCDate() === p.day
}

/** The seeded account, or a refusal: 404 for an unknown account, 403 for a token that may not read billing. */
function account(ctx: Ctx, kind: Kind): { login: string; found: FakeBillingAccount } | Reply {
  const login = (kind === 'user' ? ctx.params.username : ctx.params.org) ?? ''
  const found = ctx.store.billing.get(`${kind}:${login.toLowerCase()}`)
  if (!found) return unlisted(notFound(ctx))
  if (!can(ctx.token, 'billing')) {
    const who = (ctx.token.kind ?? 'app') === 'app' ? 'integration' : 'personal access token'
    return fail(ctx, 403, `Resource not accessible by ${who}`)
  }
  return { login, found }
}

function usageReport(kind: Kind): Handler {
  return ctx => {
    const seeded = account(ctx, kind)
    if ('status' in seeded) return seeded
    const period = periodOf(ctx, 'usage')
    const items: FakeUsageItem[] = (seeded.found.usageItems ?? [])
      .filter(i => within(i.date, period))
      .map(i => (kind === 'org' ? { organizationName: seeded.login, ...i } : { ...i }))
    return { status: 200, body: { usageItems: items } }
  }
}

const round = (n: number): number => Math.round(n * 1e9) / 1e9
const same = (a: string | undefined, b: string | undefined): boolean =>
  b === undefined || a?.toLowerCase() === b.toLowerCase()

/** Items of one product, SKU, model, unit and price add up into one, as GitHub's report answers them. */
function aggregate(items: FakeModelUsageItem[]): Array<Record<string, unknown>> {
  const groups = new Map<string, Record<string, unknown>>()
  for (const item of items) {
    const { product, sku, model, unitType, pricePerUnit } = item
    const key = JSON.stringify([product, sku, model, unitType, pricePerUnit])
    const sum = groups.get(key) ?? { product, sku, model, unitType, pricePerUnit }
    for (const name of AMOUNTS) sum[name] = round(((sum[name] as number) ?? 0) + item[name])
    groups.set(key, sum)
  }
  return [...groups.values()]
}

function modelReport(kind: Kind, report: 'premium' | 'ai'): Handler {
  return ctx => {
    const seeded = account(ctx, kind)
    if ('status' in seeded) return seeded
    const { found, login } = seeded
    const period = periodOf(ctx, report)
    const { user, model, product } = ctx.query
    const items = (report === 'premium' ? found.premiumRequestItems : found.aiCreditItems) ?? []
    const chosen = items.filter(
      i => within(i.date, period) && same(i.model, model) && same(i.product, product)
    )
    const byUser = kind === 'org' ? chosen.filter(i => same(i.user, user)) : chosen
    const filters = { ...(product ? { product } : {}), ...(model ? { model } : {}) }
    const who =
      kind === 'user' ? { user: login } : { organization: login, ...(user ? { user } : {}) }
    const timePeriod = Object.fromEntries(Object.entries(period).filter(([, v]) => v !== undefined))
    const body = { timePeriod, ...who, ...filters, usageItems: aggregate(byUser) }
    return { status: 200, body }
  }
}

/** GET /users/{username}/settings/billing/usage. */
export const userUsage = usageReport('user')
/** GET /organizations/{org}/settings/billing/usage. */
export const orgUsage = usageReport('org')
/** GET /users/{username}/settings/billing/premium_request/usage. */
export const userPremiumRequests = modelReport('user', 'premium')
/** GET /organizations/{org}/settings/billing/premium_request/usage. */
export const orgPremiumRequests = modelReport('org', 'premium')
/** GET /users/{username}/settings/billing/ai_credit/usage. */
export const userAiCredits = modelReport('user', 'ai')
/** GET /organizations/{org}/settings/billing/ai_credit/usage. */
export const orgAiCredits = modelReport('org', 'ai')
