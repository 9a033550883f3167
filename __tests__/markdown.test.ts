import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../src/core/schedule/config.js'
import { buildPlan, readCurrentWorkflows } from '../src/core/schedule/plan.js'
import { assessUsage } from '../src/core/usage/usage.js'
import { exampleFiles } from '../__fixtures__/example-repo.js'
import {
  ALERT_MARKER,
  BODY_LIMIT,
  fitBody,
  issueBody,
  jobSummary,
  pullRequestBody,
  recordedStatus
} from '../src/reports/markdown.js'

const files = exampleFiles()
const config = parseConfig(files['.github/orchestrator.yml'] as string, '.github/orchestrator.yml')
const now = new Date('2025-11-12T02:24:00Z')

function planAt(used: number) {
  const usage = assessUsage({ quota: 1500, used, resetDay: 1, now })
  const current = readCurrentWorkflows(config, new Map(Object.entries(files)))
  return buildPlan({ usage, config, current, now })
}

describe('markdown views of a plan', () => {
  describe('fitBody', () => {
    it('leaves a body under the limit as it is', () => expect(fitBody('a\nb\n', 10)).toBe('a\nb\n'))

    it('cuts a long body at a line boundary below the limit and says so', () => {
      const body = Array.from({ length: 20_000 }, (_, i) => `line ${i}`).join('\n')
      const cut = fitBody(body)
      expect(cut.length).toBeLessThan(BODY_LIMIT)
      expect(cut).toMatch(
        /line \d+\n\n_…cut to fit GitHub’s size limit; the full diff is in the job summary._\n$/
      )
      expect(body.startsWith(cut.slice(0, cut.indexOf('\n\n_…cut')))).toBe(true)
    })
  })

  describe('the pull request body', () => {
    const body = pullRequestBody(planAt(300))
    it('has one row per changed workflow with crons in words and runs per 30 days', () => {
      expect(body).toContain(
        '| learn-hn | `.github/workflows/learn-from-hackernews.yml` | `0 8 * * *` — At 08:00<br>`0 14 * * *` — At 14:00<br>`0 20 * * *` — At 20:00 | `0 */2 * * *` — On the hour, every 2 hours | 90 → 360 |'
      )
    })
    it('carries the hidden marker', () =>
      expect(body).toContain('<!-- dynamic-workflow-orchestrator:schedules -->'))
  })

  describe('the alert issue body', () => {
    it('records the status for the next run to compare', () => {
      const body = issueBody(planAt(1600))
      expect([body.includes(ALERT_MARKER), recordedStatus(body)]).toEqual([true, 'CRITICAL'])
    })
  })

  describe('the job summary', () => {
    it('says how many API requests the run made and links the pull request', () => {
      const summary = jobSummary(planAt(300), {
        dryRun: false,
        pullRequest: {
          number: 7,
          url: 'https://github.com/o/r/pull/7',
          title: 'T',
          body: '',
          labels: [],
          createdAt: '2025-11-01T00:00:00Z'
        },
        pullRequestOperation: 'updated',
        issueOperation: 'none',
        requests: 19
      })
      expect(summary).toContain('- Pull request: [#7 T](https://github.com/o/r/pull/7) — updated')
      expect(summary).toContain('- GitHub API requests made: 19')
      expect(summary).not.toContain('Would-be')
    })
  })
})
