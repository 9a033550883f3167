/**
 * The GitHub fake's Actions and billing endpoints, driven through @octokit/rest: every answer must validate
 * against GitHub's OpenAPI description (`violations` stays empty) and behave as GitHub documents.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import type {
  FakeModelUsageItem,
  FakeOptions,
  FakeToken,
  FakeUsageItem,
  GitHubFake
} from '../__fixtures__/github-fake/index.js'
import { loadRecordedRuns, startGitHubFake } from '../__fixtures__/github-fake/index.js'

const NIGHTLY = '.github/workflows/nightly.yml'
const NIGHTLY_YAML = `name: Nightly\non:\n  schedule:\n    - cron: '0 3 * * *'\n  workflow_dispatch:\n    inputs:\n      mode:\n        required: false\n`
const PUSH_ONLY = `on: push\njobs: {}\n`
const TRIGGER = "Workflow does not have 'workflow_dispatch' trigger"
const CORPUS = path.resolve(process.cwd(), '../shared/corpus/runs/ionic-stencil-nightly-api')
// CI has the corpus beside the clone and sets REQUIRE_CORPUS; elsewhere the recorded-run tests show as skipped.
const HAVE_CORPUS = existsSync(CORPUS)
if (!HAVE_CORPUS && process.env.REQUIRE_CORPUS)
  throw new Error(`the run corpus is missing at ${CORPUS}`)
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
const running: GitHubFake[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map(f => f.close()))
})

async function start(options: FakeOptions = {}, auth = 'test-token') {
  const fake = await startGitHubFake({ files: { [NIGHTLY]: NIGHTLY_YAML }, ...options })
  running.push(fake)
  const octokit = new Octokit({ auth, baseUrl: fake.url, request: { retries: 0 }, log: quiet })
  return { fake, octokit, repo: { owner: fake.owner, repo: fake.repo } }
}

function onlyToken(token: FakeToken): Pick<FakeOptions, 'tokens'> {
  return { tokens: { 'test-token': token } }
}

/** The error Octokit threw, as status, GitHub's JSON body and headers. */
async function failure(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error: unknown) {
    const e = error as { status?: number; response?: { data?: unknown; headers?: object } }
    return { status: e.status ?? 0, data: e.response?.data, headers: e.response?.headers ?? {} }
  }
  throw new Error('expected the request to fail')
}

function refused(status: number, message: string) {
  return { status, data: expect.objectContaining({ message }) }
}

/** Adds runs of the nightly workflow, one a day from `first` (UTC), oldest first. */
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

describe('the GitHub fake: Actions workflows', () => {
  it('lists the workflow files of the default branch with their name (or path), ids and seeded states', async () => {
    const other = '.github/workflows/build.yaml'
    const seeded = { path: other, id: 77, state: 'disabled_inactivity' as const }
    const files = { [NIGHTLY]: NIGHTLY_YAML, [other]: PUSH_ONLY, '.github/workflows/x/no.yml': '' }
    const { fake, octokit, repo } = await start({ files, workflows: [seeded] })
    const { data } = await octokit.actions.listRepoWorkflows(repo)
    const nightly = data.workflows.find(w => w.path === NIGHTLY)
    expect(data.total_count).toBe(2)
    expect(data.workflows.map(w => [w.id, w.name, w.state])).toEqual([
      [77, other, 'disabled_inactivity'],
      [nightly?.id, 'Nightly', 'active']
    ])
    const again = await start({ files: { [NIGHTLY]: NIGHTLY_YAML } })
    expect(again.fake.workflows()[0]?.id).toBe(nightly?.id)
    const byName = await octokit.actions.getWorkflow({ ...repo, workflow_id: 'nightly.yml' })
    expect(byName.data.url).toBe(
      `${fake.url}/repos/octo-org/octo-repo/actions/workflows/${nightly?.id}`
    )
    const page = await octokit.actions.listRepoWorkflows({ ...repo, per_page: 1, page: 2 })
    expect(page.data.workflows.map(w => w.id)).toEqual([nightly?.id])
    expect(page.headers.link).toContain('rel="prev"')
    expect(fake.violations).toEqual([])
  })

  it('disables and enables a workflow (204), refusing without the actions power (403)', async () => {
    const { fake, octokit, repo } = await start()
    const id = { ...repo, workflow_id: 'nightly.yml' }
    expect((await octokit.actions.disableWorkflow(id)).status).toBe(204)
    expect(fake.workflows()[0]?.state).toBe('disabled_manually')
    expect((await octokit.actions.enableWorkflow(id)).status).toBe(204)
    expect(fake.workflows()[0]?.state).toBe('active')
    const missing = octokit.actions.disableWorkflow({ ...repo, workflow_id: 'gone.yml' })
    expect((await failure(missing)).status).toBe(404)
    const weak = await start(onlyToken({ workflows: false, actions: false }))
    const denied = weak.octokit.actions.disableWorkflow({
      ...weak.repo,
      workflow_id: 'nightly.yml'
    })
    expect(await failure(denied)).toMatchObject(
      refused(403, 'Resource not accessible by integration')
    )
    expect(weak.fake.workflows()[0]?.state).toBe('active')
    expect([...fake.violations, ...weak.fake.violations]).toEqual([])
  })
})

