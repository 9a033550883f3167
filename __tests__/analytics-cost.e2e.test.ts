/**
 * What the runs cost, where a user sees it (DESIGN §10, issue 9), end to end: the bundled action (dist/index.js)
 * against the GitHub fake seeded with the ionic-stencil nightly recording. The runs are observed before the plan, so
 * the pull request prices its change ("this change: 30 → 4 runs a month, … minutes, $… → $…"); the outputs
 * `billable-minutes` and `cost`, the JSON report, the job summary's usage chart, the config's prices and a workflow
 * GitHub disabled for inactivity. Every expected figure is worked out here from the recording's raw API objects.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  loadRecordedRuns,
  startGitHubFake,
  type GitHubFake
} from '../__fixtures__/github-fake/index.js'
import { runAction } from '../__fixtures__/run-action.js'
import { corpusGuard } from '../__fixtures__/corpus-guard.js'

const CORPUS = '../shared/corpus/runs/ionic-stencil-nightly-api'
const { describe: corpusDescribe } = corpusGuard(CORPUS)

const NIGHTLY = '.github/workflows/stencil-nightly.yml'
const DOCS = '.github/workflows/docs.yml'
/** An hour after the recording's last run. */
const NOW = '2024-02-22T16:00:00Z'
const DAY = 86_400_000
const MINUTE = 60_000
/** The config's price of a linux minute, over GitHub's $0.006. */
const LINUX = 0.008

const CONFIG = `prices:
  linux: ${LINUX}
workflows:
  nightly:
    path: ${NIGHTLY}
    schedules:
      aggressive: '3 6 * * *'
      normal: '3 6 * * *'
      conservative: '3 6 * * 1'
  docs:
    path: ${DOCS}
    schedules: { aggressive: '17 4 * * 0', normal: '17 4 * * 0', conservative: '17 4 * * 0' }
`
const schedule = (cron: string) => `on:
  schedule:
    - cron: '${cron}'
  workflow_dispatch:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: npm run build
`
const FILES = {
  '.github/orchestrator.yml': CONFIG,
  [NIGHTLY]: schedule('3 6 * * *'),
  [DOCS]: schedule('17 4 * * 0')
}

interface RawRun {
  id: number
  run_attempt: number
  created_at: string
}
interface RawJob {
  run_id: number
  run_attempt: number
  started_at: string | null
  completed_at: string | null
}

/**
 * The window's figures by DESIGN §10's rules, from the raw objects: the runs created in the 30 days before NOW, each
 * with the jobs of its own attempt; a job's minutes rounded up (none without both times); every job here asks for
 * ubuntu-latest or names no runner, both priced as linux (multiplier 1) at the config's price.
 */
function expectedFigures() {
  const recorded = loadRecordedRuns(CORPUS)
  const runs = recorded.runs as RawRun[]
  const jobs = recorded.jobs as RawJob[]
  const to = Date.parse(NOW)
  const inWindow = runs.filter(r => {
    const t = Date.parse(r.created_at)
    return t >= to - 30 * DAY && t <= to
  })
  const minutes = (j: RawJob) => {
    if (j.started_at === null || j.completed_at === null) return 0
    const ms = Date.parse(j.completed_at) - Date.parse(j.started_at)
    return ms > 0 ? Math.ceil(ms / MINUTE) : 0
  }
  const perRun = inWindow
    .map(r => jobs.filter(j => j.run_id === r.id && j.run_attempt === r.run_attempt))
    .filter(own => own.length > 0)
    .map(own => own.reduce((sum, j) => sum + minutes(j), 0))
  const billable = perRun.reduce((a, b) => a + b, 0)
  return { runs: inWindow.length, priced: perRun.length, billable, cost: billable * LINUX }
}

/** Runs in the 30 days from NOW of a cron at 06:03 UTC every day, or on Mondays only. */
function runsIn30Days(mondaysOnly: boolean): number {
  const from = Date.parse(NOW)
  const start = Date.parse(NOW.slice(0, 10))
  let n = 0
  for (let d = 0; d <= 31; d++) {
    const t = start + d * DAY + (6 * 60 + 3) * MINUTE
    const monday = new Date(t).getUTCDay() === 1
    if (t >= from && t < from + 30 * DAY && (!mondaysOnly || monday)) n++
  }
  return n
}

