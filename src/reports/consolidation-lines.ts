/**
 * What the pull request body and the job summary say of the `via: dispatch` workflows (DESIGN §12): their schedule
 * leaves the file and the orchestrator dispatches them instead, scheduled runs a day before → dispatched runs a day
 * after, in the plan's mode.
 */
import { runsADay } from '../core/schedule/consolidate-plan.js'
import { type WorkflowPlan } from '../core/schedule/plan.js'

/** "12 scheduled runs a day", "1 dispatched run a day", "0.3 dispatched runs a day". */
function perDay(runs: number, kind: string): string {
  const count = Number.isInteger(runs) ? String(runs) : runs.toFixed(1)
  return `${count} ${kind} run${count === '1' ? '' : 's'} a day`
}

/** "dispatched by the orchestrator: 12 scheduled runs a day → 12 dispatched runs a day (normal)". */
export function consolidationText(workflow: WorkflowPlan, mode: string): string {
  const { before, after } = runsADay(workflow)
  const was = workflow.from.length > 0 ? `${perDay(before, 'scheduled')} → ` : ''
  return `dispatched by the orchestrator: ${was}${perDay(after, 'dispatched')} (${mode})`
}

/** One line per `via: dispatch` workflow among `workflows`, under a heading; none when there is none. */
export function consolidationLines(workflows: readonly WorkflowPlan[], mode: string): string[] {
  const dispatched = workflows.filter(w => w.via === 'dispatch')
  if (dispatched.length === 0) return []
  return [
    "Dispatched by the orchestrator (`via: dispatch`): the file's `schedule:` trigger is removed (`workflow_dispatch` added if missing) and the orchestrator's tick starts the workflow at the mode's crons.",
    '',
    ...dispatched.map(w => `- **${w.id}** (\`${w.path}\`): ${consolidationText(w, mode)}`),
    ''
  ]
}
