/**
 * The WorkflowRuns and WorkflowControl ports over GitHub, through the real client against the GitHub fake: the
 * requests GitHub gets (created windows, per_page, filter=latest, If-None-Match, return_run_details), the records that
 * come back, and the port errors a refusal becomes.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { FakeOptions, GitHubFake } from '../__fixtures__/github-fake/index.js'
import { startGitHubFake } from '../__fixtures__/github-fake/index.js'
import { createClient } from '../src/adapters/github/client.js'
import { gitHubControl } from '../src/adapters/github/workflow-control.js'
import { gitHubRuns } from '../src/adapters/github/workflow-runs.js'
import { NotFoundError, PermissionError, RemoteError } from '../src/ports/errors.js'

const NIGHTLY = '.github/workflows/nightly.yml'
const NIGHTLY_YAML = `name: Nightly\non:\n  schedule:\n    - cron: '0 3 * * *'\n  workflow_dispatch:\n    inputs:\n      mode:\n        required: false\n`
const PUSH_ONLY = `on: push\njobs: {}\n`
const running: GitHubFake[] = []

afterEach(async () => {
  for (const fake of running) expect(fake.violations).toEqual([])
  await Promise.all(running.splice(0).map(f => f.close()))
})

async function sut(options: FakeOptions = {}) {
  const fake = await startGitHubFake({ files: { [NIGHTLY]: NIGHTLY_YAML }, ...options })
  running.push(fake)
  const client = createClient({
    token: 'test-token',
    baseUrl: fake.url,
    backoffMs: 1,
    writeSpacingMs: 0
  })
  const repo = { owner: fake.owner, repo: fake.repo }
  return { fake, runs: gitHubRuns(client, repo), control: gitHubControl(client, repo) }
}

/** Adds one nightly run a day from `first` (UTC), oldest first; every fifth fails. */
function addDailyRuns(fake: GitHubFake, first: string, count: number): number[] {
  const start = Date.parse(first)
  return Array.from(
    { length: count },
    (_, i) =>
      fake.addRun({
        workflow: 'nightly.yml',
        conclusion: i % 5 === 4 ? 'failure' : 'success',
        createdAt: new Date(start + i * 86_400_000)
      }).id
  )
}

/** The query strings GitHub got on a path ending so. */
function queries(fake: GitHubFake, pathEnd: string): Array<Record<string, string>> {
  return fake.requests.filter(r => r.path.endsWith(pathEnd)).map(r => r.query)
}

/** What a rejected call threw, for checking its class and words. */
async function thrown(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to fail')
}

const YEAR = { from: '2024-01-01', to: '2024-12-31' }

