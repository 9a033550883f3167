import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { FileSystemRepository } from '../adapters/local/file-system.js'
import { DEFAULT_CONFIG_PATH } from '../core/schedule/config.js'
import { changedWorkflows, type Plan } from '../core/schedule/plan.js'
import { parseState, type State } from '../core/state/state.js'
import { planSchedules } from '../use-cases/plan-schedules.js'
import { errorMessage, ValidationError } from '../core/errors.js'
import { renderDiff } from '../reports/diff.js'
import { jsonReport } from '../reports/json-report.js'
import { renderTextReport } from '../reports/text-report.js'
import { parsePolicy, parseUsageSettings } from '../settings.js'
import { HELP } from './help.js'
import { runSimulate } from './simulate-command.js'

/** Where the CLI writes; injected so tests read what a person would see. */
export interface Terminal {
  out(text: string): void
  err(text: string): void
}

const OPTIONS = {
  quota: { type: 'string', default: '1500' },
  used: { type: 'string', default: '' },
  'reset-day': { type: 'string', default: '1' },
  mode: { type: 'string', default: 'auto' },
  now: { type: 'string' },
  root: { type: 'string', default: '.' },
  config: { type: 'string', default: DEFAULT_CONFIG_PATH },
  history: { type: 'string' },
  policy: { type: 'string' },
  scenario: { type: 'string' },
  out: { type: 'string' },
  seed: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false }
} as const

const COMMANDS = ['status', 'plan', 'apply', 'simulate'] as const
type Command = (typeof COMMANDS)[number]

function parseNow(raw: string | undefined): Date {
  if (raw === undefined) return new Date()
  const now = new Date(raw)
  if (Number.isNaN(now.getTime()))
    throw new ValidationError([
      `--now must be an ISO 8601 time such as 2025-11-12T02:24:00Z, got '${raw}'`
    ])
  return now
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

type Values = ReturnType<typeof parseCommandLine>['values']

function policyFlag(values: Values) {
  const problems: string[] = []
  if ([values.scenario, values.out, values.seed].some(v => v !== undefined))
    problems.push('--scenario, --out and --seed belong to the simulate command')
  const policy = parsePolicy(values.policy ?? '', '--policy', problems)
  if (problems.length > 0) throw new ValidationError(problems)
  return policy
}

async function execute(command: Command, values: Values, term: Terminal) {
  if (command === 'simulate') return runSimulate(values, text => term.out(text))
  const policy = policyFlag(values)
  const usage = parseUsageSettings(
    { quota: values.quota, used: values.used, resetDay: values['reset-day'], mode: values.mode },
    { quota: '--quota', used: '--used', resetDay: '--reset-day', mode: '--mode' }
  )
  const now = parseNow(values.now)
  const repo = new FileSystemRepository(values.root)
  const state = await readHistory(values.history)
  const plan = await planSchedules(repo, {
    usage,
    configPath: values.config,
    state,
    now,
    usedName: '--used',
    policy
  })
  if (values.json) term.out(`${JSON.stringify(jsonReport(plan), null, 2)}\n`)
  else if (command === 'status') term.out(`${renderTextReport(plan)}\n`)
  else if (command === 'plan')
    term.out(
      renderDiff(plan) ||
        `No changes: every managed workflow already has its ${plan.mode} schedule.\n`
    )
  if (command === 'apply')
    await apply(plan, repo, values.json ? { out: () => {}, err: term.err } : term)
}

function parseCommandLine(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
}

/** Runs the CLI with the arguments after the program name; returns the exit code. */
export async function runCli(argv: string[], term: Terminal): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>
  try {
    parsed = parseCommandLine(argv)
  } catch (error) {
    term.err(`error: ${errorMessage(error)}\nRun with --help to see the commands and flags.\n`)
    return 2
  }
  const [command, ...extra] = parsed.positionals
  if (parsed.values.help || command === 'help') {
    term.out(HELP)
    return 0
  }
  if (!COMMANDS.includes(command as Command) || extra.length > 0) {
    term.err(
      `error: expected one command: status, plan, apply or simulate; got '${parsed.positionals.join(' ')}'\nRun with --help to see the commands and flags.\n`
    )
    return 2
  }
  try {
    await execute(command as Command, parsed.values, term)
    return 0
  } catch (error) {
    term.err(`error: ${errorMessage(error)}\n`)
    return 1
  }
}
