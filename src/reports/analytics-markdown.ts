/**
 * The analytics in the job summary (DESIGN §10 views): one table row per workflow, the cost of each mode, what to look
 * at (runs without jobs, unpriced runner labels, workflows GitHub disabled), and a usage-over-time chart as a Mermaid
 * `xychart-beta` block, which GitHub renders in markdown.
 */
import { type Analytics, type WorkflowFigures } from '../core/runs/analytics.js'
import { type PlanCost } from '../core/runs/mode-cost.js'
import { type ScheduleHealth } from '../core/runs/schedule-health.js'
import { MODES } from '../core/schedule/schedule.js'
import { type UsageReport, type UsageSample } from '../core/usage/usage.js'
import {
  dollars,
  events,
  minutes,
  pair,
  planCostLine,
  rateWithInterval,
  seconds,
  UNKNOWN
} from './analytics-format.js'
import { count, day } from './format.js'

function scheduleCell(s: ScheduleHealth | null): string {
  if (s === null) return UNKNOWN
  const late = s.started > 0 ? `, late ${pair(seconds(s.lateP50), seconds(s.lateP90))}` : ''
  return `${s.started}/${s.expected} started, ${s.dropped} dropped${late}`
}

function workflowRow(w: WorkflowFigures): string {
  const cells = [
    w.id === w.path ? `\`${w.path}\`` : `${w.id} (\`${w.path}\`)`,
    count(w.runs),
    count(w.runsWithoutJobs),
    events(w.byEvent),
    rateWithInterval(w.successRate, w.successRateLow, w.successRateHigh),
    pair(seconds(w.queueP50), seconds(w.queueP90)),
    pair(seconds(w.durationP50), seconds(w.durationP90)),
    minutes(w.billableMinutes),
    dollars(w.cost),
    scheduleCell(w.schedule)
  ]
  return `| ${cells.join(' | ')} |`
}

/** One row per workflow and a total: runs, events, success, queue and duration p50 / p90, minutes, cost, schedule. */
export function analyticsTable(analytics: Analytics): string {
  const { totals } = analytics
  const total = [
    '**total**',
    count(totals.runs),
    '',
    '',
    '',
    '',
    '',
    minutes(totals.billableMinutes)
  ]
  return [
    '| Workflow | Runs | Without jobs | Events | Success (95% interval) | Queue p50 / p90 | Duration p50 / p90 | Billable minutes | Cost | Schedule |',
    '|---|--:|--:|---|---|---|---|--:|--:|---|',
    ...analytics.workflows.map(workflowRow),
    `| ${[...total, dollars(totals.cost), ''].join(' | ')} |`
  ].join('\n')
}

/** Each mode's runs, minutes and dollars a month; empty without the config. */
export function costPerModeTable(analytics: Analytics): string {
  const modes = analytics.costPerMode
  if (modes === null) return ''
  const rows = MODES.map(mode => {
    const m = modes[mode]
    return `| ${mode} | ${count(m.runs)} | ${minutes(m.billableMinutes)} | ${dollars(m.cost)} |`
  })
  return ['| Mode | Runs / 30 days | Billable minutes | Cost |', '|---|--:|--:|--:|', ...rows].join(
    '\n'
  )
}

/** The facts a reader should act on, as sentences; none when all is well. */
export function analyticsNotes(analytics: Analytics): string[] {
  return analytics.workflows.flatMap(w => {
    const notes: string[] = []
    if (w.disabledForInactivity)
      notes.push(
        `${w.id}: GitHub disabled this workflow for inactivity — re-enable it to run it again`
      )
    if (w.runsWithoutJobs > 0)
      notes.push(
        `${w.id}: ${w.runsWithoutJobs} run${w.runsWithoutJobs === 1 ? '' : 's'} without recorded jobs — their queue, minutes and cost are unknown and left out`
      )
    for (const labels of w.unknownLabels)
      notes.push(
        `${w.id}: runner labels '${labels || '(none)'}' name no runner GitHub prices — priced as linux`
      )
    return notes
  })
}

