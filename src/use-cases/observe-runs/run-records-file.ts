/**
 * The run records' file on the state branch (`orchestrator/runs.json`), beside the state: read once, written once
 * when it changed. When another run wrote in between, the newer file is read, both runs' records are merged and the
 * write is tried again, so nothing either read is lost.
 */
import { errorMessage, ValidationError } from '../../core/errors.js'
import { fitRunStore, NewerRunStoreError, parseRunStore } from '../../core/runs/run-store-json.js'
import {
  emptyRunStore,
  mergeStores,
  type RunLimits,
  type RunStore
} from '../../core/runs/run-store.js'
import { StaleFileError } from '../../ports/errors.js'
import { type StateStorage } from '../../ports/state-storage.js'

const STALE_RETRIES = 3

/** The records as read, with the version a write must name and the text (to skip a write that changes nothing). */
export interface LoadedRuns {
  store: RunStore
  version: string | undefined
  text?: string
  /** Why the file was not used: unreadable (the run starts over) or written by a newer version (left alone). */
  problem?: string
  /** A newer version wrote it: this run must not write over it. */
  readOnly?: boolean
}

/** Reads the records; nothing stored is an empty store, an unreadable file one to start over from. */
export async function loadRuns(storage: StateStorage, name: string): Promise<LoadedRuns> {
  const stored = await storage.read()
  if (!stored) return { store: emptyRunStore(), version: undefined }
  try {
    return { store: parseRunStore(stored.text, name), version: stored.version, text: stored.text }
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    const readOnly = error instanceof NewerRunStoreError
    const then = readOnly ? 'left as it is' : 'it is written anew from what this run reads'
    return {
      store: emptyRunStore(),
      version: stored.version,
      problem: `${errorMessage(error)} — ${then}`,
      ...(readOnly ? { readOnly } : {})
    }
  }
}

/** Writes the records (cut to the limits and the file's size) unless they are as read; says whether it wrote. */
export async function saveRuns(
  storage: StateStorage,
  name: string,
  loaded: LoadedRuns,
  records: { store: RunStore; now: Date; limits: RunLimits; newRuns: number }
): Promise<'written' | 'unchanged'> {
  let { text } = fitRunStore(records.store, records.now, records.limits)
  if (text === loaded.text) return 'unchanged'
  let version = loaded.version
  const message = `orchestrator: record runs (${records.newRuns} new)`
  for (let attempt = 0; ; attempt++) {
    try {
      await storage.write(text, version, message)
      return 'written'
    } catch (error) {
      if (!(error instanceof StaleFileError) || attempt >= STALE_RETRIES) throw error
      const newer = await loadRuns(storage, name)
      if (newer.readOnly) throw error
      text = fitRunStore(mergeStores(newer.store, records.store), records.now, records.limits).text
      version = newer.version
    }
  }
}