describe('the GitHub fake: Actions runs', () => {
  it('lists runs newest first with total_count and Link pages, for the repository and per workflow', async () => {
    const { fake, octokit, repo } = await start()
    const ids = addDailyRuns(fake, '2024-01-01T03:00:00Z', 5)
    const first = await octokit.actions.listWorkflowRuns({
      ...repo,
      workflow_id: 'nightly.yml',
      per_page: 2
    })
    expect(first.data.total_count).toBe(5)
    expect(first.data.workflow_runs.map(r => r.id)).toEqual([ids[4], ids[3]])
    expect(first.headers.link).toMatch(/page=2>; rel="next".*page=3>; rel="last"/)
    const all = await octokit.paginate(octokit.actions.listWorkflowRunsForRepo, {
      ...repo,
      per_page: 2
    })
    expect(all.map(r => r.id)).toEqual([...ids].reverse())
    expect(all.map(r => r.run_number)).toEqual([5, 4, 3, 2, 1])
    const unknown = octokit.actions.listWorkflowRuns({ ...repo, workflow_id: 'gone.yml' })
    expect((await failure(unknown)).status).toBe(404)
    expect(fake.violations).toEqual([])
  })

  it.each([
    ['>=2024-01-30', 3],
    ['>2024-01-30', 2],
    ['<=2024-01-02', 2],
    ['<2024-01-02', 1],
    ['2024-01-10..2024-01-12', 3],
    ['2024-01-30..*', 3],
    ['2024-01-15', 1],
    ['>=2024-01-15T03:00:00Z', 18],
    ['>=2024-01-15T03:00:01Z', 17],
    ['2024-01-15T00:00:00+05:00..2024-01-16T02:59:59Z', 1]
  ])('filters created %s (GitHub date-range syntax) to %i runs', async (created, count) => {
    const { fake, octokit, repo } = await start()
    addDailyRuns(fake, '2024-01-01T03:00:00Z', 32)
    const { data } = await octokit.actions.listWorkflowRunsForRepo({ ...repo, created })
    expect([data.total_count, data.workflow_runs.length]).toEqual([count, count])
    expect(fake.violations).toEqual([])
  })

  it('reports a created value outside the date-range syntax as a violation, matching nothing', async () => {
    const { fake, octokit, repo } = await start()
    addDailyRuns(fake, '2024-01-01T03:00:00Z', 3)
    const { data } = await octokit.actions.listWorkflowRunsForRepo({
      ...repo,
      created: 'last week'
    })
    expect(data.total_count).toBe(0)
    expect(fake.violations).toEqual([
      'GET /repos/octo-org/octo-repo/actions/runs [actions/list-workflow-runs-for-repo] request: parameters/created "last week" is not GitHub\'s date-range search syntax'
    ])
  })

  it('filters by status or conclusion, event and branch', async () => {
    const { fake, octokit, repo } = await start()
    addDailyRuns(fake, '2024-01-01T03:00:00Z', 10)
    fake.writeFile('dev', 'a.txt', 'x')
    fake.addRun({ workflow: 'nightly.yml', event: 'push', branch: 'dev', status: 'in_progress' })
    const count = async (query: Record<string, string>): Promise<number> =>
      (await octokit.actions.listWorkflowRunsForRepo({ ...repo, ...query })).data.total_count
    expect(await count({ status: 'failure' })).toBe(2)
    expect(await count({ status: 'success' })).toBe(8)
    expect(await count({ status: 'completed' })).toBe(10)
    expect(await count({ status: 'in_progress' })).toBe(1)
    expect(await count({ event: 'push' })).toBe(1)
    expect(await count({ branch: 'main', event: 'schedule' })).toBe(10)
    expect(await count({ branch: 'dev' })).toBe(1)
    expect(fake.violations).toEqual([])
  })

  it('pages through at most 1,000 results of one query, while total_count stays the true count', async () => {
    const { fake, octokit, repo } = await start()
    addDailyRuns(fake, '2021-01-01T03:00:00Z', 1050)
    const query = { ...repo, workflow_id: 'nightly.yml', per_page: 100 }
    const tenth = await octokit.actions.listWorkflowRuns({ ...query, page: 10 })
    expect([tenth.data.total_count, tenth.data.workflow_runs.length]).toEqual([1050, 100])
    expect(tenth.headers.link).not.toContain('rel="next"')
    const past = await octokit.actions.listWorkflowRuns({ ...query, page: 11 })
    expect([past.data.total_count, past.data.workflow_runs]).toEqual([1050, []])
    const all = await octokit.paginate(octokit.actions.listWorkflowRuns, query)
    expect(all).toHaveLength(1000)
    expect(fake.violations).toEqual([])
  })

  it('gets a run and lists its jobs (latest attempt or all), paginated with total_count', async () => {
    const { fake, octokit, repo } = await start({ now: '2024-03-01T10:00:00Z' })
    const jobs = ['lint', 'test', 'build'].map(name => ({ name, runAttempt: 2 }))
    const run = fake.addRun({
      workflow: NIGHTLY,
      runAttempt: 2,
      jobs: [...jobs, { name: 'old', runAttempt: 1 }]
    })
    const got = await octokit.actions.getWorkflowRun({ ...repo, run_id: run.id })
    expect(got.data).toMatchObject({ status: 'queued', conclusion: null, run_attempt: 2 })
    expect(got.data.jobs_url).toBe(
      `${fake.url}/repos/octo-org/octo-repo/actions/runs/${run.id}/jobs`
    )
    const page = await octokit.actions.listJobsForWorkflowRun({
      ...repo,
      run_id: run.id,
      per_page: 2
    })
    expect([page.data.total_count, page.data.jobs.map(j => j.name)]).toEqual([3, ['lint', 'test']])
    expect(page.headers.link).toContain('rel="next"')
    const all = await octokit.actions.listJobsForWorkflowRun({
      ...repo,
      run_id: run.id,
      filter: 'all'
    })
    expect(all.data.total_count).toBe(4)
    fake.completeRun(run.id, 'success', '2024-03-01T10:07:00Z')
    const done = await octokit.actions.listJobsForWorkflowRun({ ...repo, run_id: run.id })
    expect(done.data.jobs.map(j => [j.status, j.conclusion, j.completed_at])).toEqual(
      Array(3).fill(['completed', 'success', '2024-03-01T10:07:00Z'])
    )
    const gone = octokit.actions.getWorkflowRun({ ...repo, run_id: 99 })
    expect((await failure(gone)).status).toBe(404)
    expect(fake.violations).toEqual([])
  })

  it('answers If-None-Match with 304 and no rate-limit cost, and changes the ETag with the content', async () => {
    const { fake, octokit, repo } = await start()
    const [id = 0] = addDailyRuns(fake, '2024-01-01T03:00:00Z', 3)
    const remaining = (h: object): number =>
      Number((h as Record<string, string>)['x-ratelimit-remaining'])
    const list = (etag?: string) =>
      octokit.actions.listWorkflowRunsForRepo({
        ...repo,
        headers: etag ? { 'if-none-match': etag } : {}
      })
    const first = await list()
    const etag = first.headers.etag ?? ''
    expect(etag).toMatch(/^W\/"[0-9a-f]+"$/)
    const notModified = await failure(list(etag))
    expect(notModified.status).toBe(304)
    expect(remaining(notModified.headers)).toBe(remaining(first.headers))
    const raw = await fetch(`${fake.url}/repos/octo-org/octo-repo/actions/runs`, {
      headers: { authorization: 'token test-token', 'if-none-match': etag }
    })
    expect([raw.status, await raw.text(), raw.headers.get('etag')]).toEqual([304, '', etag])
    const single = await octokit.actions.getWorkflowRun({ ...repo, run_id: id })
    const jobsTag = (await octokit.actions.listJobsForWorkflowRun({ ...repo, run_id: id })).headers
      .etag
    const jobs304 = octokit.actions.listJobsForWorkflowRun({
      ...repo,
      run_id: id,
      headers: { 'if-none-match': jobsTag }
    })
    expect((await failure(jobs304)).status).toBe(304)
    const run304 = octokit.actions.getWorkflowRun({
      ...repo,
      run_id: id,
      headers: { 'if-none-match': single.headers.etag }
    })
    expect((await failure(run304)).status).toBe(304)
    fake.completeRun(id, 'failure')
    const changed = await list(etag)
    expect(changed.status).toBe(200)
    expect(changed.headers.etag).not.toBe(etag)
    expect(remaining(changed.headers)).toBe(remaining(first.headers) - 3)
    expect(fake.offSpec).toContain(
      'GET /repos/octo-org/octo-repo/actions/runs [actions/list-workflow-runs-for-repo] answered 304 Not Modified, which the description does not list'
    )
    expect(fake.violations).toEqual([])
  })
})

