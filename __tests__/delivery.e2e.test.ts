/**
 * Input `delivery` through the bundled action (dist/index.js) against the GitHub fake: what a runner's log, summary
 * and outputs show for a direct commit, for auto-merge on and refused, and for branch protection refusing a commit.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { exampleFiles } from '../__fixtures__/example-repo.js'
import {
  startGitHubFake,
  type FakeOptions,
  type GitHubFake
} from '../__fixtures__/github-fake/index.js'
import { runAction, type ActionRun } from '../__fixtures__/run-action.js'

let fake: GitHubFake

afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.close()
})

async function action(options: FakeOptions, inputs: Record<string, string>): Promise<ActionRun> {
  fake = await startGitHubFake({ files: exampleFiles(), ...options })
  return runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    inputs: { token: 'ghp_workflow_pat', used: '1600', ...inputs }
  })
}

describe('delivery (dist/index.js against the GitHub fake)', () => {
  it('direct: commits to main and says so in the summary, with no pull request', async () => {
    const run = await action({}, { delivery: 'direct' })
    expect(run.code).toBe(0)
    const [head] = fake.commitsOn('main')
    expect(head?.message).toMatch(/^orchestrator: conservative schedule for /)
    expect(run.summary).toContain(`- Committed directly to the base branch: \`${head?.sha}\``)
    expect(run.outputs['pull-request-operation']).toBe('none')
    expect(fake.pulls()).toEqual([])
  })

  it('direct on a protected main: fails naming the protection, main and the branches untouched', async () => {
    const run = await action({ protectedBranches: ['main'] }, { delivery: 'direct' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::')
    expect(run.stdout).toContain('use delivery: auto-merge or pull-request')
    expect(fake.commitsOn('main').map(c => c.message)).toEqual(['Initial commit'])
    expect(fake.branches()).toEqual(['main'])
  })

  it('auto-merge: turns it on for the pull request', async () => {
    const run = await action({ allowAutoMerge: true }, { delivery: 'auto-merge' })
    expect(run.code).toBe(0)
    expect(fake.autoMerges()).toEqual([expect.objectContaining({ number: 1 })])
    expect(run.summary).toContain('- Auto-merge: on for #1')
  })

  it('auto-merge refused: the run succeeds with a warning naming the setting, the pull request open', async () => {
    const run = await action({ allowAutoMerge: false }, { delivery: 'auto-merge' })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('::warning::Auto-merge was not turned on: ')
    expect(run.stdout).toContain(
      "enable 'Allow auto-merge' under Settings → General → Pull Requests"
    )
    expect(fake.pulls().map(p => p.state)).toEqual(['open'])
  })
})
