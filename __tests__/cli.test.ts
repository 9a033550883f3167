import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  test
} from '@jest/globals'
import { chartPath } from '../src/cli/simulate-command.js'
import { runCli } from '../src/cli/main.js'
import { VERSION } from '../src/cli/version.js'
import { parseConfig } from '../src/core/schedule/config.js'
import { runsBetween } from '../src/core/cron/occurrences.js'
import { type Mode } from '../src/core/schedule/schedule.js'
import { copyOfExamples, exampleFiles } from '../__fixtures__/example-repo.js'

const EXAMPLE = [
  '--quota',
  '1500',
  '--used',
  '300',
  '--reset-day',
  '1',
  '--now',
  '2025-11-12T02:24:00Z'
]

async function cli(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await runCli(argv, { out: t => void (out += t), err: t => void (err += t) })
  return { code, out, err }
}

describe('CLI', () => {
  describe('status on the example', () => {
    it("prints the original tracker's report with the worked example's figures", async () => {
      const { code, out } = await cli('status', ...EXAMPLE, '--root', 'examples')
      expect(code).toBe(0)
      expect(out).toContain('📊 Usage: [██████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░] 20.0%')
      expect(out).toContain('Total Quota:       1,500 requests')
      expect(out).toContain('Remaining:         1,200 requests')
      expect(out).toContain('📅 Reset Date:      2025-12-01')
      expect(out).toContain('Days Until Reset:  18.9 days')
      expect(out).toContain('🔥 Burn Rate:       27.0 requests/day')
      expect(out).toContain('Projected Usage:   811 requests')
      expect(out).toContain('✅ Status: SAFE')
      expect(out).toContain('🚀 Recommended Mode: AGGRESSIVE')
    })

    it('lists the six aggressive crons', async () => {
      const { out } = await cli('status', ...EXAMPLE, '--root', 'examples')
      const lines = out
        .split('\n')
        .filter(l => l.startsWith('  • '))
        .map(l => l.split(/\s{3}\(/)[0]?.replace(/\s+/g, ' '))
      expect(lines).toEqual(
        [
          '• learn-tldr: 0 */3 * * *',
          '• learn-hn: 0 */2 * * *',
          '• idea-generator: 0 */4 * * *',
          '• ai-idea-spawner: 0 */3 * * *',
          '• ai-friend: 0 */6 * * *',
          '• agent-spawner: 0 */2 * * *'
        ].map(l => ` ${l}`)
      )
    })

    it("prints DESIGN §8's JSON with --json", async () => {
      const report = JSON.parse(
        (await cli('status', ...EXAMPLE, '--root', 'examples', '--json')).out
      )
      expect(report.usage).toMatchObject({
        quota: 1500,
        used: 300,
        resetDate: '2025-12-01',
        daysUntilReset: 18.9,
        status: 'SAFE'
      })
      expect([report.usage.burnRate, Math.round(report.usage.projected), report.mode]).toEqual([
        27.03,
        811,
        'aggressive'
      ])
      expect(report.changes[1]).toEqual({
        workflow: 'learn-hn',
        path: '.github/workflows/learn-from-hackernews.yml',
        from: ['0 8 * * *', '0 14 * * *', '0 20 * * *'],
        to: ['0 */2 * * *']
      })
      expect(report.changes).toHaveLength(6)
    })

    it('gives the mode reason in the JSON as facts, with the sentence beside them', async () => {
      const report = JSON.parse(
        (await cli('status', ...EXAMPLE, '--root', 'examples', '--json')).out
      )
      expect([report.modeReason, report.modeReasonText]).toEqual([
        { rule: 'pace-below', pace: 0.541, threshold: 0.7 },
        'pace 0.54 is below 0.7: quota to spare'
      ])
    })

    it('takes the usage from --history when --used is not given', async () => {
      const { root, remove } = copyOfExamples()
      const history = join(root, 'state.json')
      writeFileSync(
        history,
        JSON.stringify({
          version: 1,
          samples: [{ at: '2025-11-10T00:00:00Z', used: 1300 }],
          changes: []
        })
      )
      const report = JSON.parse(
        (
          await cli(
            'status',
            '--now',
            '2025-11-12T02:24:00Z',
            '--root',
            root,
            '--history',
            history,
            '--json'
          )
        ).out
      )
      remove()
      expect([report.usage.used, report.usage.status, report.mode]).toEqual([
        1300,
        'CRITICAL',
        'conservative'
      ])
    })
  })

  describe('plan', () => {
    it('prints a unified diff touching only the cron lines', async () => {
      const { code, out } = await cli('plan', ...EXAMPLE, '--root', 'examples')
      expect(code).toBe(0)
      expect(out).toContain(
        '--- a/.github/workflows/learn-from-tldr.yml\n+++ b/.github/workflows/learn-from-tldr.yml\n'
      )
      expect(out).toContain(
        "-    - cron: '0 8,20 * * *'  # managed by the orchestrator\n+    - cron: '0 */3 * * *'  # managed by the orchestrator\n"
      )
      expect(out).toContain(
        "-  schedule: [{cron: '0 10 * * *'}]\n+  schedule: [{cron: '0 */4 * * *'}]\n"
      )
      const changed = out.split('\n').filter(l => /^[-+](?![-+])/.test(l))
      expect(changed.every(l => l.includes('cron'))).toBe(true)
    })
  })

  describe('apply', () => {
    let repo: ReturnType<typeof copyOfExamples>
    beforeEach(() => {
      repo = copyOfExamples()
    })
    afterEach(() => repo.remove())

    it('writes the new crons, then finds nothing more to do', async () => {
      const first = await cli('apply', ...EXAMPLE, '--root', repo.root)
      expect(first.out.split('\n').filter(Boolean)).toHaveLength(6)
      expect(
        readFileSync(join(repo.root, '.github/workflows/ai-friend-daily.yml'), 'utf8')
      ).toContain("- cron: '0 */6 * * *'")
      const again = await cli('apply', ...EXAMPLE, '--root', repo.root)
      expect(again.out).toBe(
        'Nothing to change: every managed workflow already has its aggressive schedule.\n'
      )
    })

    it('writes nothing when one managed workflow is invalid', async () => {
      const broken = join(repo.root, '.github/workflows/agent-spawner.yml')
      writeFileSync(broken, 'name: Agent Spawner\non:\n  workflow_dispatch:\njobs: {}\n')
      const before = exampleFiles(repo.root)
      const { code, err } = await cli('apply', ...EXAMPLE, '--root', repo.root)
      expect(code).toBe(1)
      expect(err).toContain('.github/workflows/agent-spawner.yml')
      expect(exampleFiles(repo.root)).toEqual(before)
    })
  })

  describe('bad input', () => {
    describe('a bad command line exits 2 and points to --help', () => {
      test.each([
        [['status', '--quota', 'abc'], "--quota must be a number above 0, got 'abc'"],
        [['status', '--used=-3'], "--used must be a number ≥ 0, got '-3'"],
        [['status', '--used', '-3'], "Option '--used' argument is ambiguous"],
        [
          ['status', '--used', '1', '--reset-day', '40'],
          "--reset-day must be a whole day of the month from 1 to 31, got '40'"
        ],
        [
          ['status', '--used', '1', '--mode', 'turbo'],
          "--mode must be one of auto, aggressive, normal, conservative, got 'turbo'"
        ],
        [
          ['status', '--used', '1', '--now', 'soon'],
          "--now must be an ISO 8601 time such as 2025-11-12T02:24:00Z, got 'soon'"
        ],
        [
          ['status', '--now', '2025-11-12T00:00:00Z'],
          'neither --used nor --history was given — pass --used <usage so far>, or --history <state file>'
        ],
        [['status', '--colour'], "Unknown option '--colour'"],
        [['status', '--json=yes'], "Option '--json' does not take an argument"],
        [
          ['launch'],
          "expected one command: status, plan, apply, simulate, restore, analyze, audit, backtest or recommend; got 'launch'"
        ],
        [
          [],
          'no command given: expected one of status, plan, apply, simulate, restore, analyze, audit, backtest or recommend'
        ],
        [['status', 'now'], "status takes flags only; got 'now' after it"],
        [
          ['status', '--used', '1', '--policy', 'greedy'],
          "--policy must be one of thresholds, target (or empty for the config's), got 'greedy'"
        ],
        [
          ['status', '--used', '1', '--scenario', 'x.yml'],
          '--scenario belongs to the simulate command, not status'
        ],
        [
          ['plan', '--used', '1', '--out', 'a.svg', '--seed', '3'],
          '--out and --seed belong to the simulate command, not plan'
        ],
        [
          // --out keeps a regression from writing a chart into the working directory.
          [
            'simulate',
            '--scenario',
            'examples/scenarios/steady-team.yml',
            '--quota',
            '5',
            '--out',
            join(tmpdir(), 'never.svg')
          ],
          '--quota belongs to status, plan and apply, not simulate'
        ],
        [['simulate'], '--scenario is missing: give a scenario file'],
        [
          ['simulate', '--scenario', 'examples/scenarios/steady-team.yml', '--policy', 'all'],
          "--policy must be one of thresholds, target, both, got 'all'"
        ],
        [
          ['simulate', '--scenario', 'examples/scenarios/steady-team.yml', '--seed', 'x'],
          "--seed must be a whole number from 0 to 4294967295, got 'x'"
        ]
      ])('%j', async (argv, message) => {
        const result = await cli(...argv, '--root', 'examples')
        expect([result.code, result.out]).toEqual([2, ''])
        expect(result.err).toContain(message)
        expect(result.err).toContain('Run with --help to see the commands and flags.')
      })
    })

    it('exits 2 when the last flag has no value', async () => {
      const result = await cli('status', '--root', 'examples', '--used')
      expect([result.code, result.err]).toEqual([
        2,
        expect.stringContaining("Option '--used <value>' argument missing")
      ])
    })

    describe('a file or directory that does not work exits 1', () => {
      test.each([
        [['status', '--used', '1', '--config', 'missing.yml'], 'missing.yml not found'],
        [['status', '--used', '1', '--history', 'nope.json'], '--history nope.json cannot be read'],
        [['simulate', '--scenario', 'nope.yml'], '--scenario nope.yml cannot be read']
      ])('%j', async (argv, message) => {
        const result = await cli(...argv, '--root', 'examples')
        expect([result.code, result.err]).toEqual([1, expect.stringContaining(message)])
      })

      test.each([
        [['status', '--used', '1']],
        [['plan', '--used', '1']],
        [['simulate', '--scenario', 'examples/scenarios/steady-team.yml']]
      ])('%j with a --root that does not exist names it', async argv => {
        const result = await cli(...argv, '--root', 'no/such/checkout')
        expect([result.code, result.err]).toEqual([
          1,
          'error: Invalid input: --root no/such/checkout does not exist\n'
        ])
      })

      it('says so when --root is a file', async () => {
        const result = await cli('status', '--used', '1', '--root', 'package.json')
        expect([result.code, result.err]).toEqual([
          1,
          'error: Invalid input: --root package.json is not a directory\n'
        ])
      })
    })

    describe('a slip of the keyboard gets a suggestion', () => {
      test.each([
        [['status', '--qouta', '5'], "Unknown option '--qouta' — did you mean --quota?"],
        [['status', '--used', '1', '--jsn'], "Unknown option '--jsn' — did you mean --json?"],
        [['status', '--reset-dya=3'], "Unknown option '--reset-dya' — did you mean --reset-day?"],
        [['stauts'], "got 'stauts' — did you mean status?"],
        [['aply'], "got 'aply' — did you mean apply?"],
        [['simulat'], "got 'simulat' — did you mean simulate?"]
      ])('%j', async (argv, message) => {
        const result = await cli(...argv)
        expect([result.code, result.err]).toEqual([2, expect.stringContaining(message)])
      })

      test.each([[['status', '--colour']], [['status', '-x']], [['launch']], [['st']]])(
        'but not when nothing is close: %j',
        async argv => {
          const result = await cli(...argv)
          expect([result.code, result.err]).toEqual([
            2,
            expect.not.stringContaining('did you mean')
          ])
        }
      )
    })

    it('hands analyze the flags after it, and its own exit codes', async () => {
      const bad = await cli('analyze', '--runz', 'x')
      expect(bad.code).toBe(2)
      expect(bad.err).toContain('--runz')
      const missing = await cli('analyze', '--runs', join(tmpdir(), 'no-such-runs.json'))
      expect(missing.code).toBe(1)
    })

    it('documents every command and flag in --help', async () => {
      const { code, out } = await cli('--help')
      expect(code).toBe(0)
      for (const word of [
        'status',
        'plan',
        'apply',
        '--quota',
        '--used',
        '--reset-day',
        '--mode',
        '--now',
        '--root',
        '--config',
        '--history',
        '--json',
        'simulate',
        '--policy',
        '--scenario',
        '--out',
        '--seed',
        '--version',
        'examples/scenarios/README.md'
      ]) {
        expect(out).toContain(word)
      }
    })

    it('states the exit codes the command line keeps', async () => {
      const { out } = await cli('--help')
      expect(out).toContain(
        'Exit codes: 0 done; 1 a config, workflow, state or scenario file, or --root, that does not work\n' +
          '(nothing written); 2 a bad command line: an unknown command or flag, a flag the command does\n' +
          'not take, a flag value that is missing or does not parse.'
      )
    })
  })

  describe('--version', () => {
    const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version

    it("prints the package's version and exits 0", async () => {
      expect(await cli('--version')).toEqual({ code: 0, out: `${packageVersion}\n`, err: '' })
      expect((await cli('status', '--version')).out).toBe(`${packageVersion}\n`)
    })

    it('is the same constant as package.json says, so a release cannot ship a stale one', () => {
      expect(VERSION).toBe(packageVersion)
    })
  })
})

describe('--policy on status', () => {
  const config = parseConfig(readFileSync('examples/.github/orchestrator.yml', 'utf8'), 'x')
  const dir = mkdtempSync(join(tmpdir(), 'orchestrator-policy-'))
  const history = join(dir, 'state.json')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /**
   * Ten days of November 2025 at 0.6 a run and 20 a day of background: aggressive for three days, normal since (the
   * example files' schedule), as the recorded changes say.
   */
  beforeAll(() => {
    const day = (d: number) => new Date(Date.UTC(2025, 10, 1 + d))
    const modeOf = (d: number): Mode => (d < 3 ? 'aggressive' : 'normal')
    const samples = [{ at: day(0).toISOString(), used: 0 }]
    for (let d = 0; d < 10; d++) {
      const runs = config.workflows.reduce(
        (n, w) => n + runsBetween(w.schedules[modeOf(d)], day(d), day(d + 1)),
        0
      )
      samples.push({ at: day(d + 1).toISOString(), used: samples[d]!.used + runs * 0.6 + 20 })
    }
    const change = (d: number, from: Mode, to: Mode) =>
      config.workflows.map(w => ({
        at: day(d).toISOString(),
        mode: to,
        workflow: w.id,
        path: w.path,
        from: w.schedules[from].map(e => e.cron),
        to: w.schedules[to].map(e => e.cron)
      }))
    const changes = [...change(0, 'normal', 'aggressive'), ...change(3, 'aggressive', 'normal')]
    writeFileSync(history, JSON.stringify({ version: 1, samples, changes }))
  })

  const status = (...flags: string[]) =>
    cli(
      'status',
      '--now',
      '2025-11-11T00:00:00Z',
      '--root',
      'examples',
      '--history',
      history,
      ...flags
    )

  it('shows the learned cost per run and background, and the target choice with its projections', async () => {
    const { code, out } = await status('--policy', 'target')
    expect(code).toBe(0)
    expect(out).toContain(
      '🧮 Cost Per Run:    0.60 ± 0.00 (learned from 11 samples, shared by 6 workflows)\n'
    )
    expect(out).toContain('Background:        20.0 ± 0.0 a day outside the managed workflows\n')
    expect(out).toContain(
      'Policy:            target (95% of the quota by the reset; up to the quota as the projection firms up)\n'
    )
    // Used 3 × (50 × 0.6 + 20) + 7 × (21 × 0.6 + 20) = 378.2; aggressive adds 20 × 50 in the 20 days left.
    expect(out).toContain(
      '🚀 Recommended Mode: AGGRESSIVE — aggressive: projects 1,378 of 1,500 (92%), within the 95% target'
    )
  })

  it('keeps the threshold mode under the thresholds policy, still showing what it learned', async () => {
    const { out } = await status('--policy', 'thresholds')
    expect(out).toContain('🎯 Recommended Mode: NORMAL — pace 0.76 is within 0.7–1.3')
    expect(out).toContain('🧮 Cost Per Run:    0.60 ± 0.00')
    expect(out).toContain('Policy:            thresholds (pace)')
  })

  it('puts the policy, its projections and the cost model in the JSON report', async () => {
    const report = JSON.parse((await status('--policy', 'target', '--json')).out)
    expect(report.policy).toEqual({
      name: 'target',
      target: 0.95,
      explanation: 'aggressive: projects 1,378 of 1,500 (92%), within the 95% target',
      projections: [
        { mode: 'aggressive', projected: 1378.2, percent: 91.9 },
        { mode: 'normal', projected: 1030.2, percent: 68.7 },
        // 168 conservative runs from 11 to 30 November (tldr 20, hn 40, idea 5, spawner 20, friend 3, agent 80).
        { mode: 'conservative', projected: 879, percent: 58.6 }
      ]
    })
    expect(report.modeReason).toMatchObject({ rule: 'target', fit: 'fits', mode: 'aggressive' })
    expect(report.modeReason.projections[0]).toEqual({
      mode: 'aggressive',
      projected: 1378.2,
      // The fit is exact: no standard error, so every mode may go up to the quota.
      standardError: 0,
      allowed: 1,
      hold: 1
    })
    expect(report.modeReasonText).toBe(report.policy.explanation)
    expect(report.costs).toMatchObject({
      status: 'learned',
      samples: 11,
      shape: 'shared',
      backgroundPerDay: 20,
      backgroundStandardError: 0
    })
    expect(report.costs.perRun[0]).toEqual({
      workflow: 'learn-tldr',
      cost: 0.6,
      standardError: 0,
      source: 'learned'
    })
  })

  it('says it is learning when the history is too short', async () => {
    const { out } = await cli(
      'status',
      '--used',
      '300',
      '--now',
      '2025-11-12T02:24:00Z',
      '--root',
      'examples',
      '--policy',
      'target'
    )
    expect(out).toContain(
      '🧮 Cost Per Run:    learning (1 of 4 samples); 6 workflows without a declared cost count 1 a run\n'
    )
    expect(out).toContain(
      '🚀 Recommended Mode: AGGRESSIVE — learning (1 of 4 samples): the thresholds choose aggressive (pace 0.54 is below 0.7: quota to spare)'
    )
  })
})

describe('simulate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'orchestrator-simulate-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const scenario = 'examples/scenarios/steady-team.yml'

  it('replays both policies on the example, prints the table and the sparklines, and writes the chart', async () => {
    const out = join(dir, 'steady.svg')
    const result = await cli('simulate', '--root', 'examples', '--scenario', scenario, '--out', out)
    expect(result.code).toBe(0)
    const lines = result.out.split('\n')
    expect(lines[0]).toBe(`Simulation: steady-team (${scenario})`)
    expect(lines.find(l => l.startsWith('Policy'))?.split(/\s{2,}/)).toEqual([
      'Policy',
      'At reset',
      'Overage',
      'Aggressive',
      'Normal',
      'Conservative',
      'Changes'
    ])
    expect(lines.filter(l => /^(thresholds|target) +[\d,]+ \(\d+\.\d%\)/.test(l))).toHaveLength(2)
    expect(lines.filter(l => /^(ideal|thresholds|target) +[▁▂▃▄▅▆▇█]{30}/.test(l))).toHaveLength(3)
    expect(result.out).toContain(`Chart: ${out}`)
    expect(readFileSync(out, 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  })

  it('prints JSON with one result per policy asked for, the same for the same seed', async () => {
    const run = async (...flags: string[]) =>
      JSON.parse(
        (
          await cli(
            'simulate',
            '--root',
            'examples',
            '--scenario',
            scenario,
            '--out',
            join(dir, 'x.svg'),
            '--json',
            ...flags
          )
        ).out
      )
    const target = await run('--policy', 'target', '--seed', '3')
    expect(target.results.map((r: { policy: string }) => r.policy)).toEqual(['target'])
    expect([target.seed, target.quota, target.period.days]).toEqual([3, 1500, 30])
    expect(await run('--policy', 'target', '--seed', '3')).toEqual(target)
    expect((await run('--seed', '4')).results[1].usedAtReset).not.toBe(
      target.results[0].usedAtReset
    )
  })

  it('names the field of a bad scenario and exits 1', async () => {
    const bad = join(dir, 'bad.yml')
    writeFileSync(
      bad,
      'period: 2025-11-01\nbackground:\n  bursts:\n    - { from: 2025-11-03, days: 2, per-day: lots }\n'
    )
    const result = await cli(
      'simulate',
      '--root',
      'examples',
      '--scenario',
      bad,
      '--out',
      join(dir, 'bad.svg')
    )
    expect([result.code, result.err]).toEqual([
      1,
      `error: Invalid scenario: ${bad}: background.bursts[0].per-day must be a number ≥ 0, got 'lots'\n`
    ])
    expect(existsSync(join(dir, 'bad.svg'))).toBe(false)
  })

  it('writes the chart next to the working directory under the scenario name by default', () => {
    expect(chartPath(undefined, 'examples/scenarios/steady-team.yml')).toBe('steady-team.svg')
    expect(chartPath('a/b.svg', 'x.yml')).toBe('a/b.svg')
  })
})

describe('the bundled CLI (dist/cli/index.js)', () => {
  const bundle = 'dist/cli/index.js'
  it('runs status on the example as a separate process', () => {
    expect(existsSync(bundle)).toBe(true)
    const out = execFileSync(
      process.execPath,
      [bundle, 'status', ...EXAMPLE, '--root', 'examples', '--json'],
      { encoding: 'utf8' }
    )
    expect(JSON.parse(out).mode).toBe('aggressive')
  })

  it('exits 2 on a bad command line, with the cause and a pointer to --help', () => {
    const result = spawnSync(process.execPath, [bundle, 'launch', '--root', 'examples'], {
      encoding: 'utf8'
    })
    expect([result.status, result.stdout, result.stderr]).toEqual([
      2,
      '',
      "error: expected one command: status, plan, apply, simulate, restore, analyze, audit, backtest or recommend; got 'launch'\nRun with --help to see the commands and flags.\n"
    ])
  })

  it('exits 1 with a one-line cause on a file that does not work', () => {
    const argv = ['status', '--used', '1', '--config', 'missing.yml', '--root', 'examples']
    const result = spawnSync(process.execPath, [bundle, ...argv], { encoding: 'utf8' })
    expect([result.status, result.stdout]).toEqual([1, ''])
    expect(result.stderr).toMatch(
      /^error: Missing orchestrator config: missing\.yml not found[^\n]*\n$/
    )
  })
})
