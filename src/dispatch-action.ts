/**
 * The action's `dispatch` and `resume` operations (DESIGN §12), composed for main.ts: the tick's identity and real
 * clock, the use case, then the outputs, the log and the summary. Returns the problem that should fail the step.
 */
import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import * as core from '@actions/core'
import { warningText } from './reports/warnings.js'
import {
  dispatchLogLines,
  dispatchOutputs,
  dispatchSummary,
  pauseLines
} from './reports/dispatch-report.js'
import { type ActionSettings } from './settings.js'
import { type Progress } from './use-cases/apply-schedules/apply-schedules.js'
import {
  dispatchWorkflows,
  type DispatchPorts
} from './use-cases/dispatch-workflows/dispatch-workflows.js'
import { resumeWorkflows, type ResumePorts } from './use-cases/dispatch-workflows/resume.js'
import { budgetMarkdown, budgetWarnings } from './reports/budget-report.js'
import { changeLines, pausedOutput } from './reports/pause-report.js'

/** This tick as its claim names it: the workflow run and attempt, and a nonce (two ticks of one run differ). */
function tickName(): string {
  const run = process.env.GITHUB_RUN_ID ?? 'local'
  const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1'
  return `run ${run}.${attempt} ${randomUUID().slice(0, 8)}`
}

/** `operation: dispatch`: one tick; a refused dispatch fails the step after everything else was recorded. */
export async function dispatchOperation(
  ports: DispatchPorts,
  settings: ActionSettings,
  now: Date,
  progress: Progress
): Promise<string | undefined> {
  const started = performance.now()
  const tick = { by: tickName(), elapsedMs: () => performance.now() - started }
  const result = await dispatchWorkflows(ports, settings, now, tick, progress)
  for (const warning of result.usage.warnings) core.warning(warningText(warning))
  for (const warning of budgetWarnings(result.budgets)) core.warning(warning)
  for (const line of dispatchLogLines(result)) core.info(line)
  for (const id of result.newlyPaused)
    core.warning(pauseLines({ [id]: result.paused[id] ?? { since: '', runs: [] } }).join(''))
  for (const line of changeLines(result.pauseChanges)) core.info(line)
  if (result.alert.problem)
    core.warning(`The alert issue could not be written: ${result.alert.problem}`)
  core.info(`GitHub API requests: ${result.requests}`)
  for (const [name, value] of Object.entries(dispatchOutputs(result))) core.setOutput(name, value)
  core.setOutput('paused', pausedOutput(result.pausedNow))
  const budgets = budgetMarkdown(result.budgets)
  await core.summary.addRaw(`${dispatchSummary(result)}${budgets ? `\n${budgets}` : ''}`).write()
  const refused = result.report.failed.filter(f => !f.retried)
  if (refused.length === 0) return undefined
  return refused.map(f => `${f.workflow} (${f.path}) was not dispatched: ${f.error}`).join('\n')
}

/** `operation: resume`: the named (or every) paused workflows run again — enabled, dispatched from the next tick. */
export async function resumeOperation(
  ports: ResumePorts,
  settings: ActionSettings,
  now: Date
): Promise<void> {
  const result = await resumeWorkflows(ports, settings, now)
  const { resumed, wasPaused, enabled, leftAlone, requests } = result
  const was = wasPaused.length > 0 ? ` (paused: ${wasPaused.join(', ')})` : ''
  core.info(`resumed ${resumed.join(', ') || 'nothing: nothing was paused'}${was}`)
  if (enabled.length > 0) core.info(`enabled again: ${enabled.join(', ')}`)
  for (const id of leftAlone)
    core.warning(`${id} was disabled by a person, not by the orchestrator: left disabled`)
  if (result.alert.problem)
    core.warning(`The alert issue could not be written: ${result.alert.problem}`)
  core.info(`GitHub API requests: ${requests}`)
  const report = { operation: 'resume', resumed, wasPaused, enabled, leftAlone, requests }
  core.setOutput('report', JSON.stringify(report))
  core.setOutput('paused', pausedOutput(result.pausedNow))
  const rows = resumed.map(id => `- ${id}${wasPaused.includes(id) ? ' (was paused)' : ''}`)
  const notes = leftAlone.map(id => `- ${id}: disabled by a person, left disabled`)
  await core.summary
    .addRaw(`## Resumed\n\n${[...rows, ...notes].join('\n') || 'Nothing was paused.'}\n`)
    .write()
}
