import { ValidationError } from '../core/errors.js'
import { periodSamples } from '../core/forecast/cost-model.js'
import { applyPolicy, modeInForce, type PolicyPlan } from '../core/forecast/policy.js'
import { planCost, type PerRun, type PlanCost } from '../core/runs/mode-cost.js'
import {
  CONFIG_PROBLEMS,
  readConfig,
  type Config,
  type ConfigReading,
  type Policy
} from '../core/schedule/config.js'
import {
  buildPlan,
  changedWorkflows,
  readCurrentWorkflows,
  type CurrentWorkflow,
  type Plan
} from '../core/schedule/plan.js'
import {
  inForceSince,
  settleChanges,
  type BaseCrons,
  type ModeInForce
} from '../core/state/schedule-changes.js'
import { type ScheduleChange, type State } from '../core/state/state.js'
import { type UsageSource } from '../core/usage/billing-source.js'
import { type UsageSample } from '../core/usage/usage.js'
import { type TextSource } from '../ports/workflow-files.js'
import { type UsageSettings } from '../settings.js'
import { assessUsageNow } from './assess-usage.js'
import { type LiveUsage } from './read-usage.js'

export { type PolicyPlan } from '../core/forecast/policy.js'

/** What planning one run needs besides the files. */
export interface PlanInput {
  usage: UsageSettings
  configPath: string
  state: State | undefined
  now: Date
  /** How to name the `used` value when it is missing: "input 'used'" or "--used". */
  usedName: string
  /** The policy asked for by the action input or the CLI flag; undefined takes the config's. */
  policy?: Policy
  /** Where `used` comes from, and the billing report's figure when one was read. */
  usageSource?: UsageSource
  live?: LiveUsage
  /**
   * What one run of each managed workflow used, by id, when the runs were observed (DESIGN §10): it prices the plan
   * and, with the usage in Actions minutes, is the policy's cost per run (billable minutes).
   */
  observed?: ObservedPerRun
}

/** The mean billable minutes and dollars a run of each managed workflow, by id; a workflow with no priced run is absent. */
export type ObservedPerRun = ReadonlyMap<string, PerRun>

/** Reads the config and lists its problems without throwing for them; a missing file is an error that names it. */
async function readConfigFile(source: TextSource, path: string): Promise<ConfigReading> {
  const text = await source.readText(path)
  if (text === undefined) {
    throw new ValidationError(
      [`${path} not found — add the orchestrator config there, or point the config setting at it`],
      'Missing orchestrator config'
    )
  }
  return readConfig(text, path)
}

/** Reads and validates the config; a missing file is an error that names it. */
export async function loadConfig(source: TextSource, path: string): Promise<Config> {
  const { config, problems } = await readConfigFile(source, path)
  if (problems.length > 0) throw new ValidationError(problems, CONFIG_PROBLEMS)
  return config
}

/** Reads each managed workflow's text once. */
async function readWorkflowTexts(source: TextSource, config: Config) {
  const paths = config.workflows.map(w => w.path)
  const texts = await Promise.all(paths.map(p => source.readText(p)))
  return new Map(paths.map((p, i) => [p, texts[i]]))
}

/** The crons each managed workflow (by id) has on the base branch. */
function baseCrons(current: ReadonlyMap<string, CurrentWorkflow>): BaseCrons {
  return new Map([...current].map(([id, file]) => [id, file.from.map(e => e.cron)]))
}

/** The mode the base branch carries, and since when the state says it has been in force. */
function inForceOf(
  config: Config,
  current: ReadonlyMap<string, CurrentWorkflow>,
  changes: readonly ScheduleChange[]
): ModeInForce {
  const entries = new Map([...current].map(([id, file]) => [id, file.from]))
  const mode = modeInForce(config.workflows, entries) ?? null
  return { mode, since: mode === null ? null : inForceSince(changes, baseCrons(current)) }
}

/**
 * The plan with what it was built from, for the use cases and views after it: the config, the settled schedule
 * changes, the period's usage readings (the current one included) and, when the runs were observed, the cost of the
 * change — the changed workflows' runs, billable minutes and dollars in 30 days before → after.
 */
export type SchedulePlan = PolicyPlan & {
  config: Config
  changes: readonly ScheduleChange[]
  samples: readonly UsageSample[]
  cost?: PlanCost
}

/** What planning reads before it decides: the config, each managed workflow's file, and the settled changes. */
export interface ScheduleSources {
  config: Config
  /** Each managed workflow's file as read once, by id. */
  current: ReadonlyMap<string, CurrentWorkflow>
  changes: readonly ScheduleChange[]
}

/**
 * Reads the config and the managed workflows from `source` and settles the recorded changes against them — a
 * proposal the base branch now carries counts as in force from now. The config's problems and the workflow files'
 * are listed together, in one error. Writes nothing.
 */
export async function readSchedules(
  source: TextSource,
  input: Pick<PlanInput, 'configPath' | 'state' | 'now'>
): Promise<ScheduleSources> {
  const { config, problems } = await readConfigFile(source, input.configPath)
  const current = readCurrentWorkflows(config, await readWorkflowTexts(source, config), problems)
  const changes = settleChanges(input.state?.changes ?? [], baseCrons(current), input.now)
  return { config, current, changes }
}

/** The cost per run the policy takes from the jobs: billable minutes, when the usage is Actions minutes. */
function observedCosts(input: PlanInput): Map<string, number> | undefined {
  if (input.usageSource !== 'actions-minutes' || !input.observed) return undefined
  return new Map([...input.observed].map(([id, perRun]) => [id, perRun.billableMinutes]))
}

/** The changed workflows' 30 days before → after at what one of their runs was observed to use. */
function costOfChange(plan: Plan, observed: ObservedPerRun): PlanCost {
  const priced = changedWorkflows(plan).map(w => ({ ...w, perRun: observed.get(w.id) ?? null }))
  return planCost(priced, plan.now)
}

/**
 * Decides the run once from what was read: the usage assessed, the mode chosen by the thresholds or, under the target
 * policy, by the cost model learned from the state (from the changes in force only), and each workflow's new text.
 */
export function decideSchedules(read: ScheduleSources, input: PlanInput): SchedulePlan {
  const { config, current, changes } = read
  const assessed = assessUsageNow({ ...input, thresholds: config.thresholds })
  const observed = observedCosts(input)
  const chosen = applyPolicy({
    usage: assessed.usage,
    config,
    policy: input.policy,
    history: assessed.history,
    changes,
    current: new Map([...current].map(([id, file]) => [id, file.from])),
    reading: assessed.reading,
    now: input.now,
    ...(observed ? { observed } : {})
  })
  const plan = buildPlan({ usage: chosen.usage, config, current, now: input.now })
  const u = chosen.usage
  return {
    ...plan,
    policy: chosen.report,
    inForce: inForceOf(config, current, changes),
    config,
    changes,
    samples: periodSamples(assessed.history, assessed.reading, u.period),
    ...(input.observed ? { cost: costOfChange(plan, input.observed) } : {})
  }
}

/** The plan of one run, built once from the files `source` reads (readSchedules, then decideSchedules). Writes nothing. */
export async function planSchedules(source: TextSource, input: PlanInput): Promise<SchedulePlan> {
  return decideSchedules(await readSchedules(source, input), input)
}
