import * as core from '@actions/core'
import { gitHubBillingPorts, gitHubPorts } from './adapters/github/github-repository.js'
import { parseRepoId } from './adapters/github/repo-id.js'
import { STATE_PATH, stateName, stateOnBranch } from './adapters/github/state-branch.js'
import { errorMessage } from './core/errors.js'
import { dispatchOperation, resumeOperation } from './dispatch-action.js'
import { actionOutputs, restoreOutputs } from './outputs.js'
import { renderDiff } from './reports/diff.js'
import { jobSummary } from './reports/markdown.js'
import { restoreSummary } from './reports/restore-report.js'
import { renderTextReport } from './reports/text-report.js'
import { warningText } from './reports/warnings.js'
import { parseActionSettings, type ActionSettings } from './settings.js'
import {
  applySchedules,
  type Progress,
  type RunResult
} from './use-cases/apply-schedules/apply-schedules.js'
import { restoreSchedules } from './use-cases/restore-schedules.js'

/** Test and demo knobs for runs against a local GitHub fake: shorter backoff, write spacing and deadline. */
function timing() {
  const ms = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined)
  return {
    backoffMs: ms('ORCHESTRATOR_BACKOFF_MS'),
    writeSpacingMs: ms('ORCHESTRATOR_WRITE_SPACING_MS'),
    timeoutMs: ms('ORCHESTRATOR_TIMEOUT_MS')
  }
}

/** The clock; ORCHESTRATOR_NOW pins it for reproducible tests and demos. */
function now(): Date {
  const pinned = process.env.ORCHESTRATOR_NOW
  const date = pinned ? new Date(pinned) : new Date()
  if (Number.isNaN(date.getTime()))
    throw new Error(`ORCHESTRATOR_NOW must be an ISO 8601 time, got '${pinned}'`)
  return date
}

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

function ports(settings: ActionSettings) {
  const github = gitHubPorts(
    parseRepoId(process.env.GITHUB_REPOSITORY),
    { token: settings.token, baseUrl: process.env.GITHUB_API_URL, ...timing() },
    {
      base: settings.base,
      configPath: settings.config,
      stateBranch: settings.stateBranch,
      statePath: STATE_PATH,
      branch: settings.branch,
      label: settings.labels[0] ?? 'orchestrator'
    }
  )
  // Billing is read with its own token (`billing-token`), over its own client; both count toward the run's calls.
  const billing = gitHubBillingPorts({
    token: settings.billing.token,
    baseUrl: process.env.GITHUB_API_URL,
    ...timing()
  })
  return {
    ...github,
    billing,
    requestCount: () => github.requestCount() + billing.requestCount(),
    stateName: stateName(settings.stateBranch),
    stateStorage: (baseHead: string) =>
      stateOnBranch(github, { branch: settings.stateBranch, baseHead })
  }
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

const progress: Progress = {
  phase: (name, work) => core.group(name, work),
  info: line => core.info(line)
}

async function apply(settings: ActionSettings) {
  const result = await applySchedules(ports(settings), settings, now(), progress)
  for (const warning of result.plan.usage.warnings) core.warning(warningText(warning))
  await report(settings, result)
  const problem = result.alert.problem
  if (problem) {
    if (settings.failOnAlertError)
      core.setFailed(`The alert issue could not be written: ${problem}`)
    else core.warning(`The alert issue could not be written: ${problem}`)
  }
}

/** `operation: restore`: the pull request back to the recorded crons, its outputs and summary. */
async function restore(settings: ActionSettings) {
  const result = await restoreSchedules(ports(settings), settings, now(), progress)
  const diff = renderDiff(result)
  if (diff) core.info(diff)
  core.info(`GitHub API requests: ${result.requests}`)
  const published = {
    pullRequestOperation: result.pullRequest.operation,
    pullRequest: result.pullRequest.pullRequest
  }
  for (const [name, value] of Object.entries(restoreOutputs(result, published)))
    core.setOutput(name, value)
  await core.summary
    .addRaw(
      restoreSummary(result, { ...published, dryRun: settings.dryRun, requests: result.requests })
    )
    .write()
}

/** The action's entry: parse inputs, run, set outputs and the summary. The only place that calls core.setFailed. */
export async function run(): Promise<void> {
  try {
    const settings = parseActionSettings(name => core.getInput(name))
    if (settings.operation === 'restore') await restore(settings)
    else if (settings.operation === 'dispatch') {
      const problem = await dispatchOperation(ports(settings), settings, now(), progress)
      if (problem) core.setFailed(problem)
    } else if (settings.operation === 'resume')
      await resumeOperation(ports(settings), settings, now())
    else await apply(settings)
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}
