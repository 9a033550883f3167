/**
 * Budgets (DESIGN §13, issue 12), checked on every run and tick: a spent cap pauses the managed workflows at once —
 * cron-driven ones are disabled, dispatched ones are skipped by the tick — and recorded in the state's `pauses`; when
 * the day or the period turns, exactly the workflows recorded there are enabled again. A workflow a person disabled
 * (disabled, but not recorded as ours) is never touched.
 */
import {
  budgetedQuota,
  checkBudgets,
  dailyRise,
  dayStart,
  planPauses,
  readPauses,
  type BudgetPause,
  type Budgets,
  type SpentCap,
  type UncheckedCap
} from '../core/usage/budgets.js'
import { DAY_MS } from '../core/usage/period.js'
import { type UsageReport } from '../core/usage/usage.js'
import { type Config } from '../core/schedule/config.js'
import { serializeState, usageSamples } from '../core/state/state.js'
import { StaleFileError } from '../ports/errors.js'
import { type StateStorage } from '../ports/state-storage.js'
import { type WorkflowControl } from '../ports/workflow-control.js'
import { type WorkflowRuns } from '../ports/workflow-runs.js'
import { readConfig } from '../core/schedule/config.js'
import { textSourceAt } from '../ports/workflow-files.js'
import { type ActionSettings } from '../settings.js'
import { resolveBase } from './apply-schedules/apply-schedules.js'
import { loadState } from './state-store.js'

export { budgetedQuota }

/** What enforcing budgets uses. */
export interface BudgetPorts {
  listWorkflows: WorkflowRuns['listWorkflows']
  enable: WorkflowControl['enable']
  disable: WorkflowControl['disable']
}

/** What a run knows when it checks the budgets. */
export interface BudgetInput {
  config: Config & { budgets?: Budgets }
  usage: UsageReport
  now: Date
  dryRun: boolean
  storage: StateStorage | undefined
  stateName: string
}

/** What enforcing did, for the outputs, the summary and the alert. */
export interface BudgetResult {
  spent: SpentCap[]
  unchecked: UncheckedCap[]
  pauses: BudgetPause[]
  paused: BudgetPause[]
  resumed: BudgetPause[]
  /** Disabled by a person (not recorded as ours): left alone. */
  leftAlone: string[]
}

const NONE: BudgetResult = {
  spent: [],
  unchecked: [],
  pauses: [],
  paused: [],
  resumed: [],
  leftAlone: []
}

/** The figures this run has: usage today (from the state's samples) and in the period; dollars and minutes only if observed. */
function figures(input: BudgetInput, samples: ReturnType<typeof usageSamples>) {
  const today = dailyRise(samples, input.usage.used, input.now)
  return {
    daily: today === undefined ? {} : { usage: today },
    period: { usage: input.usage.used }
  }
}

/** Checks the caps and pauses or resumes; writes the state's `pauses` (not in a dry run). */
export async function enforceBudgets(
  ports: BudgetPorts,
  input: BudgetInput
): Promise<BudgetResult> {
  const budgets = input.config.budgets
  if (!input.storage) return NONE
  const loaded = await loadState(input.storage, input.stateName)
  const current = readPauses(loaded.state.pauses)
  if (!budgets && current.length === 0) return NONE
  const { spent, unchecked } = checkBudgets(
    budgets ?? {},
    figures(input, usageSamples(loaded.state)),
    {
      daily: new Date(dayStart(input.now).getTime() + DAY_MS),
      period: input.usage.period.end
    }
  )
  const plan = planPauses(current, spent, input.config.workflows, input.now)
  const listed = await ports.listWorkflows()
  const stateOf = (path: string) => listed.find(w => w.path === path)
  const viaCron = new Set(input.config.workflows.filter(w => w.via !== 'dispatch').map(w => w.id))
  const leftAlone: string[] = []
  const paused = plan.pause.filter(p => {
    const known = stateOf(p.path)
    if (viaCron.has(p.workflow) && known && known.state !== 'active') leftAlone.push(p.workflow)
    return !leftAlone.includes(p.workflow)
  })
  const pauses = plan.pauses.filter(p => !leftAlone.includes(p.workflow))
  if (!input.dryRun) {
    for (const p of paused) if (viaCron.has(p.workflow)) await ports.disable(p.path)
    for (const p of plan.resume) {
      const known = stateOf(p.path)
      if (known?.state === 'disabled_manually') await ports.enable(p.path)
    }
    await writePauses(input.storage, input.stateName, pauses)
  }
  return { spent, unchecked, pauses, paused, resumed: plan.resume, leftAlone }
}

