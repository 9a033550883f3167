/**
 * How often a cron runs at its busiest, and the cron a throttle to a minimum interval would leave: an evenly spaced
 * field (`*\/5`) becomes the next even spacing at least the interval apart (`*\/15`); any other drops the times that
 * come too soon after the one kept before them. A throttle never adds a time the cron did not have.
 */
import { parseCron } from '../cron/cron.js'
import { occurrencesBetween } from '../cron/occurrences.js'
import type { ScheduleEntry } from '../schedule/schedule.js'

const MINUTE_MS = 60_000
/** Two months: every day of the month and of the week comes up, so every gap the cron has shows. */
const WINDOW_MS = 62 * 86_400_000

/** The shortest time in minutes between two runs of the entry, or undefined when it runs at most once in two months. */
export function shortestGap(entry: ScheduleEntry, from: Date): number | undefined {
  const times = occurrencesBetween([entry], from, new Date(from.getTime() + WINDOW_MS))
  let shortest: number | undefined
  for (let i = 1; i < times.length; i++) {
    const gap = ((times[i]?.getTime() ?? 0) - (times[i - 1]?.getTime() ?? 0)) / MINUTE_MS
    if (gap > 0 && (shortest === undefined || gap < shortest)) shortest = gap
  }
  return shortest
}

function divisors(period: number): number[] {
  return Array.from({ length: period }, (_, i) => i + 1).filter(d => period % d === 0)
}

/** Values a fixed step apart that fill the whole period (0,15,30,45 of an hour). */
function evenlySpaced(values: readonly number[], period: number): boolean {
  const [first = 0, second] = values
  if (second === undefined) return false
  const step = second - first
  return (
    period % step === 0 &&
    values.length === period / step &&
    values.every((v, i) => v === first + i * step)
  )
}

/** The values kept at least `gap` apart, the last also `gap` before the first one of the next period. */
function thin(values: readonly number[], gap: number, period: number): number[] {
  const first = values[0] ?? 0
  if (evenlySpaced(values, period)) {
    const step = divisors(period).find(d => d >= gap) ?? period
    return Array.from({ length: period / step }, (_, i) => first + i * step)
  }
  const kept: number[] = []
  for (const v of values) if (kept.length === 0 || v - (kept.at(-1) ?? v) >= gap) kept.push(v)
  while (kept.length > 1 && period - (kept.at(-1) ?? 0) + first < gap) kept.pop()
  return kept
}

function spell(values: readonly number[], period: number): string {
  if (values.length > 1 && values[0] === 0 && evenlySpaced(values, period)) {
    const step = (values[1] ?? 1) - 0
    return step === 1 ? '*' : `*/${step}`
  }
  return values.join(',')
}

/** The cron thinned so no two runs are closer than `minInterval` minutes, or undefined when no thinning gets there. */
export function throttledCron(
  entry: ScheduleEntry,
  minInterval: number,
  from: Date
): string | undefined {
  const parsed = parseCron(entry.cron)
  if (!parsed.ok) return undefined
  const fields = entry.cron.trim().split(/ +/)
  const { minutes, hours } = parsed.cron
  if (minInterval <= 60) fields[0] = spell(thin(minutes, minInterval, 60), 60)
  else {
    fields[0] = String(minutes[0] ?? 0)
    fields[1] = spell(thin(hours, Math.ceil(minInterval / 60), 24), 24)
  }
  const cron = fields.join(' ')
  const gap = shortestGap({ ...entry, cron }, from)
  return gap === undefined || gap >= minInterval ? cron : undefined
}
