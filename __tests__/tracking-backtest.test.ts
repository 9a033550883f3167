/**
 * The action's accuracy tracking and the backtest agree (DESIGN §11, issue 10): over the ionic-stencil recording in
 * ../shared/corpus/runs, the tracker — the observe-runs use case run once a day at 05:55 UTC, before the nightly's
 * 06:00 cron, over the real GitHub adapter against the GitHub fake seeded with the recording — records for each
 * scheduled run the prediction that `backtest --json` prints for it, and reads the same actual duration: the same
 * predictor applied to the same history. Skipped visibly when the corpus is absent, unless REQUIRE_CORPUS is set.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import {
  loadRecordedRuns,
  startGitHubFake,
  type GitHubFake
} from '../__fixtures__/github-fake/index.js'
import { gitHubPorts } from '../src/adapters/github/github-repository.js'
import { RUNS_PATH, stateOnBranch } from '../src/adapters/github/state-branch.js'
import { runBacktest } from '../src/cli/backtest-command.js'
import { type TrackedWorkflow } from '../src/core/forecast/tracking.js'
import { recordRuns, type RecordedRuns } from '../src/use-cases/observe-runs/record-runs.js'
import { corpusGuard } from '../__fixtures__/corpus-guard.js'

const IONIC = path.resolve(process.cwd(), '../shared/corpus/runs/ionic-stencil-nightly-api')
const { describe: corpus } = corpusGuard(IONIC)

const NIGHTLY = '.github/workflows/stencil-nightly.yml'
/** The recording's scheduled runs were all created 06:02–06:04 UTC on weekdays. */
const TRACKED: TrackedWorkflow = {
  id: 'nightly',
  path: NIGHTLY,
  entries: [{ cron: '0 6 * * 1-5' }],
  event: 'schedule'
}
const DAY = 86_400_000
/** The orchestrator's daily run: the day before the recording's first run, to the day after its last. */
const FIRST = Date.parse('2023-11-20T05:55:00Z')
const LAST = Date.parse('2024-02-23T05:55:00Z')

interface Line {
  workflow: string
  runId: number
  predicted: number
  low: number
  high: number
  confidence: number
  actual: number
}

/** `backtest --runs <recording> --json`: the prediction lines by run id. */
async function backtestLines(): Promise<Map<number, Line>> {
  let out = ''
  const code = await runBacktest(['--runs', IONIC, '--json'], {
    out: text => (out += text),
    err: () => {}
  })
  expect(code).toBe(0)
  const lines = out
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as Line & { summary?: unknown })
  return new Map(lines.filter(l => l.summary === undefined).map(l => [l.runId, l]))
}

/** The tracker run once a day over the recording, through the use case; its last result. */
async function trackDaily(fake: GitHubFake): Promise<RecordedRuns> {
  const github = gitHubPorts(
    { owner: fake.owner, repo: fake.repo },
    { token: 'ghp_test', baseUrl: fake.url, backoffMs: 1, writeSpacingMs: 0 }
  )
  const baseHead = (await github.branchHead('main')) ?? ''
  const storage = stateOnBranch(github, { branch: 'orchestrator-state', baseHead, path: RUNS_PATH })
  let last: RecordedRuns | undefined
  for (let at = FIRST; at <= LAST; at += DAY) {
    fake.setNow(new Date(at))
    last = await recordRuns(
      { runs: github, storage, name: RUNS_PATH },
      {
        workflows: [{ id: TRACKED.id, path: NIGHTLY }],
        now: new Date(at),
        // Longer than the recording, so the records keep all of it, as the backtest does.
        windowDays: 120,
        budget: { limit: 100_000, spent: () => github.requestCount() },
        dryRun: false,
        tracking: { workflows: [TRACKED] }
      }
    )
    expect(last.saved).not.toBe('failed')
  }
  if (!last) throw new Error('the tracker never ran')
  return last
}

corpus('the tracker and the backtest over the ionic-stencil recording', () => {
  let fake: GitHubFake
  let tracked: RecordedRuns
  let backtest: Map<number, Line>
  let raw: Record<string, { event: string; run_attempt: number }>

  beforeAll(async () => {
    const recorded = loadRecordedRuns(IONIC)
    fake = await startGitHubFake({
      owner: recorded.owner,
      repo: recorded.repo,
      files: { [NIGHTLY]: "on:\n  schedule:\n    - cron: '0 6 * * 1-5'\n" },
      workflows: recorded.workflows,
      runs: recorded.runs,
      jobs: recorded.jobs
    })
    raw = JSON.parse(readFileSync(path.join(IONIC, 'workflow_runs.json'), 'utf8')) as typeof raw
    backtest = await backtestLines()
    tracked = await trackDaily(fake)
  }, 120_000)

  afterAll(async () => {
    expect(fake.violations).toEqual([])
    await fake.close()
  })

  it('records for every scheduled run the prediction the backtest prints for it, and reads the same duration', () => {
    const outcomes = tracked.forecast?.accuracy.outcomes ?? []
    const ours = outcomes.map(o => ({
      workflow: 'Stencil Nightly Build',
      runId: o.prediction.runId,
      predicted: o.prediction.predicted,
      low: o.prediction.low,
      high: o.prediction.high,
      confidence: o.prediction.confidence,
      actual: Math.round(o.actual * 10) / 10
    }))
    expect(ours).toEqual(ours.map(o => backtest.get(o.runId ?? 0)))
    // Compared: every scheduled first attempt the backtest predicts (not the dispatches, nor the re-runs: 55 of 80).
    const scheduled = [...backtest.values()].filter(l => {
      const run = raw[String(l.runId)]
      return run?.event === 'schedule' && run.run_attempt === 1
    })
    expect(ours.map(o => o.runId)).toEqual(scheduled.map(l => l.runId))
    expect(ours).toHaveLength(55)
    const within = scheduled.filter(l => Math.abs(l.predicted - l.actual) <= 0.25 * l.actual)
    expect(tracked.forecast?.accuracy.summary.accuracyScore).toBe(within.length / scheduled.length)
  })
})
