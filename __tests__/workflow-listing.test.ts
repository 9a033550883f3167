/**
 * Every workflow file of the base head through the ports (DESIGN §13, §14): the run's one GraphQL snapshot lists
 * `.github/workflows/` with each file's text, so the audit and the managed workflows' reads cost no call of their
 * own; without the snapshot, one directory listing and a read per file over REST.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { gitHubPorts } from '../src/adapters/github/github-repository.js'
import { STATE_PATH } from '../src/adapters/github/state-branch.js'
import { readWorkflowTexts } from '../src/use-cases/audit-workflows.js'
import { startGitHubFake, type GitHubFake } from '../__fixtures__/github-fake/index.js'

const FILES = {
  '.github/orchestrator.yml': 'workflows: {}\n',
  '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
  '.github/workflows/nightly.yaml': "on:\n  schedule:\n    - cron: '5 4 * * *'\njobs: {}\n",
  '.github/workflows/README.md': '# not a workflow\n',
  '.github/workflows/sub/nested.yml': 'on: push\njobs: {}\n',
  'src/index.ts': 'export {}\n'
}

let fake: GitHubFake

afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.close()
})

function ports(snapshot: boolean, threads = true) {
  const request = {
    base: '',
    configPath: '.github/orchestrator.yml',
    stateBranch: 'orchestrator-state',
    statePath: STATE_PATH,
    branch: 'orchestrator/schedules',
    label: 'orchestrator',
    threads
  }
  return gitHubPorts(
    { owner: fake.owner, repo: fake.repo },
    { token: 'ghp_test', baseUrl: fake.url, backoffMs: 1, writeSpacingMs: 0 },
    snapshot ? request : undefined
  )
}

const calls = () => fake.requests.map(r => `${r.method} ${r.path.replace(/\?.*/, '')}`)

describe('the workflow files of the base head', () => {
  it('come from the snapshot: one GraphQL query for the listing, the texts and the repository', async () => {
    fake = await startGitHubFake({ files: FILES })
    const github = ports(true)
    const info = await github.info()
    const head = (await github.branchHead(info.defaultBranch)) ?? ''
    expect(await github.listWorkflowFiles(head)).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/nightly.yaml'
    ])
    expect(await readWorkflowTexts(github, head)).toEqual({
      '.github/workflows/ci.yml': FILES['.github/workflows/ci.yml'],
      '.github/workflows/nightly.yaml': FILES['.github/workflows/nightly.yaml']
    })
    // A managed workflow's read is served too, and a file the folder does not hold is missing: no call.
    expect((await github.readFile('.github/workflows/ci.yml', head))?.text).toBe(
      FILES['.github/workflows/ci.yml']
    )
    expect(await github.readFile('.github/workflows/gone.yml', head)).toBeUndefined()
    expect(calls()).toEqual(['POST /graphql'])
    expect(info).toMatchObject({ public: true, pushedAt: expect.any(String) })
  })

  it('asks for no pull request or issue when the run needs none, so a read-only token does', async () => {
    fake = await startGitHubFake({
      files: FILES,
      tokens: {
        ghp_test: {
          ...{ workflows: false, pullRequests: false, issues: false, contents: false },
          unreadable: ['pullRequests', 'issues']
        }
      }
    })
    const github = ports(true, false)
    const head = (await github.branchHead('main')) ?? ''
    expect(Object.keys(await readWorkflowTexts(github, head))).toHaveLength(2)
    expect(calls()).toEqual(['POST /graphql'])
    const query = String((fake.requests[0]?.body as { query?: string }).query)
    expect(query).toContain('@include(if: $threads)')
  })

  it('are listed and read over REST without the snapshot, and none when the folder is absent', async () => {
    fake = await startGitHubFake({ files: FILES })
    const github = ports(false)
    const head = (await github.branchHead('main')) ?? ''
    expect(Object.keys(await readWorkflowTexts(github, head))).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/nightly.yaml'
    ])
    expect(calls().filter(c => c.includes('/contents/'))).toHaveLength(3)
    await fake.close()
    fake = await startGitHubFake({ files: { 'README.md': '# none\n' } })
    const bare = ports(false)
    expect(await bare.listWorkflowFiles((await bare.branchHead('main')) ?? '')).toEqual([])
    const snapshot = ports(true)
    expect(await snapshot.listWorkflowFiles((await snapshot.branchHead('main')) ?? '')).toEqual([])
  })
})
