import { errorMessage, ValidationError } from '../errors.js'
import { CONFIG_PROBLEMS, type Config, type ManagedWorkflow } from './config.js'
import { entryProblems } from '../cron/cron.js'
import { runsPer30Days } from '../cron/occurrences.js'
import { readSchedule, scheduleEdit, type StaleComment } from './schedule-editor.js'
import { type Mode, type ScheduleEntry } from './schedule.js'
import { type UsageReport } from '../usage/usage.js'
import { type ModeInForce } from '../state/schedule-changes.js'
import { dispatchProblems, readTriggers } from '../dispatch/dispatch-trigger.js'
import { planDispatched } from './consolidate-plan.js'

/** What happens to one managed workflow in this run. */
export interface WorkflowPlan {
  id: string
  path: string
  from: ScheduleEntry[]
  to: ScheduleEntry[]
  changed: boolean
  /** Runs in the next 30 days with the current and with the planned schedule. */
  runsBefore: number
  runsAfter: number
  oldText: string
  newText: string
  /**
   * Comments of the new text that were about a cron that changed: they may no longer describe their cron (from
   * scheduleEdit; absent reads as none).
   */
  staleComments?: StaleComment[]
  /** `via: dispatch` (DESIGN §12): the file loses its schedule and the tick dispatches `to`; absent: its own crons. */
  via?: 'dispatch'
}

/** Everything one run decided; every report is a view of this object. */
export interface Plan {
  now: Date
  usage: UsageReport
  mode: Mode
  workflows: WorkflowPlan[]
  /** The mode the base branch carries and since when; absent on plans built without the state. */
  inForce?: ModeInForce
}

/** The text of each managed workflow on the base branch; undefined when the file does not exist. */
export type WorkflowTexts = ReadonlyMap<string, string | undefined>

/** A managed workflow's file as read once: its text and the schedule it carries. */
export interface CurrentWorkflow {
  text: string
  from: ScheduleEntry[]
}

function currentSchedule(workflow: ManagedWorkflow, text: string | undefined): ScheduleEntry[] {
  if (text === undefined) {
    throw new Error(
      `${workflow.path}: file not found (managed as '${workflow.id}') — create it or fix its path in the config`
    )
  }
  const entries = readSchedule(text, workflow.path)
  const bad = entries.flatMap(e =>
    entryProblems(e).map(p => `${workflow.path}: current cron '${e.cron}' — ${p}`)
  )
  if (bad.length > 0) throw new ValidationError(bad)
  return entries
}

/**
 * Parses each managed workflow once into the schedule it carries (id → file). The config's own problems (from
 * readConfig) and every unreadable or invalid workflow are listed together in one ValidationError.
 */
export function readCurrentWorkflows(
  config: Config,
  files: WorkflowTexts,
  configProblems: readonly string[] = []
): Map<string, CurrentWorkflow> {
  const problems: string[] = []
  const current = new Map<string, CurrentWorkflow>()
  for (const workflow of config.workflows) {
    const text = files.get(workflow.path)
    const triggers =
      workflow.via === 'dispatch' && text !== undefined ? readTriggers(text) : undefined
    try {
      // A dispatched workflow may have handed its crons to the orchestrator (DESIGN §12): no schedule is no error.
      const from = triggers && !triggers.schedule ? [] : currentSchedule(workflow, text)
      current.set(workflow.id, { text: text as string, from })
    } catch (error) {
      if (error instanceof ValidationError) problems.push(...error.problems)
      else problems.push(errorMessage(error))
    }
    if (triggers) problems.push(...dispatchProblems(workflow, triggers))
  }
  if (problems.length > 0 || configProblems.length > 0) {
    throw new ValidationError(
      [...configProblems, ...problems],
      problemsHeading(configProblems, problems)
    )
  }
  return current
}

function problemsHeading(config: readonly string[], workflows: readonly string[]): string {
  if (workflows.length === 0) return CONFIG_PROBLEMS
  return config.length === 0
    ? 'Invalid managed workflows'
    : `${CONFIG_PROBLEMS} and managed workflows`
}

function planWorkflow(
  workflow: ManagedWorkflow,
  file: CurrentWorkflow,
  mode: Mode,
  now: Date
): WorkflowPlan {
  if (workflow.via === 'dispatch') return planDispatched(workflow, file, mode, now)
  const to = workflow.schedules[mode]
  const edit = scheduleEdit(file.text, workflow.path, to)
  return {
    id: workflow.id,
    path: workflow.path,
    from: file.from,
    to,
    changed: edit.text !== file.text,
    runsBefore: runsPer30Days(file.from, now),
    runsAfter: runsPer30Days(to, now),
    oldText: file.text,
    newText: edit.text,
    staleComments: edit.staleComments
  }
}

/** Builds the plan from the workflows as read: each one's new text in the usage report's mode. */
export function buildPlan(input: {
  usage: UsageReport
  config: Config
  current: ReadonlyMap<string, CurrentWorkflow>
  now: Date
}): Plan {
  const workflows = input.config.workflows.map(workflow => {
    const file = input.current.get(workflow.id)
    if (!file) throw new Error(`${workflow.path} was not read before planning`)
    return planWorkflow(workflow, file, input.usage.mode, input.now)
  })
  return { now: input.now, usage: input.usage, mode: input.usage.mode, workflows }
}

/** The workflows whose file text changes. */
export function changedWorkflows(plan: Pick<Plan, 'workflows'>): WorkflowPlan[] {
  return plan.workflows.filter(w => w.changed)
}
