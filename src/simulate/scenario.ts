/** A simulation scenario (examples/scenarios/README.md documents the schema): what the period looks like. */
import { LineCounter, parseDocument } from 'yaml'
import { type Config } from '../core/schedule/config.js'
import { entryProblems } from '../core/cron/cron.js'
import { MODES, type Mode } from '../core/schedule/schedule.js'
import { ValidationError } from '../core/errors.js'
import { FieldReader, join, shown, type Fields } from './fields.js'

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const

/** Extra usage per day over a span of whole days (a release week, an incident). */
export interface Burst {
  from: Date
  days: number
  perDay: number
}

/** A one-off lump of manual use, spent in the hour that holds `at`. */
export interface Spike {
  at: Date
  amount: number
}

export interface Scenario {
  name: string
  description: string
  quota: number
  resetDay: number
  /** Any instant in the period to replay; the whole period is replayed, from its start to the reset. */
  period: Date
  startUsed: number
  seed: number
  initialMode: Mode
  orchestrator: { cron: string; mergeDelayHours: number }
  costs: {
    default: number
    workflows: Record<string, number>
    /** Relative standard deviation of each run's cost. */
    noise: number
    /** True: the config declares these costs; false: the orchestrator has to learn them. */
    declared: boolean
  }
  background: {
    perDay: number
    /** Multiplier per weekday, Sunday first. */
    weekdays: number[]
    /** Relative standard deviation of each day's background. */
    noise: number
    bursts: Burst[]
    spikes: Spike[]
  }
}

const TOP = ['name', 'description', 'quota', 'reset-day', 'period', 'start-used', 'seed']
const MORE = ['initial-mode', 'orchestrator', 'costs', 'background']
const NONNEG = { min: 0 }

function section(r: FieldReader, raw: Fields, key: string, allowed: readonly string[]): Fields {
  const value = raw[key]
  if (value === undefined) return {}
  const fields = r.map(value, key)
  if (fields) r.known(fields, allowed, key)
  return fields ?? {}
}

function readOrchestrator(r: FieldReader, raw: Fields): Scenario['orchestrator'] {
  const o = section(r, raw, 'orchestrator', ['cron', 'merge-delay-hours'])
  let cron = '0 0 * * *'
  if (typeof o.cron === 'string') {
    const bad = entryProblems({ cron: o.cron })
    if (bad.length === 0) cron = o.cron
    else r.problem('orchestrator.cron', `'${o.cron}' — ${bad.join('; ')}`)
  } else if (o.cron !== undefined)
    r.problem('orchestrator.cron', `must be a cron string, got ${shown(o.cron)}`)
  const delay = r.number(o['merge-delay-hours'], 'orchestrator.merge-delay-hours', 0, NONNEG)
  return { cron, mergeDelayHours: delay }
}

function readCosts(r: FieldReader, raw: Fields): Scenario['costs'] {
  const c = section(r, raw, 'costs', ['default', 'workflows', 'noise', 'declared'])
  const workflows: Record<string, number> = {}
  const listed = c.workflows === undefined ? {} : (r.map(c.workflows, 'costs.workflows') ?? {})
  for (const [id, value] of Object.entries(listed)) {
    workflows[id] = r.number(value, join('costs.workflows', id), 1, NONNEG)
  }
  if (c.declared !== undefined && typeof c.declared !== 'boolean')
    r.problem('costs.declared', `must be true or false, got ${shown(c.declared)}`)
  return {
    default: r.number(c.default, 'costs.default', 1, NONNEG),
    workflows,
    noise: r.number(c.noise, 'costs.noise', 0, { min: 0, max: 1 }),
    declared: c.declared === true
  }
}

function readWeekdays(r: FieldReader, raw: unknown): number[] {
  const factors = WEEKDAYS.map(() => 1)
  if (raw === undefined) return factors
  const map = r.map(raw, 'background.weekdays')
  if (!map) return factors
  r.known(map, WEEKDAYS, 'background.weekdays')
  WEEKDAYS.forEach((day, i) => {
    factors[i] = r.number(map[day], `background.weekdays.${day}`, 1, NONNEG)
  })
  return factors
}

