/**
 * The action's `apply` operation (the default), composed for main.ts: assess, observe the runs (before the plan, which
 * they price), plan and apply the schedules, save the run records, then the log, the outputs and the summary. Returns
 * the problem that should fail the step.
 */
import * as core from '@actions/core'
import { type ActionPorts } from './action-ports.js'
import { fixHook, observedRecords, reportAudit } from './audit-step.js'
import { type AuditReport } from './core/audit/audit.js'
import { errorMessage } from './core/errors.js'
import { auditJson } from './reports/audit-json.js'
import { auditMarkdown } from './reports/audit-markdown.js'
import { callLedger, logCalls, observeStep, type CallLedger } from './observe-step.js'
import { actionOutputs, analyticsOutputs } from './outputs.js'
import { changedWorkflows } from './core/schedule/plan.js'
import { type SchedulePlan } from './use-cases/plan-schedules.js'
import { forecastViews, pullRequestRecommendations, recommendationsOf } from './forecast-step.js'
import { type Recommendations } from './core/forecast/recommend.js'
import { renderDiff } from './reports/diff.js'
import { planUsageChart } from './reports/analytics-markdown.js'
import { jobSummary } from './reports/markdown.js'
import { callsMarkdown, observeJson, observeMarkdown } from './reports/observe-report.js'
import { renderTextReport } from './reports/text-report.js'
import { warningText } from './reports/warnings.js'
import { type ActionSettings } from './settings.js'
import { applySchedules, type RunResult } from './use-cases/apply-schedules/apply-schedules.js'
import { type RecordedRuns } from './use-cases/observe-runs/record-runs.js'
import { budgetMarkdown, budgetWarnings } from './reports/budget-report.js'
import { pausedOutput } from './reports/pause-report.js'
import { enforceBudgetsForRun, type RunBudgets } from './use-cases/budgets/budget-run.js'

function log(result: RunResult, requests: number) {
  core.info(renderTextReport(result.plan))
  const diff = renderDiff(result.plan)
  if (diff) {
    core.startGroup('Diff')
    core.info(diff)
    core.endGroup()
  }
  core.info(`GitHub API requests: ${requests}`)
}

/** What observing runs adds to the report: its records and analytics, and every phase's calls. */
interface Observed {
  observed: RecordedRuns | undefined
  ledger: CallLedger
  budgets: RunBudgets
  /** Undefined when the workflow files could not be read (a warning says why). */
  audit: AuditReport | undefined
  /** What the pull request body added (the recommendations), for the dry run's would-be body. */
  sections: readonly string[]
  /** The recommendations made before the pull request, from this run's records: the summary shows the same. */
  recommended: Recommendations | undefined
}

/** The outputs: the plan's, the analytics totals, the pauses; the JSON report with what observing and auditing added. */
function setOutputs(result: RunResult, more: Observed, alert: RunResult['alert'], json: object) {
  const outputs = actionOutputs(
    result.plan,
    {
      pullRequestOperation: result.pullRequest.operation,
      pullRequest: result.pullRequest.pullRequest,
      issue: alert.issue
    },
    {
      ...observeJson(more.observed, more.ledger.facts()),
      ...json,
      ...(more.audit ? auditJson(more.audit, result.fixes) : {})
    }
  )
  const read = more.observed?.saved === 'not-read' ? undefined : more.observed?.analytics
  Object.assign(outputs, analyticsOutputs(read))
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  core.setOutput('paused', pausedOutput(more.budgets.pausedNow))
}

/** The sections after the plan's summary: the usage chart, budgets, runs, forecasts, the audit. */
function moreSections(result: RunResult, more: Observed, forecasts: string | undefined): string {
  return [
    planUsageChart(result.plan),
    budgetMarkdown(more.budgets),
    more.observed ? observeMarkdown(more.observed) : '',
    forecasts?.trimEnd() ?? '',
    more.audit ? auditMarkdown(more.audit, result.fixes) : ''
  ]
    .filter(Boolean)
    .map(part => `\n\n${part}`)
    .join('')
}

async function report(settings: ActionSettings, result: RunResult, more: Observed) {
  const requests = more.ledger.requests()
  // A change of pauses wrote the alert issue again after the run's own alert step.
  const alert = more.budgets.alert ?? result.alert
  const forecasts = forecastViews(result.plan, more.observed, more.recommended)
  log(result, requests)
  logCalls(more.ledger)
  setOutputs(result, more, alert, forecasts?.json ?? {})
  const merge = result.pullRequest.autoMerge
  if (merge && !merge.enabled) core.warning(`Auto-merge was not turned on: ${merge.problem}`)
  const summary = jobSummary(result.plan, {
    dryRun: settings.dryRun,
    pullRequest: result.pullRequest.pullRequest,
    pullRequestOperation: result.pullRequest.operation,
    delivery: result.pullRequest,
    issue: alert.issue,
    issueOperation: alert.operation,
    alertProblem: alert.problem,
    requests,
    pullRequestSections: more.sections
  })
  const rest = moreSections(result, more, forecasts?.summary)
  await core.summary.addRaw(`${summary}${rest}\n\n${callsMarkdown(more.ledger.facts())}\n`).write()
}

/** `operation: apply`: an alert issue that could not be written fails the step when `fail-on-alert-error` says so. */
export async function applyOperation(
  github: ActionPorts,
  settings: ActionSettings,
  now: Date
): Promise<string | undefined> {
  const ledger = callLedger(github, settings.maxApiCalls)
  const observer = observeStep(settings, github, ledger)
  const fixes =
    settings.fix.length > 0
      ? fixHook(github, settings, now, { warn: core.warning, observed: observer.store })
      : undefined
  // Recommended once, from the run records this run read before planning: the pull request's body and the summary.
  let sections: string[] = []
  let recommended: Recommendations | undefined
  const beforeDelivery = async (plan: SchedulePlan) => {
    const store = observer.store()
    recommended = store && recommendationsOf(plan, store)
    if (store && recommended && changedWorkflows(plan).length > 0)
      sections = [pullRequestRecommendations(store, recommended)]
    return sections
  }
  const result = await applySchedules(github, settings, now, ledger.progress, {
    observer,
    beforeDelivery,
    ...(fixes ? { fixHook: fixes.hook } : {})
  })
  for (const warning of result.plan.usage.warnings) core.warning(warningText(warning))
  const observed = await observer.finish(result.plan)
  const budgets = await ledger.progress.phase('Check the budgets', () =>
    enforceBudgetsForRun(github, settings, result, observed, now)
  )
  for (const warning of budgetWarnings(budgets)) core.warning(warning)
  // Every workflow file from the run's snapshot, judged against the records this run read: no call of its own.
  const audit = await ledger.progress
    .phase('Audit', () =>
      reportAudit(github, settings, now, observedRecords(observed) ?? fixes?.records())
    )
    .catch((error: unknown) => {
      core.warning(`The audit of the workflow files was not made: ${errorMessage(error)}`)
      return undefined
    })
  await report(settings, result, { observed, ledger, budgets, audit, sections, recommended })
  const problem = (budgets.alert ?? result.alert).problem
  if (!problem) return undefined
  if (settings.failOnAlertError) return `The alert issue could not be written: ${problem}`
  core.warning(`The alert issue could not be written: ${problem}`)
  return undefined
}
