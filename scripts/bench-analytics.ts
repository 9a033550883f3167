// npm run bench:analytics: `analyze` (DESIGN §10) on every API-shaped recording in ../shared/corpus/runs, read in
// place — the figures it prints and the time it takes (median of several rounds, files read and parsed each time) —
// the core alone on the ionic recording repeated to a larger size, and the bundled action against the GitHub fake
// seeded with that recording: the REST calls of a first run and of a steady-state next day beside DESIGN §14's
// target. Figures only; nothing here asserts a time or a count.
// The other corpora (CSV and TSV extracts, per-run billable totals) are not API objects and are left out.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { loadRecordedRuns, startGitHubFake } from '../__fixtures__/github-fake/index.js'
import { runAction } from '../__fixtures__/run-action.js'
import { runAnalyze } from '../src/cli/analyze-command.js'
import { analyzeRuns } from '../src/core/runs/analytics.js'
import { parseRecordedApi, type RecordedApi } from '../src/core/runs/records.js'

const RUNS = path.resolve('../shared/corpus/runs')
const ROUNDS = 7
const CORPORA = [
  {
    name: 'ionic-stencil-nightly-api (runs + jobs)',
    argv: ['--runs', path.join(RUNS, 'ionic-stencil-nightly-api')]
  },
  {
    name: 'ionic-stencil-nightly-api, the whole recording (--analytics-days 100)',
    argv: ['--runs', path.join(RUNS, 'ionic-stencil-nightly-api'), '--analytics-days', '100']
  },
  {
    name: 'small-samples/testgraal_list_workflow_runs_response.json (runs only)',
    argv: ['--runs', path.join(RUNS, 'small-samples/testgraal_list_workflow_runs_response.json')]
  }
]

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

async function timed(argv: string[]): Promise<{ ms: number; out: string }> {
  let out = ''
  const term = { out: (t: string) => void (out += t), err: (t: string) => void (out += t) }
  const started = performance.now()
  const code = await runAnalyze(argv, term)
  const ms = performance.now() - started
  if (code !== 0) throw new Error(`analyze ${argv.join(' ')} exited ${code}: ${out}`)
  return { ms, out }
}

async function corpus(name: string, argv: string[]): Promise<void> {
  const times: number[] = []
  for (let i = 0; i < ROUNDS; i++) times.push((await timed([...argv, '--json'])).ms)
  const { out } = await timed(argv)
  const line = `${median(times).toFixed(1)} ms median of ${ROUNDS} (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`
  console.log(`## ${name}\n\nanalyze --json: ${line}\n\n${out}`)
}

/** The ionic recording `copies` times over, each copy 100 days earlier with new ids: a bigger history to time. */
function repeated(api: RecordedApi, copies: number): RecordedApi {
  const shifted = (time: string | null, k: number) =>
    time === null ? null : new Date(Date.parse(time) - k * 100 * 86_400_000).toISOString()
  const runs = api.runs.flatMap(r =>
    Array.from({ length: copies }, (_, k) => ({
      ...r,
      id: r.id * copies + k,
      createdAt: shifted(r.createdAt, k) as string,
      startedAt: shifted(r.startedAt, k),
      updatedAt: shifted(r.updatedAt, k) as string
    }))
  )
  const jobs = api.jobs.flatMap(j =>
    Array.from({ length: copies }, (_, k) => ({
      ...j,
      id: j.id * copies + k,
      runId: j.runId * copies + k,
      startedAt: shifted(j.startedAt, k),
      completedAt: shifted(j.completedAt, k)
    }))
  )
  return { workflows: api.workflows, runs, jobs }
}

function scaled(): void {
  const dir = path.join(RUNS, 'ionic-stencil-nightly-api')
  const read = (file: string) => parseRecordedApi(readFileSync(path.join(dir, file), 'utf8'), file)
  const base = read('workflow_runs.json')
  const api = repeated({ ...base, jobs: read('jobs.json').jobs }, 100)
  const times: number[] = []
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now()
    analyzeRuns({ api, days: 10_000 })
    times.push(performance.now() - started)
  }
  console.log(
    `## core only: the ionic recording ×100 (${api.runs.length} runs, ${api.jobs.length} jobs, one window over all)\n\n` +
      `analyzeRuns: ${median(times).toFixed(1)} ms median of ${ROUNDS}\n`
  )
}