/** What the usage chart draws: the period's samples, the projection at the reset, and the quota. */
export interface UsageChartInput {
  samples: readonly UsageSample[]
  quota: number
  projection?: UsageSample
  title?: string
}

function axisMax(values: readonly number[]): number {
  const top = Math.max(...values, 1) * 1.1
  const step = 10 ** Math.floor(Math.log10(top))
  return Math.ceil(top / step) * step
}

/** The last sample of each day, oldest first: the chart's x axis is days. */
function dailySamples(samples: readonly UsageSample[]): UsageSample[] {
  const byDay = new Map<string, UsageSample>()
  const sorted = [...samples].sort((a, b) => a.at.getTime() - b.at.getTime())
  for (const sample of sorted) byDay.set(day(sample.at), sample)
  return [...byDay.values()]
}

/**
 * A Mermaid `xychart-beta` block of usage over the period: used so far, the straight line from the last sample to the
 * projection at the reset, and the quota. Empty without samples.
 */
export function usageChart(input: UsageChartInput): string {
  const samples = dailySamples(input.samples)
  const last = samples.at(-1)
  if (last === undefined) return ''
  const points = input.projection ? [...samples, input.projection] : samples
  const labels = points.map(p => `"${day(p.at).slice(5)}"`)
  const used = samples.map(s => Math.round(s.used))
  const projected = points.map(p => Math.round(p.used))
  const top = axisMax([input.quota, ...points.map(p => p.used)])
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${(input.title ?? 'Usage this period').replace(/"/g, "'")}"`,
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "Used" 0 --> ${top}`,
    ...(input.projection ? [`    line [${projected.join(', ')}]`] : []),
    `    line [${used.join(', ')}]`,
    `    line [${points.map(() => Math.round(input.quota)).join(', ')}]`,
    '```',
    `_Lines: used so far${input.projection ? ', projected to the reset' : ''}, and the quota (${count(input.quota)})._`
  ].join('\n')
}

/**
 * The plan's cost for the PR body and the job summary: "**Cost** — this change: 1,440 → 480 runs a month, 2,880 → 960
 * minutes, $17.28 → $5.76 …"; nothing when no runs were observed or nothing changes.
 */
export function planCostLines(plan: {
  cost?: PlanCost
  workflows: ReadonlyArray<{ changed: boolean }>
}) {
  if (!plan.cost || !plan.workflows.some(w => w.changed)) return []
  const line = planCostLine(plan.cost.before, plan.cost.after)
  return [
    `**Cost** — ${line} (the changed workflows, at the billable minutes and dollars a run of each was observed to use)`,
    ''
  ]
}

/**
 * The job summary's usage section: a chart of the period's readings, the projection at the reset and the quota;
 * empty without readings.
 */
export function planUsageChart(plan: {
  usage: UsageReport
  samples?: readonly UsageSample[]
}): string {
  const u = plan.usage
  const chart = usageChart({
    samples: plan.samples ?? [],
    quota: u.quota,
    projection: { at: u.period.end, used: u.projected },
    title: `Usage this period (resets ${day(u.period.end)})`
  })
  return chart ? `### Usage this period\n\n${chart}` : ''
}

/** The job summary's analytics section: the window, the table, the cost of each mode, and the notes. */
export function analyticsMarkdown(analytics: Analytics): string {
  const { from, to } = analytics.window
  const modes = costPerModeTable(analytics)
  const notes = analyticsNotes(analytics)
  return [
    `### Runs from ${day(from)} to ${day(to)}`,
    '',
    analyticsTable(analytics),
    ...(modes ? ['', '#### Cost of each mode (30 days)', '', modes] : []),
    ...(notes.length > 0 ? ['', ...notes.map(n => `- ${n}`)] : [])
  ].join('\n')
}
