/**
 * `recommend` (DESIGN §11; the seed's integrated orchestrator), offline: the managed workflows of the config under
 * `--root`, with the crons their files carry now, against recorded API JSON of their runs and jobs — each workflow's
 * current and recommended crons for the mode, expected duration, success rate, resource impact, confidence and
 * action, then the conflicts. Exit codes: 0 done, 1 a file that does not read, 2 a bad command line.
 */
import { stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { FileSystemRepository } from '../adapters/local/file-system.js'
import { loadRecordedApi } from '../adapters/local/recorded-runs.js'
import { errorMessage, ValidationError } from '../core/errors.js'
import {
  recommend,
  type RecommendThresholds,
  type RecommendWorkflow
} from '../core/forecast/recommend.js'
import { CONFIG_PROBLEMS, DEFAULT_CONFIG_PATH, readConfig } from '../core/schedule/config.js'
import { readCurrentWorkflows } from '../core/schedule/plan.js'
import { isMode, MODES, type Mode } from '../core/schedule/schedule.js'
import { recommendationsJson } from '../reports/recommendations-json.js'
import { renderRecommendations } from '../reports/recommendations-text.js'

/** Where `recommend` writes. */
export interface RecommendTerminal {
  out(text: string): void
  err(text: string): void
}

/** The command's usage, for --help and the CLI's own help. */
export const RECOMMEND_USAGE = `Usage: dynamic-workflow-orchestrator recommend --root <dir> --runs <file|dir> [--jobs <file|dir>]
       [--config <file>] [--mode <mode>] [--now <ISO>] [--impact-minutes <medium>,<high>] [--json]

For each managed workflow: its current crons and the crons of the mode, the expected duration of its next run,
its success rate, the billable minutes of 30 days and their impact, the prediction's confidence and the action
(APPLY above 70%, REVIEW from 50%, MORE DATA below); then the conflicts of the recommended schedules.

  --root <dir>          the checkout holding the config and the workflow files
  --config <file>       the config under --root (default ${DEFAULT_CONFIG_PATH})
  --runs <file|dir>     recorded API JSON holding workflow runs (a file, or a folder of .json files); repeatable
  --jobs <file|dir>     recorded API JSON holding their jobs (minutes and durations come from them); repeatable
  --mode <mode>         aggressive, normal or conservative: the mode whose crons are recommended (default normal)
  --now <ISO>           the clock: runs created later are ignored, schedules are read from here (default now)
  --impact-minutes <m>,<n>  billable minutes per 30 days from which the impact is medium, and high (default 100,1000)
  --json                {"recommendations": {...}} instead of the report
`

const OPTIONS = {
  root: { type: 'string' },
  config: { type: 'string' },
  runs: { type: 'string', multiple: true },
  jobs: { type: 'string', multiple: true },
  mode: { type: 'string' },
  now: { type: 'string' },
  'impact-minutes': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false }
} as const

/** What `recommend` runs with, every flag parsed. */
export interface RecommendOptions {
  root: string
  /** The config's path under the root. */
  config: string
  runs: string[]
  jobs: string[]
  mode: Mode
  now: Date
  thresholds: Partial<RecommendThresholds>
  json: boolean
}

/** A command line `recommend` cannot run as written (exit 2). */
class FlagError extends Error {}

function parseMode(raw: string | undefined): Mode {
  if (raw === undefined) return 'normal'
  if (isMode(raw)) return raw
  throw new FlagError(`--mode must be one of ${MODES.join(', ')}, got '${raw}'`)
}

function parseNow(raw: string | undefined): Date {
  if (raw === undefined) return new Date()
  const now = new Date(raw)
  if (Number.isNaN(now.getTime()))
    throw new FlagError(`--now must be an ISO 8601 time such as 2024-02-22T15:00:00Z, got '${raw}'`)
  return now
}

function parseImpact(raw: string | undefined): Partial<RecommendThresholds> {
  if (raw === undefined) return {}
  const parts = raw.split(',').map(part => part.trim())
  const [medium, high] = parts.map(Number)
  const whole = parts.length === 2 && parts.every(part => /^\d+$/.test(part))
  if (whole && medium !== undefined && high !== undefined && 0 < medium && medium < high)
    return { medium, high }
  throw new FlagError(
    `--impact-minutes must be two whole numbers of minutes, the lower first, such as 100,1000; got '${raw}'`
  )
}

