import { type Thread } from '../../ports/repository.js'
import { type GitHubClient } from './client.js'
import { statusOf, wrapGitHubError } from './github-error.js'
import { type RepoId } from './repo-id.js'

interface IssueData {
  number: number
  html_url: string
  title: string
  body?: string | null
}

function thread(data: IssueData): Thread {
  return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '' }
}

/** Open issues with the label, pull requests left out (the issues list returns both). Never the search API. */
export async function listOpenIssues(
  client: GitHubClient,
  repo: RepoId,
  label: string
): Promise<Thread[]> {
  try {
    const issues = await client.paginate(client.rest.issues.listForRepo, {
      ...repo,
      state: 'open',
      labels: label,
      per_page: 100
    })
    return issues.filter(i => !i.pull_request).map(thread)
  } catch (error) {
    throw wrapGitHubError(`list issues labelled ${label}`, error)
  }
}

/** Opens an issue with labels. */
export async function createIssue(
  client: GitHubClient,
  repo: RepoId,
  issue: { title: string; body: string; labels: readonly string[] }
) {
  try {
    const { data } = await client.rest.issues.create({
      ...repo,
      title: issue.title,
      body: issue.body,
      labels: [...issue.labels]
    })
    return thread(data)
  } catch (error) {
    throw wrapGitHubError('create the alert issue', error)
  }
}

/** Replaces an issue's title and body. */
export async function updateIssue(
  client: GitHubClient,
  repo: RepoId,
  number: number,
  issue: { title: string; body: string }
) {
  try {
    const { data } = await client.rest.issues.update({
      ...repo,
      issue_number: number,
      title: issue.title,
      body: issue.body
    })
    return thread(data)
  } catch (error) {
    throw wrapGitHubError(`update issue #${number}`, error)
  }
}

/** Closes an issue as completed. */
export async function closeIssue(
  client: GitHubClient,
  repo: RepoId,
  number: number
): Promise<void> {
  try {
    await client.rest.issues.update({
      ...repo,
      issue_number: number,
      state: 'closed',
      state_reason: 'completed'
    })
  } catch (error) {
    throw wrapGitHubError(`close issue #${number}`, error)
  }
}

/** Comments on an issue or a pull request. */
export async function comment(
  client: GitHubClient,
  repo: RepoId,
  number: number,
  body: string
): Promise<void> {
  try {
    await client.rest.issues.createComment({ ...repo, issue_number: number, body })
  } catch (error) {
    throw wrapGitHubError(`comment on #${number}`, error)
  }
}

/** Adds labels to an issue or a pull request. */
export async function addLabels(
  client: GitHubClient,
  repo: RepoId,
  number: number,
  labels: readonly string[]
) {
  try {
    await client.rest.issues.addLabels({ ...repo, issue_number: number, labels: [...labels] })
  } catch (error) {
    throw wrapGitHubError(`label #${number}`, error)
  }
}

const LABEL_COLOUR = '5319e7'
const LABEL_DESCRIPTION = 'Schedule changes and quota alerts from the Dynamic Workflow Orchestrator'

/** Creates the label when the repository does not have it yet. */
export async function ensureLabel(client: GitHubClient, repo: RepoId, name: string): Promise<void> {
  try {
    await client.rest.issues.getLabel({ ...repo, name })
    return
  } catch (error) {
    if (statusOf(error) !== 404) throw wrapGitHubError(`read label ${name}`, error)
  }
  try {
    await client.rest.issues.createLabel({
      ...repo,
      name,
      color: LABEL_COLOUR,
      description: LABEL_DESCRIPTION
    })
  } catch (error) {
    // Another run may have created it in between.
    if (statusOf(error) !== 422) throw wrapGitHubError(`create label ${name}`, error)
  }
}
