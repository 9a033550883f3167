/**
 * Replays one quota period hour by hour with the real core: the orchestrator samples the usage at its own cron, picks
 * a mode with assessUsage (thresholds) or applyPolicy (target), the crons in force fire, every run costs quota, and the
 * background follows the scenario.
 */
import { type Config, type Policy } from '../core/schedule/config.js'
import { type CostModel } from '../core/forecast/cost-model.js'
import { occurrencesBetween } from '../core/cron/occurrences.js'
import { periodAt } from '../core/usage/period.js'
import { applyPolicy } from '../core/forecast/policy.js'
import { MODES, type Mode, type ScheduleEntry } from '../core/schedule/schedule.js'
import { type ScheduleChange } from '../core/state/state.js'
import { assessUsage, type ModeReason, type UsageSample } from '../core/usage/usage.js'
import { ValidationError } from '../core/errors.js'
import { backgroundByHour } from './background.js'
import { noisy, seededRandom } from './random.js'
import { scenarioConfigProblems, type Scenario } from './scenario.js'

const HOUR_MS = 3_600_000

/** A policy the simulator can replay; `always-aggressive` measures what the scenario allows. */
export type SimulatedPolicy = Policy | 'always-aggressive'

/** Why a replayed run asked for its mode: the core's reason, or the always-aggressive baseline. */
export type DecisionReason = ModeReason | { rule: 'always-aggressive' }

/** One orchestrator run in the replay. */
export interface Decision {
  at: Date
  mode: Mode
  reason: DecisionReason
}

/** What one policy did to the period. */
export interface PolicyRun {
  policy: SimulatedPolicy
  usedAtReset: number
  /** Usage at the reset as a share of the quota. */
  share: number
  overage: number
  hoursInMode: Record<Mode, number>
  /** Schedule pull requests: each time the orchestrator asked for a different mode. */
  scheduleChanges: number
  /** Usage at the end of each hour. */
  usedByHour: number[]
  modeByHour: Mode[]
  decisions: Decision[]
  /** The last cost model the orchestrator fitted. */
  costs?: CostModel
}

/** Everything that is the same for every policy replayed on a scenario. */
export interface World {
  scenario: Scenario
  config: Config
  start: Date
  end: Date
  hours: number
  /** Runs each workflow's crons fire in each hour, per mode (indexed like config.workflows). */
  runs: Array<Record<Mode, Uint16Array>>
  orchestratorAt: Uint8Array
  background: Float64Array
  /** True mean cost of one run of each workflow. */
  trueCosts: number[]
}

function hourly(
  entries: readonly ScheduleEntry[],
  start: Date,
  end: Date,
  hours: number
): Uint16Array {
  const counts = new Uint16Array(hours)
  for (const at of occurrencesBetween(entries, start, end)) {
    const h = Math.floor((at.getTime() - start.getTime()) / HOUR_MS)
    counts[h] = (counts[h] ?? 0) + 1
  }
  return counts
}

/** Precomputes the period, the cron firings per hour and the background; checks the scenario against the config. */
export function buildWorld(scenario: Scenario, config: Config, file: string): World {
  const problems = scenarioConfigProblems(scenario, config, file)
  if (problems.length > 0) throw new ValidationError(problems, 'Invalid scenario')
  const period = periodAt(scenario.period, scenario.resetDay)
  const hours = Math.round((period.end.getTime() - period.start.getTime()) / HOUR_MS)
  const trueCosts = config.workflows.map(
    w => scenario.costs.workflows[w.id] ?? scenario.costs.default
  )
  const workflows = config.workflows.map((w, i) =>
    scenario.costs.declared ? { ...w, costPerRun: trueCosts[i] } : w
  )
  const runs = workflows.map(w => {
    const byMode = {} as Record<Mode, Uint16Array>
    for (const mode of MODES)
      byMode[mode] = hourly(w.schedules[mode], period.start, period.end, hours)
    return byMode
  })
  const orchestrator = hourly(
    [{ cron: scenario.orchestrator.cron }],
    period.start,
    period.end,
    hours
  )
  return {
    scenario,
    config: { ...config, workflows },
    start: period.start,
    end: period.end,
    hours,
    runs,
    orchestratorAt: Uint8Array.from(orchestrator, n => (n > 0 ? 1 : 0)),
    background: backgroundByHour(scenario, period.start, hours),
    trueCosts
  }
}

/** The orchestrator's side of the replay: its state file, the mode it asked for, and the pull request not merged yet. */
class Replay {
  used: number
  inForce: Mode
  requested: Mode
  pending: { mode: Mode; hour: number } | undefined
  readonly samples: UsageSample[] = []
  readonly changes: ScheduleChange[] = []
  readonly decisions: Decision[] = []
  scheduleChanges = 0
  costs: CostModel | undefined
  private readonly random: ReturnType<typeof seededRandom>

