/** Reads argv into a command and its flags; anything wrong with the command line itself is a CommandLineError (exit 2). */
import { parseArgs } from 'node:util'
import { DEFAULT_CONFIG_PATH } from '../core/schedule/config.js'
import { errorMessage } from '../core/errors.js'
import { STANDALONE } from './standalone-commands.js'
import { didYouMean } from './suggest.js'

const OPTIONS = {
  quota: { type: 'string', default: '1500' },
  used: { type: 'string', default: '' },
  'reset-day': { type: 'string', default: '1' },
  mode: { type: 'string', default: 'auto' },
  now: { type: 'string' },
  root: { type: 'string', default: '.' },
  config: { type: 'string', default: DEFAULT_CONFIG_PATH },
  history: { type: 'string' },
  'usage-source': { type: 'string', default: 'input' },
  'billing-account': { type: 'string', default: '' },
  'usage-file': { type: 'string' },
  to: { type: 'string' },
  policy: { type: 'string' },
  scenario: { type: 'string' },
  out: { type: 'string' },
  seed: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', default: false }
} as const

type Flag = keyof typeof OPTIONS
const FLAGS = Object.keys(OPTIONS) as Flag[]

export const COMMANDS = ['status', 'plan', 'apply', 'simulate', 'restore'] as const
export type Command = (typeof COMMANDS)[number]

/** Every command, as the messages list them. */
const ALL_COMMANDS = (() => {
  const all = [...COMMANDS, ...Object.keys(STANDALONE)]
  return `${all.slice(0, -1).join(', ')} or ${all.at(-1)}`
})()

/** Flags only `simulate` takes, and flags only status, plan and apply take. */
const SIMULATE_ONLY: readonly Flag[] = ['scenario', 'out', 'seed']
const USAGE_ONLY: readonly Flag[] = [
  'quota',
  'used',
  'reset-day',
  'mode',
  'now',
  'history',
  'usage-source',
  'billing-account',
  'usage-file'
]

/** A command line the CLI cannot run as written: it exits 2 and points to --help. */
export class CommandLineError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CommandLineError'
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
    tokens: true
  })
}

export type Values = ReturnType<typeof parse>['values']

/** What argv asks for. */
export type Invocation =
  { kind: 'help' } | { kind: 'version' } | { kind: 'command'; command: Command; values: Values }

/** Node's "Unknown option '--qouta'. To specify a positional…" as "Unknown option '--qouta' — did you mean --quota?". */
function unknownOption(error: unknown): string {
  const message = errorMessage(error)
  const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec(message)
  if (!unknown) return message
  const [dashes, name] = [unknown[1]!, unknown[2]!]
  const hint = dashes === '--' ? didYouMean(name, FLAGS, '--') : ''
  return `Unknown option '${dashes}${name}'${hint}`
}

function commandOf(positionals: readonly string[]): Command {
  const [word, ...extra] = positionals
  if (word === undefined)
    throw new CommandLineError(`no command given: expected one of ${ALL_COMMANDS}`)
  const command = COMMANDS.find(c => c === word)
  if (command === undefined)
    throw new CommandLineError(
      `expected one command: ${ALL_COMMANDS}; got '${word}'${didYouMean(word, [...COMMANDS, ...Object.keys(STANDALONE)])}`
    )
  if (extra.length > 0)
    throw new CommandLineError(`${command} takes flags only; got '${extra.join(' ')}' after it`)
  return command
}

function listed(flags: readonly string[]): string {
  return flags.length === 1 ? flags[0]! : `${flags.slice(0, -1).join(', ')} and ${flags.at(-1)}`
}

/** A flag that belongs to the other family of commands is a mistake, not something to ignore. */
function checkFlagsFit(command: Command, given: ReadonlySet<string>): void {
  const [foreign, owner] =
    command === 'simulate'
      ? [USAGE_ONLY, 'status, plan and apply']
      : [SIMULATE_ONLY, 'the simulate command']
  const wrong = foreign.filter(f => given.has(f)).map(f => `--${f}`)
  if (wrong.length === 0) return
  const verb = wrong.length === 1 ? 'belongs' : 'belong'
  throw new CommandLineError(`${listed(wrong)} ${verb} to ${owner}, not ${command}`)
}

/** Parses argv: --help and --version win over everything but an unparsable flag. */
export function parseCommandLine(argv: string[]): Invocation {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new CommandLineError(unknownOption(error))
  }
  if (parsed.values.help || parsed.positionals[0] === 'help') return { kind: 'help' }
  if (parsed.values.version) return { kind: 'version' }
  const command = commandOf(parsed.positionals)
  const given = new Set(parsed.tokens.flatMap(t => (t.kind === 'option' ? [t.name] : [])))
  checkFlagsFit(command, given)
  return { kind: 'command', command, values: parsed.values }
}
