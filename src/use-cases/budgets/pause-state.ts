/**
 * The budget pauses in the state (DESIGN §13): `pauses` (what the orchestrator paused, and whether it disabled the
 * workflow) and `pauseLifts` (pauses a person lifted with `operation: resume`). Written with the state's version; a
 * run that wrote in between is read again and the pauses set on its state.
 */
import {
  readLifts,
  readPauses,
  type BudgetPause,
  type PauseLift
} from '../../core/usage/budgets.js'
import { serializeState, type State } from '../../core/state/state.js'
import { StaleFileError } from '../../ports/errors.js'
import { type StateStorage } from '../../ports/state-storage.js'
import { gitBlobSha } from '../apply-schedules/git-blob.js'
import { loadState, type LoadedState } from '../state-store.js'

const ATTEMPTS = 4

/** The pauses of a run. */
export interface PauseRecord {
  pauses: BudgetPause[]
  lifts: PauseLift[]
}

/** The state with these pauses and lifts (no `pauseLifts` key when there is none). */
export function withPauseRecord(state: State, record: PauseRecord): State {
  const rest: State = { ...state }
  delete rest.pauseLifts
  return {
    ...rest,
    pauses: record.pauses,
    ...(record.lifts.length > 0 ? { pauseLifts: record.lifts } : {})
  }
}

/**
 * This run's pauses on a state another run wrote since `base` was read: the other run's new pauses are kept (it
 * disabled those workflows: a run that saw them disabled took them for a person's), and a pause the other run lifted
 * stays lifted unless this run changed it.
 */
export function mergePauses(
  ours: readonly BudgetPause[],
  base: readonly BudgetPause[],
  newer: readonly BudgetPause[]
): BudgetPause[] {
  const key = (p: BudgetPause) => JSON.stringify(p)
  const known = new Set(base.map(p => p.workflow))
  const liftedByThem = new Set(
    base.filter(b => !newer.some(n => n.workflow === b.workflow)).map(key)
  )
  const kept = ours.filter(p => !liftedByThem.has(key(p)))
  const theirs = newer.filter(
    p => !known.has(p.workflow) && !kept.some(o => o.workflow === p.workflow)
  )
  return [...kept, ...theirs]
}

/** Lifts of both runs, the later end kept for a workflow in both. */
function mergeLifts(ours: readonly PauseLift[], newer: readonly PauseLift[]): PauseLift[] {
  const byId = new Map<string, PauseLift>()
  for (const l of [...newer, ...ours]) {
    const had = byId.get(l.workflow)
    if (!had || Date.parse(l.until) > Date.parse(had.until)) byId.set(l.workflow, l)
  }
  return [...byId.values()]
}

/**
 * Writes the pauses into the state; nothing when they are already there. Another run's write in between is read
 * again and the pauses merged (`mergePauses`). The state after, with its version.
 */
export async function writePauses(
  storage: StateStorage,
  name: string,
  first: LoadedState,
  ours: PauseRecord
): Promise<LoadedState> {
  let loaded = first
  let record = ours
  const base = readPauses(first.state.pauses)
  for (let attempt = 1; ; attempt++) {
    const before = serializeState(loaded.state)
    const state = withPauseRecord(loaded.state, record)
    const text = serializeState(state)
    if (text === before) return loaded
    const ids = record.pauses.map(p => p.workflow).join(', ') || 'none'
    try {
      await storage.write(text, loaded.version, `orchestrator: budget pauses ${ids}`)
      return { state, version: gitBlobSha(text) }
    } catch (error) {
      if (!(error instanceof StaleFileError) || attempt >= ATTEMPTS) throw error
      loaded = await loadState(storage, name)
      const newer = loaded.state
      record = {
        pauses: mergePauses(ours.pauses, base, readPauses(newer.pauses)),
        lifts: mergeLifts(ours.lifts, readLifts(newer.pauseLifts, new Date(0)))
      }
    }
  }
}
