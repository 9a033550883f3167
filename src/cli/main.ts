import { readFile, stat } from 'node:fs/promises'
import { FileSystemRepository } from '../adapters/local/file-system.js'
import { type Policy } from '../core/schedule/config.js'
import { changedWorkflows, type Plan } from '../core/schedule/plan.js'
import { parseState, type State } from '../core/state/state.js'
import { planSchedules } from '../use-cases/plan-schedules.js'
import { errorMessage, ValidationError } from '../core/errors.js'
import { renderDiff } from '../reports/diff.js'
import { jsonReport } from '../reports/json-report.js'
import { renderTextReport } from '../reports/text-report.js'
import { parsePolicy, parseUsageSettings, type UsageSettings } from '../settings.js'
import { auditJsonOf } from './audit-command.js'
import { CommandLineError, parseCommandLine, type Command, type Values } from './command-line.js'
import { HELP } from './help.js'
import { cliLiveUsage, parseUsageSourceFlags, type UsageSourceOptions } from './live-usage.js'
import { STANDALONE } from './standalone-commands.js'
import { parseSimulateFlags, runSimulate, type SimulateOptions } from './simulate-command.js'
import { parseRestoreFlags, runRestore, type RestoreOptions } from './restore-command.js'
import { VERSION } from './version.js'

/** Where the CLI writes; injected so tests read what a person would see. */
export interface Terminal {
  out(text: string): void
  err(text: string): void
}

/** What status, plan and apply run with, every flag value parsed. */
interface PlanOptions {
  command: Exclude<Command, 'simulate' | 'restore'>
  usage: UsageSettings
  policy: Policy | undefined
  now: Date
  root: string
  config: string
  history?: string
  json: boolean
  /** `--usage-source`, `--billing-account`, `--usage-file`. */
  source: UsageSourceOptions
}

type Options = PlanOptions | SimulateOptions | RestoreOptions

function parseNow(raw: string | undefined): Date {
  if (raw === undefined) return new Date()
  const now = new Date(raw)
  if (Number.isNaN(now.getTime()))
    throw new ValidationError([
      `--now must be an ISO 8601 time such as 2025-11-12T02:24:00Z, got '${raw}'`
    ])
  return now
}

function parsePlanFlags(command: PlanOptions['command'], values: Values): PlanOptions {
  const problems: string[] = []
  const policy = parsePolicy(values.policy ?? '', '--policy', problems)
  const source = parseUsageSourceFlags(values, problems)
  if (problems.length > 0) throw new ValidationError(problems)
  const usage = parseUsageSettings(
    { quota: values.quota, used: values.used, resetDay: values['reset-day'], mode: values.mode },
    { quota: '--quota', used: '--used', resetDay: '--reset-day', mode: '--mode' }
  )
  if (usage.used === undefined && values.history === undefined && source.source === 'input')
    throw new ValidationError([
      'neither --used nor --history was given — pass --used <usage so far>, or --history <state file> to take its latest sample'
    ])
  const { root, config, history, json } = values
  const now = parseNow(values.now)
  const historyFile = history ? { history } : {}
  return { command, usage, policy, now, root, config, ...historyFile, json, source }
}

/** Every flag value parsed before anything is read: a value that does not parse is a bad command line. */
function parseFlags(command: Command, values: Values): Options {
  try {
    if (command === 'restore') return parseRestoreFlags(values)
    return command === 'simulate' ? parseSimulateFlags(values) : parsePlanFlags(command, values)
  } catch (error) {
    if (error instanceof ValidationError)
      throw new CommandLineError(error.message, { cause: error })
    throw error
  }
}

/** --root names the checkout; say so plainly when it is not there rather than "config not found". */
async function checkRoot(root: string): Promise<void> {
  const found = await stat(root).catch(() => undefined)
  if (found === undefined) throw new ValidationError([`--root ${root} does not exist`])
  if (!found.isDirectory()) throw new ValidationError([`--root ${root} is not a directory`])
}

async function readHistory(path: string | undefined): Promise<State | undefined> {
  if (path === undefined) return undefined
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ValidationError([`--history ${path} cannot be read (${errorMessage(error)})`])
  }
  return parseState(text, path)
}

async function apply(plan: Plan, repo: FileSystemRepository, term: Terminal): Promise<void> {
  const changed = changedWorkflows(plan)
  for (const w of changed) await repo.writeText(w.path, w.newText)
  if (changed.length === 0)
    term.out(`Nothing to change: every managed workflow already has its ${plan.mode} schedule.\n`)
  for (const w of changed) term.out(`updated ${w.path}\n`)
}

async function runPlan(options: PlanOptions, term: Terminal): Promise<void> {
  const { command, usage, now, policy } = options
  const repo = new FileSystemRepository(options.root)
  const state = await readHistory(options.history)
  const configPath = options.config
  const live = await cliLiveUsage(options.source, { usage, state, now })
  const plan = await planSchedules(repo, {
    usage,
    configPath,
    state,
    now,
    usedName: '--used',
    policy,
    usageSource: options.source.source,
    live
  })
  if (options.json) {
    const audit = await auditJsonOf(options.root, now)
    term.out(`${JSON.stringify({ ...jsonReport(plan), ...audit }, null, 2)}\n`)
  } else if (command === 'status') term.out(`${renderTextReport(plan)}\n`)
  else if (command === 'plan')
    term.out(
      renderDiff(plan) ||
        `No changes: every managed workflow already has its ${plan.mode} schedule.\n`
    )
  if (command === 'apply')
    await apply(plan, repo, options.json ? { out: () => {}, err: term.err } : term)
}

async function execute(options: Options, term: Terminal): Promise<void> {
  await checkRoot(options.root)
  if ('restore' in options) await runRestore(options, text => term.out(text))
  else if ('scenario' in options) await runSimulate(options, text => term.out(text))
  else await runPlan(options, term)
}

function failed(error: unknown, term: Terminal): number {
  term.err(`error: ${errorMessage(error)}\n`)
  return 1
}

/**
 * Runs the CLI with the arguments after the program name; returns the exit code: 0 done, 1 a file or directory that
 * does not work (nothing written), 2 a bad command line.
 */
export async function runCli(argv: string[], term: Terminal): Promise<number> {
  const standalone = STANDALONE[argv[0] ?? '']
  if (standalone) return standalone(argv.slice(1), term)
  let options: Options
  try {
    const invocation = parseCommandLine(argv)
    if (invocation.kind === 'help') term.out(HELP)
    if (invocation.kind === 'version') term.out(`${VERSION}\n`)
    if (invocation.kind !== 'command') return 0
    options = parseFlags(invocation.command, invocation.values)
  } catch (error) {
    if (!(error instanceof CommandLineError)) return failed(error, term)
    term.err(`error: ${error.message}\nRun with --help to see the commands and flags.\n`)
    return 2
  }
  try {
    await execute(options, term)
    return 0
  } catch (error) {
    return failed(error, term)
  }
}
