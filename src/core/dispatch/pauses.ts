/**
 * Pauses of dispatched workflows (DESIGN §12): set when a workflow's latest completed runs failed
 * `pause-after-failures` times in a row, cleared when a success ends the streak or a person resumes it.
 */
import { isPaused, type DecisionRules } from './tick-claim.js'
import { type RunFacts } from './run-facts.js'
import { type DispatchState, type Pause } from './tick-state.js'

/** The pauses after this tick read some workflows' runs (id → facts); workflows it did not read stay as they were. */
export function withPauses(
  dispatch: DispatchState,
  facts: ReadonlyMap<string, RunFacts>,
  rules: DecisionRules,
  now: Date
): DispatchState {
  const paused: Record<string, Pause> = { ...dispatch.paused }
  for (const [id, f] of facts) {
    if (!isPaused(f, rules)) delete paused[id]
    else paused[id] = { since: paused[id]?.since ?? now.toISOString(), runs: f.failedRuns }
  }
  return { ...dispatch, paused }
}

/** The workflows resumed by a person now: unpaused, their earlier failed runs no longer counted. */
export function withResumed(
  dispatch: DispatchState,
  ids: readonly string[],
  now: Date
): DispatchState {
  const paused = { ...dispatch.paused }
  const resumed = { ...dispatch.resumed }
  for (const id of ids) {
    delete paused[id]
    resumed[id] = now.toISOString()
  }
  return { ...dispatch, paused, resumed }
}

/** Workflows newly paused by this tick, for the alert: paused now, not before. */
export function newlyPaused(before: DispatchState, after: DispatchState): string[] {
  return Object.keys(after.paused).filter(id => before.paused[id] === undefined)
}
