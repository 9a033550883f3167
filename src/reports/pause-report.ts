/**
 * Pauses in words (DESIGN §12 pause on failure, §13 budgets): the alert issue's Paused section (between markers, so a
 * tick can replace it in place), the title's pause part, the comment a change of pauses leaves on the issue, the job
 * summary's Budgets section and the `paused` output.
 */
import { type BudgetPause, type BudgetUnit } from '../core/usage/budgets.js'
import { alertStatus, pausedRows, type Paused, type PauseChange } from '../core/usage/paused.js'
import { type Status, type UsageReport } from '../core/usage/usage.js'
import { count, decimal } from './format.js'

export const PAUSES_START = '<!-- orchestrator-pauses -->'
export const PAUSES_END = '<!-- /orchestrator-pauses -->'
const USAGE_MARKER = /<!-- orchestrator-usage: (SAFE|WARNING|CRITICAL) -->/
const TITLE_PREFIX = 'Orchestrator: '
const TITLE_JOIN = ' · '

/** A figure in its unit: $12.40, 1,234 billable minutes, 1,500 (the quota's unit). */
export function figureText(value: number, unit: BudgetUnit | undefined): string {
  if (unit === 'dollars') return `$${value.toFixed(2)}`
  const n = Number.isInteger(value) || value >= 100 ? count(value) : value.toFixed(2)
  return unit === 'minutes' ? `${n} billable minutes` : n
}

const CAP: Record<BudgetPause['reason'], string> = {
  'daily-budget': 'daily budget',
  'period-budget': 'period budget'
}
const TURN: Record<BudgetPause['reason'], string> = {
  'daily-budget': 'the day turns (UTC)',
  'period-budget': 'the usage period resets'
}

/** "the daily budget is spent: $12.40 of $10.00" (older records carry no figure). */
export function spentText(p: BudgetPause): string {
  const of =
    p.figure === undefined || p.limit === undefined
      ? ''
      : `: ${figureText(p.figure, p.unit)} of ${figureText(p.limit, p.unit)}`
  return `the ${CAP[p.reason]} is spent${of}`
}

/** The distinct budget pauses' causes (one per cap, figure and end). */
function causes(pauses: readonly BudgetPause[]): BudgetPause[] {
  const seen = new Map<string, BudgetPause>()
  for (const p of pauses) seen.set(`${p.reason} ${p.until} ${p.figure} ${p.limit}`, p)
  return [...seen.values()]
}

function pauseRows(paused: Paused): string[] {
  return [
    ...paused.budget.map(
      p => `| ${p.workflow} | \`${p.path}\` | ${CAP[p.reason]} spent | ${p.since} | ${p.until} |`
    ),
    ...paused.failures.map(
      f =>
        `| ${f.workflow} | \`${f.path}\` | ${f.runs.length} failed runs in a row (${f.runs.map(r => `#${r}`).join(', ')}) | ${f.since} | a successful run, or \`operation: resume\` |`
    )
  ]
}

/** The alert issue's Paused section, between its markers; only the markers when nothing is paused. */
export function pausesSection(paused: Paused): string {
  if (paused.budget.length + paused.failures.length === 0) return `${PAUSES_START}\n${PAUSES_END}`
  const budget = causes(paused.budget).map(
    p =>
      `🚨 **CRITICAL: ${spentText(p)}.** The managed workflows are paused until **${p.until}**, when ${TURN[p.reason]}: cron-driven ones are disabled, dispatched ones are not dispatched. \`operation: resume\` resumes them sooner.`
  )
  return [
    PAUSES_START,
    '### ⏸️ Paused',
    '',
    ...budget.flatMap(line => [line, '']),
    '| Workflow | File | Why | Since | Until |',
    '|---|---|---|---|---|',
    ...pauseRows(paused),
    PAUSES_END
  ].join('\n')
}

/** The alert title's usage part: "usage WARNING — 93.0% used, 1,400 of 1,500 projected". */
export function usageTitle(u: UsageReport): string {
  return `usage ${u.status} — ${decimal(u.usagePercent)}% used, ${count(u.projected)} of ${count(u.quota)} projected`
}

/** The alert title's pause part; empty when nothing is paused. */
function pauseTitle(paused: Paused): string {
  const budget = paused.budget[0]
  if (budget)
    return `⏸️ CRITICAL — ${spentText(budget).replace(/^the /, '')}, managed workflows paused until ${budget.until}`
  const ids = paused.failures.map(f => f.workflow)
  if (ids.length === 0) return ''
  return `⏸️ ${ids.join(', ')} paused after failed runs`
}

/** The alert issue's title: what is paused first, then the usage. */
export function alertTitle(usagePart: string, paused: Paused): string {
  const pause = pauseTitle(paused)
  return `${TITLE_PREFIX}${pause ? `${pause}${TITLE_JOIN}` : ''}${usagePart}`
}

/** The usage part of a title an earlier run wrote. */
export function usagePartOf(title: string): string {
  const rest = title.startsWith(TITLE_PREFIX) ? title.slice(TITLE_PREFIX.length) : title
  return rest.split(TITLE_JOIN).at(-1) ?? rest
}

/** The hidden marker recording the usage status (the status marker records the alert's, pauses included). */
export function usageMarker(status: Status): string {
  return `<!-- orchestrator-usage: ${status} -->`
}

/** The usage status an earlier run recorded in the body. */
export function recordedUsageStatus(body: string): Status | undefined {
  return USAGE_MARKER.exec(body)?.[1] as Status | undefined
}

/** The alert status marker and both markers' status, for a body. */
export function statusMarkers(usage: Status, paused: Paused): string {
  return `<!-- orchestrator-status: ${alertStatus(usage, paused)} -->\n${usageMarker(usage)}`
}

function group(changes: readonly PauseChange[]): Map<string, PauseChange[]> {
  const groups = new Map<string, PauseChange[]>()
  for (const c of changes) {
    const key = `${c.change} ${c.reason} ${c.until} ${c.byHand === true}`
    groups.set(key, [...(groups.get(key) ?? []), c])
  }
  return groups
}

function changeLine(changes: readonly PauseChange[]): string {
  const first = changes[0] as PauseChange
  const ids = changes.map(c => c.workflow).join(', ')
  const hand = first.byHand ? 'by `operation: resume`' : undefined
  if (first.reason === 'failures')
    return first.change === 'paused'
      ? `⏸️ Paused after failed runs in a row: ${ids} — not dispatched until a run succeeds or \`operation: resume\``
      : `▶️ Resumed ${hand ?? 'after a successful run'}: ${ids}`
  const cap = CAP[first.reason]
  return first.change === 'paused'
    ? `⏸️ Paused until ${first.until} (the ${cap} is spent): ${ids}`
    : `▶️ Resumed ${hand ?? `(the ${cap} turned)`}: ${ids}`
}

/** The comment a change of pauses leaves on the alert issue. */
export function changeComment(changes: readonly PauseChange[]): string {
  return [...group(changes).values()].map(changeLine).join('\n')
}

/** The log lines of a change of pauses. */
export function changeLines(changes: readonly PauseChange[]): string[] {
  return [...group(changes).values()].map(changeLine)
}

/** The `paused` output: JSON list of `{workflow, path, reason, until}`. */
export function pausedOutput(paused: Paused): string {
  return JSON.stringify(pausedRows(paused))
}
