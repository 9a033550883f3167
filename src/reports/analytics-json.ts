/** The analytics as JSON (DESIGN §10): seconds for times, dollars for cost, minutes for minutes, null for unknowns. */
import { type Analytics, type Totals, type WorkflowFigures } from '../core/runs/analytics.js'
import { type ModeCost } from '../core/runs/mode-cost.js'

/** One workflow's figures in the JSON: the figures the issue names, nothing of the core's working data. */
export type WorkflowJson = Pick<
  WorkflowFigures,
  | 'id'
  | 'path'
  | 'runs'
  | 'runsWithoutJobs'
  | 'byEvent'
  | 'successRate'
  | 'successRateLow'
  | 'successRateHigh'
  | 'queueP50'
  | 'queueP90'
  | 'durationP50'
  | 'durationP90'
  | 'billableMinutes'
  | 'cost'
  | 'schedule'
>

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
