/** The two statistics the run analytics report (DESIGN §10): nearest-rank percentiles and Wilson's interval. */

/** The normal quantile of a two-sided 95% interval. */
const Z_95 = 1.959963984540054

/** A proportion and its 95% Wilson score interval, all fractions in 0–1. */
export interface Proportion {
  rate: number
  low: number
  high: number
}

/**
 * The p-th percentile (0 < p ≤ 100) by the nearest-rank rule: the smallest value with at least p% of the values at
 * or below it, always one of the values. Undefined for no values.
 */
export function nearestRank(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1]
}

/**
 * `successes` out of `trials` with the 95% Wilson score interval, which stays inside 0–1 and says something even at
 * 0 or all successes; undefined when there were no trials.
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  z = Z_95
): Proportion | undefined {
  if (trials <= 0) return undefined
  const rate = successes / trials
  const z2 = z * z
  const denominator = 1 + z2 / trials
  const centre = (rate + z2 / (2 * trials)) / denominator
  const half =
    (z * Math.sqrt((rate * (1 - rate)) / trials + z2 / (4 * trials * trials))) / denominator
  return { rate, low: Math.max(0, centre - half), high: Math.min(1, centre + half) }
}
