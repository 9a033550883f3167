/**
 * Observe runs (DESIGN §10): reads what is new of the managed workflows' runs and their jobs into the stored records,
 * within the run's call budget. First the new runs of every workflow, then the holes an earlier stop left and the
 * older runs of the analytics window, then the jobs of the finished runs. When the budget or GitHub's rate limit is
 * spent it stops, keeps everything read, and says how far it got: the next run carries on from there.
 */
import { type CallBudget, type CallStop } from '../../core/runs/call-budget.js'
import {
  boundStore,
  DEFAULT_RUN_LIMITS,
  windowsToList,
  type RunLimits,
  type RunStore
} from '../../core/runs/run-store.js'
import { NotFoundError, PortError } from '../../ports/errors.js'
import { type WorkflowInfo, type WorkflowRuns } from '../../ports/workflow-runs.js'
import { budgeted, CallsStopped } from './budgeted-runs.js'
import { Ingestion, type Position } from './ingestion.js'
import { listWindow } from './list-runs.js'
import { awaitingJobs, readJobs } from './read-jobs.js'

const DAY_MS = 86_400_000

/** Calls kept back for saving the records after ingesting (a write, and the state branch made if missing). */
export const SAVE_RESERVE = 2

/** A managed workflow: the config's id and the file's path. */
export interface ObservedWorkflow {
  id: string
  path: string
}

/** What observing reads with. */
export interface ObserveInput {
  workflows: readonly ObservedWorkflow[]
  now: Date
  /** The analytics window (`analytics-days`): runs older than this are not listed unless already recorded. */
  windowDays: number
  budget: CallBudget
  stored: RunStore
  /** Calls left for what follows (default SAVE_RESERVE). */
  reserve?: number
}

/** Why and where ingestion stopped; `error` carries the port's message (a refusal names its fix). */
export interface IngestStop extends Partial<Position> {
  reason: CallStop | 'error'
  message?: string
}

/** What observing did. */
export interface ObserveReport {
  workflows: number
  /** Runs the records did not hold before. */
  newRuns: number
  /** Runs whose jobs were read. */
  jobsRead: number
  /** 304 answers: the runs were as they were, at no rate-limit cost. */
  notModified: number
  /** Calls spent listing the workflows (their states), listing runs and reading jobs. */
  calls: { workflows: number; runs: number; jobs: number }
  /** Workflows GitHub does not know (their runs answer 404). */
  missing: string[]
  /** Finished runs of the window whose jobs are still to read. */
  awaitingJobs: number
  stopped?: IngestStop
}

/** The records kept for an analytics window: 90 days, or the window when it is longer; 500 runs a workflow. */
export function runLimits(windowDays: number): RunLimits {
  return { ...DEFAULT_RUN_LIMITS, days: Math.max(DEFAULT_RUN_LIMITS.days, windowDays) }
}

/** Runs `work`; a stop (budget, rate limit, a refusal) is returned with where it happened, anything else thrown. */
async function stopping(ingestion: Ingestion, work: () => Promise<void>) {
  try {
    await work()
    return undefined
  } catch (error) {
    const at = ingestion.position ?? {}
    if (error instanceof CallsStopped) return { reason: error.reason, ...at }
    if (error instanceof PortError)
      return { reason: 'error' as const, message: error.message, ...at }
    throw error
  }
}

/** Every workflow's new runs first, then the older windows; a workflow GitHub does not know is skipped. */
async function listAll(runs: WorkflowRuns, ingestion: Ingestion, input: ObserveInput) {
  const planned = input.workflows.map(w =>
    windowsToList(ingestion.records(w.path), input.now, input.windowDays).map(window => ({
      path: w.path,
      window
    }))
  )
  const order = [...planned.map(p => p.slice(0, 1)), ...planned.map(p => p.slice(1))].flat()
  for (const { path, window } of order) {
    if (ingestion.missing.includes(path)) continue
    try {
      await listWindow(runs, ingestion, path, window)
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error
      ingestion.missing.push(path)
    }
  }
}

/** What observing read: the grown store (bounded), the managed workflows as GitHub lists them, and what was done. */
export interface Observed {
  store: RunStore
  /** The managed workflows GitHub lists, with their state (`disabled_inactivity` …); none when not read. */
  workflows: WorkflowInfo[]
  report: ObserveReport
}

/**
 * Ingests what is new within the budget: the workflows' states first (one list for the repository, every run: a
 * workflow GitHub disabled for inactivity has no new run to tell it), then the runs, then their jobs.
 */
export async function observeRuns(runs: WorkflowRuns, input: ObserveInput): Promise<Observed> {
  const port = budgeted(runs, input.budget, input.reserve ?? SAVE_RESERVE)
  const ingestion = new Ingestion(input.stored)
  const paths = input.workflows.map(w => w.path)
  const since = input.now.getTime() - input.windowDays * DAY_MS
  const start = input.budget.spent()
  let workflows: WorkflowInfo[] = []
  let stopped: IngestStop | undefined = await stopping(ingestion, async () => {
    workflows = (await port.listWorkflows()).filter(w => paths.includes(w.path))
  })
  const states = input.budget.spent()
  stopped ??= await stopping(ingestion, () => listAll(port, ingestion, input))
  const listed = input.budget.spent()
  // Bounded before the jobs are read: no call for the jobs of a run the records will not keep.
  ingestion.store = boundStore(ingestion.store, input.now, runLimits(input.windowDays))
  stopped ??= await stopping(ingestion, () => readJobs(port, ingestion, paths, since))
  const store = ingestion.store
  const report: ObserveReport = {
    workflows: input.workflows.length,
    newRuns: ingestion.newRuns,
    jobsRead: ingestion.jobsRead,
    notModified: ingestion.notModified,
    calls: {
      workflows: states - start,
      runs: listed - states,
      jobs: input.budget.spent() - listed
    },
    missing: ingestion.missing,
    awaitingJobs: awaitingJobs(ingestion, paths, since).length,
    ...(stopped ? { stopped } : {})
  }
  return { store, workflows, report }
}
