/**
 * A workflow's success rate (DESIGN §10, §11): the posterior of a Beta prior after the runs seen, its mean and a 95%
 * equal-tailed credible interval. Cancelled, timed-out and startup failures count against it; skipped and neutral
 * runs (and runs without a conclusion) are left out.
 */

/** What a conclusion counts as: a success, a failure, or nothing (left out). */
export type Outcome = 'success' | 'failure' | undefined

const FAILURES = new Set(['failure', 'cancelled', 'timed_out', 'startup_failure'])

/** success → success; failure, cancelled, timed_out, startup_failure → failure; anything else is left out. */
export function outcomeOf(conclusion: string | null | undefined): Outcome {
  if (conclusion === 'success') return 'success'
  return conclusion && FAILURES.has(conclusion) ? 'failure' : undefined
}

/** The Beta prior's pseudo-counts; the default Beta(1, 1) is uniform (Laplace's rule). */
export interface BetaPrior {
  alpha: number
  beta: number
}

export const UNIFORM_PRIOR: BetaPrior = { alpha: 1, beta: 1 }

/** A success rate with its uncertainty; rate, low and high are shares from 0 to 1. */
export interface SuccessRate {
  successes: number
  failures: number
  /** The posterior mean (successes + α) / (runs + α + β). */
  rate: number
  /** The 95% credible interval: the posterior's 2.5% and 97.5% quantiles. */
  low: number
  high: number
}

/** The posterior after `successes` and `failures` (whole or weighted counts ≥ 0). */
export function successRate(
  successes: number,
  failures: number,
  prior: BetaPrior = UNIFORM_PRIOR
): SuccessRate {
  if (!(successes >= 0 && failures >= 0)) throw new RangeError('counts must be 0 or more')
  const a = successes + prior.alpha
  const b = failures + prior.beta
  return {
    successes,
    failures,
    rate: a / (a + b),
    low: betaQuantile(0.025, a, b),
    high: betaQuantile(0.975, a, b)
  }
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms: ~15 significant digits). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7
  ]
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  const z = x - 1
  let sum = c[0]!
  for (let i = 1; i < 9; i++) sum += c[i]! / (z + i)
  const t = z + 7.5
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum)
}

/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300
  let c = 1
  let d = 1 - ((a + b) * x) / (a + 1)
  d = 1 / (Math.abs(d) < tiny ? tiny : d)
  let h = d
  for (let m = 1; m <= 300; m++) {
    for (const num of [
      (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)),
      -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1))
    ]) {
      d = 1 + num * d
      d = 1 / (Math.abs(d) < tiny ? tiny : d)
      c = 1 + num / c
      if (Math.abs(c) < tiny) c = tiny
      h *= d * c
    }
    if (Math.abs(d * c - 1) < 1e-15) break
  }
  return h
}

/** The regularized incomplete beta function I_x(a, b): the Beta(a, b) distribution's CDF at x. */
export function betaCdf(x: number, a: number, b: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)
  )
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a
  return 1 - (front * betaFraction(1 - x, b, a)) / b
}

/** The p-quantile of Beta(a, b), by bisection (the CDF is monotone; 60 halvings reach double precision). */
export function betaQuantile(p: number, a: number, b: number): number {
  let [lo, hi] = [0, 1]
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    if (betaCdf(mid, a, b) < p) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}
