/**
 * The action's `audit` operation (DESIGN §13), composed for main.ts: every workflow file of the base head (managed or
 * not) from one GraphQL query, the run records on the state branch if any, and the workflows' states; then the log, the
 * `report` output ({operation, audit, auditErrors}) and the job summary's table. It writes nothing to the repository:
 * `contents: read` and `actions: read` suffice.
 */
import * as core from '@actions/core'
import { type ActionPorts } from './action-ports.js'
import { auditBase, readRunRecords } from './audit-step.js'
import { errorMessage } from './core/errors.js'
import { type WorkflowInfo } from './core/runs/records.js'
import { PortError } from './ports/errors.js'
import { auditJson } from './reports/audit-json.js'
import { auditMarkdown } from './reports/audit-markdown.js'
import { renderAudit } from './reports/audit-text.js'
import { type ActionSettings } from './settings.js'
import { type Progress } from './use-cases/apply-schedules/apply-schedules.js'
import { auditRepository } from './use-cases/audit-workflows.js'

/** The workflows' states (disabled for inactivity); a token without `actions: read` leaves them out, with a warning. */
async function listWorkflows(github: ActionPorts): Promise<WorkflowInfo[] | undefined> {
  try {
    return await github.listWorkflows()
  } catch (error) {
    if (!(error instanceof PortError)) throw error
    core.warning(
      `The workflows' states were not read, so a workflow GitHub disabled for inactivity is not reported: ${errorMessage(error)}`
    )
    return undefined
  }
}

/** `operation: audit`: a file that is not a workflow is a warning naming it, not a failed step. */
export async function auditOperation(
  github: ActionPorts,
  settings: ActionSettings,
  now: Date,
  progress: Progress
): Promise<string | undefined> {
  const { phase } = progress
  const where = await phase('Read the repository', () => auditBase(github, settings))
  progress.info(`base ${where.base} at ${where.baseHead}`)
  const read = await phase('Read the run records', () =>
    readRunRecords(github, settings, where.baseHead)
  )
  if (read.problem) core.warning(read.problem)
  const workflows = await phase('List the workflows', () => listWorkflows(github))
  const { report, files } = await phase('Audit', () =>
    auditRepository(github, where.baseHead, {
      ...where.facts,
      now,
      ...(read.records ? { records: read.records } : {}),
      ...(workflows ? { workflows } : {})
    })
  )
  core.info(renderAudit(report).trimEnd())
  for (const e of report.errors) core.warning(`${e.path}: ${e.error}`)
  const requests = github.requestCount()
  core.info(`GitHub API requests: ${requests}`)
  core.setOutput('report', JSON.stringify({ operation: 'audit', ...auditJson(report) }))
  const audited = `${Object.keys(files).length} workflow files of \`${where.base}\` at ${where.baseHead.slice(0, 7)}`
  await core.summary
    .addRaw(
      `## 🔎 Dynamic Workflow Orchestrator: audit (nothing written)\n\n${audited}${read.records ? ', with the run records of the managed workflows' : ''}.\n\n${auditMarkdown(report)}\n\n- GitHub API requests made: ${requests}\n`
    )
    .write()
  return undefined
}
