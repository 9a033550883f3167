/**
 * `recommend` (DESIGN §11): its command line and exit codes over a checkout built here, and its figures on the real
 * ionic-stencil recording (../shared/corpus/runs/ionic-stencil-nightly-api, read in place) with a small config —
 * success rate, runs learned and minutes worked out from the raw API objects, sharing no code with the program.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { runRecommend } from '../src/cli/recommend-command.js'
import { type RecommendationsJson } from '../src/reports/recommendations-json.js'
import { corpusGuard } from '../__fixtures__/corpus-guard.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/runs/ionic-stencil-nightly-api')
const { have: HAVE_CORPUS, describe: corpusDescribe } = corpusGuard(CORPUS)

const NIGHTLY = '.github/workflows/stencil-nightly.yml'
const scratch = mkdtempSync(path.join(tmpdir(), 'recommend-command-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A checkout whose nightly runs on weekdays, managed with the given config text (default: a three-mode table). */
function checkout(name: string, config?: string): string {
  const root = path.join(scratch, name)
  mkdirSync(path.join(root, '.github/workflows'), { recursive: true })
  writeFileSync(
    path.join(root, NIGHTLY),
    "name: Stencil Nightly Build\non:\n  schedule:\n    - cron: '0 6 * * 1-5'\n  workflow_dispatch:\njobs: {}\n"
  )
  const table = [
    'workflows:',
    '  stencil-nightly:',
    `    path: ${NIGHTLY}`,
    '    schedules:',
    "      aggressive: '*/30 * * * *'",
    "      normal: '0 6 * * 1-5'",
    "      conservative: '23 6 * * 1'",
    ''
  ].join('\n')
  writeFileSync(path.join(root, '.github/orchestrator.yml'), config ?? table)
  return root
}

async function recommendCli(...argv: string[]) {
  let [out, err] = ['', '']
  const code = await runRecommend(argv, { out: t => void (out += t), err: t => void (err += t) })
  return { code, out, err }
}

describe('recommend on the command line', () => {
  const root = checkout('flags')
  const runs = path.join(scratch, 'runs.json')
  writeFileSync(runs, '{"workflow_runs": []}')

  it.each([
    [['--runs', runs], '--root is missing'],
    [['--root', root], '--runs is missing'],
    [
      ['--root', root, '--runs', runs, '--mode', 'fast'],
      "--mode must be one of aggressive, normal, conservative, got 'fast'"
    ],
    [['--root', root, '--runs', runs, '--now', 'soon'], '--now must be an ISO 8601 time'],
    [
      ['--root', root, '--runs', runs, '--impact-minutes', '1000,100'],
      '--impact-minutes must be two whole numbers'
    ],
    [['--root', root, '--runs', runs, 'extra'], "recommend takes flags only; got 'extra'"],
    [['--root', root, '--runs', runs, '--verbose'], "Unknown option '--verbose'"]
  ])('exits 2 for %j', async (argv, message) => {
    const { code, err, out } = await recommendCli(...argv)
    expect(code).toBe(2)
    expect(err).toContain(message)
    expect(out).toBe('')
  })

  it('prints its usage for --help', async () => {
    const { code, out } = await recommendCli('recommend', '--help')
    expect(code).toBe(0)
    expect(out).toContain(
      'Usage: dynamic-workflow-orchestrator recommend --root <dir> --runs <file|dir>'
    )
  })

  it.each([
    [
      'a root that does not exist',
      () => ['--root', path.join(scratch, 'nowhere'), '--runs', runs],
      'does not exist'
    ],
    [
      'no config under the root',
      () => ['--root', scratch, '--runs', runs],
      'no config at .github/orchestrator.yml'
    ],
    [
      'an invalid config',
      () => ['--root', checkout('bad', 'workflows:\n  x:\n    path: 3\n'), '--runs', runs],
      'Invalid orchestrator config'
    ],
    ['a recording without runs', () => ['--root', root, '--runs', runs], 'no workflow runs in'],
    [
      'a recording that is not there',
      () => ['--root', root, '--runs', path.join(scratch, 'none.json')],
      'No recorded API JSON'
    ]
  ])('exits 1 for %s', async (_what, argv, message) => {
    const { code, err } = await recommendCli(...argv())
    expect(code).toBe(1)
    expect(err).toContain(message)
  })
})

interface RawRun {
  id: number
  conclusion: string | null
  created_at: string
  updated_at: string
  run_attempt: number
}

interface RawJob {
  run_id: number
  run_attempt: number
  started_at: string | null
  completed_at: string | null
}

function raw<T>(file: string): T[] {
  if (!HAVE_CORPUS) return []
  return Object.values(
    JSON.parse(readFileSync(path.join(CORPUS, file), 'utf8')) as Record<string, T>
  )
}

