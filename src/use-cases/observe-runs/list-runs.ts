/**
 * Lists one window of a workflow's runs (DESIGN §10): 100 a page, newest first; a window matching more than GitHub's
 * 1,000-result cap is split in halves, the newer half first. The query for new runs is asked with the ETag of its
 * last answer, so an unchanged answer (304) costs no rate limit.
 */
import { isoSeconds, listedByPage, type ListWindow } from '../../core/runs/run-store.js'
import { type WorkflowRuns } from '../../ports/workflow-runs.js'
import { type Ingestion } from './ingestion.js'

/** GitHub returns at most this many results of one run query. */
const RESULTS_CAP = 1000

function halves(window: ListWindow): ListWindow[] {
  const [from, to] = [Date.parse(window.from), Date.parse(window.to)]
  const middle = isoSeconds((from + to) / 2)
  return [
    { from: middle, to: window.to, fresh: false },
    { from: window.from, to: middle, fresh: false }
  ]
}

/** A window of two seconds or more can be halved (GitHub's `created` takes whole seconds). */
function splittable(window: ListWindow): boolean {
  return Date.parse(window.to) - Date.parse(window.from) >= 2000
}

/** Lists the window's runs into the ingestion, page by page; a stop leaves every page read so far recorded. */
export async function listWindow(
  runs: WorkflowRuns,
  ingestion: Ingestion,
  path: string,
  window: ListWindow
): Promise<void> {
  const held = ingestion.records(path).etag
  const etag = window.fresh && held?.from === window.from ? held.value : undefined
  ingestion.at('runs', path, window.to)
  for (let page = 1; ; page++) {
    const query = {
      from: window.from,
      to: window.to,
      page,
      ...(page === 1 && etag ? { etag } : {})
    }
    const listed = await runs.listRuns(path, query)
    if (listed.notModified) ingestion.notModified += 1
    else if (page === 1 && window.fresh && listed.etag)
      ingestion.keepEtag(path, window.from, listed.etag)
    if (page === 1 && (listed.total ?? 0) > RESULTS_CAP && splittable(window)) {
      ingestion.addRuns(path, listed.items)
      for (const half of halves(window)) await listWindow(runs, ingestion, path, half)
      return
    }
    // 304: the page is as it was when its runs were recorded; the next query for new runs covers this window again,
    // so nothing is marked (and the records, unchanged, are not written).
    const listedSpan = listed.notModified
      ? undefined
      : listedByPage(window, listed.items, !listed.more)
    ingestion.addRuns(path, listed.items, listedSpan)
    if (!listed.more) return
  }
}