/** Writes the pauses into the newest state; another run's write in between is read again. */
async function writePauses(storage: StateStorage, name: string, pauses: BudgetPause[]) {
  for (let attempt = 1; ; attempt++) {
    const loaded = await loadState(storage, name)
    const before = readPauses(loaded.state.pauses)
    if (JSON.stringify(before) === JSON.stringify(pauses)) return
    try {
      const text = serializeState({ ...loaded.state, pauses })
      const ids = pauses.map(p => p.workflow).join(', ') || 'none'
      return await storage.write(text, loaded.version, `orchestrator: budget pauses ${ids}`)
    } catch (error) {
      if (!(error instanceof StaleFileError) || attempt >= 4) throw error
    }
  }
}

/** The ports a whole run's check needs: the budget ports, the base branch, the config file and the state. */
export type BudgetRunPorts = BudgetPorts &
  Parameters<typeof resolveBase>[0] &
  Parameters<typeof textSourceAt>[0] & {
    stateStorage(baseHead: string): StateStorage | undefined
    stateName: string
  }

/** Reads the config on the base branch and enforces its budgets (DESIGN §13); for the apply operation. */
export async function enforceBudgetsForRun(
  ports: BudgetRunPorts,
  settings: ActionSettings,
  plan: { usage: UsageReport; config: Config },
  now: Date
): Promise<BudgetResult> {
  // The plan already read the config: no budgets configured → no call at all. Pauses left by budgets since removed
  // from the config are lifted by `operation: resume`.
  if (!plan.config.budgets) return NONE
  const where = await resolveBase(ports, settings)
  const storage = settings.stateBranch ? ports.stateStorage(where.baseHead) : undefined
  const input = {
    config: plan.config,
    usage: plan.usage,
    now,
    dryRun: settings.dryRun,
    storage,
    stateName: ports.stateName
  }
  return enforceBudgets(ports, input)
}

/** The same check for a dispatch tick, which has not read the config's budgets: it reads the config first. */
export async function enforceBudgetsForTick(
  ports: BudgetRunPorts,
  settings: ActionSettings,
  usage: UsageReport,
  now: Date
): Promise<BudgetResult> {
  const where = await resolveBase(ports, settings)
  const text = await textSourceAt(ports, where.baseHead).readText(settings.config)
  if (text === undefined) return NONE
  const { config, problems } = readConfig(text, settings.config)
  if (problems.length > 0) return NONE
  return enforceBudgetsForRun(ports, settings, { usage, config }, now)
}

/** The `paused` output: budget pauses and failure pauses, `{workflow, path, reason, until}`. */
export function pausedOutput(
  result: BudgetResult,
  failures: ReadonlyArray<{ workflow: string; path: string }> = []
): string {
  return JSON.stringify([
    ...result.pauses.map(p => ({
      workflow: p.workflow,
      path: p.path,
      reason: p.reason,
      until: p.until
    })),
    ...failures
      .filter(f => !result.pauses.some(p => p.workflow === f.workflow))
      .map(f => ({ ...f, reason: 'failures', until: null }))
  ])
}

/** The summary's Budgets section; empty when there is nothing to say. */
export function budgetMarkdown(result: BudgetResult): string {
  const lines: string[] = []
  for (const s of result.spent)
    lines.push(
      `- **${s.cap} budget spent**: ${s.figure} of ${s.limit} ${s.unit}; managed workflows paused until ${s.until}`
    )
  for (const u of result.unchecked)
    lines.push(`- ${u.cap} budget in ${u.unit} not checked: no observed ${u.unit} in this run`)
  for (const p of result.paused) lines.push(`- paused ${p.workflow} (${p.path}) until ${p.until}`)
  for (const p of result.resumed) lines.push(`- resumed ${p.workflow} (${p.path})`)
  for (const id of result.leftAlone) lines.push(`- ${id} was disabled by a person: left alone`)
  return lines.length === 0 ? '' : `## Budgets\n\n${lines.join('\n')}\n`
}
