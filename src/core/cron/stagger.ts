/**
 * Jenkins' `H` in config crons (DESIGN §13): `H H * * 1`, `H(0-29) 8 * * *`, `H/15 * * * *`. A stable
 * hash of the workflow id ranks every value a field may take (rendezvous hashing, so a workflow keeps its value when
 * others come and go); minutes also avoid 0 and the minutes other managed workflows use, where the ranges allow. What
 * leaves here is plain numbers, the same for the same config on every run: the files never churn.
 */
import { cronProblems, entryProblems, parseCron } from './cron.js'
import { timezoneProblem } from './time-zone.js'
import type { ScheduleEntry } from '../schedule/schedule.js'

/** A field's bounds and the range a bare `H` picks from (day of month stops at 28, so it exists in every month). */
interface Field {
  label: string
  min: number
  max: number
  hashMax: number
}

const FIELDS: readonly Field[] = [
  { label: 'minute', min: 0, max: 59, hashMax: 59 },
  { label: 'hour', min: 0, max: 23, hashMax: 23 },
  { label: 'day of month', min: 1, max: 31, hashMax: 28 },
  { label: 'month', min: 1, max: 12, hashMax: 12 },
  { label: 'day of week', min: 0, max: 6, hashMax: 6 }
]
const MINUTE = 0
/** GitHub starts a schedule at most every 5 minutes. */
const SHORTEST_GAP = 5
const FORMS = "write H, H(start-end), H/step or H(start-end)/step, e.g. 'H(0-29)'"

/** An `H` field as read: the range it picks from and the step between the values it then runs at. */
interface HForm {
  from: number
  to: number
  step?: number
}

/** One value an `H` field may resolve to: the offset hashed on, and the values written. */
interface Candidate {
  offset: number
  values: number[]
}

/** A workflow as the config holds it: an id to hash, and crons by mode. */
export interface Staggerable {
  id: string
  schedules: Readonly<Record<string, readonly ScheduleEntry[]>>
}

/** `stagger: true` re-spreads plain crons at minute 0 as if they were written with `H`. */
export interface StaggerOptions {
  stagger?: boolean
}

/** Whether an item of a field is an `H` form (and not a day name such as THU). */
function isHItem(item: string): boolean {
  return /^h(?![a-z])/i.test(item)
}

/** Whether any field of the cron uses `H`. */
export function usesH(cron: string): boolean {
  return cron.split(/\s+/).some(field => field.split(',').some(isHItem))
}

function fieldProblem(text: string, field: Field, problem: string): string {
  return `${field.label} '${text}' ${problem}`
}

function readRange(inner: string, text: string, field: Field): [number, number] | string {
  const range = /^(\d+)-(\d+)$/.exec(inner)
  if (!range) return fieldProblem(text, field, `has no 'start-end' range inside H(…); ${FORMS}`)
  const [from, to] = [Number(range[1]), Number(range[2])]
  for (const value of [from, to]) {
    if (value < field.min || value > field.max)
      return fieldProblem(
        text,
        field,
        `picks from ${value}, out of range ${field.min}–${field.max}`
      )
  }
  if (from > to)
    return fieldProblem(
      text,
      field,
      `runs backwards (${from} > ${to}); an H range must be written low to high, e.g. 'H(${to}-${from})'`
    )
  return [from, to]
}

function readStep(step: string, text: string, field: Field, width: number): number | string {
  if (!/^\d+$/.test(step))
    return fieldProblem(text, field, `has a step '${step}' that is not a whole number`)
  const every = Number(step)
  if (every === 0) return fieldProblem(text, field, 'has a step of 0; a step must be at least 1')
  if (every > field.max)
    return fieldProblem(text, field, `has a step of ${every}; a step must be 1–${field.max}`)
  if (field === FIELDS[MINUTE] && every < SHORTEST_GAP && every <= width)
    return fieldProblem(
      text,
      field,
      `runs every ${every} minute${every === 1 ? '' : 's'}; GitHub runs schedules at most every 5 minutes — use a step of at least 5 (e.g. 'H/5')`
    )
  return every
}

