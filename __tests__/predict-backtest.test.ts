/**
 * The backtest (DESIGN §11): the replay over run records, the duration of a run, and the `backtest` command over
 * recorded API JSON — constructed recordings, and the real ionic-framework recording in ../shared/corpus/runs (read
 * in place; skipped visibly when the corpus is absent, unless REQUIRE_CORPUS is set).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runBacktest } from '../src/cli/backtest-command.js'
import { backtest } from '../src/core/forecast/duration-backtest.js'
import { runDurationSeconds } from '../src/core/forecast/duration-of-run.js'
import { type JobRecord, type RunRecord } from '../src/core/runs/records.js'

const IONIC = path.resolve(process.cwd(), '../shared/corpus/runs/ionic-stencil-nightly-api')
const HAVE_CORPUS = existsSync(IONIC)
if (!HAVE_CORPUS && process.env.REQUIRE_CORPUS)
  throw new Error(`the run corpus is missing at ${IONIC}`)

const T0 = Date.parse('2025-03-03T00:00:00Z')
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString()

/** A finished run of workflow 7 that started `start` s after T0 and took `seconds`. */
function run(id: number, start: number, seconds: number, conclusion = 'success'): RunRecord {
  return {
    id,
    workflowId: 7,
    attempt: 1,
    event: 'schedule',
    branch: 'main',
    status: 'completed',
    conclusion,
    createdAt: at(start),
    startedAt: at(start),
    updatedAt: at(start + seconds)
  }
}

function job(runId: number, start: number, end: number, extra: Partial<JobRecord> = {}): JobRecord {
  const id = runId * 100 + start
  return {
    id,
    runId,
    attempt: 1,
    name: `job ${id}`,
    labels: [],
    startedAt: at(start),
    completedAt: at(end),
    conclusion: 'success',
    ...extra
  }
}

/** What the command printed, and its exit code. */
async function cli(...argv: string[]) {
  let [out, err] = ['', '']
  const code = await runBacktest(argv, { out: t => (out += t), err: t => (err += t) })
  return { code, out, err }
}

