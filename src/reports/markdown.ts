import { warningText } from './warnings.js'
import { describeEntry } from '../core/cron/cron.js'
import { changedWorkflows, type WorkflowPlan } from '../core/schedule/plan.js'
import { type ScheduleEntry } from '../core/schedule/schedule.js'
import { type PolicyPlan } from '../core/forecast/policy.js'
import { type PlanCost } from '../core/runs/mode-cost.js'
import { DAY_MS } from '../core/usage/period.js'
import { NOTHING_PAUSED, type Paused } from '../core/usage/paused.js'
import { type Reading, type Status, type UsageSample } from '../core/usage/usage.js'
import { type Thread } from '../ports/threads.js'
import { backgroundText, costPerRunText, policyText, showsCosts } from './policy-text.js'
import { modeReasonText } from './reasons.js'
import { usageSourceText } from './usage-source.js'
import { renderDiff } from './diff.js'
import { count, day, decimal, MODE_ICON, STATUS_ICON, STATUS_TEXT, usageBar } from './format.js'
import { deliveryLines, waitingSuffix, type DeliveryFacts } from './delivery-lines.js'
import { consolidationLines } from './consolidation-lines.js'
import { planCostLines } from './analytics-markdown.js'
import { alertTitle, pausesSection, statusMarkers, usageTitle } from './pause-report.js'

/** A plan as the views read it: with, when the run had them, the cost of the change and the period's readings. */
export type ReportPlan = PolicyPlan & { cost?: PlanCost; samples?: readonly UsageSample[] }

/** Hidden markers that let later runs find their own pull request and alert issue. */
export const PULL_MARKER = '<!-- dynamic-workflow-orchestrator:schedules -->'
export const ALERT_MARKER = '<!-- dynamic-workflow-orchestrator:alert -->'
const STATUS_MARKER = /<!-- orchestrator-status: (SAFE|WARNING|CRITICAL) -->/

/** GitHub refuses bodies over 65,536 characters; cut at a line boundary below that. */
export const BODY_LIMIT = 65_536

/** Cuts a body at the last line that fits, saying so. */
export function fitBody(body: string, limit = BODY_LIMIT): string {
  if (body.length <= limit) return body
  const note = '\n\n_…cut to fit GitHub’s size limit; the full diff is in the job summary._\n'
  const cut = body.lastIndexOf('\n', limit - note.length)
  return body.slice(0, Math.max(cut, 0)) + note
}

/** The status recorded in an alert issue's body by an earlier run. */
export function recordedStatus(body: string): string | undefined {
  return STATUS_MARKER.exec(body)?.[1]
}

function schedule(entries: readonly ScheduleEntry[]): string {
  return entries
    .map(
      e =>
        `\`${e.cron}\`${e.timezone ? ` (${e.timezone})` : ''} — ${describeEntry({ cron: e.cron })}`
    )
    .join('<br>')
}

function policyRows(plan: PolicyPlan): string[] {
  if (!showsCosts(plan.policy)) return []
  const background = backgroundText(plan.policy.costs)
  return [
    `| Cost per run | ${costPerRunText(plan.policy.costs)} |`,
    ...(background ? [`| Background | ${background} outside the managed workflows |`] : []),
    `| Policy | ${policyText(plan.policy)} |`
  ]
}

const fromSource = (reading: Reading | undefined) => {
  const text = usageSourceText(reading)
  return text ? ` — ${text}` : ''
}

function usageTable(plan: PolicyPlan): string {
  const u = plan.usage
  return [
    '| | |',
    '|---|---|',
    `| Usage | \`${usageBar(u.usagePercent, 30)}\` ${decimal(u.usagePercent)}% |`,
    `| Quota | ${count(u.quota)} |`,
    `| Used | ${count(u.used)} (${count(u.remaining)} remaining)${fromSource(u.reading)} |`,
    `| Reset | ${day(u.period.end)}, in ${decimal(u.period.remainingDays)} days |`,
    `| Burn rate | ${decimal(u.burnRate)} a day (${u.burnBasis.kind === 'history' ? `since the sample of ${day(u.burnBasis.sample.at)}` : 'period average'}) |`,
    `| Projected at reset | ${count(u.projected)} (${decimal((u.projected / u.quota) * 100)}% of the quota) |`,
    `| Pace | ${u.pace.toFixed(2)} × an even spend |`,
    `| Status | ${STATUS_ICON[u.status]} ${STATUS_TEXT[u.status]} |`,
    `| Mode | ${MODE_ICON[plan.mode]} **${plan.mode}** — ${modeReasonText(u.modeReason)} |`,
    ...policyRows(plan)
  ].join('\n')
}

