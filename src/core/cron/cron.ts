/**
 * GitHub's cron dialect: checking a cron the way GitHub does (with messages a person can act on)
 * and putting it into English words. When a cron fires is in cron-occurrences.ts.
 *
 * Validation is our own parser, kept a subset of GitHub's grammar (`isValidCron` from
 * @actions/workflow-parser is the safety net). The parsed fields it produces are also what the
 * occurrence code computes firing times from.
 */
import { isValidCron } from '@actions/workflow-parser/model/converter/cron'
import cronstrue from 'cronstrue'
import { remember } from './bounded-cache.js'
import type { ScheduleEntry } from '../schedule/schedule.js'
import { timezoneProblem } from './time-zone.js'

const FIELD_LIST = '(minute hour day-of-month month day-of-week)'
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

/** What one of the five fields allows: its range and, for month and day of week, its names. */
interface FieldSpec {
  label: string
  min: number
  max: number
  names?: ReadonlyMap<string, number>
  /** How the names are described in messages, e.g. "a month name (JAN–DEC)". */
  nameHint?: string
}

function namesFrom(names: readonly string[], first: number): ReadonlyMap<string, number> {
  return new Map(names.map((name, i) => [name, i + first]))
}

const FIELDS: readonly FieldSpec[] = [
  { label: 'minute', min: 0, max: 59 },
  { label: 'hour', min: 0, max: 23 },
  { label: 'day of month', min: 1, max: 31 },
  {
    label: 'month',
    min: 1,
    max: 12,
    names: namesFrom(MONTHS, 1),
    nameHint: 'a month name (JAN–DEC)'
  },
  {
    label: 'day of week',
    min: 0,
    max: 6,
    names: namesFrom(WEEKDAYS, 0),
    nameHint: 'a day name (SUN–SAT)'
  }
]

const MACROS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *'
}

/** A cron GitHub accepts, as the sorted values each field allows. */
export interface ParsedCron {
  minutes: readonly number[]
  hours: readonly number[]
  days: readonly number[]
  months: readonly number[]
  weekdays: readonly number[]
  /** Day of month / day of week written as a bare '*': decides how the two day fields combine. */
  anyDay: boolean
  anyWeekday: boolean
  /** The fields as numbers ('*' kept): '0 0 * * MON' and '0 0 * * 1' share cached days. */
  normalized: string
}

