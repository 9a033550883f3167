/**
 * Findings about how a workflow runs rather than when: no `concurrency:` group, jobs without `timeout-minutes`, and
 * scheduled workflows GitHub disables (or will) after 60 days without activity in a public repository.
 */
import { pushesToBranch } from './branch-filter.js'
import type { AuditFinding } from './findings.js'
import { jobMinutes, overlappingRuns, suggestedTimeout, type Observed } from './observed.js'
import type { WorkflowModel } from './workflow-model.js'

const DAY_MS = 86_400_000
/** GitHub disables a public repository's scheduled workflows after 60 days without activity. */
const INACTIVE_DAYS = 60
const WARNING_DAYS = 7
/** The events on which runs of one branch pile up. */
const CONCURRENT_EVENTS = ['schedule', 'push', 'pull_request']

/** What the repository-level findings need to know. */
export interface RepositoryFacts {
  now: Date
  defaultBranch: string
  public: boolean
  lastActivity?: Date
  /** GitHub's state of the workflow (`disabled_inactivity`, …), when known. */
  state?: string
}

/** A workflow without `concurrency:` that runs on schedule, push or pull_request; never cancelling a default-branch push. */
export function concurrencyFinding(
  model: WorkflowModel,
  observed: Observed | undefined,
  facts: RepositoryFacts
): AuditFinding[] {
  const triggers = CONCURRENT_EVENTS.filter(event => model.triggers.includes(event))
  if (model.hasConcurrency || triggers.length === 0) return []
  const pushesToDefaultBranch = pushesToBranch(model, facts.defaultBranch)
  const overlaps =
    observed && observed.runs.length > 0 ? overlappingRuns(observed.runs, facts.now) : undefined
  const cancelInProgress = !pushesToDefaultBranch
  const detail = {
    triggers,
    overlappingRuns: overlaps?.all ?? null,
    cancelInProgress,
    pushesToDefaultBranch,
    defaultBranch: facts.defaultBranch
  }
  // Cancelling in progress stops a run that a newer one overtakes; queueing saves nothing.
  const savings = cancelInProgress
    ? { runs: overlaps?.last30Days ?? null, minutes: null, dollars: null }
    : null
  return [{ workflow: model.name, path: model.path, kind: 'concurrency', detail, savings }]
}

/** Jobs without `timeout-minutes` (reusable-workflow calls take none), with their longest recorded duration. */
export function timeoutFindings(
  model: WorkflowModel,
  observed: Observed | undefined
): AuditFinding[] {
  return model.jobs.flatMap(job => {
    if (job.hasTimeout || job.reusable) return []
    const minutes = jobMinutes(observed?.jobs ?? [], job.name ?? job.id)
    const longest = minutes.length > 0 ? Math.ceil(Math.max(...minutes)) : null
    const detail = {
      job: job.id,
      longestMinutes: longest,
      observedJobs: minutes.length,
      suggestedMinutes: suggestedTimeout(minutes) ?? null
    }
    return [
      { workflow: model.name, path: model.path, kind: 'timeout' as const, detail, savings: null }
    ]
  })
}

/** Disabled for inactivity by GitHub's record, or a public scheduled workflow within 7 days of the 60-day limit. */
export function inactiveFinding(model: WorkflowModel, facts: RepositoryFacts): AuditFinding[] {
  const last = facts.lastActivity
  const days = last ? Math.floor((facts.now.getTime() - last.getTime()) / DAY_MS) : null
  const lastActivity = last?.toISOString() ?? null
  const base = { workflow: model.name, path: model.path, kind: 'inactive' as const, savings: null }
  if (facts.state === 'disabled_inactivity')
    return [
      { ...base, detail: { state: 'disabled', lastActivity, daysInactive: days, disablesOn: null } }
    ]
  const scheduled = model.triggers.includes('schedule')
  if (!scheduled || !facts.public || !last || days === null || days < INACTIVE_DAYS - WARNING_DAYS)
    return []
  const disablesOn = new Date(last.getTime() + INACTIVE_DAYS * DAY_MS).toISOString()
  return [
    { ...base, detail: { state: 'disabling-soon', lastActivity, daysInactive: days, disablesOn } }
  ]
}
