// The soak's plan: per repository, a seeded sequence of runs whose usage moves through a period (so the mode and the
// status change), each run with its own fault profile, some with two runs at once or a run killed part-way, and a
// fault-free final run early in the next period.
import { seeded, repoSeed, type Random } from './random.js'

/** A fault the soak asks the fake for, named as the fake's `faultCounts()` names it. */
export type FaultKind =
  | 'server-error'
  | 'secondary-rate-limit'
  | 'conflict'
  | 'drop-before-applying'
  | 'drop-after-applying'
  | 'applied-then-error'
  | 'slow'

export const FAULT_KINDS: readonly FaultKind[] = [
  'server-error',
  'secondary-rate-limit',
  'conflict',
  'drop-before-applying',
  'drop-after-applying',
  'applied-then-error',
  'slow'
]

/** The fake's fault options for one step (FaultOptions, kept loose: the fake may not know every key yet). */
export interface FaultPlan {
  kinds: FaultKind[]
  options: Record<string, number | string[]>
}

export interface RunSpec {
  used: number
  /** ORCHESTRATOR_NOW, as toISOString() writes it (the state's sample `at`). */
  now: string
}

export type Step =
  | { kind: 'run'; run: RunSpec; faults?: FaultPlan }
  | { kind: 'pair'; runs: [RunSpec, RunSpec]; faults?: FaultPlan }
  | { kind: 'kill'; run: RunSpec; killAfterMs: number; faults?: FaultPlan }
  | { kind: 'final'; run: RunSpec }

export interface SequencePlan {
  repo: number
  seed: number
  steps: Step[]
}

/** Writes a request can make; an applied-then-error or a drop after applying means something only on these. */
const WRITES = [
  'git/create-ref',
  'git/update-ref',
  'git/delete-ref',
  'git/create-commit',
  'git/create-tree',
  'git/create-blob',
  'repos/create-or-update-file-contents',
  'pulls/create',
  'pulls/update',
  'issues/create',
  'issues/update',
  'issues/create-comment',
  'issues/add-labels',
  'issues/create-label',
  'graphql'
]

/** Runs a step counts for. */
export function stepRuns(step: Step): number {
  return step.kind === 'pair' ? 2 : 1
}

function faultOptions(kind: FaultKind, random: Random, slowMs: number): FaultPlan['options'] {
  const rate = random.between(0.05, 0.3)
  switch (kind) {
    case 'server-error':
      return { serverErrorRate: rate }
    case 'secondary-rate-limit':
      return { secondaryRateLimitRate: rate }
    case 'conflict':
      return { conflictsOnPut: random.int(1, 4) }
    case 'drop-before-applying':
      return { dropRate: random.between(0.03, 0.15), dropAfterApplying: 0 }
    case 'drop-after-applying':
      return { dropRate: random.between(0.05, 0.25), dropAfterApplying: 1, operations: WRITES }
    case 'applied-then-error':
      return { appliedThenErrorRate: random.between(0.1, 0.5), operations: WRITES }
    case 'slow':
      return { slowRate: random.between(0.05, 0.15), slowMs }
  }
}

/** One or two kinds at once; the `operations` filter of a write-only kind applies to its partner too. */
function faultPlan(random: Random, slowMs: number): FaultPlan {
  const first = random.pick(FAULT_KINDS)
  const kinds = [first]
  const second = random.pick(FAULT_KINDS)
  const drops = (k: FaultKind) => k.startsWith('drop')
  if (random.chance(0.25) && second !== first && !(drops(first) && drops(second)))
    kinds.push(second)
  const options: FaultPlan['options'] = { seed: random.int(1, 2 ** 31 - 1) }
  for (const kind of kinds) Object.assign(options, faultOptions(kind, random, slowMs))
  return { kinds, options }
}

const DAY = 86_400_000

/** A time on a day, at a random minute; `dayMs` is the day's 00:00 UTC. */
function at(dayMs: number, random: Random): string {
  return new Date(dayMs + random.int(0, 23) * 3_600_000 + random.int(0, 59) * 60_000).toISOString()
}

