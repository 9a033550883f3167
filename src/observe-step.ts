/**
 * The action's observe-runs step and its call accounting (DESIGN §10, §14), for apply-action.ts: every phase's calls
 * are counted against `max-api-calls`, the run records are read and saved on the state branch, and the log says how
 * far ingestion got and what is left of the rate limit.
 */
import * as core from '@actions/core'
import { RUNS_PATH, stateName, stateOnBranch } from './adapters/github/state-branch.js'
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
import { type Progress } from './use-cases/apply-schedules/apply-schedules.js'
import { type SchedulePlan } from './use-cases/plan-schedules.js'
import {
  readRecords,
  recordRuns,
  type ReadRecords,
  type RecordedRuns,
  type RecordRunsPorts
} from './use-cases/observe-runs/record-runs.js'
import { trackingOf } from './forecast-step.js'

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
function schedulesOf(plan: SchedulePlan): Map<string, ScheduleSpan[]> {
  return new Map(
    plan.config.workflows.map(w => {
      const now = plan.workflows.find(p => p.id === w.id)?.from
      return [w.path, scheduleHistory(w, plan.changes, now)]
    })
  )
}

function warnings(observed: RecordedRuns) {
  for (const problem of observed.problems) core.warning(problem)
  const stop = observed.report.stopped
  if (stop && stop.reason !== 'call-budget') core.warning(`Observing runs ${stopLine(stop)}`)
}

/** Where the run records live and how runs are read; both base answers come from the snapshot read before planning. */
async function recordsPorts(
  settings: ActionSettings,
  github: GitHubPorts
): Promise<RecordRunsPorts> {
  const base = settings.base || (await github.info()).defaultBranch
  const baseHead = (await github.branchHead(base)) ?? ''
  const storage = stateOnBranch(github, { branch: settings.stateBranch, baseHead, path: RUNS_PATH })
  return { runs: github, storage, name: stateName(settings.stateBranch, RUNS_PATH) }
}

/** The run records read before the pull request is written (its body recommends from them), with their ports. */
export interface EarlyRecords {
  ports: RecordRunsPorts
  /** Undefined when the budget left no room to read them. */
  read: ReadRecords | undefined
}

/**
 * Reads the run records before the pull request is written, within the budget; observeStep then reads them no more.
 * Nothing without a state branch.
 */
export async function readRecordsEarly(
  settings: ActionSettings,
  github: GitHubPorts,
  ledger: CallLedger
): Promise<EarlyRecords | undefined> {
  if (!settings.stateBranch) return undefined
  return ledger.progress.phase('Read the run records', async () => {
    const ports = await recordsPorts(settings, github)
    return { ports, read: await readRecords(ports, ledger.budget) }
  })
}

/**
 * Observes the managed workflows' runs after the schedule part; nothing without a state branch (the records live
 * there). A dry run reads and reports but writes nothing.
 */
export async function observeStep(
  settings: ActionSettings,
  github: GitHubPorts,
  plan: SchedulePlan,
  ledger: CallLedger,
  early?: EarlyRecords
): Promise<RecordedRuns | undefined> {
  if (!settings.stateBranch) {
    core.info(
      'Runs are not observed: the state is disabled (state-branch is empty) and the run records live there'
    )
    return undefined
  }
  const observed = await ledger.progress.phase('Observe runs', async () => {
    const ports = early?.ports ?? (await recordsPorts(settings, github))
    const result = await recordRuns(
      ports,
      {
        workflows: plan.workflows.map(w => ({ id: w.id, path: w.path })),
        now: plan.now,
        windowDays: settings.analyticsDays,
        budget: ledger.budget,
        dryRun: settings.dryRun,
        analytics: { managed: plan.config.workflows, schedules: schedulesOf(plan) },
        tracking: trackingOf(plan)
      },
      early?.read
    )
    for (const line of [...observeLines(result, ports.name), ...trackingLines(result.forecast)])
      core.info(line)
    return result
  })
  warnings(observed)
  return observed
}

/** The calls line for the log, once every phase is done. */
export function logCalls(ledger: CallLedger): void {
  core.info(callsLine(ledger.facts()))
}