describe('the GitHub fake: workflow dispatch', () => {
  it('answers 204 and queues a workflow_dispatch run on the ref, created at the fake clock', async () => {
    const { fake, octokit, repo } = await start({ now: '2024-05-01T12:00:00Z' })
    fake.writeFile('release', 'a.txt', 'x')
    const answer = await octokit.actions.createWorkflowDispatch({
      ...repo,
      workflow_id: 'nightly.yml',
      ref: 'release',
      inputs: { mode: 'full' }
    })
    expect(answer.status).toBe(204)
    const [run] = fake.runs()
    expect(run).toMatchObject({
      event: 'workflow_dispatch',
      status: 'queued',
      conclusion: null,
      headBranch: 'release',
      headSha: fake.branchHead('release'),
      createdAt: '2024-05-01T12:00:00Z',
      runNumber: 1
    })
    expect(fake.dispatches()).toEqual([
      {
        workflowId: run?.workflowId,
        path: NIGHTLY,
        ref: 'release',
        inputs: { mode: 'full' },
        at: '2024-05-01T12:00:00Z',
        runId: run?.id
      }
    ])
    const queued = await octokit.actions.listWorkflowRuns({
      ...repo,
      workflow_id: 'nightly.yml',
      status: 'queued',
      event: 'workflow_dispatch'
    })
    const seen = queued.data.workflow_runs.map(r => [r.id, r.head_branch, r.actor?.login])
    expect(seen).toEqual([[run?.id, 'release', 'octocat']])
    expect(fake.violations).toEqual([])
  })

  it('answers 200 with the run id and its URLs when asked for return_run_details', async () => {
    const { fake, octokit, repo } = await start()
    fake.setNow('2024-05-02T00:00:00Z')
    const { status, data } = await octokit.request(
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      { ...repo, workflow_id: fake.workflows()[0]?.id ?? 0, ref: 'main', return_run_details: true }
    )
    const id = data.workflow_run_id
    expect(status).toBe(200)
    expect(data).toEqual({
      workflow_run_id: fake.runs()[0]?.id,
      run_url: `${fake.url}/repos/octo-org/octo-repo/actions/runs/${id}`,
      html_url: `https://github.com/octo-org/octo-repo/actions/runs/${id}`
    })
    const run = await octokit.request(`GET ${data.run_url}`)
    expect(run.data).toMatchObject({ id, status: 'queued', created_at: '2024-05-02T00:00:00Z' })
    expect(fake.violations).toEqual([])
  })

  it.each([
    ['a workflow without the trigger', { workflow_id: 'push.yml' }, 422, TRIGGER],
    ['a ref that does not exist', { ref: 'nope' }, 422, 'No ref found for: nope'],
    [
      'inputs the workflow does not declare',
      { inputs: { color: 'red', size: 1 } },
      422,
      'Unexpected inputs provided: ["color", "size"]'
    ],
    [
      'a dispatch without a required input',
      { workflow_id: 'deploy.yml' },
      422,
      "Required input 'target' not provided"
    ],
    ['an unknown workflow', { workflow_id: 'gone.yml' }, 404, 'Not Found']
  ])('refuses %s (%i) and queues nothing', async (_, change, status, message) => {
    const deploy = 'on:\n  workflow_dispatch:\n    inputs:\n      target: { required: true }\n'
    const files = {
      [NIGHTLY]: NIGHTLY_YAML,
      '.github/workflows/push.yml': PUSH_ONLY,
      '.github/workflows/deploy.yml': deploy
    }
    const { fake, octokit, repo } = await start({ files })
    const request = { ...repo, workflow_id: 'nightly.yml', ref: 'main', ...change }
    expect(await failure(octokit.actions.createWorkflowDispatch(request))).toMatchObject(
      refused(status, message)
    )
    expect([fake.runs(), fake.dispatches()]).toEqual([[], []])
    expect(fake.violations).toEqual([])
  })

  it('refuses a disabled workflow (422) until it is enabled, and a token without actions (403)', async () => {
    const { fake, octokit, repo } = await start({
      workflows: [{ path: NIGHTLY, state: 'disabled_inactivity' }]
    })
    const dispatch = { ...repo, workflow_id: 'nightly.yml', ref: 'main' }
    const disabled = "Cannot trigger a 'workflow_dispatch' on a disabled workflow"
    const first = octokit.actions.createWorkflowDispatch(dispatch)
    expect(await failure(first)).toMatchObject(refused(422, disabled))
    await octokit.actions.enableWorkflow({ ...repo, workflow_id: 'nightly.yml' })
    expect((await octokit.actions.createWorkflowDispatch(dispatch)).status).toBe(204)
    const weak = await start(onlyToken({ workflows: true, actions: false }))
    const denied = weak.octokit.actions.createWorkflowDispatch(dispatch)
    expect(await failure(denied)).toMatchObject(
      refused(403, 'Resource not accessible by integration')
    )
    expect([fake.runs().length, weak.fake.runs().length]).toEqual([1, 0])
    expect([...fake.violations, ...weak.fake.violations]).toEqual([])
  })
})

