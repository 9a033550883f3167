/**
 * The action's `apply` operation (the default), composed for main.ts: assess, plan and apply the schedules, then the
 * log, the outputs and the summary. Returns the problem that should fail the step.
 */
import * as core from '@actions/core'
import { progress, type ActionPorts } from './action-ports.js'
import { actionOutputs } from './outputs.js'
import { renderDiff } from './reports/diff.js'
import { jobSummary } from './reports/markdown.js'
import { renderTextReport } from './reports/text-report.js'
import { warningText } from './reports/warnings.js'
import { type ActionSettings } from './settings.js'
import { applySchedules, type RunResult } from './use-cases/apply-schedules/apply-schedules.js'

function log(result: RunResult) {
  core.info(renderTextReport(result.plan))
  const diff = renderDiff(result.plan)
  if (diff) {
    core.startGroup('Diff')
    core.info(diff)
    core.endGroup()
  }
  core.info(`GitHub API requests: ${result.requests}`)
}

async function report(settings: ActionSettings, result: RunResult) {
  log(result)
  const outputs = actionOutputs(result.plan, {
    pullRequestOperation: result.pullRequest.operation,
    pullRequest: result.pullRequest.pullRequest,
    issue: result.alert.issue
  })
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  const merge = result.pullRequest.autoMerge
  if (merge && !merge.enabled) core.warning(`Auto-merge was not turned on: ${merge.problem}`)
  await core.summary
    .addRaw(
      jobSummary(result.plan, {
        dryRun: settings.dryRun,
        pullRequest: result.pullRequest.pullRequest,
        pullRequestOperation: result.pullRequest.operation,
        delivery: result.pullRequest,
        issue: result.alert.issue,
        issueOperation: result.alert.operation,
        alertProblem: result.alert.problem,
        requests: result.requests
      })
    )
    .write()
}

/** `operation: apply`: an alert issue that could not be written fails the step when `fail-on-alert-error` says so. */
export async function applyOperation(
  github: ActionPorts,
  settings: ActionSettings,
  now: Date
): Promise<string | undefined> {
  const result = await applySchedules(github, settings, now, progress)
  for (const warning of result.plan.usage.warnings) core.warning(warningText(warning))
  await report(settings, result)
  const problem = result.alert.problem
  if (!problem) return undefined
  if (settings.failOnAlertError) return `The alert issue could not be written: ${problem}`
  core.warning(`The alert issue could not be written: ${problem}`)
  return undefined
}
