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
import { resumeWorkflows } from './use-cases/dispatch-workflows/resume.js'
import {
  budgetMarkdown,
  enforceBudgetsForTick,
  pausedOutput,
  type BudgetPorts
} from './use-cases/enforce-budgets.js'

/** This tick as its claim names it: the workflow run and attempt, and a nonce (two ticks of one run differ). */
function tickName(): string {
  const run = process.env.GITHUB_RUN_ID ?? 'local'
  const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1'
  return `run ${run}.${attempt} ${randomUUID().slice(0, 8)}`
}

/** `operation: dispatch`: one tick; a refused dispatch fails the step after everything else was recorded. */
export async function dispatchOperation(
  ports: DispatchPorts & BudgetPorts,
  settings: ActionSettings,
  now: Date,
  progress: Progress
): Promise<string | undefined> {
  const started = performance.now()
  const tick = { by: tickName(), elapsedMs: () => performance.now() - started }
  const result = await dispatchWorkflows(ports, settings, now, tick, progress)
  // Checked after the tick (its usage is read once); a cap spent now stops the next tick's dispatches.
  const budgets = await enforceBudgetsForTick(ports, settings, result.usage, now)
  for (const warning of result.usage.warnings) core.warning(warningText(warning))
  for (const line of dispatchLogLines(result)) core.info(line)
  for (const id of result.newlyPaused)
    core.warning(pauseLines({ [id]: result.paused[id] ?? { since: '', runs: [] } }).join(''))
  core.info(`GitHub API requests: ${result.requests}`)
  for (const [name, value] of Object.entries(dispatchOutputs(result))) core.setOutput(name, value)
  // The tick's failure pauses carry no path.
  const failures = Object.keys(result.paused).map(id => ({ workflow: id, path: '' }))
  core.setOutput('paused', pausedOutput(budgets, failures))
  await core.summary.addRaw(`${dispatchSummary(result)}\n${budgetMarkdown(budgets)}`).write()
  const refused = result.report.failed.filter(f => !f.retried)
  if (refused.length === 0) return undefined
  return refused.map(f => `${f.workflow} (${f.path}) was not dispatched: ${f.error}`).join('\n')
}

/** `operation: resume`: the named workflows dispatched again from the next tick. */
export async function resumeOperation(
  ports: DispatchPorts,
  settings: ActionSettings,
  now: Date
): Promise<void> {
  const result = await resumeWorkflows(ports, settings, now)
  const was = result.wasPaused.length > 0 ? ` (paused: ${result.wasPaused.join(', ')})` : ''
  core.info(`resumed ${result.resumed.join(', ')}${was}; GitHub API requests: ${result.requests}`)
  core.setOutput('report', JSON.stringify({ operation: 'resume', ...result }))
  await core.summary
    .addRaw(
      `## Resumed\n\n${result.resumed.map(id => `- ${id}${result.wasPaused.includes(id) ? ' (was paused)' : ''}`).join('\n')}\n`
    )
    .write()
}
