/**
 * The period's usage from billing report answers (DESIGN §10): the sum of the gross quantity of the items that count
 * toward the source, the cached days added, and the finished days to cache for the next run.
 */
import { type BillingQuery, type BillingReadPlan, isSettled } from './billing-period.js'
import { countsToward, type BillingItem, type BillingSource } from './billing-source.js'
import { DAY_MS } from './period.js'

/** The state's `billing` section: finished days of the period already read, for one source and account. */
export interface BillingCache {
  source: BillingSource
  /** `user:NAME` or `org:NAME`. */
  account: string
  /** `YYYY-MM-DD` → the day's quantity; only settled days of the current period. */
  days: Record<string, number>
  [extra: string]: unknown
}

/** One query and the items the report answered. */
export interface BillingAnswer {
  query: BillingQuery
  items: readonly BillingItem[]
}

/** The period's usage as the reports say it. */
export interface BillingUsageSum {
  used: number
  /** Up to when the newest usage item counts (its day's or month's end, or now if sooner); undefined: no usage. */
  itemAt: Date | undefined
  /** Items that count toward the source (and cached days with usage); 0 means the reports had nothing. */
  items: number
  /** The settled days read by day, with those reused: the cache for the next run. */
  days: Record<string, number>
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The cached days of a state's `billing` section when it is for this source and account; anything else (another
 * source or account, a malformed section) is no cache: the days are read again.
 */
export function cachedDays(
  section: unknown,
  who: { source: BillingSource; account: string }
): Record<string, number> {
  if (!isRecord(section) || section.source !== who.source || section.account !== who.account)
    return {}
  return isRecord(section.days) ? validDays(section.days) : {}
}

/** The entries that are a `YYYY-MM-DD` day and a quantity ≥ 0. */
function validDays(days: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(days).filter(
      (entry): entry is [string, number] =>
        /^\d{4}-\d{2}-\d{2}$/.test(entry[0]) &&
        typeof entry[1] === 'number' &&
        Number.isFinite(entry[1]) &&
        entry[1] >= 0
    )
  )
}

/** The instant an item's usage counts up to: the end of its day (or month), or now when that is sooner. */
function itemEnd(date: string, now: Date): Date | undefined {
  let end: number
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) end = Date.parse(`${date}T00:00:00Z`) + DAY_MS
  else if (/^\d{4}-\d{2}$/.test(date)) {
    const [year, month] = date.split('-').map(Number) as [number, number]
    end = Date.UTC(year, month, 1)
  } else return undefined
  return new Date(Math.min(end, now.getTime()))
}

/** An item belongs to the read when it is dated in the query's month (or day) and not before the period. */
function inRead(item: BillingItem, query: BillingQuery, periodStartDay: string): boolean {
  const month = `${query.year}-${String(query.month).padStart(2, '0')}`
  if (!item.date.startsWith(month)) return false
  if (item.date.length === 10 && item.date < periodStartDay) return false
  return (
    query.day === undefined || item.date.length !== 10 || Number(item.date.slice(8)) === query.day
  )
}

const later = (a: Date | undefined, b: Date | undefined) =>
  a === undefined || (b !== undefined && b > a) ? b : a

const rounded = (n: number) => Math.round(n * 1e6) / 1e6

const dayText = (query: BillingQuery) =>
  `${query.year}-${String(query.month).padStart(2, '0')}-${String(query.day).padStart(2, '0')}`

/** Sums the reused days and the answers; the settled days read by day join the cache. */
export function sumBillingUsage(input: {
  source: BillingSource
  period: { start: Date }
  now: Date
  plan: BillingReadPlan
  answers: readonly BillingAnswer[]
}): BillingUsageSum {
  const { source, now } = input
  const startDay = input.period.start.toISOString().slice(0, 10)
  const days = { ...input.plan.reused }
  let used = 0
  let items = 0
  let itemAt: Date | undefined
  for (const [day, quantity] of Object.entries(days)) {
    used += quantity
    if (quantity > 0) [items, itemAt] = [items + 1, later(itemAt, itemEnd(day, now))]
  }
  for (const { query, items: answered } of input.answers) {
    const counted = answered.filter(i => countsToward(source, i) && inRead(i, query, startDay))
    const sum = counted.reduce((total, i) => total + i.quantity, 0)
    used += sum
    items += counted.length
    for (const i of counted) if (i.quantity > 0) itemAt = later(itemAt, itemEnd(i.date, now))
    if (query.day !== undefined && isSettled(dayText(query), now))
      days[dayText(query)] = rounded(sum)
  }
  return { used: rounded(used), itemAt, items, days }
}

/** What is wrong with a state file's `billing` section (absent is fine); `name` says where it is. */
export function billingCacheProblems(section: unknown, name: string): string[] {
  if (section === undefined) return []
  const where = `${name}: billing`
  if (!isRecord(section))
    return [`${where} must be an object {"source", "account", "days": {"YYYY-MM-DD": <number>}}`]
  const problems: string[] = []
  if (typeof section.source !== 'string') problems.push(`${where}.source must be a string`)
  if (typeof section.account !== 'string') problems.push(`${where}.account must be a string`)
  if (!isRecord(section.days)) problems.push(`${where}.days must be an object of day → quantity`)
  else if (Object.keys(validDays(section.days)).length !== Object.keys(section.days).length)
    problems.push(`${where}.days must map YYYY-MM-DD days to numbers ≥ 0`)
  return problems
}
