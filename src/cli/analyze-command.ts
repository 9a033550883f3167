/**
 * `analyze`: the run analytics of DESIGN §10 over recorded API JSON, offline — the pages `gh api --paginate` prints
 * for `…/actions/runs` and `…/runs/{id}/jobs`. With --root, the config there names the workflows by id and prices each
 * mode, and the crons in the workflow files give the schedule health.
 */
import { stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { FileSystemRepository } from '../adapters/local/file-system.js'
import { loadRecordedApi } from '../adapters/local/recorded-runs.js'
import { errorMessage, ValidationError, WorkflowFileError } from '../core/errors.js'
import { analyzeRuns, type AnalyticsInput } from '../core/runs/analytics.js'
import { type RecordedApi } from '../core/runs/records.js'
import { CONFIG_PROBLEMS, DEFAULT_CONFIG_PATH, readConfig } from '../core/schedule/config.js'
import { readSchedule } from '../core/schedule/schedule-editor.js'
import { type ScheduleSpan } from '../core/schedule/schedule-history.js'
import { analyticsJson } from '../reports/analytics-json.js'
import { renderAnalytics } from '../reports/analytics-text.js'

/** Where `analyze` writes. */
export interface AnalyzeTerminal {
  out(text: string): void
  err(text: string): void
}

/** What `analyze` runs with, every flag parsed. */
export interface AnalyzeOptions {
  runs: string
  jobs?: string
  root?: string
  /** The config's path under the root; `explicit` when --config was given (then it must exist). */
  config: { path: string; explicit: boolean }
  now?: Date
  days: number
  json: boolean
}

const OPTIONS = {
  runs: { type: 'string' },
  jobs: { type: 'string' },
  root: { type: 'string' },
  config: { type: 'string' },
  now: { type: 'string' },
  'analytics-days': { type: 'string' },
  json: { type: 'boolean', default: false }
} as const

/** A command line `analyze` cannot run as written (exit 2). */
class FlagError extends Error {}

function parseDays(raw: string | undefined): number {
  if (raw === undefined) return 30
  const days = Number(raw)
  if (/^\d+$/.test(raw.trim()) && days >= 1 && days <= 3650) return days
  throw new FlagError(
    `--analytics-days must be a whole number of days from 1 to 3650, got '${raw}'`
  )
}

function parseNow(raw: string | undefined): Date | undefined {
  if (raw === undefined) return undefined
  const now = new Date(raw)
  if (Number.isNaN(now.getTime()))
    throw new FlagError(`--now must be an ISO 8601 time such as 2024-02-22T15:00:00Z, got '${raw}'`)
  return now
}

/** Reads `analyze`'s flags (the arguments after the command word); a bad one throws a FlagError naming it. */
export function parseAnalyzeFlags(argv: string[]): AnalyzeOptions {
  let values
  try {
    values = parseArgs({
      args: argv,
      options: OPTIONS,
      strict: true,
      allowPositionals: false
    }).values
  } catch (error) {
    throw new FlagError(errorMessage(error))
  }
  if (values.runs === undefined)
    throw new FlagError('--runs is missing: give the runs JSON (a file or a folder of pages)')
  const root = values.root ?? (values.config === undefined ? undefined : '.')
  return {
    runs: values.runs,
    ...(values.jobs === undefined ? {} : { jobs: values.jobs }),
    ...(root === undefined ? {} : { root }),
    config: { path: values.config ?? DEFAULT_CONFIG_PATH, explicit: values.config !== undefined },
    ...(values.now === undefined ? {} : { now: parseNow(values.now) }),
    days: parseDays(values['analytics-days']),
    json: values.json
  }
}

async function checkRoot(root: string): Promise<void> {
  const found = await stat(root).catch(() => undefined)
  if (found === undefined) throw new ValidationError([`--root ${root} does not exist`])
  if (!found.isDirectory()) throw new ValidationError([`--root ${root} is not a directory`])
}

/** The config under the root (its workflows and prices); undefined when the default one is absent, an error when --config names a missing one. */
async function configOf(repo: FileSystemRepository, config: AnalyzeOptions['config']) {
  const text = await repo.readText(config.path)
  if (text === undefined && config.explicit)
    throw new ValidationError([`--config ${config.path} not found under --root`])
  if (text === undefined) return undefined
  const { config: read, problems } = readConfig(text, config.path)
  if (problems.length > 0) throw new ValidationError(problems, CONFIG_PROBLEMS)
  return read
}

/** The crons a workflow file carries now, as its one span; none when it has no schedule or is not there. */
async function spansOf(
  repo: FileSystemRepository,
  path: string
): Promise<ScheduleSpan[] | undefined> {
  if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return undefined
  const text = await repo.readText(path)
  if (text === undefined) return undefined
  try {
    return [{ since: -Infinity, entries: readSchedule(text, path) }]
  } catch (error) {
    if (error instanceof WorkflowFileError) return undefined
    throw error
  }
}

/** The config's workflows and prices, and every workflow file's schedule under --root. */
async function repositoryContext(
  options: AnalyzeOptions & { root: string },
  api: RecordedApi
): Promise<Pick<AnalyticsInput, 'managed' | 'schedules' | 'prices'>> {
  await checkRoot(options.root)
  const repo = new FileSystemRepository(options.root)
  const config = await configOf(repo, options.config)
  const managed = config?.workflows
  const paths = [
    ...new Set([...api.workflows.map(w => w.path), ...(managed ?? []).map(w => w.path)])
  ]
  const spans = await Promise.all(paths.map(path => spansOf(repo, path)))
  const schedules = new Map<string, readonly ScheduleSpan[]>()
  paths.forEach((path, i) => spans[i] && schedules.set(path, spans[i]))
  return {
    ...(managed ? { managed } : {}),
    ...(config?.prices ? { prices: config.prices } : {}),
    schedules
  }
}

async function analyze(options: AnalyzeOptions, term: AnalyzeTerminal): Promise<void> {
  const api = await loadRecordedApi(options.jobs ? [options.runs, options.jobs] : [options.runs])
  const { root } = options
  const context = root === undefined ? {} : await repositoryContext({ ...options, root }, api)
  const { now, days } = options
  const analytics = analyzeRuns({ api, days, ...(now ? { now } : {}), ...context })
  if (options.json) term.out(`${JSON.stringify(analyticsJson(analytics), null, 2)}\n`)
  else term.out(renderAnalytics(analytics, days))
}

/**
 * `analyze --runs <file|dir> [--jobs <file|dir>] [--root <dir>] [--config <file>] [--now <ISO>]
 * [--analytics-days N] [--json]`, given the arguments after the command word. Returns the exit code: 0 done, 1 a file
 * that does not read (the message names the file, the line and the object that broke), 2 a bad command line.
 */
export async function runAnalyze(argv: string[], term: AnalyzeTerminal): Promise<number> {
  let options: AnalyzeOptions
  try {
    options = parseAnalyzeFlags(argv)
  } catch (error) {
    term.err(`error: ${errorMessage(error)}\nRun with --help to see the commands and flags.\n`)
    return 2
  }
  try {
    await analyze(options, term)
    return 0
  } catch (error) {
    term.err(`error: ${errorMessage(error)}\n`)
    return 1
  }
}