/** `github`: what isValidCron says of a cron our grammar accepts (see cronProblems). */
type Parsed = { ok: true; cron: ParsedCron; github: boolean } | { ok: false; problems: string[] }
type FieldResult = { values: number[] } | { problems: string[] }

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`
}

function macroProblem(word: string): string {
  const equivalent = MACROS[word.toLowerCase()]
  if (equivalent !== undefined) {
    return `'${word}' is a macro; GitHub does not accept macros — write '${equivalent}'`
  }
  if (word.toLowerCase() === '@reboot') {
    return `'${word}' is a macro; GitHub does not accept macros, and '@reboot' has no cron equivalent`
  }
  return `'${word}' is not a cron; GitHub does not accept macros`
}

/** Problems with the cron as a whole (emptiness, macros, separators, field count). */
function shapeProblem(expr: string): string | undefined {
  const trimmed = expr.trim()
  if (trimmed === '') return `the cron is empty; expected 5 fields ${FIELD_LIST}`
  if (trimmed.startsWith('@')) return macroProblem(trimmed.split(/\s+/)[0] ?? trimmed)
  if (/[^\S ]/.test(expr)) {
    return 'fields must be separated by spaces; GitHub does not accept tabs or line breaks'
  }
  if (trimmed !== expr) return 'the cron has spaces before or after it, which GitHub rejects'
  const count = expr.split(/ +/).length
  if (count === 5) return undefined
  const extra = count === 6 || count === 7 ? '; GitHub has no seconds or years field' : ''
  return `expected 5 fields ${FIELD_LIST}, got ${count}${extra}`
}

/** Quartz and Jenkins syntax (L, W, #, ?, H) that GitHub's grammar does not have. */
function unsupportedSyntax(text: string, spec: FieldSpec): string | undefined {
  const found = new Set<string>()
  for (const word of text.match(/[a-z]+/gi) ?? []) {
    const upper = word.toUpperCase()
    if (!spec.names?.has(upper) && /^(L|W|LW|H)$/.test(upper)) {
      for (const letter of upper) found.add(letter)
    }
  }
  for (const mark of ['#', '?']) if (text.includes(mark)) found.add(mark)
  if (found.size === 0) return undefined
  const marks = [...found].map(mark => `'${mark}'`).join(' and ')
  return `${spec.label} '${text}' uses ${marks}, which GitHub does not support`
}

function parseValue(token: string, spec: FieldSpec): number | string {
  const named = spec.names?.get(token.toUpperCase())
  if (named !== undefined) return named
  if (!/^\d+$/.test(token)) {
    const names = spec.nameHint === undefined ? '' : ` or ${spec.nameHint}`
    return `${spec.label} '${token}' is not a number ${spec.min}–${spec.max}${names}`
  }
  const value = Number(token)
  if (value >= spec.min && value <= spec.max) return value
  const sunday = spec.label === 'day of week' && value === 7 ? ' (use 0 for Sunday)' : ''
  return `${spec.label} ${value} is out of range ${spec.min}–${spec.max}${sunday}`
}

/** How to write a wrapping range GitHub's way: '22-2' becomes '22-23,0-2'. */
function wrappedRange(start: string, end: string, spec: FieldSpec): string {
  const spell = (value: number, like: string): string =>
    /^\d+$/.test(like)
      ? String(value)
      : ([...(spec.names ?? [])].find(([, v]) => v === value)?.[0] ?? String(value))
  const startValue = parseValue(start, spec)
  const endValue = parseValue(end, spec)
  const head = startValue === spec.max ? start : `${start}-${spell(spec.max, start)}`
  const tail = endValue === spec.min ? end : `${spell(spec.min, end)}-${end}`
  return `${head},${tail}`
}

function parseRange(text: string, spec: FieldSpec): [number, number] | string {
  const [start = '', end, ...rest] = text.split('-')
  if (start === '*' || end === '*') {
    return `${spec.label} '${text}' puts '*' inside a range; use '*' alone or a range of values`
  }
  if (end === undefined || rest.length > 0 || start === '' || end === '') {
    return `${spec.label} '${text}' is not a range; write a range as 'start-end', e.g. '1-5'`
  }
  const first = parseValue(start, spec)
  if (typeof first === 'string') return first
  const last = parseValue(end, spec)
  if (typeof last === 'string') return last
  if (first <= last) return [first, last]
  const rule = 'GitHub requires the start of a range to be at most its end'
  return `${spec.label} '${text}' runs backwards (${first} > ${last}); ${rule} — write '${wrappedRange(start, end, spec)}'`
}

function parseBase(base: string, item: string, spec: FieldSpec): [number, number] | string {
  if (base === '') return `${spec.label} '${item}' has nothing before '/'`
  if (base === '*') return [spec.min, spec.max]
  if (base.includes('-')) return parseRange(base, spec)
  const value = parseValue(base, spec)
  return typeof value === 'string' ? value : [value, value]
}

function parseStep(step: string, item: string, spec: FieldSpec): number | string {
  if (step === '') return `${spec.label} '${item}' has no step after '/'`
  if (!/^\d+$/.test(step)) {
    return `${spec.label} '${item}' has a step '${step}' that is not a whole number`
  }
  const value = Number(step)
  if (value === 0) return `${spec.label} '${item}' has a step of 0; a step must be at least 1`
  if (value > spec.max) {
    return `${spec.label} '${item}' has a step of ${value}; a step must be 1–${spec.max}`
  }
  return value
}

/** One list item: '*', 'a' or 'a-b', each maybe '/step'; 'a/n' runs from a to the field's end. */
function parseItem(item: string, spec: FieldSpec): number[] | string {
  const [base = '', step, ...rest] = item.split('/')
  if (rest.length > 0) return `${spec.label} '${item}' has more than one '/'`
  const bounds = parseBase(base, item, spec)
  if (typeof bounds === 'string') return bounds
  const every = step === undefined ? 1 : parseStep(step, item, spec)
  if (typeof every === 'string') return every
  const [start, end] = bounds
  const single = base !== '*' && !base.includes('-')
  const last = step !== undefined && single ? spec.max : end
  const values: number[] = []
  for (let value = start; value <= last; value += every) values.push(value)
  return values
}

function parseField(text: string, spec: FieldSpec): FieldResult {
  const unsupported = unsupportedSyntax(text, spec)
  if (unsupported !== undefined) return { problems: [unsupported] }
  const items = text.split(',')
  if (items.includes('')) {
    return { problems: [`${spec.label} '${text}' has an empty item in its list`] }
  }
  const values = new Set<number>()
  const problems = new Set<string>()
  for (const item of items) {
    const result = parseItem(item, spec)
    if (typeof result === 'string') problems.add(result)
    else result.forEach(value => values.add(value))
  }
  if (problems.size > 0) return { problems: [...problems] }
  return { values: [...values].sort((a, b) => a - b) }
}

function assemble(texts: readonly string[], values: readonly number[][]): ParsedCron {
  const [minutes = [], hours = [], days = [], months = [], weekdays = []] = values
  const anyDay = texts[2] === '*'
  const anyWeekday = texts[4] === '*'
  // A bare '*' must stay: it is what decides how day of month and day of week combine.
  const spelled = values.map((field, i) => (texts[i] === '*' ? '*' : field.join(',')))
  return {
    minutes,
    hours,
    days,
    months,
    weekdays,
    anyDay,
    anyWeekday,
    normalized: spelled.join(' ')
  }
}

function parseUncached(expr: string): Parsed {
  const shape = shapeProblem(expr)
  if (shape !== undefined) return { ok: false, problems: [shape] }
  const texts = expr.split(/ +/)
  const results = FIELDS.map((spec, i) => parseField(texts[i] ?? '', spec))
  const problems = results.flatMap(result => ('problems' in result ? result.problems : []))
  if (problems.length > 0) return { ok: false, problems }
  const values = results.map(result => ('values' in result ? result.values : []))
  return { ok: true, cron: assemble(texts, values), github: isValidCron(expr) }
}

const parsedCrons = new Map<string, Parsed>()

/** A cron read by our grammar; memoised, as validation and the occurrences ask about a few crons. */
export function parseCron(expr: string): Parsed {
  return parsedCrons.get(expr) ?? remember(parsedCrons, expr, parseUncached(expr), 2_000)
}

interface Gap {
  minutes: number
  from: number
  to: number
  nextHour: boolean
}

/** Whether some hour is followed by the next: then minute 58 and minute 0 are 2 minutes apart. */
function hasConsecutiveHours(hours: readonly number[]): boolean {
  return hours.some(hour => hours.includes((hour + 1) % 24))
}

function minuteGaps(minutes: readonly number[], wraps: boolean): Gap[] {
  const gaps = minutes.slice(1).map((to, i) => {
    const from = minutes[i] ?? to
    return { minutes: to - from, from, to, nextHour: false }
  })
  const first = minutes[0]
  const last = minutes[minutes.length - 1]
  if (wraps && first !== undefined && last !== undefined) {
    gaps.push({ minutes: 60 - last + first, from: last, to: first, nextHour: true })
  }
  return gaps
}

/** GitHub runs a schedule at most every 5 minutes: flag any two runs closer than that. */
function intervalProblem(cron: ParsedCron): string | undefined {
  const gaps = minuteGaps(cron.minutes, hasConsecutiveHours(cron.hours))
  const shortest = gaps.reduce<Gap | undefined>(
    (a, b) => (a && a.minutes <= b.minutes ? a : b),
    undefined
  )
  if (shortest === undefined || shortest.minutes >= 5) return undefined
  const limit = 'GitHub runs schedules at most every 5 minutes'
  if (gaps.every(gap => gap.minutes === shortest.minutes)) {
    return `runs every ${plural(shortest.minutes, 'minute')}; ${limit} — use a step of at least 5 (e.g. '*/5')`
  }
  const where = shortest.nextHour
    ? `minute ${shortest.from}, then minute ${shortest.to} of the next hour`
    : `minutes ${shortest.from} and ${shortest.to}`
  return `runs ${plural(shortest.minutes, 'minute')} apart (${where}); ${limit} — keep runs at least 5 minutes apart`
}

/** Problems with one cron in GitHub's dialect; [] when GitHub would accept it and it runs at most every 5 minutes. */
export function cronProblems(expr: string): string[] {
  const parsed = parseCron(expr)
  if (!parsed.ok) return parsed.problems
  const problems: string[] = []
  const interval = intervalProblem(parsed.cron)
  if (interval !== undefined) problems.push(interval)
  // Our grammar is meant to be a subset of GitHub's; should they ever disagree, GitHub wins.
  if (!parsed.github) problems.push(`GitHub's cron grammar rejects '${expr}'`)
  return problems
}

/** Problems of one schedule entry (its cron and, if present, its timezone). */
export function entryProblems(entry: ScheduleEntry): string[] {
  const problems = cronProblems(entry.cron)
  const zone = entry.timezone === undefined ? undefined : timezoneProblem(entry.timezone)
  return zone === undefined ? problems : [...problems, zone]
}

/** English words for an entry, e.g. "At 08:00" / "Every 2 hours", with " (America/New_York)" appended when it has a timezone. */
export function describeEntry(entry: ScheduleEntry): string {
  const zone = entry.timezone === undefined ? '' : ` (${entry.timezone})`
  if (!parseCron(entry.cron).ok) return `invalid cron '${entry.cron}'${zone}`
  try {
    const words = cronstrue.toString(entry.cron.replace(/ +/g, ' '), {
      use24HourTimeFormat: true,
      verbose: false
    })
    return `${words}${zone}`
  } catch {
    return `cron '${entry.cron}'${zone}`
  }
}
