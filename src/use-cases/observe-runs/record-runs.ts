/**
 * Observe runs as the action runs it (DESIGN §10): read the records from the state branch, ingest what is new within
 * what is left of the call budget, work out the analytics over the window from the records, and save them (not in a
 * dry run). Reading and saving are two steps, so that the reading can price the plan before the schedule part writes
 * anything and the saving waits until it has. A stop or a failure here never undoes the schedule part: it is
 * reported, and the next run carries on.
 */
import { errorMessage } from '../../core/errors.js'
import { analyzeRuns, type Analytics, type AnalyticsInput } from '../../core/runs/analytics.js'
import { callsLeft } from '../../core/runs/call-budget.js'
import { type RecordedApi } from '../../core/runs/records.js'
import { emptyRunStore, type RunStore } from '../../core/runs/run-store.js'
import { PortError } from '../../ports/errors.js'
import { type StateStorage } from '../../ports/state-storage.js'
import { type WorkflowInfo, type WorkflowRuns } from '../../ports/workflow-runs.js'
import {
  observeRuns,
  runLimits,
  SAVE_RESERVE,
  type IngestStop,
  type ObserveInput,
  type ObserveReport
} from './observe-runs.js'
import { loadRuns, saveRuns, type LoadedRuns } from './run-records-file.js'
import { trackRuns, type Forecast, type TrackInput } from './track-runs.js'

/** Where the records live and how runs are read. */
export interface RecordRunsPorts {
  runs: WorkflowRuns
  storage: StateStorage
  /** Where the records live, for messages. */
  name: string
}

/** What the action asks for. */
export interface RecordRunsInput extends Omit<ObserveInput, 'stored'> {
  dryRun: boolean
  /** The config's workflows and the schedules in force, for names, schedule health and each mode's cost. */
  analytics?: Pick<AnalyticsInput, 'managed' | 'schedules' | 'prices'>
  /** The managed workflows' crons in force: their runs are predicted and the predictions tracked (DESIGN §11). */
  tracking?: TrackInput
}

/** Everything observing did, for the log, the summary and the JSON report. */
export interface RecordedRuns {
  report: ObserveReport
  /** Calls spent reading and writing the records file. */
  fileCalls: { read: number; save: number }
  /** `pending`: read, not saved yet. */
  saved: 'written' | 'unchanged' | 'dry-run' | 'failed' | 'not-read' | 'pending'
  /** Things to warn about: an unreadable file started over, a failed save. */
  problems: string[]
  store: RunStore
  analytics: Analytics
  /** The tracker's predictions and their accuracy; absent when not asked for or the records were not read. */
  forecast?: Forecast
}

/**
 * The records of the managed workflows as the analytics read them; a workflow GitHub listed (`listed`) has its name
 * and state (`disabled_inactivity` …), even without a recorded run.
 */
export function recordedApiOf(
  store: RunStore,
  paths: readonly string[],
  listed: readonly WorkflowInfo[] = []
): RecordedApi {
  const kept = store.workflows.filter(w => paths.includes(w.path))
  const recorded = kept.flatMap(w =>
    w.workflowId === undefined || listed.some(l => l.path === w.path)
      ? []
      : [{ id: w.workflowId, path: w.path, name: w.path, state: 'unknown' }]
  )
  const workflows = [...listed.filter(l => paths.includes(l.path)), ...recorded]
  const runs = kept.flatMap(w => w.runs)
  return { workflows, runs: runs.map(r => r.run), jobs: runs.flatMap(r => r.jobs ?? []) }
}

function analyse(
  store: RunStore,
  input: RecordRunsInput,
  listed: readonly WorkflowInfo[] = []
): Analytics {
  const paths = input.workflows.map(w => w.path)
  const api = recordedApiOf(store, paths, listed)
  return analyzeRuns({ api, now: input.now, days: input.windowDays, ...input.analytics })
}

/** Nothing ingested: the budget left no room, or the records could not be read. */
function notRead(input: RecordRunsInput, stopped: IngestStop, read = 0): RecordedRuns {
  const report: ObserveReport = {
    workflows: input.workflows.length,
    ...{ newRuns: 0, jobsRead: 0, notModified: 0, missing: [] },
    calls: { workflows: 0, runs: 0, jobs: 0 },
    awaitingJobs: 0,
    stopped
  }
  const store = emptyRunStore()
  const fileCalls = { read, save: 0 }
  return {
    report,
    fileCalls,
    saved: 'not-read',
    problems: [],
    store,
    analytics: analyse(store, input)
  }
}

