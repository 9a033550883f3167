/**
 * The action's `restore` operation, composed for main.ts: the pull request back to the recorded crons, then its log,
 * outputs and summary.
 */
import * as core from '@actions/core'
import { type ActionPorts } from './action-ports.js'
import { restoreOutputs } from './outputs.js'
import { renderDiff } from './reports/diff.js'
import { restoreSummary } from './reports/restore-report.js'
import { type ActionSettings } from './settings.js'
import { type Progress } from './use-cases/apply-schedules/apply-schedules.js'
import { restoreSchedules } from './use-cases/restore-schedules.js'

/** `operation: restore`: the pull request back to the recorded crons, its outputs and summary. */
export async function restoreOperation(
  ports: ActionPorts,
  settings: ActionSettings,
  now: Date,
  progress: Progress
): Promise<void> {
  const result = await restoreSchedules(ports, settings, now, progress)
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
