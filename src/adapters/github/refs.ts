import { type BranchComparison } from '../../ports/workflow-files.js'
import { type GitHubClient } from './client.js'
import { calling, statusOf, wrapGitHubError } from './github-error.js'
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
