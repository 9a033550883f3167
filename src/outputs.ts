import { type Analytics } from './core/runs/analytics.js'
import { changedWorkflows, type Plan } from './core/schedule/plan.js'
import { day } from './reports/format.js'
import { jsonReport } from './reports/json-report.js'
import { restoreJson, type RestoreFacts } from './reports/restore-report.js'

/** What the GitHub side of a run did; empty fields when it did nothing there. */
export interface Publication {
  pullRequest?: { number: number; url: string }
  pullRequestOperation: 'created' | 'updated' | 'closed' | 'none'
  issue?: { number: number; url: string }
}

/** Every output of DESIGN §7, as the strings the runner stores; `extra` joins the JSON report (runs, calls). */
export function actionOutputs(
  plan: Plan,
  published: Publication,
  extra: object = {}
): Record<string, string> {
  const u = plan.usage
  return {
    mode: plan.mode,
    'mode-in-force': plan.inForce?.mode ?? '',
    status: u.status,
    'burn-rate': u.burnRate.toFixed(2),
    'projected-usage': u.projected.toFixed(1),
    'usage-percent': u.usagePercent.toFixed(2),
    'days-until-reset': u.period.remainingDays.toFixed(2),
    'reset-date': day(u.period.end),
    'changed-workflows': JSON.stringify(changedWorkflows(plan).map(w => w.path)),
    'pull-request-number': published.pullRequest ? String(published.pullRequest.number) : '',
    'pull-request-url': published.pullRequest?.url ?? '',
    'pull-request-operation': published.pullRequestOperation,
    'issue-number': published.issue ? String(published.issue.number) : '',
    'issue-url': published.issue?.url ?? '',
    report: JSON.stringify({ ...jsonReport(plan), ...extra })
  }
}

/** The outputs of `operation: restore`: what changed, the pull request and the restore report; the others stay unset. */
export function restoreOutputs(
  facts: RestoreFacts,
  published: Publication
): Record<string, string> {
  return {
    'changed-workflows': JSON.stringify(changedWorkflows(facts).map(w => w.path)),
    'pull-request-number': published.pullRequest ? String(published.pullRequest.number) : '',
    'pull-request-url': published.pullRequest?.url ?? '',
    'pull-request-operation': published.pullRequestOperation,
    report: JSON.stringify(restoreJson(facts))
  }
}

/**
 * `billable-minutes` and `cost`: the analytics totals over the window (minutes, dollars), each empty when it is not
 * known — no runs observed (no state branch, the records not read) or none of the window's runs with jobs.
 */
export function analyticsOutputs(analytics: Analytics | undefined): Record<string, string> {
  const figure = (value: number | null | undefined) => (value == null ? '' : String(value))
  return {
    'billable-minutes': figure(analytics?.totals.billableMinutes),
    cost: figure(analytics?.totals.cost)
  }
}
