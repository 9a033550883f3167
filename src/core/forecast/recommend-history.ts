/**
 * What the recommender learns from the recorded runs before `now` (DESIGN §11): a duration predictor fed every
 * finished run in the order they completed (each managed workflow under its config id, other workflows under their
 * GitHub id so that their misses still calibrate everyone's intervals), the mean billable minutes of a run of each
 * managed workflow, and the branch its scheduled runs use.
 */
import { DEFAULT_PRICES, type Prices } from '../runs/runner-pricing.js'
import { type JobRecord, type RunRecord, type WorkflowInfo } from '../runs/records.js'
import { isCompleted, runFacts } from '../runs/run-figures.js'
import { jobsByRun, runDurationSeconds } from './duration-of-run.js'
import { createPredictor, type DurationPrediction, type Predictor } from './duration-predictor.js'

/** The recorded history the recommender reads. */
export interface History {
  runs: readonly RunRecord[]
  jobs: readonly JobRecord[]
  /** GitHub's workflows, which tell whose run is whose (RecordedApi.workflows). */
  known: ReadonlyArray<Pick<WorkflowInfo, 'id' | 'path'>>
}

/** What was learned, per managed workflow id. */
export interface Learned {
  predictor: Predictor
  /** The mean billable minutes of a completed run with jobs; absent when no such run was recorded. */
  minutesPerRun: ReadonlyMap<string, number>
  /** The branch of the latest scheduled run, else the branch most runs used. */
  branches: ReadonlyMap<string, string>
}

/** The config id of each GitHub workflow id the config manages (matched by path). */
function idsOf(history: History, managed: ReadonlyArray<{ id: string; path: string }>) {
  const byPath = new Map(managed.map(w => [w.path, w.id]))
  const ids = new Map<number, string>()
  for (const w of history.known) {
    const id = byPath.get(w.path)
    if (id !== undefined) ids.set(w.id, id)
  }
  return ids
}

/** The runs recorded by `now`, each under its key, oldest first. */
function runsBefore(history: History, ids: ReadonlyMap<number, string>, now: Date) {
  const at = now.getTime()
  return history.runs
    .filter(run => Date.parse(run.createdAt) <= at)
    .map(run => ({ run, key: ids.get(run.workflowId) ?? `#${run.workflowId}` }))
    .sort(
      (a, b) => Date.parse(a.run.createdAt) - Date.parse(b.run.createdAt) || a.run.id - b.run.id
    )
}

type Keyed = ReturnType<typeof runsBefore>

/** Every finished run learned in the order it completed: a prediction never uses a run that ended after it. */
function trained(keyed: Keyed, ofRun: ReadonlyMap<number, JobRecord[]>, now: Date): Predictor {
  const predictor = createPredictor()
  const finished = keyed.flatMap(({ run, key }) => {
    const seconds = runDurationSeconds(run, ofRun.get(run.id))
    if (seconds === undefined) return []
    const end = Math.max(
      Date.parse(run.updatedAt),
      Date.parse(run.startedAt ?? run.createdAt) + seconds * 1000
    )
    return end <= now.getTime() ? [{ run, key, seconds, end }] : []
  })
  finished.sort((a, b) => a.end - b.end || a.run.id - b.run.id)
  for (const { run, key, seconds } of finished) {
    const { event, branch, attempt, conclusion } = run
    predictor.observe({ workflow: key, event, branch, attempt, conclusion }, seconds)
  }
  return predictor
}

/** The mean billable minutes of the completed runs with jobs, per key. */
function meanMinutes(keyed: Keyed, ofRun: ReadonlyMap<number, JobRecord[]>, prices: Prices) {
  const sums = new Map<string, { minutes: number; runs: number }>()
  for (const { run, key } of keyed) {
    if (!isCompleted(run)) continue
    const facts = runFacts(run, ofRun.get(run.id) ?? [], prices)
    if (!facts.hasJobs || facts.billableMinutes === undefined) continue
    const sum = sums.get(key) ?? { minutes: 0, runs: 0 }
    sums.set(key, { minutes: sum.minutes + facts.billableMinutes, runs: sum.runs + 1 })
  }
  return new Map([...sums].map(([key, s]) => [key, s.minutes / s.runs]))
}

/** The branch a scheduled run of each key would use: the latest scheduled run's, else the most used. */
function branchesOf(keyed: Keyed): Map<string, string> {
  const counts = new Map<string, Map<string, number>>()
  const scheduled = new Map<string, string>()
  for (const { run, key } of keyed) {
    if (run.branch === null) continue
    if (run.event === 'schedule') scheduled.set(key, run.branch)
    const ofKey = counts.get(key) ?? new Map<string, number>()
    counts.set(key, ofKey.set(run.branch, (ofKey.get(run.branch) ?? 0) + 1))
  }
  const branches = new Map(scheduled)
  for (const [key, ofKey] of counts) {
    if (branches.has(key)) continue
    const [most] = [...ofKey].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    if (most) branches.set(key, most[0])
  }
  return branches
}

/** Learns the history recorded by `now` for the managed workflows (ids and paths from the config). */
export function learnHistory(
  history: History,
  managed: ReadonlyArray<{ id: string; path: string }>,
  now: Date,
  prices: Prices = DEFAULT_PRICES
): Learned {
  const keyed = runsBefore(history, idsOf(history, managed), now)
  const ofRun = jobsByRun(history.jobs)
  return {
    predictor: trained(keyed, ofRun, now),
    minutesPerRun: meanMinutes(keyed, ofRun, prices),
    branches: branchesOf(keyed)
  }
}

/**
 * The prediction for a managed workflow's next scheduled run, as the recommender and the tracker both make it: a first
 * attempt, with the event its schedule starts, on the branch its scheduled runs use (taken as the default branch).
 */
export function predictNextRun(learned: Learned, id: string, event: string): DurationPrediction {
  const branch = learned.branches.get(id) ?? null
  const context = branch === null ? { event, branch } : { event, branch, defaultBranch: branch }
  return learned.predictor.predict(id, context)
}
