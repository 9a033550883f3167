/**
 * Observing runs (DESIGN §10, issue 9) end to end: the bundled action (dist/index.js) against the GitHub fake seeded
 * with the ionic-stencil nightly recording — runs and jobs read incrementally into orchestrator/runs.json on the state
 * branch, created windows split below the 1,000-result cap, ETags answered 304, the max-api-calls budget stopping
 * ingestion and the next run finishing it, and a rate limit mid-ingestion ending the run successfully with a warning.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  loadRecordedRuns,
  startGitHubFake,
  type FakeOptions,
  type GitHubFake
} from '../__fixtures__/github-fake/index.js'
import { runAction, type ActionRun } from '../__fixtures__/run-action.js'
import { parseRunStore } from '../src/core/runs/run-store-json.js'
import { type RunStore } from '../src/core/runs/run-store.js'
import { corpusGuard } from '../__fixtures__/corpus-guard.js'

const CORPUS = '../shared/corpus/runs/ionic-stencil-nightly-api'
const { describe: corpusDescribe } = corpusGuard(CORPUS)
const NIGHTLY = '.github/workflows/stencil-nightly.yml'
const STATE = 'orchestrator-state'
const RUNS_FILE = 'orchestrator/runs.json'
/** An hour after the recording's last run. */
const NOW = '2024-02-22T16:00:00Z'
const DAY = 86_400_000

const CONFIG = `workflows:
  nightly:
    path: ${NIGHTLY}
    schedules:
      aggressive: '3 6 * * *'
      normal: '3 6 * * *'
      conservative: '3 6 * * 1'
`
const WORKFLOW = `name: Stencil Nightly Build
on:
  schedule:
    - cron: '3 6 * * *'
  workflow_dispatch:
jobs:
  build-core-with-stencil-nightly:
    runs-on: ubuntu-latest
    steps:
      - run: npm run build
`
const FILES = { '.github/orchestrator.yml': CONFIG, [NIGHTLY]: WORKFLOW }

const running: GitHubFake[] = []

afterEach(async () => {
  for (const fake of running) expect(fake.violations).toEqual([])
  await Promise.all(running.splice(0).map(f => f.close()))
})

interface Report {
  runs: {
    newRuns: number
    jobsRead: number
    notModified: number
    awaitingJobs: number
    stopped: { reason: string; step?: string; upTo?: string } | null
    saved: string
    calls: { read: number; runs: number; jobs: number; save: number }
  }
  calls: {
    limit: number
    total: number
    notModified: number
    rateLimitRemaining: number | null
    phases: Array<{ phase: string; calls: number }>
  }
  analytics: {
    workflows: Array<{ id: string; path: string; runs: number; runsWithoutJobs: number }>
    costPerMode: Record<string, { runs: number }> | null
  }
}

/** The fake seeded with the recording (and `more`), and the action run against it, step after step. */
async function sut(more: FakeOptions = {}) {
  const recorded = loadRecordedRuns(CORPUS)
  const fake = await startGitHubFake({
    owner: recorded.owner,
    repo: recorded.repo,
    files: FILES,
    workflows: recorded.workflows,
    runs: recorded.runs,
    jobs: recorded.jobs,
    now: NOW,
    ...more
  })
  running.push(fake)
  let seen = 0
  const step = async (inputs: Record<string, string> = {}, now = NOW) => {
    seen = fake.requests.length
    const run = await runAction({
      apiUrl: fake.url,
      repository: `${fake.owner}/${fake.repo}`,
      inputs: { token: 'ghp_test', used: '10', ...inputs },
      now
    })
    const report = run.outputs.report ? (JSON.parse(run.outputs.report) as Report) : undefined
    return { ...run, report }
  }
  /** The requests of the last step, by kind. */
  const lastRequests = () => fake.requests.slice(seen)
  const runLists = () => lastRequests().filter(r => r.path.endsWith('/runs') && r.method === 'GET')
  const jobLists = () => lastRequests().filter(r => r.path.endsWith('/jobs'))
  const records = (): RunStore => {
    const text = fake.fileAt(STATE, RUNS_FILE)
    if (text === undefined) throw new Error(`no ${RUNS_FILE} on ${STATE}`)
    return parseRunStore(text, RUNS_FILE)
  }
  return { fake, step, lastRequests, runLists, jobLists, records }
}

