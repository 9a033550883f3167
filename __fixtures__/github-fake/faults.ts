import type { FaultOptions } from './types.js'

/** A fault the fake injects instead of answering. */
export type Fault = 'server-error' | 'secondary-rate-limit' | 'conflict'

const PUT_CONTENTS = 'repos/create-or-update-file-contents'

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

/** Decides, request by request, which fault (if any) to inject. */
export class Faults {
  private options: FaultOptions | undefined
  private random: () => number = () => 1
  private conflicts = 0

  constructor(options: FaultOptions | undefined) {
    this.set(options)
  }

  /** Replaces the fault plan and restarts the PRNG from its seed. */
  set(options: FaultOptions | undefined): void {
    this.options = options
    this.random = options ? prng(options.seed) : () => 1
    this.conflicts = options?.conflictsOnPut ?? 0
  }

  /** The fault for the next request to an operation; two draws per request keep runs aligned. */
  next(operationId: string): Fault | undefined {
    if (!this.options) return undefined
    const serverError = this.random() < (this.options.serverErrorRate ?? 0)
    const rateLimited = this.random() < (this.options.secondaryRateLimitRate ?? 0)
    if (serverError) return 'server-error'
    if (rateLimited) return 'secondary-rate-limit'
    if (operationId === PUT_CONTENTS && this.conflicts > 0) {
      this.conflicts--
      return 'conflict'
    }
    return undefined
  }
}
