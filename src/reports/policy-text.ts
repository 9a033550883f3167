/** Words for the cost model and the policy, shared by every view (text report, job summary, JSON notes). */
import { MIN_SAMPLES, type CostModel, type WorkflowCost } from '../core/forecast/cost-model.js'
import { type PolicyReport } from '../core/forecast/policy.js'

/** Two decimals below 10, one above: 1.96 a run, 12.4 a day. */
export function figure(n: number): string {
  return Math.abs(n) < 10 ? n.toFixed(2) : n.toFixed(1)
}

/** A value and its standard error at the value's precision: 1.96 ± 0.12, 11.6 ± 1.4. */
function withError(value: number, error: number | undefined): string {
  const digits = Math.abs(value) < 10 ? 2 : 1
  return error === undefined ? figure(value) : `${value.toFixed(digits)} ± ${error.toFixed(digits)}`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function listed(costs: readonly WorkflowCost[]): string {
  return costs.map(c => `${c.workflow} ${withError(c.costPerRun, c.standardError)}`).join(', ')
}

/**
 * The cost per run, e.g. "1.96 ± 0.12 (learned from 14 samples, shared by 6 workflows)"; while learning, what the
 * projections assume until there is enough history.
 */
export function costPerRunText(costs: CostModel): string {
  const declared = costs.workflows.filter(c => c.source === 'declared')
  const observed = costs.workflows.filter(c => c.source === 'observed')
  const learned = costs.workflows.filter(c => c.source === 'learned')
  const parts: string[] = []
  if (costs.status === 'learning') {
    const assumed = costs.workflows.filter(c => c.source === 'default').length
    parts.push(`${costs.note ?? `learning (${costs.samples} of ${MIN_SAMPLES} samples)`}`)
    if (assumed > 0)
      parts.push(`${plural(assumed, 'workflow')} without a declared cost count 1 a run`)
  } else if (costs.shape === 'shared' && learned[0]) {
    const c = learned[0]
    parts.push(
      `${withError(c.costPerRun, c.standardError)} (learned from ${costs.samples} samples, shared by ${plural(learned.length, 'workflow')})`
    )
  } else if (learned.length > 0) {
    parts.push(`learned from ${costs.samples} samples: ${listed(learned)}`)
  }
  if (observed.length > 0)
    parts.push(`observed billable minutes a run (from the jobs): ${listed(observed)}`)
  if (declared.length > 0) parts.push(`declared: ${listed(declared)}`)
  return parts.join('; ')
}

/**
 * The background rate, e.g. "9.8 ± 1.1 a day", or "19.6 ± 1.2 a weekday, 5.1 ± 1.9 a weekend day" once Saturdays and
 * Sundays have a rate of their own; undefined while the model is learning.
 */
export function backgroundText(costs: CostModel): string | undefined {
  const b = costs.background
  if (b === undefined) return undefined
  if (b.weekend === undefined) return `${withError(b.perDay, b.standardError)} a day`
  const weekend = withError(b.weekend.perDay, b.weekend.standardError)
  return `${withError(b.perDay, b.standardError)} a weekday, ${weekend} a weekend day`
}

/** The policy in force, e.g. "target (95% of the quota by the reset; up to the quota as the projection firms up)". */
export function policyText(report: PolicyReport): string {
  return report.name === 'target'
    ? `target (${Math.round(report.target * 100)}% of the quota by the reset; up to the quota as the projection firms up)`
    : 'thresholds (pace)'
}

/** Whether a view should show the cost model: always under the target policy, otherwise once history allows. */
export function showsCosts(report: PolicyReport | undefined): report is PolicyReport {
  return report !== undefined && (report.name === 'target' || report.costs.status === 'learned')
}
