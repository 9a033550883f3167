import { FIX_KINDS, type FixKind } from './core/audit/fix-kinds.js'
import { ValidationError } from './core/errors.js'
import { isMode, type Mode } from './core/schedule/mode.js'
import {
  DEFAULT_CONFIG_PATH,
  isPolicy,
  POLICIES,
  type Policy
} from './core/schedule/config-names.js'
import {
  parseBillingAccount,
  parseUsageSource,
  type BillingAccount,
  type UsageSource
} from './core/usage/billing-source.js'

/** `auto` lets the usage choose the mode; a mode name forces it. */
export type ModeSetting = Mode | 'auto'

/** The usage figures a run starts from; `used` undefined means "take the latest sample from the state". */
export interface UsageSettings {
  quota: number
  used: number | undefined
  resetDay: number
  mode: ModeSetting
}

/** Raw text values, as an action input or a CLI flag gives them. */
export interface RawUsage {
  quota: string
  used: string
  resetDay: string
  mode: string
}

/** What to call each value in a message: `input 'reset-day'` or `--reset-day`. */
export type UsageNames = Record<keyof RawUsage, string>

const NUMBER = /^\d+(\.\d+)?$/

function parseNumber(
  raw: string,
  name: string,
  min: 'positive' | 'non-negative',
  problems: string[]
) {
  const text = raw.trim()
  const value = Number(text)
  if (!NUMBER.test(text) || (min === 'positive' && value <= 0)) {
    const rule = min === 'positive' ? 'a number above 0' : 'a number ≥ 0'
    problems.push(`${name} must be ${rule}, got '${raw}'`)
    return undefined
  }
  return value
}

function parseResetDay(raw: string, name: string, problems: string[]): number {
  const text = raw.trim()
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < 1 || value > 31) {
    problems.push(`${name} must be a whole day of the month from 1 to 31, got '${raw}'`)
  }
  return value
}

function parseMode(raw: string, name: string, problems: string[]): ModeSetting {
  const text = raw.trim().toLowerCase()
  if (text === '' || text === 'auto') return 'auto'
  if (isMode(text)) return text
  problems.push(`${name} must be one of auto, aggressive, normal, conservative, got '${raw}'`)
  return 'auto'
}

/** Parses the usage values; every bad one is listed in a single ValidationError naming the value and what it got. */
export function parseUsageSettings(raw: RawUsage, names: UsageNames): UsageSettings {
  const problems: string[] = []
  const quota = parseNumber(raw.quota, names.quota, 'positive', problems)
  const used =
    raw.used.trim() === '' ? undefined : parseNumber(raw.used, names.used, 'non-negative', problems)
  const resetDay = parseResetDay(raw.resetDay, names.resetDay, problems)
  const mode = parseMode(raw.mode, names.mode, problems)
  if (problems.length > 0) throw new ValidationError(problems)
  return { quota: quota as number, used, resetDay, mode }
}

/**
 * What the action does: plan and apply the schedules (the default), restore the recorded ones, run one dispatch tick,
 * resume paused dispatched workflows, or audit every workflow file (read-only).
 */
export const OPERATIONS = ['apply', 'restore', 'dispatch', 'resume', 'audit'] as const
export type Operation = (typeof OPERATIONS)[number]

/** How a schedule change reaches the base branch: a pull request, one with auto-merge on, or a direct commit. */
export const DELIVERIES = ['pull-request', 'auto-merge', 'direct'] as const
export type Delivery = (typeof DELIVERIES)[number]

/** The `delivery` input; empty is `pull-request`. */
export function parseDelivery(raw: string, name: string, problems: string[]): Delivery {
  const text = raw.trim().toLowerCase() || 'pull-request'
  const found = DELIVERIES.find(d => d === text)
  if (!found) problems.push(`${name} must be one of ${DELIVERIES.join(', ')}, got '${raw}'`)
  return found ?? 'pull-request'
}

/** Every input of the action (DESIGN §7), parsed and checked. */
export interface ActionSettings {
  operation: Operation
  /** `resume` only: the config ids of the workflows to resume (`workflows`, a comma list); empty: every paused one. */
  workflows: string[]
  /** `restore` only: put back the crons in force at this time; undefined restores the backup. */
  restoreTo: Date | undefined
  /** How a schedule change reaches the base branch (`delivery`). */
  delivery: Delivery
  token: string
  usage: UsageSettings
  config: string
  dryRun: boolean
  /** Empty means the repository's default branch. */
  base: string
  branch: string
  /** Empty disables the state. */
  stateBranch: string
  labels: string[]
  /** thresholds or target; undefined takes the config's `policy`. */
  policy: Policy | undefined
  /** Fail the step when the alert issue cannot be written (issues disabled, no permission). */
  failOnAlertError: boolean
  /** The most API calls a run makes (`max-api-calls`); observing runs stops there and carries on next run. */
  maxApiCalls: number
  /** The analytics window in days (`analytics-days`); the runs of that window are read. */
  analyticsDays: number
  /** Where `used` comes from (DESIGN §10 Live usage). */
  billing: BillingSettings
  /** The audit's fixes the schedule pull request carries (`fix`); none by default. */
  fix: FixKind[]
}

