/**
 * Pauses in the alert issue (DESIGN §12, §13) for the runs that change them: a budget check, a dispatch tick, a
 * resume. Only when something was paused or resumed: the one open alert issue gets the new Paused section, its title
 * and status, and a comment saying what changed; none open and something paused, one is opened; nothing paused any
 * more and the usage SAFE, it is closed. Nothing changed: no call at all.
 */
import { alertStatus, isPausedAny, type Paused, type PauseChange } from '../core/usage/paused.js'
import { type Status, type UsageReport } from '../core/usage/usage.js'
import { NotFoundError, PermissionError } from '../ports/errors.js'
import { type Issues, type Thread } from '../ports/threads.js'
import { ALERT_MARKER, fitBody, recordedStatus } from '../reports/markdown.js'
import {
  alertTitle,
  changeComment,
  pausesSection,
  PAUSES_END,
  PAUSES_START,
  recordedUsageStatus,
  statusMarkers,
  usagePartOf,
  usageTitle
} from '../reports/pause-report.js'
import { STATUS_ICON } from '../reports/format.js'
import {
  createAlert,
  findAlertIssue,
  ISSUES_DISABLED,
  worsened,
  type AlertOutcome
} from './apply-schedules/alert-issue.js'

/** What reporting a change of pauses needs. */
export interface PauseAlertInput {
  labels: readonly string[]
  issuesEnabled: boolean
  dryRun: boolean
  /** What is paused after the run (holding now). */
  paused: Paused
  changes: readonly PauseChange[]
  now: Date
  /** The usage, when the run read it; without it the status and title's usage part an earlier run wrote stay. */
  usage?: UsageReport
  /** The open alert issue this run already found (or wrote), or null when it found none: saves a call. */
  open?: Thread | null
}

const STATUS_LINE =
  /<!-- orchestrator-status: (SAFE|WARNING|CRITICAL) -->(\n<!-- orchestrator-usage: (SAFE|WARNING|CRITICAL) -->)?/

/** The body with the new Paused section and markers; a body without the section gets it above the marker. */
export function withPauses(body: string, paused: Paused, usage: Status): string {
  const section = pausesSection(paused)
  const start = body.indexOf(PAUSES_START)
  const end = body.indexOf(PAUSES_END)
  const replaced =
    start >= 0 && end > start
      ? `${body.slice(0, start)}${section}${body.slice(end + PAUSES_END.length)}`
      : body.replace(ALERT_MARKER, `${section}\n\n${ALERT_MARKER}`)
  const markers = statusMarkers(usage, paused)
  return fitBody(
    STATUS_LINE.test(replaced) ? replaced.replace(STATUS_LINE, markers) : `${replaced}\n${markers}`
  )
}

/** A new alert opened by a run that has no full report to give (a tick): the pauses and the usage in brief. */
function briefBody(usage: UsageReport, paused: Paused, now: Date): string {
  return [
    `### ${STATUS_ICON[alertStatus(usage.status, paused)]} Workflows paused`,
    '',
    pausesSection(paused),
    '',
    `Usage: ${usage.used.toLocaleString('en-US')} of ${usage.quota.toLocaleString('en-US')} (${usage.usagePercent.toFixed(1)}%), status ${usage.status}.`,
    '',
    `_Updated ${now.toISOString()}. The next schedule run adds the full usage report; this issue closes itself when usage is SAFE and nothing is paused._`,
    '',
    ALERT_MARKER,
    statusMarkers(usage.status, paused)
  ].join('\n')
}

async function openAlert(repo: Issues, input: PauseAlertInput & { usage: UsageReport }) {
  for (const name of input.labels) await repo.ensureLabel(name)
  const title = alertTitle(usageTitle(input.usage), input.paused)
  const body = briefBody(input.usage, input.paused, input.now)
  const issue = await createAlert(repo, { title, body, labels: input.labels })
  return { operation: 'created' as const, issue }
}

async function closeAlert(repo: Issues, open: Thread, input: PauseAlertInput) {
  await repo.comment(
    open.number,
    `${changeComment(input.changes)}\n\n✅ Nothing is paused and usage is SAFE. Closing.`
  )
  await repo.closeIssue(open.number)
  return { operation: 'closed' as const, issue: open }
}

async function updateAlert(repo: Issues, open: Thread, input: PauseAlertInput, usage: Status) {
  const status = alertStatus(usage, input.paused)
  const usagePart = input.usage ? usageTitle(input.usage) : usagePartOf(open.title)
  const title = alertTitle(usagePart, input.paused)
  const body = withPauses(open.body, input.paused, usage)
  const issue = await repo.updateIssue(open.number, { title, body })
  const worse = worsened(recordedStatus(open.body), status)
  const note = worse ? `\n\n🚨 Status worsened to **${status}**.` : ''
  await repo.comment(open.number, `${changeComment(input.changes)}${note}`)
  return { operation: 'updated' as const, issue }
}

/** Reports a change of pauses in the alert issue; no change, dry run: nothing. */
export async function reportPauses(repo: Issues, input: PauseAlertInput): Promise<AlertOutcome> {
  const none: AlertOutcome = { operation: 'none', ...(input.open ? { issue: input.open } : {}) }
  if (input.changes.length === 0 || input.dryRun) return none
  if (!input.issuesEnabled)
    return isPausedAny(input.paused) ? { operation: 'none', problem: ISSUES_DISABLED } : none
  try {
    const open =
      input.open === undefined
        ? await findAlertIssue(repo, input.labels[0] as string)
        : (input.open ?? undefined)
    if (!open) {
      if (!isPausedAny(input.paused) || !input.usage) return none
      return await openAlert(repo, { ...input, usage: input.usage })
    }
    // A body an older version wrote records the usage's status alone.
    const recorded = recordedUsageStatus(open.body) ?? (recordedStatus(open.body) as Status)
    const usage = input.usage?.status ?? recorded ?? 'SAFE'
    if (alertStatus(usage, input.paused) === 'SAFE') return await closeAlert(repo, open, input)
    return await updateAlert(repo, open, input, usage)
  } catch (error) {
    if (error instanceof PermissionError || error instanceof NotFoundError)
      return { operation: 'none', problem: error.message }
    throw error
  }
}