const actionsMinutes = (date: string, quantity: number): FakeUsageItem => ({
  date,
  product: 'Actions',
  sku: 'Actions Linux',
  quantity,
  unitType: 'Minutes',
  pricePerUnit: 0.008,
  grossAmount: quantity * 0.008,
  discountAmount: quantity * 0.008,
  netAmount: 0,
  repositoryName: 'octo-org/octo-repo'
})

const requests = (
  date: string,
  count: number,
  model = 'Claude Sonnet 4',
  user?: string
): FakeModelUsageItem => ({
  date,
  ...(user ? { user } : {}),
  product: 'Copilot',
  sku: 'Copilot Premium Request',
  model,
  unitType: 'requests',
  pricePerUnit: 0.04,
  grossQuantity: count,
  grossAmount: count * 0.04,
  discountQuantity: 0,
  discountAmount: 0,
  netQuantity: count,
  netAmount: count * 0.04
})

const BILLING: FakeOptions = {
  now: '2025-02-10T08:00:00Z',
  billing: {
    accounts: {
      'user:octocat': {
        usageItems: [
          actionsMinutes('2024-12-31T00:00:00Z', 5),
          actionsMinutes('2025-01-15T00:00:00Z', 10),
          actionsMinutes('2025-01-16T00:00:00Z', 20),
          actionsMinutes('2025-02-01T00:00:00Z', 40)
        ],
        premiumRequestItems: [
          requests('2025-01-20', 7),
          requests('2025-02-03', 5),
          requests('2025-02-04', 3),
          requests('2025-02-04', 2, 'GPT-5')
        ],
        aiCreditItems: [{ ...requests('2025-02-05', 12), sku: 'Copilot AI Credit' }]
      },
      'org:octo-org': {
        usageItems: [actionsMinutes('2025-02-02', 30)],
        premiumRequestItems: [
          requests('2025-02-03', 4, 'GPT-5', 'mona'),
          requests('2025-02-03', 6, 'GPT-5', 'hubot')
        ],
        aiCreditItems: [{ ...requests('2025-02-07', 9, 'GPT-5', 'mona'), sku: 'Copilot AI Credit' }]
      }
    }
  }
}

