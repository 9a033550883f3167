import * as core from '@actions/core'
import { gitHubRepository } from './adapters/github/github-repository.js'
import { parseRepoId } from './adapters/github/repo-id.js'
import { errorMessage } from './core/errors.js'
import { orchestrate, type RunResult } from './orchestrate.js'
import { actionOutputs } from './outputs.js'
import { jobSummary } from './reports/markdown.js'
import { renderDiff } from './reports/diff.js'
import { renderTextReport } from './reports/text-report.js'
import { parseActionSettings } from './settings.js'

/** Test and demo knobs for runs against a local GitHub fake: shorter backoff and write spacing. */
function timing() {
  const ms = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined)
  return {
    backoffMs: ms('ORCHESTRATOR_BACKOFF_MS'),
    writeSpacingMs: ms('ORCHESTRATOR_WRITE_SPACING_MS')
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

/** The action's entry: parse inputs, run, set outputs and the summary. The only place that calls core.setFailed. */
export async function run(): Promise<void> {
  try {
    const settings = parseActionSettings(name => core.getInput(name))
    const repo = gitHubRepository(parseRepoId(process.env.GITHUB_REPOSITORY), {
      token: settings.token,
      baseUrl: process.env.GITHUB_API_URL,
      ...timing()
    })
    const result = await orchestrate(repo, settings, now(), {
      phase: (name, work) => core.group(name, work),
      info: line => core.info(line)
    })
    log(result)
    const outputs = actionOutputs(result.plan, {
      pullRequestOperation: result.pullRequest.operation,
      pullRequest: result.pullRequest.pullRequest,
      issue: result.alert.issue
    })
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
    await core.summary
      .addRaw(
        jobSummary(result.plan, {
          dryRun: settings.dryRun,
          pullRequest: result.pullRequest.pullRequest,
          pullRequestOperation: result.pullRequest.operation,
          issue: result.alert.issue,
          issueOperation: result.alert.operation,
          requests: result.requests
        })
      )
      .write()
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}
