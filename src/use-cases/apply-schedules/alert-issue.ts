import { type PolicyPlan } from '../../core/forecast/policy.js'
import { alertStatus, isPausedAny, NOTHING_PAUSED, type Paused } from '../../core/usage/paused.js'
import { type Status } from '../../core/usage/usage.js'
import { NotFoundError, PermissionError, RemoteError } from '../../ports/errors.js'
import { type Issues, type Thread } from '../../ports/threads.js'
import { ALERT_MARKER, issueBody, issueTitle, recordedStatus } from '../../reports/markdown.js'

export interface AlertOutcome {
  operation: 'created' | 'updated' | 'reopened' | 'closed' | 'none'
  issue?: Thread
  /** Why the alert could not be written (issues disabled, no permission); the run goes on. */
  problem?: string
}

const RANK: Record<string, number> = { SAFE: 0, WARNING: 1, CRITICAL: 2 }

export const ISSUES_DISABLED =
  'issues are disabled in this repository, so the alert issue cannot be opened — enable them under Settings → ' +
  'General → Features → Issues'

const alertOf = (threads: readonly Thread[]) => threads.find(t => t.body.includes(ALERT_MARKER))

/** Open alert issues (labelled with the first label, carrying the hidden marker), oldest first. */
async function openAlerts(repo: Issues, label: string): Promise<Thread[]> {
  return (await repo.listIssues(label, 'open'))
    .filter(t => t.body.includes(ALERT_MARKER))
    .sort((a, b) => a.number - b.number)
}

/**
 * The one open alert issue. Duplicates — left by an overlapping run or a create GitHub applied but answered with an
 * error — are closed with a link to the oldest, which is kept.
 */
export async function findAlertIssue(repo: Issues, label: string): Promise<Thread | undefined> {
  const [kept, ...duplicates] = await openAlerts(repo, label)
  for (const duplicate of duplicates) {
    await repo.comment(
      duplicate.number,
      `Duplicate of #${kept?.number}: the orchestrator keeps one alert issue.`
    )
    await repo.closeIssue(duplicate.number)
  }
  return kept
}

/** Opens the alert; when the create fails or races another run, the issue an attempt made is taken instead. */
export async function createAlert(
  repo: Issues,
  issue: { title: string; body: string; labels: readonly string[] }
) {
  const label = issue.labels[0] as string
  let created: Thread | undefined
  try {
    created = await repo.createIssue(issue)
  } catch (error) {
    const made = await findAlertIssue(repo, label).catch(() => undefined)
    if (made) return made
    // Not made: a failure before GitHub acted (a dropped connection, a 5xx) is safe to try once more.
    if (!(error instanceof RemoteError)) throw error
    created = await repo.createIssue(issue)
  }
  const oldest = await findAlertIssue(repo, label)
  return oldest ?? created
}

export function worsened(before: string | undefined, now: Status): boolean {
  return RANK[now] !== undefined && RANK[now] > (RANK[before ?? 'SAFE'] ?? 0)
}

async function closeAlert(repo: Issues, plan: PolicyPlan, issue: Thread) {
  const u = plan.usage
  await repo.comment(
    issue.number,
    `✅ Usage is back to SAFE and nothing is paused: ${u.used.toLocaleString('en-US')} of ${u.quota.toLocaleString('en-US')} used, ${Math.round(u.projected).toLocaleString('en-US')} projected at the reset. Closing.`
  )
  await repo.closeIssue(issue.number)
}

/** An alert closed by hand while the usage is still not SAFE is reopened, not opened anew every day. */
async function reopenClosed(repo: Issues, status: Status, paused: Paused, label: string) {
  const closed = alertOf(await repo.listIssues(label, 'closed'))
  if (!closed) return undefined
  await repo.reopenIssue(closed.number)
  const still = isPausedAny(paused)
    ? `workflows are still paused (**${status}**). Close it again once nothing is paused and the usage is SAFE`
    : `usage is still **${status}**. Close it again once the usage is back to SAFE`
  await repo.comment(closed.number, `🔁 Reopened: ${still}, or leave it to the orchestrator.`)
  return closed
}

async function raiseAlert(
  repo: Issues,
  plan: PolicyPlan,
  options: {
    labels: readonly string[]
    open: Thread | undefined
    pullRequest?: Thread
    paused: Paused
  }
): Promise<AlertOutcome> {
  const title = issueTitle(plan, options.paused)
  const body = issueBody(plan, options.pullRequest, options.paused)
  const status = alertStatus(plan.usage.status, options.paused)
  const label = options.labels[0] as string
  const existing = options.open ?? (await reopenClosed(repo, status, options.paused, label))
  if (!existing) {
    for (const name of options.labels) await repo.ensureLabel(name)
    return {
      operation: 'created',
      issue: await createAlert(repo, { title, body, labels: options.labels })
    }
  }
  const unchanged = existing.title === title && existing.body === body
  const issue = unchanged ? existing : await repo.updateIssue(existing.number, { title, body })
  if (options.open && worsened(recordedStatus(existing.body), status)) {
    await repo.comment(existing.number, `🚨 Status worsened to **${status}**.`)
  }
  const operation = options.open ? (unchanged ? 'none' : 'updated') : 'reopened'
  return { operation, issue }
}

/**
 * Opens, updates, reopens or closes the one alert issue (DESIGN §6): open while the usage is not SAFE or something is
 * paused (§12, §13), with the pauses in its body. In dry run it only reads.
 */
export async function publishAlert(
  repo: Issues,
  plan: PolicyPlan,
  options: {
    labels: readonly string[]
    dryRun: boolean
    issuesEnabled: boolean
    pullRequest?: Thread
    /** What is paused (holding now); none when absent. */
    paused?: Paused
  }
): Promise<AlertOutcome> {
  const paused = options.paused ?? NOTHING_PAUSED
  const status = alertStatus(plan.usage.status, paused)
  if (!options.issuesEnabled) {
    return status === 'SAFE'
      ? { operation: 'none' }
      : { operation: 'none', problem: ISSUES_DISABLED }
  }
  try {
    const open = await findAlertIssue(repo, options.labels[0] as string)
    if (status === 'SAFE') {
      if (!open) return { operation: 'none' }
      if (!options.dryRun) await closeAlert(repo, plan, open)
      return { operation: 'closed', issue: open }
    }
    if (options.dryRun) return { operation: open ? 'updated' : 'created', issue: open }
    return await raiseAlert(repo, plan, { ...options, open, paused })
  } catch (error) {
    if (error instanceof PermissionError || error instanceof NotFoundError)
      return { operation: 'none', problem: error.message }
    throw error
  }
}
