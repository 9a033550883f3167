/**
 * The CLI's `analyze` as a person at a terminal sees it: flags, exit codes (0 done, 1 a file that does not read, 2 a
 * bad command line), the errors naming the file, line and object that broke, and the text table.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, test } from '@jest/globals'
import { runAnalyze } from '../src/cli/analyze-command.js'

const scratch = mkdtempSync(path.join(tmpdir(), 'analyze-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function write(name: string, text: string): string {
  const file = path.join(scratch, name)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
  return file
}

function runObject(id: number, created: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    workflow_id: 3,
    path: '.github/workflows/nightly.yml',
    name: 'Nightly',
    run_attempt: 1,
    event: 'schedule',
    head_branch: 'main',
    status: 'completed',
    conclusion: 'success',
    created_at: created,
    run_started_at: created,
    updated_at: created,
    ...extra
  }
}

function jobObject(runId: number, start: string, end: string, labels = ['ubuntu-latest']) {
  return {
    id: runId * 10,
    run_id: runId,
    run_attempt: 1,
    name: 'build',
    labels,
    started_at: start,
    completed_at: end
  }
}

// Two pages back to back, as `gh api --paginate` prints them.
const RUNS = write(
  'runs.json',
  [
    JSON.stringify({ total_count: 2, workflow_runs: [runObject(2, '2024-03-02T03:04:00Z')] }),
    JSON.stringify({ total_count: 2, workflow_runs: [runObject(1, '2024-03-01T03:02:00Z')] })
  ].join('\n')
)
const JOBS = write(
  'jobs.json',
  JSON.stringify({
    total_count: 2,
    jobs: [
      jobObject(1, '2024-03-01T03:02:10Z', '2024-03-01T03:05:10Z'),
      jobObject(2, '2024-03-02T03:04:20Z', '2024-03-02T03:06:00Z', ['windows-latest'])
    ]
  })
)

async function analyze(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await runAnalyze(argv, { out: t => void (out += t), err: t => void (err += t) })
  return { code, out, err }
}

describe('analyze', () => {
  describe('when the command line is wrong', () => {
    test.each([
      [[], '--runs is missing'],
      [['--runs', RUNS, '--jobz', JOBS], "Unknown option '--jobz'"],
      [
        ['--runs', RUNS, '--analytics-days', '0'],
        "--analytics-days must be a whole number of days from 1 to 3650, got '0'"
      ],
      [['--runs', RUNS, '--analytics-days', '7.5'], "got '7.5'"],
      [
        ['--runs', RUNS, '--now', 'yesterday'],
        "--now must be an ISO 8601 time such as 2024-02-22T15:00:00Z, got 'yesterday'"
      ],
      [['--runs', RUNS, 'extra'], "Unexpected argument 'extra'"]
    ])('%j exits 2 saying %s', async (argv, message) => {
      const { code, err, out } = await analyze(...argv)
      expect(code).toBe(2)
      expect(err).toContain(message)
      expect(err).toContain('--help')
      expect(out).toBe('')
    })
  })

  describe('when a file does not read', () => {
    it('names the file, the page’s line and the object that broke', async () => {
      const broken = write(
        'broken.json',
        `${JSON.stringify({ workflow_runs: [runObject(1, '2024-03-01T03:02:00Z')] })}\n` +
          `${JSON.stringify({ workflow_runs: [runObject(2, '2024-03-02T03:04:00Z'), runObject(3, 'soon')] })}\n`
      )
      const { code, err } = await analyze('--runs', broken)
      expect(code).toBe(1)
      expect(err).toContain(
        `${broken} line 2, workflow_runs[1]: created_at should be an ISO 8601 time, got "soon"`
      )
    })

    it('names the line and column where the JSON breaks', async () => {
      const cut = write('cut.json', '{"workflow_runs": [\n  {"id": 1,, "x": 2}]}\n')
      const { code, err } = await analyze('--runs', cut)
      expect(code).toBe(1)
      expect(err).toMatch(/cut\.json is not the JSON GitHub's API prints: line 2, column \d+/)
    })

    it('says when the runs file is not there', async () => {
      const { code, err } = await analyze('--runs', path.join(scratch, 'missing.json'))
      expect(code).toBe(1)
      expect(err).toContain('No recorded API JSON at')
    })

    it('says when --config names a file that is not under --root', async () => {
      const root = path.join(scratch, 'empty-root')
      mkdirSync(root, { recursive: true })
      const { code, err } = await analyze(
        '--runs',
        RUNS,
        '--root',
        root,
        '--config',
        'orchestrator.yml'
      )
      expect(code).toBe(1)
      expect(err).toContain('--config orchestrator.yml not found under --root')
    })

    it('lists the problems of an invalid config', async () => {
      const root = path.join(scratch, 'bad-config')
      write(
        'bad-config/.github/orchestrator.yml',
        'workflows:\n  nightly:\n    path: nightly.yml\n'
      )
      const { code, err } = await analyze('--runs', RUNS, '--root', root)
      expect(code).toBe(1)
      expect(err).toContain('Invalid orchestrator config')
    })
  })

  describe('when the files read', () => {
    it('prints a table with one row per workflow and a total', async () => {
      const { code, out } = await analyze(
        '--runs',
        RUNS,
        '--jobs',
        JOBS,
        '--now',
        '2024-03-03T00:00:00Z'
      )
      expect(code).toBe(0)
      expect(out).toContain(
        'Runs created from 2024-02-02 00:00 UTC to 2024-03-03 00:00 UTC (30 days)'
      )
      // 3 linux minutes ($0.018) and 2 windows minutes (4 billable, $0.020).
      expect(out).toContain(
        '| `.github/workflows/nightly.yml` | 2 | 0 | schedule 2 | 100% (34–100%) | 10s / 20s | 1m 40s / 3m 0s | 7 | $0.038 | – |'
      )
      expect(out).toContain('| **total** | 2 |  |  |  |  |  | 7 | $0.038 |  |')
    })

    it('reads a folder of pages', async () => {
      const folder = path.join(scratch, 'recording')
      write('recording/runs.json', JSON.stringify([runObject(1, '2024-03-01T03:02:00Z')]))
      write(
        'recording/jobs.json',
        JSON.stringify([jobObject(1, '2024-03-01T03:02:10Z', '2024-03-01T03:05:10Z')])
      )
      const { code, out } = await analyze('--runs', folder, '--json')
      expect(code).toBe(0)
      expect(JSON.parse(out).analytics.totals).toEqual({ runs: 1, billableMinutes: 3, cost: 0.018 })
    })

    it('says which runs had no jobs and what the unknown runner labels were priced as', async () => {
      const jobs = write(
        'odd-jobs.json',
        JSON.stringify([jobObject(1, '2024-03-01T03:02:10Z', '2024-03-01T03:05:10Z', ['gpu-box'])])
      )
      const { out } = await analyze('--runs', RUNS, '--jobs', jobs, '--now', '2024-03-03T00:00:00Z')
      expect(out).toContain(
        '- .github/workflows/nightly.yml: 1 run without recorded jobs — their queue, minutes and cost are unknown and left out'
      )
      expect(out).toContain(
        "- .github/workflows/nightly.yml: runner labels 'gpu-box' name no runner GitHub prices — priced as linux"
      )
    })

    it('without --root, reports no schedule and no cost per mode', async () => {
      const { out } = await analyze('--runs', RUNS, '--json')
      const analytics = JSON.parse(out).analytics
      expect(analytics.workflows[0].schedule).toBeNull()
      expect(analytics.costPerMode).toBeNull()
    })
  })
})
