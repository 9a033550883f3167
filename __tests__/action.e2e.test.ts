import { afterAll, afterEach, describe, expect, it, test } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { exampleFiles } from '../__fixtures__/example-repo.js'
import {
  startGitHubFake,
  type FakeOptions,
  type GitHubFake
} from '../__fixtures__/github-fake/index.js'
import { runAction, type ActionRun } from '../__fixtures__/run-action.js'
import { locateSchedule } from '../src/core/schedule/schedule-editor.js'

const FILES = exampleFiles()
const BRANCH = 'orchestrator/schedules'
const STATE = 'orchestrator-state'
const TOKEN = 'ghp_workflow_pat'
const WORKFLOWS = Object.keys(FILES).filter(p => p.startsWith('.github/workflows/'))

let fake: GitHubFake
let validated = 0
let requestsSeen = 0

async function start(options: FakeOptions = {}): Promise<GitHubFake> {
  fake = await startGitHubFake({ files: FILES, ...options })
  return fake
}

function action(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    inputs: { token: TOKEN, ...inputs }
  })
}

/** A GraphQL query reads; only a mutation writes. */
const isWrite = (r: GitHubFake['requests'][number]) =>
  r.path === '/graphql'
    ? /^\s*mutation\b/.test(String((r.body as { query?: string } | undefined)?.query))
    : r.method !== 'GET'
const writes = () => fake.requests.filter(r => isWrite(r) && !r.injectedFault)
const openPulls = () => fake.pulls().filter(p => p.state === 'open')
const openIssues = () => fake.issues().filter(i => i.state === 'open')

/** The text outside the cron scalars, which must survive byte for byte. */
function outsideCrons(text: string, path: string): string[] {
  const { cronRanges, sequenceRange } = locateSchedule(text, path)
  if (cronRanges.length === 0) return [text]
  const before = text.slice(0, sequenceRange[0])
  const after = text.slice(sequenceRange[1])
  return [before, after]
}

afterEach(async () => {
  expect(fake.violations).toEqual([])
  validated += fake.validatedCount
  requestsSeen += fake.requests.length
  await fake.close()
})

afterAll(() => {
  console.log(
    `GitHub fake: ${requestsSeen} requests from the bundle, ${validated} requests and responses validated against @octokit/openapi`
  )
})

