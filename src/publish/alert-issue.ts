import { type Plan } from '../core/schedule/plan.js'
import { type Status } from '../core/usage/usage.js'
import { type Repository, type Thread } from '../ports/repository.js'
import { ALERT_MARKER, issueBody, issueTitle, recordedStatus } from '../reports/markdown.js'

export interface AlertOutcome {
  operation: 'created' | 'updated' | 'closed' | 'none'
  issue?: Thread
}

const RANK: Record<string, number> = { SAFE: 0, WARNING: 1, CRITICAL: 2 }

/** The open alert issue: labelled with the first label and carrying the hidden marker. */
export async function findAlertIssue(repo: Repository, label: string): Promise<Thread | undefined> {
  return (await repo.listOpenIssues(label)).find(issue => issue.body.includes(ALERT_MARKER))
}

function worsened(before: string | undefined, now: Status): boolean {
  return RANK[now] !== undefined && RANK[now] > (RANK[before ?? 'SAFE'] ?? 0)
}

async function closeAlert(repo: Repository, plan: Plan, issue: Thread) {
  const u = plan.usage
  await repo.comment(
    issue.number,
    `✅ Usage is back to SAFE: ${u.used.toLocaleString('en-US')} of ${u.quota.toLocaleString('en-US')} used, ${Math.round(u.projected).toLocaleString('en-US')} projected at the reset. Closing.`
  )
  await repo.closeIssue(issue.number)
}

async function raiseAlert(
  repo: Repository,
  plan: Plan,
  labels: readonly string[],
  open: Thread | undefined,
  pull?: Thread
) {
  const title = issueTitle(plan)
  const body = issueBody(plan, pull)
  if (!open) {
    for (const name of labels) await repo.ensureLabel(name)
    return repo.createIssue({ title, body, labels })
  }
  const updated = await repo.updateIssue(open.number, { title, body })
  if (worsened(recordedStatus(open.body), plan.usage.status)) {
    await repo.comment(
      open.number,
      `🚨 Status worsened to **${plan.usage.status}**: ${plan.usage.modeReason}.`
    )
  }
  return updated
}

/** Opens, updates or closes the one alert issue (DESIGN §6). In dry run it only reads. */
export async function publishAlert(
  repo: Repository,
  plan: Plan,
  options: { labels: readonly string[]; dryRun: boolean; pullRequest?: Thread }
): Promise<AlertOutcome> {
  const label = options.labels[0] as string
  const open = await findAlertIssue(repo, label)
  if (plan.usage.status === 'SAFE') {
    if (!open) return { operation: 'none' }
    if (!options.dryRun) await closeAlert(repo, plan, open)
    return { operation: 'closed', issue: open }
  }
  if (options.dryRun) return { operation: open ? 'updated' : 'created', issue: open }
  const issue = await raiseAlert(repo, plan, options.labels, open, options.pullRequest)
  return { operation: open ? 'updated' : 'created', issue }
}