/** Runs of the recording created in the `days` before NOW. */
function recordedSince(days: number): number {
  const recorded = loadRecordedRuns(CORPUS)
  const since = Date.parse(NOW) - days * DAY
  return recorded.runs.filter(r => Date.parse((r as { created_at: string }).created_at) >= since)
    .length
}

const nightly = (store: RunStore) => store.workflows.find(w => w.path === NIGHTLY)
const warnings = (run: ActionRun) => run.stdout.split('\n').filter(l => l.startsWith('::warning'))
/** The REST calls that cost rate limit: every request but the 304s and GraphQL. */
const restCalls = (requests: GitHubFake['requests']) =>
  requests.filter(r => r.path !== '/graphql' && r.status !== 304).length

corpusDescribe('observing runs: the bundled action against the GitHub fake', () => {
  describe('a first run on the ionic-stencil recording', () => {
    it('reads the runs of the analytics window and their jobs into runs.json on the state branch', async () => {
      const { step, runLists, jobLists, records, lastRequests } = await sut()
      const run = await step()
      expect(run.code).toBe(0)
      // The state made the branch just before: the run records are written onto it without asking for it again.
      expect(lastRequests().filter(r => r.path.endsWith('/git/refs'))).toHaveLength(1)
      expect(lastRequests().filter(r => r.status === 422)).toEqual([])
      const expected = recordedSince(30)
      const held = nightly(records())
      expect(held?.runs).toHaveLength(expected)
      expect(held?.runs.every(r => r.jobs !== null && r.jobs.length > 0)).toBe(true)
      expect(held?.listed).toEqual([{ from: '2024-01-23T16:00:00Z', to: NOW }])
      expect(runLists().map(r => r.query.created)).toEqual([
        '2024-01-23T16:00:00Z..2024-02-22T16:00:00Z'
      ])
      expect(jobLists()).toHaveLength(expected)
      expect(jobLists().every(r => r.query.filter === 'latest')).toBe(true)
      expect(run.report?.runs).toMatchObject({
        newRuns: expected,
        jobsRead: expected,
        stopped: null,
        saved: 'written',
        calls: { read: 1, workflows: 1, runs: 1, jobs: expected, save: 1 }
      })
      expect(run.report?.analytics.workflows).toMatchObject([
        { id: 'nightly', path: NIGHTLY, runs: expected, runsWithoutJobs: 0 }
      ])
      expect(run.report?.analytics.costPerMode).toMatchObject({
        aggressive: { runs: 30 },
        conservative: { runs: 4 }
      })
      expect(run.summary).toContain('#### Cost of each mode (30 days)')
    })

    it('pages through a longer window (analytics-days 95: all 101 runs, two pages)', async () => {
      const { step, runLists, records } = await sut()
      const run = await step({ 'analytics-days': '95' })
      expect(run.code).toBe(0)
      expect(runLists().map(r => r.query.page)).toEqual(['1', '2'])
      expect(nightly(records())?.runs).toHaveLength(101)
      expect(run.report?.runs.newRuns).toBe(101)
    })

    it('says in the log and the summary how many calls each phase made and how many the rate limit has left', async () => {
      const { step, lastRequests } = await sut()
      const run = await step()
      const calls = run.report?.calls
      expect(calls?.total).toBe(
        restCalls(lastRequests()) + lastRequests().filter(r => r.path === '/graphql').length
      )
      // The records, the workflows, one page of runs and every run's jobs; the save after the schedule part.
      const observing = 1 + 1 + 1 + recordedSince(30)
      const phase = (name: string) => calls?.phases.find(p => p.phase === name)?.calls
      expect(phase('Observe runs')).toBe(observing)
      expect(phase('Save the run records')).toBe(1)
      expect(calls?.phases.map(p => p.phase).indexOf('Observe runs')).toBeLessThan(
        calls?.phases.map(p => p.phase).indexOf('Plan') ?? -1
      )
      expect(calls?.rateLimitRemaining).toBe(5000 - restCalls(lastRequests()))
      expect(run.stdout).toMatch(
        new RegExp(
          `API calls: ${calls?.total} of max-api-calls 500 \\(.*Observe runs ${observing}.*Save the run records 1.*\\); 0 answered 304 at no cost; rate limit left: ${calls?.rateLimitRemaining?.toLocaleString('en-US')}`
        )
      )
      expect(run.stdout).toContain(
        `read ${recordedSince(30)} new runs of 1 workflow, jobs of ${recordedSince(30)} runs`
      )
      expect(run.summary).toContain('### Runs observed')
      expect(run.summary).toContain('### API calls')
      expect(run.summary).toMatch(/\| Observe runs \| \d+ \| 0 \| 0 \|/)
      expect(run.summary).toContain(
        `Rate limit left: ${calls?.rateLimitRemaining?.toLocaleString('en-US')}`
      )
    })
  })

  describe('the next day', () => {
    it('reads only the new runs and their jobs, and an unchanged list the day after costs nothing (304)', async () => {
      const { fake, step, runLists, jobLists, records, lastRequests } = await sut()
      await step()
      const added = [
        fake.addRun({
          workflow: NIGHTLY,
          conclusion: 'success',
          createdAt: '2024-02-23T06:03:10Z',
          jobs: [{ name: 'build-core-with-stencil-nightly', labels: ['ubuntu-latest'] }]
        }),
        fake.addRun({
          workflow: NIGHTLY,
          event: 'workflow_dispatch',
          conclusion: 'failure',
          createdAt: '2024-02-23T09:30:00Z',
          jobs: [{ name: 'build-core-with-stencil-nightly', labels: ['ubuntu-latest'] }]
        })
      ]
      const second = await step({}, '2024-02-23T16:00:00Z')
      expect(second.code).toBe(0)
      expect(runLists().map(r => [r.query.created, r.status])).toEqual([
        ['2024-01-23T16:00:00Z..2024-02-23T16:00:00Z', 200]
      ])
      expect(jobLists().map(r => r.path)).toEqual(
        added.reverse().map(r => expect.stringContaining(`/runs/${r.id}/jobs`))
      )
      expect(second.report?.runs).toMatchObject({
        newRuns: 2,
        jobsRead: 2,
        calls: { runs: 1, jobs: 2 }
      })
      expect(nightly(records())?.runs).toHaveLength(recordedSince(30) + 2)
      // DESIGN §14: a steady-state daily run with analytics ≤ 2 × (new runs) + 10 REST calls.
      expect(restCalls(lastRequests())).toBeLessThanOrEqual(2 * 2 + 10)

      const commits = fake.commitsOn(STATE).length
      const third = await step({}, '2024-02-24T16:00:00Z')
      expect(third.code).toBe(0)
      expect(runLists().map(r => r.status)).toEqual([304])
      expect(jobLists()).toEqual([])
      expect(third.report?.runs).toMatchObject({
        newRuns: 0,
        notModified: 1,
        calls: { runs: 0, jobs: 0 }
      })
      expect(third.stdout).toContain('(1 unchanged, 304)')
      // The state, and the run records for the prediction of the next day's run (DESIGN §11): no new run is read.
      expect(fake.commitsOn(STATE).length - commits).toBeLessThanOrEqual(2)
    })
  })

  describe('when the max-api-calls budget runs out', () => {
    it('stops reading jobs, keeps what it read, and the next run reads only the jobs still missing', async () => {
      const { step, jobLists, records } = await sut()
      const first = await step({ 'analytics-days': '95', 'max-api-calls': '40' })
      expect(first.code).toBe(0)
      const report = first.report
      expect(report?.calls.total).toBeLessThanOrEqual(40)
      expect(report?.runs.stopped).toMatchObject({ reason: 'call-budget', step: 'jobs' })
      const read = report?.runs.jobsRead ?? 0
      expect(read).toBeGreaterThan(10)
      expect(report?.runs.awaitingJobs).toBe(101 - read)
      expect(first.stdout).toMatch(
        /read 101 new runs of 1 workflow, jobs of \d+ runs, \d+ finished runs still without jobs; stopped at the call budget \(max-api-calls\) while reading jobs \(read for the runs back to 2024-\d\d-\d\d\) — continues next run/
      )
      expect(warnings(first)).toEqual([])
      const held = nightly(records())
      expect(held?.runs).toHaveLength(101)
      expect(held?.runs.filter(r => r.jobs !== null)).toHaveLength(read)
      const firstJobs = jobLists().map(r => r.path)

      const second = await step({ 'analytics-days': '95' })
      expect(second.report?.runs).toMatchObject({ newRuns: 0, jobsRead: 101 - read, stopped: null })
      const secondJobs = jobLists().map(r => r.path)
      expect(new Set([...firstJobs, ...secondJobs]).size).toBe(101)
      expect(nightly(records())?.runs.every(r => r.jobs !== null)).toBe(true)
    })

    it('stops between two pages of runs and the next run lists the hole it left', async () => {
      const { step, runLists, records } = await sut()
      // One GraphQL read, the records, the workflows and one page; 13 kept for the schedule part (1 + 10) and the save.
      const first = await step({ 'analytics-days': '95', 'max-api-calls': '17' })
      expect(first.code).toBe(0)
      expect(runLists().map(r => r.query.page)).toEqual(['1'])
      expect(first.report?.runs.stopped).toMatchObject({
        reason: 'call-budget',
        step: 'runs',
        workflow: NIGHTLY
      })
      const listed = nightly(records())?.listed ?? []
      expect(listed).toHaveLength(1)
      expect(listed[0]?.to).toBe(NOW)
      expect(first.stdout).toContain(
        `stopped at the call budget (max-api-calls) while listing the runs of ${NIGHTLY} (listed back to ${listed[0]?.from.slice(0, 10)}) — continues next run`
      )

      const second = await step({ 'analytics-days': '95' })
      expect(second.report?.runs.stopped).toBeNull()
      expect(runLists().map(r => r.query.created)).toEqual([
        `2024-02-22T15:03:40Z..${NOW}`,
        `2023-11-19T16:00:00Z..${listed[0]?.from}`
      ])
      const held = nightly(records())
      expect(held?.listed).toEqual([{ from: '2023-11-19T16:00:00Z', to: NOW }])
      expect(held?.runs).toHaveLength(101)
      expect(held?.runs.every(r => r.jobs !== null)).toBe(true)
    })

    it('reads nothing when max-api-calls leaves no room beside what the schedule part may need, and says so', async () => {
      const { step, runLists } = await sut()
      const run = await step({ 'max-api-calls': '3' })
      expect(run.code).toBe(0)
      expect(runLists()).toEqual([])
      expect(run.report?.runs).toMatchObject({
        newRuns: 0,
        saved: 'not-read',
        stopped: { reason: 'call-budget' }
      })
      expect(run.stdout).toContain(
        'stopped at the call budget (max-api-calls) before reading the run records — continues next run'
      )
    })
  })

  describe('a window holding more runs than GitHub lists for one query (1,000)', () => {
    it('is split in halves, newer first, each listed page by page; the records keep the newest 500', async () => {
      const HOURLY = '.github/workflows/hourly.yml'
      const config = `${CONFIG}  hourly:\n    path: ${HOURLY}\n    schedules:\n      aggressive: '*/30 * * * *'\n      normal: '0 * * * *'\n      conservative: '0 */2 * * *'\n`
      const hourly =
        "on:\n  schedule:\n    - cron: '*/30 * * * *'\njobs:\n  tick:\n    runs-on: ubuntu-latest\n    steps:\n      - run: 'true'\n"
      const { fake, step, runLists, records } = await sut({
        files: { ...FILES, '.github/orchestrator.yml': config, [HOURLY]: hourly }
      })
      for (let i = 0; i < 1200; i++)
        fake.addRun({
          workflow: HOURLY,
          conclusion: 'success',
          createdAt: new Date(Date.parse(NOW) - (i + 1) * 1_800_000),
          jobs: [{ name: 'tick', labels: ['ubuntu-latest'] }]
        })
      const run = await step({ 'max-api-calls': '60' })
      expect(run.code).toBe(0)
      const hourlyLists = runLists().filter(r => r.path.endsWith('/hourly.yml/runs'))
      const middle = '2024-02-07T16:00:00Z'
      expect(hourlyLists.map(r => `${r.query.created} ${r.query.page}`)).toEqual([
        `2024-01-23T16:00:00Z..${NOW} 1`,
        ...[1, 2, 3, 4, 5, 6, 7, 8].map(p => `${middle}..${NOW} ${p}`),
        ...[1, 2, 3, 4, 5].map(p => `2024-01-23T16:00:00Z..${middle} ${p}`)
      ])
      const held = records().workflows.find(w => w.path === HOURLY)
      expect(held?.listed).toEqual([{ from: '2024-01-23T16:00:00Z', to: NOW }])
      expect(held?.runs).toHaveLength(500)
      expect(held?.runs[0]?.run.createdAt).toBe('2024-02-22T15:30:00Z')
      expect(run.report?.calls.total).toBeLessThanOrEqual(60)
      expect(run.report?.runs.stopped).toMatchObject({ reason: 'call-budget', step: 'jobs' })
    })
  })

  describe('a rate limit while reading jobs', () => {
    it('keeps the runs read, saves them, and ends the run successfully with a warning', async () => {
      const { fake, step, records, jobLists } = await sut({
        faults: {
          seed: 1,
          secondaryRateLimitRate: 1,
          operations: ['actions/list-jobs-for-workflow-run']
        }
      })
      const first = await step()
      expect(first.code).toBe(0)
      expect(first.report?.runs).toMatchObject({
        newRuns: recordedSince(30),
        jobsRead: 0,
        saved: 'written',
        stopped: { reason: 'rate-limit', step: 'jobs' }
      })
      expect(warnings(first)).toContainEqual(
        expect.stringContaining(
          "Observing runs stopped: GitHub's rate limit is spent while reading jobs — what was read is kept; the next run carries on"
        )
      )
      expect(nightly(records())?.runs).toHaveLength(recordedSince(30))
      expect(first.outputs.mode).toBe('aggressive')

      fake.setFaults(undefined)
      const second = await step()
      expect(jobLists()).toHaveLength(recordedSince(30))
      expect(second.report?.runs).toMatchObject({
        newRuns: 0,
        jobsRead: recordedSince(30),
        stopped: null
      })
    })
  })

  describe('a dry run', () => {
    it('reads the runs and reports them, and writes nothing', async () => {
      const { fake, step, runLists } = await sut()
      const run = await step({ 'dry-run': 'true' })
      expect(run.code).toBe(0)
      expect(runLists()).toHaveLength(1)
      expect(run.report?.runs).toMatchObject({ newRuns: recordedSince(30), saved: 'dry-run' })
      expect(fake.fileAt(STATE, RUNS_FILE)).toBeUndefined()
      expect(run.stdout).toContain('not saved (dry run)')
    })
  })

  describe('without a state branch', () => {
    it('observes no runs and says why', async () => {
      const { step, runLists } = await sut()
      const run = await step({ 'state-branch': '' })
      expect(run.code).toBe(0)
      expect(runLists()).toEqual([])
      expect(run.report?.runs).toBeUndefined()
      expect(run.stdout).toContain(
        'Runs are not observed: the state is disabled (state-branch is empty)'
      )
    })
  })
})