function readBurst(r: FieldReader, raw: unknown, at: string): Burst | undefined {
  const b = r.map(raw, at)
  if (!b) return undefined
  r.known(b, ['from', 'days', 'per-day'], at)
  const from = r.instant(b.from, `${at}.from`)
  const days = r.number(b.days, `${at}.days`, 1, { min: 0, above: true, required: true })
  const perDay = r.number(b['per-day'], `${at}.per-day`, 0, { ...NONNEG, required: true })
  return from && { from, days, perDay }
}

function readSpike(r: FieldReader, raw: unknown, at: string): Spike | undefined {
  const s = r.map(raw, at)
  if (!s) return undefined
  r.known(s, ['at', 'amount'], at)
  const instant = r.instant(s.at, `${at}.at`)
  const amount = r.number(s.amount, `${at}.amount`, 0, { ...NONNEG, required: true })
  return instant && { at: instant, amount }
}

function readBackground(r: FieldReader, raw: Fields): Scenario['background'] {
  const b = section(r, raw, 'background', ['per-day', 'weekdays', 'noise', 'bursts', 'spikes'])
  return {
    perDay: r.number(b['per-day'], 'background.per-day', 0, NONNEG),
    weekdays: readWeekdays(r, b.weekdays),
    noise: r.number(b.noise, 'background.noise', 0, { min: 0, max: 1 }),
    bursts: r.list(b.bursts, 'background.bursts', (item, at) => readBurst(r, item, at)),
    spikes: r.list(b.spikes, 'background.spikes', (item, at) => readSpike(r, item, at))
  }
}

function readScenario(r: FieldReader, raw: Fields, fallbackName: string): Scenario {
  r.known(raw, [...TOP, ...MORE], '')
  const text = (key: string, fallback: string) => {
    if (raw[key] === undefined || typeof raw[key] === 'string')
      return (raw[key] as string) ?? fallback
    r.problem(key, `must be a string, got ${shown(raw[key])}`)
    return fallback
  }
  return {
    name: text('name', fallbackName),
    description: text('description', ''),
    quota: r.number(raw.quota, 'quota', 1500, { min: 0, above: true }),
    resetDay: r.number(raw['reset-day'], 'reset-day', 1, { min: 1, max: 31, whole: true }),
    period: r.instant(raw.period, 'period') ?? new Date(0),
    startUsed: r.number(raw['start-used'], 'start-used', 0, NONNEG),
    seed: r.number(raw.seed, 'seed', 1, { min: 0, max: 2 ** 32 - 1, whole: true }),
    initialMode: r.oneOf(raw['initial-mode'], 'initial-mode', MODES, 'normal'),
    orchestrator: readOrchestrator(r, raw),
    costs: readCosts(r, raw),
    background: readBackground(r, raw)
  }
}

/** Parses and checks a scenario file's text, listing every problem with its field path in one ValidationError. */
export function parseScenario(text: string, file: string): Scenario {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const r = new FieldReader(file)
  for (const e of doc.errors)
    r.problem(
      '',
      `is not valid YAML (line ${lines.linePos(e.pos[0]).line}): ${e.message.split('\n')[0]}`
    )
  if (r.problems.length > 0) throw new ValidationError(r.problems, 'Invalid scenario')
  const raw = r.map(doc.toJS(), '(the file)')
  const name = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '')
  const scenario = raw ? readScenario(r, raw, name) : undefined
  if (r.problems.length > 0 || !scenario) throw new ValidationError(r.problems, 'Invalid scenario')
  return scenario
}

/** Problems between a scenario and the config it runs against: costs for workflows the config does not manage. */
export function scenarioConfigProblems(scenario: Scenario, config: Config, file: string): string[] {
  const ids = config.workflows.map(w => w.id)
  return Object.keys(scenario.costs.workflows)
    .filter(id => !ids.includes(id))
    .map(
      id =>
        `${file}: costs.workflows.${id} names no managed workflow; the config has: ${ids.join(', ')}`
    )
}
