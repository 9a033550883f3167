/**
 * The target-utilization policy: spend the quota rather than merely stay under it. For each mode it projects the usage
 * at the reset if that mode's crons ran from now on, and picks the most productive mode that stays within the target.
 */
import { type Config, type ManagedWorkflow, type Policy } from './config.js'
import { costsById, fitCostModel, periodSamples, type CostModel } from './cost-model.js'
import { runsBetween } from './cron-occurrences.js'
import { DAY_MS } from './period.js'
import { type Plan } from './plan.js'
import { MODES, sameSchedule, type Mode, type ScheduleEntry } from './schedule.js'
import { type ScheduleChange } from './state.js'
import { type UsageReport, type UsageSample } from './usage.js'

/** Most productive first: the order in which the target policy tries the modes. */
const BY_PRODUCTIVITY: readonly Mode[] = ['aggressive', 'normal', 'conservative']

/** Usage at the reset if a mode's crons ran from now on. */
export interface ModeProjection {
  mode: Mode
  projected: number
  /** Projected usage as a share of the quota. */
  share: number
}

/** The target policy's choice and why. */
export interface TargetDecision {
  mode: Mode
  /** E.g. "normal: projects 1,402 of 1,500 (93%); aggressive would project 1,688 (113%)". */
  reason: string
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
  used: number
  quota: number
  now: Date
  end: Date
}

function count(n: number): string {
  return Math.round(n).toLocaleString('en-US')
}

/** A projection as a whole percentage of the quota: 93%. */
function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

/** A setting as a percentage, keeping a half: 97.5%. */
function level(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`
}

/** used + Σ cost × runs from now to the reset + background × remaining days. */
export function projectMode(mode: Mode, input: ProjectionInput): ModeProjection {
  const remainingDays = Math.max(input.end.getTime() - input.now.getTime(), 0) / DAY_MS
  let projected = input.used + input.backgroundPerDay * remainingDays
  for (const w of input.workflows) {
    projected += (input.costs.get(w.id) ?? 1) * runsBetween(w.schedules[mode], input.now, input.end)
  }
  return { mode, projected, share: projected / input.quota }
}

/**
 * The mode in force keeps its place up to halfway from the target to the quota: once a mode lands near the target, its
 * projection wanders around it day to day, and without this band every wander would open a pull request.
 */
export function holdShare(target: number): number {
  return target + (1 - target) / 2
}

/** Why the chosen mode won: it fits the target, it is the mode in force within the hold share, or nothing fits. */
type Fit = 'fits' | 'kept' | 'none'

function explain(
  chosen: ModeProjection,
  all: readonly ModeProjection[],
  fit: Fit,
  input: { quota: number; target: number }
): string {
  const head = `${chosen.mode}: projects ${count(chosen.projected)} of ${count(input.quota)} (${percent(chosen.share)})`
  if (fit === 'none') return `${head}: no mode stays within the ${level(input.target)} target`
  const hold = holdShare(input.target)
  const why =
    fit === 'kept'
      ? `, kept as the mode in force (under ${level(hold)}, halfway from the ${level(input.target)} target to the quota)`
      : ''
  const better = all[all.indexOf(chosen) - 1]
  if (better)
    return `${head}${why}; ${better.mode} would project ${count(better.projected)} (${percent(better.share)})`
  return `${head}${why || `, within the ${level(input.target)} target`}`
}

/**
 * The most productive mode whose projection is at or under target × quota (for the mode in force: under the hold
 * share); conservative when none is.
 */
export function chooseByTarget(
  input: ProjectionInput,
  target: number,
  inForce?: Mode
): TargetDecision {
  const projections = BY_PRODUCTIVITY.map(mode => projectMode(mode, input))
  const fits = (p: ModeProjection) => p.projected <= target * input.quota
  // Conservative is the floor: there is nothing to keep it against.
  const kept = (p: ModeProjection) =>
    p.mode === inForce &&
    p.mode !== 'conservative' &&
    p.projected <= holdShare(target) * input.quota
  const chosen = projections.find(p => fits(p) || kept(p))
  const fallback = projections[projections.length - 1]!
  const fit: Fit = chosen === undefined ? 'none' : fits(chosen) ? 'fits' : 'kept'
  return {
    mode: (chosen ?? fallback).mode,
    reason: explain(chosen ?? fallback, projections, fit, { quota: input.quota, target }),
    projections
  }
}

/** The mode whose crons every managed workflow has now; undefined when the files match no single mode. */
export function modeInForce(
  workflows: readonly ManagedWorkflow[],
  current: ReadonlyMap<string, readonly ScheduleEntry[]>
): Mode | undefined {
  return MODES.find(mode =>
    workflows.every(w => {
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
}

function targetDecision(input: PolicyInput, costs: CostModel, target: number): TargetDecision {
  const u = input.usage
  if (costs.background === undefined)
    return {
      mode: u.mode,
      reason: `${costs.note ?? 'learning'}: the thresholds choose ${u.mode} (${u.modeReason})`,
      projections: []
    }
  const projection = {
    workflows: input.config.workflows,
    costs: costsById(costs),
    backgroundPerDay: costs.background.perDay,
    used: u.used,
    quota: u.quota,
    now: input.now,
    end: u.period.end
  }
  return chooseByTarget(projection, target, modeInForce(input.config.workflows, input.current))
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
    current: input.current
  })
  if (name === 'thresholds' || input.usage.forced)
    return { usage: input.usage, report: { name, target, costs } }
  const decision = targetDecision(input, costs, target)
  return {
    usage: { ...input.usage, mode: decision.mode, modeReason: decision.reason },
    report: { name, target, costs, decision }
  }
}