function workflowRow(w: WorkflowPlan): string {
  const to = w.changed ? schedule(w.to) : '_unchanged_'
  // A dispatched workflow's new crons are the times the orchestrator dispatches it; its file may keep none.
  const next = w.via === 'dispatch' ? `dispatched: ${schedule(w.to)}` : to
  const from = w.from.length > 0 ? schedule(w.from) : '_none_'
  return `| ${w.id} | \`${w.path}\` | ${from} | ${next} | ${w.runsBefore} → ${w.runsAfter} |`
}

/** One row per workflow: current and new crons, runs per 30 days before → after. */
export function workflowTable(workflows: readonly WorkflowPlan[]): string {
  return [
    '| Workflow | File | Current crons | New crons | Runs / 30 days |',
    '|---|---|---|---|---|',
    ...workflows.map(workflowRow)
  ].join('\n')
}

/** The pull request's title. */
export function pullRequestTitle(plan: PolicyPlan): string {
  const n = changedWorkflows(plan).length
  return `Orchestrator: ${plan.mode} schedules for ${n} workflow${n === 1 ? '' : 's'}`
}

/** One line per comment an edit left beside a cron that changed. */
function staleCommentLines(workflows: readonly WorkflowPlan[]): string[] {
  const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``)
  const lines = workflows.flatMap(w =>
    (w.staleComments ?? []).map(
      c =>
        `- \`${w.path}\` line ${c.line}: ${code(c.text)} — comment may no longer describe its cron`
    )
  )
  return lines.length === 0 ? [] : ['Comments to check:', '', ...lines, '']
}

/** The pull request's body: usage, one row per changed workflow, the cost of the change, the sections given (forecasts), and the marker. */
export function pullRequestBody(plan: ReportPlan, sections: readonly string[] = []): string {
  const changed = changedWorkflows(plan)
  return fitBody(
    [
      `The Dynamic Workflow Orchestrator moves ${changed.length} workflow${changed.length === 1 ? '' : 's'} to the **${plan.mode}** schedule. Only the \`on.schedule\` ${changed.some(w => w.via === 'dispatch') ? 'triggers' : 'crons'} change; merge to apply.`,
      '',
      usageTable(plan),
      '',
      workflowTable(changed),
      '',
      ...planCostLines(plan),
      ...consolidationLines(changed, plan.mode),
      ...staleCommentLines(changed),
      ...sections.filter(Boolean).flatMap(section => [section.trimEnd(), '']),
      '<details><summary>Diff</summary>',
      '',
      '```diff',
      renderDiff(plan).trimEnd(),
      '```',
      '</details>',
      '',
      PULL_MARKER
    ].join('\n')
  )
}

/** The alert issue's title. */
export function issueTitle(plan: PolicyPlan, paused: Paused = NOTHING_PAUSED): string {
  return alertTitle(usageTitle(plan.usage), paused)
}

function advice(status: Status): string {
  if (status === 'CRITICAL')
    return 'The quota is used up or projected to run out before the reset. The managed workflows move to the conservative schedule; consider pausing manual runs.'
  if (status === 'WARNING')
    return 'Usage is approaching the quota. Keep an eye on manual runs until the reset.'
  return 'Usage is on track. This issue stays open while workflows are paused.'
}

/**
 * The alert issue's body; it records the status (the usage's, raised by pauses) so the next run can tell whether it
 * worsened, and the usage's own status for a run that does not read the usage (`operation: resume`).
 */