const dir = mkdtempSync(path.join(tmpdir(), 'backtest-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Writes recorded API JSON (a list response of runs in API shape) and returns its path. */
function recording(name: string, runs: RunRecord[]): string {
  const file = path.join(dir, name)
  const apiRuns = runs.map(r => ({
    id: r.id,
    name: 'Nightly',
    path: '.github/workflows/nightly.yml',
    workflow_id: r.workflowId,
    run_attempt: r.attempt,
    event: r.event,
    head_branch: r.branch,
    status: r.status,
    conclusion: r.conclusion,
    created_at: r.createdAt,
    run_started_at: r.startedAt,
    updated_at: r.updatedAt
  }))
  writeFileSync(file, JSON.stringify({ total_count: runs.length, workflow_runs: apiRuns }))
  return file
}

describe('the duration of a run', () => {
  it('spans its jobs, from the first start to the last completion', () => {
    expect(runDurationSeconds(run(1, 0, 900), [job(1, 10, 100), job(1, 50, 400)])).toBe(390)
  })

  it('ignores skipped jobs and the jobs of other attempts', () => {
    const jobs = [
      job(1, 10, 100),
      job(1, 5, 2000, { conclusion: 'skipped' }),
      job(1, 0, 3000, { attempt: 2 })
    ]
    expect(runDurationSeconds(run(1, 0, 900), jobs)).toBe(90)
  })

  it('falls back on updated_at − run_started_at without jobs', () => {
    expect(runDurationSeconds(run(1, 0, 900))).toBe(900)
  })

  it('has none while the run has not finished', () => {
    expect(
      runDurationSeconds({ ...run(1, 0, 900), status: 'in_progress', conclusion: null })
    ).toBeUndefined()
  })
})

describe('the backtest', () => {
  describe('when runs follow one another', () => {
    const runs = Array.from({ length: 12 }, (_, i) => run(i + 1, i * 3600, 100 + i))
    const { predictions, summary } = backtest(runs, [], { names: new Map([[7, 'nightly']]) })

    it('predicts every successful run that has 5 earlier ones, from those only', () => {
      expect(predictions.map(p => p.runId)).toEqual([6, 7, 8, 9, 10, 11, 12])
      expect(predictions[0]).toMatchObject({
        workflow: 'nightly',
        actual: 105,
        madeAt: at(5 * 3600)
      })
      expect(predictions[0]!.predicted).toBeLessThanOrEqual(104)
      expect(summary).toMatchObject({ runs: 12, successful: 12, moreDataNeeded: 5, comparisons: 7 })
    })
  })

  describe('when a run starts before the one before it has completed', () => {
    it('does not learn from the run still going', () => {
      const runs = [
        ...[0, 1, 2, 3].map(i => run(i + 1, i * 3600, 100)),
        run(5, 4 * 3600, 100),
        run(6, 4 * 3600 + 50, 100)
      ]
      expect(backtest(runs, []).predictions.map(p => p.runId)).toEqual([])
      const later = [...runs.slice(0, 5), run(6, 4 * 3600 + 100, 100)]
      expect(backtest(later, []).predictions.map(p => p.runId)).toEqual([6])
    })
  })

  describe('when runs fail', () => {
    const runs = Array.from({ length: 10 }, (_, i) =>
      run(i + 1, i * 3600, 100, i % 3 === 0 ? 'failure' : 'success')
    )
    const { predictions, summary } = backtest(runs, [])

    it('predicts only the successful ones and counts every one in the success rate', () => {
      expect(predictions.map(p => p.runId)).toEqual([9])
      expect(summary.successRates).toEqual([
        expect.objectContaining({ workflow: '7', successes: 6, failures: 4 })
      ])
    })
  })
})

describe('the backtest command', () => {
  const runs = Array.from({ length: 8 }, (_, i) => run(i + 1, i * 3600, 300 + 10 * i))
  const file = recording('runs.json', runs)

  describe('with --json', () => {
    it('prints one line per prediction, then the summary', async () => {
      const { code, out } = await cli('--runs', file, '--json')
      const lines = out
        .trim()
        .split('\n')
        .map(l => JSON.parse(l))
      expect(code).toBe(0)
      expect(lines).toHaveLength(4)
      expect(Object.keys(lines[0])).toEqual([
        'workflow',
        'runId',
        'predicted',
        'low',
        'high',
        'confidence',
        'actual'
      ])
      expect(lines.slice(0, 3).map(l => [l.workflow, l.runId, l.actual])).toEqual([
        ['Nightly', 6, 350],
        ['Nightly', 7, 360],
        ['Nightly', 8, 370]
      ])
      expect(lines[3].summary).toMatchObject({ runs: 8, comparisons: 3, moreDataNeeded: 5 })
    })
  })

  describe('without --json', () => {
    it('prints the accuracy report', async () => {
      const { code, out } = await cli('backtest', '--runs', file)
      expect(code).toBe(0)
      expect(out).toContain('🔁 Backtest: 8 finished runs replayed in time order, 8 successful;')
      expect(out).toContain('📊 Workflow Execution Time Prediction Accuracy Report')
      expect(out).toContain('  Total Comparisons: 3')
      expect(out).toMatch(/Nightly\s+3\s+/)
    })
  })

  describe('when the command line is wrong', () => {
    it.each([
      [['--json'], 'backtest needs --runs'],
      [['--runs', file, '--bogus'], "Unknown option '--bogus'"],
      [['--runs', file, 'extra'], "backtest takes flags only; got 'extra'"],
      [['--runs'], "Option '--runs <value>' argument missing"]
    ])('exits 2 for %j', async (argv, message) => {
      const { code, err, out } = await cli(...argv)
      expect(code).toBe(2)
      expect(err).toContain(message)
      expect(out).toBe('')
    })
  })

  describe('when a file does not work', () => {
    it('exits 1 naming a path that is not there', async () => {
      const missing = path.join(dir, 'nope.json')
      const { code, err } = await cli('--runs', missing)
      expect(code).toBe(1)
      expect(err).toContain(missing)
    })

    it('exits 1 naming the file that is not API JSON', async () => {
      const bad = path.join(dir, 'bad.json')
      writeFileSync(bad, '{"workflow_runs": [{"id": 1}]}')
      const { code, err } = await cli('--runs', bad)
      expect(code).toBe(1)
      expect(err).toContain('bad.json')
    })

    it('exits 1 when the recording holds no runs', async () => {
      const empty = path.join(dir, 'empty.json')
      writeFileSync(empty, '{"total_count": 0, "workflow_runs": []}')
      const { code, err } = await cli('--runs', empty)
      expect(code).toBe(1)
      expect(err).toContain('no workflow runs in')
    })
  })

  it('explains itself with --help', async () => {
    const { code, out } = await cli('--help')
    expect(code).toBe(0)
    expect(out).toContain('backtest --runs <file|dir> [--jobs <file|dir>] [--json]')
  })
})

const corpus = HAVE_CORPUS ? describe : describe.skip
corpus('the backtest command on the ionic-framework recording (real API objects)', () => {
  const runsFile = path.join(IONIC, 'workflow_runs.json')
  const jobsFile = path.join(IONIC, 'jobs.json')

  it('predicts the successful runs with 5 earlier ones, with durations from their jobs', async () => {
    const { code, out } = await cli('--runs', runsFile, '--jobs', jobsFile, '--json')
    const lines = out
      .trim()
      .split('\n')
      .map(l => JSON.parse(l))
    const summary = lines.pop().summary
    expect(code).toBe(0)
    expect(summary).toMatchObject({ runs: 101, successful: 85, moreDataNeeded: 5, comparisons: 80 })
    expect(summary.successRates[0]).toMatchObject({
      workflow: 'Stencil Nightly Build',
      successes: 85,
      failures: 16
    })
    const rawRuns = JSON.parse(readFileSync(runsFile, 'utf8'))
    const rawJobs = Object.values(JSON.parse(readFileSync(jobsFile, 'utf8'))) as Array<
      Record<string, unknown>
    >
    for (const line of lines) {
      const r = rawRuns[String(line.runId)]
      const own = rawJobs.filter(j => j.run_id === line.runId && j.run_attempt === r.run_attempt)
      const span =
        Math.max(...own.map(j => Date.parse(j.completed_at as string))) -
        Math.min(...own.map(j => Date.parse(j.started_at as string)))
      expect([r.conclusion, line.actual]).toEqual(['success', span / 1000])
      expect(line.low).toBeLessThanOrEqual(line.predicted)
      expect(line.high).toBeGreaterThanOrEqual(line.predicted)
    }
    expect(summary.accuracyScore).toBeGreaterThan(0.9)
  })

  it('prints the accuracy report for it', async () => {
    const { code, out } = await cli('--runs', IONIC)
    expect(code).toBe(0)
    expect(out).toContain('Overall Accuracy Score:')
    expect(out).toMatch(/Stencil Nightly Build\s+80\s+/)
  })
})
