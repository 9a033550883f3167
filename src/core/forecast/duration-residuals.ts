/**
 * The duration predictor's own past errors (DESIGN §11), kept as log residuals ln(actual / predicted): a workflow's
 * recent ones, and everyone's, blended so a workflow with few residuals borrows the others' spread. The 80% interval
 * and the confidence are read from that blend (split conformal, with no distribution assumed), and a running
 * adjustment of the two tail levels (adaptive conformal inference, Gibbs & Candès 2021) keeps the share of actuals
 * that fall outside each end at its target as the stream drifts.
 */

/** The last `capacity` values, kept both in arrival order and sorted, so counts below a value cost a binary search. */
export class SortedWindow {
  private readonly arrivals: number[] = []
  private readonly sorted: number[] = []
  private head = 0

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.sorted.length
  }

  add(value: number): void {
    this.arrivals.push(value)
    this.sorted.splice(this.countBelow(value), 0, value)
    if (this.arrivals.length - this.head > this.capacity) {
      const oldest = this.arrivals[this.head++] as number
      this.sorted.splice(this.countBelow(oldest), 1)
    }
    if (this.head > this.capacity) {
      this.arrivals.splice(0, this.head)
      this.head = 0
    }
  }

  /** How many values are below `value`, or at most `value` when `inclusive`. */
  countBelow(value: number, inclusive = false): number {
    let [lo, hi] = [0, this.sorted.length]
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const v = this.sorted[mid] as number
      if (v < value || (inclusive && v === value)) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  at(index: number): number {
    return this.sorted[index] as number
  }

  /** The median (the lower middle value); undefined when empty. */
  median(): number | undefined {
    return this.size === 0 ? undefined : this.at((this.size - 1) >> 1)
  }
}

/**
 * A workflow's residuals blended with everyone's: the workflow's own count as they are, the pool weighs `poolWeight`
 * in all, so n own residuals carry n / (n + poolWeight) of the blend.
 */
export class ResidualBlend {
  constructor(
    private readonly own: SortedWindow,
    private readonly pool: SortedWindow,
    private readonly poolWeight: number
  ) {}

  get empty(): boolean {
    return this.own.size === 0 && this.pool.size === 0
  }

  /** The blend's CDF at x: the weighted share of residuals ≤ x (or < x when `strict`). */
  cdf(x: number, strict = false): number {
    const count = (w: SortedWindow) => w.countBelow(x, !strict)
    const own = this.own.size
    const pool = this.pool.size === 0 ? 0 : this.poolWeight
    const ownShare = own === 0 ? 0 : count(this.own)
    const poolShare = pool === 0 ? 0 : (count(this.pool) / this.pool.size) * pool
    return (ownShare + poolShare) / (own + pool)
  }

  /** The smallest residual whose blended CDF reaches q (0 < q < 1). */
  quantile(q: number): number {
    const candidates = (w: SortedWindow) => {
      let [lo, hi] = [0, w.size - 1]
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (this.cdf(w.at(mid)) >= q) hi = mid
        else lo = mid + 1
      }
      return w.size === 0 || this.cdf(w.at(lo)) < q ? Infinity : w.at(lo)
    }
    return Math.min(candidates(this.own), candidates(this.pool))
  }

  /** The residuals' effective count: the workflow's own plus the pool's weight. */
  get weight(): number {
    return this.own.size + (this.pool.size === 0 ? 0 : this.poolWeight)
  }

  /** The level of the lower end for a tail `miss` of n residuals (split conformal's finite-sample correction). */
  lowerLevel(miss: number): number {
    return Math.max(0.0005, 1 - ((1 - miss) * (this.weight + 1)) / this.weight)
  }

  /** The level of the upper end for a tail `miss`. */
  upperLevel(miss: number): number {
    return Math.min(0.9995, ((1 - miss) * (this.weight + 1)) / this.weight)
  }

  /** The blended share of residuals inside [from, to]. */
  share(from: number, to: number): number {
    return this.cdf(to) - this.cdf(from, true)
  }
}

/** The two tail levels of the interval, each nudged after every outcome towards its target miss rate. */
export class TailLevels {
  lower: number
  upper: number

  /** `coverage` 0.8: each tail aims at 10% of the actuals; `step` is how fast the levels move. */
  constructor(
    private readonly coverage: number,
    private readonly step: number
  ) {
    this.lower = this.upper = (1 - coverage) / 2
  }

  /** After an outcome: below the interval, above it, or inside. */
  record(below: boolean, above: boolean): void {
    const target = (1 - this.coverage) / 2
    const clamp = (level: number) => Math.min(0.49, Math.max(0.0005, level))
    this.lower = clamp(this.lower + this.step * (target - (below ? 1 : 0)))
    this.upper = clamp(this.upper + this.step * (target - (above ? 1 : 0)))
  }
}
