/**
 * The tracker's predictions as the run records keep them (DESIGN §11): each workflow's records carry the durations
 * predicted for the runs its schedule was due to start, bounded with the runs — a matched prediction is kept while its
 * run is, an unmatched one while its occurrence is within the records' days. Pure.
 */
import { type StoredRun, type WorkflowRecords } from './run-store.js'

/**
 * A duration predicted for a run a schedule is due to start: recorded before the occurrence, matched with the run that
 * answered it (`runId`) once that run is recorded. Seconds; confidence from 0 to 1.
 */
export interface StoredPrediction {
  /** The occurrence predicted (ISO). */
  due: string
  madeAt: string
  predicted: number
  low: number
  high: number
  confidence: number
  runId?: number
}

const ms = (time: string) => Date.parse(time)

/** Predictions go with the runs: a matched one while its run is kept, an unmatched one while its time is. */
export function boundPredictions(
  predictions: readonly StoredPrediction[],
  runs: readonly StoredRun[],
  cutoff: number
): StoredPrediction[] {
  const kept = new Set(runs.map(r => r.run.id))
  return predictions.filter(p => (p.runId === undefined ? ms(p.due) >= cutoff : kept.has(p.runId)))
}

/** The records with these predictions; none leaves the field out, so records without any read as before. */
export function withPredictions(
  records: WorkflowRecords,
  predictions: readonly StoredPrediction[]
): WorkflowRecords {
  const rest = { ...records }
  delete rest.predictions
  return predictions.length > 0 ? { ...rest, predictions: [...predictions] } : rest
}

/**
 * Two runs' predictions in one: per occurrence, the side that matched more of them with runs, else ours (occurrences
 * that coincide, two crons of one workflow, come as a group).
 */
export function mergePredictions(
  theirs: readonly StoredPrediction[] = [],
  ours: readonly StoredPrediction[] = []
): StoredPrediction[] {
  const dues = [...new Set([...theirs, ...ours].map(p => p.due))]
  const matched = (list: readonly StoredPrediction[]) => list.filter(p => p.runId !== undefined)
  return dues
    .flatMap(due => {
      const a = theirs.filter(p => p.due === due)
      const b = ours.filter(p => p.due === due)
      return b.length > 0 && matched(b).length >= matched(a).length ? b : a
    })
    .sort((x, y) => ms(x.due) - ms(y.due))
}
