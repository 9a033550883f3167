import { type Issues, type PullRequests } from '../../ports/threads.js'
import { type WorkflowControl } from '../../ports/workflow-control.js'
import {
  type RepositoryInfo,
  type WorkflowFiles,
  type WorkflowListing
} from '../../ports/workflow-files.js'
import { type WorkflowRuns } from '../../ports/workflow-runs.js'
import { gitHubBilling, type GitHubBilling } from './billing.js'
import { createClient, type ClientOptions, type GitHubClient } from './client.js'
import { listWorkflowFiles, readFile, writeFile } from './contents.js'
import { calling } from './github-error.js'
import { commitFiles } from './git-data.js'
import {
  addLabels,
  closeIssue,
  comment,
  createIssue,
  ensureLabel,
  listIssues,
  reopenIssue,
  updateIssue
} from './issues.js'
import {
  closePullRequest,
  createPullRequest,
  findOpenPullRequest,
  updatePullRequest
} from './pulls.js'
import {
  advanceBranch,
  branchHead,
  compare,
  createBranch,
  deleteBranch,
  resetBranch
} from './refs.js'
import { type RepoId } from './repo-id.js'
import { enableAutoMerge } from './auto-merge.js'
import { type SnapshotRequest } from './snapshot-query.js'
import { withSnapshot } from './snapshot-ports.js'
import { gitHubControl } from './workflow-control.js'
import { gitHubRuns } from './workflow-runs.js'

/** Every port the action uses, over one client, and how many requests it made. */
export type GitHubPorts = WorkflowFiles &
  WorkflowListing &
  PullRequests &
  Issues &
  WorkflowRuns &
  WorkflowControl & {
    requestCount(): number
    graphqlCount(): number
    /** 304 answers: they cost no rate limit. */
    notModifiedCount(): number
    /** What GitHub's last REST answer said is left of the rate limit. */
    rateLimitRemaining(): number | undefined
  }

/**
 * Whether the repository has issues. GitHub may leave `has_issues` out of a repository answer (some tokens and
 * proxies do): only an explicit `false` means disabled.
 */
export function issuesEnabled(data: { has_issues?: boolean }): boolean {
  return data.has_issues !== false
}

function repositoryInfo(client: GitHubClient, repo: RepoId): Promise<RepositoryInfo> {
  return calling(`read the repository ${repo.owner}/${repo.repo}`, async () => {
    const { data } = await client.rest.repos.get({ ...repo })
    return {
      defaultBranch: data.default_branch,
      issuesEnabled: issuesEnabled(data),
      owner: data.owner.login,
      ownerIsOrganization: data.owner.type === 'Organization',
      public: !data.private,
      ...(data.pushed_at ? { pushedAt: data.pushed_at } : {})
    }
  })
}

function workflowFiles(client: GitHubClient, repo: RepoId): WorkflowFiles {
  return {
    info: () => repositoryInfo(client, repo),
    readFile: (path, ref) => readFile(client, repo, path, ref),
    branchHead: branch => branchHead(client, repo, branch),
    compare: (base, head) => compare(client, repo, base, head),
    createBranch: (branch, sha) => createBranch(client, repo, branch, sha),
    resetBranch: (branch, sha) => resetBranch(client, repo, branch, sha),
    advanceBranch: (branch, sha) => advanceBranch(client, repo, branch, sha),
    deleteBranch: branch => deleteBranch(client, repo, branch),
    writeFile: change => writeFile(client, repo, change),
    commitFiles: change => commitFiles(client, repo, change)
  }
}

function threads(client: GitHubClient, repo: RepoId) {
  return {
    comment: (number: number, body: string) => comment(client, repo, number, body),
    ensureLabel: (name: string) => ensureLabel(client, repo, name),
    addLabels: (number: number, labels: readonly string[]) =>
      addLabels(client, repo, number, labels)
  }
}

function pullRequests(client: GitHubClient, repo: RepoId): PullRequests {
  return {
    ...threads(client, repo),
    findOpenPullRequest: (branch, base) => findOpenPullRequest(client, repo, branch, base),
    createPullRequest: pull => createPullRequest(client, repo, pull),
    updatePullRequest: (number, pull) => updatePullRequest(client, repo, number, pull),
    closePullRequest: number => closePullRequest(client, repo, number),
    enableAutoMerge: number => enableAutoMerge(client, repo, number)
  }
}

function issues(client: GitHubClient, repo: RepoId): Issues {
  return {
    ...threads(client, repo),
    listIssues: (label, state) => listIssues(client, repo, label, state),
    createIssue: issue => createIssue(client, repo, issue),
    updateIssue: (number, issue) => updateIssue(client, repo, number, issue),
    closeIssue: number => closeIssue(client, repo, number),
    reopenIssue: number => reopenIssue(client, repo, number)
  }
}

/** The ports over GitHub's REST API: each method is one small call in this folder. */
export function gitHubPorts(
  repo: RepoId,
  options: ClientOptions,
  snapshot?: SnapshotRequest
): GitHubPorts {
  const client = createClient(options)
  const ports: GitHubPorts = {
    ...workflowFiles(client, repo),
    listWorkflowFiles: ref => listWorkflowFiles(client, repo, ref),
    ...pullRequests(client, repo),
    ...issues(client, repo),
    ...gitHubRuns(client, repo),
    ...gitHubControl(client, repo),
    requestCount: () => client.requestCount(),
    graphqlCount: () => client.graphqlCount(),
    notModifiedCount: () => client.notModifiedCount(),
    rateLimitRemaining: () => client.rateLimitRemaining()
  }
  return snapshot ? withSnapshot(ports, client, repo, snapshot) : ports
}

/** Billing usage over its own client: the billing token may not be the repository's (`billing-token`). */
export function gitHubBillingPorts(
  options: ClientOptions
): GitHubBilling & { requestCount(): number } {
  const client = createClient(options)
  return { ...gitHubBilling(client), requestCount: () => client.requestCount() }
}
