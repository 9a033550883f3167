/**
 * A tick's plan (DESIGN §12), before anything is written: the dead ticks' claims it takes over, the deferrals it
 * carries, and the occurrences newly due since the last tick, coalesced into one candidate per workflow and ordered
 * oldest due first. Pure: the state, the config and the clock in; the plan out.
 */
import { type ManagedWorkflow } from '../schedule/config.js'
import { type Mode } from '../schedule/schedule.js'
import { dueOccurrences, insideCatchUp } from './due.js'
import { lastTick, type DispatchState, type TickItem } from './tick-state.js'

/** A claim older than this, never recorded, is a dead tick's: the next tick finishes it. */
export const LEASE_MS = 5 * 60_000
/** A tick starts no dispatch this long after its claim, so a live tick's claim never reaches the lease. */
export const DISPATCH_DEADLINE_MS = 2 * 60_000

export interface TickContext {
  dispatch: DispatchState
  /** The `via: dispatch` workflows of the config. */
  workflows: readonly ManagedWorkflow[]
  /** The mode in force now: its crons say what falls due. */
  mode: Mode
  now: Date
  /** This tick, as its claim names it. */
  by: string
}

/** Where an item sits in the state: tick index, item index. */
export interface ItemRef {
  tick: number
  item: number
}

/** A workflow this tick may dispatch: its due and carried occurrences, oldest first. */
export interface Candidate {
  workflow: ManagedWorkflow
  occurrences: Date[]
}

/** A dead tick's claim to finish: look for its run first, dispatch when there is none. */
export interface Recovery {
  workflow: ManagedWorkflow
  occurrences: Date[]
  since: string
}

export interface TickPlan {
  from: Date | undefined
  candidates: Candidate[]
  recoveries: Recovery[]
  missed: Candidate[]
  /** Items of earlier ticks this plan takes: claims of dead ticks, and deferrals. */
  taken: ItemRef[]
}

const times = (item: TickItem) => item.occurrences.map(o => new Date(o))

/** Items of earlier ticks with the status, each with its ref. */
function itemsWith(dispatch: DispatchState, keep: (item: TickItem, claimedAt: number) => boolean) {
  return dispatch.ticks.flatMap((tick, t) =>
    tick.workflows.flatMap((item, i) =>
      keep(item, Date.parse(tick.claimedAt)) ? [{ item, ref: { tick: t, item: i }, tick }] : []
    )
  )
}

function recoveries(ctx: TickContext, byId: Map<string, ManagedWorkflow>) {
  const now = ctx.now.getTime()
  const dead = itemsWith(
    ctx.dispatch,
    (item, claimedAt) => item.status === 'claimed' && now - claimedAt >= LEASE_MS
  ).filter(found => found.tick.by !== ctx.by)
  const list = dead.flatMap(({ item, tick }) => {
    const workflow = byId.get(item.workflow)
    const since = item.recoverSince ?? tick.claimedAt
    return workflow ? [{ workflow, occurrences: times(item), since }] : []
  })
  return { list, refs: dead.map(found => found.ref) }
}

/** Adds occurrences to a workflow's list, keeping it sorted and each instant once. */
function add(lists: Map<string, Candidate>, workflow: ManagedWorkflow, more: readonly Date[]) {
  if (more.length === 0) return
  const known = lists.get(workflow.id)?.occurrences ?? []
  const all = [...new Set([...known, ...more].map(d => d.getTime()))].sort((a, b) => a - b)
  lists.set(workflow.id, { workflow, occurrences: all.map(t => new Date(t)) })
}

/** Deferred occurrences still inside their catch-up window become due again; older ones are missed. */
function carried(
  ctx: TickContext,
  byId: Map<string, ManagedWorkflow>,
  due: Map<string, Candidate>,
  missed: Map<string, Candidate>
) {
  const deferred = itemsWith(ctx.dispatch, item => item.status === 'deferred')
  for (const { item } of deferred) {
    const workflow = byId.get(item.workflow)
    if (!workflow?.dispatch) continue
    const catchUp = workflow.dispatch.catchUpMs
    add(
      due,
      workflow,
      times(item).filter(o => insideCatchUp(o, ctx.now, catchUp))
    )
    add(
      missed,
      workflow,
      times(item).filter(o => !insideCatchUp(o, ctx.now, catchUp))
    )
  }
  return deferred.map(found => found.ref)
}

const oldestFirst = (a: Candidate, b: Candidate) =>
  (a.occurrences[0]?.getTime() ?? 0) - (b.occurrences[0]?.getTime() ?? 0) ||
  a.workflow.id.localeCompare(b.workflow.id)

/** What a tick at `now` must do: finish dead claims, carry deferrals, take what fell due since the last tick. */
export function planTick(ctx: TickContext): TickPlan {
  const byId = new Map(ctx.workflows.map(w => [w.id, w]))
  const last = lastTick(ctx.dispatch.ticks)
  const from = last ? new Date(last.to) : undefined
  const due = new Map<string, Candidate>()
  const missed = new Map<string, Candidate>()
  const dead = recoveries(ctx, byId)
  const deferred = carried(ctx, byId, due, missed)
  for (const workflow of ctx.workflows) {
    const entries = workflow.schedules[ctx.mode]
    const catchUpMs = workflow.dispatch?.catchUpMs ?? 0
    const found = dueOccurrences(entries, { last: from, now: ctx.now, catchUpMs })
    add(due, workflow, found.due)
    add(missed, workflow, found.missed)
  }
  return {
    from,
    candidates: [...due.values()].sort(oldestFirst),
    recoveries: dead.list,
    missed: [...missed.values()].sort(oldestFirst),
    taken: [...dead.refs, ...deferred]
  }
}

/** Whether the plan asks for anything to be written: no tick record is made for a tick with nothing to do. */
export function hasWork(plan: TickPlan): boolean {
  return (
    plan.candidates.length + plan.recoveries.length + plan.missed.length + plan.taken.length > 0
  )
}
