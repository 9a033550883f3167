// A small seeded PRNG, so one seed gives one soak plan whatever the machine.

/** A source of numbers in [0, 1) with helpers; the same seed always gives the same sequence. */
export interface Random {
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  /** A number in [min, max). */
  between(min: number, max: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
}

/** mulberry32, as the fake uses: small, fast and good enough to spread faults and usage. */
export function seeded(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: p => next() < p,
    pick: items => items[Math.floor(next() * items.length)] as (typeof items)[number]
  }
}

/** A seed for one repository of a soak: independent of the others, so `--only` replays it alone. */
export function repoSeed(seed: number, repo: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(repo + 1, 0xc2b2ae35)) >>> 0
}
