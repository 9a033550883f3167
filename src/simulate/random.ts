/** A seeded pseudo-random source, so that a scenario replays the same way every time. */

/** A stream of draws; two streams from the same seed and salt give the same numbers. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number
}

/** mulberry32: tiny, fast and good enough for noise (not for anything secret). */
export function seededRandom(seed: number, salt = 0): Random {
  let state = (seed ^ Math.imul(salt + 1, 0x9e3779b9)) >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  // Box–Muller; 1 − u keeps the logarithm away from 0.
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())
  return { next, normal }
}

/** A multiplier around 1 with relative standard deviation `spread`, never below 0. */
export function noisy(random: Random, spread: number): number {
  return spread === 0 ? 1 : Math.max(0, 1 + spread * random.normal())
}
