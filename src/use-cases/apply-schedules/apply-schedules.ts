import { ValidationError } from '../../core/errors.js'
import { changedWorkflows, type Plan } from '../../core/schedule/plan.js'
import { reconcileChanges, type ProposedChange } from '../../core/state/schedule-changes.js'
import { readPauses } from '../../core/usage/budgets.js'
import { failurePausesOf, type Paused } from '../../core/usage/paused.js'
import { type BillingAccount, type BillingUsage } from '../../ports/billing-usage.js'
import { type StateStorage } from '../../ports/state-storage.js'
import { type Issues, type PullRequests } from '../../ports/threads.js'
import { textSourceAt, type WorkflowFiles } from '../../ports/workflow-files.js'
import { pullRequestBody, pullRequestTitle } from '../../reports/markdown.js'
import { type ActionSettings } from '../../settings.js'
import {
  decideSchedules,
  readSchedules,
  type ObservedPerRun,
  type SchedulePlan,
  type ScheduleSources
} from '../plan-schedules.js'
import { liveUsageFor, liveUsageLine, type LiveUsage } from '../read-usage.js'
import { emptyLoadedState, loadState, saveState, type LoadedState } from '../state-store.js'
import { withFixes } from '../../reports/audit-markdown.js'
import { publishAlert, type AlertOutcome } from './alert-issue.js'
import { proposalWithFixes, type FixHook, type ProposedFixes } from './audit-fixes.js'
import { deliverSchedules, type DeliveryOutcome } from './delivery.js'
import { type PullRequestOutcome } from './pull-request.js'

/** The ports applying schedules uses. */
export interface ApplyPorts extends WorkflowFiles, PullRequests, Issues {
  /** The state's storage once the base head is known (a new state branch starts there); undefined: no state. */
  stateStorage(baseHead: string): StateStorage | undefined
  /** Where the state lives, for messages. */
  stateName: string
  requestCount(): number
  /** The billing usage reports, for a usage source other than `input` (DESIGN §10 Live usage). */
  billing?: BillingUsage
}

/** Everything a run did, for the outputs and the summary. */
export interface RunResult {
  plan: SchedulePlan
  pullRequest: DeliveryOutcome
  alert: AlertOutcome
  requests: number
  /** The audit's fixes the proposal carries (input `fix`); absent when none were asked for. */
  fixes?: ProposedFixes
  /** What the state said was paused when the run read it (budget pauses recorded, holding or not). */
  paused: Paused
}

/** Where a run reports its progress; the action groups each phase's lines under the phase's name. */
export interface Progress {
  phase<T>(name: string, work: () => Promise<T>): Promise<T>
  info(line: string): void
}

const silent: Progress = { phase: (_name, work) => work(), info: () => {} }

/**
 * Observing the runs (DESIGN §10), given the chance between reading and planning: it may read but writes nothing
 * (its records are saved by the caller once the schedule part is done), and what it observed prices the plan.
 */
export interface RunsObserver {
  observe(read: ScheduleSources, now: Date): Promise<ObservedPerRun | undefined>
}

/** The base branch and its head, checked against the schedule and state branches before anything is written. */
export async function resolveBase(
  ports: Pick<ApplyPorts, 'info' | 'branchHead'>,
  settings: ActionSettings
) {
  const info = await ports.info()
  const base = settings.base || info.defaultBranch
  const problems: string[] = []
  if (settings.branch === base)
    problems.push(
      `input 'branch' is the base branch '${base}'; the schedule changes need a branch of their own`
    )
  if (settings.stateBranch === base)
    problems.push(
      `input 'state-branch' is the base branch '${base}'; the state must live on its own branch`
    )
  if (problems.length > 0) throw new ValidationError(problems)
  const baseHead = await ports.branchHead(base)
  if (!baseHead)
    throw new ValidationError([`input 'base': branch '${base}' does not exist in the repository`])
  const kind = info.ownerIsOrganization ? ('org' as const) : ('user' as const)
  return { base, baseHead, issuesEnabled: info.issuesEnabled, owner: { kind, name: info.owner } }
}

