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
}

/** One request as the fake saw it, with the status it answered. */
export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  status: number
  operationId: string | undefined
  injectedFault?: string
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
}
