/** Words for why a mode was chosen, from the facts the core returns; every view says it the same way. */
import { type ModeProjection, type TargetReason } from '../core/forecast/policy.js'
import { type ModeReason } from '../core/usage/usage.js'
import { count } from './format.js'

/** A projection as a whole percentage of the quota: 93%. */
function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

/** A setting as a percentage, keeping a half: 97.5%. */
function level(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`
}

/** The target when the projection is within it; otherwise the allowance it needed. */
function within(p: ModeProjection, r: TargetReason): string {
  if (p.projected <= r.target * r.quota || r.tQuantile === undefined)
    return `within the ${level(r.target)} target`
  const t = Number(r.tQuantile.toFixed(2))
  return `within the ${level(p.allowed)} allowed (the quota less ${t} standard errors of ${count(p.standardError)})`
}

function keptText(p: ModeProjection, r: TargetReason): string {
  const why =
    p.hold === r.halfway
      ? `halfway from the ${level(r.target)} target to the quota`
      : `the quota less half its standard error of ${count(p.standardError)}`
  return `, kept as the mode in force (under ${level(p.hold)}, ${why})`
}

function noneFits(head: string, r: TargetReason): string {
  if (r.projections.every(p => p.allowed === r.target))
    return `${head}: no mode stays within the ${level(r.target)} target`
  const allowed = r.projections.map(p => `${p.mode} ${level(p.allowed)}`).join(', ')
  return `${head}: no mode stays within what it is allowed (${allowed})`
}

/**
 * The target policy's choice, e.g. "normal: projects 1,402 of 1,500 (93%); aggressive would project 1,688 (113%)":
 * the mode's projection, why it won, and what the next more productive mode would have projected.
 */
export function targetReasonText(r: TargetReason): string {
  const index = r.projections.findIndex(p => p.mode === r.mode)
  const chosen = r.projections[index]!
  const of = r.budgeted ? `the ${count(r.quota)} period budget` : count(r.quota)
  const head = `${chosen.mode}: projects ${count(chosen.projected)} of ${of} (${percent(chosen.share)})`
  if (r.fit === 'none') return noneFits(head, r)
  const why = r.fit === 'kept' ? keptText(chosen, r) : ''
  const better = r.projections[index - 1]
  if (!better) return `${head}${why || `, ${within(chosen, r)}`}`
  const over = better.allowed === r.target ? '' : `, over the ${level(better.allowed)} allowed`
  return `${head}${why}; ${better.mode} would project ${count(better.projected)} (${percent(better.share)})${over}`
}

/** Why the mode is what it is, e.g. "pace 0.76 is within 0.7–1.3" or "forced to aggressive". */
export function modeReasonText(reason: ModeReason): string {
  switch (reason.rule) {
    case 'forced':
      return `forced to ${reason.mode}`
    case 'projection-above-quota':
      return `projected ${count(reason.projected)} exceeds the quota of ${count(reason.quota)}`
    case 'pace-above':
      return `pace ${reason.pace.toFixed(2)} is above ${reason.threshold}`
    case 'pace-below':
      return `pace ${reason.pace.toFixed(2)} is below ${reason.threshold}: quota to spare`
    case 'pace-within':
      return `pace ${reason.pace.toFixed(2)} is within ${reason.low}–${reason.high}`
    case 'target':
      return targetReasonText(reason)
    case 'target-learning':
      return `${reason.note}: the thresholds choose ${reason.mode} (${modeReasonText(reason.thresholds)})`
  }
}
