import type {
  FakeBillingOptions,
  FakeDispatch,
  FakeJob,
  FakeRun,
  FakeRunInput,
  FakeWorkflow,
  FakeWorkflowSeed,
  RunConclusion
} from './actions-types.js'

/** What a bearer token may do. Optional powers default to true; `kind` defaults to 'app' (GITHUB_TOKEN). */
export interface FakeToken {
  workflows: boolean
  pullRequests?: boolean
  issues?: boolean
  contents?: boolean
  canCreatePullRequests?: boolean
  /** Actions write: dispatch, enable and disable workflows. */
  actions?: boolean
  /** Read the billing usage reports. */
  billing?: boolean
  kind?: 'app' | 'pat'
  /**
   * Resources the token cannot even read (permission `none`): GraphQL fields reading them answer
   * FORBIDDEN. The powers above are write powers, so `issues: false` alone still reads issues.
   */
  unreadable?: Array<'contents' | 'pullRequests' | 'issues'>
}

/** Seeded, deterministic fault injection. */
export interface FaultOptions {
  seed: number
  /** 0..1: answer 502 before doing anything. */
  serverErrorRate?: number
  /** 0..1: answer 403 "secondary rate limit" with `retry-after`, before doing anything. */
  secondaryRateLimitRate?: number
  /** The next N Contents PUTs answer 409 and change nothing. */
  conflictsOnPut?: number
  /** 0..1: do the write, then answer 502 (requests that can write only: non-GET, GraphQL mutations). */
  appliedThenErrorRate?: number
  /** 0..1: destroy the socket without answering. */
  dropRate?: number
  /** 0..1 (default 0): the chance that a drop comes after the request was applied rather than before. */
  dropAfterApplying?: number
  /** 0..1: apply the request, then hold the answer back `slowMs`. */
  slowRate?: number
  /** How long a slow answer is held back (default 10000 ms); pick more than the client's timeout. */
  slowMs?: number
  /** Only these operationIds (`issues/create`, `graphql`…) get faults; the draws still happen for all. */
  operations?: string[]
}

/** How the fake repository starts. */
export interface FakeOptions {
  owner?: string
  repo?: string
  defaultBranch?: string
  /** path -> text: the initial commit on the default branch. */
  files?: Record<string, string>
  /** bearer token -> powers; an unknown token gets 401. Not given: any token has every power. */
  tokens?: Record<string, FakeToken>
  issuesEnabled?: boolean
  faults?: FaultOptions
  perPageDefault?: number
  /** Close an open pull request when its head branch is left with no commits ahead of base (default true, as GitHub). */
  closePullsWithoutCommits?: boolean
  /** What `GET /users/{owner}` says the owner is (default 'Organization'). */
  ownerType?: 'User' | 'Organization'
  /** Workflow ids, names and states; every `.github/workflows/*.yml|yaml` file on the default branch is a workflow too. */
  workflows?: FakeWorkflowSeed[]
  /** Verbatim API workflow-run objects (missing fields get defaults); an unknown `workflow_id` becomes a workflow. */
  runs?: unknown[]
  /** Verbatim API job objects. */
  jobs?: unknown[]
  /** The fake's clock (created_at of dispatched runs, the billing reports' current year/month); default real time. */
  now?: string | Date
  billing?: FakeBillingOptions
  /** The repository allows auto-merge (default false, as GitHub): `enablePullRequestAutoMerge` works. */
  allowAutoMerge?: boolean
  /**
   * `enablePullRequestAutoMerge` on an open pull request answers GitHub's "Pull request Pull request is in
   * clean status", as when the base branch has no pending required checks (default false: it is enabled).
   */
  refuseAutoMergeWhenClean?: boolean
  /**
   * Branches under branch protection: moving one through the Git refs API answers 422 "Changes must be made through a
   * pull request." (the message GitHub gives the REST API; `git push` gets GH006 "Protected branch update failed").
   */
  protectedBranches?: string[]
}

/** One request as the fake saw it, with the status it answered. */
export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  status: number
  /** The OpenAPI operationId; `graphql` for `POST /graphql`. */
  operationId: string | undefined
  /** The fault injected instead of (or after) answering; status is 0 when the socket was dropped. */
  injectedFault?: string
}

/** A pull request with auto-merge enabled, as tests see it. */
export interface FakeAutoMerge {
  number: number
  mergeMethod: 'MERGE' | 'SQUASH' | 'REBASE'
  enabledAt: string
  enabledBy: string
}

/** A pull request as tests see it. */
export interface FakePull {
  number: number
  state: 'open' | 'closed'
  title: string
  body: string
  head: string
  base: string
  labels: string[]
  comments: string[]
}

/** An issue (not a pull request) as tests see it. */
export interface FakeIssue {
  number: number
  state: 'open' | 'closed'
  title: string
  body: string
  labels: string[]
  comments: string[]
}

/** A running fake. */
export interface GitHubFake {
  url: string
  owner: string
  repo: string
  /** Every request, in order. */
  requests: RecordedRequest[]
  /** OpenAPI violations of requests or responses, human-readable. */
  violations: string[]
  /** Responses GitHub really sends whose status the OpenAPI description does not list (401, the workflow refusal…). */
  offSpec: string[]
  /** Requests and responses checked against the OpenAPI description. */
  validatedCount: number
  close(): Promise<void>
  /** The branch's head commit sha. */
  branchHead(branch: string): string | undefined
  /** A file's text on a branch (or at a commit sha). */
  fileAt(branch: string, path: string): string | undefined
  branches(): string[]
  /** First-parent history, newest first. */
  commitsOn(branch: string): Array<{ sha: string; message: string; parents: string[] }>
  pulls(): FakePull[]
  /** Issues only; pull requests are in `pulls()`. */
  issues(): FakeIssue[]
  labels(): Array<{ name: string; color: string; description: string | null }>
  /** Replaces the fault plan; the PRNG restarts from the new seed. */
  setFaults(faults: FaultOptions | undefined): void
  /** Commits directly, like a person pushing; a missing branch starts at the default branch's head. */
  writeFile(branch: string, path: string, text: string, message?: string): void
  /** Workflows as `GET …/actions/workflows` lists them. */
  workflows(): FakeWorkflow[]
  /** Every run, newest first. */
  runs(): FakeRun[]
  /** The jobs of a run (every attempt), oldest first. */
  jobs(runId: number): FakeJob[]
  /** Accepted `workflow_dispatch` requests, in order. */
  dispatches(): FakeDispatch[]
  /** Adds a run (and its jobs); throws for an unknown workflow. */
  addRun(run: FakeRunInput): FakeRun
  /** Completes a run and its unfinished jobs (at the fake's clock unless `at` is given). */
  completeRun(id: number, conclusion: RunConclusion, at?: string | Date): FakeRun
  /** Sets the fake's clock; undefined goes back to real time. */
  setNow(now: string | Date | undefined): void
  /** Open pull requests with auto-merge enabled (through GraphQL), by number. */
  autoMerges(): FakeAutoMerge[]
  /** How many faults of each kind were injected (every kind listed, zeros included). */
  faultCounts(): Record<FaultKind, number>
}

/** A kind of injected fault, as `RecordedRequest.injectedFault` and `faultCounts()` name it. */
export type FaultKind =
  | 'server-error'
  | 'secondary-rate-limit'
  | 'conflict'
  | 'drop-before-applying'
  | 'drop-after-applying'
  | 'applied-then-error'
  | 'slow'
