/**
 * Predictions, their accuracy and the recommendations in the action (DESIGN §11, issue 10), end to end: the bundled
 * action (dist/index.js) against the GitHub fake seeded with the ionic-stencil nightly recording. A run records the
 * prediction of the nightly's next run in orchestrator/runs.json; the next day's run matches it with the run that
 * came and reports the error in the job summary and the JSON report's `accuracy`; the recommendations are in the
 * summary, in `recommendations`, and in the pull request body for the workflow it changes.
 */
import { afterEach, expect, it } from '@jest/globals'
import {
  loadRecordedRuns,
  startGitHubFake,
  type GitHubFake
} from '../__fixtures__/github-fake/index.js'
import { runAction } from '../__fixtures__/run-action.js'
import { parseRunStore } from '../src/core/runs/run-store-json.js'
import { corpusGuard } from '../__fixtures__/corpus-guard.js'

const CORPUS = '../shared/corpus/runs/ionic-stencil-nightly-api'
const { describe: corpusDescribe } = corpusGuard(CORPUS)
const NIGHTLY = '.github/workflows/stencil-nightly.yml'
const STATE = 'orchestrator-state'
/** A Thursday, an hour after the recording's last run. */
const NOW = '2024-02-22T16:00:00Z'
const NEXT_DAY = '2024-02-23T16:00:00Z'

// Every mode moves the nightly off the cron its file carries: the run opens a pull request.
const CONFIG = `workflows:
  nightly:
    path: ${NIGHTLY}
    schedules:
      aggressive: '13 6 * * 1-5'
      normal: '13 6 * * 1-5'
      conservative: '13 6 * * 1-5'
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

interface Figures {
  comparisons: number
  meanError: number
  accuracyScore: number
  buckets: Record<string, number>
  coverage: number
}

interface Report {
  accuracy: Figures & {
    workflows: Array<Figures & { workflow: string }>
    trend: { recent: Figures | null; previous: Figures | null; direction: string | null }
    thisRun: { horizonHours: number; recorded: number; matched: number; dropped: number }
    ahead: Array<{ workflow: string; due: string; predicted: number; low: number; high: number }>
  }
  recommendations: {
    mode: string
    workflows: Array<{ id: string; changed: boolean; recommended: string[]; action: string }>
    conflicts: Array<{ kind: string; workflows: string[] }>
  }
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
    files: { '.github/orchestrator.yml': CONFIG, [NIGHTLY]: WORKFLOW },
    workflows: recorded.workflows,
    runs: recorded.runs,
    jobs: recorded.jobs,
    now: NOW
  })
  running.push(fake)
  const step = async (now: string) => {
    fake.setNow(now)
    const run = await runAction({
      apiUrl: fake.url,
      repository: `${fake.owner}/${fake.repo}`,
      inputs: { token: 'ghp_test', used: '10' },
      now
    })
    const report = run.outputs.report ? (JSON.parse(run.outputs.report) as Report) : undefined
    return { ...run, report }
  }
  const predictions = () => {
    const text = fake.fileAt(STATE, 'orchestrator/runs.json') ?? ''
    return parseRunStore(text, 'runs.json').workflows.find(w => w.path === NIGHTLY)?.predictions
  }
  return { fake, step, predictions }
}

corpusDescribe('predictions and recommendations in the action', () => {
  it('records the next run’s prediction, then matches it with the run and reports its error', async () => {
    const { fake, step, predictions } = await sut()
    const first = await step(NOW)
    expect(first.code).toBe(0)
    // The file's cron stays in force until the pull request is merged: the next run is Friday's at 06:03.
    const [next] = predictions() ?? []
    expect(next).toMatchObject({ due: '2024-02-23T06:03:00Z', madeAt: '2024-02-22T16:00:00Z' })
    expect(first.report?.accuracy).toMatchObject({
      comparisons: 0,
      thisRun: { horizonHours: 24, recorded: 1, matched: 0, dropped: 0 },
      ahead: [{ workflow: 'nightly', due: '2024-02-23T06:03:00Z', predicted: next?.predicted }]
    })
    expect(first.summary).toContain('### Prediction accuracy')
    expect(first.summary).toContain('No prediction has been matched with a finished run yet.')
    expect(first.summary).toMatch(/\| `nightly` \| 2024-02-23 06:03 UTC \| \d+m \d+s \|/)
    expect(first.stdout).toContain(
      'predictions: recorded 1 for the runs due before the next orchestrator run (taken as 24 h away)'
    )

    const seconds = Math.round(next?.predicted ?? 0) + 120
    const came = fake.addRun({
      workflow: NIGHTLY,
      conclusion: 'success',
      createdAt: '2024-02-23T06:05:00Z',
      updatedAt: new Date(Date.parse('2024-02-23T06:05:00Z') + (seconds + 30) * 1000),
      jobs: [
        {
          name: 'build-core-with-stencil-nightly',
          startedAt: '2024-02-23T06:05:20Z',
          completedAt: new Date(Date.parse('2024-02-23T06:05:20Z') + seconds * 1000)
        }
      ]
    })
    const second = await step(NEXT_DAY)
    expect(second.code).toBe(0)
    expect(predictions()?.[0]).toMatchObject({ due: next?.due, runId: came.id })
    const error = (100 * Math.abs((next?.predicted ?? 0) - seconds)) / seconds
    const accuracy = second.report?.accuracy
    expect(accuracy).toMatchObject({
      comparisons: 1,
      thisRun: { matched: 1, recorded: 1 },
      workflows: [{ workflow: 'nightly', comparisons: 1 }]
    })
    expect(accuracy?.meanError).toBeCloseTo(error, 1)
    expect(accuracy?.trend.recent?.comparisons).toBe(1)
    expect(second.summary).toMatch(/\| \*\*all\*\* \| 1 \| \d+\.\d% \| \d+\.\d% \|/)
    expect(second.summary).toContain('Trend (accuracy score): last 7 days')
  })

  it('recommends in the summary, the JSON report and the pull request body', async () => {
    const { fake, step } = await sut()
    const first = await step(NOW)
    expect(first.report?.recommendations).toMatchObject({
      workflows: [{ id: 'nightly', changed: true, recommended: ['13 6 * * 1-5'] }]
    })
    expect(first.summary).toMatch(/### Recommendations \((aggressive|normal|conservative) mode\)/)
    expect(first.summary).toMatch(/\| `nightly` \| `3 6 \* \* \*` \| `13 6 \* \* 1-5` \|/)
    // The runs are observed before the plan: the first run's body already recommends from them.
    expect(fake.pulls()[0]?.body).toMatch(
      /### Recommendations \((aggressive|normal|conservative) mode\)/
    )

    const second = await step(NEXT_DAY)
    expect(second.outputs['pull-request-operation']).toBe('updated')
    const body = fake.pulls()[0]?.body ?? ''
    expect(body).toMatch(/### Recommendations \((aggressive|normal|conservative) mode\)/)
    expect(body).toMatch(/\| `nightly` \| `3 6 \* \* \*` \| `13 6 \* \* 1-5` \|/)
    expect(body.indexOf('### Recommendations')).toBeLessThan(body.indexOf('<summary>Diff'))
  })
})
