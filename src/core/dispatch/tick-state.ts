/**
 * What the dispatch ticks keep in the state (DESIGN §12), under its `dispatch` key: each tick's claim — the interval
 * `(from, to]`, when and by whom it was claimed, and what it planned per workflow — then what came of it; which
 * workflows are paused, and when a person resumed them. Claims are written with the state's version before anything
 * is dispatched, so two ticks never both own an occurrence.
 */
import { ValidationError } from '../errors.js'
import { type State } from '../state/state.js'

/** Why a due workflow was not dispatched. */
export type SkipReason = 'overlap' | 'max-dispatches' | 'paused' | 'budget' | 'missed'

/**
 * `claimed`: this tick will dispatch it (or finish a dead tick's claim); `dispatched`: done, with the run when GitHub
 * said; `deferred`: for a later tick (max-dispatches, a dispatch that failed for now, the tick ran out of time);
 * `carried`: a later tick took the deferral; `taken-over`: a later tick took this dead tick's claim; `skipped`: not
 * dispatched, for `reason`; `failed`: GitHub refused the dispatch.
 */
export type ItemStatus =
  'claimed' | 'dispatched' | 'deferred' | 'carried' | 'taken-over' | 'skipped' | 'failed'

/** One workflow's part of a tick. */
export interface TickItem {
  workflow: string
  path: string
  /** The coalesced occurrences (ISO, oldest first); for `missed`, at most the newest 20. */
  occurrences: string[]
  status: ItemStatus
  reason?: SkipReason
  /** How many occurrences were missed, when more than listed. */
  count?: number
  /** A dead tick's claim taken over: its dispatch, if it happened, is a run created from this time on. */
  recoverSince?: string
  runId?: number
  url?: string
  /** The run was found among the runs (a dispatch whose answer was lost, or a dead tick's), not started here. */
  found?: boolean
  error?: string
}

/** One tick's claim and what came of it. */
export interface TickRecord {
  /** The end of the previous tick's interval; null on the first tick (the catch-up window). */
  from: string | null
  to: string
  claimedAt: string
  by: string
  workflows: TickItem[]
}

/** A workflow whose dispatching stopped after consecutive failed runs. */
export interface Pause {
  since: string
  runs: number[]
}

export interface DispatchState {
  ticks: TickRecord[]
  paused: Record<string, Pause>
  /** When a person resumed each workflow: failed runs before it no longer count. */
  resumed: Record<string, string>
}

/** Tick records kept besides the unfinished ones and the latest. */
export const KEPT_TICKS = 50
const KEPT_MS = 2 * 86_400_000

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isTime = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value))

function tickProblems(tick: unknown, where: string): string[] {
  if (!isRecord(tick)) return [`${where} must be an object`]
  const problems = ['to', 'claimedAt']
    .filter(key => !isTime(tick[key]))
    .map(key => `${where}.${key} must be an ISO 8601 time, got ${JSON.stringify(tick[key])}`)
  if (tick.from !== null && !isTime(tick.from))
    problems.push(`${where}.from must be a time or null`)
  if (typeof tick.by !== 'string') problems.push(`${where}.by must be a string`)
  const items = tick.workflows
  if (!Array.isArray(items)) return [...problems, `${where}.workflows must be an array`]
  items.forEach((item, i) => {
    if (!isRecord(item) || typeof item.workflow !== 'string' || !Array.isArray(item.occurrences))
      problems.push(`${where}.workflows[${i}] must be {workflow, path, occurrences, status}`)
  })
  return problems
}

/** The dispatch part of a state; an empty one when no tick ran yet. Throws a ValidationError naming a bad record. */
export function readDispatchState(state: State, name: string): DispatchState {
  const raw = state.dispatch
  if (raw === undefined) return { ticks: [], paused: {}, resumed: {} }
  const where = `${name}: dispatch`
  if (!isRecord(raw) || !Array.isArray(raw.ticks))
    throw new ValidationError([`${where} must be {ticks: [...]}`], 'Invalid state file')
  const problems = raw.ticks.flatMap((t, i) => tickProblems(t, `${where}.ticks[${i}]`))
  if (problems.length > 0) throw new ValidationError(problems, 'Invalid state file')
  return {
    ticks: raw.ticks as TickRecord[],
    paused: isRecord(raw.paused) ? (raw.paused as Record<string, Pause>) : {},
    resumed: isRecord(raw.resumed) ? (raw.resumed as Record<string, string>) : {}
  }
}

/** The state with this dispatch part, its tick records bounded (see boundTicks). */
export function withDispatchState(state: State, dispatch: DispatchState, now: Date): State {
  return { ...state, dispatch: { ...dispatch, ticks: boundTicks(dispatch.ticks, now) } }
}

const open = (tick: TickRecord) =>
  tick.workflows.some(w => w.status === 'claimed' || w.status === 'deferred')

/**
 * Keeps the state small: the latest tick (its end is where the next interval starts), every tick with a claim or a
 * deferral still open, and of the rest the newest KEPT_TICKS of the last two days.
 */
export function boundTicks(ticks: readonly TickRecord[], now: Date): TickRecord[] {
  const latest = lastTick(ticks)
  const recent = ticks
    .filter(t => t !== latest && !open(t) && now.getTime() - Date.parse(t.to) <= KEPT_MS)
    .slice(-KEPT_TICKS)
  return ticks.filter(t => t === latest || open(t) || recent.includes(t))
}

/** The tick whose interval ends last. */
export function lastTick(ticks: readonly TickRecord[]): TickRecord | undefined {
  return ticks.reduce<TickRecord | undefined>(
    (latest, t) => (!latest || Date.parse(t.to) > Date.parse(latest.to) ? t : latest),
    undefined
  )
}

/** Every run id a tick recorded: a run found while recovering is never one already accounted for. */
export function knownRunIds(dispatch: DispatchState): Set<number> {
  return new Set(
    dispatch.ticks.flatMap(t => t.workflows.flatMap(w => (w.runId === undefined ? [] : [w.runId])))
  )
}
