import { describe, expect, it } from '@jest/globals'
import { applyFixes, type FixKind } from '../src/core/audit/apply-fixes.js'
import { auditWorkflows } from '../src/core/audit/audit.js'
import type { JobRecord, RunRecord } from '../src/core/runs/records.js'

const NOW = new Date('2026-03-02T00:00:00Z')
const GROUP = '  group: ${{ github.workflow }}-${{ github.ref }}'

const DEPLOY = `name: Deploy
on:
  push:
    branches: [main]
jobs:
  ship:
    runs-on: ubuntu-latest
    steps:
      - run: ./ship
`
const PR = `name: Checks
on: pull_request

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
`
const POLL = `name: Poll
on:
  schedule:
    - cron: '*/5 * * * *' # poll
jobs:
  poll:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - run: ./poll
`
const SHARED = `name: Shared
on:
  push:
  workflow_call:
jobs:
  lint:
    uses: ./.github/workflows/lint.yml
`
const NIGHTLY = `name: Nightly
on:
  schedule:
    - cron: '*/10 * * * *'
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
`

const FILES: Record<string, string> = {
  '.github/workflows/deploy.yml': DEPLOY,
  '.github/workflows/pr.yml': PR,
  '.github/workflows/poll.yml': POLL,
  '.github/workflows/shared.yml': SHARED,
  '.github/workflows/nightly.yml': NIGHTLY
}

/** Ten runs of nightly.yml's `build`, 4 to 13 minutes long. */
function records(): { runs: RunRecord[]; jobs: JobRecord[] } {
  const runs: RunRecord[] = []
  const jobs: JobRecord[] = []
  for (let i = 0; i < 10; i++) {
    const start = new Date(NOW.getTime() - (i + 1) * 86_400_000)
    const end = new Date(start.getTime() + (4 + i) * 60_000)
    const [startedAt, completedAt] = [start.toISOString(), end.toISOString()]
    runs.push({
      ...{ id: 100 + i, workflowId: 7, attempt: 1, event: 'schedule', branch: 'main' },
      ...{ status: 'completed', conclusion: 'success', createdAt: startedAt, startedAt },
      updatedAt: completedAt
    })
    jobs.push({
      ...{ id: 900 + i, runId: 100 + i, attempt: 1, name: 'build', labels: ['ubuntu-latest'] },
      ...{ startedAt, completedAt, conclusion: 'success' }
    })
  }
  return { runs, jobs }
}

function fix(kinds: FixKind[], managed: Record<string, string> = {}, observed = false) {
  const report = auditWorkflows({
    files: FILES,
    now: NOW,
    ...(observed
      ? {
          ...records(),
          workflows: [{ id: 7, path: '.github/workflows/nightly.yml', name: 'n', state: 'active' }]
        }
      : {})
  })
  return applyFixes({
    kinds,
    findings: report.findings,
    files: FILES,
    planned: new Map(Object.entries(managed)),
    managed: new Set(Object.keys(managed))
  })
}

describe('applyFixes', () => {
  it('adds a concurrency group to every workflow without one, not cancelling a default-branch push', () => {
    const result = fix(['concurrency'])
    expect(result.files.get('.github/workflows/deploy.yml')).toBe(
      DEPLOY.replace('jobs:', `concurrency:\n${GROUP}\n  cancel-in-progress: false\njobs:`)
    )
    expect(result.files.get('.github/workflows/pr.yml')).toBe(
      // A blank line follows the on: block, so one goes before the group too.
      PR.replace('\n\njobs:', `\n\nconcurrency:\n${GROUP}\n  cancel-in-progress: true\n\njobs:`)
    )
    expect(result.applied.map(a => [a.path, a.kind])).toEqual([
      ['.github/workflows/deploy.yml', 'concurrency'],
      ['.github/workflows/nightly.yml', 'concurrency'],
      ['.github/workflows/poll.yml', 'concurrency'],
      ['.github/workflows/pr.yml', 'concurrency']
    ])
    expect(result.applied[0]).toMatchObject({
      cancelInProgress: false,
      pushesToDefaultBranch: true,
      defaultBranch: 'main'
    })
  })

  it('leaves a reusable workflow alone: its group would be its caller’s', () => {
    const result = fix(['concurrency'])
    expect(result.files.has('.github/workflows/shared.yml')).toBe(false)
    expect(result.skipped).toEqual([
      expect.objectContaining({
        path: '.github/workflows/shared.yml',
        kind: 'concurrency',
        reason: expect.stringContaining('reusable workflow (workflow_call)')
      })
    ])
  })

  it('throttles a cron of a workflow the config does not manage, byte for byte around it', () => {
    const result = fix(['throttle'])
    expect(result.files.get('.github/workflows/poll.yml')).toBe(
      POLL.replace("'*/5 * * * *'", "'*/15 * * * *'")
    )
    expect(result.applied).toContainEqual(
      expect.objectContaining({ kind: 'throttle', cron: '*/5 * * * *', to: '*/15 * * * *' })
    )
  })

  it('leaves a managed workflow’s crons to the config, and fixes its planned text otherwise', () => {
    const planned = NIGHTLY.replace("'*/10 * * * *'", "'7 */2 * * *'")
    const result = fix(['throttle', 'concurrency'], { '.github/workflows/nightly.yml': planned })
    expect(result.skipped).toContainEqual(
      expect.objectContaining({
        path: '.github/workflows/nightly.yml',
        kind: 'throttle',
        cron: '*/10 * * * *',
        reason: expect.stringContaining('the orchestrator config sets this workflow')
      })
    )
    expect(result.files.get('.github/workflows/nightly.yml')).toBe(
      planned.replace('jobs:', `concurrency:\n${GROUP}\n  cancel-in-progress: true\njobs:`)
    )
  })

  it('sizes a timeout from the recorded jobs (p99 × 2, at least 10), and skips one without records', () => {
    expect(fix(['timeouts']).files.size).toBe(0)
    const result = fix(['timeouts'], {}, true)
    // The longest of 10 runs is 13 minutes: p99 is 13, doubled 26.
    expect(result.files.get('.github/workflows/nightly.yml')).toBe(
      NIGHTLY.replace(
        'runs-on: ubuntu-latest\n',
        'runs-on: ubuntu-latest\n    timeout-minutes: 26\n'
      )
    )
    expect(result.skipped).toEqual([
      expect.objectContaining({
        path: '.github/workflows/deploy.yml',
        kind: 'timeouts',
        job: 'ship',
        reason: expect.stringContaining('no recorded runs')
      }),
      expect.objectContaining({ path: '.github/workflows/pr.yml', job: 'test' })
    ])
  })

  it('applies every chosen fix to one file in turn, and nothing when none is chosen', () => {
    const all = fix(['concurrency', 'timeouts', 'throttle'], {}, true)
    expect(all.files.get('.github/workflows/nightly.yml')).toBe(
      NIGHTLY.replace("'*/10 * * * *'", "'*/15 * * * *'")
        .replace('jobs:', `concurrency:\n${GROUP}\n  cancel-in-progress: true\njobs:`)
        .replace('runs-on: ubuntu-latest\n', 'runs-on: ubuntu-latest\n    timeout-minutes: 26\n')
    )
    expect(fix([])).toEqual({ files: new Map(), applied: [], skipped: [] })
  })

  it('is deterministic: the same input gives the same files', () => {
    const kinds: FixKind[] = ['concurrency', 'timeouts', 'throttle']
    expect(fix(kinds, {}, true)).toEqual(fix(kinds, {}, true))
  })
})
