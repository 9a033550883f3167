/**
 * Deciding each candidate of a tick (DESIGN §12) and writing the decisions down as the tick's claim; later, what
 * came of each claimed dispatch. The claim is what makes a tick the only owner of its occurrences.
 */
import { type ManagedWorkflow } from '../schedule/config.js'
import { type RunFacts } from './run-facts.js'
import { type Candidate, type ItemRef, type TickContext, type TickPlan } from './tick-plan.js'
import {
  type DispatchState,
  type ItemStatus,
  type SkipReason,
  type TickItem,
  type TickRecord
} from './tick-state.js'

/** What a tick does with one candidate. */
export type Decision =
  { status: 'claimed' } | { status: 'skipped' | 'deferred'; reason: SkipReason }

/** Why the candidates may not run: the quota is spent, a budget paused them (§13), the limits of the config. */
export interface DecisionRules {
  budgetSpent: boolean
  /** Workflows a spent budget cap pauses (config ids). */
  budgetPaused?: ReadonlySet<string>
  pauseAfterFailures: number
}

const heldByBudget = (id: string, rules: DecisionRules) =>
  rules.budgetSpent || rules.budgetPaused?.has(id) === true

/** Whether deciding the workflow needs its recent runs (to see a run in flight, or a streak of failures). */
export function needsRuns(workflow: ManagedWorkflow, rules: DecisionRules): boolean {
  if (heldByBudget(workflow.id, rules)) return false
  return rules.pauseAfterFailures > 0 || workflow.dispatch?.overlap !== 'allow'
}

/** Whether the runs say the workflow is paused under the rules. */
export function isPaused(facts: RunFacts | undefined, rules: DecisionRules): boolean {
  return rules.pauseAfterFailures > 0 && (facts?.failures ?? 0) >= rules.pauseAfterFailures
}

/** One candidate's fate: the budget, a pause, a run in flight, then the dispatches left in this tick. */
export function decide(
  candidate: Candidate,
  facts: RunFacts | undefined,
  context: DecisionRules & { slotsLeft: number }
): Decision {
  if (heldByBudget(candidate.workflow.id, context)) return { status: 'skipped', reason: 'budget' }
  if (context.slotsLeft <= 0) return { status: 'deferred', reason: 'max-dispatches' }
  if (isPaused(facts, context)) return { status: 'skipped', reason: 'paused' }
  const overlap = candidate.workflow.dispatch?.overlap ?? 'skip'
  if (overlap === 'skip' && facts?.inFlight) return { status: 'skipped', reason: 'overlap' }
  return { status: 'claimed' }
}

const MISSED_LISTED = 20
const iso = (dates: readonly Date[]) => dates.map(d => d.toISOString())

function item(candidate: Candidate, status: ItemStatus, extra: Partial<TickItem> = {}): TickItem {
  const { workflow, occurrences } = candidate
  return {
    workflow: workflow.id,
    path: workflow.path,
    occurrences: iso(occurrences),
    status,
    ...extra
  }
}

function missedItem(candidate: Candidate): TickItem {
  const listed = candidate.occurrences.slice(-MISSED_LISTED)
  const count = candidate.occurrences.length
  const extra = count > listed.length ? { count } : {}
  return item({ ...candidate, occurrences: listed }, 'skipped', { reason: 'missed', ...extra })
}

/** The tick's record: dead claims it finishes, each candidate as decided, the missed occurrences. */
export function tickRecord(
  ctx: TickContext,
  plan: TickPlan,
  decisions: readonly Decision[]
): TickRecord {
  const now = ctx.now.toISOString()
  const recovering = plan.recoveries.map(r => item(r, 'claimed', { recoverSince: r.since }))
  const decided = plan.candidates.map((c, i) => {
    const d = decisions[i] ?? { status: 'deferred', reason: 'max-dispatches' }
    return d.status === 'claimed' ? item(c, 'claimed') : item(c, d.status, { reason: d.reason })
  })
  return {
    from: plan.from?.toISOString() ?? null,
    to: now,
    claimedAt: now,
    by: ctx.by,
    workflows: [...recovering, ...decided, ...plan.missed.map(missedItem)]
  }
}

/** The dispatch state with the tick's claim: the items it took marked, its record added. */
export function withClaim(
  dispatch: DispatchState,
  taken: readonly ItemRef[],
  record: TickRecord
): DispatchState {
  const ticks = dispatch.ticks.map((tick, t) => ({
    ...tick,
    workflows: tick.workflows.map((w, i) => {
      if (!taken.some(ref => ref.tick === t && ref.item === i)) return w
      const status: ItemStatus = w.status === 'claimed' ? 'taken-over' : 'carried'
      return { ...w, status }
    })
  }))
  return { ...dispatch, ticks: [...ticks, record] }
}

/** What came of one claimed item. */
export type Outcome = Pick<TickItem, 'status'> &
  Partial<Pick<TickItem, 'runId' | 'url' | 'found' | 'error' | 'reason'>>

/** The dispatch state with the outcomes (by item index) written into this tick's record; items no longer claimed stay. */
export function withOutcomes(
  dispatch: DispatchState,
  by: string,
  outcomes: ReadonlyMap<number, Outcome>
): DispatchState {
  const ticks = dispatch.ticks.map(tick => {
    if (tick.by !== by) return tick
    const workflows = tick.workflows.map((w, i) => {
      const outcome = outcomes.get(i)
      return outcome && w.status === 'claimed' ? { ...w, ...outcome } : w
    })
    return { ...tick, workflows }
  })
  return { ...dispatch, ticks }
}
