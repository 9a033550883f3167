/**
 * What a dispatched workflow's recent runs say (DESIGN §12): whether one is queued or in progress (overlap), and how
 * many of its latest completed runs failed in a row (pause on failure), whoever started them. A success ends the
 * streak; cancelled, skipped and neutral runs neither fail nor succeed. Runs before a person resumed it do not count.
 */
import { type RunRecord } from '../runs/records.js'

export interface RunFacts {
  /** A run is queued, waiting or in progress. */
  inFlight: boolean
  /** Consecutive failed runs, newest first, up to the latest success. */
  failures: number
  /** Those failed runs' ids, newest first. */
  failedRuns: number[]
}

const IN_FLIGHT = new Set(['queued', 'in_progress', 'waiting', 'requested', 'pending'])
const FAILED = new Set(['failure', 'timed_out', 'startup_failure'])

/** The facts of a workflow's latest runs (any order); `resumedAt` drops runs created before it from the streak. */
export function runFacts(runs: readonly RunRecord[], resumedAt?: string): RunFacts {
  const inFlight = runs.some(r => r.status !== null && IN_FLIGHT.has(r.status))
  const since = resumedAt === undefined ? -Infinity : Date.parse(resumedAt)
  const completed = runs
    .filter(r => r.status === 'completed' && Date.parse(r.createdAt) >= since)
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)
  const failedRuns: number[] = []
  for (const run of completed) {
    if (run.conclusion === 'success') break
    if (run.conclusion !== null && FAILED.has(run.conclusion)) failedRuns.push(run.id)
  }
  return { inFlight, failures: failedRuns.length, failedRuns }
}

/** How many recent runs to read: enough for the streak that pauses, and for a run in flight among them. */
export function runsToRead(pauseAfterFailures: number): number {
  return Math.min(100, Math.max(10, pauseAfterFailures * 2 + 5))
}
