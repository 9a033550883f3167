/** Weighted least squares for the handful of unknowns of the cost model (at most one per workflow, plus one). */

/** A fitted linear model: the estimates, their covariance and what the fit had to work with. */
export interface LinearFit {
  coefficients: number[]
  /** Covariance of the estimates, s² (XᵀWX)⁻¹. */
  covariance: number[][]
  standardErrors: number[]
  /** Degrees of freedom left for the residual variance: rows − unknowns. */
  dof: number
  /** s²: the weighted residual sum of squares over the degrees of freedom (the variance of a row of unit weight). */
  residualVariance: number
}

/**
 * Share of a column's variation that must be left once the earlier columns explain what they can (1 − R²). Below it
 * the columns are collinear: the data cannot tell the unknowns apart, whatever the estimates would say.
 */
const MIN_INDEPENDENT_SHARE = 1e-6

/** Lower-triangular Cholesky factor of a symmetric matrix; undefined when a pivot falls under `minPivot`. */
function cholesky(a: readonly number[][], minPivot: number): number[][] | undefined {
  const n = a.length
  const l = a.map(() => new Array<number>(n).fill(0))
  for (let j = 0; j < n; j++) {
    let d = a[j]![j]!
    for (let k = 0; k < j; k++) d -= l[j]![k]! ** 2
    if (!(d > minPivot)) return undefined
    l[j]![j] = Math.sqrt(d)
    for (let i = j + 1; i < n; i++) {
      let s = a[i]![j]!
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!
      l[i]![j] = s / l[j]![j]!
    }
  }
  return l
}

/** The inverse of A = LLᵀ, column by column through forward and back substitution. */
function inverseFromCholesky(l: readonly number[][]): number[][] {
  const n = l.length
  const inverse = l.map(() => new Array<number>(n).fill(0))
  for (let c = 0; c < n; c++) {
    const y = new Array<number>(n).fill(0)
    for (let i = 0; i < n; i++) {
      let s = i === c ? 1 : 0
      for (let k = 0; k < i; k++) s -= l[i]![k]! * y[k]!
      y[i] = s / l[i]![i]!
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i]!
      for (let k = i + 1; k < n; k++) s -= l[k]![i]! * inverse[k]![c]!
      inverse[i]![c] = s / l[i]![i]!
    }
  }
  return inverse
}

function dot(columns: number, f: (k: number) => number): number {
  let s = 0
  for (let k = 0; k < columns; k++) s += f(k)
  return s
}

/**
 * Fits y ≈ Xβ minimising Σ wᵢ(yᵢ − xᵢβ)². Undefined when there are no more rows than unknowns or the columns are
 * collinear (checked on the column-scaled normal matrix, so units do not matter).
 */
export function weightedLeastSquares(
  rows: readonly number[][],
  y: readonly number[],
  weights: readonly number[]
): LinearFit | undefined {
  const p = rows[0]?.length ?? 0
  const dof = rows.length - p
  if (p === 0 || dof < 1) return undefined
  const xtwx = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) =>
      dot(rows.length, r => weights[r]! * rows[r]![i]! * rows[r]![j]!)
    )
  )
  const scale = xtwx.map((row, i) => Math.sqrt(row[i]!) || 1)
  const scaled = xtwx.map((row, i) => row.map((v, j) => v / (scale[i]! * scale[j]!)))
  const factor = cholesky(scaled, MIN_INDEPENDENT_SHARE)
  if (factor === undefined) return undefined
  const unscaled = inverseFromCholesky(factor).map((row, i) =>
    row.map((v, j) => v / (scale[i]! * scale[j]!))
  )
  const xtwy = Array.from({ length: p }, (_, i) =>
    dot(rows.length, r => weights[r]! * rows[r]![i]! * y[r]!)
  )
  const coefficients = unscaled.map(row => dot(p, j => row[j]! * xtwy[j]!))
  const rss = dot(
    rows.length,
    r => weights[r]! * (y[r]! - dot(p, j => rows[r]![j]! * coefficients[j]!)) ** 2
  )
  const covariance = unscaled.map(row => row.map(v => (v * rss) / dof))
  return {
    coefficients,
    covariance,
    standardErrors: covariance.map((row, i) => Math.sqrt(Math.max(row[i]!, 0))),
    dof,
    residualVariance: rss / dof
  }
}

/** Huber's tuning constant: 95% efficiency when the errors are normal. */
const HUBER_K = 1.345

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Residuals scaled to unit weight, and their spread (1.4826 × the median absolute residual: σ for normal errors). */
function scaledResiduals(
  rows: readonly number[][],
  y: readonly number[],
  weights: readonly number[],
  beta: readonly number[]
) {
  const scaled = rows.map(
    (row, r) => (y[r]! - dot(row.length, j => row[j]! * beta[j]!)) * Math.sqrt(weights[r]!)
  )
  return { scaled, spread: 1.4826 * median(scaled.map(Math.abs)) }
}

