import { LineCounter, parseDocument } from 'yaml'
import { ValidationError } from '../errors.js'
import { isPolicy, POLICIES, type Policy } from './config-names.js'
import { expandStagger, staggerEntryProblems } from '../cron/stagger.js'
import { readBudgets, type Budgets } from '../usage/budgets.js'
import { readPrices } from '../runs/prices-config.js'
import { type Prices } from '../runs/runner-pricing.js'
import { problemText, unknownKeys, type Key, type Problem } from './config-problems.js'
import { MODES, sameEntry, type Mode, type ScheduleEntry } from './schedule.js'
import { DEFAULT_THRESHOLDS, type Thresholds } from '../usage/usage.js'
import {
  DISPATCH_CONFIG_KEYS,
  DISPATCH_WORKFLOW_KEYS,
  readDelivery,
  readDispatchLimits,
  type DispatchLimits,
  type DispatchOptions,
  type Via
} from '../dispatch/dispatch-config.js'

export { DEFAULT_CONFIG_PATH, isPolicy, POLICIES, type Policy } from './config-names.js'

/** The share of the quota the target policy aims to use by the reset unless the config says otherwise. */
export const DEFAULT_TARGET = 0.95

/** One managed workflow: where it is, the schedule it should have in each mode, and what one run costs if declared. */
export interface ManagedWorkflow {
  id: string
  path: string
  schedules: Record<Mode, ScheduleEntry[]>
  /** Quota one run consumes, as the config declares it; absent means "learn it from the state, 1 until then". */
  costPerRun?: number
  /** `via: dispatch`: started by the orchestrator's tick (DESIGN §12); absent means `via: cron`. */
  via?: Via
  /** Present exactly when `via` is `dispatch`. */
  dispatch?: DispatchOptions
}

/** The validated orchestrator config (DESIGN §4); `maxDispatches`/`pauseAfterFailures` only when given (dispatchLimits). */
export interface Config extends Partial<DispatchLimits> {
  thresholds: Thresholds
  workflows: ManagedWorkflow[]
  policy: Policy
  /** Share of the quota (0 < target ≤ 1) the target policy aims to use by the reset. */
  target: number
  /** `stagger: true`: plain crons at minute 0 were re-spread like `H` (DESIGN §13); absent means false. */
  stagger?: boolean
  /** `budgets:` caps (DESIGN §13); absent means none. */
  budgets?: Budgets
  /** `prices:` dollars per minute by runner SKU over GitHub's (DESIGN §10); absent means GitHub's. */
  prices?: Prices
}

const THRESHOLD_KEYS: Record<string, keyof Thresholds> = {
  'aggressive-below': 'aggressiveBelow',
  'conservative-above': 'conservativeAbove',
  'alert-at': 'alertAt'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readThresholds(raw: unknown, problems: Problem[]): Thresholds {
  const thresholds = { ...DEFAULT_THRESHOLDS }
  if (raw === undefined) return thresholds
  if (!isRecord(raw)) {
    problems.push({
      at: ['thresholds'],
      message:
        'must be a map, e.g. { aggressive-below: 0.7, conservative-above: 1.3, alert-at: 0.9 }'
    })
    return thresholds
  }
  problems.push(...unknownKeys(raw, Object.keys(THRESHOLD_KEYS), ['thresholds']))
  for (const [name, field] of Object.entries(THRESHOLD_KEYS)) {
    const value = raw[name]
    if (value === undefined) continue
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      problems.push({
        at: ['thresholds', name],
        message: `must be a number above 0, got ${JSON.stringify(value)}`
      })
    } else thresholds[field] = value
  }
  if (thresholds.aggressiveBelow >= thresholds.conservativeAbove) {
    problems.push({
      at: ['thresholds'],
      message: 'aggressive-below must be lower than conservative-above'
    })
  }
  if (thresholds.alertAt > 1)
    problems.push({
      at: ['thresholds', 'alert-at'],
      message: 'must be at most 1 (a share of the quota)'
    })
  return thresholds
}

