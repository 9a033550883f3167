/**
 * `analyze` on the real ionic-stencil recording (../shared/corpus/runs/ionic-stencil-nightly-api, read in place): every
 * figure must equal the one worked out below straight from the raw API objects by the rules of DESIGN §10 — written
 * out plainly here, sharing no code with the program.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { runAnalyze } from '../src/cli/analyze-command.js'
import { corpusGuard } from '../__fixtures__/corpus-guard.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/runs/ionic-stencil-nightly-api')
const { have: HAVE_CORPUS, describe: corpusDescribe } = corpusGuard(CORPUS)

interface RawRun {
  id: number
  event: string
  status: string
  conclusion: string | null
  created_at: string
  run_started_at: string
  updated_at: string
  run_attempt: number
}

interface RawJob {
  run_id: number
  run_attempt: number
  labels: string[]
  started_at: string | null
  completed_at: string | null
}

const DAY = 86_400_000
const HOUR = 3_600_000
const scratch = mkdtempSync(path.join(tmpdir(), 'analytics-corpus-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function raw<T>(file: string): T[] {
  if (!HAVE_CORPUS) return []
  return Object.values(
    JSON.parse(readFileSync(path.join(CORPUS, file), 'utf8')) as Record<string, T>
  )
}

const RUNS = raw<RawRun>('workflow_runs.json')
const JOBS = raw<RawJob>('jobs.json')

/** Nearest rank: the value at position ceil(p% of n) in ascending order. */
function rank(values: number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.ceil((p / 100) * sorted.length) - 1] as number
}

function wilson(successes: number, n: number) {
  const z = 1.959963984540054
  const p = successes / n
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n)
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))
  return { rate: p, low: centre - half, high: centre + half }
}

