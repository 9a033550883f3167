import { PermissionError, StaleFileError } from '../../ports/errors.js'
import { type BranchComparison } from '../../ports/workflow-files.js'
import { type GitHubClient } from './client.js'
import { calling, githubMessage, statusOf, wrapGitHubError } from './github-error.js'
import { type RepoId } from './repo-id.js'

/** The commit sha a branch points at; undefined when the branch does not exist. */
export async function branchHead(
  client: GitHubClient,
  repo: RepoId,
  branch: string
): Promise<string | undefined> {
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` })
    return data.object.sha
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw wrapGitHubError(`read branch ${branch}`, error)
  }
}

/** Creates a branch at a commit. */
export function createBranch(
  client: GitHubClient,
  repo: RepoId,
  branch: string,
  sha: string
): Promise<void> {
  return calling(`create branch ${branch}`, async () => {
    await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha })
  })
}

/** Moves a branch to a commit, discarding what it had (force). */
export function resetBranch(
  client: GitHubClient,
  repo: RepoId,
  branch: string,
  sha: string
): Promise<void> {
  return calling(`reset branch ${branch}`, async () => {
    await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true })
  })
}

/** GitHub's answers when branch protection or a ruleset keeps a branch from moving outside a pull request. */
const PROTECTED =
  /protected branch|must be made through a pull request|repository rule violations|required status check/i

/**
 * Moves a branch forward to a commit built on its head (a fast-forward, never forced): StaleFileError when the branch
 * moved meanwhile, PermissionError naming the way out when branch protection refuses; the branch is untouched then.
 */
export async function advanceBranch(
  client: GitHubClient,
  repo: RepoId,
  branch: string,
  sha: string
): Promise<void> {
  try {
    await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false })
  } catch (error) {
    const message = githubMessage(error)
    if (PROTECTED.test(message)) {
      const fix = `branch protection keeps '${branch}' from moving outside a pull request — use delivery: auto-merge or pull-request, or let this token bypass the protection`
      throw new PermissionError(
        `GitHub refused to commit to ${branch} (HTTP ${statusOf(error)}: ${message}).\n${fix}`,
        { cause: error }
      )
    }
    if (/not a fast.?forward/i.test(message))
      throw new StaleFileError(
        `${branch} moved while this run was committing to it; the next run applies the change on top`,
        { cause: error }
      )
    throw wrapGitHubError(`commit to ${branch}`, error)
  }
}

/** Deletes a branch; one that is already gone is fine. */
export async function deleteBranch(
  client: GitHubClient,
  repo: RepoId,
  branch: string
): Promise<void> {
  try {
    await client.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` })
  } catch (error) {
    if (statusOf(error) === 422 || statusOf(error) === 404) return
    throw wrapGitHubError(`delete branch ${branch}`, error)
  }
}

/** What `head` changes against `base`, and whether it already contains base's head. */
export function compare(
  client: GitHubClient,
  repo: RepoId,
  base: string,
  head: string
): Promise<BranchComparison> {
  return calling(`compare ${head} with ${base}`, async () => {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`
    })
    return {
      upToDate: data.behind_by === 0,
      files: new Map((data.files ?? []).map(f => [f.filename, f.sha ?? '']))
    }
  })
}
