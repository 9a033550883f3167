/** The CLI's `analyze` output: the window, the per-workflow table, each mode's cost and the notes, for a terminal. */
import { type Analytics } from '../core/runs/analytics.js'
import { analyticsNotes, analyticsTable, costPerModeTable } from './analytics-markdown.js'

function minute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** What `analyze` prints without --json. */
export function renderAnalytics(analytics: Analytics, days: number): string {
  const { from, to } = analytics.window
  const modes = costPerModeTable(analytics)
  const notes = analyticsNotes(analytics)
  const lines = [
    `Runs created from ${minute(from)} to ${minute(to)} (${days} days)`,
    '',
    analyticsTable(analytics),
    ...(modes
      ? [
          '',
          'Cost of each mode for the next 30 days (mean minutes and dollars per run):',
          '',
          modes
        ]
      : []),
    ...(notes.length > 0 ? ['', ...notes.map(n => `- ${n}`)] : [])
  ]
  return `${lines.join('\n')}\n`
}
