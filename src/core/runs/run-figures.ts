/**
 * The facts of one run for the analytics (DESIGN §10), from the jobs of its latest attempt: a re-run is the same run,
 * and GitHub's `filter=latest` lists the jobs an attempt re-ran together with the ones it carried over. A run whose
 * jobs were not recorded has no queue time, minutes or cost: they stay unknown, never 0.
 */
import { type JobRecord, type RunRecord } from './records.js'
import { DEFAULT_PRICES, jobCharge, type Prices } from './runner-pricing.js'

/** One run's figures; times in seconds, cost in whole micro-dollars. */
export interface RunFacts {
  run: RunRecord
  hasJobs: boolean
  /** First job start − run created; undefined without a started job. */
  queue?: number
  /** Completed runs only: last job end − first job start, else the run's `updated_at − run_started_at`. */
  duration?: number
  billableMinutes?: number
  microDollars?: number
  /** Runner labels that name no priced runner, of jobs that used minutes (priced as linux). */
  unknownLabels: string[]
}

/** Jobs by run id. */
export function jobsByRun(jobs: readonly JobRecord[]): Map<number, JobRecord[]> {
  const byRun = new Map<number, JobRecord[]>()
  for (const job of jobs) {
    const list = byRun.get(job.runId)
    if (list) list.push(job)
    else byRun.set(job.runId, [job])
  }
  return byRun
}

/** Whether the run has finished (GitHub sets a conclusion then). */
export function isCompleted(run: RunRecord): boolean {
  return run.status === 'completed' || (run.status === null && run.conclusion !== null)
}

function seconds(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 1000
}

function earliest(times: ReadonlyArray<string | null>): string | undefined {
  const known = times.filter((t): t is string => t !== null)
  return known.length === 0
    ? undefined
    : known.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a))
}

function latest(times: ReadonlyArray<string | null>): string | undefined {
  const known = times.filter((t): t is string => t !== null)
  return known.length === 0
    ? undefined
    : known.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a))
}

function durationOf(run: RunRecord, jobs: readonly JobRecord[]): number | undefined {
  if (!isCompleted(run)) return undefined
  const first = earliest(jobs.map(j => j.startedAt))
  const last = latest(jobs.map(j => j.completedAt))
  if (first !== undefined && last !== undefined) return seconds(first, last)
  return seconds(run.startedAt ?? run.createdAt, run.updatedAt)
}

function chargesOf(jobs: readonly JobRecord[], prices: Prices) {
  let billableMinutes = 0
  let microDollars = 0
  const unknownLabels: string[] = []
  for (const job of jobs) {
    const charge = jobCharge(job, prices)
    billableMinutes += charge.billableMinutes
    microDollars += charge.microDollars
    if (charge.runner.unknown !== undefined && charge.minutes > 0)
      unknownLabels.push(charge.runner.unknown)
  }
  return { billableMinutes, microDollars, unknownLabels }
}

/** The figures of a run from its recorded jobs (any attempt's; only the run's own attempt counts). */
export function runFacts(
  run: RunRecord,
  recordedJobs: readonly JobRecord[],
  prices: Prices = DEFAULT_PRICES
): RunFacts {
  const jobs = recordedJobs.filter(job => job.runId === run.id && job.attempt === run.attempt)
  const duration = durationOf(run, jobs)
  const facts: RunFacts = { run, hasJobs: jobs.length > 0, unknownLabels: [] }
  if (duration !== undefined) facts.duration = duration
  if (jobs.length === 0) return facts
  const firstStart = earliest(jobs.map(j => j.startedAt))
  if (firstStart !== undefined) facts.queue = seconds(run.createdAt, firstStart)
  return { ...facts, ...chargesOf(jobs, prices) }
}
