/**
 * The views of the recommendations (DESIGN §11): the seed's text report, the markdown of the job summary and the
 * pull request body (only what the pull request changes), and the JSON report's `recommendations` key.
 */
import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_RECOMMEND_THRESHOLDS,
  type Recommendation,
  type Recommendations
} from '../src/core/forecast/recommend.js'
import { recommendationsJson } from '../src/reports/recommendations-json.js'
import { recommendationsMarkdown } from '../src/reports/recommendations-markdown.js'
import { renderRecommendations } from '../src/reports/recommendations-text.js'

const NOW = new Date('2024-03-01T00:00:00Z')

function recommendation(id: string, over: Partial<Recommendation> = {}): Recommendation {
  return {
    id,
    path: `.github/workflows/${id}.yml`,
    current: [{ cron: '0 */6 * * *' }],
    recommended: [{ cron: '17 */8 * * *' }],
    changed: true,
    expectedDuration: { predicted: 245, low: 200.04, high: 310.26 },
    successRate: { mean: 0.95123, low: 0.9, high: 0.98 },
    runs: 40,
    runsPer30Days: 90,
    minutesPer30Days: 450.456,
    minutesBasis: 'jobs',
    impact: 'medium',
    confidence: 0.87,
    action: 'APPLY',
    ...over
  }
}

/** Three workflows: one to apply, one unchanged under review, one new one needing more data; two conflicts. */
function sample(): Recommendations {
  return {
    now: NOW,
    mode: 'normal',
    thresholds: DEFAULT_RECOMMEND_THRESHOLDS,
    workflows: [
      recommendation('learn-from-tldr'),
      recommendation('nightly', {
        current: [{ cron: '5 3 * * *', timezone: 'Europe/Berlin' }],
        recommended: [{ cron: '5 3 * * *', timezone: 'Europe/Berlin' }],
        changed: false,
        confidence: 0.6,
        action: 'REVIEW'
      }),
      recommendation('fresh', {
        expectedDuration: null,
        successRate: null,
        runs: 0,
        minutesPer30Days: null,
        minutesBasis: null,
        impact: null,
        confidence: 0,
        action: 'MORE DATA'
      })
    ],
    conflicts: [
      {
        kind: 'overlap',
        workflows: ['learn-from-tldr', 'nightly'],
        detail: { windows: 3, first: new Date('2024-03-01T03:05:00Z') }
      },
      {
        kind: 'outlasts-interval',
        workflows: ['nightly'],
        detail: { p90: 4000.04, shortestGap: 3600 }
      }
    ]
  }
}

describe('the text report', () => {
  const text = renderRecommendations(sample())

  it("groups the workflows by action in the seed's words", () => {
    expect(text).toContain(
      [
        '🎯 High Confidence Recommendations (1):',
        'Workflow: learn-from-tldr (.github/workflows/learn-from-tldr.yml)',
        '  Current: 0 */6 * * *',
        '  Recommended: 17 */8 * * *',
        '  Confidence: 87% (40 successful runs learned)',
        '  Expected Duration: 4m 5s (80%: 3m 20s–5m 10s)',
        '  Success Rate: 95% (90–98%)',
        '  Resource Impact: Medium (450 billable minutes / 30 days), 90 runs / 30 days',
        '  Recommendation: APPLY'
      ].join('\n')
    )
    expect(text).toContain('🔍 Needs Review (1):\nWorkflow: nightly')
    expect(text).toContain('  Recommended: unchanged')
    expect(text).toContain('⏳ More Data Needed (1):\nWorkflow: fresh')
    expect(text).toContain(
      '  Expected Duration: –\n  Success Rate: –\n  Resource Impact: –, 90 runs'
    )
  })

  it('lists the conflicts and sums up the actions with their confidence ranges', () => {
    expect(text).toContain(
      '⚠️ Conflicts (2):\n' +
        '  - learn-from-tldr and nightly overlap: 3 pairs of runs in the next 7 days, each run lasting its p90 duration, the first at 2024-03-01 03:05 UTC\n' +
        '  - nightly runs for up to 1h 6m (p90) but starts every 1h 0m at the shortest: a run is still going when the next one is due'
    )
    expect(text).toContain(
      '💡 Recommendations Summary:\n' +
        '  Ready to Apply (>70% confidence): 1\n' +
        '  Needs Review (50–70% confidence): 1\n' +
        '  More Data Needed (<50% confidence): 1'
    )
    expect(text).toContain('  Managed Workflows: 3\n  Mode: 🎯 normal\n  Schedules That Change: 2')
  })
})

