import { type Thread } from '../../ports/threads.js'
import { type GitHubClient } from './client.js'
import { calling, statusOf, wrapGitHubError } from './github-error.js'
import { type RepoId } from './repo-id.js'
import { toThread } from './thread.js'

/**
 * Issues with the label in a state, pull requests left out (the issues list returns both). Never the search API.
 * Closed ones: only the most recently updated page, enough to find an alert closed by hand.
 */
export function listIssues(
  client: GitHubClient,
  repo: RepoId,
  label: string,
  state: 'open' | 'closed'
): Promise<Thread[]> {
  return calling(`list ${state} issues labelled ${label}`, async () => {
    const options = { ...repo, state, labels: label, per_page: 100 }
    const issues =
      state === 'open'
        ? await client.paginate(client.rest.issues.listForRepo, options)
        : (await client.rest.issues.listForRepo({ ...options, sort: 'updated', per_page: 30 })).data
    return issues.filter(i => !i.pull_request).map(toThread)
  })
}

/** Opens an issue with labels. */
export function createIssue(
  client: GitHubClient,
  repo: RepoId,
  issue: { title: string; body: string; labels: readonly string[] }
): Promise<Thread> {
  return calling('create the alert issue', async () => {
    const { title, body, labels } = issue
    return toThread(
      // Not retried: a POST that GitHub applied but answered with an error would open a second issue. The use case
      // looks for what an attempt made instead.
      (
        await client.rest.issues.create({
          ...repo,
          title,
          body,
          labels: [...labels],
          request: { retries: 0 }
        })
      ).data
    )
  })
}

/** Replaces an issue's title and body. */
export function updateIssue(
  client: GitHubClient,
  repo: RepoId,
  number: number,
  issue: { title: string; body: string }
): Promise<Thread> {
  return calling(`update issue #${number}`, async () =>
    toThread((await client.rest.issues.update({ ...repo, issue_number: number, ...issue })).data)
  )
}

/** Closes an issue as completed. */
export function closeIssue(client: GitHubClient, repo: RepoId, number: number): Promise<void> {
  return calling(`close issue #${number}`, async () => {
    await client.rest.issues.update({
      ...repo,
      issue_number: number,
      state: 'closed',
      state_reason: 'completed'
    })
  })
}

/** Reopens an issue. */
export function reopenIssue(client: GitHubClient, repo: RepoId, number: number): Promise<void> {
  return calling(`reopen issue #${number}`, async () => {
    await client.rest.issues.update({ ...repo, issue_number: number, state: 'open' })
  })
}

/** Comments on an issue or a pull request. */
export function comment(
  client: GitHubClient,
  repo: RepoId,
  number: number,
  body: string
): Promise<void> {
  return calling(`comment on #${number}`, async () => {
    await client.rest.issues.createComment({ ...repo, issue_number: number, body })
  })
}

/** Adds labels to an issue or a pull request. */
export function addLabels(
  client: GitHubClient,
  repo: RepoId,
  number: number,
  labels: readonly string[]
) {
  return calling(`label #${number}`, async () => {
    await client.rest.issues.addLabels({ ...repo, issue_number: number, labels: [...labels] })
  })
}

const LABEL_COLOUR = '5319e7'
const LABEL_DESCRIPTION = 'Schedule changes and quota alerts from the Dynamic Workflow Orchestrator'

/** Creates the label when the repository does not have it yet: one request, "already exists" is fine. */
export async function ensureLabel(client: GitHubClient, repo: RepoId, name: string): Promise<void> {
  try {
    await client.rest.issues.createLabel({
      ...repo,
      name,
      color: LABEL_COLOUR,
      description: LABEL_DESCRIPTION
    })
  } catch (error) {
    if (statusOf(error) !== 422) throw wrapGitHubError(`create label ${name}`, error)
  }
}
