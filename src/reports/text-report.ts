import { warningText } from './warnings.js'
import { type PolicyPlan } from '../core/forecast/policy.js'
import {
  count,
  crons,
  day,
  decimal,
  MODE_ICON,
  STATUS_ICON,
  STATUS_TEXT,
  usageBar
} from './format.js'
import { backgroundText, costPerRunText, policyText, showsCosts } from './policy-text.js'
import { modeReasonText } from './reasons.js'
import { usageSourceText } from './usage-source.js'

const RULE = '='.repeat(70)

function pad(label: string): string {
  return label.padEnd(19)
}

/** The mode the base branch carries, beside the one recommended. */
function inForceLines(plan: PolicyPlan): string[] {
  if (!plan.inForce) return []
  const { mode, since } = plan.inForce
  if (!mode) return [`   Mode in Force: none (the workflows match no single mode)`]
  return [`   Mode in Force: ${mode.toUpperCase()}${since ? ` since ${day(since)}` : ''}`]
}

function workflowLines(plan: PolicyPlan): string[] {
  const width = Math.max(...plan.workflows.map(w => w.id.length))
  return plan.workflows.map(w => {
    const change = w.changed
      ? `   (now ${crons(w.from)}; ${w.runsBefore} → ${w.runsAfter} runs/30d)`
      : '   (unchanged)'
    return `  • ${`${w.id}:`.padEnd(width + 1)} ${crons(w.to)}${change}`
  })
}

/** The policy and, when history allows, the learned cost per run and background rate. */
function policyLines(plan: PolicyPlan): string[] {
  const report = plan.policy
  if (!showsCosts(report)) return []
  const background = backgroundText(report.costs)
  return [
    `🧮 ${'Cost Per Run:'.padEnd(17)}${costPerRunText(report.costs)}`,
    ...(background ? [`${pad('Background:')}${background} outside the managed workflows`] : []),
    `${pad('Policy:')}${policyText(report)}`,
    ''
  ]
}

/** ` (premium requests of user:octocat from the billing report, …)` for a billing source's figure. */
function fromSource(usage: PolicyPlan['usage']): string {
  const text = usageSourceText(usage.reading)
  return text ? ` (${text})` : ''
}

/** The original tracker's status report (seeds/000), for a person at a terminal. */
export function renderTextReport(plan: PolicyPlan): string {
  const u = plan.usage
  const basis =
    u.burnBasis.kind === 'history'
      ? `since ${u.burnBasis.sample.at.toISOString()}`
      : 'period average'
  return [
    RULE,
    '🤖 Dynamic Workflow Orchestrator',
    RULE,
    '',
    `📊 Usage: ${usageBar(u.usagePercent)} ${decimal(u.usagePercent)}%`,
    '',
    `${pad('Total Quota:')}${count(u.quota)} requests`,
    `${pad('Used:')}${count(u.used)} requests${fromSource(u)}`,
    `${pad('Remaining:')}${count(u.remaining)} requests`,
    '',
    `📅 ${'Reset Date:'.padEnd(17)}${day(u.period.end)}`,
    `${pad('Days Until Reset:')}${decimal(u.period.remainingDays)} days`,
    '',
    `🔥 ${'Burn Rate:'.padEnd(17)}${decimal(u.burnRate)} requests/day (${basis})`,
    `${pad('Projected Usage:')}${count(u.projected)} requests`,
    `${pad('Pace:')}${u.pace.toFixed(2)} × an even spend`,
    '',
    ...policyLines(plan),
    `${STATUS_ICON[u.status]} Status: ${STATUS_TEXT[u.status]}`,
    '',
    `${MODE_ICON[plan.mode]} ${u.forced ? 'Mode' : 'Recommended Mode'}: ${plan.mode.toUpperCase()} — ${modeReasonText(u.modeReason)}`,
    ...inForceLines(plan),
    ...u.warnings.map(w => `⚠️  ${warningText(w)}`),
    '',
    `📋 ${u.forced ? '' : 'Recommended '}Workflow Frequencies:`,
    ...workflowLines(plan),
    '',
    RULE
  ].join('\n')
}
