/**
 * The target-utilization policy: spend the quota rather than merely stay under it. For each mode it projects the usage
 * at the reset if that mode's crons ran from now on, and picks the most productive mode that stays within the target —
 * or, once the projection is firm, within the quota less its margin of error.
 */
import { type Config, type ManagedWorkflow, type Policy } from '../schedule/config.js'
import {
  costsById,
  fitCostModel,
  periodSamples,
  projectionError,
  weekendDays,
  type CostModel,
  type ProjectionSpread
} from './cost-model.js'
import { runsBetween } from '../cron/occurrences.js'
import { tQuantile95 } from './least-squares.js'
import { budgetedQuota } from '../usage/budgets.js'
import { DAY_MS } from '../usage/period.js'
import { type Plan } from '../schedule/plan.js'
import { MODES, sameSchedule, type Mode, type ScheduleEntry } from '../schedule/schedule.js'
import { type ScheduleChange } from '../state/state.js'
import { type ModeReason, type UsageReport, type UsageSample } from '../usage/usage.js'

/** Most productive first: the order in which the target policy tries the modes. */
const BY_PRODUCTIVITY: readonly Mode[] = ['aggressive', 'normal', 'conservative']

/** Usage at the reset if a mode's crons ran from now on. */
export interface Projection {
  mode: Mode
  projected: number
  /** Projected usage as a share of the quota. */
  share: number
  /** Standard error of the projection; 0 when the cost model gives none. */
  standardError: number
}

/** A projection and the shares of the quota it may reach to be chosen, and to stay chosen as the mode in force. */
export interface ModeProjection extends Projection {
  allowed: number
  hold: number
}

/** Why the chosen mode won: it fits its allowance, it is the mode in force within its hold, or nothing fits. */
export type TargetFit = 'fits' | 'kept' | 'none'

/** Why the target policy chose a mode: how it fit, and every figure the reports need to say so. */
export interface TargetReason {
  rule: 'target'
  fit: TargetFit
  /** The mode chosen; conservative when nothing fits. */
  mode: Mode
  quota: number
  /** The quota aimed under is a period budget tighter than the quota (DESIGN §13). */
  budgeted?: boolean
  /** The target share of the quota. */
  target: number
  /** The hold share without a trustworthy standard error: halfway from the target to the quota (`holdShare`). */
  halfway: number
  /** The cost model's spare intervals, when it has a spread. */
  dof?: number
  /** The 95% t-quantile the allowances use; absent while the standard errors are not trusted. */
  tQuantile?: number
  /** Every mode's projection and limits, most productive first. */
  projections: readonly ModeProjection[]
}

/** While the cost model is learning, the threshold mode stands: the model's note and the thresholds' own reason. */
export interface TargetLearningReason {
  rule: 'target-learning'
  /** The cost model's note, or 'learning'. */
  note: string
  mode: Mode
  thresholds: ModeReason
}

/** The target policy's choice and why. */
export interface TargetDecision {
  mode: Mode
  reason: TargetReason | TargetLearningReason
  /** Empty while the cost model is learning (the threshold mode stands). */
  projections: ModeProjection[]
}

/** Everything the reports show about the policy: which one ran, the cost model, and the target choice if made. */
export interface PolicyReport {
  name: Policy
  target: number
  costs: CostModel
  decision?: TargetDecision
}

/** A plan with what the policy saw and chose; `policy` is absent only on plans built without the engine. */
export type PolicyPlan = Plan & { policy?: PolicyReport }

/** What the projection needs besides the mode. */
export interface ProjectionInput {
  workflows: readonly ManagedWorkflow[]
  costs: ReadonlyMap<string, number>
  backgroundPerDay: number
  /** The background on Saturdays and Sundays (UTC), when the cost model learned a rate of their own. */
  weekendPerDay?: number
  used: number
  quota: number
  now: Date
  end: Date
  /** The cost model's uncertainty; without it a projection has no standard error and the target is all it may reach. */
  spread?: ProjectionSpread
}

/** used + Σ cost × runs from now to the reset + background × remaining days (weekend days at their own rate). */
export function projectMode(mode: Mode, input: ProjectionInput): Projection {
  const days = Math.max(input.end.getTime() - input.now.getTime(), 0) / DAY_MS
  const weekend = weekendDays(input.now, input.end)
  const weekendRate = input.weekendPerDay ?? input.backgroundPerDay
  let projected = input.used + input.backgroundPerDay * (days - weekend) + weekendRate * weekend
  const runs = new Map<string, number>()
  for (const w of input.workflows) {
    runs.set(w.id, runsBetween(w.schedules[mode], input.now, input.end))
    projected += (input.costs.get(w.id) ?? 1) * runs.get(w.id)!
  }
  const standardError = input.spread ? projectionError(input.spread, runs, days, weekend) : 0
  return { mode, projected, share: projected / input.quota, standardError }
}

/**
 * Fewer spare intervals than this in the cost model's fit and its standard errors are themselves guesses: a projection
 * may then reach the target and no more.
 */
export const MIN_DEGREES_OF_FREEDOM = 4

/**
 * The mode in force keeps its place up to halfway from the target to the quota: once a mode lands near the target, its
 * projection wanders around it day to day, and without this band every wander would open a pull request.
 */
export function holdShare(target: number): number {
  return target + (1 - target) / 2
}

/**
 * How far a projection may go. To be chosen: the target, raised to the quota less its 95% margin (t × standard error)
 * once that is higher — the margin shrinks with the days left, and a policy that decides again every day can spend
 * what a firm projection shows. To stay chosen as the mode in force: the hold share, raised to the quota less half a
 * standard error. Never above the quota; without a trustworthy standard error, the target and the hold share.
 */
