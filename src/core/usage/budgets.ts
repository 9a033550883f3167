/**
 * Budgets (DESIGN §13, issue 12): a daily and/or a period cap on what the managed workflows spend, in the quota's unit,
 * dollars or minutes. A spent cap pauses every managed workflow until the day (UTC) or the period turns; only the
 * pauses recorded here are ever undone by the orchestrator.
 */
import { type Key, type Problem } from '../schedule/config-problems.js'
import { DAY_MS } from './period.js'
import { type UsageSample } from './usage.js'

export const BUDGET_UNITS = ['usage', 'dollars', 'minutes'] as const
export type BudgetUnit = (typeof BUDGET_UNITS)[number]
export const BUDGET_CAPS = ['daily', 'period'] as const
export type BudgetCapName = (typeof BUDGET_CAPS)[number]

/** One cap: spending `limit` (in `unit`) within the day or the period pauses the managed workflows. */
export interface BudgetCap {
  limit: number
  unit: BudgetUnit
}

export type Budgets = Partial<Record<BudgetCapName, BudgetCap>>

/** Why a workflow is paused: a spent cap, or (dispatch, §12) consecutive failed runs. */
export type PauseReason = 'daily-budget' | 'period-budget' | 'failures'

/** A pause the orchestrator made because a budget was spent; kept in the state's `pauses`. */
export interface BudgetPause {
  workflow: string
  path: string
  reason: 'daily-budget' | 'period-budget'
  since: string
  /** When the day or the period turns (ISO). */
  until: string
  /** The cap that was spent and the figure that spent it, when the pause was made (absent on older records). */
  limit?: number
  unit?: BudgetUnit
  figure?: number
  /** The orchestrator disabled the workflow (cron-driven): only such a workflow is enabled when the pause ends. */
  disabled?: boolean
}

/**
 * A budget pause a person lifted (`operation: resume`): the workflow is not paused again for a cap that turns at or
 * before `until` — the cap that was spent when it was resumed; kept in the state's `pauseLifts`.
 */
export interface PauseLift {
  workflow: string
  until: string
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function readCap(raw: unknown, at: Key[], problems: Problem[]): BudgetCap | undefined {
  if (!isRecord(raw)) {
    problems.push({ at, message: 'must be a map {limit: <number>, unit: usage|dollars|minutes}' })
    return undefined
  }
  const bad = Object.keys(raw).filter(k => k !== 'limit' && k !== 'unit')
  for (const k of bad)
    problems.push({ at: [...at, k], message: `unknown key '${k}'; expected one of: limit, unit` })
  const limit = raw.limit
  const unit = raw.unit ?? 'usage'
  if (typeof limit !== 'number' || !Number.isFinite(limit) || limit <= 0)
    problems.push({
      at: [...at, 'limit'],
      message: `must be a number > 0, got ${JSON.stringify(limit)}`
    })
  if (!(BUDGET_UNITS as readonly unknown[]).includes(unit))
    problems.push({
      at: [...at, 'unit'],
      message: `must be one of ${BUDGET_UNITS.join(', ')}, got ${JSON.stringify(unit)}`
    })
  return bad.length === 0 && typeof limit === 'number' && limit > 0
    ? { limit, unit: unit as BudgetUnit }
    : undefined
}

/** The config's `budgets:` key (absent: no budgets); problems are added to `problems`. */
export function readBudgets(raw: unknown, problems: Problem[]): { budgets?: Budgets } {
  if (raw === undefined) return {}
  if (!isRecord(raw)) {
    problems.push({ at: ['budgets'], message: 'must be a map with daily and/or period' })
    return {}
  }
  const budgets: Budgets = {}
  for (const k of Object.keys(raw)) {
    if (!(BUDGET_CAPS as readonly string[]).includes(k)) {
      problems.push({
        at: ['budgets', k],
        message: `unknown key '${k}'; expected one of: daily, period`
      })
      continue
    }
    const cap = readCap(raw[k], ['budgets', k], problems)
    if (cap) budgets[k as BudgetCapName] = cap
  }
  return { budgets }
}

/** 00:00 UTC of the day holding `now`. */
export function dayStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS)
}

/** Today's rise in usage: `used` less the newest sample at or before 00:00 UTC today; undefined without one. */
export function dailyRise(
  samples: readonly UsageSample[],
  used: number,
  now: Date
): number | undefined {
  const midnight = dayStart(now).getTime()
  const before = samples.filter(s => s.at.getTime() <= midnight).at(-1)
  return before === undefined ? undefined : Math.max(0, used - before.used)
}

/** What was spent, per cap and unit; a figure absent from this run is undefined. */
export type SpendFigures = Record<BudgetCapName, Partial<Record<BudgetUnit, number>>>

/** A cap whose limit the figure reached. */
export interface SpentCap {
  cap: BudgetCapName
  limit: number
  unit: BudgetUnit
  figure: number
  until: string
}

