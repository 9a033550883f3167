/**
 * IANA time zones: checking a zone name (with messages a person can act on), and the offset and
 * wall-clock arithmetic the occurrence code uses to place a cron's wall-clock times on the UTC
 * timeline, clock changes included.
 */
import { remember } from './bounded-cache.js'

const MINUTE_MS = 60_000
const ZONE_EXAMPLES = "(e.g. 'Europe/Berlin', 'America/New_York', 'UTC')"

const ianaZones = new Set(Intl.supportedValuesOf('timeZone'))
const ianaZonesByLowerCase = new Map([...ianaZones].map(zone => [zone.toLowerCase(), zone]))
const resolvedZones = new Map<string, string | null>()

/** The zone Intl resolves a name to, or null when Intl does not know the name. */
export function resolveZone(timezone: string): string | null {
  const known = resolvedZones.get(timezone)
  if (known !== undefined) return known
  let resolved: string | null = null
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: timezone }).resolvedOptions().timeZone
  } catch {
    resolved = null
  }
  return remember(resolvedZones, timezone, resolved, 1_000)
}

/** The spelling to suggest when Intl accepts a name only by ignoring case ('utc'). */
function respelling(timezone: string, resolved: string): string | undefined {
  if (ianaZones.has(timezone) || timezone === resolved) return undefined
  const sameLetters = ianaZonesByLowerCase.get(timezone.toLowerCase())
  if (sameLetters !== undefined) return sameLetters
  return /(^|\/)[a-z]/.test(timezone) ? resolved : undefined
}

/** A problem with an IANA time zone name, or undefined when valid. */
export function timezoneProblem(timezone: string): string | undefined {
  const resolved = resolveZone(timezone)
  if (resolved === null) {
    const trimmed = timezone.trim()
    if (trimmed !== timezone && trimmed !== '' && resolveZone(trimmed) !== null) {
      return `timezone '${timezone}' has spaces around it; write '${trimmed}'`
    }
    return `timezone '${timezone}' is not an IANA time zone name ${ZONE_EXAMPLES}`
  }
  const spelling = respelling(timezone, resolved)
  if (spelling === undefined) return undefined
  return `timezone '${timezone}' is not spelled as in the IANA database; write '${spelling}'`
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>()

function offsetFormatter(timezone: string): Intl.DateTimeFormat {
  const known = offsetFormatters.get(timezone)
  if (known !== undefined) return known
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric'
  })
  return remember(offsetFormatters, timezone, formatter, 500)
}

/** How far (ms) the zone's wall clock is ahead of UTC at an instant. */
export function offsetAt(timezone: string | null, instant: number): number {
  if (timezone === null) return 0
  const parts = offsetFormatter(timezone).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find(p => p.type === type)?.value)
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second')
  )
  return wall - (instant - (((instant % 1000) + 1000) % 1000))
}

/** The first instant after `low` whose offset differs from the one at `low`: the clock change. */
function clockChange(timezone: string | null, low: number, high: number): number {
  const before = offsetAt(timezone, low)
  let lo = low
  let hi = high
  while (hi - lo > MINUTE_MS) {
    const middle = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS
    if (offsetAt(timezone, middle) === before) lo = middle
    else hi = middle
  }
  return hi
}

/**
 * The instant a wall-clock time (ms, read as if UTC) happens on a day whose offset moves between
 * `a` and `b`. A repeated time (clocks going back) fires once, at its first occurrence; a skipped
 * time (clocks going forward) fires when the clock jumps, as GitHub documents ("a 2:30 AM schedule
 * advances to 3:00 AM").
 */
export function instantOfWall(timezone: string | null, wall: number, a: number, b: number): number {
  const early = wall - Math.max(a, b)
  const late = wall - Math.min(a, b)
  if (offsetAt(timezone, early) === Math.max(a, b)) return early
  if (offsetAt(timezone, late) === Math.min(a, b)) return late
  return clockChange(timezone, early, late)
}
