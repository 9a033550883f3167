import { StaleFileError } from '../ports/errors.js'
import { type StateStorage } from '../ports/state-storage.js'
import {
  emptyState,
  mergeStates,
  parseState,
  recordInState,
  serializeState,
  type ScheduleChange,
  type State
} from '../core/state/state.js'
import { type BillingCache } from '../core/usage/billing-sum.js'
import { type UsageSample } from '../core/usage/usage.js'

const STALE_RETRIES = 3

/** The state as read, with the version a write must name. */
export interface LoadedState {
  state: State
  version: string | undefined
}

/** No state: the state is disabled, or this is the first run. */
export function emptyLoadedState(): LoadedState {
  return { state: emptyState(), version: undefined }
}

/** Reads and checks the state; nothing stored is an empty state. `name` says where it lives, for messages. */
export async function loadState(storage: StateStorage, name: string): Promise<LoadedState> {
  const stored = await storage.read()
  if (!stored) return emptyLoadedState()
  return { state: parseState(stored.text, name), version: stored.version }
}

/** What a run adds to the state. */
export interface StateAdditions {
  samples?: readonly UsageSample[]
  changes?: readonly ScheduleChange[]
  /** The billing report's finished days, for the next run. */
  billing?: BillingCache
}

/**
 * Adds this run's records and writes the state with its version. When another run wrote in between, the newer state
 * is read, this run's additions are merged into it and the write is tried again: nothing either run recorded is lost.
 * Writes nothing when the additions change nothing.
 */
export async function saveState(
  storage: StateStorage,
  name: string,
  loaded: LoadedState,
  additions: StateAdditions
): Promise<State> {
  const ours = recordInState(loaded.state, additions)
  if (serializeState(ours) === serializeState(loaded.state)) return loaded.state
  let current = { state: ours, version: loaded.version }
  const message = `orchestrator: record ${(additions.samples ?? []).map(s => `usage ${s.used}`).join(', ') || 'state'}`
  for (let attempt = 0; ; attempt++) {
    try {
      await storage.write(serializeState(current.state), current.version, message)
      return current.state
    } catch (error) {
      if (!(error instanceof StaleFileError) || attempt >= STALE_RETRIES) throw error
      const newer = await loadState(storage, name)
      current = { state: mergeStates(newer.state, ours, loaded.state), version: newer.version }
    }
  }
}
