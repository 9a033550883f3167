/**
 * How a schedule change reaches the base branch (input `delivery`): the pull request a person merges (the default),
 * the same pull request with GitHub's auto-merge turned on, or one commit straight onto the base branch for a
 * repository without branch protection. Whatever the way, nothing is left half-made: a refused commit leaves the base
 * branch and every other branch as they were.
 */
import { changedWorkflows } from '../../core/schedule/plan.js'
import { errorMessage } from '../../core/errors.js'
import { PortError } from '../../ports/errors.js'
import { type PullRequests, type Thread } from '../../ports/threads.js'
import { type WorkflowFiles } from '../../ports/workflow-files.js'
import { type Delivery } from '../../settings.js'
import {
  publishPullRequest,
  type Proposal,
  type PullRequestOutcome,
  type PullRequestTarget,
  type PullRequestText
} from './pull-request.js'

/** What the delivery did, beside the pull request's own outcome. */
export interface DeliveryOutcome extends PullRequestOutcome {
  delivery: Delivery
  /** `direct`: the commit the base branch now points at (undefined in dry run or with nothing to change). */
  commit?: string
  /** `auto-merge`: turned on for the open pull request, or why not (the run still succeeds; this is its warning). */
  autoMerge?: { enabled: true } | { enabled: false; problem: string }
}

/** Where and how to deliver. */
export interface DeliveryTarget extends PullRequestTarget {
  delivery: Delivery
}

type Repo = WorkflowFiles & PullRequests

/** Delivers the proposal the way `target.delivery` says (see the module comment). In dry run it only reads. */
export async function deliverSchedules(
  repo: Repo,
  plan: Proposal,
  target: DeliveryTarget,
  text: PullRequestText
): Promise<DeliveryOutcome> {
  const { delivery } = target
  if (delivery === 'direct' && changedWorkflows(plan).length > 0)
    return commitToBase(repo, plan, target)
  const outcome = { ...(await publishPullRequest(repo, plan, target, text)), delivery }
  if (delivery !== 'auto-merge' || target.dryRun) return outcome
  const pull = outcome.operation === 'closed' ? undefined : outcome.pullRequest
  return pull ? { ...outcome, autoMerge: await autoMerge(repo, pull) } : outcome
}

/** Auto-merge turned on, or GitHub's refusal in words: the pull request stays open for a person either way. */
async function autoMerge(repo: PullRequests, pull: Thread): Promise<DeliveryOutcome['autoMerge']> {
  try {
    await repo.enableAutoMerge(pull.number)
    return { enabled: true }
  } catch (error) {
    if (!(error instanceof PortError)) throw error
    return { enabled: false, problem: errorMessage(error) }
  }
}

/**
 * One commit of the changed workflows on the base head, then the base branch moved forward to it (never forced). A
 * refusal (branch protection, the base moved, a token that cannot write workflows) is thrown before anything is
 * visible: the commit stays unreferenced and no branch is made. A schedule pull request left open from an earlier run
 * is closed then, with a comment naming the commit, and its branch deleted.
 */
async function commitToBase(
  repo: Repo,
  plan: Proposal,
  target: DeliveryTarget
): Promise<DeliveryOutcome> {
  const open = await repo.findOpenPullRequest(target.branch, target.base)
  const operation = open ? ('closed' as const) : ('none' as const)
  const base = { operation, pullRequest: open, delivery: target.delivery }
  if (target.dryRun) return { ...base, pushed: false }
  const changed = changedWorkflows(plan)
  const commit = await repo.commitFiles({
    parent: target.baseHead,
    files: changed.map(w => ({ path: w.path, text: w.newText })),
    message: `orchestrator: ${plan.mode} schedule for ${changed.map(w => w.id).join(', ')}`
  })
  await repo.advanceBranch(target.base, commit)
  if (open) {
    await repo.comment(
      open.number,
      `The **${plan.mode}** schedule was committed to \`${target.base}\` directly (${commit}); closing this pull request.`
    )
    await repo.closePullRequest(open.number)
    await repo.deleteBranch(target.branch)
  }
  return { ...base, pushed: true, commit }
}
