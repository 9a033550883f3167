/** Port: pull requests and issues (DESIGN §2). Both are threads that take comments and labels. */

/** A pull request or an issue, as the reports and outputs show it. */
export interface Thread {
  number: number
  url: string
  title: string
  body: string
  labels: string[]
  /** ISO time the thread was opened. */
  createdAt: string
}

/** What pull requests and issues share. */
export interface Threads {
  comment(number: number, body: string): Promise<void>
  /** Creates the label when missing. */
  ensureLabel(name: string): Promise<void>
  addLabels(number: number, labels: readonly string[]): Promise<void>
}

/** The schedule pull request's calls. */
export interface PullRequests extends Threads {
  findOpenPullRequest(branch: string, base: string): Promise<Thread | undefined>
  createPullRequest(pull: {
    branch: string
    base: string
    title: string
    body: string
  }): Promise<Thread>
  updatePullRequest(number: number, pull: { title: string; body: string }): Promise<Thread>
  closePullRequest(number: number): Promise<void>
  /** Turns on GitHub's auto-merge (done once its checks pass); PermissionError when the repository does not allow it. */
  enableAutoMerge(number: number): Promise<void>
}

/** The alert issue's calls. */
export interface Issues extends Threads {
  /** Issues (not pull requests) carrying the label, in the given state. */
  listIssues(label: string, state: 'open' | 'closed'): Promise<Thread[]>
  createIssue(issue: { title: string; body: string; labels: readonly string[] }): Promise<Thread>
  updateIssue(number: number, issue: { title: string; body: string }): Promise<Thread>
  closeIssue(number: number): Promise<void>
  reopenIssue(number: number): Promise<void>
}
