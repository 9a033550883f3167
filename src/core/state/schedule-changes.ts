/**
 * The life of a schedule change: proposed when its pull request is written, in force once the base branch carries its
 * crons, abandoned when the pull request is closed unmerged or a newer proposal replaces it. Only what was in force
 * may teach the cost model or date the mode in force.
 */
import { type Mode } from '../schedule/schedule.js'
import { type ScheduleChange } from './state.js'

/** The mode the base branch carries and since when; null when no single mode, or when not known. */
export interface ModeInForce {
  mode: Mode | null
  since: Date | null
}

/** A change as a run proposes it, before it has a status. */
export type ProposedChange = Omit<ScheduleChange, 'status' | 'inForceAt' | 'abandonedAt'>

/** The crons each managed workflow (by id) has on the base branch. */
export type BaseCrons = ReadonlyMap<string, readonly string[]>

const sameCrons = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((cron, i) => cron === b[i])

/** When a change took effect (ms since the epoch): when it was seen in force, or its `at` for a migrated one. */
export function inForceTime(change: ScheduleChange): number {
  return Date.parse(change.inForceAt ?? change.at)
}

/** The changes that were in force, in the order they took effect. */
export function inForceChanges(changes: readonly ScheduleChange[]): ScheduleChange[] {
  return changes
    .filter(c => c.status === 'in-force')
    .sort((a, b) => inForceTime(a) - inForceTime(b))
}

/**
 * Pending proposals whose crons the base branch now carries become in force at `now`: the run that first saw them.
 * (The commit that brought them would be closer, at the cost of one more request per workflow.)
 */
export function settleChanges(
  changes: readonly ScheduleChange[],
  base: BaseCrons,
  now: Date
): ScheduleChange[] {
  return changes.map(c => {
    const crons = base.get(c.workflow)
    if (c.status !== 'proposed' || crons === undefined || !sameCrons(crons, c.to)) return c
    return { ...c, status: 'in-force', inForceAt: now.toISOString() }
  })
}

const sameProposal = (a: ProposedChange, b: ProposedChange) =>
  a.workflow === b.workflow && sameCrons(a.from, b.from) && sameCrons(a.to, b.to)

/**
 * The pending proposals become exactly what the pull request open after this run carries (`proposals`; none when no
 * pull request is open). A pending proposal it still carries keeps its record, unless the pull request is new
 * (`fresh`: the one it was written for was closed); every other pending one is abandoned; the rest are recorded as
 * proposed.
 */
export function replaceProposals(
  changes: readonly ScheduleChange[],
  proposals: readonly ProposedChange[],
  now: Date,
  fresh: boolean
): ScheduleChange[] {
  const carried = (c: ScheduleChange) => !fresh && proposals.some(p => sameProposal(p, c))
  const kept = changes.map((c): ScheduleChange => {
    if (c.status !== 'proposed' || carried(c)) return c
    return { ...c, status: 'abandoned', abandonedAt: now.toISOString() }
  })
  const pending = kept.filter(c => c.status === 'proposed')
  const added = proposals
    .filter(p => !pending.some(c => sameProposal(p, c)))
    .map((p): ScheduleChange => ({ ...p, status: 'proposed' }))
  return [...kept, ...added]
}

/** What a run saw and did, for the state. */
export interface RunRecord {
  now: Date
  base: BaseCrons
  /** The changes of the pull request open after this run; empty when none is open. */
  proposals: readonly ProposedChange[]
  /** This run opened a new pull request: any earlier one was closed. */
  fresh: boolean
}

/** The changes after a run: what the base now carries is in force, then the pending ones follow the pull request. */
export function reconcileChanges(
  changes: readonly ScheduleChange[],
  run: RunRecord
): ScheduleChange[] {
  return replaceProposals(
    settleChanges(changes, run.base, run.now),
    run.proposals,
    run.now,
    run.fresh
  )
}

/**
 * Since when every managed workflow has had the crons it has on the base branch: the latest time one of them
 * took effect. Null when unknown: nothing recorded for any of them, or a workflow's crons are not those of its last
 * change in force (edited by hand).
 */
export function inForceSince(changes: readonly ScheduleChange[], base: BaseCrons): Date | null {
  const inForce = inForceChanges(changes)
  let since = -Infinity
  for (const [workflow, crons] of base) {
    const last = inForce.filter(c => c.workflow === workflow).at(-1)
    if (last === undefined) continue
    if (!sameCrons(last.to, crons)) return null
    since = Math.max(since, inForceTime(last))
  }
  return since === -Infinity ? null : new Date(since)
}
