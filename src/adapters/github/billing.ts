/**
 * BillingUsage over GitHub's billing usage reports (DESIGN §10): the general usage report (Actions minutes among it),
 * premium requests and AI credits, for a user or an organisation. A refusal names the account, the endpoint and the
 * token to use instead: GITHUB_TOKEN can never read billing.
 */
import {
  type BillingAccount,
  type BillingReport,
  type BillingUsage,
  type UsageItem
} from '../../ports/billing-usage.js'
import { type GitHubClient } from './client.js'
import { refusing, type Fixes } from './refusal.js'

/** The period asked for (UTC). */
export interface BillingPeriod {
  year: number
  month?: number
  day?: number
}

/** An item as the three reports shape it: the usage report has `date` and `quantity`, the others `grossQuantity`. */
interface RawItem {
  date?: string
  product?: string
  sku?: string
  unitType?: string
  quantity?: number
  grossQuantity?: number
}

/** A report's items and, for the premium request and AI credit reports, the period GitHub says it covers. */
interface RawReport {
  usageItems?: RawItem[]
  timePeriod?: BillingPeriod
}

const PATHS: Record<BillingReport, string> = {
  usage: 'usage',
  'premium-requests': 'premium_request/usage',
  'ai-credits': 'ai_credit/usage'
}

const NAMES: Record<BillingReport, string> = {
  usage: 'billing usage report',
  'premium-requests': 'premium request usage report',
  'ai-credits': 'AI credit usage report'
}

/** The endpoint a report is read from, as GitHub's documentation names it. */
export function billingEndpoint(account: BillingAccount, report: BillingReport): string {
  const owner = account.kind === 'org' ? 'organizations' : 'users'
  return `GET /${owner}/${account.name}/settings/billing/${PATHS[report]}`
}

function describe(account: BillingAccount): string {
  return `${account.kind === 'org' ? 'organisation' : 'user'} ${account.name}`
}

/** What to grant, per refusal; GitHub answers 404 as often as 403 when the token may not read the account. */
function billingFixes(account: BillingAccount): Fixes {
  const token =
    account.kind === 'org'
      ? `use a token of an owner or billing manager of ${account.name}: a fine-grained PAT or GitHub App token with the organisation permission "Administration: read"`
      : `use a personal access token of the user ${account.name} (fine-grained: the user permission "Plan: read")`
  const grant = `${token}, passed as \`billing-token\`. GITHUB_TOKEN cannot read billing.`
  const missing = `GitHub has no such report for the ${describe(account)}, or the token may not read it (the account must exist, be a ${account.kind === 'org' ? 'organisation' : 'user'}, and use the enhanced billing platform) — ${grant}`
  return {
    401: `the token was refused (Bad credentials) — check \`billing-token\`; ${grant}`,
    403: `the token may not read the billing of the ${describe(account)} — ${grant}`,
    404: missing,
    410: missing
  }
}

/** The report's raw answer: one call, chosen by report and account kind. */
async function fetchReport(
  client: GitHubClient,
  account: BillingAccount,
  report: BillingReport,
  when: BillingPeriod
): Promise<RawReport> {
  const org = { org: account.name, ...when }
  const user = { username: account.name, ...when }
  const billing = client.rest.billing
  if (report === 'usage') {
    return account.kind === 'org'
      ? (await billing.getGithubBillingUsageReportOrg(org)).data
      : (await billing.getGithubBillingUsageReportUser(user)).data
  }
  if (report === 'premium-requests') {
    return account.kind === 'org'
      ? (await billing.getGithubBillingPremiumRequestUsageReportOrg(org)).data
      : (await billing.getGithubBillingPremiumRequestUsageReportUser(user)).data
  }
  // Octokit has no method for the AI credit reports yet; the routes are typed all the same.
  return account.kind === 'org'
    ? (await client.request('GET /organizations/{org}/settings/billing/ai_credit/usage', org)).data
    : (await client.request('GET /users/{username}/settings/billing/ai_credit/usage', user)).data
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: how finely a period is known. */
export function periodText(period: BillingPeriod): string {
  const month = period.month === undefined ? '' : `-${pad(period.month)}`
  const day = period.month === undefined || period.day === undefined ? '' : `-${pad(period.day)}`
  return `${period.year}${month}${day}`
}

/** A usage item's date as a UTC day (`2025-01-15T00:00:00Z` → `2025-01-15`). */
function dayOf(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date
  const time = Date.parse(date)
  return Number.isNaN(time) ? date : new Date(time).toISOString().slice(0, 10)
}

/** One item, normalised: items without a date (aggregated over the period) carry the period they cover. */
export function toUsageItem(item: RawItem, period: string): UsageItem {
  return {
    date: item.date === undefined ? period : dayOf(item.date),
    product: item.product ?? '',
    sku: item.sku ?? '',
    unitType: item.unitType ?? '',
    quantity: item.grossQuantity ?? item.quantity ?? 0
  }
}

/** Items of a report for a year, a month or a day (UTC). */
export function usageItems(
  client: GitHubClient,
  account: BillingAccount,
  report: BillingReport,
  when: BillingPeriod
): Promise<UsageItem[]> {
  const action = `read the ${NAMES[report]} of the ${describe(account)} (${billingEndpoint(account, report)})`
  return refusing(action, billingFixes(account), async () => {
    const data = await fetchReport(client, account, report, when)
    const period = periodText(data.timePeriod ?? when)
    return (data.usageItems ?? []).map(item => toUsageItem(item, period))
  })
}

/** Whether a login is a user or an organisation (`GET /users/{owner}` says which in `type`). */
export function accountOf(client: GitHubClient, owner: string): Promise<BillingAccount> {
  const fixes = { 404: `no user or organisation is named ${owner}: check \`billing-account\`` }
  return refusing(`look up the account ${owner}`, fixes, async () => {
    const { data } = await client.rest.users.getByUsername({ username: owner })
    return { kind: data.type === 'Organization' ? 'org' : 'user', name: data.login }
  })
}

/** The BillingUsage port, plus telling a user from an organisation, over one client (the billing token's). */
export type GitHubBilling = BillingUsage & { accountOf(owner: string): Promise<BillingAccount> }

/** The billing port over one client. */
export function gitHubBilling(client: GitHubClient): GitHubBilling {
  return {
    usageItems: (account, report, when) => usageItems(client, account, report, when),
    accountOf: owner => accountOf(client, owner)
  }
}
