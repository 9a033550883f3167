/**
 * When schedule entries fire: counting and listing the instants in a span of time.
 *
 * Firing times are computed from the parsed fields (parseCron) rather than by cron-parser:
 * cron-parser costs ~60 µs per occurrence (seconds for a year of a five-minute cron in a zone),
 * misreads 'JAN/3' and 'MON/2', and moves a skipped 2:30 to 3:30 where GitHub documents 3:00.
 * Outside clock changes the two agree exactly (the tests check).
 */
import { remember } from './bounded-cache.js'
import { parseCron, type ParsedCron } from './cron.js'
import type { ScheduleEntry } from '../schedule/schedule.js'
import { instantOfWall, offsetAt, resolveZone, timezoneProblem } from './time-zone.js'

const MINUTE_MS = 60_000
const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000

/** What the occurrence functions need of an entry; undefined when it can never fire. */
interface Compiled {
  cron: ParsedCron
  /** The zone's name, or null for UTC (no offset to look up). */
  timezone: string | null
}

/**
 * An entry GitHub would reject (bad grammar or time zone) never fires. A cron that runs more often
 * than every 5 minutes is still counted at face value: an upper bound on what GitHub starts.
 */
function compile(entry: ScheduleEntry): Compiled | undefined {
  const parsed = parseCron(entry.cron)
  if (!parsed.ok || !parsed.github) return undefined
  if (entry.timezone === undefined) return { cron: parsed.cron, timezone: null }
  if (timezoneProblem(entry.timezone) !== undefined) return undefined
  const utc = resolveZone(entry.timezone) === 'UTC'
  return { cron: parsed.cron, timezone: utc ? null : entry.timezone }
}

/** Vixie cron's rule (cron-parser's too): if both day fields are restricted, either may match. */
function matchesDay(cron: ParsedCron, day: number, weekday: number): boolean {
  const dayMatches = cron.days.includes(day)
  const weekdayMatches = cron.weekdays.includes(weekday)
  if (!cron.anyDay && !cron.anyWeekday) return dayMatches || weekdayMatches
  return dayMatches && weekdayMatches
}

/** The wall-clock times (ms since the epoch, read as if UTC) the cron names on one calendar day. */
function wallTimes(cron: ParsedCron, day: number): number[] {
  const midnight = day * DAY_MS
  const date = new Date(midnight)
  if (!cron.months.includes(date.getUTCMonth() + 1)) return []
  if (!matchesDay(cron, date.getUTCDate(), date.getUTCDay())) return []
  const walls: number[] = []
  for (const hour of cron.hours) {
    for (const minute of cron.minutes) walls.push(midnight + hour * HOUR_MS + minute * MINUTE_MS)
  }
  return walls
}

/** The instants (ms, ascending, each once) an entry fires on one calendar day of its zone. */
function localDayTimes(entry: Compiled, day: number): number[] {
  const walls = wallTimes(entry.cron, day)
  if (walls.length === 0) return walls
  // Bracket the day with instants before its first and after its last possible moment in any zone.
  const before = offsetAt(entry.timezone, day * DAY_MS - 14 * HOUR_MS)
  const after = offsetAt(entry.timezone, (day + 1) * DAY_MS + 12 * HOUR_MS)
  if (before === after) return walls.map(wall => wall - before)
  const instants = walls.map(wall => instantOfWall(entry.timezone, wall, before, after))
  // Several skipped times land on the same clock change; one entry starts one run per instant.
  return [...new Set(instants)].sort((x, y) => x - y)
}

const dayTimesCache = new Map<string, readonly number[]>()

/** Memoised per entry and day: simulators ask about the same days hour by hour. */
function dayTimes(entry: Compiled, day: number): readonly number[] {
  const key = `${entry.cron.normalized}|${entry.timezone ?? 'UTC'}|${day}`
  const cached = dayTimesCache.get(key)
  if (cached !== undefined) return cached
  return remember(dayTimesCache, key, localDayTimes(entry, day), 20_000)
}

/** Index of the first time at or after `instant`. */
function lowerBound(times: readonly number[], instant: number): number {
  let low = 0
  let high = times.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((times[middle] ?? Infinity) < instant) low = middle + 1
    else high = middle
  }
  return low
}

/** Hands each calendar day's firing times to `visit`, with the index range lying in [from, to). */
function eachDay(
  entry: ScheduleEntry,
  from: Date,
  to: Date,
  visit: (times: readonly number[], first: number, end: number) => void
): void {
  const compiled = compile(entry)
  if (compiled === undefined) return
  const start = from.getTime()
  const stop = to.getTime()
  if (!(start < stop)) return
  // Wall-clock days of any zone (UTC−12 to UTC+14) that can hold an instant of [from, to).
  const lastDay = Math.floor((stop + 14 * HOUR_MS) / DAY_MS)
  for (let day = Math.floor((start - 12 * HOUR_MS) / DAY_MS); day <= lastDay; day++) {
    const times = dayTimes(compiled, day)
    visit(times, lowerBound(times, start), lowerBound(times, stop))
  }
}

/** Number of times the entries fire in [from, to) (an instant where two entries coincide counts once per entry — GitHub starts one run per matching entry). */
export function runsBetween(entries: readonly ScheduleEntry[], from: Date, to: Date): number {
  let runs = 0
  for (const entry of entries) {
    eachDay(entry, from, to, (_times, first, end) => {
      runs += end - first
    })
  }
  return runs
}

/** Runs in the 30 days from `from`. */
export function runsPer30Days(entries: readonly ScheduleEntry[], from: Date): number {
  return runsBetween(entries, from, new Date(from.getTime() + 30 * DAY_MS))
}

/** The instants (Date[]) at which the entries fire in [from, to), sorted ascending, duplicates across entries kept. */
export function occurrencesBetween(
  entries: readonly ScheduleEntry[],
  from: Date,
  to: Date
): Date[] {
  const instants: number[] = []
  for (const entry of entries) {
    eachDay(entry, from, to, (times, first, end) => {
      for (let i = first; i < end; i++) instants.push(times[i] ?? 0)
    })
  }
  return instants.sort((a, b) => a - b).map(instant => new Date(instant))
}
