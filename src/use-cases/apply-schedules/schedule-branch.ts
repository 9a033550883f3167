import { type WorkflowPlan } from '../../core/schedule/plan.js'
import { AlreadyExistsError, NotFoundError } from '../../ports/errors.js'
import { type WorkflowFiles } from '../../ports/workflow-files.js'
import { gitBlobSha } from './git-blob.js'

/** Where the schedule changes go. */
export interface BranchTarget {
  branch: string
  baseHead: string
  mode: string
}

/**
 * Whether the branch exists, and whether it is built on the base head and changes exactly these files into exactly
 * these texts. One compare answers both: it is 404 when the branch does not exist.
 */
async function branchState(
  repo: WorkflowFiles,
  target: BranchTarget,
  changed: readonly WorkflowPlan[]
): Promise<{ exists: boolean; holdsChange: boolean }> {
  try {
    const comparison = await repo.compare(target.baseHead, target.branch)
    const holdsChange =
      comparison.upToDate &&
      comparison.files.size === changed.length &&
      changed.every(w => comparison.files.get(w.path) === gitBlobSha(w.newText))
    return { exists: true, holdsChange }
  } catch (error) {
    if (error instanceof NotFoundError) return { exists: false, holdsChange: false }
    throw error
  }
}

/** Points the branch at the commit: creates it, or moves it (forced) when it exists or another run just made it. */
async function moveBranch(repo: WorkflowFiles, branch: string, sha: string, exists: boolean) {
  if (exists) return repo.resetBranch(branch, sha)
  try {
    await repo.createBranch(branch, sha)
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error
    await repo.resetBranch(branch, sha)
  }
}

/**
 * Puts the changed workflows on the fixed branch as ONE commit on the base head (DESIGN §14), then moves the branch
 * once. Until the branch moves nothing is visible, so a failure leaves the branch as it was, and the branch never
 * holds files of two runs. Returns false when the branch already held exactly this change.
 */
export async function pushScheduleBranch(
  repo: WorkflowFiles,
  target: BranchTarget,
  changed: readonly WorkflowPlan[]
): Promise<boolean> {
  const branch = await branchState(repo, target, changed)
  if (branch.holdsChange) return false
  const names = changed.map(w => w.id).join(', ')
  const sha = await repo.commitFiles({
    parent: target.baseHead,
    files: changed.map(w => ({ path: w.path, text: w.newText })),
    message: `orchestrator: ${target.mode} schedule for ${names}`
  })
  await moveBranch(repo, target.branch, sha, branch.exists)
  return true
}