describe('the markdown', () => {
  it('has one row per workflow and the conflicts', () => {
    const md = recommendationsMarkdown(sample())
    expect(md).toContain('### Recommendations (normal mode)')
    expect(md).toContain(
      '| `learn-from-tldr` | `0 */6 * * *` | `17 */8 * * *` | 4m 5s (80%: 3m 20s–5m 10s) | 95% (90–98%) | Medium (450 billable minutes / 30 days) | 87% | ✅ APPLY |'
    )
    expect(md).toContain(
      '| `nightly` | `5 3 * * *` (Europe/Berlin) | _unchanged_ | 4m 5s (80%: 3m 20s–5m 10s) | 95% (90–98%) | Medium (450 billable minutes / 30 days) | 60% | 🔍 REVIEW |'
    )
    expect(md).toContain(
      '| `fresh` | `0 */6 * * *` | `17 */8 * * *` | – | – | – | 0% | ⏳ MORE DATA |'
    )
    expect(md).toContain('- `nightly` runs for up to 1h 6m (p90)')
  })

  describe('for the pull request (onlyChanged)', () => {
    it('keeps the workflows it changes and the conflicts that involve one of them', () => {
      const md = recommendationsMarkdown(sample(), { onlyChanged: true })
      expect(md).toContain('| `learn-from-tldr` |')
      expect(md).toContain('| `fresh` |')
      expect(md).not.toContain('| `nightly` |')
      expect(md).toContain('- `learn-from-tldr` and `nightly` overlap')
      expect(md).not.toContain('runs for up to')
    })

    it('is empty when no schedule changes', () => {
      const unchanged = sample()
      unchanged.workflows = unchanged.workflows.map(w => ({ ...w, changed: false }))
      expect(recommendationsMarkdown(unchanged, { onlyChanged: true })).toBe('')
    })
  })

  it('marks minutes estimated from the duration, and says when nothing conflicts', () => {
    const r = sample()
    r.workflows = [recommendation('a', { minutesBasis: 'duration' })]
    r.conflicts = []
    const md = recommendationsMarkdown(r)
    expect(md).toContain('Medium (≈450 billable minutes / 30 days)')
    expect(md).toContain('**Conflicts:** none.')
  })
})

describe('the JSON', () => {
  it('is {recommendations: {now, mode, thresholds, workflows, conflicts}}, rounded, crons as the config writes them', () => {
    const json = recommendationsJson(sample())
    expect(Object.keys(json.recommendations)).toEqual([
      'now',
      'mode',
      'thresholds',
      'workflows',
      'conflicts'
    ])
    expect(json.recommendations.now).toBe('2024-03-01T00:00:00.000Z')
    expect(json.recommendations.thresholds).toEqual({
      apply: 0.7,
      review: 0.5,
      medium: 100,
      high: 1000
    })
    expect(json.recommendations.workflows[0]).toEqual({
      id: 'learn-from-tldr',
      path: '.github/workflows/learn-from-tldr.yml',
      current: ['0 */6 * * *'],
      recommended: ['17 */8 * * *'],
      changed: true,
      expectedDuration: { predicted: 245, low: 200, high: 310.3 },
      successRate: { mean: 0.9512, low: 0.9, high: 0.98 },
      runs: 40,
      runsPer30Days: 90,
      minutesPer30Days: 450.46,
      minutesBasis: 'jobs',
      impact: 'medium',
      confidence: 0.87,
      action: 'APPLY'
    })
    expect(json.recommendations.workflows[1]?.current).toEqual([
      { cron: '5 3 * * *', timezone: 'Europe/Berlin' }
    ])
    expect(json.recommendations.workflows[2]).toMatchObject({
      expectedDuration: null,
      successRate: null,
      impact: null,
      action: 'MORE DATA'
    })
    expect(json.recommendations.conflicts).toEqual([
      {
        kind: 'overlap',
        workflows: ['learn-from-tldr', 'nightly'],
        detail: { windows: 3, first: '2024-03-01T03:05:00.000Z' }
      },
      {
        kind: 'outlasts-interval',
        workflows: ['nightly'],
        detail: { p90: 4000, shortestGap: 3600 }
      }
    ])
  })
})