describe('the bundled action (dist/index.js) against the GitHub fake', () => {
  describe('a first run with quota to spare', () => {
    it('opens one pull request with byte-exact edits and the outputs a later step needs', async () => {
      await start()
      const run = await action({ used: '10' })
      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({
        mode: 'aggressive',
        status: 'SAFE',
        'pull-request-operation': 'created',
        'pull-request-number': '1',
        'issue-number': ''
      })
      expect(JSON.parse(run.outputs['changed-workflows'] ?? '')).toHaveLength(6)
      expect(openPulls()).toEqual([
        expect.objectContaining({
          head: BRANCH,
          base: 'main',
          labels: ['orchestrator'],
          title: 'Orchestrator: aggressive schedules for 6 workflows'
        })
      ])
      for (const path of WORKFLOWS) {
        const after = fake.fileAt(BRANCH, path) as string
        expect(outsideCrons(after, path)).toEqual(outsideCrons(FILES[path] as string, path))
      }
      expect(fake.fileAt(BRANCH, '.github/workflows/learn-from-tldr.yml')).toBe(
        (FILES['.github/workflows/learn-from-tldr.yml'] as string).replace(
          "- cron: '0 8,20 * * *'",
          "- cron: '0 */3 * * *'"
        )
      )
      expect(run.summary).toContain('GitHub API requests made: ')
      expect(fake.branches().sort()).toEqual(['main', BRANCH, STATE].sort())
    })
  })

  describe('a second identical run', () => {
    it('writes nothing: same pull request, no new commit, no label or body patch, no state rewrite', async () => {
      await start()
      await action({ used: '10' })
      const head = fake.branchHead(BRANCH)
      const stateHead = fake.branchHead(STATE)
      const before = fake.requests.length
      const run = await action({ used: '10' })
      expect(run.outputs['pull-request-operation']).toBe('none')
      expect(fake.branchHead(BRANCH)).toBe(head)
      expect(fake.branchHead(STATE)).toBe(stateHead)
      expect(fake.pulls()).toHaveLength(1)
      expect(fake.requests.slice(before).filter(isWrite)).toEqual([])
    })
  })

  describe('as usage climbs and falls', () => {
    it('moves to conservative, updates the PR, opens then updates one alert issue, and closes it when safe', async () => {
      await start()
      await action({ used: '10', 'reset-day': '1' })
      const high = await action({ used: '1480', quota: '1500' })
      expect(high.outputs).toMatchObject({
        mode: 'conservative',
        status: 'CRITICAL',
        'pull-request-operation': 'updated',
        'pull-request-number': '1'
      })
      expect(fake.pulls()[0]?.title).toBe('Orchestrator: conservative schedules for 6 workflows')
      expect(openIssues()).toHaveLength(1)
      expect(openIssues()[0]?.labels).toEqual(['orchestrator'])
      expect(high.outputs['issue-number']).toBe(String(openIssues()[0]?.number))

      const again = await action({ used: '1490', quota: '1500' })
      expect(again.outputs['issue-number']).toBe(high.outputs['issue-number'])
      expect(fake.issues()).toHaveLength(1)

      const safe = await action({ used: '0', quota: '1500', mode: 'conservative' })
      expect(safe.outputs.status).toBe('SAFE')
      expect(fake.issues()[0]?.state).toBe('closed')
      expect(fake.issues()[0]?.comments.at(-1)).toMatch(/^✅ Usage is back to SAFE/)
    })

    it('comments on the alert issue when the status worsens', async () => {
      await start()
      await action({ used: '520', quota: '1500', mode: 'conservative' })
      expect(fake.issues()[0]?.body).toContain('<!-- orchestrator-status: WARNING -->')
      await action({ used: '1600', quota: '1500', mode: 'conservative' })
      expect(fake.issues()).toHaveLength(1)
      expect(
        fake.issues()[0]?.comments.some(c => c.startsWith('🚨 Status worsened to **CRITICAL**'))
      ).toBe(true)
    })
  })

  describe('when the base already has the crons', () => {
    it('closes the pull request with a comment and deletes the branch', async () => {
      await start()
      await action({ used: '10' })
      for (const path of WORKFLOWS)
        fake.writeFile('main', path, fake.fileAt(BRANCH, path) as string, 'Merge schedules')
      const run = await action({ used: '10' })
      expect(run.outputs['pull-request-operation']).toBe('closed')
      expect(fake.pulls()[0]?.state).toBe('closed')
      expect(fake.pulls()[0]?.comments).toHaveLength(1)
      expect(fake.branches()).not.toContain(BRANCH)
    })
  })

  describe('failures a user meets', () => {
    test.each<[string, 'app' | 'pat']>([
      ['an app token (GITHUB_TOKEN)', 'app'],
      ['a classic PAT without the workflow scope', 'pat']
    ])('%s: fails naming the fix and leaves no branch or pull request', async (_name, kind) => {
      await start({ tokens: { [TOKEN]: { workflows: false, kind } } })
      const run = await action({ used: '10' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        'GITHUB_TOKEN cannot create or update files under .github/workflows/'
      )
      expect(run.stdout).toContain('secrets.COPILOT_PAT')
      expect(fake.branches()).toEqual(['main'])
      expect(fake.pulls()).toEqual([])
    })

    it('names the setting when Actions may not create pull requests, and deletes the branch', async () => {
      await start({ tokens: { [TOKEN]: { workflows: true, canCreatePullRequests: false } } })
      const run = await action({ used: '10', 'state-branch': '' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('Allow GitHub Actions to create and approve pull requests')
      expect(fake.branches()).toEqual(['main'])
    })

    it('names the missing pull-requests permission and leaves no branch', async () => {
      await start({ tokens: { [TOKEN]: { workflows: true, pullRequests: false } } })
      const run = await action({ used: '10' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('grant `pull-requests: write`')
      expect(fake.branches()).toEqual(['main'])
      expect(fake.pulls()).toEqual([])
    })

    it('makes the pull request and warns, naming the missing issues permission, when the alert cannot be opened', async () => {
      await start({ tokens: { [TOKEN]: { workflows: true, issues: false } } })
      const run = await action({ used: '1600', 'state-branch': '' })
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('::warning::The alert issue could not be written')
      expect(run.stdout).toContain('grant `issues: write`')
      expect(run.outputs).toMatchObject({ status: 'CRITICAL', 'pull-request-operation': 'created' })
      expect(fake.pulls()).toHaveLength(1)
      expect(fake.issues()).toEqual([])
    })

    describe('when issues are disabled and the usage is CRITICAL', () => {
      it('still makes the conservative pull request and sets the outputs, with a warning', async () => {
        await start({ issuesEnabled: false })
        const run = await action({ used: '1600' })
        expect(run.code).toBe(0)
        expect(run.outputs).toMatchObject({ mode: 'conservative', status: 'CRITICAL' })
        expect(run.stdout).toContain(
          '::warning::The alert issue could not be written: issues are disabled'
        )
        expect(fake.pulls()).toHaveLength(1)
        expect(run.summary).toContain('Alert issue not written: issues are disabled')
      })

      it('fails the step after the pull request with fail-on-alert-error: true', async () => {
        await start({ issuesEnabled: false })
        const run = await action({ used: '1600', 'fail-on-alert-error': 'true' })
        expect(run.code).toBe(1)
        expect(run.stdout).toContain(
          '::error::The alert issue could not be written: issues are disabled'
        )
        expect(fake.pulls()).toHaveLength(1)
        expect(run.outputs.status).toBe('CRITICAL')
      })
    })

    it('refuses to use the base branch as the schedule branch, before any write', async () => {
      await start()
      const run = await action({ used: '10', branch: 'main' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain("input 'branch' is the base branch 'main'")
      expect(writes()).toEqual([])
    })

    it('names a missing config file', async () => {
      await start({ files: { 'README.md': '# empty\n' } })
      const run = await action({ used: '10' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('.github/orchestrator.yml not found')
      expect(writes()).toEqual([])
    })

    it('names a missing managed workflow', async () => {
      const files = { ...FILES }
      delete files['.github/workflows/agent-spawner.yml']
      await start({ files })
      const run = await action({ used: '10' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('.github/workflows/agent-spawner.yml: file not found')
      expect(writes()).toEqual([])
    })

    test.each([
      [{ quota: 'lots' }, "input 'quota' must be a number above 0, got 'lots'"],
      [{ used: '-1' }, "input 'used' must be a number ≥ 0, got '-1'"],
      [
        { 'reset-day': '32' },
        "input 'reset-day' must be a whole day of the month from 1 to 31, got '32'"
      ],
      [
        { mode: 'turbo' },
        "input 'mode' must be one of auto, aggressive, normal, conservative, got 'turbo'"
      ],
      [{ 'dry-run': 'maybe' }, "input 'dry-run' must be true or false, got 'maybe'"]
    ])('bad input %j exits non-zero before any API call', async (inputs, message) => {
      await start()
      const run = await action({ used: '10', ...inputs })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(`::error::Invalid action inputs: ${message}`)
      expect(fake.requests).toEqual([])
    })

    it('names `used` when it is empty and the state has no sample', async () => {
      await start()
      const run = await action({})
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        "input 'used' is empty and the state has no usage sample for the current period"
      )
      expect(writes()).toEqual([])
    })
  })

  describe('dry run', () => {
    it('reads, reports the would-be pull request and issue, and writes nothing', async () => {
      await start()
      const run = await action({ used: '1600', 'dry-run': 'true' })
      expect(run.code).toBe(0)
      expect(writes()).toEqual([])
      expect(run.summary).toContain('dry run: nothing written')
      expect(run.summary).toContain(
        'Would-be pull request: Orchestrator: conservative schedules for 6 workflows'
      )
      expect(run.summary).toContain('Would-be alert issue')
      expect(run.outputs['pull-request-operation']).toBe('created')
    })
  })

  describe('state', () => {
    it('records the sample and the change on the state branch, and takes `used` from it next time', async () => {
      await start()
      await action({ used: '10' })
      const state = JSON.parse(fake.fileAt(STATE, 'orchestrator/state.json') as string)
      expect(state.samples).toEqual([{ at: expect.any(String), used: 10 }])
      expect(state.changes.map((c: { workflow: string }) => c.workflow)).toHaveLength(6)
      const run = await action({ used: '' })
      expect(run.code).toBe(0)
      expect(JSON.parse(run.outputs.report ?? '{}').usage.used).toBe(10)
    })
  })

  describe('under faults', () => {
    async function endState() {
      return {
        files: WORKFLOWS.map(p => fake.fileAt(BRANCH, p)),
        pulls: fake.pulls().map(p => [p.state, p.title, p.labels]),
        issues: fake.issues().map(i => [i.state, i.labels]),
        base: WORKFLOWS.map(p => fake.fileAt('main', p)),
        samples: JSON.parse(
          fake.fileAt(STATE, 'orchestrator/state.json') ?? '{"samples":[]}'
        ).samples.map((s: { used: number }) => s.used)
      }
    }

    async function converge(inputs: Record<string, string>, attempts = 4): Promise<ActionRun> {
      let run = await action(inputs)
      for (let i = 1; i < attempts && run.code !== 0; i++) run = await action(inputs)
      return run
    }

    it('reaches the same end state with 30% random 502s', async () => {
      await start()
      await action({ used: '1600' })
      const clean = await endState()
      await fake.close()
      await start({ faults: { seed: 7, serverErrorRate: 0.3 } })
      const run = await converge({ used: '1600' })
      expect(run.code).toBe(0)
      expect(fake.requests.some(r => r.injectedFault)).toBe(true)
      expect(await endState()).toEqual(clean)
    })

    it('reaches the same end state with forced 409s on content and state writes', async () => {
      await start({ faults: { seed: 1, conflictsOnPut: 3 } })
      const run = await action({ used: '1600' })
      expect(run.code).toBe(0)
      expect(fake.requests.filter(r => r.status === 409)).toHaveLength(3)
      expect(openPulls()).toHaveLength(1)
      expect(
        JSON.parse(fake.fileAt(STATE, 'orchestrator/state.json') as string).samples
      ).toHaveLength(1)
    })

    describe('when GitHub applies a write but answers with an error (DESIGN §14)', () => {
      it('opens one alert issue when the issue create is applied but answered with a 502', async () => {
        await start({
          faults: { seed: 5, appliedThenErrorRate: 1, operations: ['issues/create'] }
        })
        await converge({ used: '1600' })
        expect(fake.requests.some(r => r.injectedFault === 'applied-then-error')).toBe(true)
        expect(openIssues()).toHaveLength(1)
      })

      it('keeps one pull request when the PR create is applied but answered with a 502', async () => {
        await start({ faults: { seed: 5, appliedThenErrorRate: 1, operations: ['pulls/create'] } })
        await converge({ used: '10' })
        expect(openPulls()).toHaveLength(1)
      })
    })

    it('folds duplicate alert issues left by earlier runs into the oldest, with a link', async () => {
      await start()
      await action({ used: '1600' })
      const person = new Octokit({ auth: TOKEN, baseUrl: fake.url })
      const [first] = openIssues()
      await person.issues.create({
        owner: fake.owner,
        repo: fake.repo,
        title: 'copy',
        body: first?.body ?? '',
        labels: ['orchestrator']
      })
      expect(openIssues()).toHaveLength(2)
      const run = await action({ used: '1650' })
      expect(run.code).toBe(0)
      expect(openIssues().map(i => i.number)).toEqual([first?.number])
      expect(
        fake
          .issues()
          .find(i => i.state === 'closed')
          ?.comments.at(-1)
      ).toContain(`Duplicate of #${first?.number}`)
    })

    it('writes every changed workflow in one commit, so the branch never mixes two runs', async () => {
      await start()
      const run = await action({ used: '10' })
      expect(run.code).toBe(0)
      const ahead = fake
        .commitsOn(BRANCH)
        .filter(c => !fake.commitsOn('main').some(m => m.sha === c.sha))
      expect(ahead).toHaveLength(1)
      expect(fake.branches().filter(b => b.endsWith('-staging'))).toEqual([])
    })

    it('does not blame the token when a commit fails for another reason', async () => {
      await start({ faults: { seed: 2, serverErrorRate: 1, operations: ['git/create-tree'] } })
      const run = await action({ used: '10' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('commit the schedule changes')
      expect(run.stdout).not.toContain('GITHUB_TOKEN cannot')
      expect(fake.branches()).not.toContain(BRANCH)
    })

    it('explains the refusal GitHub sends when the token may not write workflows', async () => {
      await start({ tokens: { [TOKEN]: { workflows: false } } })
      const run = await action({ used: '10' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('refusing to allow a GitHub App to create or update workflow')
      expect(run.stdout).toContain(
        'GITHUB_TOKEN cannot create or update files under .github/workflows/'
      )
      expect(fake.branches()).not.toContain(BRANCH)
    })

    it('never commits to the base branch', async () => {
      await start({
        faults: { seed: 3, serverErrorRate: 0.2, secondaryRateLimitRate: 0.05, conflictsOnPut: 2 }
      })
      const main = fake.branchHead('main')
      for (const used of ['10', '1600', '10']) await converge({ used })
      expect(fake.branchHead('main')).toBe(main)
      expect(fake.commitsOn('main')).toHaveLength(1)
    })
  })
})