function readEntry(raw: unknown, at: Key[], problems: Problem[]): ScheduleEntry | undefined {
  let entry: ScheduleEntry
  if (typeof raw === 'string') entry = { cron: raw }
  else if (isRecord(raw) && typeof raw.cron === 'string') {
    problems.push(...unknownKeys(raw, ['cron', 'timezone'], at))
    if (raw.timezone !== undefined && typeof raw.timezone !== 'string') {
      problems.push({ at: [...at, 'timezone'], message: 'must be a string such as Europe/Berlin' })
      return undefined
    }
    entry =
      raw.timezone === undefined ? { cron: raw.cron } : { cron: raw.cron, timezone: raw.timezone }
  } else {
    problems.push({
      at,
      message: `must be a cron string or { cron, timezone }, got ${JSON.stringify(raw)}`
    })
    return undefined
  }
  // `H` is allowed here; expandStagger turns it into plain numbers once every workflow is read.
  const bad = staggerEntryProblems(entry)
  problems.push(...bad.map(message => ({ at, message: `'${entry.cron}' — ${message}` })))
  return bad.length === 0 ? entry : undefined
}

function readSchedules(
  raw: unknown,
  at: Key[],
  problems: Problem[]
): Record<Mode, ScheduleEntry[]> {
  const schedules = { aggressive: [], normal: [], conservative: [] } as Record<
    Mode,
    ScheduleEntry[]
  >
  if (!isRecord(raw)) {
    problems.push({ at, message: 'must be a map with aggressive, normal and conservative crons' })
    return schedules
  }
  problems.push(...unknownKeys(raw, MODES, at))
  for (const mode of MODES) {
    const value = raw[mode]
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
      problems.push({
        at: [...at, mode],
        message: `missing: give at least one cron for the ${mode} mode`,
        near: at.slice(0, -1)
      })
      continue
    }
    const items = Array.isArray(value) ? value : [value]
    const where = (i: number): Key[] => (Array.isArray(value) ? [...at, mode, i] : [...at, mode])
    const entries = items.map((item, i) => readEntry(item, where(i), problems))
    problems.push(...duplicates(entries, `the ${mode} schedule of '${String(at[1])}'`, where))
    schedules[mode] = entries.flatMap(entry => entry ?? [])
  }
  return schedules
}

/** Entries of one mode that run at the same times as an earlier one (`0 8 * * *` and `00 8 * * *`). */
function duplicates(
  entries: ReadonlyArray<ScheduleEntry | undefined>,
  schedule: string,
  where: (i: number) => Key[]
): Problem[] {
  return entries.flatMap((entry, i) => {
    const first = entries.findIndex(other => other && entry && sameEntry(other, entry))
    const earlier = entries[first]
    if (!entry || !earlier || first === i) return []
    const name = formatKey(where(first))
    const said =
      earlier.cron === entry.cron
        ? `'${entry.cron}' is already listed as ${name}`
        : `'${entry.cron}' runs at the same times as '${earlier.cron}' (${name})`
    return [{ at: where(i), message: `${said} — list each cron once in ${schedule}` }]
  })
}

/** `normal[0]`: the mode and index at the end of an entry's path. */
function formatKey(at: readonly Key[]): string {
  const [mode, index] = at.slice(-2)
  return `${String(mode)}[${String(index)}]`
}

function pathProblem(path: unknown): string | undefined {
  if (typeof path !== 'string' || path === '')
    return 'missing: the workflow file, e.g. .github/workflows/nightly.yml'
  if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || path.includes('..')) {
    return `'${path}' must be a .yml or .yaml file directly under .github/workflows/`
  }
  return undefined
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function readCost(raw: unknown, at: Key[], problems: Problem[]): number | undefined {
  if (raw === undefined || (isNumber(raw) && raw >= 0)) return raw
  problems.push({
    at,
    message: `must be a number ≥ 0 (the quota one run consumes), got ${JSON.stringify(raw)}`
  })
  return undefined
}

function readWorkflow(id: string, raw: unknown, problems: Problem[]): ManagedWorkflow | undefined {
  const at: Key[] = ['workflows', id]
  if (!isRecord(raw)) {
    problems.push({ at, message: 'must be a map with path and schedules' })
    return undefined
  }
  const keys = ['path', 'schedules', 'cost-per-run', ...DISPATCH_WORKFLOW_KEYS]
  problems.push(...unknownKeys(raw, keys, at))
  const bad = pathProblem(raw.path)
  if (bad) problems.push({ at: [...at, 'path'], message: bad })
  const schedules = readSchedules(raw.schedules, [...at, 'schedules'], problems)
  const cost = readCost(raw['cost-per-run'], [...at, 'cost-per-run'], problems)
  const delivery = readDelivery(raw, at, problems)
  if (bad) return undefined
  const workflow: ManagedWorkflow = { id, path: raw.path as string, schedules, ...delivery }
  return cost === undefined ? workflow : { ...workflow, costPerRun: cost }
}