describe('WorkflowRuns over GitHub', () => {
  describe('listWorkflows', () => {
    it('lists every workflow over all pages, with GitHub’s states', async () => {
      const files = Object.fromEntries(
        Array.from({ length: 104 }, (_, i) => [`.github/workflows/w${i}.yml`, PUSH_ONLY])
      )
      const seeded = [{ path: NIGHTLY, state: 'disabled_inactivity' as const }]
      const { fake, runs } = await sut({
        files: { ...files, [NIGHTLY]: NIGHTLY_YAML },
        workflows: seeded
      })
      const workflows = await runs.listWorkflows()
      expect(workflows).toHaveLength(105)
      expect(workflows.find(w => w.path === NIGHTLY)).toEqual({
        id: fake.workflows().find(w => w.path === NIGHTLY)?.id,
        path: NIGHTLY,
        name: 'Nightly',
        state: 'disabled_inactivity'
      })
      expect(queries(fake, '/actions/workflows').map(q => [q.per_page, q.page])).toEqual([
        ['100', undefined],
        ['100', '2']
      ])
    })
  })

  describe('listRuns', () => {
    it('asks for one created window, 100 a page, and returns compact records newest first', async () => {
      const { fake, runs } = await sut({ now: '2024-07-01T00:00:00Z' })
      const ids = addDailyRuns(fake, '2024-01-01T03:00:00Z', 150)
      const first = await runs.listRuns('nightly.yml', { ...YEAR, page: 1 })
      expect([first.items.length, first.more, first.total, first.notModified]).toEqual([
        100,
        true,
        150,
        false
      ])
      expect(first.items[0]).toEqual({
        id: ids[149],
        workflowId: fake.workflows()[0]?.id,
        attempt: 1,
        event: 'schedule',
        branch: 'main',
        status: 'completed',
        conclusion: 'failure',
        createdAt: '2024-05-29T03:00:00Z',
        startedAt: '2024-05-29T03:00:00Z',
        updatedAt: expect.any(String)
      })
      const second = await runs.listRuns('nightly.yml', { ...YEAR, page: 2 })
      expect([second.items.length, second.more]).toEqual([50, false])
      expect(second.items.at(-1)?.id).toBe(ids[0])
      expect(queries(fake, '/workflows/nightly.yml/runs')[1]).toEqual({
        created: '2024-01-01..2024-12-31',
        per_page: '100',
        page: '2'
      })
    })

    it('keeps to the window (dates are whole UTC days) and takes a workflow by id or path too', async () => {
      const { fake, runs } = await sut()
      addDailyRuns(fake, '2024-01-01T03:00:00Z', 60)
      const january = { from: '2024-01-10', to: '2024-01-31', page: 1 }
      const byName = await runs.listRuns('nightly.yml', january)
      expect(byName.items.map(r => r.createdAt.slice(0, 10))).toEqual(
        Array.from({ length: 22 }, (_, i) => `2024-01-${31 - i}`)
      )
      const id = fake.workflows()[0]?.id ?? 0
      expect((await runs.listRuns(id, january)).items).toEqual(byName.items)
      expect((await runs.listRuns(NIGHTLY, january)).items).toEqual(byName.items)
      const instant = { from: '2024-01-10T03:00:00.000Z', to: '2024-01-11T02:59:59Z', page: 1 }
      expect((await runs.listRuns('nightly.yml', instant)).items).toHaveLength(1)
      // GitHub's date search syntax has no fractions of a second.
      expect(queries(fake, '/runs').at(-1)?.created).toBe(
        '2024-01-10T03:00:00Z..2024-01-11T02:59:59Z'
      )
    })

    it('answers notModified while the ETag holds (GitHub’s 304), and the new page once a run changes', async () => {
      const { fake, runs } = await sut()
      const [oldest = 0] = addDailyRuns(fake, '2024-01-01T03:00:00Z', 3)
      const first = await runs.listRuns('nightly.yml', { ...YEAR, page: 1 })
      const again = await runs.listRuns('nightly.yml', { ...YEAR, page: 1, etag: first.etag })
      expect(again).toEqual({ items: [], etag: first.etag, notModified: true, more: false })
      expect(fake.requests.at(-1)?.status).toBe(304)
      fake.completeRun(oldest, 'cancelled')
      const changed = await runs.listRuns('nightly.yml', { ...YEAR, page: 1, etag: first.etag })
      expect(changed.notModified).toBe(false)
      expect(changed.etag).not.toBe(first.etag)
      expect(changed.items.at(-1)?.conclusion).toBe('cancelled')
    })

    it('stops at GitHub’s 1,000-result cap while total says how many the window holds', async () => {
      const { fake, runs } = await sut()
      addDailyRuns(fake, '2021-01-01T03:00:00Z', 1020)
      const window = { from: '2021-01-01', to: '2023-12-31' }
      const tenth = await runs.listRuns('nightly.yml', { ...window, page: 10 })
      expect([tenth.items.length, tenth.more, tenth.total]).toEqual([100, false, 1020])
    })

    it('names the workflow and `actions: read` when GitHub has no such workflow (404)', async () => {
      const { runs } = await sut()
      const error = await thrown(runs.listRuns('gone.yml', { ...YEAR, page: 1 }))
      expect(error).toBeInstanceOf(NotFoundError)
      expect(error.message).toContain('workflow gone.yml does not exist')
      expect(error.message).toContain('`actions: read`')
    })

    it('leaves a rate limit a RemoteError, not a missing permission', async () => {
      const { runs } = await sut({ faults: { seed: 1, secondaryRateLimitRate: 1 } })
      const error = await thrown(runs.listRuns('nightly.yml', { ...YEAR, page: 1 }))
      expect(error).toBeInstanceOf(RemoteError)
      expect(error.message).toMatch(/secondary rate limit/i)
      expect(error.message).not.toContain('actions: read')
    })

    it('says GitHub failed, not refused, when it answers a server error (5xx) to every attempt', async () => {
      const { runs } = await sut({ faults: { seed: 1, serverErrorRate: 1 } })
      const error = await thrown(runs.listRuns('nightly.yml', { ...YEAR, page: 1 }))
      expect(error).toBeInstanceOf(RemoteError)
      expect(error.message).toMatch(
        /^GitHub failed to list the runs of .*\(HTTP 502, a server error; the next run tries again\)/
      )
      expect(error.message).not.toContain('refused')
    })

    it('says the token was refused when GitHub does not know it (401)', async () => {
      const { runs } = await sut({ tokens: { other: { workflows: true } } })
      const error = await thrown(runs.listRuns('nightly.yml', { ...YEAR, page: 1 }))
      expect(error).toBeInstanceOf(PermissionError)
      expect(error.message).toContain('Bad credentials')
    })
  })

  describe('listJobs', () => {
    it('returns the latest attempt’s jobs over every page, with runner labels and times', async () => {
      const { fake, runs } = await sut({ now: '2024-03-01T10:00:00Z' })
      const latest = Array.from({ length: 120 }, (_, i) => ({
        name: `shard ${i}`,
        runAttempt: 2,
        labels: i === 0 ? ['windows-latest'] : ['ubuntu-latest'],
        startedAt: '2024-03-01T10:01:00Z'
      }))
      const run = fake.addRun({
        workflow: NIGHTLY,
        runAttempt: 2,
        jobs: [{ name: 'first try', runAttempt: 1 }, ...latest]
      })
      fake.completeRun(run.id, 'success', '2024-03-01T10:07:00Z')
      const jobs = await runs.listJobs(run.id)
      expect([jobs.items.length, jobs.more, jobs.notModified]).toEqual([120, false, false])
      expect(jobs.items[0]).toEqual({
        id: fake.jobs(run.id).find(j => j.name === 'shard 0')?.id,
        runId: run.id,
        attempt: 2,
        name: 'shard 0',
        labels: ['windows-latest'],
        startedAt: '2024-03-01T10:01:00Z',
        completedAt: '2024-03-01T10:07:00Z',
        conclusion: 'success'
      })
      const asked = queries(fake, `/runs/${run.id}/jobs`)
      expect(asked.map(q => [q.filter, q.per_page, q.page])).toEqual([
        ['latest', '100', undefined],
        ['latest', '100', '2']
      ])
    })

    it('answers notModified for an unchanged run, and names a run GitHub does not have', async () => {
      const { fake, runs } = await sut()
      const run = fake.addRun({
        workflow: NIGHTLY,
        conclusion: 'success',
        jobs: [{ name: 'build' }]
      })
      const first = await runs.listJobs(run.id)
      expect(await runs.listJobs(run.id, first.etag)).toMatchObject({
        items: [],
        notModified: true
      })
      const error = await thrown(runs.listJobs(99))
      expect(error).toBeInstanceOf(NotFoundError)
      expect(error.message).toContain('run 99 does not exist')
    })
  })
})

