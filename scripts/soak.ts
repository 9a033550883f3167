// npm run soak: seeded random sequences of runs of the real bundle (dist/index.js) against the GitHub fake, across
// many repositories, with faults injected, two runs at once and runs killed part-way; DESIGN §14's invariants are
// checked after every run. Then dispatch ticks (operation: dispatch, DESIGN §12): sequences of ticks, some started
// together, some killed part-way (between claim and record among others), some with faults on the dispatch call, each
// sequence judged by an independent oracle (dispatch-oracle.ts): no occurrence dispatched twice, none lost inside the
// catch-up window. Prints runs, faults by kind, failures, the dispatch figures and violations by kind; exits 1 on any
// violation.
//   node build/scripts/soak.js [--runs 1000] [--ticks <runs>] [--seed 1] [--repos 135] [--concurrency 2]
//                              [--tick-lanes 1] [--only <repo>] [--only-dispatch <sequence>] [--dist dist]
// --ticks is the number of dispatch tick processes (default: as many as --runs; 0 runs none); they run beside the
// repositories, --tick-lanes sequences at once (default 1).
// --only replays one repository's sequence of the same --runs/--seed plan (the repo number in a violation), and
// --only-dispatch one dispatch sequence of the same --ticks/--seed plan; either runs nothing else.
import { exampleFiles } from '../__fixtures__/example-repo.js'
import { planDispatchSequence, ticksPerSequence, type DispatchPlan } from './soak/dispatch-plan.js'
import { soakDispatchSequence } from './soak/dispatch-sequence.js'
import { modeRewrites } from './soak/expected.js'
import { FAULT_KINDS, planSequence, runsPerRepo, type SequencePlan } from './soak/plan.js'
import { eachLimited, Permits } from './soak/pool.js'
import { printReport } from './soak/report.js'
import { soakRepository, type SoakContext } from './soak/sequence.js'
import { snapshotBundle } from './soak/spawn-run.js'
import { Tally } from './soak/tally.js'

/** The client's per-request deadline in the children, and how long a slow answer is held back (past it). */
const CLIENT_TIMEOUT_MS = 2500
const SLOW_MS = 3500
/** A run still going after this is hung: a runner would sit until the job's timeout. */
const HANG_CAP_MS = 30_000
/** The killed run gets SIGKILL within this (a run takes about this long on the fake). */
const KILL_WITHIN_MS = 700
/** A killed tick gets SIGKILL within this (a tick takes about 300–900 ms on the fake). */
const TICK_KILL_WITHIN_MS = 450

interface Flags {
  runs: number
  seed: number
  repos: number
  concurrency: number
  only?: number
  /** Dispatch tick processes in all. */
  ticks: number
  onlyDispatch?: number
  /** Dispatch sequences run at once (beside the repositories). */
  tickLanes: number
  /** The built action to soak (default dist/): an older build can be soaked to compare. */
  dist: string
}

function parseFlags(argv: readonly string[]): Flags {
  const value = (name: string): number | undefined => {
    const i = argv.indexOf(`--${name}`)
    if (i < 0) return undefined
    const n = Number(argv[i + 1])
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`--${name} needs a whole number, got '${argv[i + 1]}'`)
    return n
  }
  const runs = value('runs') ?? 1000
  return {
    runs,
    seed: value('seed') ?? 1,
    repos: Math.max(1, Math.min(value('repos') ?? 135, Math.ceil(runs / 7.4))),
    concurrency: Math.max(1, value('concurrency') ?? 2),
    only: value('only'),
    ticks: value('ticks') ?? runs,
    onlyDispatch: value('only-dispatch'),
    tickLanes: Math.max(1, value('tick-lanes') ?? 1),
    dist: argv.includes('--dist') ? String(argv[argv.indexOf('--dist') + 1]) : 'dist'
  }
}

function plans(flags: Flags): SequencePlan[] {
  if (flags.onlyDispatch !== undefined || flags.runs === 0) return []
  const counts = runsPerRepo(flags.seed, flags.runs, flags.repos)
  const all = counts.map((n, repo) =>
    planSequence(flags.seed, repo, n, { slowMs: SLOW_MS, killWithinMs: KILL_WITHIN_MS })
  )
  return flags.only === undefined ? all : all.filter(p => p.repo === flags.only)
}

function dispatchPlans(flags: Flags): DispatchPlan[] {
  if (flags.only !== undefined) return []
  const all = ticksPerSequence(flags.ticks).map((n, sequence) =>
    planDispatchSequence(flags.seed, sequence, n, {
      slowMs: SLOW_MS,
      killWithinMs: TICK_KILL_WITHIN_MS
    })
  )
  return flags.onlyDispatch === undefined ? all : all.filter(p => p.sequence === flags.onlyDispatch)
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2))
  const files = exampleFiles()
  const tally = new Tally()
  const snapshot = snapshotBundle(flags.dist)
  const ctx: SoakContext = {
    permits: new Permits(flags.concurrency),
    tally,
    files,
    rewrites: modeRewrites(files),
    clientTimeoutMs: CLIENT_TIMEOUT_MS,
    hangCapMs: HANG_CAP_MS,
    bundle: snapshot.bundle
  }
  const sequences = plans(flags)
  const dispatch = dispatchPlans(flags)
  const started = performance.now()
  const lanes = { runs: 0, ticks: 0 }
  let done = 0
  const progress = () => {
    done++
    if (process.stderr.isTTY)
      process.stderr.write(
        `\r${done}/${sequences.length + dispatch.length} sequences, ${tally.runs} runs, ${tally.dispatch.processes} ticks`
      )
  }
  // The dispatch ticks run beside the repositories, one sequence at a time by default, with permits of their own: a
  // run of a repository spends much of its time waiting for a held answer or a timeout, and a tick uses the cores
  // meanwhile (a pair of ticks takes two).
  const tickCtx: SoakContext = { ...ctx, permits: new Permits(2) }
  try {
    const seconds = () => (performance.now() - started) / 1000
    ;[lanes.runs, lanes.ticks] = await Promise.all([
      eachLimited(sequences, flags.concurrency, async plan => {
        await soakRepository(ctx, plan)
        progress()
      }).then(seconds),
      eachLimited(dispatch, flags.tickLanes, async plan => {
        await soakDispatchSequence(tickCtx, plan)
        progress()
      }).then(seconds)
    ])
  } finally {
    snapshot.remove()
  }
  if (process.stderr.isTTY) process.stderr.write('\n')
  printReport(tally, {
    ...flags,
    repos: sequences.length,
    dispatchSequences: dispatch.length,
    seconds: (performance.now() - started) / 1000,
    lanes,
    clientTimeoutMs: CLIENT_TIMEOUT_MS,
    slowMs: SLOW_MS,
    bundleHash: snapshot.hash,
    kinds: FAULT_KINDS
  })
  process.exitCode = tally.violationCount > 0 ? 1 : 0
}

await main()
