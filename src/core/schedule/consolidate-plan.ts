/**
 * The plan of a `via: dispatch` workflow (DESIGN §12): its file loses its own `schedule:` (with `workflow_dispatch`
 * added if missing) and the orchestrator's tick dispatches it at the mode's crons instead. The runs a day before (the
 * file's scheduled runs) and after (the dispatched runs) are what the reports show of the consolidation.
 */
import { runsPer30Days } from '../cron/occurrences.js'
import { type ManagedWorkflow } from './config.js'
import { consolidateSchedule } from './consolidate.js'
import { type CurrentWorkflow, type WorkflowPlan } from './plan.js'
import { type Mode } from './schedule.js'

/** A dispatched workflow's plan: `to` are the dispatch times of the mode, `newText` the consolidated file. */
export function planDispatched(
  workflow: ManagedWorkflow,
  file: CurrentWorkflow,
  mode: Mode,
  now: Date
): WorkflowPlan {
  const to = workflow.schedules[mode]
  const newText = consolidateSchedule(file.text, workflow.path)
  return {
    id: workflow.id,
    path: workflow.path,
    from: file.from,
    to,
    changed: newText !== file.text,
    runsBefore: runsPer30Days(file.from, now),
    runsAfter: runsPer30Days(to, now),
    oldText: file.text,
    newText,
    staleComments: [],
    via: 'dispatch'
  }
}

/** Runs a day of a workflow plan's schedule before and after (runs in the next 30 days over 30). */
export function runsADay(plan: Pick<WorkflowPlan, 'runsBefore' | 'runsAfter'>) {
  return { before: plan.runsBefore / 30, after: plan.runsAfter / 30 }
}
