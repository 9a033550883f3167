// npm run soak: seeded random sequences of runs of the real bundle (dist/index.js) against the GitHub fake, across
// many repositories, with faults injected, two runs at once and runs killed part-way; DESIGN §14's invariants are
// checked after every run. Prints runs, faults by kind, failures and violations by kind; exits 1 on any violation.
//   node build/scripts/soak.js [--runs 1000] [--seed 1] [--repos 135] [--concurrency 2] [--only <repo>] [--dist dist]
// --only replays one repository's sequence of the same --runs/--seed plan (the repo number in a violation).
import { exampleFiles } from '../__fixtures__/example-repo.js'
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

interface Flags {
  runs: number
  seed: number
  repos: number
  concurrency: number
  only?: number
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
    dist: argv.includes('--dist') ? String(argv[argv.indexOf('--dist') + 1]) : 'dist'
  }
}

function plans(flags: Flags): SequencePlan[] {
  const counts = runsPerRepo(flags.seed, flags.runs, flags.repos)
  const all = counts.map((n, repo) =>
    planSequence(flags.seed, repo, n, { slowMs: SLOW_MS, killWithinMs: KILL_WITHIN_MS })
  )
  return flags.only === undefined ? all : all.filter(p => p.repo === flags.only)
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
  const started = performance.now()
  let done = 0
  try {
    await eachLimited(sequences, flags.concurrency, async plan => {
      await soakRepository(ctx, plan)
      done++
      if (process.stderr.isTTY)
        process.stderr.write(`\r${done}/${sequences.length} repositories, ${tally.runs} runs`)
    })
  } finally {
    snapshot.remove()
  }
  if (process.stderr.isTTY) process.stderr.write('\n')
  printReport(tally, {
    ...flags,
    repos: sequences.length,
    seconds: (performance.now() - started) / 1000,
    clientTimeoutMs: CLIENT_TIMEOUT_MS,
    slowMs: SLOW_MS,
    bundleHash: snapshot.hash,
    kinds: FAULT_KINDS
  })
  process.exitCode = tally.violationCount > 0 ? 1 : 0
}

await main()