/** The figures of DESIGN §10 for the runs created in [to − days, to], worked out from the raw objects. */
function expected(now: string | undefined, days: number) {
  const to = now ? Date.parse(now) : Math.max(...RUNS.map(r => Date.parse(r.created_at)))
  const from = to - days * DAY
  const runs = RUNS.filter(r => Date.parse(r.created_at) >= from && Date.parse(r.created_at) <= to)
  const byEvent: Record<string, number> = {}
  for (const r of runs) byEvent[r.event] = (byEvent[r.event] ?? 0) + 1
  const judged = runs.filter(
    r => r.status === 'completed' && r.conclusion !== 'skipped' && r.conclusion !== 'neutral'
  )
  const share = wilson(judged.filter(r => r.conclusion === 'success').length, judged.length)
  const queues: number[] = []
  const durations: number[] = []
  let minutes = 0
  for (const r of runs) {
    const jobs = JOBS.filter(j => j.run_id === r.id && j.run_attempt === r.run_attempt)
    expect(jobs.length).toBeGreaterThan(0) // the README: every run of the recording has its jobs
    const starts = jobs.flatMap(j => (j.started_at ? [Date.parse(j.started_at)] : []))
    const ends = jobs.flatMap(j => (j.completed_at ? [Date.parse(j.completed_at)] : []))
    queues.push((Math.min(...starts) - Date.parse(r.created_at)) / 1000)
    if (r.status === 'completed') durations.push((Math.max(...ends) - Math.min(...starts)) / 1000)
    for (const j of jobs) {
      const used = Math.ceil((Date.parse(j.completed_at!) - Date.parse(j.started_at!)) / 60_000)
      // Every job that used a minute ran on ubuntu-latest: linux, multiplier 1, $0.006 a minute.
      if (used > 0) expect(j.labels).toEqual(['ubuntu-latest'])
      minutes += used
    }
  }
  return {
    window: { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    runs: runs.length,
    byEvent,
    successRate: share.rate,
    successRateLow: share.low,
    successRateHigh: share.high,
    queueP50: rank(queues, 50),
    queueP90: rank(queues, 90),
    durationP50: rank(durations, 50),
    durationP90: rank(durations, 90),
    billableMinutes: minutes,
    cost: minutes * 0.006,
    runsWithJobs: runs.length
  }
}

/** Occurrences at 06:00 UTC in [from, to), on weekdays only or every day, matched with the schedule runs. */
function expectedSchedule(from: number, to: number, weekdaysOnly: boolean) {
  const delays: number[] = []
  let expectedCount = 0
  for (let day = Math.floor(from / DAY) * DAY; day < to; day += DAY) {
    const at = day + 6 * HOUR
    const weekday = new Date(at).getUTCDay()
    if (at < from || at >= to || (weekdaysOnly && (weekday === 0 || weekday === 6))) continue
    const created = RUNS.filter(r => r.event === 'schedule')
      .map(r => Date.parse(r.created_at))
      .filter(t => t >= at && t < at + HOUR)
      .sort((a, b) => a - b)
    if (created.length === 0 && at + HOUR > to) continue
    expectedCount += 1
    if (created.length > 0) delays.push(((created[0] as number) - at) / 1000)
  }
  return {
    expected: expectedCount,
    started: delays.length,
    dropped: expectedCount - delays.length,
    lateP50: rank(delays, 50),
    lateP90: rank(delays, 90)
  }
}

/** Occurrences of `0 H * * *`-style crons in the 30 days from `at`, by walking the hours. */
function hourlyRuns(at: number, matches: (d: Date) => boolean): number {
  let n = 0
  for (let t = Math.ceil(at / HOUR) * HOUR; t < at + 30 * DAY; t += HOUR)
    if (matches(new Date(t))) n += 1
  return n
}

async function analyze(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await runAnalyze(argv, { out: t => void (out += t), err: t => void (err += t) })
  return { code, out, err }
}

function analyticsOf(out: string) {
  return (JSON.parse(out) as { analytics: Record<string, unknown> }).analytics as {
    window: { from: string; to: string }
    workflows: Array<Record<string, unknown>>
    totals: { runs: number; billableMinutes: number | null; cost: number | null }
    costPerMode: Record<string, { runs: number; billableMinutes: number; cost: number }> | null
  }
}

function expectFigures(w: Record<string, unknown>, e: ReturnType<typeof expected>) {
  expect(w).toMatchObject({
    runs: e.runs,
    runsWithoutJobs: 0,
    byEvent: e.byEvent,
    queueP50: e.queueP50,
    queueP90: e.queueP90,
    durationP50: e.durationP50,
    durationP90: e.durationP90,
    billableMinutes: e.billableMinutes
  })
  expect(w.successRate).toBeCloseTo(e.successRate, 12)
  expect(w.successRateLow).toBeCloseTo(e.successRateLow, 12)
  expect(w.successRateHigh).toBeCloseTo(e.successRateHigh, 12)
  expect(w.cost).toBeCloseTo(e.cost, 9)
}

corpusDescribe('analyze on the ionic-stencil recording', () => {
  const runsFile = path.join(CORPUS, 'workflow_runs.json')
  const jobsFile = path.join(CORPUS, 'jobs.json')

  describe('over the 30 days ending at the newest run', () => {
    it('gives the figures worked out from the raw API objects', async () => {
      const { code, out } = await analyze('--runs', runsFile, '--jobs', jobsFile, '--json')
      expect(code).toBe(0)
      const analytics = analyticsOf(out)
      const e = expected(undefined, 30)
      expect(analytics.window).toEqual(e.window)
      expect(analytics.workflows).toHaveLength(1)
      const [w] = analytics.workflows
      expect(w).toMatchObject({ id: '.github/workflows/stencil-nightly.yml', schedule: null })
      expectFigures(w!, e)
      expect(analytics.totals.runs).toBe(e.runs)
      expect(analytics.totals.billableMinutes).toBe(e.billableMinutes)
      expect(analytics.totals.cost).toBeCloseTo(e.cost, 9)
      expect(analytics.costPerMode).toBeNull()
    })
  })

  describe('over a window set by --now and --analytics-days (re-runs, cancelled runs, a skipped job)', () => {
    it('gives the figures worked out from the raw API objects', async () => {
      const now = '2024-01-20T00:00:00Z'
      const { code, out } = await analyze(
        '--runs',
        CORPUS,
        '--now',
        now,
        '--analytics-days',
        '60',
        '--json'
      )
      expect(code).toBe(0)
      const analytics = analyticsOf(out)
      const e = expected(now, 60)
      expect(analytics.window).toEqual(e.window)
      expectFigures(analytics.workflows[0]!, e)
      expect(e.byEvent.workflow_dispatch).toBeGreaterThan(5)
    })
  })

  describe('with --root holding the config and the workflow file', () => {
    /** A checkout whose nightly runs on `cron`. */
    function repo(name: string, cron: string): string {
      const root = path.join(scratch, name)
      mkdirSync(path.join(root, '.github/workflows'), { recursive: true })
      writeFileSync(
        path.join(root, '.github/workflows/stencil-nightly.yml'),
        `name: Stencil Nightly Build\non:\n  schedule:\n    - cron: '${cron}'\n  workflow_dispatch:\njobs: {}\n`
      )
      writeFileSync(
        path.join(root, '.github/orchestrator.yml'),
        [
          'workflows:',
          '  stencil-nightly:',
          '    path: .github/workflows/stencil-nightly.yml',
          '    schedules:',
          "      aggressive: '0 */6 * * *'",
          "      normal: '0 6 * * 1-5'",
          "      conservative: '0 6 * * 1'",
          ''
        ].join('\n')
      )
      return root
    }
    const root = repo('weekdays', '0 6 * * 1-5')

    // The nightly ran on weekdays ('0 6 * * 1-5', by its runs' times); a daily cron would have dropped the weekends.
    it.each([
      ['0 6 * * 1-5', true],
      ['0 6 * * *', false]
    ])(
      'names the workflow by its config id and measures its schedule %s against the runs',
      async (cron, weekdaysOnly) => {
        const { code, out } = await analyze(
          '--runs',
          CORPUS,
          '--root',
          repo(`cron-${weekdaysOnly}`, cron),
          '--json'
        )
        expect(code).toBe(0)
        const analytics = analyticsOf(out)
        const window = {
          from: Date.parse(analytics.window.from),
          to: Date.parse(analytics.window.to)
        }
        const schedule = expectedSchedule(window.from, window.to, weekdaysOnly)
        expect(analytics.workflows[0]).toMatchObject({ id: 'stencil-nightly', schedule })
        expect(schedule.dropped > 0).toBe(!weekdaysOnly)
      }
    )

    it('prices each mode: its runs in 30 days × the mean minutes and dollars of a run', async () => {
      const { out } = await analyze('--runs', CORPUS, '--root', root, '--json')
      const analytics = analyticsOf(out)
      const e = expected(undefined, 30)
      const to = Date.parse(analytics.window.to)
      const perRunMinutes = e.billableMinutes / e.runsWithJobs
      const perRunCost = e.cost / e.runsWithJobs
      const runs = {
        aggressive: hourlyRuns(to, d => d.getUTCHours() % 6 === 0),
        normal: hourlyRuns(
          to,
          d => d.getUTCHours() === 6 && d.getUTCDay() >= 1 && d.getUTCDay() <= 5
        ),
        conservative: hourlyRuns(to, d => d.getUTCHours() === 6 && d.getUTCDay() === 1)
      }
      for (const [mode, n] of Object.entries(runs)) {
        const cost = analytics.costPerMode?.[mode]
        expect(cost?.runs).toBe(n)
        expect(cost?.billableMinutes).toBeCloseTo(n * perRunMinutes, 2)
        expect(cost?.cost).toBeCloseTo(n * perRunCost, 4)
      }
    })
  })
})