function proposedChanges(plan: Plan): ProposedChange[] {
  const at = plan.now.toISOString()
  return changedWorkflows(plan).map(w => ({
    at,
    mode: plan.mode,
    workflow: w.id,
    path: w.path,
    from: w.from.map(e => e.cron),
    // A dispatched workflow's file keeps no crons: recorded so, the change settles in force once merged.
    to: w.via === 'dispatch' ? [] : w.to.map(e => e.cron)
  }))
}

/**
 * The state after the run: a proposal the base branch now carries is in force; the pending proposals become those of
 * the pull request open after the run (none when it was closed or not made), the others abandoned.
 */
async function recordState(
  storage: StateStorage | undefined,
  name: string,
  loaded: LoadedState,
  result: {
    plan: Plan
    pullRequest: PullRequestOutcome
    given: number | undefined
    live: LiveUsage | undefined
  }
) {
  if (!storage) return
  const { plan, pullRequest } = result
  const samples = result.given === undefined ? [] : [{ at: plan.now, used: result.given }]
  // A direct commit's changes are proposals the base already carries: the next run settles them in force.
  const open =
    pullRequest.commit !== undefined ||
    (pullRequest.pullRequest !== undefined && pullRequest.operation !== 'closed')
  const changes = reconcileChanges(loaded.state.changes, {
    now: plan.now,
    base: new Map(plan.workflows.map(w => [w.id, w.from.map(e => e.cron)])),
    proposals: open ? proposedChanges(plan) : [],
    fresh: pullRequest.operation === 'created'
  })
  await saveState(storage, name, loaded, { samples, changes, billing: result.live?.cache })
}

/** The usage from the billing report when the usage source is one (and `used` was not given); logged. */
async function readLiveUsage(
  ports: ApplyPorts,
  settings: ActionSettings,
  context: { owner: BillingAccount; now: Date; cached: unknown },
  progress: Progress
): Promise<LiveUsage | undefined> {
  const { source, account } = settings.billing
  const { used, resetDay } = settings.usage
  if (source === 'input' || used !== undefined) return undefined
  const live = await progress.phase('Read the usage', () =>
    liveUsageFor(ports.billing, { source, account, used, resetDay, ...context })
  )
  if (live) progress.info(liveUsageLine(live))
  return live
}

/** Reads the state (when there is one), the usage, the config and files, and the runs; plans the run from the base branch. */
async function readAndPlan(
  ports: ApplyPorts,
  settings: ActionSettings,
  where: { baseHead: string; owner: BillingAccount },
  now: Date,
  progress: Progress,
  observer: RunsObserver | undefined
) {
  const { phase } = progress
  const storage = settings.stateBranch ? ports.stateStorage(where.baseHead) : undefined
  const loaded = await phase('Read the state', () =>
    storage ? loadState(storage, ports.stateName) : Promise.resolve(emptyLoadedState())
  )
  const cached = loaded.state.billing
  const live = await readLiveUsage(ports, settings, { owner: where.owner, now, cached }, progress)
  const source = textSourceAt(ports, where.baseHead)
  const read = await phase('Read the config and workflows', () =>
    readSchedules(source, { configPath: settings.config, state: loaded.state, now })
  )
  const observed = await observer?.observe(read, now)
  const plan = await phase('Plan', async () =>
    decideSchedules(read, {
      usage: settings.usage,
      configPath: settings.config,
      state: loaded.state,
      now,
      usedName: "input 'used'",
      policy: settings.policy,
      usageSource: settings.billing.source,
      live,
      ...(observed ? { observed } : {})
    })
  )
  // Budgets pause through the state (DESIGN §13): refused before any write when there is none.
  if (plan.config.budgets && !storage)
    throw new ValidationError([
      `${settings.config}: budgets record their pauses in the state, but input 'state-branch' is empty — name the state branch (e.g. orchestrator-state) or remove budgets`
    ])
  const paused: Paused = {
    budget: readPauses(loaded.state.pauses),
    failures: failurePausesOf(loaded.state.dispatch, plan.config.workflows)
  }
  return { storage, loaded, plan, live, paused }
}

