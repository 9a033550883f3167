import { ValidationError } from '../core/errors.js'
import { changedWorkflows, type WorkflowPlan } from '../core/schedule/plan.js'
import { restoredWorkflows, restoreTargets, type RestoreTarget } from '../core/state/restore.js'
import { reconcileChanges } from '../core/state/schedule-changes.js'
import { type State } from '../core/state/state.js'
import { type StateStorage } from '../ports/state-storage.js'
import { textSourceAt, type TextSource } from '../ports/workflow-files.js'
import { restoreBody, restoreTitle } from '../reports/restore-report.js'
import { type ActionSettings } from '../settings.js'
import { resolveBase, type ApplyPorts, type Progress } from './apply-schedules/apply-schedules.js'
import { publishPullRequest, type PullRequestOutcome } from './apply-schedules/pull-request.js'
import { loadState, saveState, type LoadedState } from './state-store.js'

/** What a restore did, for the outputs and the summary. */
export interface RestoreResult {
  /** The time whose crons were restored; undefined: the backup. */
  to: Date | undefined
  /** Every workflow the state recorded, changed or not. */
  workflows: WorkflowPlan[]
  pullRequest: PullRequestOutcome
  requests: number
}

const silent: Progress = { phase: (_name, work) => work(), info: () => {} }

/** What the restore puts back; nothing recorded is an error that names the state. */
export function targetsOrFail(state: State, name: string, to: Date | undefined): RestoreTarget[] {
  const targets = restoreTargets(state.changes, to)
  if (targets.length === 0)
    throw new ValidationError(
      [
        `${name} records no schedule change, so there is no backup to restore — the orchestrator has not proposed any change to these workflows yet`
      ],
      'Nothing recorded'
    )
  return targets
}

/** Each recorded workflow edited back to its restored crons, read from `source` (the base branch, or a checkout). */
export async function restoreFrom(
  source: TextSource,
  targets: readonly RestoreTarget[],
  now: Date
): Promise<WorkflowPlan[]> {
  const texts = await Promise.all(targets.map(t => source.readText(t.path)))
  return restoredWorkflows(targets, new Map(targets.map((t, i) => [t.path, texts[i]])), now)
}

/** The restore pull request's changes, recorded as proposed; the pending proposals it replaced are abandoned. */
async function recordProposals(
  storage: StateStorage,
  name: string,
  loaded: LoadedState,
  result: { now: Date; workflows: WorkflowPlan[]; pullRequest: PullRequestOutcome }
) {
  const at = result.now.toISOString()
  const changes = reconcileChanges(loaded.state.changes, {
    now: result.now,
    base: new Map(result.workflows.map(w => [w.id, w.from.map(e => e.cron)])),
    proposals: changedWorkflows(result).map(w => ({
      ...{ at, mode: 'restore', workflow: w.id, path: w.path },
      ...{ from: w.from.map(e => e.cron), to: w.to.map(e => e.cron) }
    })),
    fresh: result.pullRequest.operation === 'created'
  })
  await saveState(storage, name, loaded, { changes })
}

/**
 * Opens the pull request that puts the managed workflows back to the backup recorded in the state (or to the crons in
 * force at `settings.restoreTo`): the same fixed branch and pull request as the schedule changes, so one replaces the
 * other. When every workflow already has those crons nothing is written and an open pull request is left alone.
 */
export async function restoreSchedules(
  ports: ApplyPorts,
  settings: ActionSettings,
  now: Date,
  progress: Progress = silent
): Promise<RestoreResult> {
  const { phase, info } = progress
  const to = settings.restoreTo
  const where = await phase('Read the repository', () => resolveBase(ports, settings))
  const storage = ports.stateStorage(where.baseHead)
  if (!storage) throw new ValidationError(["operation 'restore' needs the state branch"])
  const loaded = await phase('Read the state', () => loadState(storage, ports.stateName))
  const targets = targetsOrFail(loaded.state, ports.stateName, to)
  const workflows = await phase('Plan', () =>
    restoreFrom(textSourceAt(ports, where.baseHead), targets, now)
  )
  info(`${changedWorkflows({ workflows }).length} of ${workflows.length} workflows to restore`)
  const result = { to, workflows, requests: 0 }
  if (changedWorkflows(result).length === 0)
    return {
      ...result,
      pullRequest: { operation: 'none', pushed: false },
      requests: ports.requestCount()
    }
  const target = {
    ...where,
    branch: settings.branch,
    labels: settings.labels,
    dryRun: settings.dryRun
  }
  const text = () => ({ title: restoreTitle(result), body: restoreBody(result) })
  const pullRequest = await phase('Pull request', () =>
    publishPullRequest(ports, { mode: 'restored', workflows }, target, text)
  )
  if (!settings.dryRun)
    await phase('Record the state', () =>
      recordProposals(storage, ports.stateName, loaded, { now, workflows, pullRequest })
    )
  return { ...result, pullRequest, requests: ports.requestCount() }
}
