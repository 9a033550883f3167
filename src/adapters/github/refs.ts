import { type BranchComparison } from '../../ports/repository.js'
import { type GitHubClient } from './client.js'
import { statusOf, wrapGitHubError } from './github-error.js'
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
export async function createBranch(
  client: GitHubClient,
  repo: RepoId,
  branch: string,
  sha: string
): Promise<void> {
  try {
    await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha })
  } catch (error) {
    throw wrapGitHubError(`create branch ${branch}`, error)
  }
}

/** Moves a branch to a commit, discarding what it had (force). */
export async function resetBranch(
  client: GitHubClient,
  repo: RepoId,
  branch: string,
  sha: string
): Promise<void> {
  try {
    await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true })
  } catch (error) {
    throw wrapGitHubError(`reset branch ${branch}`, error)
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
export async function compare(
  client: GitHubClient,
  repo: RepoId,
  base: string,
  head: string
): Promise<BranchComparison> {
  try {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`
    })
    return {
      upToDate: data.behind_by === 0,
      files: new Map((data.files ?? []).map(f => [f.filename, f.sha ?? '']))
    }
  } catch (error) {
    throw wrapGitHubError(`compare ${head} with ${base}`, error)
  }
}
