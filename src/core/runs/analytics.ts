/**
 * The run analytics of DESIGN §10 over a window (by default the 30 days ending at `now`, or at the newest run when no
 * clock is given): per workflow and in total, runs by event, success rate with its Wilson interval, queue time and
 * duration percentiles (nearest rank), billable minutes and dollars, schedule health and, with the config, the cost of
 * each mode. Facts only; `reports/analytics-*.ts` word them. Times are seconds, cost dollars, minutes minutes; a
 * figure that cannot be known is null, never 0.
 */
import { type ManagedWorkflow } from '../schedule/config.js'
import { type Mode } from '../schedule/schedule.js'
import { type ScheduleSpan } from '../schedule/schedule-history.js'
import { costPerMode, type ModeCost, type PerRun } from './mode-cost.js'
import { type RecordedApi, type RunRecord, type WorkflowInfo } from './records.js'
import { isCompleted, jobsByRun, runFacts, type RunFacts } from './run-figures.js'
import { DEFAULT_PRICES, type Prices } from './runner-pricing.js'
import { scheduleHealth, type ScheduleHealth, type Window } from './schedule-health.js'
import { nearestRank, wilsonInterval } from './statistics.js'

const DAY_MS = 86_400_000

/** What the analytics read. */
export interface AnalyticsInput {
  api: RecordedApi
  /** The window's end; without it, the newest run's creation. */
  now?: Date
  /** The window's length in days (default 30). */
  days?: number
  /** Prices per minute by SKU, over GitHub's. */
  prices?: Prices
  /** The config's managed workflows: they name workflows by id, and price each mode. */
  managed?: readonly ManagedWorkflow[]
  /** The schedules in force over time, by workflow file path (`scheduleHistory`); no entry, no schedule health. */
  schedules?: ReadonlyMap<string, readonly ScheduleSpan[]>
}

/** Every figure of one workflow over the window. */
export interface WorkflowFigures {
  /** The config's id when the config manages it, else its path. */
  id: string
  path: string
  name: string
  disabledForInactivity: boolean
  runs: number
  runsWithoutJobs: number
  byEvent: Record<string, number>
  successRate: number | null
  successRateLow: number | null
  successRateHigh: number | null
  queueP50: number | null
  queueP90: number | null
  durationP50: number | null
  durationP90: number | null
  billableMinutes: number | null
  cost: number | null
  /** The mean per run with jobs, which prices a schedule; null without any. */
  perRun: PerRun | null
  schedule: ScheduleHealth | null
  /** Runner labels that name no runner GitHub prices (those jobs are priced as linux). */
  unknownLabels: string[]
}

/** Runs, billable minutes and dollars of all workflows together. */
export interface Totals {
  runs: number
  billableMinutes: number | null
  cost: number | null
}

/** The analytics of one window. */
export interface Analytics {
  window: Window
  workflows: WorkflowFigures[]
  totals: Totals
  /** Each mode's cost for the 30 days from the window's end; null without the config. */
  costPerMode: Record<Mode, ModeCost> | null
}

/** The window: `days` days ending at `now`, or at the newest run's creation. */
export function analyticsWindow(runs: readonly RunRecord[], now?: Date, days = 30): Window {
  const newest = runs.reduce((max, run) => Math.max(max, Date.parse(run.createdAt)), -Infinity)
  const to = now ?? new Date(Number.isFinite(newest) ? newest : 0)
  return { from: new Date(to.getTime() - days * DAY_MS), to }
}

function within(window: Window): (run: RunRecord) => boolean {
  const [from, to] = [window.from.getTime(), window.to.getTime()]
  return run => {
    const t = Date.parse(run.createdAt)
    return t >= from && t <= to
  }
}

function byEvent(runs: readonly RunRecord[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const run of runs) counts[run.event] = (counts[run.event] ?? 0) + 1
  return counts
}

/** Successes over the completed runs that were not skipped or neutral; cancelled and timed out count as failures. */
function successOf(runs: readonly RunRecord[]) {
  const judged = runs.filter(
    run => isCompleted(run) && run.conclusion !== 'skipped' && run.conclusion !== 'neutral'
  )
  const share = wilsonInterval(
    judged.filter(run => run.conclusion === 'success').length,
    judged.length
  )
  return {
    successRate: share?.rate ?? null,
    successRateLow: share?.low ?? null,
    successRateHigh: share?.high ?? null
  }
}

function percentiles(values: ReadonlyArray<number | undefined>) {
  const known = values.filter((v): v is number => v !== undefined)
  return [nearestRank(known, 50) ?? null, nearestRank(known, 90) ?? null] as const
}

