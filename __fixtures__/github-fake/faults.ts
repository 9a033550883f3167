import type { FaultKind, FaultOptions } from './types.js'

/**
 * A fault the fake injects. Before the write: `server-error` (502), `secondary-rate-limit` (403),
 * `conflict` (409 on a Contents PUT), `drop-before-applying` (socket destroyed, nothing done). After the
 * write was applied: `drop-after-applying` (socket destroyed), `applied-then-error` (502), `slow` (the
 * answer is held back `slowMs`).
 */
export type Fault = FaultKind

/** Every fault kind, in the order `faultCounts()` lists them. */
export const FAULTS: readonly Fault[] = [
  'server-error',
  'secondary-rate-limit',
  'conflict',
  'drop-before-applying',
  'drop-after-applying',
  'applied-then-error',
  'slow'
]

/** Faults decided before the handler runs: the request changes nothing. */
export function beforeApplying(fault: Fault | undefined): boolean {
  return (
    fault === 'server-error' ||
    fault === 'secondary-rate-limit' ||
    fault === 'conflict' ||
    fault === 'drop-before-applying'
  )
}

const PUT_CONTENTS = 'repos/create-or-update-file-contents'
/** Long enough to outlast a client timeout set in a test, short enough not to stall a run forever. */
const DEFAULT_SLOW_MS = 10_000
/** Seeds the second PRNG stream (the kinds added after the first two) apart from the first. */
const SECOND_STREAM = 0x9e3779b9

/** mulberry32: a small seeded PRNG, so the same seed gives the same faults. */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const never = (): number => 1

/** Decides, request by request, which fault (if any) to inject, and counts what it injected. */
export class Faults {
  private options: FaultOptions | undefined
  private random: () => number = never
  private later: () => number = never
  private conflicts = 0
  private readonly counts = new Map<Fault, number>()

  constructor(options: FaultOptions | undefined) {
    this.set(options)
  }

  /** Replaces the fault plan and restarts the PRNGs from its seed (counts are kept). */
  set(options: FaultOptions | undefined): void {
    this.options = options
    this.random = options ? prng(options.seed) : never
    this.later = options ? prng((options.seed ^ SECOND_STREAM) >>> 0) : never
    this.conflicts = options?.conflictsOnPut ?? 0
  }

  /** How long a `slow` answer is held back. */
  get slowMs(): number {
    return this.options?.slowMs ?? DEFAULT_SLOW_MS
  }

  /**
   * The fault for the next request to an operation (`write`: it may change something, so an
   * `applied-then-error` can hit it).
   *
   * Every request draws the same numbers whatever the options and whichever fault wins, so runs stay
   * aligned: two draws from the first stream (server error, secondary rate limit; unchanged since those
   * were the only kinds, so existing seeds give the same faults) and four from a second stream seeded
   * apart (drop, drop after applying, applied-then-error, slow). `operations` only filters the outcome.
   */
  next(operationId: string, write: boolean): Fault | undefined {
    const o = this.options
    if (!o) return undefined
    const serverError = this.random() < (o.serverErrorRate ?? 0)
    const rateLimited = this.random() < (o.secondaryRateLimitRate ?? 0)
    const drop = this.later() < (o.dropRate ?? 0)
    const dropAfter = this.later() < (o.dropAfterApplying ?? 0)
    const appliedThenError = this.later() < (o.appliedThenErrorRate ?? 0)
    const slow = this.later() < (o.slowRate ?? 0)
    if (o.operations && !o.operations.includes(operationId)) return undefined
    const fault = this.pick(operationId, write, {
      serverError,
      rateLimited,
      drop,
      dropAfter,
      appliedThenError,
      slow
    })
    if (fault) this.counts.set(fault, (this.counts.get(fault) ?? 0) + 1)
    return fault
  }

  private pick(
    operationId: string,
    write: boolean,
    hit: Record<
      'serverError' | 'rateLimited' | 'drop' | 'dropAfter' | 'appliedThenError' | 'slow',
      boolean
    >
  ): Fault | undefined {
    if (hit.serverError) return 'server-error'
    if (hit.rateLimited) return 'secondary-rate-limit'
    if (operationId === PUT_CONTENTS && this.conflicts > 0) {
      this.conflicts--
      return 'conflict'
    }
    if (hit.drop) return hit.dropAfter ? 'drop-after-applying' : 'drop-before-applying'
    if (hit.appliedThenError && write) return 'applied-then-error'
    if (hit.slow) return 'slow'
    return undefined
  }

  /** How many faults of each kind were injected since the fake started. */
  tally(): Record<Fault, number> {
    return Object.fromEntries(FAULTS.map(f => [f, this.counts.get(f) ?? 0])) as Record<
      Fault,
      number
    >
  }
}
