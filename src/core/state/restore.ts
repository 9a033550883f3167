/**
 * Restoring the schedules the state records: the backup (each workflow's crons before the orchestrator's first change)
 * or the crons in force at a given time.
 */
import { ValidationError } from '../errors.js'
import { entryProblems } from '../cron/cron.js'
import { runsPer30Days } from '../cron/occurrences.js'
import { type WorkflowPlan } from '../schedule/plan.js'
import { hasScheduleTrigger, putScheduleBack } from '../schedule/consolidate.js'
import { readSchedule } from '../schedule/schedule-editor.js'
import { inForceChanges, inForceTime } from './schedule-changes.js'
import { type ScheduleChange } from './state.js'

/** The crons one workflow file goes back to. */
export interface RestoreTarget {
  workflow: string
  path: string
  crons: string[]
}

function groupByPath(changes: readonly ScheduleChange[]): Map<string, ScheduleChange[]> {
  const groups = new Map<string, ScheduleChange[]>()
  const sorted = [...changes].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  for (const change of sorted) groups.set(change.path, [...(groups.get(change.path) ?? []), change])
  return groups
}

/** The crons in force at `at`: the last change in force by then, else what the file had before the first change. */
function cronsAt(changes: readonly ScheduleChange[], at: Date | undefined): string[] {
  const backup = changes[0]!.from
  if (at === undefined) return backup
  const last = inForceChanges(changes)
    .filter(c => inForceTime(c) <= at.getTime())
    .at(-1)
  return last?.to ?? backup
}

/**
 * What each workflow file the orchestrator ever changed goes back to: with no time, the backup — the `from` of its
 * first recorded change, whatever became of that change; at a time, the crons in force then. Workflows the state never
 * recorded are left alone.
 */
export function restoreTargets(changes: readonly ScheduleChange[], at?: Date): RestoreTarget[] {
  return [...groupByPath(changes)].map(([path, own]) => ({
    workflow: own.at(-1)!.workflow,
    path,
    crons: [...cronsAt(own, at)]
  }))
}

function restoreWorkflow(target: RestoreTarget, text: string, now: Date): WorkflowPlan {
  // A workflow consolidated for dispatch (DESIGN §12) has no schedule left: it is put back.
  const from = hasScheduleTrigger(text, target.path) ? readSchedule(text, target.path) : []
  const to = target.crons.map(cron => ({ cron }))
  const newText = putScheduleBack(text, target.path, to)
  return {
    id: target.workflow,
    path: target.path,
    from,
    to,
    changed: newText !== text,
    runsBefore: runsPer30Days(from, now),
    runsAfter: runsPer30Days(to, now),
    oldText: text,
    newText
  }
}

/**
 * Each target's file edited back to its crons (a `timezone` the file has is kept). A missing file or a recorded cron
 * GitHub would reject is listed in one ValidationError; nothing is edited then.
 */
export function restoredWorkflows(
  targets: readonly RestoreTarget[],
  texts: ReadonlyMap<string, string | undefined>,
  now: Date
): WorkflowPlan[] {
  const problems = targets.flatMap(t => [
    ...(texts.get(t.path) === undefined
      ? [`${t.path}: file not found — it cannot be restored`]
      : []),
    ...(t.crons.length === 0 ? [`${t.path}: the state records no cron to restore`] : []),
    ...t.crons.flatMap(cron =>
      entryProblems({ cron }).map(p => `${t.path}: recorded cron '${cron}' — ${p}`)
    )
  ])
  if (problems.length > 0) throw new ValidationError(problems, 'Cannot restore')
  return targets.map(t => restoreWorkflow(t, texts.get(t.path)!, now))
}
