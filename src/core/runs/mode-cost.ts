/**
 * What a schedule costs a month (DESIGN §10): the runs its crons start in 30 days, from their occurrences, times what
 * one run of the workflow uses — the observed mean billable minutes and dollars per run with jobs. The mean, not the
 * median: a month's bill is a sum, and runs × mean is that sum's expectation, long jobs included.
 */
import { runsPer30Days } from '../cron/occurrences.js'
import { MODES, type Mode, type ScheduleEntry } from '../schedule/schedule.js'

/** What one run uses on average. */
export interface PerRun {
  billableMinutes: number
  cost: number
}

/** Runs, billable minutes and dollars in 30 days; minutes and dollars are null when a workflow's runs are unpriced. */
export interface ModeCost {
  runs: number
  billableMinutes: number | null
  cost: number | null
}

/** A schedule and what one run of its workflow uses (null: no run of it with jobs was observed). */
export interface PricedSchedule {
  entries: readonly ScheduleEntry[]
  perRun: PerRun | null
}

/** The cost before and after a change of schedules. */
export interface PlanCost {
  before: ModeCost
  after: ModeCost
}

function rounded(value: number, digits: number): number {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

/** The 30 days from `from` of several workflows' schedules together. */
export function costOfSchedules(schedules: readonly PricedSchedule[], from: Date): ModeCost {
  let runs = 0
  let minutes: number | null = 0
  let dollars: number | null = 0
  for (const { entries, perRun } of schedules) {
    const n = runsPer30Days(entries, from)
    runs += n
    if (n === 0) continue
    minutes = perRun === null || minutes === null ? null : minutes + n * perRun.billableMinutes
    dollars = perRun === null || dollars === null ? null : dollars + n * perRun.cost
  }
  return {
    runs,
    billableMinutes: minutes === null ? null : rounded(minutes, 2),
    cost: dollars === null ? null : rounded(dollars, 4)
  }
}

/** A managed workflow's crons in each mode and what one of its runs uses. */
export interface ModedWorkflow {
  schedules: Readonly<Record<Mode, readonly ScheduleEntry[]>>
  perRun: PerRun | null
}

/** The cost of each mode: every managed workflow on that mode's crons for the 30 days from `from`. */
export function costPerMode(
  workflows: readonly ModedWorkflow[],
  from: Date
): Record<Mode, ModeCost> {
  const costs = {} as Record<Mode, ModeCost>
  for (const mode of MODES) {
    costs[mode] = costOfSchedules(
      workflows.map(w => ({ entries: w.schedules[mode], perRun: w.perRun })),
      from
    )
  }
  return costs
}

/** Before → after of a plan: each workflow's current crons, then its planned ones, for the 30 days from `at`. */
export function planCost(
  workflows: ReadonlyArray<{
    from: readonly ScheduleEntry[]
    to: readonly ScheduleEntry[]
    perRun: PerRun | null
  }>,
  at: Date
): PlanCost {
  return {
    before: costOfSchedules(
      workflows.map(w => ({ entries: w.from, perRun: w.perRun })),
      at
    ),
    after: costOfSchedules(
      workflows.map(w => ({ entries: w.to, perRun: w.perRun })),
      at
    )
  }
}