/** Minutes and dollars of the runs with jobs; null when runs exist and none has jobs. */
function chargesOf(facts: readonly RunFacts[]) {
  const priced = facts.filter(f => f.hasJobs)
  const minutes = priced.reduce((sum, f) => sum + (f.billableMinutes ?? 0), 0)
  const micro = priced.reduce((sum, f) => sum + (f.microDollars ?? 0), 0)
  const unknown = facts.length > 0 && priced.length === 0
  const perRun =
    priced.length === 0
      ? null
      : { billableMinutes: minutes / priced.length, cost: micro / priced.length / 1e6 }
  return {
    runsWithoutJobs: facts.length - priced.length,
    billableMinutes: unknown ? null : minutes,
    cost: unknown ? null : micro / 1e6,
    perRun
  }
}

interface Subject {
  info: WorkflowInfo
  id: string
  runs: RunRecord[]
  spans: readonly ScheduleSpan[] | undefined
}

function figuresOf(subject: Subject, facts: readonly RunFacts[], window: Window): WorkflowFigures {
  const { info, runs } = subject
  const [queueP50, queueP90] = percentiles(facts.map(f => f.queue))
  const [durationP50, durationP90] = percentiles(facts.map(f => f.duration))
  const inWindow = facts.map(f => f.run)
  return {
    id: subject.id,
    path: info.path,
    name: info.name,
    disabledForInactivity: info.state === 'disabled_inactivity',
    runs: inWindow.length,
    byEvent: byEvent(inWindow),
    ...successOf(inWindow),
    queueP50,
    queueP90,
    durationP50,
    durationP90,
    ...chargesOf(facts),
    schedule: subject.spans ? scheduleHealth(subject.spans, runs, window) : null,
    unknownLabels: [...new Set(facts.flatMap(f => f.unknownLabels))].sort()
  }
}

/** The workflows to report: every one recorded or seen in runs, and every managed one even without runs. */
function subjectsOf(input: AnalyticsInput): Subject[] {
  const infos = new Map(input.api.workflows.map(w => [w.id, w]))
  for (const run of input.api.runs) {
    if (!infos.has(run.workflowId)) {
      const path = `workflow ${run.workflowId}`
      infos.set(run.workflowId, { id: run.workflowId, path, name: path, state: 'unknown' })
    }
  }
  const list = [...infos.values()]
  for (const w of input.managed ?? []) {
    if (!list.some(info => info.path === w.path))
      list.push({ id: -1, path: w.path, name: w.id, state: 'unknown' })
  }
  return list
    .map(info => ({
      info,
      id: input.managed?.find(w => w.path === info.path)?.id ?? info.path,
      runs: input.api.runs.filter(run => run.workflowId === info.id),
      spans: input.schedules?.get(info.path)
    }))
    .sort((a, b) => a.info.path.localeCompare(b.info.path) || a.info.id - b.info.id)
}

function totalsOf(workflows: readonly WorkflowFigures[]): Totals {
  const sum = (pick: (w: WorkflowFigures) => number | null): number | null => {
    const known = workflows.filter(w => pick(w) !== null)
    if (known.length === 0 && workflows.some(w => w.runs > 0)) return null
    return known.reduce((total, w) => total + (pick(w) ?? 0), 0)
  }
  const micro = sum(w => (w.cost === null ? null : Math.round(w.cost * 1e6)))
  return {
    runs: workflows.reduce((total, w) => total + w.runs, 0),
    billableMinutes: sum(w => w.billableMinutes),
    cost: micro === null ? null : micro / 1e6
  }
}

/** Every figure of DESIGN §10 for the recorded runs and jobs, over the window. */
export function analyzeRuns(input: AnalyticsInput): Analytics {
  const window = analyticsWindow(input.api.runs, input.now, input.days)
  const prices = { ...DEFAULT_PRICES, ...input.prices }
  const jobs = jobsByRun(input.api.jobs)
  const inWindow = within(window)
  const workflows = subjectsOf(input).map(subject => {
    const runs = subject.runs.filter(inWindow)
    const facts = runs.map(run => runFacts(run, jobs.get(run.id) ?? [], prices))
    return figuresOf(subject, facts, window)
  })
  const managed = input.managed
  const perRun = (path: string) => workflows.find(w => w.path === path)?.perRun ?? null
  const modes = managed
    ? costPerMode(
        managed.map(w => ({ schedules: w.schedules, perRun: perRun(w.path) })),
        window.to
      )
    : null
  return { window, workflows, totals: totalsOf(workflows), costPerMode: modes }
}
