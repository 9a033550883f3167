/**
 * Findings about schedules: crons more frequent than the minimum interval (throttle), crons at minute 0, entries whose
 * times another entry of the same workflow already covers, and workflows that repeat another one.
 */
import { parseCron } from '../cron/cron.js'
import { occurrencesBetween, runsPer30Days } from '../cron/occurrences.js'
import { expandStagger, usesH } from '../cron/stagger.js'
import { timezoneProblem } from '../cron/time-zone.js'
import { sameEntry, sameSchedule, type ScheduleEntry } from '../schedule/schedule.js'
import type { AuditFinding, Savings } from './findings.js'
import type { RunCost } from './observed.js'
import { shortestGap, throttledCron } from './throttle.js'
import type { WorkflowModel } from './workflow-model.js'

const YEAR_MS = 366 * 86_400_000

/** What the schedule findings of one workflow need besides its model. */
export interface ScheduleContext {
  now: Date
  minInterval: number
  cost?: RunCost
  /** The minute-0 crons of this workflow moved to staggered minutes, by entry index. */
  staggered: ReadonlyArray<string | null>
}

/** An entry GitHub would run: its cron in GitHub's grammar and a known time zone. */
export function runnable(entry: ScheduleEntry): boolean {
  const parsed = parseCron(entry.cron)
  const zoneOk = entry.timezone === undefined || timezoneProblem(entry.timezone) === undefined
  return parsed.ok && parsed.github && zoneOk
}

/** Runs saved per 30 days, in minutes and dollars when a run's cost was observed. */
export function savingsOf(runs: number, cost: RunCost | undefined): Savings {
  return {
    runs,
    minutes: cost ? Math.round(runs * cost.minutes) : null,
    dollars: cost ? Math.round(runs * cost.dollars * 100) / 100 : null
  }
}

function zoned(entry: ScheduleEntry): { timezone?: string } {
  return entry.timezone === undefined ? {} : { timezone: entry.timezone }
}

function throttleFinding(
  model: WorkflowModel,
  entry: ScheduleEntry,
  ctx: ScheduleContext
): AuditFinding[] {
  const gap = shortestGap(entry, ctx.now)
  if (gap === undefined || gap >= ctx.minInterval) return []
  const suggested = throttledCron(entry, ctx.minInterval, ctx.now) ?? null
  const runsBefore = runsPer30Days([entry], ctx.now)
  const runsAfter =
    suggested === null ? null : runsPer30Days([{ ...entry, cron: suggested }], ctx.now)
  const savings =
    runsAfter === null
      ? { runs: null, minutes: null, dollars: null }
      : savingsOf(runsBefore - runsAfter, ctx.cost)
  const detail = {
    cron: entry.cron,
    ...zoned(entry),
    shortestGap: gap,
    minInterval: ctx.minInterval,
    suggested,
    runsBefore,
    runsAfter
  }
  return [{ workflow: model.name, path: model.path, kind: 'throttle', detail, savings }]
}

function minuteZeroFinding(
  model: WorkflowModel,
  entry: ScheduleEntry,
  suggested: string | null
): AuditFinding[] {
  const parsed = parseCron(entry.cron)
  if (!parsed.ok || !parsed.cron.minutes.includes(0)) return []
  const detail = { cron: entry.cron, ...zoned(entry), suggested }
  return [{ workflow: model.name, path: model.path, kind: 'minute-zero', detail, savings: null }]
}

/** Whether every time `inner` runs in the coming year, `outer` runs too. */
function covers(outer: ReadonlySet<number>, inner: ReadonlySet<number>): boolean {
  return inner.size > 0 && [...inner].every(t => outer.has(t))
}

