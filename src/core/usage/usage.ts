import { type Mode } from '../schedule/schedule.js'
import { DAY_MS, periodAt, type Period } from './period.js'
import type { TargetLearningReason, TargetReason } from '../forecast/policy.js'
import { type BillingSource } from './billing-source.js'

/** A usage reading: how much of the quota had been used at an instant. */
export interface UsageSample {
  at: Date
  used: number
}

export interface Thresholds {
  /** Pace below which the mode is aggressive. */
  aggressiveBelow: number
  /** Pace above which the mode is conservative. */
  conservativeAbove: number
  /** Share of the quota at which the status becomes WARNING. */
  alertAt: number
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  aggressiveBelow: 0.7,
  conservativeAbove: 1.3,
  alertAt: 0.9
}

export type Status = 'SAFE' | 'WARNING' | 'CRITICAL'

export interface UsageInput {
  quota: number
  used: number
  resetDay: number
  now: Date
  history?: readonly UsageSample[]
  thresholds?: Thresholds
  /** A mode forced by the user; it skips the choice but never the status. */
  forcedMode?: Mode
}

/** How the burn rate was measured: from a sample at least 7 days old, or as the period's average. */
export type BurnBasis = { kind: 'history'; sample: UsageSample } | { kind: 'period-average' }

/** Something the reports should point out about the figures. */
export type UsageWarning =
  | { kind: 'correction'; at: Date; sampleUsed: number; used: number }
  | { kind: 'stale-sample'; at: Date; ageDays: number }
  /** `used` was given with a usage source: the figure given wins and the report was not read. */
  | { kind: 'used-overrides-source'; source: BillingSource; used: number }
  /** The billing report had no item for the period: used is 0. */
  | { kind: 'no-usage-items'; source: BillingSource; account: string; since: Date }

/** Where the figure came from and how old it is: given now, the state's latest sample, or a billing report read now. */
export interface Reading {
  at: Date
  ageDays: number
  source: 'input' | 'state' | BillingSource
  /** A billing source's account (`user:NAME`, `org:NAME`). */
  account?: string
  /** A billing source's newest usage item: up to when it counts. */
  itemAt?: Date
}

/** Why the thresholds of DESIGN §3 chose a mode (or that the user forced one): the rule and the figures it compared. */
export type ThresholdReason =
  | { rule: 'forced'; mode: Mode }
  | { rule: 'projection-above-quota'; projected: number; quota: number }
  | { rule: 'pace-above'; pace: number; threshold: number }
  | { rule: 'pace-below'; pace: number; threshold: number }
  | { rule: 'pace-within'; pace: number; low: number; high: number }

/**
 * Why the mode in a usage report is what it is: a threshold rule, or the target policy's choice (whose facts the
 * policy owns; see `TargetReason` and `TargetLearningReason` in core/forecast/policy.ts).
 */
export type ModeReason = ThresholdReason | TargetReason | TargetLearningReason

/** Every usage figure of DESIGN §3 for one instant. */
export interface UsageReport {
  quota: number
  used: number
  remaining: number
  usagePercent: number
  resetDay: number
  period: Period
  burnRate: number
  burnBasis: BurnBasis
  projected: number
  pace: number
  status: Status
  mode: Mode
  /** Why the mode is what it is: facts for the reports to word. */
  modeReason: ModeReason
  forced: boolean
  thresholds: Thresholds
  warnings: UsageWarning[]
  /** Set by the assess-usage use case. */
  reading?: Reading
}

const WEEK_MS = 7 * DAY_MS

/** Samples of the current period up to now; a sample above `used` is a correction and is dropped with a warning. */
function usableSamples(input: UsageInput, period: Period, warnings: UsageWarning[]): UsageSample[] {
  const inPeriod = (input.history ?? []).filter(
    s => s.at.getTime() >= period.start.getTime() && s.at.getTime() <= input.now.getTime()
  )
  return inPeriod.filter(s => {
    if (s.used <= input.used) return true
    warnings.push({ kind: 'correction', at: s.at, sampleUsed: s.used, used: input.used })
    return false
  })
}

/** Burn rate per day: from the newest sample at least 7 days old, else the period's average. */
export function burnRate(input: UsageInput, period: Period, samples: readonly UsageSample[]) {
  const cutoff = input.now.getTime() - WEEK_MS
  const old = samples.filter(s => s.at.getTime() <= cutoff)
  const sample = old.reduce<UsageSample | undefined>(
    (newest, s) => (newest && newest.at.getTime() >= s.at.getTime() ? newest : s),
    undefined
  )
  if (sample) {
    const days = (input.now.getTime() - sample.at.getTime()) / DAY_MS
    return {
      rate: (input.used - sample.used) / days,
      basis: { kind: 'history', sample } as BurnBasis
    }
  }
  return {
    rate: input.used / Math.max(period.elapsedDays, 1),
    basis: { kind: 'period-average' } as BurnBasis
  }
}

function statusOf(used: number, projected: number, quota: number, alertAt: number): Status {
  if (used >= quota || projected > quota) return 'CRITICAL'
  if (projected >= alertAt * quota || used >= alertAt * quota) return 'WARNING'
  return 'SAFE'
}

function chooseMode(pace: number, projected: number, quota: number, t: Thresholds) {
  if (projected > quota)
    return reasoned('conservative', { rule: 'projection-above-quota', projected, quota })
  if (pace > t.conservativeAbove)
    return reasoned('conservative', { rule: 'pace-above', pace, threshold: t.conservativeAbove })
  if (pace < t.aggressiveBelow)
    return reasoned('aggressive', { rule: 'pace-below', pace, threshold: t.aggressiveBelow })
  const [low, high] = [t.aggressiveBelow, t.conservativeAbove]
  return reasoned('normal', { rule: 'pace-within', pace, low, high })
}

function reasoned(mode: Mode, reason: ThresholdReason): { mode: Mode; reason: ThresholdReason } {
  return { mode, reason }
}

/** Computes the period, burn rate, projection, pace, status and mode of DESIGN §3. */
export function assessUsage(input: UsageInput): UsageReport {
  const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS
  const period = periodAt(input.now, input.resetDay)
  const warnings: UsageWarning[] = []
  const burn = burnRate(input, period, usableSamples(input, period, warnings))
  const projected = input.used + burn.rate * period.remainingDays
  const pace = input.used / ((input.quota * Math.max(period.elapsedDays, 1)) / period.days)
  const chosen = chooseMode(pace, projected, input.quota, thresholds)
  return {
    quota: input.quota,
    used: input.used,
    remaining: Math.max(input.quota - input.used, 0),
    usagePercent: (input.used / input.quota) * 100,
    resetDay: input.resetDay,
    period,
    burnRate: burn.rate,
    burnBasis: burn.basis,
    projected,
    pace,
    status: statusOf(input.used, projected, input.quota, thresholds.alertAt),
    mode: input.forcedMode ?? chosen.mode,
    modeReason: input.forcedMode ? { rule: 'forced', mode: input.forcedMode } : chosen.reason,
    forced: input.forcedMode !== undefined,
    thresholds,
    warnings
  }
}
