import { ValidationError } from './errors.js'
import { parseConfig, type Config } from './core/config.js'
import { buildPlan, type Plan } from './core/plan.js'
import { periodAt } from './core/period.js'
import { latestSample, usageSamples, type State } from './core/state.js'
import { assessUsage } from './core/usage.js'
import { type UsageSettings } from './settings.js'

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

/** Reads the config and the managed workflows, then builds the plan. Reads only; writes nothing. */
export async function preparePlan(source: TextSource, input: EngineInput): Promise<Plan> {
  const config = await loadConfig(source, input.configPath)
  const paths = config.workflows.map(w => w.path)
  const texts = await Promise.all(paths.map(p => source.readText(p)))
  const usage = assessUsage({
    quota: input.usage.quota,
    used: resolveUsed(input),
    resetDay: input.usage.resetDay,
    now: input.now,
    history: input.state ? usageSamples(input.state) : [],
    thresholds: config.thresholds,
    forcedMode: input.usage.mode === 'auto' ? undefined : input.usage.mode
  })
  return buildPlan({
    usage,
    config,
    files: new Map(paths.map((p, i) => [p, texts[i]])),
    now: input.now
  })
}
