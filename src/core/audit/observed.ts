/**
 * What the recorded runs and jobs say of one workflow: what a run costs (minutes and dollars by §10's runner
 * pricing), how many runs overlapped on one branch, and how long each job took.
 */
import type { JobRecord, RunRecord } from '../runs/records.js'
import { DEFAULT_PRICES, jobCharge } from '../runs/runner-pricing.js'
import { nearestRank } from '../runs/statistics.js'

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000
const LINUX_PRICE = DEFAULT_PRICES.linux ?? 0.006

/** What one run of a workflow costs on average, and what it was measured from. */
export interface RunCost {
  minutes: number
  dollars: number
  /** Runs measured: with jobs when any were recorded (billable per job), else from the runs' own timestamps. */
  runs: number
  basis: 'jobs' | 'runs'
}

/** The runs and jobs of one workflow. */
export interface Observed {
  runs: RunRecord[]
  jobs: JobRecord[]
}

function span(from: string | null, to: string | null): number | undefined {
  if (from === null || to === null) return undefined
  const ms = Date.parse(to) - Date.parse(from)
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined
}

/** Whole minutes, rounded up as GitHub bills them. */
function billed(ms: number): number {
  return Math.ceil(ms / MINUTE_MS)
}

/** Billable minutes (SKU multiplier applied) and dollars of a run's jobs, by §10's pricing. */
function jobsCost(jobs: readonly JobRecord[]): { minutes: number; dollars: number } {
  const charges = jobs.map(job => jobCharge(job))
  const minutes = charges.reduce((sum, c) => sum + c.billableMinutes, 0)
  const micro = charges.reduce((sum, c) => sum + c.microDollars, 0)
  return { minutes, dollars: micro / 1e6 }
}

/** Scheduled runs when there are any (what a throttle removes), else every run. */
function sample(runs: readonly RunRecord[]): RunRecord[] {
  const done = runs.filter(run => run.conclusion !== null)
  const scheduled = done.filter(run => run.event === 'schedule')
  return scheduled.length > 0 ? scheduled : done
}

/** The mean cost of one run, or undefined when nothing was observed. */
export function runCost({ runs, jobs }: Observed): RunCost | undefined {
  const measured = sample(runs)
  const byRun = new Map<number, JobRecord[]>()
  for (const job of jobs) byRun.set(job.runId, [...(byRun.get(job.runId) ?? []), job])
  const withJobs = measured.filter(run => byRun.has(run.id))
  if (withJobs.length > 0) {
    // Every recorded attempt's jobs: a re-run is billed too.
    const costs = withJobs.map(run => jobsCost(byRun.get(run.id) ?? []))
    const total = costs.reduce((a, c) => ({
      minutes: a.minutes + c.minutes,
      dollars: a.dollars + c.dollars
    }))
    return { ...mean(total, withJobs.length), runs: withJobs.length, basis: 'jobs' }
  }
  const minutes = measured.flatMap(run => {
    const ms = span(run.startedAt ?? run.createdAt, run.updatedAt)
    return ms === undefined ? [] : [billed(ms)]
  })
  if (minutes.length === 0) return undefined
  const total = minutes.reduce((a, b) => a + b, 0)
  return {
    ...mean({ minutes: total, dollars: total * LINUX_PRICE }, minutes.length),
    runs: minutes.length,
    basis: 'runs'
  }
}

function mean(total: { minutes: number; dollars: number }, count: number) {
  return { minutes: total.minutes / count, dollars: total.dollars / count }
}

/** Runs that started while an earlier run of the same workflow on the same branch was still going; and those of the last 30 days. */
export function overlappingRuns(
  runs: readonly RunRecord[],
  now: Date
): { all: number; last30Days: number } {
  const byBranch = new Map<string, Array<{ start: number; end: number }>>()
  for (const run of runs) {
    const start = Date.parse(run.startedAt ?? run.createdAt)
    const end = Date.parse(run.updatedAt)
    if (run.conclusion === null || !(end >= start)) continue
    const list = byBranch.get(run.branch ?? '') ?? []
    byBranch.set(run.branch ?? '', [...list, { start, end }])
  }
  const since = now.getTime() - 30 * DAY_MS
  let all = 0
  let last30Days = 0
  for (const list of byBranch.values()) {
    list.sort((a, b) => a.start - b.start)
    let runningUntil = -Infinity
    for (const run of list) {
      if (run.start < runningUntil) {
        all++
        if (run.start >= since) last30Days++
      }
      runningUntil = Math.max(runningUntil, run.end)
    }
  }
  return { all, last30Days }
}

/** The durations in minutes of a job's recorded runs: by its name, or `name (matrix values)` for a matrix. */
export function jobMinutes(jobs: readonly JobRecord[], name: string): number[] {
  return jobs.flatMap(job => {
    if (job.name !== name && !job.name.startsWith(`${name} (`)) return []
    const ms = span(job.startedAt, job.completedAt)
    return ms === undefined ? [] : [ms / MINUTE_MS]
  })
}

/** `timeout-minutes` for a job: its p99 (nearest rank) doubled, rounded up, at least 10. */
export function suggestedTimeout(minutes: readonly number[]): number | undefined {
  const p99 = nearestRank(minutes, 99)
  return p99 === undefined ? undefined : Math.max(10, Math.ceil(p99 * 2))
}