/** Usage moving through periods: a burn rate that changes every few runs, now and then a correction downwards. */
function usageWalk(count: number, random: Random): RunSpec[] {
  let day = Date.UTC(2025, random.int(0, 9), random.int(1, 5))
  let used = random.int(0, 60)
  let rate = random.pick([10, 20, 35, 50, 70, 110])
  const runs: RunSpec[] = []
  for (let i = 0; i < count; i++) {
    const gap = random.int(1, 5)
    const next = day + gap * DAY
    if (new Date(next).getUTCMonth() !== new Date(day).getUTCMonth()) used = random.int(0, 120)
    else used += Math.round(rate * gap * random.between(0.6, 1.4))
    if (random.chance(0.1)) used = Math.max(0, used - random.int(20, 200))
    if (random.chance(0.35)) rate = random.pick([10, 20, 35, 50, 70, 110, 160])
    day = next
    runs.push({ used, now: at(day, random) })
  }
  return runs
}

/** The final run: day 2–6 of the month after the last run, so no earlier sample weighs on its burn rate. */
function finalRun(last: RunSpec, random: Random): RunSpec {
  const d = new Date(last.now)
  const dayMs = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, random.int(2, 6))
  return { used: random.int(10, 350), now: at(dayMs, random) }
}

function partner(run: RunSpec, random: Random): RunSpec {
  if (random.chance(0.5)) return { ...run }
  const later = new Date(Date.parse(run.now) + random.int(0, 3) * 60_000).toISOString()
  return { used: run.used + random.int(0, 60), now: later }
}

/**
 * The steps of one repository: `runs` runs in all (the pair counts two), the last one fault-free. About half of
 * the sequences hold two runs at once, more than half a killed run followed by a fault-free one.
 */
export function planSequence(
  seed: number,
  repo: number,
  runs: number,
  options: { slowMs: number; killWithinMs: number }
): SequencePlan {
  const random = seeded(repoSeed(seed, repo))
  const walk = usageWalk(Math.max(runs - 1, 1), random)
  const steps: Step[] = []
  const pairAt = runs >= 4 && random.chance(0.5) ? random.int(0, runs - 3) : -1
  const killAt = runs >= 4 && random.chance(0.6) ? random.int(0, runs - 3) : -1
  const faults = (p: number) => (random.chance(p) ? faultPlan(random, options.slowMs) : undefined)
  let count = 0
  for (let i = 0; i < walk.length && count < runs - 1; i++) {
    const run = walk[i] as RunSpec
    // After a killed run comes a normal run: no faults, nobody overlapping.
    const afterKill = steps.at(-1)?.kind === 'kill'
    let step: Step
    if (i === pairAt && !afterKill && count <= runs - 3)
      step = { kind: 'pair', runs: [run, partner(run, random)], faults: faults(0.4) }
    else if (i === killAt && !afterKill)
      step = {
        kind: 'kill',
        run,
        killAfterMs: random.int(50, options.killWithinMs),
        faults: faults(0.3)
      }
    else step = { kind: 'run', run, faults: afterKill ? undefined : faults(0.8) }
    steps.push(step)
    count += stepRuns(step)
  }
  steps.push({ kind: 'final', run: finalRun(walk.at(-1) as RunSpec, random) })
  return { repo, seed, steps }
}

/** How many runs each repository gets: `total` split over `repos`, 6–10 each when the numbers allow. */
export function runsPerRepo(seed: number, total: number, repos: number): number[] {
  const random = seeded(seed ^ 0x5eed)
  const counts = Array.from(
    { length: repos },
    (_, i) => Math.floor(total / repos) + (i < total % repos ? 1 : 0)
  )
  for (let moves = 0; moves < repos * 2; moves++) {
    const from = random.int(0, repos - 1)
    const to = random.int(0, repos - 1)
    if ((counts[from] as number) > 6 && (counts[to] as number) < 10) {
      counts[from] = (counts[from] as number) - 1
      counts[to] = (counts[to] as number) + 1
    }
  }
  return counts
}
