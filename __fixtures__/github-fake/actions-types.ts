/** A workflow's state, as GitHub's `workflow` object spells it. */
export type WorkflowState =
  'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually'

/** A run's or job's status. */
export type RunStatus = 'queued' | 'in_progress' | 'completed' | 'requested' | 'waiting' | 'pending'

/** A finished run's or job's conclusion. */
export type RunConclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | 'stale'

/** Seeds a workflow: its id, name and state (files under `.github/workflows` are workflows without a seed). */
export interface FakeWorkflowSeed {
  path: string
  id?: number
  name?: string
  state?: WorkflowState
  nodeId?: string
  createdAt?: string
  updatedAt?: string
}

/** A job of a run added with `addRun`. Times default to the run's. */
export interface FakeJobInput {
  name: string
  labels?: string[]
  status?: RunStatus
  conclusion?: RunConclusion | null
  createdAt?: string | Date
  startedAt?: string | Date
  completedAt?: string | Date | null
  runAttempt?: number
  runnerName?: string
}

/** A run to add: `workflow` is an id, a file name (`nightly.yml`) or a path. */
export interface FakeRunInput {
  workflow: number | string
  /** Default `schedule`. */
  event?: string
  /** Default: the default branch. */
  branch?: string
  /** Default: the branch's head commit. */
  headSha?: string
  /** Default `completed` when a conclusion is given, else `queued`. */
  status?: RunStatus
  conclusion?: RunConclusion | null
  /** Default: the fake's clock. */
  createdAt?: string | Date
  runStartedAt?: string | Date
  updatedAt?: string | Date
  runAttempt?: number
  /** A login; default octocat. */
  actor?: string
  displayTitle?: string
  jobs?: FakeJobInput[]
}

/** A workflow as tests see it. */
export interface FakeWorkflow {
  id: number
  name: string
  path: string
  state: WorkflowState
}

/** A workflow run as tests see it. */
export interface FakeRun {
  id: number
  workflowId: number
  path: string
  runNumber: number
  runAttempt: number
  event: string
  headBranch: string | null
  headSha: string
  status: string
  conclusion: string | null
  createdAt: string
  runStartedAt: string
  updatedAt: string
}

/** A job as tests see it. */
export interface FakeJob {
  id: number
  runId: number
  runAttempt: number
  name: string
  status: string
  conclusion: string | null
  startedAt: string
  completedAt: string | null
  labels: string[]
}

/** A `workflow_dispatch` the fake accepted. */
export interface FakeDispatch {
  workflowId: number
  path: string
  ref: string
  inputs: Record<string, unknown>
  /** The fake's clock when it was accepted. */
  at: string
  runId: number
}

/** An item of the billing usage report (`…/settings/billing/usage`), as the description shapes it. */
export interface FakeUsageItem {
  /** A date or date-time; the year/month/day filters read it. */
  date: string
  product: string
  sku: string
  quantity: number
  unitType: string
  pricePerUnit: number
  grossAmount: number
  discountAmount: number
  netAmount: number
  /** Filled with the organization's login on the organization report when absent. */
  organizationName?: string
  repositoryName?: string
}

/**
 * A premium request or AI credit usage item. GitHub answers these aggregated over the period asked for
 * (no date on the items), so `date` and `user` are the fake's own: they place the item in a period and
 * serve the organization report's `user` filter, and are not sent.
 */
export interface FakeModelUsageItem {
  date: string
  user?: string
  product: string
  sku: string
  model: string
  unitType: string
  pricePerUnit: number
  grossQuantity: number
  grossAmount: number
  discountQuantity: number
  discountAmount: number
  netQuantity: number
  netAmount: number
}

/** One billing account's usage. */
export interface FakeBillingAccount {
  usageItems?: FakeUsageItem[]
  premiumRequestItems?: FakeModelUsageItem[]
  aiCreditItems?: FakeModelUsageItem[]
}

/** Billing accounts keyed `user:LOGIN` or `org:LOGIN`; any other account answers 404. */
export interface FakeBillingOptions {
  accounts: Record<string, FakeBillingAccount>
}
