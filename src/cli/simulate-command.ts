import { readFile, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { FileSystemRepository } from '../adapters/local/file-system.js'
import { POLICIES, type Policy } from '../core/schedule/config.js'
import { loadConfig } from '../use-cases/plan-schedules.js'
import { errorMessage, ValidationError } from '../core/errors.js'
import { simulationSvg } from '../simulate/chart-svg.js'
import { parseScenario } from '../simulate/scenario.js'
import { renderSimulation, simulationJson } from '../simulate/simulation-report.js'
import { buildWorld, simulate } from '../simulate/simulator.js'

/** The flags `simulate` reads. */
export interface SimulateFlags {
  root: string
  config: string
  scenario?: string
  policy?: string
  out?: string
  seed?: string
  json: boolean
}

/** `--policy thresholds|target|both` (default both). */
function policiesOf(raw: string | undefined): Policy[] {
  const text = (raw ?? 'both').trim().toLowerCase()
  if (text === 'both') return [...POLICIES]
  const policy = POLICIES.find(p => p === text)
  if (policy) return [policy]
  throw new ValidationError([`--policy must be one of thresholds, target, both, got '${raw}'`])
}

/** --seed overrides the scenario's seed (a whole number ≥ 0). */
function seedOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  if (/^\d+$/.test(raw.trim()) && Number(raw) <= 2 ** 32 - 1) return Number(raw)
  throw new ValidationError([`--seed must be a whole number from 0 to 4294967295, got '${raw}'`])
}

async function readScenarioText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    throw new ValidationError([`--scenario ${path} cannot be read (${errorMessage(error)})`])
  }
}

/** Where the chart goes: --out, else <scenario file name>.svg in the working directory. */
export function chartPath(out: string | undefined, scenarioFile: string): string {
  return out ?? `${basename(scenarioFile).replace(/\.ya?ml$/i, '')}.svg`
}

/** What `simulate` runs with, every flag value parsed. */
export interface SimulateOptions {
  root: string
  config: string
  scenario: string
  policies: Policy[]
  seed?: number
  chart: string
  json: boolean
}

/** Parses the simulate flags before anything is read; a missing or bad value throws a ValidationError naming it. */
export function parseSimulateFlags(flags: SimulateFlags): SimulateOptions {
  const scenario = flags.scenario
  if (!scenario)
    throw new ValidationError([
      '--scenario is missing: give a scenario file, e.g. examples/scenarios/steady-team.yml'
    ])
  const policies = policiesOf(flags.policy)
  const seed = seedOf(flags.seed)
  const { root, config, json } = flags
  const chart = chartPath(flags.out, scenario)
  return { root, config, scenario, policies, ...(seed === undefined ? {} : { seed }), chart, json }
}

/** `simulate`: replays the scenario's period against the config under --root, prints the results, writes the chart. */
export async function runSimulate(
  options: SimulateOptions,
  out: (text: string) => void
): Promise<void> {
  const { scenario: file, seed, chart } = options
  const parsed = parseScenario(await readScenarioText(file), file)
  const scenario = seed === undefined ? parsed : { ...parsed, seed }
  const config = await loadConfig(new FileSystemRepository(options.root), options.config)
  const sim = simulate(buildWorld(scenario, config, file), options.policies)
  await writeFile(chart, simulationSvg(sim, config.target), 'utf8')
  if (options.json) out(`${JSON.stringify(simulationJson(sim, file, chart), null, 2)}\n`)
  else out(renderSimulation(sim, file, chart))
}
