/**
 * Recording what came of a tick's dispatches (DESIGN §12): the run ids go into the tick's own record, written with
 * the version the claim left; when another run wrote in between, the newer state is read and the outcomes are put
 * into it (only items still claimed change), so nothing the other run wrote is lost.
 */
import { withOutcomes, type Outcome } from '../../core/dispatch/tick-claim.js'
import {
  readDispatchState,
  withDispatchState,
  type TickRecord
} from '../../core/dispatch/tick-state.js'
import { serializeState, type State } from '../../core/state/state.js'
import { StaleFileError } from '../../ports/errors.js'
import { type StateStorage } from '../../ports/state-storage.js'
import { loadState } from '../state-store.js'

const RECORD_ATTEMPTS = 6

/** The tick's record with the outcomes in it, as written. */
export async function recordOutcomes(
  storage: StateStorage,
  name: string,
  claim: { state: State; version: string; by: string; now: Date },
  outcomes: ReadonlyMap<number, Outcome>
): Promise<TickRecord | undefined> {
  let current = { state: claim.state, version: claim.version as string | undefined }
  for (let attempt = 1; ; attempt++) {
    const dispatch = withOutcomes(readDispatchState(current.state, name), claim.by, outcomes)
    const state = withDispatchState(current.state, dispatch, claim.now)
    const record = dispatch.ticks.find(t => t.by === claim.by)
    if (serializeState(state) === serializeState(current.state)) return record
    try {
      await storage.write(
        serializeState(state),
        current.version,
        `orchestrator: record dispatch tick ${claim.now.toISOString()}`
      )
      return record
    } catch (error) {
      if (!(error instanceof StaleFileError) || attempt >= RECORD_ATTEMPTS) throw error
      current = await loadState(storage, name)
    }
  }
}