async function saveRecords(
  ports: RecordRunsPorts,
  loaded: LoadedRuns,
  observed: { store: RunStore; report: ObserveReport },
  input: RecordRunsInput
): Promise<{ saved: RecordedRuns['saved']; problem?: string }> {
  if (input.dryRun) return { saved: 'dry-run' }
  try {
    const saved = await saveRuns(ports.storage, ports.name, loaded, {
      store: observed.store,
      now: input.now,
      limits: runLimits(input.windowDays),
      newRuns: observed.report.newRuns
    })
    return { saved }
  } catch (error) {
    if (!(error instanceof PortError)) throw error
    return {
      saved: 'failed',
      problem: `The run records could not be saved: ${errorMessage(error)}`
    }
  }
}

/** Reads the records, or why they cannot be used. */
async function load(ports: RecordRunsPorts): Promise<LoadedRuns | IngestStop> {
  try {
    const loaded = await loadRuns(ports.storage, ports.name)
    return loaded.readOnly ? { reason: 'error', message: loaded.problem } : loaded
  } catch (error) {
    if (!(error instanceof PortError)) throw error
    return { reason: 'error', message: errorMessage(error) }
  }
}

/** Runs read and analysed, not saved yet: `save` tracks the predictions and writes the records once the schedule part is done. */
export interface PendingRuns {
  recorded: RecordedRuns
  /** `tracking`, known once the plan is: the crons in force whose runs are predicted (DESIGN §11). */
  save(tracking?: TrackInput): Promise<RecordedRuns>
}

/**
 * Reads the records, ingests and analyses, writing nothing; with no room left in the budget (less `input.reserve`)
 * for a read and a listing, reads nothing.
 */
export async function readRuns(
  ports: RecordRunsPorts,
  input: RecordRunsInput
): Promise<PendingRuns> {
  const { budget } = input
  const unsaved = (recorded: RecordedRuns) => ({ recorded, save: async () => recorded })
  // One read and at least one listing, then what follows (the save at least).
  if (callsLeft(budget, input.reserve ?? SAVE_RESERVE) < 2)
    return unsaved(notRead(input, { reason: 'call-budget' }))
  const before = budget.spent()
  const loaded = await load(ports)
  const read = budget.spent() - before
  if ('reason' in loaded) return unsaved(notRead(input, loaded, read))
  const ingested = await observeRuns(ports.runs, { ...input, stored: loaded.store })
  const recorded: RecordedRuns = {
    report: ingested.report,
    fileCalls: { read, save: 0 },
    saved: 'pending',
    problems: loaded.problem === undefined ? [] : [loaded.problem],
    store: ingested.store,
    analytics: analyse(ingested.store, input, ingested.workflows)
  }
  const save = async (tracking = input.tracking): Promise<RecordedRuns> => {
    const { observed, forecast } = tracked(ingested, {
      ...input,
      ...(tracking ? { tracking } : {})
    })
    const beforeSave = budget.spent()
    const { saved, problem } = await saveRecords(ports, loaded, observed, input)
    return {
      ...recorded,
      store: observed.store,
      fileCalls: { read, save: budget.spent() - beforeSave },
      saved,
      problems: problem === undefined ? recorded.problems : [...recorded.problems, problem],
      ...(forecast ? { forecast } : {})
    }
  }
  return { recorded, save }
}

/** Reads, ingests, analyses, tracks (with `input.tracking`) and saves at once. */
export async function recordRuns(
  ports: RecordRunsPorts,
  input: RecordRunsInput
): Promise<RecordedRuns> {
  return (await readRuns(ports, input)).save()
}

/** The ingested records with the tracker's predictions matched and recorded, when tracking is asked for. */
function tracked(observed: { store: RunStore; report: ObserveReport }, input: RecordRunsInput) {
  if (!input.tracking) return { observed }
  const api = recordedApiOf(
    observed.store,
    input.workflows.map(w => w.path)
  )
  const { tracking, now } = input
  const prices = input.analytics?.prices
  const done = trackRuns(observed.store, api, { tracking, now, ...(prices ? { prices } : {}) })
  return { observed: { ...observed, store: done.store }, forecast: done.forecast }
}