/** How the reports write minutes and dollars: whole minutes with separators; cents from $1 up, a tenth below. */
const minutesText = (n: number) => Math.round(n).toLocaleString('en-US')
const dollarsText = (n: number) =>
  n < 1
    ? `$${n.toFixed(3)}`
    : `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

interface Report {
  planCost?: {
    workflows: string[]
    before: { runs: number; billableMinutes: number | null; cost: number | null }
    after: { runs: number; billableMinutes: number | null; cost: number | null }
  }
  analytics?: { totals: { runs: number; billableMinutes: number | null; cost: number | null } }
  disabledForInactivity?: Array<{ workflow: string; path: string }>
}

const running: GitHubFake[] = []

afterEach(async () => {
  for (const fake of running) expect(fake.violations).toEqual([])
  await Promise.all(running.splice(0).map(f => f.close()))
})

async function sut() {
  const recorded = loadRecordedRuns(CORPUS)
  const fake = await startGitHubFake({
    owner: recorded.owner,
    repo: recorded.repo,
    files: FILES,
    workflows: [...recorded.workflows, { path: DOCS, state: 'disabled_inactivity' }],
    runs: recorded.runs,
    jobs: recorded.jobs,
    now: NOW
  })
  running.push(fake)
  const step = async (inputs: Record<string, string>) => {
    const run = await runAction({
      apiUrl: fake.url,
      repository: `${fake.owner}/${fake.repo}`,
      inputs: { token: 'ghp_test', used: '10', mode: 'conservative', ...inputs },
      now: NOW
    })
    const report = run.outputs.report ? (JSON.parse(run.outputs.report) as Report) : undefined
    return { ...run, report }
  }
  return { fake, step }
}

corpusDescribe('what the runs cost: the bundled action against the GitHub fake', () => {
  describe('a run that moves the nightly workflow to conservative (daily → Mondays)', () => {
    it('prices the change in the pull request body, the job summary and the JSON report', async () => {
      const { fake, step } = await sut()
      const run = await step({})
      expect(run.code).toBe(0)
      const figures = expectedFigures()
      const [before, after] = [runsIn30Days(false), runsIn30Days(true)]
      expect([before, after]).toEqual([30, 4])
      const meanMinutes = figures.billable / figures.priced
      const meanDollars = figures.cost / figures.priced
      const line =
        `this change: ${before} → ${after} runs a month, ` +
        `${minutesText(before * meanMinutes)} → ${minutesText(after * meanMinutes)} minutes, ` +
        `${dollarsText(before * meanDollars)} → ${dollarsText(after * meanDollars)}`

      const pulls = fake.pulls()
      expect(pulls).toHaveLength(1)
      expect(pulls[0]?.body).toContain(line)
      expect(run.summary).toContain(line)

      const cost = run.report?.planCost
      expect(cost?.workflows).toEqual(['nightly'])
      expect(cost?.before.runs).toBe(before)
      expect(cost?.after.runs).toBe(after)
      expect(cost?.before.billableMinutes).toBeCloseTo(before * meanMinutes, 2)
      expect(cost?.after.billableMinutes).toBeCloseTo(after * meanMinutes, 2)
      expect(cost?.before.cost).toBeCloseTo(before * meanDollars, 4)
      expect(cost?.after.cost).toBeCloseTo(after * meanDollars, 4)
    })

    it('sets billable-minutes and cost to the window’s totals, priced at the config’s prices', async () => {
      const { step } = await sut()
      const run = await step({})
      const figures = expectedFigures()
      expect(figures.priced).toBeGreaterThan(20)
      expect(run.outputs['billable-minutes']).toBe(String(figures.billable))
      expect(Number(run.outputs.cost)).toBeCloseTo(figures.cost, 6)
      expect(run.report?.analytics?.totals.runs).toBe(figures.runs)
      expect(run.report?.analytics?.totals.billableMinutes).toBe(figures.billable)
    })

    it('draws the period’s usage, its projection and the quota in the job summary', async () => {
      const { step } = await sut()
      const run = await step({})
      expect(run.summary).toContain('### Usage this period')
      expect(run.summary).toMatch(
        /```mermaid\nxychart-beta\n {4}title "Usage this period \(resets 2024-03-01\)"\n/
      )
      // One reading (used 10 today) and the projection at the reset, against the quota of 1,500.
      expect(run.summary).toContain('    line [1500, 1500]')
      expect(run.summary).toContain(
        '_Lines: used so far, projected to the reset, and the quota (1,500)._'
      )
    })

    it('lists a managed workflow GitHub disabled for inactivity in the log, the summary and the JSON', async () => {
      const { step } = await sut()
      const run = await step({})
      expect(run.report?.disabledForInactivity).toEqual([{ workflow: 'docs', path: DOCS }])
      expect(run.summary).toContain(
        'docs: GitHub disabled this workflow for inactivity — re-enable it to run it again'
      )
      expect(run.stdout).toContain(
        `::warning::docs (${DOCS}): GitHub disabled this workflow for inactivity, so its crons start nothing`
      )
    })
  })

  describe('without observed runs (no state branch)', () => {
    it('leaves billable-minutes and cost empty and the pull request without a cost line', async () => {
      const { fake, step } = await sut()
      const run = await step({ 'state-branch': '' })
      expect(run.code).toBe(0)
      expect(run.outputs['billable-minutes']).toBe('')
      expect(run.outputs.cost).toBe('')
      expect(run.report?.planCost).toBeUndefined()
      expect(fake.pulls()[0]?.body).not.toContain('this change:')
    })
  })
})
