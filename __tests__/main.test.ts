import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { exampleFiles } from '../__fixtures__/example-repo.js'
import { fakeCore, failures, outputs, resetCore, summaries } from '../__fixtures__/core.js'
import { startGitHubFake, type GitHubFake } from '../__fixtures__/github-fake/index.js'

jest.unstable_mockModule('@actions/core', () => fakeCore)
const { run } = await import('../src/main.js')

const DEFAULTS = {
  token: 't',
  quota: '1500',
  'reset-day': '1',
  mode: 'auto',
  'dry-run': 'false',
  branch: 'orchestrator/schedules',
  'state-branch': 'orchestrator-state',
  labels: 'orchestrator',
  config: '.github/orchestrator.yml'
}

let fake: GitHubFake | undefined

async function runAgainstFake(inputs: Record<string, string>) {
  fake = await startGitHubFake({ files: exampleFiles() })
  resetCore({ ...DEFAULTS, ...inputs })
  process.env.GITHUB_REPOSITORY = `${fake.owner}/${fake.repo}`
  process.env.GITHUB_API_URL = fake.url
  process.env.ORCHESTRATOR_NOW = '2025-11-12T02:24:00Z'
  process.env.ORCHESTRATOR_BACKOFF_MS = '1'
  process.env.ORCHESTRATOR_WRITE_SPACING_MS = '0'
  await run()
  return fake
}

afterEach(async () => {
  expect(fake?.violations).toEqual([])
  await fake?.close()
})

describe('run()', () => {
  it('sets every output of action.yml once and writes the job summary', async () => {
    await runAgainstFake({ used: '300' })
    expect(failures).toEqual([])
    expect(Object.keys(outputs).sort()).toEqual(
      [
        'billable-minutes',
        'burn-rate',
        'changed-workflows',
        'cost',
        'days-until-reset',
        'issue-number',
        'issue-url',
        'mode',
        'mode-in-force',
        'paused',
        'projected-usage',
        'pull-request-number',
        'pull-request-operation',
        'pull-request-url',
        'report',
        'reset-date',
        'status',
        'usage-percent'
      ].sort()
    )
    expect([outputs['burn-rate'], outputs['projected-usage'], outputs['reset-date']]).toEqual([
      '27.03',
      '810.8',
      '2025-12-01'
    ])
    expect(summaries).toHaveLength(1)
    expect(summaries[0]).toContain(
      '| Mode | 🚀 **aggressive** — pace 0.54 is below 0.7: quota to spare |'
    )
  })

  it('takes the policy input over the config and shows it in the summary', async () => {
    await runAgainstFake({ used: '300', policy: 'target' })
    expect(failures).toEqual([])
    expect(JSON.parse(outputs.report ?? '{}').policy.name).toBe('target')
    expect(summaries[0]).toContain(
      '| Policy | target (95% of the quota by the reset; up to the quota as the projection firms up) |'
    )
  })

  it('is the one place that fails the step, with the input named, before any request', async () => {
    const github = await runAgainstFake({ used: 'three hundred' })
    expect(failures).toEqual([
      "Invalid action inputs: input 'used' must be a number ≥ 0, got 'three hundred'"
    ])
    expect(outputs).toEqual({})
    expect(github.requests).toEqual([])
  })
})
