import { ValidationError } from './core/errors.js'
import { parseConfig, type Config, type Policy } from './core/schedule/config.js'
import { buildPlan } from './core/schedule/plan.js'
import { periodAt } from './core/usage/period.js'
import { applyPolicy, type PolicyPlan } from './core/forecast/policy.js'
import { latestSample, usageSamples, type State } from './core/state/state.js'
import { assessUsage, type UsageSample } from './core/usage/usage.js'
import { type UsageSettings } from './settings.js'

export { type PolicyPlan } from './core/forecast/policy.js'

/** Reads text files of the base tree; undefined when a file does not exist. Both adapters provide it. */
export interface TextSource {
  readText(path: string): Promise<string | undefined>
}

/** What the engine needs for one run besides the files. */
export interface EngineInput {
  usage: UsageSettings
  configPath: string
  state: State | undefined
  now: Date
  /** How to name the `used` value when it is missing: "input 'used'" or "--used". */
  usedName: string
  /** The policy asked for by the action input or the CLI flag; undefined takes the config's. */
  policy?: Policy
}

/** `used` as given, or the latest sample of the current period from the state. */
export function resolveUsed(input: EngineInput): number {
  if (input.usage.used !== undefined) return input.usage.used
  const period = periodAt(input.now, input.usage.resetDay)
  const sample = input.state ? latestSample(input.state, period.start, input.now) : undefined
  if (sample) return sample.used
  throw new ValidationError([
    `${input.usedName} is empty and the state has no usage sample for the current period (since ${period.start.toISOString().slice(0, 10)}) — pass the usage figure`
  ])
}

/** Reads and validates the config; a missing file is an error that names it. */
export async function loadConfig(source: TextSource, path: string): Promise<Config> {
  const text = await source.readText(path)
  if (text === undefined) {
    throw new ValidationError(
      [`${path} not found — add the orchestrator config there, or point the config setting at it`],
      'Missing orchestrator config'
    )
  }
  return parseConfig(text, path)
}

/** The reading the usage figures rest on: the given figure at now, or the state's sample it was taken from. */
function currentReading(input: EngineInput, used: number): UsageSample {
  if (input.usage.used !== undefined || !input.state) return { at: input.now, used }
  const period = periodAt(input.now, input.usage.resetDay)
  return latestSample(input.state, period.start, input.now) ?? { at: input.now, used }
}

/**
 * Reads the config and the managed workflows, then builds the plan. The mode comes from the thresholds or, under the
 * target policy, from the projections of the cost model learned from the state. Reads only; writes nothing.
 */
export async function preparePlan(source: TextSource, input: EngineInput): Promise<PolicyPlan> {
  const config = await loadConfig(source, input.configPath)
  const paths = config.workflows.map(w => w.path)
  const texts = await Promise.all(paths.map(p => source.readText(p)))
  const files = new Map(paths.map((p, i) => [p, texts[i]]))
  const history = input.state ? usageSamples(input.state) : []
  const used = resolveUsed(input)
  const usage = assessUsage({
    quota: input.usage.quota,
    used,
    resetDay: input.usage.resetDay,
    now: input.now,
    history,
    thresholds: config.thresholds,
    forcedMode: input.usage.mode === 'auto' ? undefined : input.usage.mode
  })
  const plan = buildPlan({ usage, config, files, now: input.now })
  const chosen = applyPolicy({
    usage,
    config,
    policy: input.policy,
    history,
    changes: input.state?.changes ?? [],
    current: new Map(plan.workflows.map(w => [w.id, w.from])),
    reading: currentReading(input, used),
    now: input.now
  })
  const final =
    chosen.usage.mode === plan.mode
      ? { ...plan, usage: chosen.usage }
      : buildPlan({ usage: chosen.usage, config, files, now: input.now })
  return { ...final, policy: chosen.report }
}