/** Reads one field's `H` form; a string is what is wrong with it. */
function readH(text: string, field: Field): HForm | string {
  if (text.split(',').length > 1)
    return fieldProblem(text, field, 'mixes H into a list; H stands alone in its field')
  if (text.startsWith('h')) return fieldProblem(text, field, "writes H in lower case; write 'H'")
  const form = /^H(?:\(([^)]*)\))?(?:\/(.*))?$/.exec(text)
  if (!form) return fieldProblem(text, field, `is not an H form; ${FORMS}`)
  const range = form[1] === undefined ? [field.min, field.hashMax] : readRange(form[1], text, field)
  if (typeof range === 'string') return range
  const [from = field.min, to = field.hashMax] = range
  if (form[2] === undefined) return { from, to }
  const step = readStep(form[2], text, field, to - from)
  return typeof step === 'string' ? step : { from, to, step }
}

/** The cron with each `H` field replaced by a plain value, so the other fields can be checked as GitHub would. */
function withHReplaced(cron: string, replace: (text: string, field: Field) => string): string {
  let index = 0
  return cron.replace(/\S+/g, text => {
    const field = FIELDS[index++]
    return field && text.split(',').some(isHItem) ? replace(text, field) : text
  })
}

/** Problems with a cron that may use `H`: each bad `H` form explained, then the other fields checked as GitHub would. */
export function staggerProblems(cron: string): string[] {
  if (!usesH(cron)) return cronProblems(cron)
  const problems: string[] = []
  const plain = withHReplaced(cron, (text, field) => {
    const form = readH(text, field)
    if (typeof form === 'string') problems.push(form)
    return String(typeof form === 'string' ? field.min : form.from)
  })
  return [...problems, ...cronProblems(plain)]
}

/** Problems of a config entry: its cron (`H` allowed) and, if present, its timezone. */
export function staggerEntryProblems(entry: ScheduleEntry): string[] {
  if (!usesH(entry.cron)) return entryProblems(entry)
  const zone = entry.timezone === undefined ? undefined : timezoneProblem(entry.timezone)
  const problems = staggerProblems(entry.cron)
  return zone === undefined ? problems : [...problems, zone]
}

/** FNV-1a, then murmur3's finaliser: a stable 32-bit hash that spreads neighbouring ids apart. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** The candidates of a form, best first for this workflow and field. */
function ranked(id: string, index: number, form: HForm): Candidate[] {
  const last = form.step === undefined ? form.to : Math.min(form.to, form.from + form.step - 1)
  const candidates: Array<Candidate & { score: number }> = []
  for (let offset = form.from; offset <= last; offset++) {
    const values: number[] = []
    for (let v = offset; v <= form.to; v += form.step ?? Infinity) values.push(v)
    candidates.push({ offset, values, score: hash(`${id}\u0000${index}\u0000${offset}`) })
  }
  return candidates.sort((a, b) => b.score - a.score || a.offset - b.offset)
}

/** Minutes at least 5 apart, counting the wrap into the next hour (the hour field may run consecutive hours). */
function keepsGap(values: readonly number[]): boolean {
  if (values.length < 2) return true
  const gaps = values.slice(1).map((v, i) => v - (values[i] ?? v))
  gaps.push(60 - (values.at(-1) ?? 0) + (values[0] ?? 0))
  return gaps.every(gap => gap >= SHORTEST_GAP)
}

/** Minutes → the workflows using them. */
type Taken = Map<number, Set<string>>

function collisions(values: readonly number[], taken: Taken, id: string): number {
  return values.filter(v => [...(taken.get(v) ?? [])].some(other => other !== id)).length
}