/** Where `used` comes from, whose billing is read, and with which token. */
export interface BillingSettings {
  source: UsageSource
  /** undefined: the repository owner, a user or an organisation as GitHub says. */
  account: BillingAccount | undefined
  /** `billing-token`, or `token` when it is empty. */
  token: string
}

function billing(input: (name: string) => string, token: string, problems: string[]) {
  return {
    source: parseUsageSource(input('usage-source'), "input 'usage-source'", problems),
    account: parseBillingAccount(input('billing-account'), "input 'billing-account'", problems),
    token: input('billing-token').trim() || token
  }
}

const ACTION_NAMES: UsageNames = {
  quota: "input 'quota'",
  used: "input 'used'",
  resetDay: "input 'reset-day'",
  mode: "input 'mode'"
}

function parseBoolean(raw: string, name: string, problems: string[]): boolean {
  const text = raw.trim()
  if (['true', 'True', 'TRUE'].includes(text)) return true
  if (['false', 'False', 'FALSE', ''].includes(text)) return false
  problems.push(`${name} must be true or false, got '${raw}'`)
  return false
}

function branchProblem(value: string, name: string): string | undefined {
  if (/(^[/.-])|\.\.|[\s~^:?*[\\]|\/$|\.lock$|@\{/.test(value)) {
    return `${name} '${value}' is not a valid branch name`
  }
  return undefined
}

/** The labels, the first of which finds the alert issue; none given means `orchestrator`. */
function parseLabels(raw: string): string[] {
  const labels = raw
    .split(/[,\n]/)
    .map(l => l.trim())
    .filter(Boolean)
  return labels.length > 0 ? labels : ['orchestrator']
}

/** A policy name; empty means "whatever the config says". */
export function parsePolicy(raw: string, name: string, problems: string[]): Policy | undefined {
  const text = raw.trim().toLowerCase()
  if (text === '') return undefined
  if (isPolicy(text)) return text
  problems.push(
    `${name} must be one of ${POLICIES.join(', ')} (or empty for the config's), got '${raw}'`
  )
  return undefined
}

function actionUsage(input: (name: string) => string, problems: string[]) {
  try {
    return parseUsageSettings(
      {
        quota: input('quota') || '1500',
        used: input('used'),
        resetDay: input('reset-day') || '1',
        mode: input('mode')
      },
      ACTION_NAMES
    )
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    problems.push(...error.problems)
    return undefined
  }
}

function branches(input: (name: string) => string, problems: string[]) {
  const branch = input('branch').trim() || 'orchestrator/schedules'
  const stateBranch = input('state-branch').trim()
  const base = input('base').trim()
  for (const [value, name] of [
    [branch, "input 'branch'"],
    [stateBranch, "input 'state-branch'"],
    [base, "input 'base'"]
  ] as const) {
    const bad = value ? branchProblem(value, name) : undefined
    if (bad) problems.push(bad)
  }
  if (stateBranch && (stateBranch === branch || stateBranch === base)) {
    problems.push(`input 'state-branch' must differ from 'branch' and 'base', got '${stateBranch}'`)
  }
  return { branch, stateBranch, base }
}

function token(input: (name: string) => string, problems: string[]) {
  const value = input('token').trim()
  if (!value)
    problems.push(
      "input 'token' is empty — pass a token with contents, pull-requests and issues write access"
    )
  return value
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/

/** An ISO 8601 date or time (`--to`, `restore-to`), UTC unless it names an offset; empty is undefined. */
export function parseRestoreTo(raw: string, name: string, problems: string[]): Date | undefined {
  const text = raw.trim()
  if (text === '') return undefined
  const match = ISO_TIME.exec(text)
  const at = match ? new Date(match[1] && !match[4] ? `${text}Z` : text) : undefined
  if (at === undefined || Number.isNaN(at.getTime())) {
    problems.push(
      `${name} must be an ISO 8601 date or time such as 2025-11-05 or 2025-11-05T12:00:00Z, got '${raw}'`
    )
    return undefined
  }
  return at
}

/** `workflows`: config ids, comma- or newline-separated. */
function workflowIds(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map(id => id.trim())
    .filter(Boolean)
}

/** Dispatch and resume keep their records in the state; `workflows` is read by resume only (empty: every paused one). */
function dispatchProblems(text: string, input: (name: string) => string): string[] {
  const ids = workflowIds(input('workflows'))
  if (text !== 'resume' && ids.length > 0)
    return [
      "input 'workflows' is read only by operation: resume — remove it or set operation: resume"
    ]
  const stateless =
    (text === 'dispatch' || text === 'resume') && input('state-branch').trim() === ''
  return stateless
    ? [
        `operation '${text}' keeps its records in the state, but input 'state-branch' is empty — name the state branch`
      ]
    : []
}

function operation(input: (name: string) => string, problems: string[]) {
  const raw = input('operation')
  const text = raw.trim().toLowerCase() || 'apply'
  const known = OPERATIONS.find(o => o === text)
  if (!known) problems.push(`input 'operation' must be ${OPERATIONS.join(', ')}, got '${raw}'`)
  const restoreTo = parseRestoreTo(input('restore-to'), "input 'restore-to'", problems)
  if (text !== 'restore' && input('restore-to').trim() !== '')
    problems.push(
      "input 'restore-to' is read only by operation: restore — remove it or set operation: restore"
    )
  if (text === 'restore' && input('state-branch').trim() === '')
    problems.push(
      "operation 'restore' reads the backup from the state, but input 'state-branch' is empty — name the state branch"
    )
  problems.push(...dispatchProblems(text, input))
  return {
    operation: known ?? 'apply',
    workflows: workflowIds(input('workflows')),
    restoreTo,
    delivery: parseDelivery(input('delivery'), "input 'delivery'", problems)
  }
}

/** A whole number from `min` to `max`; empty takes `fallback`. */
function parseWhole(
  raw: string,
  fallback: number,
  name: string,
  [min, max]: [number, number],
  problems: string[]
): number {
  const text = raw.trim()
  if (text === '') return fallback
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got '${raw}'`)
    return fallback
  }
  return value
}

function observing(input: (name: string) => string, problems: string[]) {
  return {
    maxApiCalls: parseWhole(
      input('max-api-calls'),
      500,
      "input 'max-api-calls'",
      [0, 100_000],
      problems
    ),
    analyticsDays: parseWhole(
      input('analytics-days'),
      30,
      "input 'analytics-days'",
      [1, 400],
      problems
    )
  }
}

/** `fix`: a comma- or newline-separated list of fix kinds; empty (or `none`) is none. Read by operation apply only. */
export function parseFix(raw: string, name: string, problems: string[]): FixKind[] {
  const words = raw
    .split(/[,\n]/)
    .map(w => w.trim().toLowerCase())
    .filter(w => w !== '' && w !== 'none')
  const bad = words.filter(w => !FIX_KINDS.some(k => k === w))
  if (bad.length > 0)
    problems.push(
      `${name} must be a comma list of ${FIX_KINDS.join(', ')} (or empty for none), got '${raw}' — ${bad.map(w => `'${w}'`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not one of them`
    )
  return FIX_KINDS.filter(k => words.includes(k))
}

function fixes(input: (name: string) => string, problems: string[]): FixKind[] {
  const fix = parseFix(input('fix'), "input 'fix'", problems)
  const operation = input('operation').trim().toLowerCase() || 'apply'
  if (fix.length > 0 && operation !== 'apply')
    problems.push(
      `input 'fix' is read only by operation: apply (the schedule pull request carries the fixes) — remove it or set operation: apply`
    )
  return fix
}

/** Parses the action's inputs, read through `input(name)`, into typed settings; nothing else is read. */
export function parseActionSettings(input: (name: string) => string): ActionSettings {
  const problems: string[] = []
  const usage = actionUsage(input, problems)
  const dryRun = parseBoolean(input('dry-run'), "input 'dry-run'", problems)
  const failOnAlertError = parseBoolean(
    input('fail-on-alert-error'),
    "input 'fail-on-alert-error'",
    problems
  )
  const policy = parsePolicy(input('policy'), "input 'policy'", problems)
  const where = branches(input, problems)
  const tokenValue = token(input, problems)
  const what = operation(input, problems)
  const usageSource = billing(input, tokenValue, problems)
  const observe = observing(input, problems)
  const fix = fixes(input, problems)
  if (problems.length > 0) throw new ValidationError(problems, 'Invalid action inputs')
  return {
    ...what,
    token: tokenValue,
    usage: usage as UsageSettings,
    config: input('config').trim() || DEFAULT_CONFIG_PATH,
    dryRun,
    ...where,
    labels: parseLabels(input('labels')),
    policy,
    failOnAlertError,
    billing: usageSource,
    ...observe,
    fix
  }
}