describe('the GitHub fake: billing usage', () => {
  it.each([
    [{}, [10, 20, 40]],
    [{ year: 2024 }, [5]],
    [{ year: 2025, month: 1 }, [10, 20]],
    [{ year: 2025, month: 1, day: 15 }, [10]],
    [{ day: 1 }, [40]]
  ])('filters a user usage report by %j (the fake clock says 2025-02)', async (when, minutes) => {
    const { fake, octokit } = await start(BILLING)
    const { data } = await octokit.billing.getGithubBillingUsageReportUser({
      username: 'octocat',
      ...when
    })
    expect(data.usageItems?.map(i => i.quantity)).toEqual(minutes)
    expect(fake.violations).toEqual([])
  })

  it('names the organization on each item of its usage report', async () => {
    const { fake, octokit } = await start(BILLING)
    const { data } = await octokit.billing.getGithubBillingUsageReportOrg({ org: 'octo-org' })
    expect(data.usageItems?.map(i => [i.organizationName, i.quantity])).toEqual([['octo-org', 30]])
    expect(fake.violations).toEqual([])
  })

  it('sums premium requests per model over the month asked for (default the current one)', async () => {
    const { fake, octokit } = await start(BILLING)
    const report = async (query: Record<string, string | number> = {}) =>
      (
        await octokit.billing.getGithubBillingPremiumRequestUsageReportUser({
          username: 'octocat',
          ...query
        })
      ).data
    const current = await report()
    expect(current.timePeriod).toEqual({ year: 2025, month: 2 })
    expect(current.usageItems.map(i => [i.model, i.grossQuantity])).toEqual([
      ['Claude Sonnet 4', 8],
      ['GPT-5', 2]
    ])
    expect((await report({ month: 1 })).usageItems.map(i => i.grossQuantity)).toEqual([7])
    const day = await report({ year: 2025, month: 2, day: 4 })
    expect([day.timePeriod, day.usageItems.map(i => i.grossQuantity)]).toEqual([
      { year: 2025, month: 2, day: 4 },
      [3, 2]
    ])
    const gpt = await report({ model: 'gpt-5' })
    expect([gpt.model, gpt.usageItems.map(i => i.model)]).toEqual(['gpt-5', ['GPT-5']])
    expect(fake.violations).toEqual([])
  })

  it('serves premium requests and AI credits for an organization, filtered by user', async () => {
    const { fake, octokit } = await start(BILLING)
    const org = await octokit.billing.getGithubBillingPremiumRequestUsageReportOrg({
      org: 'octo-org',
      user: 'mona'
    })
    expect([org.data.organization, org.data.user]).toEqual(['octo-org', 'mona'])
    expect(org.data.usageItems.map(i => i.grossQuantity)).toEqual([4])
    const orgCredits = await octokit.request(
      'GET /organizations/{org}/settings/billing/ai_credit/usage',
      { org: 'octo-org' }
    )
    expect(orgCredits.data.usageItems.map(i => [i.sku, i.grossQuantity])).toEqual([
      ['Copilot AI Credit', 9]
    ])
    const userCredits = await octokit.request(
      'GET /users/{username}/settings/billing/ai_credit/usage',
      { username: 'octocat', year: 2025, month: 2 }
    )
    expect([userCredits.data.user, userCredits.data.usageItems[0]?.netAmount]).toEqual([
      'octocat',
      0.48
    ])
    expect(fake.violations).toEqual([])
  })

  it.each([
    ['app' as const, 'Resource not accessible by integration'],
    ['pat' as const, 'Resource not accessible by personal access token']
  ])('refuses a %s token without the billing power (403)', async (kind, message) => {
    const { fake, octokit } = await start({
      ...BILLING,
      ...onlyToken({ workflows: false, billing: false, kind })
    })
    const usage = octokit.billing.getGithubBillingUsageReportUser({ username: 'octocat' })
    expect(await failure(usage)).toMatchObject(refused(403, message))
    const premium = octokit.billing.getGithubBillingPremiumRequestUsageReportOrg({
      org: 'octo-org'
    })
    expect(await failure(premium)).toMatchObject(refused(403, message))
    expect(fake.violations).toEqual([])
  })

  it('answers 404 for an account it does not know, or of the other kind', async () => {
    const { fake, octokit } = await start(BILLING)
    const nobody = octokit.billing.getGithubBillingUsageReportUser({ username: 'nobody' })
    expect(await failure(nobody)).toMatchObject(refused(404, 'Not Found'))
    const notOrg = octokit.billing.getGithubBillingPremiumRequestUsageReportOrg({ org: 'octocat' })
    expect((await failure(notOrg)).status).toBe(404)
    expect(fake.violations).toEqual([])
    expect(fake.offSpec).toEqual([
      'GET /users/nobody/settings/billing/usage [billing/get-github-billing-usage-report-user] answered 404, which the description does not list'
    ])
  })

  it('tells a user from an organization (users/get-by-username, orgs/get)', async () => {
    const { fake, octokit } = await start(BILLING)
    const type = async (username: string) =>
      (await octokit.users.getByUsername({ username })).data.type
    expect([await type('octocat'), await type('OCTO-ORG')]).toEqual(['User', 'Organization'])
    expect((await octokit.orgs.get({ org: 'octo-org' })).data.login).toBe('octo-org')
    expect((await failure(octokit.orgs.get({ org: 'octocat' }))).status).toBe(404)
    const nobody = octokit.users.getByUsername({ username: 'nobody' })
    expect((await failure(nobody)).status).toBe(404)
    const personal = await start({ owner: 'mona', ownerType: 'User' })
    const owner = await personal.octokit.users.getByUsername({ username: 'mona' })
    expect(owner.data.type).toBe('User')
    expect([...fake.violations, ...personal.fake.violations]).toEqual([])
  })
})

