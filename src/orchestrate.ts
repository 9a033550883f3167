import { changedWorkflows, type Plan } from './core/schedule/plan.js'
import { type ScheduleChange } from './core/state/state.js'
import { preparePlan, type PolicyPlan } from './engine.js'
import { ValidationError } from './core/errors.js'
import { textSourceAt, type Repository } from './ports/repository.js'
import { publishAlert, type AlertOutcome } from './publish/alert-issue.js'
import { publishPullRequest, type PullRequestOutcome } from './publish/pull-request.js'
import {
  emptyLoadedState,
  loadState,
  newChanges,
  saveState,
  type LoadedState
} from './publish/state-store.js'
import { type ActionSettings } from './settings.js'

/** Everything a run did, for the outputs and the summary. */
export interface RunResult {
  plan: PolicyPlan
  pullRequest: PullRequestOutcome
  alert: AlertOutcome
  requests: number
}

async function resolveBase(repo: Repository, settings: ActionSettings) {
  const info = await repo.info()
  const base = settings.base || info.defaultBranch
  if (settings.branch === base) {
    throw new ValidationError([
      `input 'branch' is the base branch '${base}'; the schedule changes need a branch of their own`
    ])
  }
  if (settings.stateBranch === base) {
    throw new ValidationError([
      `input 'state-branch' is the base branch '${base}'; the state must live on its own branch`
    ])
  }
  const baseHead = await repo.branchHead(base)
  if (!baseHead)
    throw new ValidationError([`input 'base': branch '${base}' does not exist in the repository`])
  return { base, baseHead, issuesEnabled: info.issuesEnabled }
}

function scheduleChanges(plan: Plan): ScheduleChange[] {
  const at = plan.now.toISOString()
  return changedWorkflows(plan).map(w => ({
    at,
    mode: plan.mode,
    workflow: w.id,
    path: w.path,
    from: w.from.map(e => e.cron),
    to: w.to.map(e => e.cron)
  }))
}

async function recordState(
  repo: Repository,
  settings: ActionSettings,
  loaded: LoadedState,
  where: { baseHead: string },
  result: Omit<RunResult, 'requests'>
) {
  if (!settings.stateBranch || settings.dryRun) return
  const samples =
    settings.usage.used === undefined ? [] : [{ at: result.plan.now, used: settings.usage.used }]
  const changes = result.pullRequest.pushed
    ? newChanges(loaded.state, scheduleChanges(result.plan))
    : []
  if (samples.length === 0 && changes.length === 0) return
  await saveState(repo, { branch: settings.stateBranch, baseHead: where.baseHead }, loaded, {
    samples,
    changes
  })
}

/** Where a run reports its progress; the action groups each phase's lines under the phase's name. */
export interface Progress {
  phase<T>(name: string, work: () => Promise<T>): Promise<T>
  info(line: string): void
}

const silent: Progress = { phase: (_name, work) => work(), info: () => {} }

function refuseAlertWithoutIssues(plan: Plan, issuesEnabled: boolean): void {
  if (plan.usage.status === 'SAFE' || issuesEnabled) return
  throw new ValidationError([
    `usage is ${plan.usage.status} but issues are disabled in this repository, so the alert issue cannot be opened — enable them under Settings → General → Features → Issues`
  ])
}

/**
 * One run (DESIGN §1): read the usage and the files from the base branch, plan, write the branch and the pull request,
 * raise or close the alert, record the state. Every check happens before the first write.
 */
export async function orchestrate(
  repo: Repository,
  settings: ActionSettings,
  now: Date,
  progress: Progress = silent
): Promise<RunResult> {
  const { phase, info } = progress
  const would = settings.dryRun ? ' (dry run: would be)' : ''
  const { base, baseHead, issuesEnabled } = await phase('Read the repository', () =>
    resolveBase(repo, settings)
  )
  info(`base ${base} at ${baseHead}`)
  const loaded = await phase('Read the state', () =>
    settings.stateBranch
      ? loadState(repo, settings.stateBranch)
      : Promise.resolve(emptyLoadedState())
  )
  const plan = await phase('Plan', () =>
    preparePlan(textSourceAt(repo, baseHead), {
      usage: settings.usage,
      configPath: settings.config,
      state: loaded.state,
      now,
      usedName: "input 'used'",
      policy: settings.policy
    })
  )
  info(
    `mode ${plan.mode} (${plan.usage.modeReason}), status ${plan.usage.status}, ${changedWorkflows(plan).length} workflows change`
  )
  refuseAlertWithoutIssues(plan, issuesEnabled)
  const target = {
    base,
    baseHead,
    branch: settings.branch,
    labels: settings.labels,
    dryRun: settings.dryRun
  }
  const pullRequest = await phase('Pull request', () => publishPullRequest(repo, plan, target))
  info(
    `pull request${would}: ${pullRequest.operation}${pullRequest.pullRequest ? ` #${pullRequest.pullRequest.number}` : ''}`
  )
  const alert = await phase('Alert issue', () =>
    publishAlert(repo, plan, {
      labels: settings.labels,
      dryRun: settings.dryRun,
      pullRequest: pullRequest.operation === 'closed' ? undefined : pullRequest.pullRequest
    })
  )
  info(`alert issue${would}: ${alert.operation}${alert.issue ? ` #${alert.issue.number}` : ''}`)
  await phase('Record the state', () =>
    recordState(repo, settings, loaded, { baseHead }, { plan, pullRequest, alert })
  )
  return { plan, pullRequest, alert, requests: repo.requestCount() }
}
