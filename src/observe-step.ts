/**
 * The action's observe-runs step and its call accounting (DESIGN §10, §14), for apply-action.ts: every phase's calls
 * are counted against `max-api-calls`; the run records are read and ingested once the config is read and before the
 * plan (so that the plan is priced from them), and saved on the state branch once the schedule part has written; the
 * log says how far ingestion got and what is left of the rate limit.
 */
import * as core from '@actions/core'
import { RUNS_PATH, stateName } from './adapters/github/state-branch.js'
import { type GitHubPorts } from './adapters/github/github-repository.js'
import {
  callsOf,
  phaseCalls,
  type CallBudget,
  type CallTally,
  type PhaseCalls
} from './core/runs/call-budget.js'
import { scheduleHistory, type ScheduleSpan } from './core/schedule/schedule-history.js'
import { callsLine, observeLines, stopLine, type CallsFacts } from './reports/observe-report.js'
import { trackingLines } from './reports/tracking-report.js'
import { type ActionSettings } from './settings.js'
import { type Progress, type RunsObserver } from './use-cases/apply-schedules/apply-schedules.js'
import { SAVE_RESERVE } from './use-cases/observe-runs/observe-runs.js'
import {
  type ObservedPerRun,
  type SchedulePlan,
  type ScheduleSources
} from './use-cases/plan-schedules.js'
import {
  readRuns,
  type PendingRuns,
  type RecordedRuns
} from './use-cases/observe-runs/record-runs.js'
import { trackingOf } from './forecast-step.js'
import { type RunStore } from './core/runs/run-store.js'
import { type StateStorage } from './ports/state-storage.js'

/** The counters the ledger reads: every request of the run (billing's too), GraphQL, 304s, the rate limit left. */
export type CallCounters = Pick<
  GitHubPorts,
  'requestCount' | 'graphqlCount' | 'notModifiedCount' | 'rateLimitRemaining'
>

/** The run's calls, phase by phase, and the budget they are spent from. */
export interface CallLedger {
  progress: Progress
  budget: CallBudget
  facts(): CallsFacts
  /** Every request so far, 304s included. */
  requests(): number
}

/** A Progress that groups each phase's log lines (core.group) and records the calls it made. */
export function callLedger(counters: CallCounters, limit: number): CallLedger {
  const phases: PhaseCalls[] = []
  const tally = (): CallTally => ({
    requests: counters.requestCount(),
    graphql: counters.graphqlCount(),
    notModified: counters.notModifiedCount()
  })
  const progress: Progress = {
    phase: async (name, work) => {
      const before = tally()
      try {
        return await core.group(name, work)
      } finally {
        phases.push(phaseCalls(name, before, tally()))
      }
    },
    info: line => core.info(line)
  }
  const budget: CallBudget = {
    limit,
    spent: () => callsOf(tally()),
    rateLimitRemaining: () => counters.rateLimitRemaining()
  }
  const facts = () => ({ phases, limit, rateLimitRemaining: counters.rateLimitRemaining() })
  return { progress, budget, facts, requests: () => counters.requestCount() }
}

/** The schedules each managed workflow had over time (the changes in force, then the crons its file carries now). */
function schedulesOf(read: ScheduleSources): Map<string, ScheduleSpan[]> {
  return new Map(
    read.config.workflows.map(w => [
      w.path,
      scheduleHistory(w, read.changes, read.current.get(w.id)?.from)
    ])
  )
}

/**
 * Calls kept for what follows observing: the schedule part's writes — at most DESIGN §14's N + 10 for N changed
 * workflows, N at most the managed ones — and the save of the records.
 */
export function reserveAfterObserving(managed: number): number {
  return managed + 10 + SAVE_RESERVE
}

/** What one run of each managed workflow used, by config id, from the analytics: the plan's prices. */
function perRunOf(observed: RecordedRuns, read: ScheduleSources): ObservedPerRun {
  const ids = new Set(read.config.workflows.map(w => w.id))
  return new Map(
    observed.analytics.workflows.flatMap(w =>
      ids.has(w.id) && w.perRun !== null ? [[w.id, w.perRun] as const] : []
    )
  )
}

function warnings(observed: RecordedRuns) {
  for (const problem of observed.problems) core.warning(problem)
  for (const w of observed.analytics.workflows.filter(f => f.disabledForInactivity))
    core.warning(
      `${w.id} (${w.path}): GitHub disabled this workflow for inactivity, so its crons start nothing — re-enable it (Actions tab, or gh workflow enable)`
    )
  const stop = observed.report.stopped
  if (stop && stop.reason !== 'call-budget') core.warning(`Observing runs ${stopLine(stop)}`)
}

/** The observe step: `observe` before the plan (reads only), `finish` after the schedule part (saves, warns). */
export interface ObserveStep extends RunsObserver {
  /** The records as read before the plan; undefined when none were read. */
  store(): RunStore | undefined
  /** Tracks the plan's predictions and saves the records read (not in a dry run); undefined when none were observed. */
  finish(plan: SchedulePlan): Promise<RecordedRuns | undefined>
}

/** The ports observing uses: GitHub's, and the run records' storage beside the state (sharing what is known of it). */
export type ObservePorts = GitHubPorts & { runsStorage(baseHead: string): StateStorage }

function storageFor(settings: ActionSettings, github: ObservePorts) {
  return async () => {
    // Both answered from the snapshot the run read before planning: no call.
    const base = settings.base || (await github.info()).defaultBranch
    const baseHead = (await github.branchHead(base)) ?? ''
    return github.runsStorage(baseHead)
  }
}

/**
 * Observes the managed workflows' runs; nothing without a state branch (the records live there). A dry run reads and
 * reports but writes nothing. Should the schedule part fail, `finish` is not called and nothing is saved.
 */
export function observeStep(
  settings: ActionSettings,
  github: ObservePorts,
  ledger: CallLedger
): ObserveStep {
  const name = stateName(settings.stateBranch, RUNS_PATH)
  const storage = storageFor(settings, github)
  let pending: PendingRuns | undefined
  const observe = async (read: ScheduleSources, now: Date) => {
    if (!settings.stateBranch) {
      core.info(
        'Runs are not observed: the state is disabled (state-branch is empty) and the run records live there'
      )
      return undefined
    }
    const managed = read.config.workflows
    const input = {
      workflows: managed.map(w => ({ id: w.id, path: w.path })),
      now,
      windowDays: settings.analyticsDays,
      budget: ledger.budget,
      reserve: reserveAfterObserving(managed.length),
      dryRun: settings.dryRun,
      analytics: { managed, schedules: schedulesOf(read), prices: read.config.prices }
    }
    pending = await ledger.progress.phase('Observe runs', async () =>
      readRuns({ runs: github, storage: await storage(), name }, input)
    )
    return perRunOf(pending.recorded, read)
  }
  const finish = async (plan: SchedulePlan) => {
    const save = pending?.save
    if (!save) return undefined
    const observed = await ledger.progress.phase('Save the run records', async () => {
      const result = await save(trackingOf(plan))
      for (const line of [...observeLines(result, name), ...trackingLines(result.forecast)])
        core.info(line)
      return result
    })
    warnings(observed)
    return observed
  }
  const store = () =>
    pending && pending.recorded.saved !== 'not-read' ? pending.recorded.store : undefined
  return { observe, store, finish }
}

/** The calls line for the log, once every phase is done. */
export function logCalls(ledger: CallLedger): void {
  core.info(callsLine(ledger.facts()))
}