/** Entries of one workflow whose times another entry already has: an identical later one, or one inside another. */
function redundantEntries(
  model: WorkflowModel,
  entries: readonly ScheduleEntry[],
  ctx: ScheduleContext
): AuditFinding[] {
  const until = new Date(ctx.now.getTime() + YEAR_MS)
  const times = entries.map(
    e => new Set(occurrencesBetween([e], ctx.now, until).map(d => d.getTime()))
  )
  return entries.flatMap((entry, j) => {
    const inner = times[j] ?? new Set<number>()
    // Of two entries with the same times, the later one is the duplicate.
    const i = times.findIndex(
      (outer, k) => k !== j && covers(outer, inner) && (outer.size > inner.size || k < j)
    )
    const other = entries[i]
    if (!other) return []
    const identical = sameEntry(other, entry) || times[i]?.size === inner.size
    const detail = {
      scope: 'entry' as const,
      crons: [entry.cron],
      duplicateOf: other.cron,
      identical
    }
    const savings = savingsOf(runsPer30Days([entry], ctx.now), ctx.cost)
    return [
      {
        workflow: model.name,
        path: model.path,
        kind: 'duplicate-schedule' as const,
        detail,
        savings
      }
    ]
  })
}

/** Throttle, minute-0 and redundant-entry findings of one workflow. */
export function scheduleFindings(model: WorkflowModel, ctx: ScheduleContext): AuditFinding[] {
  const entries = model.schedule.filter(runnable)
  const indexed = model.schedule.flatMap((entry, i) => (runnable(entry) ? [{ entry, i }] : []))
  return [
    ...entries.flatMap(entry => throttleFinding(model, entry, ctx)),
    ...indexed.flatMap(({ entry, i }) => minuteZeroFinding(model, entry, ctx.staggered[i] ?? null)),
    ...redundantEntries(model, entries, ctx)
  ]
}

/** A minute field of 0 (`H`) or a step from 0 (`H/15`): the `H` form that spreads it; undefined for any other. */
function hForm(entry: ScheduleEntry): string | undefined {
  const parsed = parseCron(entry.cron)
  if (!parsed.ok || !parsed.github || !parsed.cron.minutes.includes(0)) return undefined
  const [, ...rest] = entry.cron.trim().split(/ +/)
  const minutes = parsed.cron.minutes
  const step = minutes[1] ?? 60
  const even =
    minutes.every((m, i) => m === i * step) && 60 % step === 0 && minutes.length === 60 / step
  if (minutes.length === 1) return ['H', ...rest].join(' ')
  return even && step >= 5 ? [`H/${step}`, ...rest].join(' ') : undefined
}

/**
 * Every workflow's minute-0 crons moved to staggered minutes, all workflows at once so the minutes differ where they
 * can (the config's `H`, hashed on the path); null where no spread keeps the cron's shape.
 */
export function staggeredCrons(
  models: readonly WorkflowModel[]
): Map<string, Array<string | null>> {
  const forms = models.map(m => ({
    id: m.path,
    schedules: { all: m.schedule.map(e => ({ ...e, cron: hForm(e) ?? e.cron })) }
  }))
  const expanded = expandStagger(forms)
  return new Map(
    expanded.map((w, k) => [
      w.id,
      (w.schedules.all ?? []).map((e, i) => {
        const original = forms[k]?.schedules.all[i]?.cron ?? ''
        return usesH(original) && !usesH(e.cron) ? e.cron : null
      })
    ])
  )
}

/** Workflows on the same schedule and triggers whose jobs run the same steps as an earlier one (by path). */
export function repeatedWorkflows(
  models: readonly WorkflowModel[],
  costOf: (path: string) => RunCost | undefined,
  now: Date
): AuditFinding[] {
  const signature = (m: WorkflowModel) =>
    JSON.stringify([[...m.triggers].sort(), m.jobs.map(j => j.steps.join('\n')).sort()])
  const sorted = [...models].sort((a, b) => (a.path < b.path ? -1 : 1))
  return sorted.flatMap((model, j) => {
    const schedule = model.schedule.filter(runnable)
    if (schedule.length === 0 || model.jobs.every(job => job.steps.length === 0)) return []
    const earlier = sorted
      .slice(0, j)
      .find(
        other =>
          signature(other) === signature(model) &&
          sameSchedule(other.schedule.filter(runnable), schedule)
      )
    if (!earlier) return []
    const detail = {
      scope: 'workflow' as const,
      crons: schedule.map(e => e.cron),
      duplicateOf: earlier.path,
      identical: true
    }
    const savings = savingsOf(runsPer30Days(schedule, now), costOf(model.path))
    return [
      {
        workflow: model.name,
        path: model.path,
        kind: 'duplicate-schedule' as const,
        detail,
        savings
      }
    ]
  })
}
