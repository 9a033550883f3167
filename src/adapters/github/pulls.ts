import { type Thread } from '../../ports/repository.js'
import { type GitHubClient } from './client.js'
import { wrapGitHubError } from './github-error.js'
import { type RepoId } from './repo-id.js'

interface PullData {
  number: number
  html_url: string
  title: string
  body?: string | null
}

function thread(data: PullData): Thread {
  return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '' }
}

/** The open pull request from `branch` into `base`; GitHub needs `head` as owner:branch or it ignores the filter. */
export async function findOpenPullRequest(
  client: GitHubClient,
  repo: RepoId,
  branch: string,
  base: string
) {
  try {
    const pulls = await client.paginate(client.rest.pulls.list, {
      ...repo,
      state: 'open',
      head: `${repo.owner}:${branch}`,
      base,
      per_page: 100
    })
    const pull = pulls.find(p => p.head.ref === branch && p.base.ref === base)
    return pull ? thread(pull) : undefined
  } catch (error) {
    throw wrapGitHubError('list pull requests', error)
  }
}

/** Opens a pull request. */
export async function createPullRequest(
  client: GitHubClient,
  repo: RepoId,
  pull: { branch: string; base: string; title: string; body: string }
) {
  try {
    const { data } = await client.rest.pulls.create({
      ...repo,
      head: pull.branch,
      base: pull.base,
      title: pull.title,
      body: pull.body
    })
    return thread(data)
  } catch (error) {
    throw wrapGitHubError('create the pull request', error)
  }
}

/** Replaces a pull request's title and body. */
export async function updatePullRequest(
  client: GitHubClient,
  repo: RepoId,
  number: number,
  pull: { title: string; body: string }
) {
  try {
    const { data } = await client.rest.pulls.update({
      ...repo,
      pull_number: number,
      title: pull.title,
      body: pull.body
    })
    return thread(data)
  } catch (error) {
    throw wrapGitHubError(`update pull request #${number}`, error)
  }
}

/** Closes a pull request without merging it. */
export async function closePullRequest(
  client: GitHubClient,
  repo: RepoId,
  number: number
): Promise<void> {
  try {
    await client.rest.pulls.update({ ...repo, pull_number: number, state: 'closed' })
  } catch (error) {
    throw wrapGitHubError(`close pull request #${number}`, error)
  }
}