const NIGHTLY = '.github/workflows/stencil-nightly.yml'
/** An hour after the recording's last run; the steady-state run is a day later. */
const FIRST = '2024-02-22T16:00:00Z'
const NEXT_DAY = '2024-02-23T16:00:00Z'
const ACTION_FILES = {
  '.github/orchestrator.yml': `workflows:
  nightly:
    path: ${NIGHTLY}
    schedules: { aggressive: '3 6 * * *', normal: '3 6 * * *', conservative: '3 6 * * 1' }
`,
  [NIGHTLY]: `name: Stencil Nightly Build
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
}

interface Request {
  method: string
  path: string
  status: number
}

/** One row: new runs, the REST calls that cost rate limit, the free 304s, GraphQL, and the target 2 × new + 10. */
function callsRow(name: string, requests: readonly Request[], newRuns: number): string {
  const graphql = requests.filter(r => r.path === '/graphql').length
  const rest = requests.filter(r => r.path !== '/graphql')
  const notModified = rest.filter(r => r.status === 304).length
  const calls = rest.length - notModified
  const byMethod: Record<string, number> = {}
  for (const r of rest.filter(q => q.status !== 304))
    byMethod[r.method] = (byMethod[r.method] ?? 0) + 1
  const methods = Object.entries(byMethod)
    .map(([m, n]) => `${m} ${n}`)
    .join(', ')
  const target = 2 * newRuns + 10
  const verdict = calls <= target ? '✓' : '✗ over target'
  return `| ${name} | ${newRuns} | ${calls} (${methods}) | ${notModified} | ${graphql} | ≤ ${target} ${verdict} |`
}

/** The bundled action (dist/index.js) against the fake seeded with the ionic recording: a first run, then the next day. */
async function actionCalls(): Promise<void> {
  const recorded = loadRecordedRuns(path.join(RUNS, 'ionic-stencil-nightly-api'))
  const fake = await startGitHubFake({
    owner: recorded.owner,
    repo: recorded.repo,
    files: ACTION_FILES,
    workflows: recorded.workflows,
    runs: recorded.runs,
    jobs: recorded.jobs,
    now: FIRST
  })
  try {
    const step = async (now: string) => {
      const seen = fake.requests.length
      const run = await runAction({
        apiUrl: fake.url,
        repository: `${fake.owner}/${fake.repo}`,
        inputs: { token: 'ghp_bench', used: '10' },
        now
      })
      if (run.code !== 0) throw new Error(`the action failed: ${run.stdout}`)
      const report = JSON.parse(run.outputs.report ?? '{}') as { runs?: { newRuns: number } }
      return { requests: fake.requests.slice(seen), newRuns: report.runs?.newRuns ?? 0 }
    }
    const first = await step(FIRST)
    // The next day: the nightly's scheduled run and one dispatched by hand, each with its job.
    for (const [event, createdAt] of [
      ['schedule', '2024-02-23T06:03:10Z'],
      ['workflow_dispatch', '2024-02-23T09:30:00Z']
    ] as const)
      fake.addRun({
        workflow: NIGHTLY,
        event,
        conclusion: 'success',
        createdAt,
        jobs: [{ name: 'build-core-with-stencil-nightly', labels: ['ubuntu-latest'] }]
      })
    const next = await step(NEXT_DAY)
    const quiet = await step('2024-02-24T16:00:00Z')
    console.log(
      '## the action (node dist/index.js) against the GitHub fake seeded with the ionic-stencil runs and jobs\n\n' +
        'Observing runs on (analytics-days 30, max-api-calls 500), one managed workflow, no schedule change. REST calls ' +
        'count what costs rate limit (a 304 is free; GraphQL apart); DESIGN §14: a steady-state daily run with ' +
        'analytics ≤ 2 × new runs + 10.\n\n' +
        '| run | new runs | REST calls (by method) | 304 (free) | GraphQL | target |\n|---|--:|---|--:|--:|---|\n' +
        [
          callsRow('first run: the window read whole', first.requests, first.newRuns),
          callsRow('steady state: the next day, 2 new runs', next.requests, next.newRuns),
          callsRow('steady state: a quiet day, nothing new', quiet.requests, quiet.newRuns)
        ].join('\n') +
        '\n'
    )
  } finally {
    await fake.close()
  }
}

if (!existsSync(RUNS)) {
  console.log(`The run corpus is not at ${RUNS}: nothing to measure.`)
} else {
  for (const { name, argv } of CORPORA) await corpus(name, argv)
  scaled()
  await actionCalls()
}
