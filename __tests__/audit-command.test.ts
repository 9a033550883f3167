import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAudit } from '../src/cli/audit-command.js'

const NOW = '2026-03-02T00:00:00Z'
const BUSY = `name: Busy
on:
  schedule:
    - cron: '*/5 * * * *'
jobs:
  poll:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - run: ./poll
`
const CI = `name: CI
on: [push, pull_request]
concurrency: ci-\${{ github.ref }}
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
`

let root: string

async function files(named: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(named)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true })
    await writeFile(path.join(root, name), text, 'utf8')
  }
}

async function audit(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await runAudit(argv, { out: text => (out += text), err: text => (err += text) })
  return { code, out, err }
}

function recordedRun(id: number, day: number) {
  const at = (minute: number) => `2026-02-${String(day).padStart(2, '0')}T08:0${minute}:00Z`
  return {
    id,
    workflow_id: 11,
    path: '.github/workflows/busy.yml',
    name: 'Busy',
    event: 'schedule',
    head_branch: 'main',
    status: 'completed',
    conclusion: 'success',
    created_at: at(0),
    run_started_at: at(0),
    updated_at: at(2)
  }
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'audit-command-'))
  await files({
    '.github/workflows/busy.yml': BUSY,
    '.github/workflows/ci.yaml': CI,
    '.github/workflows/notes.txt': 'x'
  })
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('audit', () => {
  describe('with workflows only', () => {
    it('lists the findings of each file in words and exits 0', async () => {
      const { code, out, err } = await audit('--root', root, '--now', NOW)
      expect([code, err]).toEqual([0, ''])
      const lines = out.split('\n')
      expect(lines[0]).toBe('.github/workflows/busy.yml (Busy)')
      expect(lines[1]).toBe(
        "  - throttle: '*/5 * * * *' runs 5 minutes apart at its closest, under the 15-minute minimum: throttle to '*/15 * * * *' — saves 5,760 runs per 30 days"
      )
      expect(lines[2]).toMatch(
        /^ {2}- minute-zero: '\*\/5 \* \* \* \*' runs at minute 0, when GitHub delays and drops the most scheduled runs; move it to '(\d+,){11}\d+ \* \* \* \*'$/
      )
      expect(lines.slice(3)).toEqual([
        '  - concurrency: runs on schedule without a concurrency group — add one (cancel-in-progress: true)',
        '.github/workflows/ci.yaml (CI)',
        "  - timeout: job 'test' has no timeout-minutes, so a hung run bills up to 6 hours",
        'Throttling and removing duplicate schedules saves 5,760 runs per 30 days.',
        ''
      ])
    })

    it('prints {audit, errors} with --json, honouring --min-interval', async () => {
      const { code, out } = await audit(
        '--root',
        root,
        '--now',
        NOW,
        '--json',
        '--min-interval',
        '60'
      )
      const json = JSON.parse(out) as {
        audit: Array<{ path: string; kind: string; detail: { suggested?: string } }>
        errors: []
      }
      expect(code).toBe(0)
      expect(json.errors).toEqual([])
      expect(json.audit.map(f => [f.path, f.kind])).toEqual([
        ['.github/workflows/busy.yml', 'throttle'],
        ['.github/workflows/busy.yml', 'minute-zero'],
        ['.github/workflows/busy.yml', 'concurrency'],
        ['.github/workflows/ci.yaml', 'timeout']
      ])
      expect(json.audit[0]?.detail.suggested).toBe('0 * * * *')
    })
  })

  describe('with recorded runs and jobs', () => {
    it('prices the throttle from the jobs', async () => {
      const runs = [recordedRun(1, 20), recordedRun(2, 21)]
      const jobs = runs.map((r, i) => ({
        id: 100 + i,
        run_id: r.id,
        name: 'poll',
        labels: ['ubuntu-latest'],
        started_at: r.run_started_at,
        completed_at: r.updated_at,
        conclusion: 'success'
      }))
      await files({
        'rec/runs.json': JSON.stringify({ workflow_runs: runs }),
        'rec/jobs.json': JSON.stringify({ jobs })
      })
      const args = [
        '--root',
        root,
        '--now',
        NOW,
        '--json',
        '--runs',
        path.join(root, 'rec/runs.json')
      ]
      const { code, out } = await audit(...args, '--jobs', path.join(root, 'rec/jobs.json'))
      const [throttle] = (JSON.parse(out) as { audit: Array<{ savings: unknown }> }).audit
      expect(code).toBe(0)
      // Two scheduled runs, each one 2-minute linux job: 5,760 runs saved × 2 minutes, at $0.006 a minute.
      expect(throttle?.savings).toEqual({ runs: 5760, minutes: 11520, dollars: 69.12 })
    })

    it('exits 1 naming a recording that is not API JSON', async () => {
      await files({ 'rec/runs.json': '{"workflow_runs": [{"id": "x"}]}' })
      const { code, out, err } = await audit(
        '--root',
        root,
        '--runs',
        path.join(root, 'rec/runs.json')
      )
      expect([code, out]).toEqual([1, ''])
      expect(err).toMatch(/^error: .*runs\.json line 1, workflow_runs\[0\]/)
    })
  })

  it('still lists the other files when one is not YAML, and exits 1 naming it', async () => {
    await files({ '.github/workflows/broken.yml': "on:\n  schedule:\n    - cron: '0 3 * * 0\n" })
    const { code, out, err } = await audit('--root', root, '--now', NOW)
    expect(code).toBe(1)
    expect(out).toContain('.github/workflows/ci.yaml (CI)')
    expect(out).toMatch(
      /\nNot audited:\n {2}- \.github\/workflows\/broken\.yml: not valid YAML \(line \d+, column \d+\): /
    )
    expect(err).toMatch(/^error: \.github\/workflows\/broken\.yml: not valid YAML/)
  })

  it('exits 1 when --root has no workflows folder', async () => {
    const { code, err } = await audit('--root', path.join(root, 'nowhere'))
    expect(code).toBe(1)
    expect(err).toMatch(/^error: no \.github\/workflows folder under --root .*nowhere/)
  })

  it.each([
    [
      ['--min-interval', '3'],
      "--min-interval must be a whole number of minutes from 5 to 1440, got '3'"
    ],
    [['--now', 'yesterday'], "--now must be an ISO 8601 date or time, got 'yesterday'"],
    [['--frobnicate'], "Unknown option '--frobnicate'"],
    [['extra'], "audit takes flags only; got 'extra'"]
  ])('exits 2 for %j', async (argv, message) => {
    const { code, out, err } = await audit('--root', root, ...argv)
    expect([code, out]).toEqual([2, ''])
    expect(err.split('\n')[0]).toBe(`error: ${message}`)
    expect(err).toContain('usage: audit --root <dir>')
  })
})
