import { warningText } from './warnings.js'
import { type CostModel } from '../core/forecast/cost-model.js'
import { changedWorkflows } from '../core/schedule/plan.js'
import { type PolicyPlan, type PolicyReport, type TargetReason } from '../core/forecast/policy.js'
import { type PlanCost } from '../core/runs/mode-cost.js'
import { day } from './format.js'
import { modeReasonText } from './reasons.js'
import { DAY_MS } from '../core/usage/period.js'
import { type ModeReason, type Reading } from '../core/usage/usage.js'

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
          explanation: modeReasonText(report.decision.reason),
          projections: report.decision.projections.map(p => ({
            mode: p.mode,
            projected: round(p.projected, 1),
            percent: round(p.share * 100, 1)
          }))
        }
      : {})
  }
}

function targetReasonJson(reason: TargetReason) {
  return {
    ...{ rule: reason.rule, fit: reason.fit, mode: reason.mode, quota: reason.quota },
    ...{ target: reason.target, halfway: reason.halfway },
    ...(reason.dof === undefined ? {} : { dof: reason.dof }),
    ...(reason.tQuantile === undefined ? {} : { tQuantile: round(reason.tQuantile, 3) }),
    projections: reason.projections.map(p => ({
      mode: p.mode,
      projected: round(p.projected, 1),
      standardError: round(p.standardError, 1),
      allowed: round(p.allowed, 4),
      hold: round(p.hold, 4)
    }))
  }
}

/**
 * Why the mode was chosen, as the core's facts: the rule and its figures (pace to 3 places, usage to 1), e.g.
 * `{rule: 'pace-within', pace: 0.762, low: 0.7, high: 1.3}`; the target rule lists every mode's projection and limits.
 */
export function modeReasonJson(reason: ModeReason): object {
  switch (reason.rule) {
    case 'projection-above-quota':
      return { ...reason, projected: round(reason.projected, 1) }
    case 'pace-above':
    case 'pace-below':
    case 'pace-within':
      return { ...reason, pace: round(reason.pace, 3) }
    case 'target':
      return targetReasonJson(reason)
    case 'target-learning':
      return { ...reason, thresholds: modeReasonJson(reason.thresholds) }
    default:
      return reason
  }
}

/**
 * Where `used` comes from and how fresh it is: the source, a billing source's account, and the sample's time — for a
 * billing source the newest usage item's (the figure itself is read at now).
 */
function sampleJson(reading: Reading | undefined, now: Date) {
  const at = reading?.itemAt ?? reading?.at ?? now
  return {
    source: reading?.source ?? 'input',
    ...(reading?.account ? { account: reading.account } : {}),
    sampleAt: at.toISOString(),
    sampleAgeDays: round((now.getTime() - at.getTime()) / DAY_MS, 2)
  }
}

/**
 * The changed workflows' runs, billable minutes and dollars in 30 days before → after, when the runs were observed;
 * minutes and dollars null when a changed workflow has no run with jobs.
 */
function planCostJson(plan: PolicyPlan, cost: PlanCost) {
  const workflows = changedWorkflows(plan).map(w => w.id)
  return { planCost: { workflows, before: { ...cost.before }, after: { ...cost.after } } }
}

/** The machine-readable report (DESIGN §8), also the action's `report` output. */
export function jsonReport(plan: PolicyPlan & { cost?: PlanCost }) {
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
      usagePercent: round(u.usagePercent, 2),
      ...sampleJson(u.reading, plan.now)
    },
    mode: plan.mode,
    ...(plan.inForce
      ? { inForce: { mode: plan.inForce.mode, since: plan.inForce.since?.toISOString() ?? null } }
      : {}),
    modeReason: modeReasonJson(u.modeReason),
    modeReasonText: modeReasonText(u.modeReason),
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
    ...(plan.cost ? planCostJson(plan, plan.cost) : {}),
    ...(plan.policy ? { policy: policyJson(plan.policy), costs: costsJson(plan.policy.costs) } : {})
  }
}
