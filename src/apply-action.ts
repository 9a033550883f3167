/**
 * The action's `apply` operation (the default), composed for main.ts: assess, plan and apply the schedules, observe
 * the runs, then the log, the outputs and the summary. Returns the problem that should fail the step.
 */
import * as core from '@actions/core'
import { type ActionPorts } from './action-ports.js'
import { changedWorkflows } from './core/schedule/plan.js'
import { forecastViews, pullRequestRecommendations } from './forecast-step.js'
import {
  callLedger,
  logCalls,
  observeStep,
  readRecordsEarly,
  type CallLedger,
  type EarlyRecords
} from './observe-step.js'
import { actionOutputs } from './outputs.js'
import { renderDiff } from './reports/diff.js'
import { jobSummary } from './reports/markdown.js'
import { callsMarkdown, observeJson, observeMarkdown } from './reports/observe-report.js'
import { renderTextReport } from './reports/text-report.js'
import { warningText } from './reports/warnings.js'
import { type ActionSettings } from './settings.js'
import { applySchedules, type RunResult } from './use-cases/apply-schedules/apply-schedules.js'
import { type RecordedRuns } from './use-cases/observe-runs/record-runs.js'
import {
  budgetMarkdown,
  enforceBudgetsForRun,
  pausedOutput,
  type BudgetResult
} from './use-cases/enforce-budgets.js'

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
  budgets: BudgetResult
  /** What the pull request body added (the recommendations), for the dry run's would-be body. */
  sections: readonly string[]
}

async function report(settings: ActionSettings, result: RunResult, more: Observed) {
  const requests = more.ledger.requests()
  const forecasts = forecastViews(result.plan, more.observed)
  log(result, requests)
  logCalls(more.ledger)
  const outputs = actionOutputs(
    result.plan,
    {
      pullRequestOperation: result.pullRequest.operation,
      pullRequest: result.pullRequest.pullRequest,
      issue: result.alert.issue
    },
    { ...observeJson(more.observed, more.ledger.facts()), ...forecasts?.json }
  )
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  core.setOutput('paused', pausedOutput(more.budgets))
  const merge = result.pullRequest.autoMerge
  if (merge && !merge.enabled) core.warning(`Auto-merge was not turned on: ${merge.problem}`)
  const summary = jobSummary(result.plan, {
    dryRun: settings.dryRun,
    pullRequest: result.pullRequest.pullRequest,
    pullRequestOperation: result.pullRequest.operation,
    delivery: result.pullRequest,
    issue: result.alert.issue,
    issueOperation: result.alert.operation,
    alertProblem: result.alert.problem,
    requests,
    pullRequestSections: more.sections
  })
  const budgets = budgetMarkdown(more.budgets)
  const observed = `${budgets ? `\n\n${budgets}` : ''}${more.observed ? `\n\n${observeMarkdown(more.observed)}` : ''}${forecasts ? `\n\n${forecasts.summary.trimEnd()}` : ''}`
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
  // A pull request's body recommends from the run records: read before it is written, observed after as before.
  const early: { records?: EarlyRecords; sections: string[] } = { sections: [] }
  const result = await applySchedules(github, settings, now, ledger.progress, async plan => {
    if (changedWorkflows(plan).length === 0) return []
    early.records = await readRecordsEarly(settings, github, ledger)
    early.sections = [pullRequestRecommendations(plan, early.records?.read)]
    return early.sections
  })
  for (const warning of result.plan.usage.warnings) core.warning(warningText(warning))
  const observed = await observeStep(settings, github, result.plan, ledger, early.records)
  const budgets = await ledger.progress.phase('Check the budgets', () =>
    enforceBudgetsForRun(github, settings, result.plan, now)
  )
  for (const s of budgets.spent)
    core.warning(
      `The ${s.cap} budget is spent (${s.figure} of ${s.limit} ${s.unit}): managed workflows paused until ${s.until}`
    )
  for (const u of budgets.unchecked)
    core.warning(
      `The ${u.cap} budget in ${u.unit} was not checked: this run has no observed ${u.unit}`
    )
  await report(settings, result, { observed, ledger, budgets, sections: early.sections })
  const problem = result.alert.problem
  if (!problem) return undefined
  if (settings.failOnAlertError) return `The alert issue could not be written: ${problem}`
  core.warning(`The alert issue could not be written: ${problem}`)
  return undefined
}
