/**
 * Observing runs in words (DESIGN §10): how far ingestion got and why it stopped, the calls each phase made against
 * `max-api-calls`, and what is left of GitHub's rate limit — for the log, the job summary and the JSON report.
 */
import { totalCalls, type PhaseCalls } from '../core/runs/call-budget.js'
import { type IngestStop } from '../use-cases/observe-runs/observe-runs.js'
import { type RecordedRuns } from '../use-cases/observe-runs/record-runs.js'
import { analyticsJson } from './analytics-json.js'
import { analyticsMarkdown } from './analytics-markdown.js'
import { count, day } from './format.js'

/** The calls of a run: each phase's, the limit, and the rate limit left after the last answer. */
export interface CallsFacts {
  phases: readonly PhaseCalls[]
  limit: number
  rateLimitRemaining: number | undefined
}

const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`
const dayOf = (time: string) => day(new Date(time))

function where(stop: IngestStop): string {
  if (stop.step === 'runs')
    return ` while listing the runs of ${stop.workflow}${stop.upTo ? ` (listed back to ${dayOf(stop.upTo)})` : ''}`
  if (stop.step === 'jobs')
    return ` while reading jobs${stop.upTo ? ` (read for the runs back to ${dayOf(stop.upTo)})` : ''}`
  return ' before reading the run records'
}

/** Why ingestion stopped and what happens next; undefined when it finished. */
export function stopLine(stop: IngestStop | undefined): string | undefined {
  if (!stop) return undefined
  if (stop.reason === 'call-budget')
    return `stopped at the call budget (max-api-calls)${where(stop)} — continues next run`
  if (stop.reason === 'rate-limit')
    return `stopped: GitHub's rate limit is spent${where(stop)} — what was read is kept; the next run carries on`
  return `stopped${where(stop)}: ${stop.message ?? 'GitHub refused'} — what was read is kept`
}

/** "read 240 new runs of 3 workflows, jobs of 231 runs; stopped at the call budget … — continues next run". */
export function ingestionLine(observed: RecordedRuns): string {
  const r = observed.report
  const parts = [
    `read ${plural(r.newRuns, 'new run')} of ${plural(r.workflows, 'workflow')}` +
      (r.notModified > 0 ? ` (${count(r.notModified)} unchanged, 304)` : ''),
    `jobs of ${plural(r.jobsRead, 'run')}`,
    ...(r.awaitingJobs > 0 ? [`${plural(r.awaitingJobs, 'finished run')} still without jobs`] : [])
  ]
  const stop = stopLine(r.stopped)
  return `${parts.join(', ')}${stop ? `; ${stop}` : ''}`
}

const SAVED: Record<RecordedRuns['saved'], string> = {
  written: 'saved',
  unchanged: 'unchanged, not written',
  'dry-run': 'not saved (dry run)',
  failed: 'not saved',
  'not-read': 'not read',
  pending: 'not saved yet'
}

/** "read the records 1, list workflows 1, list runs 1, read jobs 26, save the records 2". */
function fileCallsText(observed: RecordedRuns): string {
  const { read, save } = observed.fileCalls
  const { workflows, runs, jobs } = observed.report.calls
  return `read the records ${read}, list workflows ${workflows}, list runs ${runs}, read jobs ${jobs}, save the records ${save}`
}

/** The log's lines for the observe phase. */
export function observeLines(observed: RecordedRuns, name: string): string[] {
  const runs = observed.store.workflows.reduce((sum, w) => sum + w.runs.length, 0)
  return [
    ingestionLine(observed),
    ...observed.report.missing.map(
      path => `${path}: GitHub has no such workflow (404) — its runs are not read`
    ),
    `run records ${name}: ${SAVED[observed.saved]} (${plural(runs, 'run')} kept)`,
    `calls: ${fileCallsText(observed)}`
  ]
}

/** One line: calls by phase, the total against the limit, 304s, and the rate limit left. */
export function callsLine(facts: CallsFacts): string {
  const total = totalCalls(facts.phases)
  const phases = facts.phases
    .filter(p => p.calls > 0 || p.notModified > 0)
    .map(p => `${p.phase} ${p.calls}${p.notModified > 0 ? ` (+${p.notModified} × 304)` : ''}`)
  const left = facts.rateLimitRemaining === undefined ? 'unknown' : count(facts.rateLimitRemaining)
  return `API calls: ${total.calls} of max-api-calls ${facts.limit} (${phases.join(', ') || 'none'}); ${total.notModified} answered 304 at no cost; rate limit left: ${left}`
}

/** The job summary's calls table. */
export function callsMarkdown(facts: CallsFacts): string {
  const total = totalCalls(facts.phases)
  const rows = facts.phases.map(
    p => `| ${p.phase} | ${p.calls} | ${p.graphql} | ${p.notModified} |`
  )
  const left = facts.rateLimitRemaining === undefined ? 'unknown' : count(facts.rateLimitRemaining)
  return [
    '### API calls',
    '',
    '| Phase | Calls | of which GraphQL | 304 (free) |',
    '|---|--:|--:|--:|',
    ...rows,
    `| **total** (max-api-calls ${facts.limit}) | ${total.calls} | ${total.graphql} | ${total.notModified} |`,
    '',
    `Rate limit left: ${left}`
  ].join('\n')
}

/** The job summary's section on the runs observed: progress, then the analytics. */
export function observeMarkdown(observed: RecordedRuns): string {
  const stopped = observed.report.stopped
  return [
    '### Runs observed',
    '',
    `${stopped && stopped.reason !== 'call-budget' ? '⚠️ ' : ''}${ingestionLine(observed)}.`,
    ...observed.problems.map(p => `\n⚠️ ${p}`),
    '',
    analyticsMarkdown(observed.analytics)
  ].join('\n')
}

/**
 * The JSON report's `runs`, `calls`, `analytics` and `disabledForInactivity` (the managed workflows GitHub disabled
 * for inactivity, as its list of workflows said this run: `[{workflow, path}]`).
 */
export function observeJson(observed: RecordedRuns | undefined, facts: CallsFacts) {
  const total = totalCalls(facts.phases)
  const calls = {
    limit: facts.limit,
    total: total.calls,
    notModified: total.notModified,
    rateLimitRemaining: facts.rateLimitRemaining ?? null,
    phases: facts.phases.map(p => ({ ...p }))
  }
  if (!observed) return { calls }
  const r = observed.report
  const runs = {
    newRuns: r.newRuns,
    jobsRead: r.jobsRead,
    notModified: r.notModified,
    awaitingJobs: r.awaitingJobs,
    missing: r.missing,
    stopped: r.stopped ?? null,
    saved: observed.saved,
    calls: { ...observed.fileCalls, ...r.calls }
  }
  const disabledForInactivity = observed.analytics.workflows
    .filter(w => w.disabledForInactivity)
    .map(w => ({ workflow: w.id, path: w.path }))
  return { runs, calls, ...analyticsJson(observed.analytics), disabledForInactivity }
}
