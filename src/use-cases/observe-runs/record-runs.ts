/**
 * Observe runs as the action runs it (DESIGN §10): read the records from the state branch, ingest what is new within
 * what is left of the call budget, save them (not in a dry run), and work out the analytics over the window from the
 * records. A stop or a failure here never undoes the schedule part: it is reported, and the next run carries on.
 */
import { errorMessage } from '../../core/errors.js'
import { analyzeRuns, type Analytics, type AnalyticsInput } from '../../core/runs/analytics.js'
import { callsLeft, type CallBudget } from '../../core/runs/call-budget.js'
import { type RecordedApi } from '../../core/runs/records.js'
import { emptyRunStore, type RunStore } from '../../core/runs/run-store.js'
import { PortError } from '../../ports/errors.js'
import { type StateStorage } from '../../ports/state-storage.js'
import { type WorkflowRuns } from '../../ports/workflow-runs.js'
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
  saved: 'written' | 'unchanged' | 'dry-run' | 'failed' | 'not-read'
  /** Things to warn about: an unreadable file started over, a failed save. */
  problems: string[]
  store: RunStore
  analytics: Analytics
  /** The tracker's predictions and their accuracy; absent when not asked for or the records were not read. */
  forecast?: Forecast
}

/** The records of the managed workflows as the analytics read them. */
export function recordedApiOf(store: RunStore, paths: readonly string[]): RecordedApi {
  const kept = store.workflows.filter(w => paths.includes(w.path))
  const workflows = kept.flatMap(w =>
    w.workflowId === undefined
      ? []
      : [{ id: w.workflowId, path: w.path, name: w.path, state: 'unknown' }]
  )
  const runs = kept.flatMap(w => w.runs)
  return { workflows, runs: runs.map(r => r.run), jobs: runs.flatMap(r => r.jobs ?? []) }
}

function analyse(store: RunStore, input: RecordRunsInput): Analytics {
  const api = recordedApiOf(
    store,
    input.workflows.map(w => w.path)
  )
  return analyzeRuns({ api, now: input.now, days: input.windowDays, ...input.analytics })
}

/** Nothing ingested: the budget left no room, or the records could not be read. */
function notRead(input: RecordRunsInput, stopped: IngestStop, read = 0): RecordedRuns {
  const report: ObserveReport = {
    workflows: input.workflows.length,
    ...{ newRuns: 0, jobsRead: 0, notModified: 0, calls: { runs: 0, jobs: 0 }, missing: [] },
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

async function save(
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

/** The records as read (or why they cannot be used) and the calls reading them took. */
export interface ReadRecords {
  loaded: LoadedRuns | IngestStop
  calls: number
}

/**
 * Reads the records when the budget leaves room for a read, at least one listing and the save; undefined when it
 * does not. The action reads them early when the pull request's body needs them; recordRuns then reads nothing.
 */
export async function readRecords(
  ports: RecordRunsPorts,
  budget: CallBudget
): Promise<ReadRecords | undefined> {
  if (callsLeft(budget, SAVE_RESERVE) < 2) return undefined
  const before = budget.spent()
  const loaded = await load(ports)
  return { loaded, calls: budget.spent() - before }
}

/**
 * Reads (unless `read` already did, with the same ports), ingests, saves and analyses; with no room left in the
 * budget for a read and a save, reads nothing.
 */
export async function recordRuns(
  ports: RecordRunsPorts,
  input: RecordRunsInput,
  read?: ReadRecords
): Promise<RecordedRuns> {
  const { budget } = input
  const records = read ?? (await readRecords(ports, budget))
  if (!records) return notRead(input, { reason: 'call-budget' })
  const { loaded } = records
  if ('reason' in loaded) return notRead(input, loaded, records.calls)
  const ingested = await observeRuns(ports.runs, { ...input, stored: loaded.store })
  const { observed, forecast } = tracked(ingested, input)
  const beforeSave = budget.spent()
  const { saved, problem } = await save(ports, loaded, observed, input)
  return {
    report: observed.report,
    fileCalls: { read: records.calls, save: budget.spent() - beforeSave },
    saved,
    problems: [loaded.problem, problem].filter((p): p is string => p !== undefined),
    store: observed.store,
    analytics: analyse(observed.store, input),
    ...(forecast ? { forecast } : {})
  }
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
