/**
 * The duration predictor's point estimate (DESIGN §11), from a workflow's successful runs: the recent runs most
 * like the one to predict (same event, same branch class — default branch or not —, first attempt or re-run) when
 * there are enough of them, else a broader set; a level-shift check that drops the runs before a lasting change; then
 * a recency-weighted median whose weights also fall as 1/duration. That weighting puts the estimate where the mean
 * absolute percentage error is smallest (an overestimate of a short run costs more percent than an underestimate
 * of a long one), and the median keeps one odd run from moving it.
 */

/** What is known of a run before it runs. */
export interface RunContext {
  event: string
  branch: string | null
  /** The run attempt (1 for the first); re-runs often run only the failed jobs. */
  attempt?: number
  /** The repository's default branch when the caller knows it; otherwise it is inferred from the runs. */
  defaultBranch?: string
}

/** One successful run as the model keeps it. */
export interface DurationSample {
  seconds: number
  event: string
  branch: string | null
  rerun: boolean
}

/** The knobs of the point estimate; DEFAULT_MODEL holds the values measured best on the run corpora. */
export interface ModelOptions {
  /** Runs of a set needed before the set is used (and runs of a workflow before it is predicted at all). */
  minRuns: number
  /** The most recent runs of the chosen set the estimate looks at. */
  window: number
  /** Each run back weighs this much less than the next. */
  decay: number
  /** A lasting change: the last `down` runs all this much shorter than before (ratio ≥ 1 + threshold), or `up` longer. */
  shift: { down: number; up: number; threshold: number }
}

export const DEFAULT_MODEL: ModelOptions = {
  minRuns: 5,
  window: 60,
  decay: 0.9,
  shift: { down: 3, up: 5, threshold: 0.3 }
}

/** The durations (oldest first) of the narrowest set of like runs that has at least minRuns runs. */
export function likeRuns(
  samples: readonly DurationSample[],
  context: RunContext,
  defaultBranch: string | undefined,
  options: ModelOptions
): number[] {
  const onDefault = (branch: string | null) =>
    defaultBranch === undefined ? undefined : branch === defaultBranch
  const wanted = { branch: onDefault(context.branch), rerun: (context.attempt ?? 1) > 1 }
  const tests: Array<(s: DurationSample) => boolean> = [
    s =>
      s.event === context.event &&
      onDefault(s.branch) === wanted.branch &&
      s.rerun === wanted.rerun,
    s => s.event === context.event && onDefault(s.branch) === wanted.branch,
    s => onDefault(s.branch) === wanted.branch
  ]
  const sets: number[][] = tests.map(() => [])
  const all: number[] = []
  const full = (set: number[]) => set.length >= options.window
  for (let i = samples.length - 1; i >= 0 && !full(sets[0] as number[]); i--) {
    const sample = samples[i] as DurationSample
    if (!full(all)) all.push(sample.seconds)
    tests.forEach((test, t) => {
      const set = sets[t] as number[]
      if (!full(set) && test(sample)) set.push(sample.seconds)
    })
  }
  const chosen = sets.find(set => set.length >= options.minRuns) ?? all
  return chosen.reverse()
}

/** Indices of the values, smallest value first. */
function ascending(values: readonly number[]): number[] {
  const order = Array.from(values.keys())
  return order.sort((a, b) => (values[a] as number) - (values[b] as number))
}

/** The value where the weights' running total, in the values' order, first reaches half. */
export function weightedMedian(
  values: readonly number[],
  weights: readonly number[],
  order: readonly number[] = ascending(values)
): number {
  let half = 0
  for (const w of weights) half += w / 2
  let total = 0
  for (const i of order) {
    total += weights[i] as number
    if (total >= half) return values[i] as number
  }
  return values[order.at(-1) as number] as number
}

/**
 * The recency- and 1/duration-weighted median of durations (oldest first). The 1/duration factor is bounded to
 * within ×/÷ 2 of the recency-weighted median, so one run that took seconds cannot outweigh all the others.
 */
export function recentMedian(durations: readonly number[], decay: number): number {
  const order = ascending(durations)
  const recency: number[] = new Array(durations.length)
  for (let i = durations.length - 1, w = 1; i >= 0; i--, w *= decay) recency[i] = w
  const typical = Math.max(weightedMedian(durations, recency, order), 1)
  const [floor, ceiling] = [typical / 2, typical * 2]
  const weights = recency.map(
    (w, i) => w / Math.min(Math.max(durations[i] as number, floor), ceiling)
  )
  return weightedMedian(durations, weights, order)
}

/** The runs since a lasting change of level, or all of them when there was none. */
export function sinceShift(durations: readonly number[], options: ModelOptions): readonly number[] {
  const { down, up, threshold } = options.shift
  const ratio = 1 + threshold
  const changed = (k: number, beyond: (d: number, level: number) => boolean) => {
    if (k === 0 || durations.length < k + options.minRuns) return false
    const [before, recent] = [durations.slice(0, -k), durations.slice(-k)]
    // The level lies between the shortest and the longest run before: check those first, it is cheaper.
    const [shortest, longest] = [Math.min(...before), Math.max(...before)]
    if (!recent.every(d => beyond(d, longest) || beyond(d, shortest))) return false
    const level = recentMedian(before, options.decay)
    return recent.every(d => beyond(d, level))
  }
  if (changed(down, (d, level) => d * ratio < level)) return durations.slice(-down)
  if (changed(up, (d, level) => d > level * ratio)) return durations.slice(-up)
  return durations
}

/** The point estimate in seconds from like runs (oldest first, at least one). */
export function pointEstimate(durations: readonly number[], options: ModelOptions): number {
  return recentMedian(sinceShift(durations, options), options.decay)
}
