import { warningText } from './warnings.js'
import { type CostModel } from '../core/forecast/cost-model.js'
import { changedWorkflows } from '../core/schedule/plan.js'
import { type PolicyPlan, type PolicyReport } from '../core/forecast/policy.js'
import { day } from './format.js'

const round = (n: number, digits: number) => Number(n.toFixed(digits))

function cronList(entries: ReadonlyArray<{ cron: string }>): string[] {
  return entries.map(e => e.cron)
}

/** The cost model as JSON: every figure rounded, the standard errors beside the estimates. */
export function costsJson(costs: CostModel) {
  return {
    status: costs.status,
    samples: costs.samples,
    shape: costs.shape,
    ...(costs.note ? { note: costs.note } : {}),
    perRun: costs.workflows.map(w => ({
      workflow: w.workflow,
      cost: round(w.costPerRun, 3),
      ...(w.standardError === undefined ? {} : { standardError: round(w.standardError, 3) }),
      source: w.source
    })),
    ...(costs.background
      ? {
          backgroundPerDay: round(costs.background.perDay, 2),
          backgroundStandardError: round(costs.background.standardError, 2)
        }
      : {})
  }
}

function policyJson(report: PolicyReport) {
  return {
    name: report.name,
    target: report.target,
    ...(report.decision
      ? {
          explanation: report.decision.reason,
          projections: report.decision.projections.map(p => ({
            mode: p.mode,
            projected: round(p.projected, 1),
            percent: round(p.share * 100, 1)
          }))
        }
      : {})
  }
}

/** The machine-readable report (DESIGN §8), also the action's `report` output. */
export function jsonReport(plan: PolicyPlan) {
  const u = plan.usage
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
    warnings: u.warnings.map(warningText),
    ...(plan.policy ? { policy: policyJson(plan.policy), costs: costsJson(plan.policy.costs) } : {})
  }
}