  constructor(
    private readonly world: World,
    private readonly policy: SimulatedPolicy
  ) {
    this.used = world.scenario.startUsed
    this.inForce = world.scenario.initialMode
    this.requested = this.inForce
    this.random = seededRandom(world.scenario.seed, 2)
  }

  private schedules(mode: Mode): Map<string, ScheduleEntry[]> {
    return new Map(this.world.config.workflows.map(w => [w.id, w.schedules[mode]]))
  }

  private choose(now: Date): Decision {
    const { scenario, config } = this.world
    const reading = { at: now, used: this.used }
    this.samples.push(reading)
    if (this.policy === 'always-aggressive')
      return { at: now, mode: 'aggressive', reason: { rule: 'always-aggressive' } }
    const { quota, resetDay } = scenario
    const history = this.samples
    const thresholds = config.thresholds
    const usage = assessUsage({ quota, used: this.used, resetDay, now, history, thresholds })
    const chosen = applyPolicy({
      ...{ usage, config, policy: this.policy, history, changes: this.changes, reading, now },
      current: this.schedules(this.inForce)
    })
    this.costs = chosen.report.costs
    return { at: now, mode: chosen.usage.mode, reason: chosen.usage.modeReason }
  }

  /** Records the change as the action would (one entry per workflow whose crons differ) and opens the pull request. */
  private request(mode: Mode, now: Date, hour: number): void {
    const from = this.schedules(this.inForce)
    for (const w of this.world.config.workflows) {
      const [before, after] = [from.get(w.id) ?? [], w.schedules[mode]]
      const crons = (entries: readonly ScheduleEntry[]) => entries.map(e => e.cron)
      if (crons(before).join('\n') === crons(after).join('\n')) continue
      const at = now.toISOString()
      this.changes.push({
        at,
        mode,
        workflow: w.id,
        path: w.path,
        from: crons(before),
        to: crons(after),
        // As the action recorded before version 2: in force from the request (the merge lag is learned by the fit).
        status: 'in-force'
      })
    }
    this.scheduleChanges++
    this.requested = mode
    this.pending =
      mode === this.inForce
        ? undefined
        : { mode, hour: hour + this.world.scenario.orchestrator.mergeDelayHours }
  }

  private mergeIfDue(hour: number): void {
    if (this.pending && hour >= this.pending.hour)
      [this.inForce, this.pending] = [this.pending.mode, undefined]
  }

  /** One hour: a merge that is due, the orchestrator if its cron fires, then the runs and the background. */
  step(hour: number): void {
    this.mergeIfDue(hour)
    if (this.world.orchestratorAt[hour]) {
      const now = new Date(this.world.start.getTime() + hour * HOUR_MS)
      const decision = this.choose(now)
      this.decisions.push(decision)
      if (decision.mode !== this.requested) this.request(decision.mode, now, hour)
      // A pull request merged at once (no delay) governs this very hour's runs.
      this.mergeIfDue(hour)
    }
    this.used += this.runCost(hour) + (this.world.background[hour] ?? 0)
  }

  private runCost(hour: number): number {
    const noise = this.world.scenario.costs.noise
    let cost = 0
    this.world.runs.forEach((byMode, i) => {
      const n = byMode[this.inForce][hour] ?? 0
      for (let k = 0; k < n; k++) cost += (this.world.trueCosts[i] ?? 1) * noisy(this.random, noise)
    })
    return cost
  }
}

/** Replays the period under one policy. */
export function replay(world: World, policy: SimulatedPolicy): PolicyRun {
  const run = new Replay(world, policy)
  const usedByHour: number[] = []
  const modeByHour: Mode[] = []
  const hoursInMode: Record<Mode, number> = { aggressive: 0, normal: 0, conservative: 0 }
  for (let hour = 0; hour < world.hours; hour++) {
    run.step(hour)
    usedByHour.push(run.used)
    modeByHour.push(run.inForce)
    hoursInMode[run.inForce]++
  }
  const quota = world.scenario.quota
  return {
    policy,
    usedAtReset: run.used,
    share: run.used / quota,
    overage: Math.max(run.used - quota, 0),
    hoursInMode,
    scheduleChanges: run.scheduleChanges,
    usedByHour,
    modeByHour,
    decisions: run.decisions,
    ...(run.costs ? { costs: run.costs } : {})
  }
}

/** A scenario replayed under the chosen policies, with the most it allows without overage. */
export interface Simulation {
  world: World
  runs: PolicyRun[]
  /** min(100%, what always-aggressive uses), as a share of the quota. */
  ceiling: number
  alwaysAggressive: PolicyRun
}

/** Replays the scenario under each policy, and always-aggressive for the ceiling. */
export function simulate(world: World, policies: readonly Policy[]): Simulation {
  const alwaysAggressive = replay(world, 'always-aggressive')
  return {
    world,
    runs: policies.map(p => replay(world, p)),
    ceiling: Math.min(1, alwaysAggressive.share),
    alwaysAggressive
  }
}
