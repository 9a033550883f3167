/**
 * A dispatch tick's views (DESIGN §12): the outputs (`dispatched`, `skipped`, JSON), the log lines and the job summary,
 * all read from one tick report. Paused workflows get a clear line of their own in the summary and a warning.
 */
import { type TickReport } from '../core/dispatch/tick-report.js'
import { type Pause } from '../core/dispatch/tick-state.js'
import { type Mode } from '../core/schedule/schedule.js'
import { type UsageReport } from '../core/usage/usage.js'

/** What the views need besides the tick report. */
export interface TickFacts {
  report: TickReport
  mode: Mode
  usage: UsageReport
  paused: Record<string, Pause>
  newlyPaused: string[]
  requests: number
  dryRun: boolean
}

const REASON_TEXT: Record<string, string> = {
  overlap: 'a run is queued or in progress',
  'max-dispatches': 'max-dispatches reached: next tick',
  paused: 'paused after failed runs',
  budget: 'the quota or a budget is spent',
  missed: 'older than the catch-up window'
}

/** The outputs of `operation: dispatch`. */
export function dispatchOutputs(facts: TickFacts): Record<string, string> {
  const { report } = facts
  const dispatched = report.dispatched.map(d => ({
    workflow: d.workflow,
    path: d.path,
    due: d.due,
    occurrences: d.occurrences,
    runId: d.runId,
    url: d.url
  }))
  return {
    mode: facts.mode,
    status: facts.usage.status,
    dispatched: JSON.stringify(dispatched),
    skipped: JSON.stringify(report.skipped),
    report: JSON.stringify({
      operation: 'dispatch',
      ...report,
      mode: facts.mode,
      paused: facts.paused
    })
  }
}

/** A line for each paused workflow: since when, and the failed runs that paused it. */
export function pauseLines(paused: Record<string, Pause>): string[] {
  return Object.entries(paused).map(
    ([id, p]) =>
      `⏸️ ${id} is paused since ${p.since} after ${p.runs.length} failed runs in a row (${p.runs.map(r => `#${r}`).join(', ')}) — a successful run, or operation: resume with workflows: ${id}, resumes it`
  )
}

/** The log: one line per dispatch, skip and failure. */
export function dispatchLogLines(facts: TickFacts): string[] {
  const { report } = facts
  const would = facts.dryRun ? ' (dry run: would be)' : ''
  const interval = `(${report.from ?? 'catch-up window'}, ${report.to}]`
  if (report.dispatched.length + report.skipped.length + report.failed.length === 0)
    return [`nothing due in ${interval}`]
  return [
    `tick ${interval}, mode ${facts.mode}`,
    ...report.dispatched.map(
      d =>
        `dispatched${would} ${d.workflow} (${d.path}) for ${d.due} (${d.occurrences} occurrence${d.occurrences === 1 ? '' : 's'})${d.runId === null ? '' : `: run ${d.runId}${d.found ? ', found already made' : ''}`}`
    ),
    ...report.skipped.map(s => `skipped ${s.workflow} due ${s.due}: ${REASON_TEXT[s.reason]}`),
    ...report.failed.map(
      f => `not dispatched ${f.workflow}${f.retried ? ' (next tick tries again)' : ''}: ${f.error}`
    )
  ]
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** The job summary of a tick. */
export function dispatchSummary(facts: TickFacts): string {
  const { report } = facts
  const lines = [
    `## Dispatch tick${facts.dryRun ? ' (dry run)' : ''}`,
    '',
    `Interval (${report.from ?? 'catch-up window'}, ${report.to}], mode **${facts.mode}**, status **${facts.usage.status}**.`,
    ''
  ]
  const rows = [
    ...report.dispatched.map(
      d =>
        `| ${d.workflow} | ${d.due} | dispatched${d.runId === null ? '' : ` ([run ${d.runId}](${d.url ?? ''}))`} | ${d.occurrences} |`
    ),
    ...report.skipped.map(
      s => `| ${s.workflow} | ${s.due} | skipped: ${REASON_TEXT[s.reason]} | |`
    ),
    ...report.failed.map(f => `| ${f.workflow} | ${f.due} | not dispatched: ${cell(f.error)} | |`)
  ]
  if (rows.length === 0) lines.push('Nothing was due.')
  else lines.push('| Workflow | Due | What happened | Occurrences |', '|---|---|---|---|', ...rows)
  const pauses = pauseLines(facts.paused)
  if (pauses.length > 0) lines.push('', '### Paused', '', ...pauses.map(p => `- ${p}`))
  lines.push('', `GitHub API requests: ${facts.requests}`)
  return `${lines.join('\n')}\n`
}
