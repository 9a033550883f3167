// npm run bench:analytics: `analyze` (DESIGN §10) on every API-shaped recording in ../shared/corpus/runs, read in
// place — the figures it prints and the time it takes (median of several rounds, files read and parsed each time) —
// and the core alone on the ionic recording repeated to a larger size. Figures only; nothing here asserts a time.
// The other corpora (CSV and TSV extracts, per-run billable totals) are not API objects and are left out.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
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

if (!existsSync(RUNS)) {
  console.log(`The run corpus is not at ${RUNS}: nothing to measure.`)
} else {
  for (const { name, argv } of CORPORA) await corpus(name, argv)
  scaled()
}
