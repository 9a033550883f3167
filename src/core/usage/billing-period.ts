/**
 * Which billing report queries cover the current period (DESIGN §10): the reports take a year, a month and a day, so
 * a month the period holds from its first day is one month query, and the days of a month it holds only in part (the
 * period starts on the reset day) are one query each — unless a finished day is in the cache.
 */
import { DAY_MS } from './period.js'

/** One report query (UTC): a month, or one day of it. */
export interface BillingQuery {
  year: number
  month: number
  day?: number
}

/** The queries to make and the cached days used in place of a query. */
export interface BillingReadPlan {
  queries: BillingQuery[]
  /** `YYYY-MM-DD` → quantity: settled days of the period's partial month, taken from the cache. */
  reused: Record<string, number>
}

/**
 * How long after its end a day's figures are trusted to be final: GitHub's reports fill in over some hours, so a day
 * is cached only once a whole day has passed since it ended.
 */
export const SETTLE_MS = DAY_MS

/** `YYYY-MM-DD` of an instant (UTC). */
export function dayKey(at: Date): string {
  return at.toISOString().slice(0, 10)
}

function startOfDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()))
}

function nextMonth(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1))
}

/** Whether a day (`YYYY-MM-DD`) ended long enough before `now` for its figures to be final. */
export function isSettled(day: string, now: Date): boolean {
  return Date.parse(`${day}T00:00:00Z`) + DAY_MS + SETTLE_MS <= now.getTime()
}

/** The days from `first` to `last` inclusive, as `YYYY-MM-DD` (UTC midnights). */
function daysBetween(first: Date, last: Date): string[] {
  const days: string[] = []
  for (let t = first.getTime(); t <= last.getTime(); t += DAY_MS) days.push(dayKey(new Date(t)))
  return days
}

const queryOf = (day: string): BillingQuery => ({
  year: Number(day.slice(0, 4)),
  month: Number(day.slice(5, 7)),
  day: Number(day.slice(8, 10))
})

/**
 * The queries that read the period from its start (00:00 UTC on the reset day) to now: one per month the period holds
 * from the 1st (the current month's days that have not happened yet have no usage), one per day of the month it
 * starts in part-way. A settled day found in `cached` is reused instead of queried.
 */
export function planBillingRead(
  period: { start: Date },
  now: Date,
  cached: Readonly<Record<string, number>>
): BillingReadPlan {
  const today = startOfDay(now)
  const queries: BillingQuery[] = []
  const reused: Record<string, number> = {}
  for (let month = startOfDay(period.start); month <= today; month = nextMonth(month)) {
    if (month.getUTCDate() === 1) {
      queries.push({ year: month.getUTCFullYear(), month: month.getUTCMonth() + 1 })
      continue
    }
    const monthEnd = new Date(nextMonth(month).getTime() - DAY_MS)
    for (const day of daysBetween(month, monthEnd < today ? monthEnd : today)) {
      const known = cached[day]
      if (known !== undefined && isSettled(day, now)) reused[day] = known
      else queries.push(queryOf(day))
    }
  }
  return { queries, reused }
}
