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
import type { AuditFinding, Savings } from '../core/audit/findings.js'
import { errorMessage } from '../core/errors.js'

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

function plural(n: number, unit: string): string {
  return `${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`
}

function savingsParts(savings: Savings): string {
  const parts = [plural(savings.runs ?? 0, 'run')]
  if (savings.minutes !== null) parts.push(plural(savings.minutes, 'minute'))
  if (savings.dollars !== null) parts.push(`$${savings.dollars.toFixed(2)}`)
  return parts.join(', ')
}

function savingsText(savings: Savings | null): string {
  if (savings === null || savings.runs === null) return ''
  return ` — saves ${savingsParts(savings)} per 30 days`
}

function zone(detail: { timezone?: string }): string {
  return detail.timezone ? ` (${detail.timezone})` : ''
}

/** One finding in words. */
export function describeFinding(f: AuditFinding): string {
  switch (f.kind) {
    case 'throttle': {
      const d = f.detail
      const to = d.suggested ? `throttle to '${d.suggested}'` : 'no throttle keeps its shape'
      return `'${d.cron}'${zone(d)} runs ${d.shortestGap} minutes apart at its closest, under the ${d.minInterval}-minute minimum: ${to}`
    }
    case 'minute-zero': {
      const d = f.detail
      const to = d.suggested ? `; move it to '${d.suggested}'` : ''
      return `'${d.cron}'${zone(d)} runs at minute 0, when GitHub delays and drops the most scheduled runs${to}`
    }
    case 'duplicate-schedule': {
      const d = f.detail
      if (d.scope === 'workflow')
        return `repeats ${d.duplicateOf}: the same schedule, triggers and steps`
      const how = d.identical
        ? 'runs at the same times as'
        : 'runs only at times already covered by'
      return `'${d.crons[0]}' ${how} '${d.duplicateOf}', so those runs start twice — remove it`
    }
    default:
      return describeHygiene(f)
  }
}

function describeHygiene(f: AuditFinding): string {
  if (f.kind === 'concurrency') {
    const d = f.detail
    const seen =
      d.overlappingRuns === null
        ? ''
        : `; ${plural(d.overlappingRuns, 'run')} overlapped another on the same branch`
    const cancel = d.cancelInProgress
      ? 'cancel-in-progress: true'
      : `cancel-in-progress: false, as a push to ${d.defaultBranch} runs it and cancelling could skip a deploy`
    return `runs on ${d.triggers.join(', ')} without a concurrency group${seen} — add one (${cancel})`
  }
  if (f.kind === 'timeout') {
    const d = f.detail
    const seen =
      d.longestMinutes === null
        ? ''
        : ` (longest of ${d.observedJobs} recorded: ${d.longestMinutes} min)`
    const add = d.suggestedMinutes === null ? '' : ` — add timeout-minutes: ${d.suggestedMinutes}`
    return `job '${d.job}' has no timeout-minutes, so a hung run bills up to 6 hours${seen}${add}`
  }
  if (f.kind === 'inactive') {
    const d = f.detail
    if (d.state === 'disabled') return 'GitHub disabled it for inactivity — re-enable it'
    return `GitHub disables it on ${d.disablesOn?.slice(0, 10)} (no activity for ${d.daysInactive} days) unless the repository sees activity`
  }
  return f.kind
}

/** What the throttles and duplicate schedules save together; minutes and dollars only when known for each. */
function totalSavings(findings: readonly AuditFinding[]): Savings | undefined {
  const parts = findings.flatMap(f =>
    f.kind === 'throttle' || f.kind === 'duplicate-schedule' ? [f.savings] : []
  )
  const known = parts.filter(p => p.runs !== null)
  if (known.length === 0) return undefined
  const sum = (pick: (s: Savings) => number | null): number | null =>
    known.every(p => pick(p) !== null) ? known.reduce((a, p) => a + (pick(p) ?? 0), 0) : null
  const dollars = sum(p => p.dollars)
  return {
    runs: sum(p => p.runs),
    minutes: sum(p => p.minutes),
    dollars: dollars === null ? null : Math.round(dollars * 100) / 100
  }
}

/** The text report: findings grouped by file, then the files that could not be read, then the total savings. */
export function renderAudit(report: AuditReport): string {
  const lines: string[] = []
  let current = ''
  for (const f of report.findings) {
    if (f.path !== current) {
      current = f.path
      lines.push(f.workflow === f.path ? f.path : `${f.path} (${f.workflow})`)
    }
    lines.push(`  - ${f.kind}: ${describeFinding(f)}${savingsText(f.savings)}`)
  }
  if (report.findings.length === 0) lines.push('No findings.')
  const total = totalSavings(report.findings)
  if (total)
    lines.push(
      `Throttling and removing duplicate schedules saves ${savingsParts(total)} per 30 days.`
    )
  if (report.errors.length > 0)
    lines.push('Not audited:', ...report.errors.map(e => `  - ${e.path}: ${e.error}`))
  return `${lines.join('\n')}\n`
}
