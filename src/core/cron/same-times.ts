/**
 * When two crons run at the same times: `31 18 * * 5` and `31 18 * * FRI`, a step of 15 minutes and `0,15,30,45`. Compared on the
 * parsed fields (parseCron), with the day-of-month / day-of-week rule the occurrence code applies.
 */
import { parseCron, type ParsedCron } from './cron.js'

const DAYS_IN_MONTH = 31
const DAYS_IN_WEEK = 7

/** Which days a cron runs on, spelt one way per set of days: both fields restricted means either may match. */
function dayRule(cron: ParsedCron): string {
  const everyDay = cron.days.length === DAYS_IN_MONTH
  const everyWeekday = cron.weekdays.length === DAYS_IN_WEEK
  const days = `days ${cron.days.join(',')}`
  const weekdays = `weekdays ${cron.weekdays.join(',')}`
  if (cron.anyDay && cron.anyWeekday) return 'every day'
  if (!cron.anyDay && !cron.anyWeekday) {
    return everyDay || everyWeekday ? 'every day' : `${days} or ${weekdays}`
  }
  if (cron.anyDay) return everyWeekday ? 'every day' : weekdays
  return everyDay ? 'every day' : days
}

/** A key two crons share exactly when they run at the same times; undefined for a cron our grammar rejects. */
export function cronTimesKey(expr: string): string | undefined {
  const parsed = parseCron(expr)
  if (!parsed.ok) return undefined
  const { minutes, hours, months } = parsed.cron
  return `${minutes.join(',')} | ${hours.join(',')} | ${dayRule(parsed.cron)} | ${months.join(',')}`
}

/** Whether two crons run at exactly the same times; a cron our grammar rejects equals only its own text. */
export function sameCron(a: string, b: string): boolean {
  if (a === b) return true
  const key = cronTimesKey(a)
  return key !== undefined && key === cronTimesKey(b)
}
