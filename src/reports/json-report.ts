import { changedWorkflows, type Plan } from '../core/plan.js'
import { day } from './format.js'

function cronList(entries: ReadonlyArray<{ cron: string }>): string[] {
  return entries.map(e => e.cron)
}

/** The machine-readable report (DESIGN §8), also the action's `report` output. */
export function jsonReport(plan: Plan) {
  const u = plan.usage
  const round = (n: number, digits: number) => Number(n.toFixed(digits))
  return {
    usage: {
      quota: u.quota,
      used: u.used,
      resetDate: day(u.period.end),
      daysUntilReset: round(u.period.remainingDays, 2),
      burnRate: round(u.burnRate, 2),
      projected: round(u.projected, 1),
      pace: round(u.pace, 3),
      status: u.status,
      usagePercent: round(u.usagePercent, 2)
    },
    mode: plan.mode,
    modeReason: u.modeReason,
    changes: changedWorkflows(plan).map(w => ({
      workflow: w.id,
      path: w.path,
      from: cronList(w.from),
      to: cronList(w.to)
    })),
    workflows: plan.workflows.map(w => ({
      workflow: w.id,
      path: w.path,
      crons: cronList(w.to),
      runsPer30DaysBefore: w.runsBefore,
      runsPer30DaysAfter: w.runsAfter
    })),
    warnings: u.warnings
  }
}