export function issueBody(
  plan: PolicyPlan,
  pull?: Thread,
  paused: Paused = NOTHING_PAUSED
): string {
  const u = plan.usage
  return fitBody(
    [
      `### ${STATUS_ICON[u.status]} ${STATUS_TEXT[u.status]}`,
      '',
      advice(u.status),
      '',
      pausesSection(paused),
      '',
      usageTable(plan),
      '',
      pull
        ? `Schedule pull request: #${pull.number}${waitingSuffix(plan.now, pull)}`
        : 'No schedule change is pending.',
      '',
      `_Updated ${plan.now.toISOString()}. This issue closes itself when usage is back to SAFE and nothing is paused._`,
      '',
      ALERT_MARKER,
      statusMarkers(u.status, paused)
    ].join('\n')
  )
}

/** What a run did on GitHub, for the job summary. */
export interface SummaryLinks {
  dryRun: boolean
  pullRequest?: Thread
  pullRequestOperation: string
  issue?: Thread
  issueOperation: string
  /** Why the alert issue could not be written. */
  alertProblem?: string
  requests: number
  /** How the change was delivered (input `delivery`); absent reads as a plain pull request. */
  delivery?: DeliveryFacts
  /** What the pull request body adds (the recommendations), for the dry run's would-be body. */
  pullRequestSections?: readonly string[]
}

function linkLine(
  kind: string,
  operation: string,
  thread: Thread | undefined,
  dryRun: boolean
): string {
  const verb = dryRun ? `would be ${operation}` : operation
  if (operation === 'none') return `- ${kind}: none`
  return thread
    ? `- ${kind}: [#${thread.number} ${thread.title}](${thread.url}) — ${verb}`
    : `- ${kind}: ${verb}`
}

/** "Mode in force: normal (since 2025-11-02); proposed: conservative, PR waiting 2.3 days". */
function inForceLine(plan: PolicyPlan, links: SummaryLinks): string[] {
  if (!plan.inForce) return []
  const { mode, since } = plan.inForce
  const held = mode
    ? `**${mode}** (since ${since ? day(since) : 'an unrecorded time'})`
    : '_none_ (the workflows on the base branch match no single mode)'
  const pull = links.pullRequest
  const waiting = pull
    ? `, PR waiting ${decimal(Math.max(plan.now.getTime() - Date.parse(pull.createdAt), 0) / DAY_MS)} days`
    : ''
  const proposed =
    changedWorkflows(plan).length > 0 && links.pullRequestOperation !== 'closed'
      ? `; proposed: **${plan.mode}**${waiting}`
      : ''
  return [`- Mode in force: ${held}${proposed}`]
}

/** The job summary: usage, mode and why, every workflow, links, API calls; in dry run also the diff and would-be texts. */
export function jobSummary(plan: ReportPlan, links: SummaryLinks): string {
  const parts = [
    `## ${MODE_ICON[plan.mode]} Dynamic Workflow Orchestrator${links.dryRun ? ' (dry run: nothing written)' : ''}`,
    '',
    usageTable(plan),
    '',
    workflowTable(plan.workflows),
    '',
    ...planCostLines(plan),
    ...consolidationLines(plan.workflows, plan.mode),
    ...inForceLine(plan, links),
    linkLine('Pull request', links.pullRequestOperation, links.pullRequest, links.dryRun),
    ...deliveryLines(plan.now, links, links.delivery),
    links.alertProblem
      ? `- ⚠️ Alert issue not written: ${links.alertProblem}`
      : linkLine('Alert issue', links.issueOperation, links.issue, links.dryRun),
    `- GitHub API requests made: ${links.requests}`,
    ...plan.usage.warnings.map(w => `- ⚠️ ${warningText(w)}`)
  ]
  const diff = renderDiff(plan)
  if (diff)
    parts.push(
      '',
      '<details><summary>Diff</summary>',
      '',
      '```diff',
      diff.trimEnd(),
      '```',
      '</details>'
    )
  if (links.dryRun && changedWorkflows(plan).length > 0) {
    parts.push(
      '',
      `<details><summary>Would-be pull request: ${pullRequestTitle(plan)}</summary>`,
      '',
      pullRequestBody(plan, links.pullRequestSections),
      '</details>'
    )
  }
  if (links.dryRun && plan.usage.status !== 'SAFE') {
    parts.push(
      '',
      `<details><summary>Would-be alert issue: ${issueTitle(plan)}</summary>`,
      '',
      issueBody(plan),
      '</details>'
    )
  }
  return `${parts.join('\n')}\n`
}