const numbered = (thread?: { number: number }) => (thread ? ` #${thread.number}` : '')

/** Work between planning and delivering (observing the runs), returning what the pull request body adds. */
export type BeforeDelivery = (plan: SchedulePlan) => Promise<readonly string[]>

/** What a run may do besides the schedules: observe the runs, carry the audit's fixes, add to the body. */
export interface ApplyHooks {
  observer?: RunsObserver
  fixHook?: FixHook
  beforeDelivery?: BeforeDelivery
}

/** The schedule pull request (or direct commit): the plan's files with the audit's fixes, and the body's sections. */
async function deliverPlan(
  ports: ApplyPorts,
  settings: ActionSettings,
  where: Awaited<ReturnType<typeof resolveBase>>,
  plan: SchedulePlan,
  { progress, hooks }: { progress: Progress; hooks: ApplyHooks }
) {
  const { fixHook, beforeDelivery } = hooks
  const fixes = fixHook
    ? await progress.phase('Audit fixes', () => fixHook(plan, where))
    : undefined
  const sections = beforeDelivery ? await beforeDelivery(plan) : []
  const text = () =>
    withFixes({ title: pullRequestTitle(plan), body: pullRequestBody(plan, sections) }, plan, fixes)
  const target = {
    ...where,
    branch: settings.branch,
    labels: settings.labels,
    dryRun: settings.dryRun,
    delivery: settings.delivery
  }
  const pullRequest = await progress.phase('Pull request', () =>
    deliverSchedules(ports, proposalWithFixes(plan, fixes), target, text)
  )
  return { pullRequest, fixes }
}

/**
 * One run (DESIGN §1): read the usage and the files from the base branch (and, with an observer, the runs), plan,
 * write the branch and the pull request, raise or close the alert, record the state. Every check happens before the
 * first write.
 */
export async function applySchedules(
  ports: ApplyPorts,
  settings: ActionSettings,
  now: Date,
  progress: Progress = silent,
  hooks: ApplyHooks = {}
): Promise<RunResult> {
  const { phase, info } = progress
  const would = settings.dryRun ? ' (dry run: would be)' : ''
  const where = await phase('Read the repository', () => resolveBase(ports, settings))
  info(`base ${where.base} at ${where.baseHead}`)
  const read = await readAndPlan(ports, settings, where, now, progress, hooks.observer)
  const { storage, loaded, plan, live, paused } = read
  info(
    `mode ${plan.mode}, status ${plan.usage.status}, ${changedWorkflows(plan).length} workflows change`
  )
  const { pullRequest, fixes } = await deliverPlan(ports, settings, where, plan, {
    progress,
    hooks
  })
  info(`pull request${would}: ${pullRequest.operation}${numbered(pullRequest.pullRequest)}`)
  const alert = await phase('Alert issue', () =>
    publishAlert(ports, plan, {
      labels: settings.labels,
      dryRun: settings.dryRun,
      issuesEnabled: where.issuesEnabled,
      pullRequest: pullRequest.operation === 'closed' ? undefined : pullRequest.pullRequest,
      // As recorded: a pause whose day turned is resumed by the budget check, which then reports it here.
      paused
    })
  )
  info(`alert issue${would}: ${alert.operation}${numbered(alert.issue)}`)
  if (!settings.dryRun) {
    const given = settings.usage.used ?? live?.used
    await phase('Record the state', () =>
      recordState(storage, ports.stateName, loaded, { plan, pullRequest, given, live })
    )
  }
  return {
    plan,
    pullRequest,
    alert,
    requests: ports.requestCount(),
    paused,
    ...(fixes ? { fixes } : {})
  }
}
