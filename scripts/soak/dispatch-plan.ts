// The dispatch soak's plan (DESIGN §12, §14): per sequence, a repository with a few `via: dispatch` workflows and a
// day's worth of ticks against it — most of them about ten minutes apart, now and then a late one (a runner outage),
// some started together, some killed part-way (at a random moment, or while GitHub holds the claim's or the dispatch's
// answer), some with faults on the dispatch call, the runs lookup, the state write or anything. The mode in force
// changes at a few ticks; the tick before such a change and the tick of the change run clean, so the mode each
// occurrence falls due under is the mode of the first tick at or after it, whatever the faults did (the oracle's
// assumption, see dispatch-oracle.ts).
import { seeded, repoSeed, type Random } from './random.js'
import { cronInstants, type CronEntry } from './cron-instants.js'
import { type FaultKind } from './plan.js'

export type Mode = 'aggressive' | 'normal' | 'conservative'
export const DISPATCH_MODES: readonly Mode[] = ['aggressive', 'normal', 'conservative']

/** One `via: dispatch` workflow of a soak repository. */
export interface SoakWorkflow {
  id: string
  path: string
  schedules: Record<Mode, CronEntry>
  /** The config's `catch-up`; undefined leaves the key out (the default, one hour). */
  catchUp?: string
  overlap: 'skip' | 'allow'
  /** `workflow_dispatch` inputs the config passes (the file declares them). */
  inputs?: Record<string, string>
}

/** Where a killed tick gets its SIGKILL. */
export type KillPoint =
  /** After a random delay: anywhere, before the claim, between claim and record, after. */
  | 'random'
  /** Once the claim is written, while GitHub holds its answer back: claimed, nothing dispatched. */
  | 'claim-held'
  /** Once a dispatch is applied, while GitHub holds its answer back: dispatched, the run id not recorded. */
  | 'dispatch-held'
  /** As soon as a dispatch is applied, its answer not held: racing the next dispatch and the record. */
  | 'after-dispatch'

export interface TickFaults {
  /** What the faults aim at, for the report. */
  target: 'dispatch call' | 'dispatch call and runs lookup' | 'state write' | 'anything'
  kinds: FaultKind[]
  options: Record<string, number | string[]>
}

export interface TickStep {
  /** ORCHESTRATOR_NOW and the fake's clock, whole minutes. */
  at: string
  mode: Mode
  kind: 'tick' | 'pair' | 'kill'
  faults?: TickFaults
  kill?: { point: KillPoint; ms: number }
}

export interface DispatchPlan {
  sequence: number
  seed: number
  workflows: SoakWorkflow[]
  steps: TickStep[]
}

/** A step that must claim and dispatch what is due: one process, no faults, not killed. */
export const isClean = (step: TickStep): boolean => step.kind === 'tick' && !step.faults

const DISPATCH_OP = 'actions/create-workflow-dispatch'
const RUNS_OP = 'actions/list-workflow-runs'
const STATE_WRITE_OP = 'repos/create-or-update-file-contents'

const WORKFLOW_FILE = (id: string, inputs: boolean) =>
  `name: ${id}
on:
  workflow_dispatch:${
    inputs
      ? `
    inputs:
      scope:
        description: What the run covers
        type: choice
        options: [full, summary]
        default: summary`
      : ''
  }
permissions:
  contents: read
jobs:
  work:
    runs-on: ubuntu-latest
    steps:
      - run: echo ${id}
`

const KOLKATA = 'Asia/Kolkata'

/**
 * The pool the sequences pick from. Most workflows fire at most once per catch-up window (an hourly cron and a 1h
 * window), so a second dispatch inside one window has no occurrence to account for it; `frequent` fires more often
 * than its window, so ticks coalesce.
 */
const POOL: SoakWorkflow[] = [
  {
    id: 'hourly',
    path: '.github/workflows/hourly.yml',
    overlap: 'skip',
    catchUp: '1h',
    schedules: {
      aggressive: { cron: '7 * * * *' },
      normal: { cron: '7 */2 * * *' },
      conservative: { cron: '7 */4 * * *' }
    }
  },
  {
    id: 'report',
    path: '.github/workflows/report.yml',
    overlap: 'skip',
    catchUp: '2h',
    inputs: { scope: 'full' },
    schedules: {
      aggressive: { cron: '15 */4 * * *' },
      normal: { cron: '15 6,18 * * *' },
      conservative: { cron: '15 6 * * *' }
    }
  },
  {
    id: 'frequent',
    path: '.github/workflows/frequent.yml',
    overlap: 'allow',
    catchUp: '30m',
    schedules: {
      aggressive: { cron: '*/20 * * * *' },
      normal: { cron: '*/30 * * * *' },
      conservative: { cron: '0 * * * *' }
    }
  },
  {
    id: 'zoned',
    path: '.github/workflows/zoned.yml',
    overlap: 'skip',
    catchUp: '45m',
    schedules: {
      aggressive: { cron: '30 9-18 * * *', timezone: KOLKATA },
      normal: { cron: '30 9,13,17 * * *', timezone: KOLKATA },
      conservative: { cron: '30 9 * * *', timezone: KOLKATA }
    }
  },
  {
    id: 'top-of-hour',
    path: '.github/workflows/top-of-hour.yml',
    overlap: 'allow',
    schedules: {
      aggressive: { cron: '0 * * * *' },
      normal: { cron: '0 */3 * * *' },
      conservative: { cron: '0 0 * * *' }
    }
  }
]

