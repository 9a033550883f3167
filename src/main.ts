import * as core from '@actions/core'
import { errorMessage } from './core/errors.js'
import { parseActionSettings, type ActionSettings } from './settings.js'

/** The clock; ORCHESTRATOR_NOW pins it for reproducible tests and demos. */
function now(): Date {
  const pinned = process.env.ORCHESTRATOR_NOW
  const date = pinned ? new Date(pinned) : new Date()
  if (Number.isNaN(date.getTime()))
    throw new Error(`ORCHESTRATOR_NOW must be an ISO 8601 time, got '${pinned}'`)
  return date
}

/**
 * Runs the operation the settings name; returns the problem that should fail the step. Each operation's modules
 * are imported when it runs, so a run stopped by its inputs loads none of them (issue 13: cold start).
 */
async function operate(settings: ActionSettings): Promise<string | undefined> {
  const { actionPorts, progress } = await import('./action-ports.js')
  const ports = actionPorts(settings)
  if (settings.operation === 'restore') {
    const { restoreOperation } = await import('./restore-action.js')
    await restoreOperation(ports, settings, now(), progress)
  } else if (settings.operation === 'dispatch') {
    const { dispatchOperation } = await import('./dispatch-action.js')
    return dispatchOperation(ports, settings, now(), progress)
  } else if (settings.operation === 'audit') {
    const { auditOperation } = await import('./audit-action.js')
    return auditOperation(ports, settings, now(), progress)
  } else if (settings.operation === 'resume') {
    const { resumeOperation } = await import('./dispatch-action.js')
    await resumeOperation(ports, settings, now())
  } else {
    const { applyOperation } = await import('./apply-action.js')
    return applyOperation(ports, settings, now())
  }
  return undefined
}

/**
 * The action's entry: parse inputs, run the operation (it sets the outputs and the summary), fail the step on a
 * problem. The only place that calls core.setFailed.
 */
export async function run(): Promise<void> {
  try {
    const settings = parseActionSettings(name => core.getInput(name))
    const problem = await operate(settings)
    if (problem) core.setFailed(problem)
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}
