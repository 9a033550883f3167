/** Pauses in the alert issue's words (DESIGN §12, §13): the Paused section a tick replaces in place, and the comments. */
import { describe, expect, it } from '@jest/globals'
import { type BudgetPause } from '../src/core/usage/budgets.js'
import { NOTHING_PAUSED, type Paused } from '../src/core/usage/paused.js'
import { ALERT_MARKER, recordedStatus } from '../src/reports/markdown.js'
import {
  alertTitle,
  changeComment,
  figureText,
  pausesSection,
  recordedUsageStatus,
  usagePartOf
} from '../src/reports/pause-report.js'
import { withPauses } from '../src/use-cases/pause-alert.js'

const pause: BudgetPause = {
  workflow: 'nightly',
  path: '.github/workflows/nightly.yml',
  reason: 'daily-budget',
  since: '2025-03-10T10:00:00.000Z',
  until: '2025-03-11T00:00:00.000Z',
  limit: 5,
  unit: 'dollars',
  figure: 5.2
}
const spent: Paused = { budget: [pause], failures: [] }

describe('the alert issue’s pauses', () => {
  it('words a figure in its unit', () => {
    expect([
      figureText(5.2, 'dollars'),
      figureText(1234.4, 'minutes'),
      figureText(12.5, 'usage'),
      figureText(1500, 'usage')
    ]).toEqual(['$5.20', '1,234 billable minutes', '12.50', '1,500'])
  })

  describe('when a run that read no usage replaces the section (a tick, a resume)', () => {
    const body = [
      '### ⚠️ WARNING',
      '',
      pausesSection(NOTHING_PAUSED),
      '',
      '| usage table |',
      '',
      ALERT_MARKER,
      '<!-- orchestrator-status: WARNING -->',
      '<!-- orchestrator-usage: WARNING -->'
    ].join('\n')

    it('puts the pauses in place of the old section and raises the status, the usage status kept', () => {
      const next = withPauses(body, spent, 'WARNING')
      expect(next).toContain(
        '🚨 **CRITICAL: the daily budget is spent: $5.20 of $5.00.** The managed workflows are paused until **2025-03-11T00:00:00.000Z**'
      )
      expect(next).toContain(
        '| nightly | `.github/workflows/nightly.yml` | daily budget spent | 2025-03-10T10:00:00.000Z | 2025-03-11T00:00:00.000Z |'
      )
      expect(next.split('| usage table |')).toHaveLength(2)
      expect([recordedStatus(next), recordedUsageStatus(next)]).toEqual(['CRITICAL', 'WARNING'])
      expect(withPauses(next, NOTHING_PAUSED, 'WARNING')).toBe(body)
    })

    it('adds the section above the marker of a body an older version wrote', () => {
      const old = `### ⚠️ WARNING\n\n${ALERT_MARKER}\n<!-- orchestrator-status: WARNING -->`
      const next = withPauses(old, spent, 'WARNING')
      expect(next.indexOf('### ⏸️ Paused')).toBeLessThan(next.indexOf(ALERT_MARKER))
      expect(recordedStatus(next)).toBe('CRITICAL')
    })
  })

  it('titles the pauses first and keeps the usage part for a run that has no usage', () => {
    const title = alertTitle('usage SAFE — 1.0% used, 40 of 1,500 projected', spent)
    expect(title).toBe(
      'Orchestrator: ⏸️ CRITICAL — daily budget is spent: $5.20 of $5.00, managed workflows paused until 2025-03-11T00:00:00.000Z · usage SAFE — 1.0% used, 40 of 1,500 projected'
    )
    expect(usagePartOf(title)).toBe('usage SAFE — 1.0% used, 40 of 1,500 projected')
    expect(alertTitle(usagePartOf(title), NOTHING_PAUSED)).toBe(
      'Orchestrator: usage SAFE — 1.0% used, 40 of 1,500 projected'
    )
  })

  it('comments what changed, grouped', () => {
    const base = { path: '', until: null }
    expect(
      changeComment([
        { ...base, workflow: 'a', reason: 'daily-budget', change: 'paused', until: pause.until },
        { ...base, workflow: 'b', reason: 'daily-budget', change: 'paused', until: pause.until },
        { ...base, workflow: 'c', reason: 'failures', change: 'resumed' },
        { ...base, workflow: 'd', reason: 'period-budget', change: 'resumed', byHand: true }
      ])
    ).toBe(
      [
        '⏸️ Paused until 2025-03-11T00:00:00.000Z (the daily budget is spent): a, b',
        '▶️ Resumed after a successful run: c',
        '▶️ Resumed by `operation: resume`: d'
      ].join('\n')
    )
  })
})