describe('WorkflowControl over GitHub', () => {
  describe('dispatch', () => {
    it('starts a run on the ref with the inputs and returns the run GitHub made (return_run_details)', async () => {
      const { fake, control } = await sut({ now: '2024-05-01T12:00:00Z' })
      const run = await control.dispatch('nightly.yml', { ref: 'main', inputs: { mode: 'full' } })
      const [made] = fake.runs()
      expect(run).toEqual({
        runId: made?.id,
        url: `https://github.com/octo-org/octo-repo/actions/runs/${made?.id}`
      })
      expect(fake.dispatches()).toMatchObject([
        { path: NIGHTLY, ref: 'main', inputs: { mode: 'full' } }
      ])
      expect(fake.requests.at(-1)?.body).toEqual({
        ref: 'main',
        inputs: { mode: 'full' },
        return_run_details: true
      })
    })

    const deploy = 'on:\n  workflow_dispatch:\n    inputs:\n      target: { required: true }\n'
    it.each([
      [
        'push.yml',
        'main',
        {},
        "Workflow does not have 'workflow_dispatch' trigger",
        'add `workflow_dispatch:` under `on:` in push.yml on main'
      ],
      ['nightly.yml', 'nope', {}, 'No ref found for: nope', 'nope is neither a branch nor a tag'],
      [
        'nightly.yml',
        'main',
        { color: 'red' },
        'Unexpected inputs provided',
        'pass only the inputs declared under `on.workflow_dispatch.inputs` in nightly.yml'
      ],
      [
        'deploy.yml',
        'main',
        {},
        "Required input 'target' not provided",
        'pass every required input declared'
      ]
    ])(
      'refuses %s on %s with inputs %j: GitHub’s reason and the fix',
      async (workflow, ref, inputs, reason, fix) => {
        const files = {
          [NIGHTLY]: NIGHTLY_YAML,
          '.github/workflows/push.yml': PUSH_ONLY,
          '.github/workflows/deploy.yml': deploy
        }
        const { fake, control } = await sut({ files })
        const error = await thrown(control.dispatch(workflow, { ref, inputs }))
        expect(error).toBeInstanceOf(RemoteError)
        expect(error.message).toContain(`dispatch workflow ${workflow} on ${ref} (HTTP 422)`)
        expect(error.message).toContain(reason)
        expect(error.message).toContain(fix)
        expect(fake.runs()).toEqual([])
      }
    )

    it('tells to enable a disabled workflow first, and dispatches once it is enabled', async () => {
      const { fake, control } = await sut({
        workflows: [{ path: NIGHTLY, state: 'disabled_inactivity' }]
      })
      const error = await thrown(control.dispatch('nightly.yml', { ref: 'main' }))
      expect(error).toBeInstanceOf(RemoteError)
      expect(error.message).toContain("Cannot trigger a 'workflow_dispatch' on a disabled workflow")
      expect(error.message).toContain('nightly.yml is disabled — enable it')
      await control.enable('nightly.yml')
      expect((await control.dispatch('nightly.yml', { ref: 'main' })).runId).toBe(
        fake.runs()[0]?.id
      )
    })

    it('names `actions: write` when the token may not dispatch (403)', async () => {
      const { fake, control } = await sut({
        tokens: { 'test-token': { workflows: true, actions: false } }
      })
      const denied = await thrown(control.dispatch('nightly.yml', { ref: 'main' }))
      expect(denied).toBeInstanceOf(PermissionError)
      expect(denied.message).toContain('Resource not accessible by integration')
      expect(denied.message).toContain('`actions: write`')
      expect(fake.runs()).toEqual([])
    })

    it('names the workflow GitHub does not have (404)', async () => {
      const { control } = await sut()
      const missing = await thrown(control.dispatch('gone.yml', { ref: 'main' }))
      expect(missing).toBeInstanceOf(NotFoundError)
      expect(missing.message).toContain('gone.yml is not a workflow of octo-org/octo-repo')
    })
  })

  describe('enable and disable', () => {
    it('disables and enables a workflow by file name, path or id', async () => {
      const { fake, control } = await sut()
      await control.disable(NIGHTLY)
      expect(fake.workflows()[0]?.state).toBe('disabled_manually')
      await control.enable(fake.workflows()[0]?.id ?? 0)
      expect(fake.workflows()[0]?.state).toBe('active')
      await control.disable('nightly.yml')
      expect(fake.workflows()[0]?.state).toBe('disabled_manually')
    })

    it('names `actions: write` when refused (403) and the workflow when it is missing (404)', async () => {
      const weak = await sut({ tokens: { 'test-token': { workflows: false, actions: false } } })
      const denied = await thrown(weak.control.disable('nightly.yml'))
      expect(denied).toBeInstanceOf(PermissionError)
      expect(denied.message).toContain('disable workflow nightly.yml (HTTP 403)')
      expect(denied.message).toContain('`actions: write`')
      expect(weak.fake.workflows()[0]?.state).toBe('active')
      const { control } = await sut()
      const missing = await thrown(control.enable('gone.yml'))
      expect(missing).toBeInstanceOf(NotFoundError)
      expect(missing.message).toContain('enable workflow gone.yml (HTTP 404)')
    })
  })
})