/**
 * A start that a minority of outlying rows (a four-day burst) does not drag the way it drags plain least squares:
 * concentration steps of least trimmed squares from the plain fit — refit on the rows it explains best, half of them
 * plus the unknowns, until that set stops changing. A row that carries what no other row does (high leverage: the one
 * day of another mode) is never trimmed: nothing could tell it is an outlier.
 */
function trimmedStart(
  rows: readonly number[][],
  y: readonly number[],
  weights: readonly number[]
): LinearFit | undefined {
  let fit = weightedLeastSquares(rows, y, weights)
  if (!fit || !(fit.residualVariance > 0)) return fit
  const p = rows[0]!.length
  const inverse = fit.covariance.map(row => row.map(v => v / fit!.residualVariance))
  const leverage = (x: readonly number[], w: number) =>
    w * dot(p, i => x[i]! * dot(p, j => inverse[i]![j]! * x[j]!))
  const fixed = rows.map((x, r) => leverage(x, weights[r]!) > (2 * p) / rows.length)
  const size = Math.ceil((rows.length + p + 1) / 2)
  let kept = ''
  for (let step = 0; step < 10 && fit; step++) {
    const { scaled } = scaledResiduals(rows, y, weights, fit.coefficients)
    const best = scaled
      .map((u, r) => ({ r, key: fixed[r] ? -1 : Math.abs(u) }))
      .sort((a, b) => a.key - b.key)
      .slice(0, size)
      .map(({ r }) => r)
      .sort((a, b) => a - b)
    if (best.join() === kept) break
    kept = best.join()
    const chosen = new Set(best)
    fit =
      weightedLeastSquares(
        rows,
        y,
        weights.map((w, r) => (chosen.has(r) ? w : 0))
      ) ?? fit
  }
  return fit
}

/**
 * The fit's uncertainty at Huber's variance of its residuals, s² Σψ²/(n − p) over the share of rows inside the Huber
 * band squared: a burst counts as a residual of 1.345 spreads, not at its size, so it does not make every estimate look
 * vaguer; the share is floored at a half, past which no fit is robust anyway.
 */
function withHuberVariance(
  fit: LinearFit,
  rows: readonly number[][],
  y: readonly number[],
  weights: readonly number[],
  spread: number
): LinearFit {
  const k = HUBER_K * spread
  const { scaled } = scaledResiduals(rows, y, weights, fit.coefficients)
  const inside = scaled.filter(u => Math.abs(u) <= k).length / scaled.length
  const psi = scaled.reduce((sum, u) => sum + Math.min(u * u, k * k), 0)
  const variance = psi / fit.dof / Math.max(inside, 0.5) ** 2
  const ratio = fit.residualVariance > 0 ? variance / fit.residualVariance : 0
  const covariance = fit.covariance.map(row => row.map(v => v * ratio))
  return {
    ...fit,
    covariance,
    standardErrors: covariance.map((row, i) => Math.sqrt(Math.max(row[i]!, 0))),
    residualVariance: variance
  }
}

/**
 * Weighted least squares made robust: Huber's weights on the residuals scaled by their median absolute deviation. Once
 * there are rows enough to trim (three per unknown, and three more), the fit starts from a trimmed one and keeps that
 * start's scale, as an MM-estimate does; with fewer, the scale follows each reweighting. A burst or a spike of manual
 * use is an outlier for a rate, and must not set the rate — nor the rate's uncertainty.
 */
export function robustLeastSquares(
  rows: readonly number[][],
  y: readonly number[],
  weights: readonly number[],
  iterations = 20
): LinearFit | undefined {
  const trim = rows.length >= 3 * (rows[0]?.length ?? 0) + 3
  let fit = trim ? trimmedStart(rows, y, weights) : weightedLeastSquares(rows, y, weights)
  if (!fit) return undefined
  let spread = scaledResiduals(rows, y, weights, fit.coefficients).spread
  const tiny = 1e-9 * (1 + Math.max(...y.map(Math.abs)))
  for (let i = 0; i < iterations && spread > tiny; i++) {
    const { scaled } = scaledResiduals(rows, y, weights, fit.coefficients)
    const huber = scaled.map(u => Math.min(1, (HUBER_K * spread) / Math.abs(u)))
    fit =
      weightedLeastSquares(
        rows,
        y,
        weights.map((w, r) => w * huber[r]!)
      ) ?? fit
    if (!trim) spread = scaledResiduals(rows, y, weights, fit.coefficients).spread
  }
  return spread > tiny ? withHuberVariance(fit, rows, y, weights, spread) : fit
}

/** Two-sided 95% quantiles of Student's t for 1–10 degrees of freedom; beyond, 2 is close enough. */
const T_95 = [12.71, 4.3, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23]

/** The t value an estimate must reach to be told from zero at 95% with `dof` degrees of freedom. */
export function tQuantile95(dof: number): number {
  return T_95[dof - 1] ?? 2
}
