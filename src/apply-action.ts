/**
 * The action's `apply` operation (the default), composed for main.ts: assess, plan and apply the schedules, observe
 * the runs, then the log, the outputs and the summary. Returns the problem that should fail the step.
 */
import * as core from '@actions/core'
import { type ActionPorts } from './action-ports.js'
import { callLedger, logCalls, observeStep, type CallLedger } from './observe-step.js'
import { actionOutputs } from './outputs.js'
import { renderDiff } from './reports/diff.js'
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
}

async function report(settings: ActionSettings, result: RunResult, more: Observed) {
  const requests = more.ledger.requests()
  // A change of pauses wrote the alert issue again after the run's own alert step.
  const alert = more.budgets.alert ?? result.alert
  log(result, requests)
  logCalls(more.ledger)
  const outputs = actionOutputs(
    result.plan,
    {
      pullRequestOperation: result.pullRequest.operation,
      pullRequest: result.pullRequest.pullRequest,
      issue: alert.issue
    },
    observeJson(more.observed, more.ledger.facts())
  )
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  core.setOutput('paused', pausedOutput(more.budgets.pausedNow))
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
    requests
  })
  const budgets = budgetMarkdown(more.budgets)
  const observed = `${budgets ? `\n\n${budgets}` : ''}${more.observed ? `\n\n${observeMarkdown(more.observed)}` : ''}`
  await core.summary
    .addRaw(`${summary}${observed}\n\n${callsMarkdown(more.ledger.facts())}\n`)
    .write()
}

/** `operation: apply`: an alert issue that could not be written fails the step when `fail-on-alert-error` says so. */
export async function applyOperation(
  github: ActionPorts,
  settings: ActionSettings,
  now: Date
): Promise<string | undefined> {
  const ledger = callLedger(github, settings.maxApiCalls)
  const result = await applySchedules(github, settings, now, ledger.progress)
  for (const warning of result.plan.usage.warnings) core.warning(warningText(warning))
  const observed = await observeStep(settings, github, result.plan, ledger)
  const budgets = await ledger.progress.phase('Check the budgets', () =>
    enforceBudgetsForRun(github, settings, result, observed, now)
  )
  for (const warning of budgetWarnings(budgets)) core.warning(warning)
  await report(settings, result, { observed, ledger, budgets })
  const problem = (budgets.alert ?? result.alert).problem
  if (!problem) return undefined
  if (settings.failOnAlertError) return `The alert issue could not be written: ${problem}`
  core.warning(`The alert issue could not be written: ${problem}`)
  return undefined
}
