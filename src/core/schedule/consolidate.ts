/**
 * Consolidation (DESIGN §12): a workflow run `via: dispatch` loses its own `schedule:` trigger and keeps (or gains)
 * `workflow_dispatch`, so only the orchestrator starts it; a restore puts the schedule back. Text in, text out: the
 * removed key's lines and the added trigger are the only bytes that change (comments, line endings, quoting and every
 * other trigger stay as they were).
 */
import { WorkflowFileError } from '../errors.js'
import { addTrigger, readTriggers, removeTrigger, type Triggers } from './consolidate-triggers.js'
import { editSchedule, readSchedule } from './schedule-editor.js'
import { sameSchedule, type ScheduleEntry } from './schedule.js'
import { applySplices } from './schedule-splices.js'

const SCHEDULE = 'schedule'
const DISPATCH = 'workflow_dispatch'

const indexOf = (triggers: Triggers, name: string): number =>
  triggers.items.findIndex(item => item.name === name)

/** Whether the workflow names a `schedule` trigger (with crons or not); throws WorkflowFileError when it has no `on`. */
export function hasScheduleTrigger(text: string, file: string): boolean {
  return indexOf(readTriggers(text, file), SCHEDULE) !== -1
}

/**
 * The text without its `schedule` trigger: the key's lines through the end of its list (the comment lines below the
 * last entry as deep as its dashes go too, as the schedule editor counts them), a flow entry with its comma, or a
 * list item. Unchanged (the same string) when there is none. The last trigger cannot go: call
 * ensureWorkflowDispatch first.
 */
export function removeSchedule(text: string, file: string): string {
  const triggers = readTriggers(text, file)
  const index = indexOf(triggers, SCHEDULE)
  if (index === -1) return text
  const result = applySplices(text, [removeTrigger(text, file, triggers, index)])
  if (hasScheduleTrigger(result, file))
    throw new Error(`${file}: removing on.schedule left a schedule trigger behind`)
  return result
}

/**
 * The text with a `workflow_dispatch` trigger, added just before `schedule` (or before the first trigger) in the
 * file's own style; unchanged when it has one. `on: push` becomes `on: [push, workflow_dispatch]`.
 */
export function ensureWorkflowDispatch(text: string, file: string): string {
  const triggers = readTriggers(text, file)
  if (indexOf(triggers, DISPATCH) !== -1) return text
  const before = Math.max(indexOf(triggers, SCHEDULE), 0)
  const trigger = { name: DISPATCH, flow: '{}', block: [] }
  const result = applySplices(text, [addTrigger(text, file, triggers, trigger, before)])
  if (indexOf(readTriggers(result, file), DISPATCH) === -1)
    throw new Error(`${file}: adding workflow_dispatch produced text without it`)
  return result
}

/** A workflow the orchestrator dispatches: `workflow_dispatch` ensured, then `schedule` removed. */
export function consolidateSchedule(text: string, file: string): string {
  return removeSchedule(ensureWorkflowDispatch(text, file), file)
}

function quoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`
}

/** A schedule's lines in block style (`- cron: '…'`, `timezone` under it) and in flow style. */
function scheduleText(entries: readonly ScheduleEntry[]) {
  const block = entries.flatMap(e => [
    `  - cron: ${quoted(e.cron)}`,
    ...(e.timezone ? [`    timezone: ${quoted(e.timezone)}`] : [])
  ])
  const flow = entries.map(
    e => `{cron: ${quoted(e.cron)}${e.timezone ? `, timezone: ${quoted(e.timezone)}` : ''}}`
  )
  return { block, flow: `[${flow.join(', ')}]` }
}

/**
 * Puts a schedule back (restore): a workflow that has one gets it edited to `entries` (editSchedule); one without gets
 * a `schedule:` trigger with `entries` just before `workflow_dispatch` (where consolidation took it from) in a map
 * `on`. A list or one-name `on` cannot carry crons: that is a WorkflowFileError naming the file.
 */
export function putScheduleBack(
  text: string,
  file: string,
  entries: readonly ScheduleEntry[]
): string {
  if (hasScheduleTrigger(text, file)) return editSchedule(text, file, entries)
  if (entries.length === 0)
    throw new WorkflowFileError(file, 'no cron to put back into on.schedule')
  const triggers = readTriggers(text, file)
  if (triggers.kind !== 'block-map' && triggers.kind !== 'flow-map') {
    throw new WorkflowFileError(
      file,
      '"on" is a list of event names, which cannot carry crons — write it as a map to put on.schedule back'
    )
  }
  const { block, flow } = scheduleText(entries)
  const before = Math.max(indexOf(triggers, DISPATCH), 0)
  const trigger = { name: SCHEDULE, flow, block }
  const result = applySplices(text, [addTrigger(text, file, triggers, trigger, before)])
  if (!sameSchedule(readSchedule(result, file), entries))
    throw new Error(`${file}: putting on.schedule back produced text that reads back differently`)
  return result
}
