/**
 * How the tracker matches its predictions with the runs that answered them (DESIGN §11). The rule: a prediction for
 * the occurrence at `due` is answered by the earliest run of the workflow, carrying the event its schedule starts
 * (`schedule`, or `workflow_dispatch` for a workflow the orchestrator dispatches), created at or after `due` and less
 * than 60 minutes after it — GitHub starts scheduled runs late, and a run later than that counts as dropped, as the
 * schedule health counts it. Each run answers one occurrence; the occurrences are taken in time order. An occurrence
 * with no run once the records show every run created in its hour was dropped by GitHub: its prediction goes. Pure.
 */
import { type RunRecord } from '../runs/records.js'
import { DROPPED_AFTER_MS } from '../runs/schedule-health.js'
import { type ListedSpan } from '../runs/run-store.js'
import { type StoredPrediction } from '../runs/stored-predictions.js'

/** A run answers an occurrence when it was created at most this long after it. */
export const MATCH_WINDOW_MS = DROPPED_AFTER_MS

const ms = (time: string) => Date.parse(time)

/** Whether every run created from `from` to `to` (ms) was listed. */
export function listedThrough(listed: readonly ListedSpan[], from: number, to: number): boolean {
  return listed.some(s => ms(s.from) <= from && ms(s.to) >= to)
}

/** What matching did to one workflow's predictions. */
export interface Matched {
  predictions: StoredPrediction[]
  /** Predictions matched with a run by this call. */
  matched: number
  /** Occurrences found without a run (their predictions dropped). */
  dropped: number
}

/**
 * Matches the predictions whose time has come (due ≤ now, not matched yet) with `runs` (the workflow's runs of the
 * event its schedule starts), and drops those of occurrences that had no run.
 */
export function matchPredictions(
  predictions: readonly StoredPrediction[],
  runs: readonly RunRecord[],
  listed: readonly ListedSpan[],
  now: Date
): Matched {
  const claimed = new Set(predictions.flatMap(p => (p.runId === undefined ? [] : [p.runId])))
  const free = runs
    .filter(r => !claimed.has(r.id))
    .sort((a, b) => ms(a.createdAt) - ms(b.createdAt) || a.id - b.id)
  const order = [...predictions].sort((a, b) => ms(a.due) - ms(b.due))
  const kept: StoredPrediction[] = []
  let [next, matched, dropped] = [0, 0, 0]
  for (const p of order) {
    const due = ms(p.due)
    if (p.runId !== undefined || due > now.getTime()) {
      kept.push(p)
      continue
    }
    while (next < free.length && ms((free[next] as RunRecord).createdAt) < due) next++
    const run = free[next]
    if (run && ms(run.createdAt) < due + MATCH_WINDOW_MS) {
      kept.push({ ...p, runId: run.id })
      next++
      matched++
    } else if (listedThrough(listed, due, due + MATCH_WINDOW_MS)) dropped++
    else kept.push(p)
  }
  return { predictions: kept, matched, dropped }
}
