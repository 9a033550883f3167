/** What a tick did, as the outputs, the summary and the log show it: one plan (the tick record), many views. */
import { type SkipReason, type TickItem, type TickRecord } from './tick-state.js'

/** A dispatch this tick made (or found made): `due` is the latest coalesced occurrence. */
export interface DispatchedEntry {
  workflow: string
  path: string
  due: string
  occurrences: number
  runId: number | null
  url: string | null
  /** The run was found, not started: a dispatch whose answer was lost, or a dead tick's. */
  found?: boolean
}

export interface SkippedEntry {
  workflow: string
  path: string
  due: string
  reason: SkipReason
}

/** A dispatch GitHub refused, or one left to the next tick after failing. */
export interface FailedEntry {
  workflow: string
  path: string
  due: string
  error: string
  /** The next tick tries again (inside the catch-up window). */
  retried: boolean
}

export interface TickReport {
  from: string | null
  to: string
  dispatched: DispatchedEntry[]
  skipped: SkippedEntry[]
  failed: FailedEntry[]
}

const due = (item: TickItem) => item.occurrences.at(-1) ?? ''
const base = (item: TickItem) => ({ workflow: item.workflow, path: item.path, due: due(item) })

function dispatched(item: TickItem): DispatchedEntry {
  return {
    ...base(item),
    occurrences: item.count ?? item.occurrences.length,
    runId: item.runId ?? null,
    url: item.url ?? null,
    ...(item.found ? { found: true } : {})
  }
}

/** The tick's record read as what was dispatched, skipped (with the reason) and failed. */
export function tickReport(record: TickRecord): TickReport {
  const items = record.workflows
  return {
    from: record.from,
    to: record.to,
    dispatched: items.filter(i => i.status === 'dispatched').map(dispatched),
    skipped: items.flatMap(i =>
      (i.status === 'skipped' || i.status === 'deferred') && i.reason
        ? [{ ...base(i), reason: i.reason }]
        : []
    ),
    failed: items.flatMap(i =>
      i.status === 'failed' || (i.status === 'deferred' && i.error)
        ? [{ ...base(i), error: i.error ?? '', retried: i.status === 'deferred' }]
        : []
    )
  }
}

/** A tick with nothing due: nothing dispatched, skipped or failed. */
export function emptyReport(now: Date, from: string | null): TickReport {
  return { from, to: now.toISOString(), dispatched: [], skipped: [], failed: [] }
}
