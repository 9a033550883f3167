import { ValidationError } from '../core/errors.js'
import { applyPolicy, modeInForce, type PolicyPlan } from '../core/forecast/policy.js'
import {
  CONFIG_PROBLEMS,
  readConfig,
  type Config,
  type ConfigReading,
  type Policy
} from '../core/schedule/config.js'
import { buildPlan, readCurrentWorkflows, type CurrentWorkflow } from '../core/schedule/plan.js'
import {
  inForceSince,
  settleChanges,
  type BaseCrons,
  type ModeInForce
} from '../core/state/schedule-changes.js'
import { type ScheduleChange, type State } from '../core/state/state.js'
import { type UsageSource } from '../core/usage/billing-source.js'
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
}

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

/** The plan with the config and the settled schedule changes it was built from, for the use cases after it. */
export type SchedulePlan = PolicyPlan & { config: Config; changes: readonly ScheduleChange[] }

/**
 * The plan of one run, built once: the config and the managed workflows read from `source`, the usage assessed, the
 * mode chosen by the thresholds or, under the target policy, by the cost model learned from the state — from the
 * changes in force only, a proposal the base branch now carries counting as in force from now. Writes nothing.
 */
export async function planSchedules(source: TextSource, input: PlanInput): Promise<SchedulePlan> {
  // The config's problems and the workflow files' are listed together, in one error.
  const { config, problems } = await readConfigFile(source, input.configPath)
  const current = readCurrentWorkflows(config, await readWorkflowTexts(source, config), problems)
  const changes = settleChanges(input.state?.changes ?? [], baseCrons(current), input.now)
  const assessed = assessUsageNow({ ...input, thresholds: config.thresholds })
  const chosen = applyPolicy({
    usage: assessed.usage,
    config,
    policy: input.policy,
    history: assessed.history,
    changes,
    current: new Map([...current].map(([id, file]) => [id, file.from])),
    reading: assessed.reading,
    now: input.now
  })
  const plan = buildPlan({ usage: chosen.usage, config, current, now: input.now })
  return {
    ...plan,
    policy: chosen.report,
    inForce: inForceOf(config, current, changes),
    config,
    changes
  }
}
