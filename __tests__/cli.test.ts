import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, test } from '@jest/globals'
import { runCli } from '../src/cli/main.js'
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
    test.each([
      [['status', '--quota', 'abc'], 1, "--quota must be a number above 0, got 'abc'"],
      [['status', '--used=-3'], 1, "--used must be a number ≥ 0, got '-3'"],
      [['status', '--used', '-3'], 2, "Option '--used' argument is ambiguous"],
      [
        ['status', '--used', '1', '--reset-day', '40'],
        1,
        "--reset-day must be a whole day of the month from 1 to 31, got '40'"
      ],
      [
        ['status', '--used', '1', '--mode', 'turbo'],
        1,
        "--mode must be one of auto, aggressive, normal, conservative, got 'turbo'"
      ],
      [
        ['status', '--used', '1', '--now', 'soon'],
        1,
        "--now must be an ISO 8601 time such as 2025-11-12T02:24:00Z, got 'soon'"
      ],
      [
        ['status', '--now', '2025-11-12T00:00:00Z'],
        1,
        '--used is empty and the state has no usage sample for the current period'
      ],
      [['status', '--used', '1', '--config', 'missing.yml'], 1, 'missing.yml not found'],
      [
        ['status', '--used', '1', '--history', 'nope.json'],
        1,
        '--history nope.json cannot be read'
      ],
      [['status', '--colour'], 2, "Unknown option '--colour'"],
      [['launch'], 2, "expected one command: status, plan or apply; got 'launch'"]
    ])('%j exits %i naming the problem', async (argv, code, message) => {
      const result = await cli(...argv, '--root', 'examples')
      expect(result.code).toBe(code)
      expect(result.err).toContain(message)
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
        '--json'
      ]) {
        expect(out).toContain(word)
      }
    })
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

  it('exits non-zero with a one-line cause on a bad flag value', () => {
    const result = spawnSync(
      process.execPath,
      [bundle, 'status', '--quota', 'abc', '--root', 'examples'],
      { encoding: 'utf8' }
    )
    expect([result.status, result.stdout, result.stderr]).toEqual([
      1,
      '',
      "error: Invalid input: --quota must be a number above 0, got 'abc'\n"
    ])
  })
})