function parsedArgs(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true })
  } catch (error) {
    throw new FlagError(errorMessage(error))
  }
}

/** Reads `recommend`'s flags (the command word may lead); a bad one throws a FlagError naming it. */
export function parseRecommendFlags(argv: string[]): RecommendOptions | 'help' {
  const { values, positionals } = parsedArgs(argv)
  const extra = positionals[0] === 'recommend' ? positionals.slice(1) : positionals
  if (extra.length > 0) throw new FlagError(`recommend takes flags only; got '${extra.join(' ')}'`)
  if (values.help) return 'help'
  if (values.root === undefined)
    throw new FlagError(
      '--root is missing: give the checkout that holds the config and the workflow files'
    )
  if (values.runs === undefined)
    throw new FlagError('--runs is missing: give the runs JSON (a file or a folder of pages)')
  return {
    root: values.root,
    config: values.config ?? DEFAULT_CONFIG_PATH,
    runs: values.runs,
    jobs: values.jobs ?? [],
    mode: parseMode(values.mode),
    now: parseNow(values.now),
    thresholds: parseImpact(values['impact-minutes']),
    json: values.json
  }
}

async function checkRoot(root: string): Promise<void> {
  const found = await stat(root).catch(() => undefined)
  if (found === undefined) throw new ValidationError([`--root ${root} does not exist`])
  if (!found.isDirectory()) throw new ValidationError([`--root ${root} is not a directory`])
}

/** The config's managed workflows, each with the crons its file carries now (read once, as the plan reads them). */
async function managedWorkflows(options: RecommendOptions): Promise<RecommendWorkflow[]> {
  await checkRoot(options.root)
  const repo = new FileSystemRepository(options.root)
  const text = await repo.readText(options.config)
  if (text === undefined)
    throw new ValidationError([`no config at ${options.config} under --root ${options.root}`])
  const { config, problems } = readConfig(text, options.config)
  if (problems.length > 0) throw new ValidationError(problems, CONFIG_PROBLEMS)
  const paths = [...new Set(config.workflows.map(w => w.path))]
  const texts = await Promise.all(paths.map(path => repo.readText(path)))
  const current = readCurrentWorkflows(config, new Map(paths.map((path, i) => [path, texts[i]])))
  return config.workflows.map(w => ({
    id: w.id,
    path: w.path,
    schedules: w.schedules,
    current: current.get(w.id)?.from ?? [],
    ...(w.via ? { via: w.via } : {})
  }))
}

async function run(options: RecommendOptions, term: RecommendTerminal): Promise<void> {
  const workflows = await managedWorkflows(options)
  const api = await loadRecordedApi([...options.runs, ...options.jobs])
  if (api.runs.length === 0)
    throw new Error(`no workflow runs in ${options.runs.join(', ')} (give --runs the runs' JSON)`)
  const { mode, now, thresholds } = options
  const known = api.workflows
  const r = recommend({ workflows, mode, now, thresholds, runs: api.runs, jobs: api.jobs, known })
  term.out(
    options.json ? `${JSON.stringify(recommendationsJson(r), null, 2)}\n` : renderRecommendations(r)
  )
}

/**
 * `recommend --root <dir> --runs <file|dir> [--jobs <file|dir>] [--config <file>] [--mode <mode>] [--now <ISO>]
 * [--impact-minutes <m>,<n>] [--json]`, given the arguments after the command word. Returns the exit code: 0 done,
 * 1 a file that does not read (config, workflow file or recording; the message names it), 2 a bad command line.
 */
export async function runRecommend(argv: string[], term: RecommendTerminal): Promise<number> {
  let options: RecommendOptions | 'help'
  try {
    options = parseRecommendFlags(argv)
  } catch (error) {
    term.err(`error: ${errorMessage(error)}\nRun with --help to see the flags.\n`)
    return 2
  }
  if (options === 'help') {
    term.out(RECOMMEND_USAGE)
    return 0
  }
  try {
    await run(options, term)
    return 0
  } catch (error) {
    term.err(`error: ${errorMessage(error)}\n`)
    return 1
  }
}