export function limits(
  target: number,
  projection: Projection,
  quota: number,
  dof?: number
): { allowed: number; hold: number } {
  const plain = { allowed: target, hold: holdShare(target) }
  if (dof === undefined || dof < MIN_DEGREES_OF_FREEDOM) return plain
  const se = projection.standardError / quota
  return {
    allowed: Math.max(plain.allowed, 1 - tQuantile95(dof) * se),
    hold: Math.max(plain.hold, 1 - se / 2)
  }
}

/**
 * The most productive mode whose projection is within its allowance (for the mode in force: within its hold); see
 * `limits`. Conservative when none is.
 */
export function chooseByTarget(
  input: ProjectionInput,
  target: number,
  inForce?: Mode
): TargetDecision {
  const dof = input.spread?.dof
  const projections = BY_PRODUCTIVITY.map((mode): ModeProjection => {
    const p = projectMode(mode, input)
    return { ...p, ...limits(target, p, input.quota, dof) }
  })
  const fits = (p: ModeProjection) => p.projected <= p.allowed * input.quota
  // Conservative is the floor: there is nothing to keep it against.
  const kept = (p: ModeProjection) =>
    p.mode === inForce && p.mode !== 'conservative' && p.projected <= p.hold * input.quota
  const chosen = projections.find(p => fits(p) || kept(p))
  const mode = (chosen ?? projections[projections.length - 1]!).mode
  const fit: TargetFit = chosen === undefined ? 'none' : fits(chosen) ? 'fits' : 'kept'
  const trusted = dof !== undefined && dof >= MIN_DEGREES_OF_FREEDOM
  const reason: TargetReason = {
    ...{ rule: 'target', fit, mode, quota: input.quota, target, halfway: holdShare(target) },
    ...(dof === undefined ? {} : { dof }),
    ...(trusted ? { tQuantile: tQuantile95(dof) } : {}),
    projections
  }
  return { mode, reason, projections }
}

/** The mode whose crons every managed workflow has now; undefined when the files match no single mode. */
export function modeInForce(
  workflows: readonly ManagedWorkflow[],
  current: ReadonlyMap<string, readonly ScheduleEntry[]>
): Mode | undefined {
  // A dispatched workflow whose file handed its crons to the orchestrator (DESIGN §12) shows no mode.
  const voting = workflows.filter(w => !(w.via === 'dispatch' && current.get(w.id)?.length === 0))
  if (voting.length === 0) return undefined
  return MODES.find(mode =>
    voting.every(w => {
      const now = current.get(w.id)
      return now !== undefined && sameSchedule(now, w.schedules[mode])
    })
  )
}

/** What a run knows when it picks the mode. */
export interface PolicyInput {
  usage: UsageReport
  config: Config
  /** The policy asked for by the input or flag; undefined takes the config's. */
  policy?: Policy
  history: readonly UsageSample[]
  changes: readonly ScheduleChange[]
  /** The schedule each workflow (by id) has in its file now. */
  current: ReadonlyMap<string, readonly ScheduleEntry[]>
  /** The reading the usage report is based on (at now, or the state's latest sample when no figure was given). */
  reading: UsageSample
  now: Date
  /** Cost per run observed from the jobs, by workflow id (usage in Actions minutes): not fitted, not the config's. */
  observed?: ReadonlyMap<string, number>
}

function targetDecision(input: PolicyInput, costs: CostModel, target: number): TargetDecision {
  const u = input.usage
  if (costs.background === undefined)
    return {
      mode: u.mode,
      reason: {
        rule: 'target-learning',
        note: costs.note ?? 'learning',
        mode: u.mode,
        thresholds: u.modeReason
      },
      projections: []
    }
  const quota = budgetedQuota(u.quota, input.config.budgets)
  const projection = {
    workflows: input.config.workflows,
    costs: costsById(costs),
    backgroundPerDay: costs.background.perDay,
    ...(costs.background.weekend ? { weekendPerDay: costs.background.weekend.perDay } : {}),
    used: u.used,
    // A period budget in the quota's unit below the quota is what the policy aims under (DESIGN §13).
    quota,
    now: input.now,
    end: u.period.end,
    ...(costs.spread ? { spread: costs.spread } : {})
  }
  const decision = chooseByTarget(
    projection,
    target,
    modeInForce(input.config.workflows, input.current)
  )
  if (quota >= u.quota) return decision
  return { ...decision, reason: { ...(decision.reason as TargetReason), budgeted: true } }
}

/**
 * Fits the cost model and, under the target policy, replaces the threshold mode with the target choice. A forced mode
 * stands under either policy; the status is the usage report's, whichever policy chose the mode.
 */
export function applyPolicy(input: PolicyInput): { usage: UsageReport; report: PolicyReport } {
  const name = input.policy ?? input.config.policy
  const target = input.config.target
  const costs = fitCostModel({
    workflows: input.config.workflows,
    samples: periodSamples(input.history, input.reading, input.usage.period),
    changes: input.changes,
    current: input.current,
    ...(input.observed ? { observed: input.observed } : {})
  })
  if (name === 'thresholds' || input.usage.forced)
    return { usage: input.usage, report: { name, target, costs } }
  const decision = targetDecision(input, costs, target)
  return {
    usage: { ...input.usage, mode: decision.mode, modeReason: decision.reason },
    report: { name, target, costs, decision }
  }
}
