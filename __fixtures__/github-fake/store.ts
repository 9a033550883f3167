import type { FakeBillingAccount } from './actions-types.js'
import { type Actor } from './actors.js'
import { Clock } from './clock.js'
import { Git, isoNow, type Commit } from './git.js'
import { RunStore } from './runs.js'
import type { FakeOptions, FakeToken } from './types.js'
import { WorkflowRegistry } from './workflows.js'

export { ACTIONS_BOT, PAT_USER, type Actor } from './actors.js'

/** A repository label. */
export interface Label {
  id: number
  name: string
  color: string
  description: string | null
}

/** An issue comment. */
export interface Comment {
  id: number
  body: string
  user: Actor
  createdAt: string
  updatedAt: string
}

/** What makes an issue a pull request. */
export interface PullInfo {
  head: string
  base: string
  /** The head commit when the branch was last seen (kept when the branch goes away). */
  headSha: string
  /** The head branch was deleted or force-pushed while the pull request was closed. */
  headReplaced: boolean
  /** Set by GraphQL `enablePullRequestAutoMerge`, cleared by `disablePullRequestAutoMerge`. */
  autoMerge?: AutoMerge
}

/** An enabled auto-merge request. */
export interface AutoMerge {
  mergeMethod: 'MERGE' | 'SQUASH' | 'REBASE'
  enabledAt: string
  enabledBy: Actor
  commitHeadline: string | null
  commitBody: string | null
}

/** An issue or pull request: both share one numbering, as on GitHub. */
export interface IssueRecord {
  number: number
  id: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: string | null
  labels: string[]
  comments: Comment[]
  user: Actor
  createdAt: string
  updatedAt: string
  closedAt: string | null
  pull?: PullInfo
}

const FULL_POWER: FakeToken = { workflows: true, kind: 'pat' }

/** The one repository the fake serves. */
export class RepoStore {
  readonly git = new Git()
  readonly owner: string
  readonly repo: string
  readonly defaultBranch: string
  readonly issuesEnabled: boolean
  readonly perPageDefault: number
  readonly closePullsWithoutCommits: boolean
  readonly allowAutoMerge: boolean
  readonly refuseAutoMergeWhenClean: boolean
  readonly protectedBranches: ReadonlySet<string>
  readonly ownerActor: Actor
  readonly issues: IssueRecord[] = []
  readonly labels = new Map<string, Label>()
  readonly clock: Clock
  readonly workflows: WorkflowRegistry
  readonly actions: RunStore
  /** Billing accounts by `user:login` / `org:login`, lower case. */
  readonly billing: Map<string, FakeBillingAccount>
  private readonly tokens: Record<string, FakeToken> | undefined
  private lastId = 1000

  constructor(options: FakeOptions) {
    this.owner = options.owner ?? 'octo-org'
    this.repo = options.repo ?? 'octo-repo'
    this.defaultBranch = options.defaultBranch ?? 'main'
    this.issuesEnabled = options.issuesEnabled ?? true
    this.perPageDefault = options.perPageDefault ?? 30
    this.closePullsWithoutCommits = options.closePullsWithoutCommits ?? true
    this.allowAutoMerge = options.allowAutoMerge ?? false
    this.refuseAutoMergeWhenClean = options.refuseAutoMergeWhenClean ?? false
    this.protectedBranches = new Set(options.protectedBranches ?? [])
    this.tokens = options.tokens
    this.ownerActor = { login: this.owner, id: 9919, type: options.ownerType ?? 'Organization' }
    const files = new Map(
      Object.entries(options.files ?? {}).map(([p, t]) => [p, this.git.putBlob(Buffer.from(t))])
    )
    const initial = this.git.makeCommit(files, [], 'Initial commit', {
      name: 'octocat',
      email: 'octocat@github.com'
    })
    this.git.setHead(this.defaultBranch, initial.sha)
    this.clock = new Clock(options.now)
    this.workflows = new WorkflowRegistry(this.git, this.defaultBranch, options.workflows)
    this.actions = new RunStore(this.git, this.defaultBranch, this.workflows, this.clock)
    for (const run of options.runs ?? []) this.actions.seedRun(run)
    for (const job of options.jobs ?? []) this.actions.seedJob(job)
    const accounts = Object.entries(options.billing?.accounts ?? {})
    this.billing = new Map(accounts.map(([key, account]) => [key.toLowerCase(), account]))
  }

  /** A fresh id for labels, comments and issues. */
  newId(): number {
    return ++this.lastId
  }

  /** The powers of a bearer token, or undefined when it is unknown. */
  token(value: string): FakeToken | undefined {
    return this.tokens ? this.tokens[value] : FULL_POWER
  }

  /** A label by name, compared without case as GitHub does. */
  label(name: string): Label | undefined {
    return this.labels.get(name.toLowerCase())
  }

  /** The label of that name, created with GitHub's default colour when missing (as adding labels does). */
  ensureLabel(name: string): Label {
    const found = this.label(name)
    if (found) return found
    const created = { id: this.newId(), name, color: 'ededed', description: null }
    this.labels.set(name.toLowerCase(), created)
    return created
  }

  /** An issue or pull request by number. */
  issue(number: number): IssueRecord | undefined {
    return this.issues.find(i => i.number === number)
  }

  /** Commits text changes onto a branch and moves it. */
  commitFiles(
    branch: string,
    changes: Record<string, Buffer>,
    message: string,
    author: Actor
  ): Commit {
    const parent = this.git.resolve(branch)
    const files = new Map(parent?.files ?? [])
    for (const [path, bytes] of Object.entries(changes)) files.set(path, this.git.putBlob(bytes))
    const who = {
      name: author.login,
      email: `${author.id}+${author.login}@users.noreply.github.com`
    }
    const commit = this.git.makeCommit(files, parent ? [parent.sha] : [], message, who)
    this.git.setHead(branch, commit.sha)
    this.syncPulls(branch, false)
    return commit
  }

  /**
   * Keeps pull requests in step with their head branch, as GitHub does after a push: a deleted head
   * branch, or one left with no commits ahead of its base, closes the open pull request.
   */
  syncPulls(branch: string, forced: boolean): void {
    const head = this.git.head(branch)
    for (const issue of this.issues) {
      const pull = issue.pull
      if (!pull || pull.head !== branch) continue
      if (issue.state === 'closed' && (forced || head === undefined)) pull.headReplaced = true
      if (head !== undefined) pull.headSha = head
      if (issue.state === 'closed') continue
      const baseHead = this.git.head(pull.base)
      const empty =
        baseHead !== undefined && head !== undefined && this.git.isAncestor(head, baseHead)
      if (head === undefined || (empty && this.closePullsWithoutCommits)) {
        this.close(issue, null)
        pull.headReplaced = forced
      }
    }
  }

  /** Closes an issue or pull request. */
  close(issue: IssueRecord, reason: string | null): void {
    issue.state = 'closed'
    issue.stateReason = reason
    issue.closedAt = isoNow()
    issue.updatedAt = issue.closedAt
  }
}
