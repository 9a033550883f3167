/**
 * Dispatching what a tick claimed (DESIGN §12): a dead tick's claim is looked for among the runs first; a dispatch
 * that fails is looked for before it is tried again (GitHub may have applied it and answered with an error), so no
 * occurrence runs twice. A refusal is final; a failure that persists leaves the occurrences to the next tick.
 */
import { insideCatchUp } from '../../core/dispatch/due.js'
import { DISPATCH_DEADLINE_MS } from '../../core/dispatch/tick-plan.js'
import { type Outcome } from '../../core/dispatch/tick-claim.js'
import { type TickItem } from '../../core/dispatch/tick-state.js'
import { type ManagedWorkflow } from '../../core/schedule/config.js'
import { errorMessage } from '../../core/errors.js'
import { NotFoundError, PermissionError, RefusedError } from '../../ports/errors.js'
import { type WorkflowControl } from '../../ports/workflow-control.js'
import { type WorkflowRuns } from '../../ports/workflow-runs.js'
import { findDispatchedRun } from './run-lookup.js'

const ATTEMPTS = 3

/** What delivering needs. */
export interface DeliveryContext {
  runs: Pick<WorkflowRuns, 'listRuns'>
  control: Pick<WorkflowControl, 'dispatch'>
  ref: string
  now: Date
  /** When this tick claimed: its own dispatches are runs created from then on. */
  claimedAt: string
  /** Runs a tick accounted for (the state's, and those this tick found or made): never taken for another dispatch. */
  known: Set<number>
  /** Runs this tick saw before its claim: never its own dispatch, though a dead tick's may be among them. */
  seen: ReadonlySet<number>
  /** Real milliseconds since the claim was written (the deadline is real time, whatever the pinned clock says). */
  elapsedMs(): number
  dryRun: boolean
}

const isFinal = (error: unknown) =>
  error instanceof PermissionError ||
  error instanceof NotFoundError ||
  error instanceof RefusedError

const found = (runId: number): Outcome => ({ status: 'dispatched', runId, found: true })

/** One dispatch, looked for after each failed attempt before the next. */
async function dispatchOnce(
  item: TickItem,
  workflow: ManagedWorkflow,
  ctx: DeliveryContext
): Promise<Outcome> {
  let last: unknown
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const inputs = workflow.dispatch?.inputs ?? {}
      const run = await ctx.control.dispatch(item.path, {
        ref: ctx.ref,
        ...(Object.keys(inputs).length > 0 ? { inputs } : {})
      })
      if (run.runId !== undefined) ctx.known.add(run.runId)
      return {
        status: 'dispatched',
        ...(run.runId === undefined ? {} : { runId: run.runId }),
        ...(run.url ? { url: run.url } : {})
      }
    } catch (error) {
      if (isFinal(error)) return { status: 'failed', error: errorMessage(error) }
      last = error
      const known = new Set([...ctx.known, ...ctx.seen])
      const made = await findDispatchedRun(ctx.runs, item.path, {
        ...ctx,
        known,
        since: ctx.claimedAt
      })
      if (made) {
        ctx.known.add(made.id)
        return found(made.id)
      }
    }
  }
  return { status: 'deferred', error: errorMessage(last) }
}

/** A dead tick's claim: its run if it was made; else dispatched now, or missed when out of its catch-up window. */
async function recover(
  item: TickItem & { recoverSince: string },
  workflow: ManagedWorkflow,
  ctx: DeliveryContext
): Promise<Outcome> {
  const made = await findDispatchedRun(ctx.runs, item.path, { ...ctx, since: item.recoverSince })
  if (made) return found(made.id)
  const latest = new Date(item.occurrences.at(-1) ?? item.recoverSince)
  if (!insideCatchUp(latest, ctx.now, workflow.dispatch?.catchUpMs ?? 0))
    return { status: 'skipped', reason: 'missed' }
  return dispatchOnce(item, workflow, ctx)
}

/** What came of one claimed item. Past the deadline nothing is dispatched: the item waits for the next tick. */
export async function deliver(
  item: TickItem,
  workflow: ManagedWorkflow,
  ctx: DeliveryContext
): Promise<Outcome> {
  if (ctx.dryRun) return { status: 'dispatched' }
  if (ctx.elapsedMs() > DISPATCH_DEADLINE_MS)
    return { status: 'deferred', error: 'the tick ran out of time before this dispatch' }
  const since = item.recoverSince
  if (since !== undefined) return recover({ ...item, recoverSince: since }, workflow, ctx)
  return dispatchOnce(item, workflow, ctx)
}