interface RecordedRun {
  id: number
  created_at: string
  conclusion: string
  run_attempt: number
  run_started_at: string
  html_url: string
}

const corpusIt = HAVE_CORPUS ? it : it.skip
const recorded = (file: string): unknown[] =>
  Object.values(JSON.parse(readFileSync(path.join(CORPUS, file), 'utf8')) as object)

describe('the GitHub fake seeded with recorded runs (ionic-stencil nightly)', () => {
  corpusIt('serves them under their ids, by workflow id or file name, newest first', async () => {
    const { fake, octokit, repo } = await start({ ...loadRecordedRuns(CORPUS), files: {} })
    const raw = recorded('workflow_runs.json') as RecordedRun[]
    const newest = [...raw].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
    expect(repo).toEqual({ owner: 'ionic-team', repo: 'ionic-framework' })
    expect(fake.workflows()).toEqual([
      {
        id: 50517269,
        name: 'Stencil Nightly Build',
        path: '.github/workflows/stencil-nightly.yml',
        state: 'active'
      }
    ])
    const list = (workflow_id: string | number, query: Record<string, string | number> = {}) =>
      octokit.paginate(octokit.actions.listWorkflowRuns, {
        ...repo,
        workflow_id,
        per_page: 100,
        ...query
      })
    const byId = await list(50517269)
    expect(byId.map(r => r.id)).toEqual(newest.map(r => r.id))
    expect((await list('stencil-nightly.yml')).map(r => r.id)).toEqual(newest.map(r => r.id))
    const count = async (query: Record<string, string>) => (await list(50517269, query)).length
    expect(await count({ status: 'success' })).toBe(85)
    expect(await count({ status: 'failure' })).toBe(14)
    expect(await count({ status: 'cancelled' })).toBe(2)
    const january = raw.filter(r => r.created_at.startsWith('2024-01')).length
    expect(await count({ created: '2024-01-01..2024-01-31' })).toBe(january)
    expect(fake.violations).toEqual([])
  })

  corpusIt(
    'keeps a run’s recorded fields, points its API URLs at the fake, and lists its jobs by attempt',
    async () => {
      const { fake, octokit, repo } = await start({ ...loadRecordedRuns(CORPUS), files: {} })
      const raw = recorded('workflow_runs.json') as RecordedRun[]
      const rerun = raw.find(r => r.run_attempt === 2) as RecordedRun
      const jobs = (recorded('jobs.json') as Array<{ run_id: number; run_attempt: number }>).filter(
        j => j.run_id === rerun.id
      )
      const { data } = await octokit.actions.getWorkflowRun({ ...repo, run_id: rerun.id })
      expect([data.run_started_at, data.html_url, data.conclusion]).toEqual([
        rerun.run_started_at,
        rerun.html_url,
        rerun.conclusion
      ])
      expect(data.jobs_url).toBe(
        `${fake.url}/repos/ionic-team/ionic-framework/actions/runs/${rerun.id}/jobs`
      )
      const latest = await octokit.request(`GET ${data.jobs_url}`)
      expect(latest.data.jobs.map((j: { run_attempt: number }) => j.run_attempt)).toEqual(
        jobs.filter(j => j.run_attempt === 2).map(() => 2)
      )
      const all = await octokit.actions.listJobsForWorkflowRun({
        ...repo,
        run_id: rerun.id,
        filter: 'all'
      })
      expect(all.data.total_count).toBe(jobs.length)
      expect(fake.violations).toEqual([])
    }
  )
})