/** A cap that could not be checked: this run has no figure in its unit. */
export interface UncheckedCap {
  cap: BudgetCapName
  unit: BudgetUnit
}

/** Why a figure is missing, by cap and unit (for the reports); absent: no reason known. */
export type MissingFigures = Partial<Record<BudgetCapName, Partial<Record<BudgetUnit, string>>>>

/** The caps spent now and the ones without a figure; `ends` says when the day and the period turn. */
export function checkBudgets(
  budgets: Budgets,
  figures: SpendFigures,
  ends: Record<BudgetCapName, Date>
): { spent: SpentCap[]; unchecked: UncheckedCap[] } {
  const spent: SpentCap[] = []
  const unchecked: UncheckedCap[] = []
  for (const cap of BUDGET_CAPS) {
    const budget = budgets[cap]
    if (!budget) continue
    const figure = figures[cap][budget.unit]
    if (figure === undefined) unchecked.push({ cap, unit: budget.unit })
    else if (figure >= budget.limit)
      spent.push({ cap, ...budget, figure, until: ends[cap].toISOString() })
  }
  return { spent, unchecked }
}

/** The quota the target policy aims under: the tighter of the quota and a period budget in the quota's unit. */
export function budgetedQuota(quota: number, budgets: Budgets | undefined): number {
  const period = budgets?.period
  return period?.unit === 'usage' ? Math.min(quota, period.limit) : quota
}

/** What pausing should change: the pauses after this run, and the workflows to pause and to resume. */
export interface PausePlan {
  pauses: BudgetPause[]
  pause: BudgetPause[]
  resume: BudgetPause[]
}

const reasonOf = (cap: BudgetCapName) => (cap === 'daily' ? 'daily-budget' : 'period-budget')

/** Whether a person lifted the workflow's pause for a cap that turns at `until` or sooner. */
function lifted(lifts: readonly PauseLift[], workflow: string, until: string): boolean {
  return lifts.some(l => l.workflow === workflow && Date.parse(l.until) >= Date.parse(until))
}

/**
 * With caps spent, every managed workflow is paused until the last of them turns — but one a person resumed for that
 * cap (`lifts`); a pause already made for the same cap is kept as it was (its `since` and its figure). With none
 * spent, every recorded pause is resumed.
 */
export function planPauses(
  current: readonly BudgetPause[],
  spent: readonly SpentCap[],
  workflows: ReadonlyArray<{ id: string; path: string }>,
  now: Date,
  lifts: readonly PauseLift[] = []
): PausePlan {
  if (spent.length === 0) return { pauses: [], pause: [], resume: [...current] }
  const last = [...spent].sort((a, b) => Date.parse(a.until) - Date.parse(b.until)).at(-1)!
  const reason = reasonOf(last.cap)
  const byId = new Map(current.map(p => [p.workflow, p]))
  const pauses = workflows
    .filter(w => !lifted(lifts, w.id, last.until))
    .map((w): BudgetPause => {
      const made = byId.get(w.id)
      if (made && made.reason === reason && made.until === last.until) return made
      const { limit, unit, figure, until } = last
      const since = made?.since ?? now.toISOString()
      return { workflow: w.id, path: w.path, reason, since, until, limit, unit, figure }
    })
  const ids = new Set(pauses.map(p => p.workflow))
  return {
    pauses,
    pause: pauses.filter(p => !byId.has(p.workflow)),
    resume: current.filter(p => !ids.has(p.workflow))
  }
}

const isUnit = (v: unknown): v is BudgetUnit => (BUDGET_UNITS as readonly unknown[]).includes(v)

/** The budget pauses a state records (its `pauses` key); anything malformed is dropped. */
export function readPauses(raw: unknown): BudgetPause[] {
  if (!Array.isArray(raw)) return []
  return raw.filter(
    (p): p is BudgetPause =>
      isRecord(p) &&
      typeof p.workflow === 'string' &&
      typeof p.path === 'string' &&
      (p.reason === 'daily-budget' || p.reason === 'period-budget') &&
      typeof p.until === 'string' &&
      (p.unit === undefined || isUnit(p.unit))
  )
}

/** The lifted pauses a state records (its `pauseLifts` key) that still matter at `now`; malformed ones dropped. */
export function readLifts(raw: unknown, now: Date): PauseLift[] {
  if (!Array.isArray(raw)) return []
  return raw.filter(
    (l): l is PauseLift =>
      isRecord(l) &&
      typeof l.workflow === 'string' &&
      typeof l.until === 'string' &&
      Date.parse(l.until) > now.getTime()
  )
}

/** The budget pauses that hold at `now` (one whose day or period turned is resumed by the next check). */
export function holdingPauses(pauses: readonly BudgetPause[], now: Date): BudgetPause[] {
  return pauses.filter(p => Date.parse(p.until) > now.getTime())
}

/** Whether a budget pause holds at `now`. */
export function budgetPaused(pauses: readonly BudgetPause[], now: Date): boolean {
  return holdingPauses(pauses, now).length > 0
}
