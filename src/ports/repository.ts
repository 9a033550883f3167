import { type TextSource } from '../engine.js'

/** A file's text with the git blob sha GitHub needs to update it. */
export interface FileVersion {
  text: string
  sha: string
}

/** A pull request or an issue, as the reports and outputs show it. */
export interface Thread {
  number: number
  url: string
  title: string
  body: string
}

/** How a branch compares with the base: what it changes, and whether it is built on the base's head. */
export interface BranchComparison {
  upToDate: boolean
  /** Changed path → git blob sha on the branch. */
  files: Map<string, string>
}

/** Everything the orchestrator asks of a hosted repository (DESIGN §2): one narrow port, GitHub behind it. */
export interface Repository {
  info(): Promise<{ defaultBranch: string; issuesEnabled: boolean; owner: string }>
  readFile(path: string, ref: string): Promise<FileVersion | undefined>
  branchHead(branch: string): Promise<string | undefined>
  compare(base: string, head: string): Promise<BranchComparison>
  createBranch(branch: string, sha: string): Promise<void>
  resetBranch(branch: string, sha: string): Promise<void>
  deleteBranch(branch: string): Promise<void>
  /** Writes one file as one commit; throws StaleFileError when `sha` is not the file's current sha. */
  writeFile(change: {
    branch: string
    path: string
    text: string
    message: string
    sha?: string
  }): Promise<void>
  findOpenPullRequest(branch: string, base: string): Promise<Thread | undefined>
  createPullRequest(pull: {
    branch: string
    base: string
    title: string
    body: string
  }): Promise<Thread>
  updatePullRequest(number: number, pull: { title: string; body: string }): Promise<Thread>
  closePullRequest(number: number): Promise<void>
  ensureLabel(name: string): Promise<void>
  addLabels(number: number, labels: readonly string[]): Promise<void>
  /** Open issues (not pull requests) carrying the label. */
  listOpenIssues(label: string): Promise<Thread[]>
  createIssue(issue: { title: string; body: string; labels: readonly string[] }): Promise<Thread>
  updateIssue(number: number, issue: { title: string; body: string }): Promise<Thread>
  closeIssue(number: number): Promise<void>
  comment(number: number, body: string): Promise<void>
  /** HTTP requests made so far, retries included. */
  requestCount(): number
}

/** A Repository read at one ref, seen as the engine's TextSource. */
export function textSourceAt(repo: Repository, ref: string): TextSource {
  return { readText: async path => (await repo.readFile(path, ref))?.text }
}
