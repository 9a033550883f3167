import { describe, expect, it, test } from '@jest/globals'
import { auditWorkflows, type AuditInput } from '../src/core/audit/audit.js'
import type { AuditFinding, FindingKind } from '../src/core/audit/findings.js'
import type { JobRecord, RunRecord, WorkflowInfo } from '../src/core/runs/records.js'

const NOW = new Date('2026-03-02T00:00:00Z')
const PATH = '.github/workflows/nightly.yml'

/** A workflow file: the `on:` block as given, one job with a step. */
function workflow(
  on: string,
  job = '  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
  top = ''
): string {
  return `name: Nightly\non:\n${on}${top}jobs:\n${job}`
}

function scheduled(...crons: string[]): string {
  return `  schedule:\n${crons.map(c => `    - cron: '${c}'\n`).join('')}`
}

function audit(files: Record<string, string>, extra: Partial<AuditInput> = {}) {
  return auditWorkflows({ files, now: NOW, ...extra })
}

function ofKind<K extends FindingKind>(findings: AuditFinding[], kind: K) {
  return findings.filter((f): f is Extract<AuditFinding, { kind: K }> => f.kind === kind)
}

const INFO: WorkflowInfo = { id: 7, path: PATH, name: 'Nightly', state: 'active' }

function run(id: number, start: string, end: string, extra: Partial<RunRecord> = {}): RunRecord {
  return {
    id,
    workflowId: 7,
    attempt: 1,
    event: 'schedule',
    branch: 'main',
    status: 'completed',
    conclusion: 'success',
    createdAt: start,
    startedAt: start,
    updatedAt: end,
    ...extra
  }
}

function job(
  id: number,
  runId: number,
  name: string,
  seconds: number,
  labels = ['ubuntu-latest']
): JobRecord {
  const start = Date.parse('2026-02-20T08:00:00Z')
  return {
    id,
    runId,
    attempt: 1,
    name,
    labels,
    startedAt: new Date(start).toISOString(),
    completedAt: new Date(start + seconds * 1000).toISOString(),
    conclusion: 'success'
  }
}

