// What the soak counts: runs and how they ended, faults by kind, failure reasons, and violations by kind with the
// first examples (each naming the seed, repository and step, so `--only` can replay it); the dispatch ticks' own
// counters apart.
import { DispatchTally } from './dispatch-tally.js'

const EXAMPLES = 3

interface Kind {
  count: number
  examples: string[]
}

function add(map: Map<string, Kind>, kind: string, example: string): void {
  const entry = map.get(kind) ?? { count: 0, examples: [] }
  entry.count++
  if (entry.examples.length < EXAMPLES) entry.examples.push(example)
  map.set(kind, entry)
}

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by
}

/** The soak's counters. */
export class Tally {
  runs = 0
  referenceRuns = 0
  succeeded = 0
  killed = 0
  readonly steps: Record<string, number> = {}
  readonly faults: Record<string, number> = {}
  /** Steps that asked the fake for each kind. */
  readonly asked: Record<string, number> = {}
  readonly modes: Record<string, number> = {}
  readonly statuses: Record<string, number> = {}
  readonly failures = new Map<string, Kind>()
  readonly violations = new Map<string, Kind>()
  runMs: number[] = []
  /** The dispatch ticks (dispatch-sequence.ts); their violations are counted with the others. */
  readonly dispatch = new DispatchTally()

  step(kind: string, asked: readonly string[]): void {
    bump(this.steps, kind)
    for (const k of asked) bump(this.asked, k)
  }

  run(outcome: {
    code: number
    killed: boolean
    hung: boolean
    ms: number
    mode?: string
    status?: string
  }): void {
    this.runs++
    if (outcome.killed) this.killed++
    else if (outcome.code === 0) this.succeeded++
    if (!outcome.killed && !outcome.hung) this.runMs.push(outcome.ms)
    if (outcome.code === 0 && outcome.mode) bump(this.modes, outcome.mode)
    if (outcome.code === 0 && outcome.status) bump(this.statuses, outcome.status)
  }

  faultsInjected(counts: Record<string, number>): void {
    for (const [kind, n] of Object.entries(counts)) if (n > 0) bump(this.faults, kind, n)
  }

  failure(category: string, example: string): void {
    add(this.failures, category, example)
  }

  violation(kind: string, example: string): void {
    add(this.violations, kind, example)
  }

  get failed(): number {
    return [...this.failures.values()].reduce((n, k) => n + k.count, 0)
  }

  get violationCount(): number {
    return [...this.violations.values()].reduce((n, k) => n + k.count, 0)
  }
}