/** The best-ranked minute candidate that avoids 0 and other workflows' minutes, as far as the range allows. */
function chooseMinute(id: string, form: HForm, taken: Taken): Candidate | undefined {
  const valid = ranked(id, MINUTE, form).filter(c => keepsGap(c.values))
  const nonZero = valid.filter(c => !c.values.includes(0))
  const pool = nonZero.length > 0 ? nonZero : valid
  let best: Candidate | undefined
  let fewest = Infinity
  for (const candidate of pool) {
    const clashes = collisions(candidate.values, taken, id)
    if (clashes < fewest) [best, fewest] = [candidate, clashes]
    if (clashes === 0) break
  }
  return best
}

function take(taken: Taken, values: readonly number[], id: string): void {
  for (const v of values) taken.set(v, (taken.get(v) ?? new Set()).add(id))
}

/** Resolves one workflow's `H` fields; one choice per distinct field text, so every mode shares it. */
function resolver(id: string, taken: Taken): (cron: string) => string {
  const chosen = new Map<string, string>()
  const resolve = (text: string, field: Field): string => {
    const index = FIELDS.indexOf(field)
    const key = `${index}|${text}`
    const known = chosen.get(key)
    if (known !== undefined) return known
    const form = readH(text, field)
    if (typeof form === 'string') return text
    const pick = index === MINUTE ? chooseMinute(id, form, taken) : ranked(id, index, form)[0]
    if (index === MINUTE && pick) take(taken, pick.values, id)
    const written = pick ? pick.values.join(',') : text
    chosen.set(key, written)
    return written
  }
  return cron => (usesH(cron) ? withHReplaced(cron, resolve) : cron)
}

/** Under `stagger: true` a plain cron whose minutes are exactly {0} is spread like `H`. */
function respread(entry: ScheduleEntry): ScheduleEntry {
  const [minute, ...rest] = entry.cron.split(' ')
  if (minute === undefined || !/^0{1,2}$/.test(minute) || rest.length !== 4) return entry
  return { ...entry, cron: ['H', ...rest].join(' ') }
}

function mapEntries<W extends Staggerable>(w: W, map: (e: ScheduleEntry) => ScheduleEntry): W {
  const schedules = Object.fromEntries(
    Object.entries(w.schedules).map(([mode, entries]) => [mode, entries.map(map)])
  )
  return { ...w, schedules }
}

/** The minutes the plain crons of every workflow use, its own included: an `H` minute steers clear of them too. */
function plainMinutes(workflows: readonly Staggerable[]): Taken {
  const taken: Taken = new Map()
  for (const w of workflows) {
    for (const entry of Object.values(w.schedules).flat()) {
      const parsed = usesH(entry.cron) ? undefined : parseCron(entry.cron)
      // Held apart from the workflow's own H picks, so its H does not land on its own plain crons either.
      if (parsed?.ok) take(taken, parsed.cron.minutes, `plain\u0000${w.id}`)
    }
  }
  return taken
}

/**
 * The same workflows with every `H` resolved to plain numbers (and, with `stagger: true`, every plain cron at minute 0
 * re-spread): deterministic for the same workflows, minutes distinct across workflows where the ranges allow, never
 * minute 0 unless the range is only 0. Workflows are resolved in id order, whatever their order in the config.
 */
export function expandStagger<W extends Staggerable>(
  workflows: readonly W[],
  options: StaggerOptions = {}
): W[] {
  const spread = options.stagger ? workflows.map(w => mapEntries(w, respread)) : [...workflows]
  const taken = plainMinutes(spread)
  const resolved = new Map<string, W>()
  const byId = [...spread].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const w of byId) {
    const resolve = resolver(w.id, taken)
    resolved.set(
      w.id,
      mapEntries(w, entry => (usesH(entry.cron) ? { ...entry, cron: resolve(entry.cron) } : entry))
    )
  }
  return spread.map(w => resolved.get(w.id) ?? w)
}