describe('the audit', () => {
  describe('throttle', () => {
    test.each([
      ['*/5 * * * *', 15, 5, '*/15 * * * *', 8640, 2880],
      ['*/10 * * * *', 15, 10, '*/15 * * * *', 4320, 2880],
      ['0,5 8 * * *', 15, 5, '0 8 * * *', 60, 30],
      ['7 * * * *', 120, 60, '7 */2 * * *', 720, 360],
      ['20,50 9-17 * * 1-5', 45, 30, '20 9-17 * * 1-5', 396, 198]
    ])(
      "'%s' under a %i-minute minimum (runs %i minutes apart) becomes '%s'",
      (cron, minInterval, gap, suggested, before, after) => {
        const [finding] = ofKind(
          audit({ [PATH]: workflow(scheduled(cron)) }, { minInterval }).findings,
          'throttle'
        )
        expect(finding?.detail).toEqual({
          cron,
          shortestGap: gap,
          minInterval,
          suggested,
          runsBefore: before,
          runsAfter: after
        })
        expect(finding?.savings).toEqual({ runs: before - after, minutes: null, dollars: null })
      }
    )

    it('leaves a cron alone that keeps the interval', () => {
      const { findings } = audit({ [PATH]: workflow(scheduled('*/15 * * * *', '30 8 * * *')) })
      expect(ofKind(findings, 'throttle')).toEqual([])
    })

    it('prices the saved runs from the recorded jobs: minutes rounded up per job, windows ×2, at $0.006 and $0.010', () => {
      const runs = [1, 2, 3].map(id =>
        run(id, `2026-02-2${id}T08:00:00Z`, `2026-02-2${id}T08:02:00Z`)
      )
      const jobs = runs.flatMap(r => [
        job(r.id * 10, r.id, 'build', 90),
        job(r.id * 10 + 1, r.id, 'win', 30, ['windows-latest'])
      ])
      const input = { runs, jobs, workflows: [INFO] }
      const [finding] = ofKind(
        audit({ [PATH]: workflow(scheduled('*/5 * * * *')) }, input).findings,
        'throttle'
      )
      // Per run: 2 linux minutes + 1 windows minute billed twice = 4 minutes; 2 × $0.006 + 1 × $0.010 = $0.022.
      expect(finding?.savings).toEqual({ runs: 5760, minutes: 23040, dollars: 126.72 })
    })

    it('falls back on the runs’ own durations when no jobs were recorded', () => {
      const runs = [run(1, '2026-02-21T08:00:00Z', '2026-02-21T08:02:30Z')]
      const [finding] = ofKind(
        audit({ [PATH]: workflow(scheduled('*/10 * * * *')) }, { runs, workflows: [INFO] })
          .findings,
        'throttle'
      )
      expect(finding?.savings).toEqual({ runs: 1440, minutes: 4320, dollars: 25.92 })
    })
  })

  describe('minute-zero', () => {
    it('moves crons at minute 0 to distinct minutes, keeping the other fields', () => {
      const files = {
        '.github/workflows/a.yml': workflow(scheduled('0 8 * * *')),
        '.github/workflows/b.yml': workflow(scheduled('0 8 * * *')),
        '.github/workflows/c.yml': workflow(scheduled('*/30 * * * 1-5'))
      }
      const findings = ofKind(audit(files).findings, 'minute-zero')
      const suggested = findings.map(f => f.detail.suggested ?? '')
      expect(findings.map(f => f.detail.cron)).toEqual(['0 8 * * *', '0 8 * * *', '*/30 * * * 1-5'])
      expect(suggested[0]).toMatch(/^([1-9]|[1-5]\d) 8 \* \* \*$/)
      expect(suggested[1]).toMatch(/^([1-9]|[1-5]\d) 8 \* \* \*$/)
      expect(suggested[0]).not.toBe(suggested[1])
      const [first, second] = (suggested[2] ?? '').split(' ')[0]!.split(',').map(Number)
      expect([first! > 0, second! - first!]).toEqual([true, 30])
      expect(findings.map(f => f.savings)).toEqual([null, null, null])
    })

    it('gives the same suggestions on every run', () => {
      const files = { [PATH]: workflow(scheduled('0 3 * * *', '0 */6 * * *')) }
      expect(audit(files)).toEqual(audit(files))
    })
  })

  describe('duplicate-schedule', () => {
    it('flags the later of two entries with the same times, and one inside another', () => {
      const { findings } = audit({
        [PATH]: workflow(scheduled('5 8 * * *', '05 8 * * *', '5 8 * * 1'))
      })
      expect(ofKind(findings, 'duplicate-schedule').map(f => [f.detail, f.savings?.runs])).toEqual([
        [{ scope: 'entry', crons: ['05 8 * * *'], duplicateOf: '5 8 * * *', identical: true }, 30],
        [{ scope: 'entry', crons: ['5 8 * * 1'], duplicateOf: '5 8 * * *', identical: false }, 5]
      ])
    })

    it('flags a workflow repeating another one’s schedule, triggers and steps', () => {
      const same = workflow(scheduled('5 8 * * *') + '  workflow_dispatch:\n')
      const files = {
        '.github/workflows/a.yml': same,
        '.github/workflows/b.yml': same.replace('name: Nightly', 'name: Copy'),
        '.github/workflows/c.yml': same.replace('make', 'make test')
      }
      const found = ofKind(audit(files).findings, 'duplicate-schedule')
      expect(found.map(f => [f.path, f.detail.duplicateOf, f.savings?.runs])).toEqual([
        ['.github/workflows/b.yml', '.github/workflows/a.yml', 30]
      ])
    })
  })

  describe('concurrency', () => {
    test.each([
      ['a push to any branch', '  push:\n', false],
      ['on: [push, pull_request]', null, false],
      ['a push to main', '  push:\n    branches: [main]\n', false],
      ["a push to 'releases/**' only", "  push:\n    branches: ['releases/**']\n", true],
      ["a push to all branches but '!main'", "  push:\n    branches: ['**', '!main']\n", true],
      ['a push ignoring main', '  push:\n    branches-ignore: [main]\n', true],
      ['a push of tags only', "  push:\n    tags: ['v*']\n", true],
      ['pull requests only', '  pull_request:\n', true]
    ])('for %s, offers cancel-in-progress: %s', (_, on, cancel) => {
      const text = on === null ? 'name: CI\non: [push, pull_request]\njobs: {}\n' : workflow(on)
      const [finding] = ofKind(audit({ [PATH]: text }).findings, 'concurrency')
      expect([finding?.detail.cancelInProgress, finding?.detail.pushesToDefaultBranch]).toEqual([
        cancel,
        !cancel
      ])
    })

    it('says nothing of a workflow with a concurrency group, or one only dispatched', () => {
      const files = {
        '.github/workflows/a.yml': workflow('  push:\n', undefined, 'concurrency: ci\n'),
        '.github/workflows/b.yml': workflow('  workflow_dispatch:\n')
      }
      expect(ofKind(audit(files).findings, 'concurrency')).toEqual([])
    })

    it('counts the runs that started while another of the same branch was running', () => {
      const runs = [
        run(1, '2026-02-25T10:00:00Z', '2026-02-25T10:30:00Z'),
        run(2, '2026-02-25T10:10:00Z', '2026-02-25T10:20:00Z'),
        run(3, '2026-02-25T10:25:00Z', '2026-02-25T10:40:00Z'),
        run(4, '2026-02-25T10:05:00Z', '2026-02-25T10:15:00Z', { branch: 'dev' }),
        run(5, '2026-01-05T10:05:00Z', '2026-01-05T10:15:00Z'),
        run(6, '2026-01-05T10:06:00Z', '2026-01-05T10:15:00Z')
      ]
      const [finding] = ofKind(
        audit({ [PATH]: workflow(scheduled('5 8 * * *')) }, { runs, workflows: [INFO] }).findings,
        'concurrency'
      )
      expect([finding?.detail.overlappingRuns, finding?.savings]).toEqual([
        3,
        { runs: 2, minutes: null, dollars: null }
      ])
    })
  })

  describe('timeout', () => {
    it('names each job without timeout-minutes, with twice its p99 as the suggestion', () => {
      const jobsText =
        '  build:\n    name: Build\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n' +
        '  lint:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - run: lint\n' +
        '  call:\n    uses: ./.github/workflows/reusable.yml\n' +
        '  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: test\n'
      const runs = [run(1, '2026-02-21T08:00:00Z', '2026-02-21T08:20:00Z')]
      const jobs = [
        job(1, 1, 'Build (ubuntu, 20)', 180),
        job(2, 1, 'Build (ubuntu, 22)', 750),
        job(3, 1, 'Build', 240)
      ]
      const { findings } = audit(
        { [PATH]: workflow('  push:\n', jobsText) },
        { runs, jobs, workflows: [INFO] }
      )
      expect(ofKind(findings, 'timeout').map(f => f.detail)).toEqual([
        { job: 'build', longestMinutes: 13, observedJobs: 3, suggestedMinutes: 25 },
        { job: 'test', longestMinutes: null, observedJobs: 0, suggestedMinutes: null }
      ])
    })

    it('suggests at least 10 minutes', () => {
      const runs = [run(1, '2026-02-21T08:00:00Z', '2026-02-21T08:01:00Z')]
      const { findings } = audit(
        { [PATH]: workflow('  push:\n') },
        { runs, jobs: [job(1, 1, 'build', 20)], workflows: [INFO] }
      )
      expect(ofKind(findings, 'timeout')[0]?.detail.suggestedMinutes).toBe(10)
    })
  })

  describe('inactive', () => {
    const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000)
    const files = { [PATH]: workflow(scheduled('5 8 * * *')) }

    it('reports a workflow GitHub disabled for inactivity', () => {
      const workflows = [{ ...INFO, state: 'disabled_inactivity' }]
      const [finding] = ofKind(audit(files, { workflows }).findings, 'inactive')
      expect(finding?.detail).toEqual({
        state: 'disabled',
        lastActivity: null,
        daysInactive: null,
        disablesOn: null
      })
    })

    it('warns within 7 days of the 60-day limit in a public repository', () => {
      const [finding] = ofKind(
        audit(files, { repository: { public: true, lastActivity: daysAgo(55) } }).findings,
        'inactive'
      )
      expect(finding?.detail).toEqual({
        state: 'disabling-soon',
        lastActivity: '2026-01-06T00:00:00.000Z',
        daysInactive: 55,
        disablesOn: '2026-03-07T00:00:00.000Z'
      })
    })

    test.each([
      ['50 days in a public repository', { public: true, lastActivity: daysAgo(50) }, files],
      ['90 days in a private one', { public: false, lastActivity: daysAgo(90) }, files],
      [
        '90 days, without a schedule',
        { public: true, lastActivity: daysAgo(90) },
        { [PATH]: workflow('  push:\n') }
      ]
    ])('says nothing after %s', (_, repository, given) => {
      expect(ofKind(audit(given, { repository }).findings, 'inactive')).toEqual([])
    })
  })

  describe('with a file that is not a workflow', () => {
    it('lists it as an error naming the file and audits the others', () => {
      const report = audit({
        '.github/workflows/bad.yml': "on:\n  schedule:\n    - cron: '0 3 * * 0\n",
        [PATH]: workflow(scheduled('5 8 * * *'))
      })
      expect(report.errors).toEqual([
        {
          path: '.github/workflows/bad.yml',
          error: expect.stringMatching(/^not valid YAML \(line \d+, column \d+\): /)
        }
      ])
      expect(report.findings.map(f => [f.path, f.kind])).toEqual([
        [PATH, 'concurrency'],
        [PATH, 'timeout']
      ])
    })
  })
})
