/**
 * Reads the period's usage from a billing usage report (DESIGN §10 Live usage): the queries the period needs, the
 * finished days the state already holds reused, the answers summed. Reads only; the state records the result later.
 */
import { planBillingRead } from '../core/usage/billing-period.js'
import {
  accountText,
  billingReport,
  type BillingAccount,
  type BillingSource,
  type UsageSource
} from '../core/usage/billing-source.js'
import {
  cachedDays,
  sumBillingUsage,
  type BillingAnswer,
  type BillingCache
} from '../core/usage/billing-sum.js'
import { periodAt } from '../core/usage/period.js'
import { type BillingUsage } from '../ports/billing-usage.js'

/** The usage a billing report gave for the current period. */
export interface LiveUsage {
  source: BillingSource
  /** Whose usage, as the report names it: `user:NAME`, `org:NAME` (or the file it was read from). */
  account: string
  used: number
  /** Up to when the newest usage item counts; undefined when the period has no usage item. */
  itemAt: Date | undefined
  /** Items that counted; 0: the report had nothing for the period (used is 0). */
  items: number
  /** The period's start: the report was read from there. */
  since: Date
  /** The state's new `billing` section. */
  cache: BillingCache
  /** Billing API calls made. */
  calls: number
}

/** What reading the usage needs. */
export interface ReadUsageInput {
  source: BillingSource
  account: BillingAccount
  resetDay: number
  now: Date
  /** The state's `billing` section as read (any shape: a mismatched or malformed one is no cache). */
  cached: unknown
  /** How the report and the cache name the account; default `user:NAME` / `org:NAME`. */
  label?: string
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The period's usage from the billing port: one call per query, in order. A refusal is the port's PermissionError or
 * NotFoundError, which names the account, the endpoint and what to grant.
 */
export async function readUsage(billing: BillingUsage, input: ReadUsageInput): Promise<LiveUsage> {
  const { source, now } = input
  const period = periodAt(now, input.resetDay)
  const account = input.label ?? accountText(input.account)
  const plan = planBillingRead(period, now, cachedDays(input.cached, { source, account }))
  const answers: BillingAnswer[] = []
  for (const query of plan.queries)
    answers.push({
      query,
      items: await billing.usageItems(input.account, billingReport(source), query)
    })
  const sum = sumBillingUsage({ source, period, now, plan, answers })
  const kept = isRecord(input.cached) ? input.cached : {}
  return {
    source,
    account,
    used: sum.used,
    itemAt: sum.itemAt,
    items: sum.items,
    since: period.start,
    cache: { ...kept, source, account, days: sum.days },
    calls: plan.queries.length
  }
}

/** The usage settings that choose a live read. */
export interface UsageSourceInput {
  source: UsageSource
  /** undefined: the repository owner (`owner`). */
  account: BillingAccount | undefined
  /** `used` as given; it wins over the source, so nothing is read. */
  used: number | undefined
  resetDay: number
}

/**
 * The live usage a run reads: none when the source is the input or `used` was given (the report says it won); the
 * account defaults to the repository's owner, a user or an organisation as GitHub says.
 */
export async function liveUsageFor(
  billing: BillingUsage | undefined,
  input: UsageSourceInput & { owner: BillingAccount; now: Date; cached: unknown; label?: string }
): Promise<LiveUsage | undefined> {
  const { source } = input
  if (source === 'input' || input.used !== undefined) return undefined
  if (!billing) throw new Error(`usage source ${source} needs the billing port, which is missing`)
  const account = input.account ?? input.owner
  return readUsage(billing, { ...input, source, account })
}

/** `432 premium requests of user:octocat (3 billing calls)`: the log line of a live read. */
export function liveUsageLine(live: LiveUsage): string {
  const calls = `${live.calls} billing API call${live.calls === 1 ? '' : 's'}`
  return `usage ${live.used} from ${live.source} of ${live.account} since ${live.since.toISOString().slice(0, 10)} (${calls})`
}
