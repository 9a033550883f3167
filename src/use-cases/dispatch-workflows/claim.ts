/**
 * Claiming a tick's interval (DESIGN §12 Exactly once): the plan is decided — each candidate's recent runs read once —
 * and written into the state with the version it was read at. A tick that loses the race (StaleFileError) reads the
 * winner's state and plans again from the winner's claim, so it never takes an occurrence the winner claimed.
 */
import {
  decide,
  needsRuns,
  tickRecord,
  withClaim,
  type Decision,
  type DecisionRules
} from '../../core/dispatch/tick-claim.js'
import {
  hasWork,
  planTick,
  type TickContext,
  type TickPlan
} from '../../core/dispatch/tick-plan.js'
import { withPauses } from '../../core/dispatch/pauses.js'
import { type RunFacts } from '../../core/dispatch/run-facts.js'
import {
  readDispatchState,
  withDispatchState,
  type DispatchState,
  type TickRecord
} from '../../core/dispatch/tick-state.js'
import { serializeState, type State } from '../../core/state/state.js'
import { StaleFileError } from '../../ports/errors.js'
import { type StateStorage } from '../../ports/state-storage.js'
import { type RunRecord, type WorkflowRuns } from '../../ports/workflow-runs.js'
import { loadState, type LoadedState } from '../state-store.js'
import { gitBlobSha } from '../apply-schedules/git-blob.js'
import { readRunFacts } from './run-lookup.js'

const CLAIM_ATTEMPTS = 6

/** A tick's claim as written: the state after it and the version the next write names. */
export interface Claim {
  state: State
  /** GitHub's blob sha of the written text; a wrong guess only costs a re-read on the next write. */
  version: string
  record: TickRecord
  /** The dispatch state before the claim, to tell what this tick changed (new pauses). */
  before: DispatchState
}

/** What claiming needs besides the state. */
export interface ClaimInput {
  context: Omit<TickContext, 'dispatch'>
  rules: DecisionRules & { maxDispatches: number }
  runs: Pick<WorkflowRuns, 'listRuns'>
  /** Facts read so far (workflow id → facts), kept across attempts; runs seen are the runs older than this tick. */
  facts: Map<string, RunFacts>
  seen: Set<number>
  /** No write: the claim is only planned. */
  dryRun: boolean
}

async function factsOf(input: ClaimInput, dispatch: DispatchState, id: string, path: string) {
  const known = input.facts.get(id)
  if (known) return known
  const read = await readRunFacts(input.runs, path, {
    now: input.context.now,
    pauseAfterFailures: input.rules.pauseAfterFailures,
    resumedAt: dispatch.resumed[id]
  })
  read.seen.forEach((r: RunRecord) => input.seen.add(r.id))
  input.facts.set(id, read.facts)
  return read.facts
}

/** Each candidate decided oldest first; runs are read only for the candidates that may still be dispatched. */
async function decideAll(input: ClaimInput, dispatch: DispatchState, plan: TickPlan) {
  const decisions: Decision[] = []
  let slotsLeft = input.rules.maxDispatches
  for (const candidate of plan.candidates) {
    const { id, path } = candidate.workflow
    const read = slotsLeft > 0 && needsRuns(candidate.workflow, input.rules)
    const facts = read ? await factsOf(input, dispatch, id, path) : undefined
    const decision = decide(candidate, facts, { ...input.rules, slotsLeft })
    if (decision.status === 'claimed') slotsLeft -= 1
    decisions.push(decision)
  }
  return decisions
}

/** The state with this tick's claim, from the state as read; undefined when the tick has nothing to do. */
async function planClaim(input: ClaimInput, loaded: LoadedState, name: string) {
  const dispatch = readDispatchState(loaded.state, name)
  const own = dispatch.ticks.find(t => t.by === input.context.by)
  // An earlier attempt's write was applied although its answer was lost: the claim is ours already.
  if (own) return { state: loaded.state, record: own, before: dispatch, written: true }
  const context = { ...input.context, dispatch }
  const plan = planTick(context)
  if (!hasWork(plan)) return undefined
  const record = tickRecord(context, plan, await decideAll(input, dispatch, plan))
  const claimed = withClaim(dispatch, plan.taken, record)
  const next = withPauses(claimed, input.facts, input.rules, input.context.now)
  const state = withDispatchState(loaded.state, next, input.context.now)
  return { state, record, before: dispatch, written: false }
}

/** Claims the tick's work in the state; undefined when there is nothing to do (nothing is written then). */
export async function claimTick(
  storage: StateStorage,
  name: string,
  first: LoadedState,
  input: ClaimInput
): Promise<Claim | undefined> {
  let loaded = first
  for (let attempt = 1; ; attempt++) {
    const planned = await planClaim(input, loaded, name)
    if (!planned) return undefined
    const text = serializeState(planned.state)
    const claim = { ...planned, version: gitBlobSha(text) }
    if (planned.written) return { ...claim, version: loaded.version ?? claim.version }
    if (input.dryRun) return claim
    try {
      await storage.write(
        text,
        loaded.version,
        `orchestrator: claim dispatch tick ${planned.record.to}`
      )
      return claim
    } catch (error) {
      if (!(error instanceof StaleFileError) || attempt >= CLAIM_ATTEMPTS) throw error
      loaded = await loadState(storage, name)
    }
  }
}
