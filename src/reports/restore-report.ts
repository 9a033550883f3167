import { changedWorkflows, type WorkflowPlan } from '../core/schedule/plan.js'
import { type Thread } from '../ports/threads.js'
import { renderDiff } from './diff.js'
import { fitBody, PULL_MARKER, workflowTable } from './markdown.js'

/** What a restore put back, for its views. */
export interface RestoreFacts {
  /** The time whose crons were restored; undefined: the backup. */
  to: Date | undefined
  /** Every workflow the state recorded, changed or not. */
  workflows: WorkflowPlan[]
}

function target(facts: RestoreFacts): string {
  return facts.to
    ? `the crons in force at ${facts.to.toISOString()}`
    : "the backup (the crons before the orchestrator's first change)"
}

function plural(n: number): string {
  return `${n} workflow${n === 1 ? '' : 's'}`
}

function diffBlock(facts: RestoreFacts): string[] {
  const diff = renderDiff(facts)
  if (!diff) return []
  return [
    '',
    '<details><summary>Diff</summary>',
    '',
    '```diff',
    diff.trimEnd(),
    '```',
    '</details>'
  ]
}

/** The restore pull request's title. */
export function restoreTitle(facts: RestoreFacts): string {
  const n = changedWorkflows(facts).length
  return `Orchestrator: restore ${plural(n)} to ${facts.to ? `the crons of ${facts.to.toISOString()}` : 'the backup'}`
}

/** The restore pull request's body: what is put back, one row per workflow, the diff and the marker. */
export function restoreBody(facts: RestoreFacts): string {
  const changed = changedWorkflows(facts)
  return fitBody(
    [
      `The Dynamic Workflow Orchestrator puts ${plural(changed.length)} back to ${target(facts)}, as recorded in its state. Only the \`on.schedule\` crons change; merge to apply.`,
      '',
      workflowTable(changed),
      ...diffBlock(facts),
      '',
      PULL_MARKER
    ].join('\n')
  )
}

/** What a restore run did on GitHub, for its job summary. */
export interface RestoreLinks {
  dryRun: boolean
  pullRequest?: Thread
  pullRequestOperation: string
  requests: number
}

function pullLine(links: RestoreLinks): string {
  const verb = links.dryRun ? `would be ${links.pullRequestOperation}` : links.pullRequestOperation
  if (links.pullRequestOperation === 'none')
    return '- Pull request: none (every workflow already has the crons to restore)'
  const pull = links.pullRequest
  return pull
    ? `- Pull request: [#${pull.number} ${pull.title}](${pull.url}) — ${verb}`
    : `- Pull request: ${verb}`
}

/** The restore run's job summary. */
export function restoreSummary(facts: RestoreFacts, links: RestoreLinks): string {
  return `${[
    `## ⏪ Dynamic Workflow Orchestrator: restore${links.dryRun ? ' (dry run: nothing written)' : ''}`,
    '',
    `Restoring ${target(facts)}: ${changedWorkflows(facts).length} of the ${plural(facts.workflows.length)} the state records change.`,
    '',
    workflowTable(facts.workflows),
    '',
    pullLine(links),
    `- GitHub API requests made: ${links.requests}`,
    ...diffBlock(facts)
  ].join('\n')}\n`
}

/** The restore as JSON (`to` null: the backup), the action's `report` output and the CLI's `restore --json`. */
export function restoreJson(facts: RestoreFacts) {
  return {
    operation: 'restore',
    to: facts.to?.toISOString() ?? null,
    changes: changedWorkflows(facts).map(w => ({
      workflow: w.id,
      path: w.path,
      from: w.from.map(e => e.cron),
      to: w.to.map(e => e.cron)
    }))
  }
}
