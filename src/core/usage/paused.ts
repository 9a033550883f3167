/**
 * Everything the orchestrator holds back, whatever the reason (DESIGN §12 pause on failure, §13 budgets): the facts the
 * alert issue, the summary and the `paused` output are written from, and the status a pause raises the alert to.
 */
import { type BudgetPause, type PauseReason } from './budgets.js'
import { type Status } from './usage.js'

/** A dispatched workflow paused after failed runs in a row (DESIGN §12). */
export interface FailurePause {
  workflow: string
  path: string
  since: string
  /** The failed runs, newest first. */
  runs: number[]
}

/** What is paused now. */
export interface Paused {
  budget: BudgetPause[]
  failures: FailurePause[]
}

/** A pause made or lifted by this run, for the alert's comment and the log. */
export interface PauseChange {
  workflow: string
  path: string
  reason: PauseReason
  change: 'paused' | 'resumed'
  /** A budget pause's end (ISO); null for failures. */
  until: string | null
  /** Lifted by `operation: resume`, not by the day or period turning or a successful run. */
  byHand?: boolean
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export const NOTHING_PAUSED: Paused = { budget: [], failures: [] }

/** The failure pauses of a dispatch state (id → {since, runs}), with their paths from the config. */
export function failurePauses(
  paused: Readonly<Record<string, { since: string; runs: number[] }>>,
  workflows: ReadonlyArray<{ id: string; path: string }>
): FailurePause[] {
  return Object.entries(paused).map(([workflow, p]) => ({
    workflow,
    path: workflows.find(w => w.id === workflow)?.path ?? '',
    since: p.since,
    runs: p.runs
  }))
}

/**
 * The failure pauses a state's `dispatch` key records, read leniently: a run that does not dispatch only reports
 * them, and a malformed record is the tick's to refuse.
 */
export function failurePausesOf(
  dispatch: unknown,
  workflows: ReadonlyArray<{ id: string; path: string }>
): FailurePause[] {
  const paused = isRecord(dispatch) && isRecord(dispatch.paused) ? dispatch.paused : {}
  const valid = Object.entries(paused).filter(
    (e): e is [string, { since: string; runs: number[] }] =>
      isRecord(e[1]) && typeof e[1].since === 'string' && Array.isArray(e[1].runs)
  )
  return failurePauses(Object.fromEntries(valid), workflows)
}

export function isPausedAny(paused: Paused): boolean {
  return paused.budget.length > 0 || paused.failures.length > 0
}

const RANK: Record<Status, number> = { SAFE: 0, WARNING: 1, CRITICAL: 2 }

/**
 * The alert's status: a spent budget is CRITICAL (the managed workflows are stopped), a workflow paused after failures
 * at least WARNING; otherwise the usage's.
 */
export function alertStatus(usage: Status, paused: Paused): Status {
  const raised: Status =
    paused.budget.length > 0 ? 'CRITICAL' : paused.failures.length > 0 ? 'WARNING' : 'SAFE'
  return RANK[raised] > RANK[usage] ? raised : usage
}

/** The `paused` output's rows: `{workflow, path, reason, until}`, a workflow once (its budget pause first). */
export function pausedRows(
  paused: Paused
): Array<{ workflow: string; path: string; reason: PauseReason; until: string | null }> {
  const budget = paused.budget.map(p => ({
    workflow: p.workflow,
    path: p.path,
    reason: p.reason as PauseReason,
    until: p.until as string | null
  }))
  const failures = paused.failures
    .filter(f => !paused.budget.some(p => p.workflow === f.workflow))
    .map(f => ({ workflow: f.workflow, path: f.path, reason: 'failures' as const, until: null }))
  return [...budget, ...failures]
}

/** The failure pauses made and lifted between two dispatch states' `paused` maps. */
export function failureChanges(
  before: Readonly<Record<string, unknown>>,
  after: readonly FailurePause[],
  workflows: ReadonlyArray<{ id: string; path: string }>,
  byHand = false
): PauseChange[] {
  const now = new Set(after.map(f => f.workflow))
  const pathOf = (id: string) => workflows.find(w => w.id === id)?.path ?? ''
  const made = after.filter(f => before[f.workflow] === undefined)
  const lifted = Object.keys(before).filter(id => !now.has(id))
  return [
    ...made.map(f => change(f.workflow, f.path, 'failures', 'paused', null)),
    ...lifted.map(id => ({ ...change(id, pathOf(id), 'failures', 'resumed', null), byHand }))
  ]
}

function change(
  workflow: string,
  path: string,
  reason: PauseReason,
  kind: PauseChange['change'],
  until: string | null
): PauseChange {
  return { workflow, path, reason, change: kind, until }
}

/** The budget pauses made and lifted by a run. */
export function budgetChanges(
  paused: readonly BudgetPause[],
  resumed: readonly BudgetPause[],
  byHand = false
): PauseChange[] {
  return [
    ...paused.map(p => change(p.workflow, p.path, p.reason, 'paused', p.until)),
    ...resumed.map(p => ({ ...change(p.workflow, p.path, p.reason, 'resumed', p.until), byHand }))
  ]
}