function readWorkflows(raw: unknown, problems: Problem[]): ManagedWorkflow[] {
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    problems.push({
      at: ['workflows'],
      message: 'missing: list at least one workflow to manage, keyed by an id'
    })
    return []
  }
  const workflows = Object.entries(raw).flatMap(
    ([id, value]) => readWorkflow(id, value, problems) ?? []
  )
  const seen = new Map<string, string>()
  for (const w of workflows) {
    const first = seen.get(w.path)
    if (first)
      problems.push({
        at: ['workflows', w.id, 'path'],
        message: `'${w.path}' is already managed as '${first}'`
      })
    else seen.set(w.path, w.id)
  }
  return workflows
}

function readPolicy(raw: Record<string, unknown>, problems: Problem[]) {
  let policy: Policy = 'thresholds'
  let target = DEFAULT_TARGET
  const name = raw.policy
  if (typeof name === 'string' && isPolicy(name)) policy = name
  else if (name !== undefined)
    problems.push({
      at: ['policy'],
      message: `must be one of ${POLICIES.join(', ')}, got ${JSON.stringify(name)}`
    })
  if (isNumber(raw.target) && raw.target > 0 && raw.target <= 1) target = raw.target
  else if (raw.target !== undefined)
    problems.push({
      at: ['target'],
      message: `must be a share of the quota above 0 and at most 1 (e.g. 0.95), got ${JSON.stringify(raw.target)}`
    })
  return { policy, target }
}

function readStagger(raw: unknown, problems: Problem[]): boolean {
  if (raw === undefined || typeof raw === 'boolean') return raw === true
  problems.push({
    at: ['stagger'],
    message: `must be true or false (re-spread crons at minute 0 of the managed workflows), got ${JSON.stringify(raw)}`
  })
  return false
}

/** A config as read: the workflows whose path is valid (so their files can be checked in the same pass) and every problem. */
export interface ConfigReading {
  config: Config
  /** Each problem as `file: path (line n): message`; none when the config is valid. */
  problems: string[]
}

/** Reads a config file's text, listing every problem at once with its path and line in the file; never throws for a problem. */
export function readConfig(text: string, file: string): ConfigReading {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  const config: Config = {
    thresholds: { ...DEFAULT_THRESHOLDS },
    workflows: [],
    policy: 'thresholds',
    target: DEFAULT_TARGET
  }
  if (doc.errors.length > 0) {
    const messages = doc.errors.map(
      e => `not valid YAML (line ${lines.linePos(e.pos[0]).line}): ${e.message.split('\n')[0]}`
    )
    return { config, problems: messages.map(m => `${file}: ${m}`) }
  }
  const data: unknown = doc.toJS()
  const problems: Problem[] = []
  if (!isRecord(data)) problems.push({ at: [], message: 'must be a map with a workflows key' })
  const raw = isRecord(data) ? data : {}
  const topKeys = ['thresholds', 'workflows', 'policy', 'target', 'stagger', 'budgets', 'prices']
  problems.push(...unknownKeys(raw, [...topKeys, ...DISPATCH_CONFIG_KEYS], []))
  const stagger = readStagger(raw.stagger, problems)
  const read: Config = {
    thresholds: readThresholds(raw.thresholds, problems),
    // After every workflow is read: H picks minutes no other managed workflow uses.
    workflows: expandStagger(readWorkflows(raw.workflows, problems), { stagger }),
    ...readPolicy(raw, problems),
    ...readDispatchLimits(raw, problems),
    ...(stagger ? { stagger } : {}),
    ...readBudgets(raw.budgets, problems),
    ...readPrices(raw.prices, problems)
  }
  return { config: read, problems: problems.map(p => problemText(p, file, doc, lines)) }
}

/** Parses and validates a config file's text; a ValidationError lists every problem at once. */
export function parseConfig(text: string, file: string): Config {
  const { config, problems } = readConfig(text, file)
  if (problems.length > 0) throw new ValidationError(problems, CONFIG_PROBLEMS)
  return config
}

/** The heading of an error listing config problems. */
export const CONFIG_PROBLEMS = 'Invalid orchestrator config'
