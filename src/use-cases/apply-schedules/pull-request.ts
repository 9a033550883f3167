import { changedWorkflows, type WorkflowPlan } from '../../core/schedule/plan.js'
import { type PullRequests, type Thread } from '../../ports/threads.js'
import { type WorkflowFiles } from '../../ports/workflow-files.js'
import { pushScheduleBranch } from './schedule-branch.js'

export type PullRequestOperation = 'created' | 'updated' | 'closed' | 'none'

export interface PullRequestOutcome {
  operation: PullRequestOperation
  pullRequest?: Thread
  /** False when the branch already held this change (or in dry run). */
  pushed: boolean
  /** Set when the change was committed to the base branch itself (`delivery: direct`): that commit. */
  commit?: string
}

/** What the pull request proposes: every managed workflow (changed or not) and the name of the new schedule. */
export interface Proposal {
  /** A mode, or what a restore is called; it names the commits and the closing comment. */
  mode: string
  workflows: WorkflowPlan[]
}

/** The pull request's title and body, rendered only when a pull request is written. */
export type PullRequestText = () => { title: string; body: string }

export interface PullRequestTarget {
  base: string
  baseHead: string
  branch: string
  labels: readonly string[]
  dryRun: boolean
}

async function closeObsolete(
  repo: WorkflowFiles & PullRequests,
  plan: Proposal,
  target: PullRequestTarget,
  open: Thread
) {
  if (target.dryRun) return
  await repo.comment(
    open.number,
    `Every managed workflow already has its **${plan.mode}** schedule on \`${target.base}\`; closing this pull request.`
  )
  await repo.closePullRequest(open.number)
  await repo.deleteBranch(target.branch)
}

/** Adds the labels the pull request lacks; none missing, no request. */
async function label(repo: PullRequests, pull: Thread, labels: readonly string[]) {
  const missing = labels.filter(l => !pull.labels.includes(l))
  if (missing.length === 0) return
  for (const name of missing) await repo.ensureLabel(name)
  await repo.addLabels(pull.number, missing)
}

async function openPullRequest(
  repo: WorkflowFiles & PullRequests,
  target: PullRequestTarget,
  title: string,
  body: string
) {
  try {
    return await repo.createPullRequest({ branch: target.branch, base: target.base, title, body })
  } catch (error) {
    // GitHub may have made it and answered with an error, or an overlapping run made it: take that one.
    const made = await repo.findOpenPullRequest(target.branch, target.base).catch(() => undefined)
    if (made) return repo.updatePullRequest(made.number, { title, body })
    // No pull request means no reason for the branch: leave nothing half-made.
    await repo.deleteBranch(target.branch)
    throw error
  }
}

/** Opens, updates or closes the one schedule pull request (DESIGN §6). In dry run it only reads. */
export async function publishPullRequest(
  repo: WorkflowFiles & PullRequests,
  plan: Proposal,
  target: PullRequestTarget,
  text: PullRequestText
): Promise<PullRequestOutcome> {
  const changed = changedWorkflows(plan)
  const open = await repo.findOpenPullRequest(target.branch, target.base)
  if (changed.length === 0) {
    if (!open) return { operation: 'none', pushed: false }
    await closeObsolete(repo, plan, target, open)
    return { operation: 'closed', pullRequest: open, pushed: false }
  }
  if (target.dryRun)
    return { operation: open ? 'updated' : 'created', pullRequest: open, pushed: false }
  const pushed = await pushScheduleBranch(
    repo,
    { branch: target.branch, baseHead: target.baseHead, mode: plan.mode },
    changed
  )
  const { title, body } = text()
  if (open && open.title === title && open.body === body) {
    await label(repo, open, target.labels)
    return { operation: pushed ? 'updated' : 'none', pullRequest: open, pushed }
  }
  const pullRequest = open
    ? await repo.updatePullRequest(open.number, { title, body })
    : await openPullRequest(repo, target, title, body)
  await label(repo, open ?? pullRequest, target.labels)
  return { operation: open ? 'updated' : 'created', pullRequest, pushed }
}