/** Runs finished by `now`; success/failure counts; the mean billable minutes of a run (ubuntu: ×1, rounded up per job). */
function expected(now: string) {
  const at = Date.parse(now)
  const runs = raw<RawRun>('workflow_runs.json').filter(
    r => Date.parse(r.created_at) <= at && Date.parse(r.updated_at) <= at
  )
  const jobs = raw<RawJob>('jobs.json')
  const minutes = runs.map(r =>
    jobs
      .filter(
        j => j.run_id === r.id && j.run_attempt === r.run_attempt && j.started_at && j.completed_at
      )
      .reduce(
        (sum, j) =>
          sum + Math.ceil((Date.parse(j.completed_at!) - Date.parse(j.started_at!)) / 60_000),
        0
      )
  )
  const successes = runs.filter(r => r.conclusion === 'success').length
  const failures = runs.filter(
    r => r.conclusion === 'failure' || r.conclusion === 'cancelled'
  ).length
  return { successes, failures, perRun: minutes.reduce((a, b) => a + b, 0) / runs.length }
}

corpusDescribe('recommend on the ionic-stencil recording', () => {
  const root = checkout('corpus')
  const runsFile = path.join(CORPUS, 'workflow_runs.json')
  const jobsFile = path.join(CORPUS, 'jobs.json')

  async function json(...argv: string[]) {
    const { code, out, err } = await recommendCli('--root', root, ...argv, '--json')
    expect({ code, err }).toEqual({ code: 0, err: '' })
    return (JSON.parse(out) as RecommendationsJson).recommendations
  }

  it.each([
    ['normal', '2024-02-23T00:00:00Z', 21, 'APPLY'],
    ['conservative', '2024-02-23T00:00:00Z', 4, 'APPLY'],
    ['aggressive', '2024-01-20T00:00:00Z', 1440, 'APPLY']
  ])(
    'recommends the %s crons at %s with the figures of the raw objects',
    async (mode, now, runs, action) => {
      const r = await json('--runs', runsFile, '--jobs', jobsFile, '--mode', mode, '--now', now)
      const e = expected(now)
      const w = r.workflows[0]!
      expect(w).toMatchObject({
        id: 'stencil-nightly',
        current: ['0 6 * * 1-5'],
        runs: e.successes,
        action
      })
      expect(w.changed).toBe(mode !== 'normal')
      expect(w.successRate?.mean).toBeCloseTo((e.successes + 1) / (e.successes + e.failures + 2), 4)
      expect(w.runsPer30Days).toBe(runs)
      expect(w.minutesPer30Days).toBeCloseTo(runs * e.perRun, 2)
      expect(w.minutesBasis).toBe('jobs')
      expect(w.impact).toBe(
        runs * e.perRun < 100 ? 'low' : runs * e.perRun < 1000 ? 'medium' : 'high'
      )
      const d = w.expectedDuration!
      expect(d.low).toBeLessThanOrEqual(d.predicted)
      expect(d.predicted).toBeLessThanOrEqual(d.high)
    }
  )

  it('flags the nightly at minute 0 in normal mode, and nothing on the conservative crons', async () => {
    const now = '2024-02-23T00:00:00Z'
    const normal = await json('--runs', runsFile, '--now', now)
    expect(normal.conflicts).toEqual([
      { kind: 'minute-zero', workflows: ['stencil-nightly'], detail: { crons: ['0 6 * * 1-5'] } }
    ])
    const conservative = await json('--runs', runsFile, '--now', now, '--mode', 'conservative')
    expect(conservative.conflicts).toEqual([])
  })

  it('prices runs at their expected duration without --jobs, and follows --impact-minutes', async () => {
    const r = await json(
      '--runs',
      runsFile,
      '--now',
      '2024-02-23T00:00:00Z',
      '--impact-minutes',
      '10,40'
    )
    const w = r.workflows[0]!
    expect(w.minutesBasis).toBe('duration')
    expect(w.minutesPer30Days).toBe(21 * Math.ceil(w.expectedDuration!.predicted / 60))
    expect(w.impact).toBe('high')
  })

  it("prints the seed's report", async () => {
    const { code, out } = await recommendCli(
      ...[
        '--root',
        root,
        '--runs',
        CORPUS,
        '--now',
        '2024-02-23T00:00:00Z',
        '--mode',
        'conservative'
      ]
    )
    expect(code).toBe(0)
    expect(out).toMatch(/^📊 Comprehensive Workflow Orchestration Report\n/)
    expect(out).toContain(
      'Workflow: stencil-nightly (.github/workflows/stencil-nightly.yml)\n  Current: 0 6 * * 1-5\n  Recommended: 23 6 * * 1\n'
    )
    expect(out).toContain('  Recommendation: APPLY')
    expect(out).toContain('✅ No conflicts')
  })
})
