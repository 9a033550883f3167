import { describe, expect, it, test } from '@jest/globals'
import { ValidationError } from '../src/core/errors.js'
import { analyzeRuns } from '../src/core/runs/analytics.js'
import { parseConfig } from '../src/core/schedule/config.js'

const FILE = '.github/orchestrator.yml'
const WORKFLOWS = `workflows:
  nightly:
    path: .github/workflows/nightly.yml
    schedules: { aggressive: '3 6 * * *', normal: '3 6 * * *', conservative: '3 6 * * 1' }
`

function problemsOf(text: string): readonly string[] {
  try {
    parseConfig(text, FILE)
  } catch (error) {
    if (error instanceof ValidationError) return error.problems
    throw error
  }
  throw new Error('expected the config to be refused')
}

describe('the config’s prices', () => {
  describe('when absent', () => {
    it('leaves GitHub’s list as it is', () => {
      expect(parseConfig(WORKFLOWS, FILE).prices).toBeUndefined()
    })
  })

  describe('when given', () => {
    it('reads dollars per minute by runner SKU, larger runners of any size included', () => {
      const config = parseConfig(
        `${WORKFLOWS}prices:\n  linux: 0.005\n  macos_xl: 0.09\n  linux_12_core: 0.03\n  self_hosted: 0.001\n`,
        FILE
      )
      expect(config.prices).toEqual({
        linux: 0.005,
        macos_xl: 0.09,
        linux_12_core: 0.03,
        self_hosted: 0.001
      })
    })

    it('prices the jobs of the analytics with them, over GitHub’s', () => {
      const config = parseConfig(`${WORKFLOWS}prices: { linux: 0.01 }\n`, FILE)
      const run = {
        id: 1,
        workflowId: 7,
        attempt: 1,
        event: 'schedule',
        branch: 'main',
        status: 'completed',
        conclusion: 'success',
        createdAt: '2024-03-01T06:03:00Z',
        startedAt: '2024-03-01T06:03:05Z',
        updatedAt: '2024-03-01T06:10:00Z'
      }
      const job = (id: number, labels: string[]) => ({
        id,
        runId: 1,
        attempt: 1,
        name: `job ${id}`,
        labels,
        conclusion: 'success',
        startedAt: '2024-03-01T06:03:10Z',
        completedAt: '2024-03-01T06:05:11Z'
      })
      const analytics = analyzeRuns({
        api: {
          workflows: [{ id: 7, path: '.github/workflows/nightly.yml', name: 'n', state: 'active' }],
          runs: [run],
          jobs: [job(1, ['ubuntu-latest']), job(2, ['windows-latest'])]
        },
        now: new Date('2024-03-02T00:00:00Z'),
        ...(config.prices ? { prices: config.prices } : {})
      })
      // Each job 2 min 1 s → 3 minutes: linux at the config's $0.01, windows at GitHub's $0.010, ×2 in minutes.
      expect(analytics.totals).toEqual({ runs: 1, billableMinutes: 3 + 6, cost: 0.06 })
    })
  })

  describe('when wrong', () => {
    test.each([
      [
        'a list',
        'prices: [0.006]',
        `${FILE}: prices (line 5): must be a map of runner SKU to dollars per minute, e.g. { linux: 0.006, macos: 0.062 }, got [0.006]`
      ],
      [
        'an unknown SKU',
        'prices:\n  ubuntu-latest: 0.006',
        `${FILE}: prices.ubuntu-latest (line 6): 'ubuntu-latest' is not a runner SKU — use GitHub's names, e.g. linux, windows, macos, linux_4_core, macos_xl`
      ],
      [
        'a negative price',
        'prices:\n  linux: -1',
        `${FILE}: prices.linux (line 6): must be dollars per minute, a number ≥ 0 (GitHub's is 0.006), got -1`
      ],
      [
        'a price in text',
        "prices:\n  linux_4_core: '$0.012'",
        `${FILE}: prices.linux_4_core (line 6): must be dollars per minute, a number ≥ 0 (GitHub's is 0.012), got "$0.012"`
      ]
    ])('names the key and the fix for %s', (_name, yaml, problem) => {
      expect(problemsOf(`${WORKFLOWS}${yaml}\n`)).toEqual([problem])
    })
  })
})
