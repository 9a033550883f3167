import { errorMessage, ValidationError } from '../errors.js'
import { type Config, type ManagedWorkflow } from './config.js'
import { entryProblems } from '../cron/cron.js'
import { runsPer30Days } from '../cron/occurrences.js'
import { editSchedule, readSchedule } from './schedule-editor.js'
import { type Mode, type ScheduleEntry } from './schedule.js'
import { type UsageReport } from '../usage/usage.js'

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
}

/** Everything one run decided; every report is a view of this object. */
export interface Plan {
  now: Date
  usage: UsageReport
  mode: Mode
  workflows: WorkflowPlan[]
}

/** The text of each managed workflow on the base branch; undefined when the file does not exist. */
export type WorkflowTexts = ReadonlyMap<string, string | undefined>

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

function planWorkflow(
  workflow: ManagedWorkflow,
  text: string,
  from: ScheduleEntry[],
  mode: Mode,
  now: Date
) {
  const to = workflow.schedules[mode]
  const newText = editSchedule(text, workflow.path, to)
  return {
    id: workflow.id,
    path: workflow.path,
    from,
    to,
    changed: newText !== text,
    runsBefore: runsPer30Days(from, now),
    runsAfter: runsPer30Days(to, now),
    oldText: text,
    newText
  }
}

/** Builds the plan; every unreadable or invalid workflow is listed in one ValidationError before anything is written. */
export function buildPlan(input: {
  usage: UsageReport
  config: Config
  files: WorkflowTexts
  now: Date
}): Plan {
  const problems: string[] = []
  const workflows: WorkflowPlan[] = []
  for (const workflow of input.config.workflows) {
    const text = input.files.get(workflow.path)
    try {
      const from = currentSchedule(workflow, text)
      workflows.push(planWorkflow(workflow, text as string, from, input.usage.mode, input.now))
    } catch (error) {
      if (error instanceof ValidationError) problems.push(...error.problems)
      else problems.push(errorMessage(error))
    }
  }
  if (problems.length > 0) throw new ValidationError(problems, 'Invalid managed workflows')
  return { now: input.now, usage: input.usage, mode: input.usage.mode, workflows }
}

/** The workflows whose file text changes. */
export function changedWorkflows(plan: Plan): WorkflowPlan[] {
  return plan.workflows.filter(w => w.changed)
}