const yamlCron = (entry: CronEntry) =>
  entry.timezone ? `{ cron: '${entry.cron}', timezone: ${entry.timezone} }` : `'${entry.cron}'`

/** The repository's files: the config and each workflow (workflow_dispatch only: the schedule PR is merged). */
export function dispatchFiles(workflows: readonly SoakWorkflow[]): Record<string, string> {
  const config = workflows
    .map(w => {
      const lines = [
        `  ${w.id}:`,
        `    path: ${w.path}`,
        '    via: dispatch',
        `    overlap: ${w.overlap}`,
        ...(w.catchUp ? [`    catch-up: ${w.catchUp}`] : []),
        ...(w.inputs
          ? ['    inputs:', ...Object.entries(w.inputs).map(([k, v]) => `      ${k}: ${v}`)]
          : []),
        '    schedules:',
        ...Object.entries(w.schedules).map(([mode, entry]) => `      ${mode}: ${yamlCron(entry)}`)
      ]
      return lines.join('\n')
    })
    .join('\n')
  return {
    '.github/orchestrator.yml': `workflows:\n${config}\n`,
    ...Object.fromEntries(workflows.map(w => [w.path, WORKFLOW_FILE(w.id, !!w.inputs)]))
  }
}

function pickWorkflows(random: Random): SoakWorkflow[] {
  const chosen = POOL.filter(() => random.chance(0.7))
  return chosen.length >= 2 ? chosen : POOL.slice(0, 3)
}

const rate = (random: Random, low: number, high: number) => random.between(low, high)

/** Faults for one tick: aimed at the dispatch call most of the time when something is due. */
function tickFaults(random: Random, slowMs: number, due: boolean): TickFaults {
  const seed = random.int(1, 2 ** 31 - 1)
  const roll = due ? random.next() : random.between(0.6, 1)
  if (roll < 0.6) {
    // Faults on the dispatch call: most often applied but answered with an error.
    const kind = random.pick<FaultKind>([
      'applied-then-error',
      'applied-then-error',
      'applied-then-error',
      'applied-then-error',
      'drop-after-applying',
      'drop-before-applying',
      'server-error',
      'secondary-rate-limit',
      'slow'
    ])
    const both = random.chance(0.3)
    return {
      target: both ? 'dispatch call and runs lookup' : 'dispatch call',
      kinds: [kind],
      options: {
        seed,
        ...faultOption(kind, random, slowMs, kind === 'applied-then-error' ? 0.5 : 0.3, 0.9),
        operations: both ? [DISPATCH_OP, RUNS_OP] : [DISPATCH_OP]
      }
    }
  }
  if (roll < 0.8) {
    const kind = random.pick<FaultKind>([
      'conflict',
      'applied-then-error',
      'drop-after-applying',
      'server-error'
    ])
    return {
      target: 'state write',
      kinds: [kind],
      options: {
        seed,
        ...faultOption(kind, random, slowMs, 0.2, 0.6),
        operations: [STATE_WRITE_OP]
      }
    }
  }
  const kinds = [random.pick<FaultKind>(['server-error', 'secondary-rate-limit', 'slow'])]
  if (random.chance(0.5)) kinds.push(random.pick<FaultKind>(['applied-then-error', 'conflict']))
  const options: TickFaults['options'] = { seed }
  for (const kind of kinds) Object.assign(options, faultOption(kind, random, slowMs, 0.05, 0.2))
  return { target: 'anything', kinds, options }
}

