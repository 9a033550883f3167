import { type Repository } from '../../ports/repository.js'
import { createClient, type ClientOptions, type GitHubClient } from './client.js'
import { readFile, writeFile } from './contents.js'
import { calling } from './github-error.js'
import {
  addLabels,
  closeIssue,
  comment,
  createIssue,
  ensureLabel,
  listOpenIssues,
  updateIssue
} from './issues.js'
import {
  closePullRequest,
  createPullRequest,
  findOpenPullRequest,
  updatePullRequest
} from './pulls.js'
import { branchHead, compare, createBranch, deleteBranch, resetBranch } from './refs.js'
import { type RepoId } from './repo-id.js'

function repositoryInfo(client: GitHubClient, repo: RepoId) {
  return calling(`read the repository ${repo.owner}/${repo.repo}`, async () => {
    const { data } = await client.rest.repos.get({ ...repo })
    return {
      defaultBranch: data.default_branch,
      issuesEnabled: data.has_issues,
      owner: data.owner.login
    }
  })
}

/** The Repository port over GitHub's REST API: each method is one small call in this folder. */
export function gitHubRepository(repo: RepoId, options: ClientOptions): Repository {
  const client = createClient(options)
  return {
    info: () => repositoryInfo(client, repo),
    readFile: (path, ref) => readFile(client, repo, path, ref),
    branchHead: branch => branchHead(client, repo, branch),
    compare: (base, head) => compare(client, repo, base, head),
    createBranch: (branch, sha) => createBranch(client, repo, branch, sha),
    resetBranch: (branch, sha) => resetBranch(client, repo, branch, sha),
    deleteBranch: branch => deleteBranch(client, repo, branch),
    writeFile: change => writeFile(client, repo, change),
    findOpenPullRequest: (branch, base) => findOpenPullRequest(client, repo, branch, base),
    createPullRequest: pull => createPullRequest(client, repo, pull),
    updatePullRequest: (number, pull) => updatePullRequest(client, repo, number, pull),
    closePullRequest: number => closePullRequest(client, repo, number),
    ensureLabel: name => ensureLabel(client, repo, name),
    addLabels: (number, labels) => addLabels(client, repo, number, labels),
    listOpenIssues: label => listOpenIssues(client, repo, label),
    createIssue: issue => createIssue(client, repo, issue),
    updateIssue: (number, issue) => updateIssue(client, repo, number, issue),
    closeIssue: number => closeIssue(client, repo, number),
    comment: (number, body) => comment(client, repo, number, body),
    requestCount: () => client.requestCount()
  }
}
