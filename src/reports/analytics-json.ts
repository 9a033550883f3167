/** The analytics as JSON (DESIGN §10): seconds for times, dollars for cost, minutes for minutes, null for unknowns. */
import { type Analytics, type Totals, type WorkflowFigures } from '../core/runs/analytics.js'
import { type ModeCost } from '../core/runs/mode-cost.js'
import { type ScheduleHealth } from '../core/runs/schedule-health.js'

/** One workflow's figures in the JSON. */
export interface WorkflowJson {
  id: string
  path: string
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
  schedule: ScheduleHealth | null
}

/** The `analytics` object of the JSON report; schedule and costPerMode are null without the config. */
export interface AnalyticsJson {
  analytics: {
    window: { from: string; to: string }
    workflows: WorkflowJson[]
    totals: Totals
    costPerMode: Record<string, ModeCost> | null
  }
}

function workflowJson(w: WorkflowFigures): WorkflowJson {
  return {
    id: w.id,
    path: w.path,
    runs: w.runs,
    runsWithoutJobs: w.runsWithoutJobs,
    byEvent: { ...w.byEvent },
    successRate: w.successRate,
    successRateLow: w.successRateLow,
    successRateHigh: w.successRateHigh,
    queueP50: w.queueP50,
    queueP90: w.queueP90,
    durationP50: w.durationP50,
    durationP90: w.durationP90,
    billableMinutes: w.billableMinutes,
    cost: w.cost,
    schedule: w.schedule && { ...w.schedule }
  }
}

/** `{analytics: {window, workflows, totals, costPerMode}}`, exactly. */
export function analyticsJson(analytics: Analytics): AnalyticsJson {
  return {
    analytics: {
      window: { from: analytics.window.from.toISOString(), to: analytics.window.to.toISOString() },
      workflows: analytics.workflows.map(workflowJson),
      totals: { ...analytics.totals },
      costPerMode: analytics.costPerMode && { ...analytics.costPerMode }
    }
  }
}