function faultOption(
  kind: FaultKind,
  random: Random,
  slowMs: number,
  low: number,
  high: number
): Record<string, number> {
  switch (kind) {
    case 'server-error':
      return { serverErrorRate: rate(random, low, high) }
    case 'secondary-rate-limit':
      return { secondaryRateLimitRate: rate(random, low, high) }
    case 'conflict':
      return { conflictsOnPut: random.int(1, 4) }
    case 'drop-before-applying':
      return { dropRate: rate(random, low, high), dropAfterApplying: 0 }
    case 'drop-after-applying':
      return { dropRate: rate(random, low, high), dropAfterApplying: 1 }
    case 'applied-then-error':
      return { appliedThenErrorRate: rate(random, low, high) }
    case 'slow':
      return { slowRate: rate(random, low, high) / 2, slowMs }
  }
}

/** A kill point and the faults that hold GitHub's answer back for it (a tick with nothing due claims nothing). */
function killStep(random: Random, slowMs: number, killWithinMs: number, due: boolean) {
  const point: KillPoint = due
    ? random.pick<KillPoint>(['random', 'claim-held', 'dispatch-held', 'after-dispatch'])
    : 'random'
  const seed = random.int(1, 2 ** 31 - 1)
  const held = (operation: string): TickFaults => ({
    target: operation === DISPATCH_OP ? 'dispatch call' : 'state write',
    kinds: ['slow'],
    options: { seed, slowRate: 1, slowMs, operations: [operation] }
  })
  const faults =
    point === 'claim-held'
      ? held(STATE_WRITE_OP)
      : point === 'dispatch-held'
        ? held(DISPATCH_OP)
        : undefined
  return { kill: { point, ms: random.int(30, killWithinMs) }, faults }
}

const MINUTE = 60_000

/** The gap to the next tick: mostly the ten-minute tick, sometimes late, now and then an outage. */
function gapMs(random: Random): number {
  const roll = random.next()
  if (roll < 0.85) return random.int(6, 14) * MINUTE
  if (roll < 0.975) return random.int(15, 35) * MINUTE
  return random.int(45, 150) * MINUTE
}

/** Whether a cron of the workflows falls in (after, at] under the mode: the tick has something to dispatch. */
function somethingDue(workflows: readonly SoakWorkflow[], mode: Mode, after: number, at: number) {
  return workflows.some(w => cronInstants(w.schedules[mode], after, at).length > 0)
}

/** The ticks of one sequence; `count` processes' worth (a pair counts two). */
export function planDispatchSequence(
  seed: number,
  sequence: number,
  count: number,
  options: { slowMs: number; killWithinMs: number }
): DispatchPlan {
  const random = seeded(repoSeed(seed ^ 0xd15a7c4, sequence))
  const workflows = pickWorkflows(random)
  let time = Date.UTC(
    2025,
    random.int(0, 11),
    random.int(1, 28),
    random.int(0, 23),
    random.int(0, 59)
  )
  let previous = time - 10 * MINUTE
  let mode = random.pick(DISPATCH_MODES)
  const steps: TickStep[] = []
  // Mode changes: at about a third and two thirds of the way; those ticks and the ones before them run clean.
  const changes = new Set([
    Math.floor(count * random.between(0.2, 0.45)),
    Math.floor(count * random.between(0.55, 0.8))
  ])
  let processes = 0
  while (processes < count) {
    const index = steps.length
    const change = changes.has(index) && index > 0
    const beforeChange = changes.has(index + 1)
    const last = processes >= count - 1
    if (change) mode = random.pick(DISPATCH_MODES.filter(m => m !== mode))
    const step: TickStep = { at: new Date(time).toISOString(), mode, kind: 'tick' }
    const due = somethingDue(workflows, mode, previous, time)
    const roll = random.next()
    if (!(change || beforeChange || last)) {
      if (roll < (due ? 0.12 : 0.08) && processes <= count - 3) step.kind = 'pair'
      else if (roll < (due ? 0.32 : 0.16)) {
        step.kind = 'kill'
        const { kill, faults } = killStep(random, options.slowMs, options.killWithinMs, due)
        step.kill = kill
        if (faults) step.faults = faults
      }
      const faultRate = step.kind === 'pair' ? 0.4 : due ? 0.45 : 0.2
      if (step.kind !== 'kill' && random.chance(faultRate))
        step.faults = tickFaults(random, options.slowMs, due)
    }
    steps.push(step)
    processes += step.kind === 'pair' ? 2 : 1
    previous = time
    time += gapMs(random)
  }
  return { sequence, seed, workflows, steps }
}

/** How many processes each dispatch sequence gets: `total` in sequences of about `per`. */
export function ticksPerSequence(total: number, per = 40): number[] {
  if (total <= 0) return []
  const sequences = Math.max(1, Math.round(total / per))
  return Array.from(
    { length: sequences },
    (_, i) => Math.floor(total / sequences) + (i < total % sequences ? 1 : 0)
  )
}
