import { type Thread } from '../../ports/threads.js'
import { type GitHubClient } from './client.js'
import { calling } from './github-error.js'
import { type RepoId } from './repo-id.js'
import { toThread } from './thread.js'

/** The open pull request from `branch` into `base`; GitHub needs `head` as owner:branch or it ignores the filter. */
export function findOpenPullRequest(
  client: GitHubClient,
  repo: RepoId,
  branch: string,
  base: string
) {
  return calling('list pull requests', async () => {
    const head = `${repo.owner}:${branch}`
    const pulls = await client.paginate(client.rest.pulls.list, {
      ...repo,
      state: 'open',
      head,
      base,
      per_page: 100
    })
    const pull = pulls.find(p => p.head.ref === branch && p.base.ref === base)
    return pull ? toThread(pull) : undefined
  })
}

/** Opens a pull request. */
export function createPullRequest(
  client: GitHubClient,
  repo: RepoId,
  pull: { branch: string; base: string; title: string; body: string }
): Promise<Thread> {
  return calling('create the pull request', async () => {
    const { branch: head, base, title, body } = pull
    return toThread((await client.rest.pulls.create({ ...repo, head, base, title, body })).data)
  })
}

/** Replaces a pull request's title and body. */
export function updatePullRequest(
  client: GitHubClient,
  repo: RepoId,
  number: number,
  pull: { title: string; body: string }
): Promise<Thread> {
  return calling(`update pull request #${number}`, async () =>
    toThread((await client.rest.pulls.update({ ...repo, pull_number: number, ...pull })).data)
  )
}

/** Closes a pull request without merging it. */
export function closePullRequest(
  client: GitHubClient,
  repo: RepoId,
  number: number
): Promise<void> {
  return calling(`close pull request #${number}`, async () => {
    await client.rest.pulls.update({ ...repo, pull_number: number, state: 'closed' })
  })
}
