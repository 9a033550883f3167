/**
 * GitHub's auto-merge on the schedule pull request (`delivery: auto-merge`), through GraphQL: REST has no call for
 * it. One query reads whether the repository allows it, the merge methods it allows and the pull request's node id;
 * one mutation enables it. GitHub's refusals come back as the ports' errors, saying what to change.
 */
import { PermissionError, RemoteError } from '../../ports/errors.js'
import { type GitHubClient } from './client.js'
import { wrapGitHubError } from './github-error.js'
import { type RepoId } from './repo-id.js'

/** The setting to change when the repository does not allow auto-merge. */
export const AUTO_MERGE_FIX =
  "enable 'Allow auto-merge' under Settings → General → Pull Requests, or use delivery: pull-request"

const SETTINGS = `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    autoMergeAllowed mergeCommitAllowed squashMergeAllowed rebaseMergeAllowed
    pullRequest(number: $number) { id autoMergeRequest { enabledAt } }
  }
}`

const ENABLE = `mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { clientMutationId }
}`

interface Settings {
  repository: {
    autoMergeAllowed: boolean
    mergeCommitAllowed: boolean
    squashMergeAllowed: boolean
    rebaseMergeAllowed: boolean
    pullRequest: { id: string; autoMergeRequest: { enabledAt: string } | null }
  }
}

/** GitHub's GraphQL error messages (`errors[].message`), or the error's own message. */
function graphqlMessages(error: unknown): string {
  const errors = (error as { errors?: Array<{ message?: unknown }> } | null)?.errors
  const messages = (errors ?? []).map(e => e.message).filter(m => typeof m === 'string')
  return messages.length > 0 ? messages.join(' — ') : String((error as Error)?.message ?? error)
}

function refusal(number: number, error: unknown): Error {
  const message = graphqlMessages(error)
  const prefix = `GitHub refused to enable auto-merge on pull request #${number}: ${message}`
  if (/auto.?merge is not allowed/i.test(message))
    return new PermissionError(`${prefix}\n${AUTO_MERGE_FIX}`, { cause: error })
  if (/clean status/i.test(message)) {
    const why =
      'GitHub only auto-merges while a required status check or review is pending, and nothing is pending here — ' +
      'merge it, require a status check on the base branch, or use delivery: direct'
    return new RemoteError(`${prefix}\n${why}`, { cause: error })
  }
  if (/not accessible|forbidden/i.test(message)) {
    const grant = 'the token needs Pull requests: write and Contents: write to enable auto-merge'
    return new PermissionError(`${prefix}\n${grant}`, { cause: error })
  }
  return wrapGitHubError(`enable auto-merge on pull request #${number}`, error)
}

/**
 * Enables auto-merge on pull request `number` with a merge method the repository allows (merge commit, else squash,
 * else rebase); nothing to do when it is enabled already. PermissionError (naming the setting) when the repository
 * does not allow auto-merge.
 */
export async function enableAutoMerge(
  client: GitHubClient,
  repo: RepoId,
  number: number
): Promise<void> {
  try {
    const { repository: r } = await client.graphql<Settings>(SETTINGS, {
      owner: repo.owner,
      name: repo.repo,
      number
    })
    if (r.pullRequest.autoMergeRequest) return
    if (!r.autoMergeAllowed)
      throw new PermissionError(
        `Auto-merge is not allowed in ${repo.owner}/${repo.repo}, so pull request #${number} waits for a person: ${AUTO_MERGE_FIX}`
      )
    const allowed = [r.mergeCommitAllowed, r.squashMergeAllowed, r.rebaseMergeAllowed]
    const method = (['MERGE', 'SQUASH', 'REBASE'] as const)[Math.max(allowed.indexOf(true), 0)]
    await client.graphql(ENABLE, { id: r.pullRequest.id, mergeMethod: method })
  } catch (error) {
    if (error instanceof PermissionError) throw error
    throw refusal(number, error)
  }
}
