/**
 * `audit`: every workflow under `--root`'s `.github/workflows/`, judged against recorded runs and jobs when given
 * (DESIGN §13). Exit 0 when every file was audited, 1 when a file could not be read (the audit still lists the rest),
 * 2 for a bad command line.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadRecordedApi } from '../adapters/local/recorded-runs.js'
import {
  auditWorkflows,
  DEFAULT_BRANCH,
  DEFAULT_MIN_INTERVAL,
  type AuditInput,
  type AuditReport
} from '../core/audit/audit.js'
import { errorMessage } from '../core/errors.js'
import { auditJson } from '../reports/audit-json.js'
import { renderAudit } from '../reports/audit-text.js'

export { describeFinding, renderAudit } from '../reports/audit-text.js'

const WORKFLOWS = '.github/workflows'
const USAGE =
  'usage: audit --root <dir> [--runs <file|dir>] [--jobs <file|dir>] [--min-interval <minutes>] [--default-branch <name>] [--public] [--last-activity <date>] [--now <time>] [--json]'

const OPTIONS = {
  root: { type: 'string', default: '.' },
  runs: { type: 'string', multiple: true },
  jobs: { type: 'string', multiple: true },
  'min-interval': { type: 'string' },
  'default-branch': { type: 'string' },
  public: { type: 'boolean', default: false },
  'last-activity': { type: 'string' },
  now: { type: 'string' },
  json: { type: 'boolean', default: false }
} as const

/** What `audit` runs with, every flag parsed. */
interface AuditOptions {
  root: string
  recordings: string[]
  minInterval: number
  defaultBranch: string
  public: boolean
  lastActivity?: Date
  now: Date
  json: boolean
}

/** Where the command writes. */
interface Terminal {
  out(text: string): void
  err(text: string): void
}

class FlagError extends Error {}

function timeFlag(raw: string | undefined, flag: string): Date | undefined {
  if (raw === undefined) return undefined
  const time = new Date(raw)
  if (Number.isNaN(time.getTime()))
    throw new FlagError(`${flag} must be an ISO 8601 date or time, got '${raw}'`)
  return time
}

function minIntervalOf(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_MIN_INTERVAL
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 5 || Number(raw) > 1440)
    throw new FlagError(
      `--min-interval must be a whole number of minutes from 5 to 1440, got '${raw}'`
    )
  return Number(raw)
}

function parseFlags(argv: string[]): AuditOptions {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new FlagError(errorMessage(error).split('. To specify')[0] ?? errorMessage(error))
  }
  const { values, positionals } = parsed
  if (positionals.length > 0)
    throw new FlagError(`audit takes flags only; got '${positionals.join(' ')}'`)
  const lastActivity = timeFlag(values['last-activity'], '--last-activity')
  return {
    root: values.root,
    recordings: [...(values.runs ?? []), ...(values.jobs ?? [])],
    minInterval: minIntervalOf(values['min-interval']),
    defaultBranch: values['default-branch'] ?? DEFAULT_BRANCH,
    public: values.public,
    ...(lastActivity ? { lastActivity } : {}),
    now: timeFlag(values.now, '--now') ?? new Date(),
    json: values.json
  }
}

/** The workflow files under the root, by their path in the repository. */
async function readWorkflowFiles(root: string): Promise<Record<string, string>> {
  const dir = path.join(root, WORKFLOWS)
  const names = await readdir(dir).catch((error: unknown) => {
    throw new Error(`no ${WORKFLOWS} folder under --root ${root} (${errorMessage(error)})`)
  })
  const files = names.filter(name => /\.ya?ml$/.test(name)).sort()
  const texts = await Promise.all(files.map(name => readFile(path.join(dir, name), 'utf8')))
  return Object.fromEntries(files.map((name, i) => [`${WORKFLOWS}/${name}`, texts[i] ?? '']))
}

async function auditInput(options: AuditOptions): Promise<AuditInput> {
  const files = await readWorkflowFiles(options.root)
  const recorded =
    options.recordings.length > 0 ? await loadRecordedApi(options.recordings) : undefined
  const repository = {
    public: options.public,
    ...(options.lastActivity ? { lastActivity: options.lastActivity } : {})
  }
  const base = {
    files,
    now: options.now,
    minInterval: options.minInterval,
    defaultBranch: options.defaultBranch,
    repository
  }
  return recorded
    ? { ...base, runs: recorded.runs, jobs: recorded.jobs, workflows: recorded.workflows }
    : base
}

/**
 * The audit of every workflow under `root` for the JSON of `status`, `plan` and `apply` (no runs: savings in runs
 * only); nothing when the root has no workflows folder.
 */
export async function auditJsonOf(root: string, now: Date): Promise<object> {
  const files = await readWorkflowFiles(root).catch(() => undefined)
  return files ? auditJson(auditWorkflows({ files, now })) : {}
}

/**
 * Runs `audit` with the arguments after the command word; prints the findings (text, or `{audit, errors}` with
 * --json) and returns the exit code.
 */
export async function runAudit(argv: string[], term: Terminal): Promise<number> {
  let options: AuditOptions
  try {
    options = parseFlags(argv)
  } catch (error) {
    term.err(`error: ${errorMessage(error)}\n${USAGE}\n`)
    return 2
  }
  let report: AuditReport
  try {
    report = auditWorkflows(await auditInput(options))
  } catch (error) {
    term.err(`error: ${errorMessage(error)}\n`)
    return 1
  }
  term.out(
    options.json
      ? `${JSON.stringify({ audit: report.findings, errors: report.errors }, null, 2)}\n`
      : renderAudit(report)
  )
  for (const e of report.errors) term.err(`error: ${e.path}: ${e.error}\n`)
  return report.errors.length > 0 ? 1 : 0
}
