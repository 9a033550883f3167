import { type WorkflowPlan } from '../../core/schedule/plan.js'
import { editSchedule } from '../../core/schedule/schedule-editor.js'
import { StaleFileError } from '../../ports/errors.js'
import { type WorkflowFiles } from '../../ports/workflow-files.js'
import { gitBlobSha } from './git-blob.js'

const STALE_RETRIES = 3

/** Where the schedule changes go. */
export interface BranchTarget {
  branch: string
  baseHead: string
  mode: string
}

/** True when the branch is built on the base head and changes exactly these files into exactly these texts. */
async function branchHasChanges(
  repo: WorkflowFiles,
  target: BranchTarget,
  changed: readonly WorkflowPlan[]
) {
  const comparison = await repo.compare(target.baseHead, target.branch)
  return (
    comparison.upToDate &&
    comparison.files.size === changed.length &&
    changed.every(w => comparison.files.get(w.path) === gitBlobSha(w.newText))
  )
}

/** One PUT with the blob sha; on 409 the file is read again, edited again and written again. */
async function writeWorkflow(
  repo: WorkflowFiles,
  target: BranchTarget,
  workflow: WorkflowPlan
): Promise<void> {
  let text = workflow.newText
  let sha: string | undefined = gitBlobSha(workflow.oldText)
  const message = `orchestrator: ${target.mode} schedule for ${workflow.id}`
  for (let attempt = 0; ; attempt++) {
    try {
      return await repo.writeFile({
        branch: target.branch,
        path: workflow.path,
        text,
        message,
        sha
      })
    } catch (error) {
      if (!(error instanceof StaleFileError) || attempt >= STALE_RETRIES) throw error
      const current = await repo.readFile(workflow.path, target.branch)
      sha = current?.sha
      text = current ? editSchedule(current.text, workflow.path, workflow.to) : workflow.newText
    }
  }
}

async function createOrReset(repo: WorkflowFiles, branch: string, sha: string, exists: boolean) {
  if (exists) await repo.resetBranch(branch, sha)
  else await repo.createBranch(branch, sha)
}

/**
 * Puts the changed workflows on the fixed branch, built fresh on the base head. The files are written on a staging
 * branch first and the fixed branch moves once, at the end: an open pull request never sees the branch equal to its
 * base (GitHub would close it), and a failed write leaves the fixed branch as it was. The staging branch is always
 * deleted. Returns false when the fixed branch already held exactly this change.
 */
export async function pushScheduleBranch(
  repo: WorkflowFiles,
  target: BranchTarget,
  changed: readonly WorkflowPlan[]
) {
  const head = await repo.branchHead(target.branch)
  if (head && (await branchHasChanges(repo, target, changed))) return false
  const staging = `${target.branch}-staging`
  await createOrReset(
    repo,
    staging,
    target.baseHead,
    (await repo.branchHead(staging)) !== undefined
  )
  try {
    for (const workflow of changed)
      await writeWorkflow(repo, { ...target, branch: staging }, workflow)
    const staged = await repo.branchHead(staging)
    if (!staged) throw new Error(`branch ${staging} disappeared while this run was writing to it`)
    await createOrReset(repo, target.branch, staged, head !== undefined)
  } finally {
    await repo.deleteBranch(staging)
  }
  return true
}
