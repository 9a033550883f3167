/**
 * Budgets with auto-pause (DESIGN §13, issue 12) end to end: the bundled action (dist/index.js) run as a runner runs
 * it against the GitHub fake. A spent cap disables the cron-driven managed workflows (PUT …/disable) and stops
 * dispatching; when the day or the period turns, exactly the workflows the orchestrator disabled are enabled again
 * (PUT …/enable) — a workflow a person disabled is left alone. The alert issue says so as CRITICAL; `operation: resume`
 * lifts the pauses by hand; pauses after failed runs are reported in the same issue.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import {
  startGitHubFake,
  type FakeOptions,
  type GitHubFake
} from '../__fixtures__/github-fake/index.js'
import { runAction, type ActionRun } from '../__fixtures__/run-action.js'

const CONFIG = '.github/orchestrator.yml'
const STATE_BRANCH = 'orchestrator-state'
const STATE = 'orchestrator/state.json'
const REPO = '/repos/octo-org/octo-repo'
const path = (id: string) => `.github/workflows/${id}.yml`

/** A cron-driven workflow on one cron (every mode), or a dispatched one (no schedule left in its file). */
const cronFile = (id: string, cron: string) => `name: ${id}
on:
  schedule:
    - cron: '${cron}'
  workflow_dispatch:
jobs:
  work:
    runs-on: ubuntu-latest
    steps:
      - run: echo ${id}
`
const dispatchFile = (id: string) => `name: ${id}
on:
  workflow_dispatch:
jobs:
  work:
    runs-on: ubuntu-latest
    steps:
      - run: echo ${id}
`

const CRONS: Record<string, string> = {
  nightly: '0 3 * * *',
  hourly: '0 * * * *',
  weekly: '0 4 * * 1'
}

function workflowEntry(id: string, via: 'cron' | 'dispatch'): string {
  const cron = CRONS[id] as string
  const dispatch = via === 'dispatch' ? '    via: dispatch\n' : ''
  return `  ${id}:
    path: ${path(id)}
${dispatch}    schedules: { aggressive: '${cron}', normal: '${cron}', conservative: '${cron}' }
`
}

/** A repository with `nightly`, `hourly` and `weekly` managed (hourly `via: dispatch` when asked) under `budgets`. */
async function start(
  budgets: string,
  options: { dispatch?: boolean; now: string } & FakeOptions
): Promise<GitHubFake> {
  const via = (id: string) => (options.dispatch && id === 'hourly' ? 'dispatch' : 'cron')
  const ids = Object.keys(CRONS)
  const files: Record<string, string> = {
    [CONFIG]: `${budgets ? `budgets:\n${budgets}` : ''}workflows:\n${ids.map(id => workflowEntry(id, via(id))).join('')}`
  }
  for (const id of ids)
    files[path(id)] = via(id) === 'dispatch' ? dispatchFile(id) : cronFile(id, CRONS[id] as string)
  // A person disabled weekly before the orchestrator ever ran.
  const workflows = [{ path: path('weekly'), state: 'disabled_manually' as const }]
  fake = await startGitHubFake({ files, workflows, ...options })
  return fake
}

let fake: GitHubFake

afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.close()
})

let seen = 0
/** One run of the bundle at `now` (the fake's clock too); its requests are the ones after `seen`. */
async function step(now: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  fake.setNow(now)
  seen = fake.requests.length
  return runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    inputs: { token: 'ghp_test', mode: 'normal', used: '10', ...inputs },
    now
  })
}

/** The workflows the last step disabled or enabled, by file name, in order. */
const puts = (verb: 'disable' | 'enable') =>
  fake.requests
    .slice(seen)
    .filter(r => r.method === 'PUT' && r.path.endsWith(`/${verb}`) && r.status === 204)
    .map(r => r.path.replace(`${REPO}/actions/workflows/`, '').replace(`/${verb}`, ''))
const stateOf = (id: string) => fake.workflows().find(w => w.path === path(id))?.state
const paused = (run: ActionRun) =>
  JSON.parse(run.outputs.paused ?? 'null') as Array<Record<string, unknown>>
const recorded = () =>
  JSON.parse(fake.fileAt(STATE_BRANCH, STATE) ?? '{}') as {
    pauses?: Array<Record<string, unknown>>
    pauseLifts?: Array<Record<string, unknown>>
  }
const alerts = () => fake.issues().filter(i => i.labels.includes('orchestrator'))
const ok = (run: ActionRun) => {
  if (run.code !== 0) throw new Error(`the step failed:\n${run.stdout}`)
  return run
}

/** A finished run of a workflow with one linux job of `minutes` minutes ($0.006 a minute). */
function ran(
  id: string,
  createdAt: string,
  minutes: number,
  conclusion: 'success' | 'failure' = 'success'
) {
  const start = new Date(Date.parse(createdAt) + 10_000)
  const end = new Date(start.getTime() + minutes * 60_000)
  fake.addRun({
    workflow: `${id}.yml`,
    conclusion,
    createdAt,
    runStartedAt: start,
    updatedAt: end,
    jobs: [
      {
        name: 'work',
        labels: ['ubuntu-latest'],
        status: 'completed',
        conclusion,
        startedAt: start,
        completedAt: end
      }
    ]
  })
}

const DAILY_DOLLARS = '  daily: { limit: 0.05, unit: dollars }\n'

describe('budgets (dist/index.js against the GitHub fake)', () => {
  describe('a daily budget in dollars, across the day boundary', () => {
    it("prices the runs at the config's prices:, as the analytics do", async () => {
      // 10 linux minutes at the config's $0.004 a minute: $0.04, under the $0.05 cap (GitHub's $0.006 would be $0.06).
      await start(`${DAILY_DOLLARS}prices:\n  linux: 0.004\n`, { now: '2025-03-10T10:00:00Z' })
      ran('nightly', '2025-03-10T03:00:00Z', 10)
      const run = ok(await step('2025-03-10T10:00:00Z'))
      expect(puts('disable')).toEqual([])
      expect(paused(run)).toEqual([])
      expect(run.summary).toContain('| daily (dollars) | $0.05 | $0.04 |')
    })

    it('disables the cron-driven workflows at once and enables exactly those when the day turns', async () => {
      await start(DAILY_DOLLARS, { now: '2025-03-10T10:00:00Z' })
      ran('nightly', '2025-03-10T03:00:00Z', 10) // $0.06 today

      const spent = ok(await step('2025-03-10T10:00:00Z'))
      expect(puts('disable')).toEqual(['nightly.yml', 'hourly.yml'])
      expect([stateOf('nightly'), stateOf('hourly'), stateOf('weekly')]).toEqual([
        'disabled_manually',
        'disabled_manually',
        'disabled_manually'
      ])
      const until = '2025-03-11T00:00:00.000Z'
      expect(paused(spent)).toEqual([
        { workflow: 'nightly', path: path('nightly'), reason: 'daily-budget', until },
        { workflow: 'hourly', path: path('hourly'), reason: 'daily-budget', until }
      ])
      expect(recorded().pauses).toEqual([
        expect.objectContaining({ workflow: 'nightly', disabled: true, figure: 0.06, limit: 0.05 }),
        expect.objectContaining({ workflow: 'hourly', disabled: true, unit: 'dollars' })
      ])
      expect(spent.stdout).toContain(
        `::warning::The daily budget is spent ($0.06 of $0.05): managed workflows paused until ${until}`
      )
      expect(spent.summary).toContain('| daily (dollars) | $0.05 | $0.06 | 🚨 spent')
      expect(spent.summary).toContain('weekly was disabled by a person: left alone')
      const [alert] = alerts()
      expect(alert?.state).toBe('open')
      expect(alert?.title).toContain('CRITICAL — daily budget is spent: $0.06 of $0.05')
      expect(alert?.body).toContain(
        `🚨 **CRITICAL: the daily budget is spent: $0.06 of $0.05.** The managed workflows are paused until **${until}**`
      )
      expect(alert?.body).toContain('<!-- orchestrator-status: CRITICAL -->')

      const later = ok(await step('2025-03-10T16:00:00Z'))
      expect([puts('disable'), puts('enable')]).toEqual([[], []])
      expect(paused(later)).toHaveLength(2)

      const nextDay = ok(await step('2025-03-11T00:30:00Z'))
      expect(puts('enable')).toEqual(['nightly.yml', 'hourly.yml'])
      expect(puts('disable')).toEqual([])
      expect([stateOf('nightly'), stateOf('hourly'), stateOf('weekly')]).toEqual([
        'active',
        'active',
        'disabled_manually'
      ])
      expect(paused(nextDay)).toEqual([])
      expect(recorded().pauses).toEqual([])
      const [closed] = alerts()
      expect(closed?.state).toBe('closed')
      expect(closed?.comments).toContainEqual(
        expect.stringContaining('▶️ Resumed (the daily budget turned): nightly, hourly')
      )
    })
  })

  describe('a period budget in the quota’s unit, across the period boundary', () => {
    it('pauses until the reset, and enables only what is still disabled by the orchestrator', async () => {
      await start('  period: { limit: 100 }\n', { now: '2025-03-31T12:00:00Z' })
      const spent = ok(await step('2025-03-31T12:00:00Z', { used: '120' }))
      expect(puts('disable')).toEqual(['nightly.yml', 'hourly.yml'])
      expect(paused(spent)).toEqual([
        expect.objectContaining({
          workflow: 'nightly',
          reason: 'period-budget',
          until: '2025-04-01T00:00:00.000Z'
        }),
        expect.objectContaining({ workflow: 'hourly', reason: 'period-budget' })
      ])
      expect(alerts()[0]?.body).toContain('the period budget is spent: 120 of 100')

      // A person turns hourly back on by hand during the pause: it is theirs again.
      const person = new Octokit({ auth: 'ghp_person', baseUrl: fake.url })
      await person.actions.enableWorkflow({
        owner: fake.owner,
        repo: fake.repo,
        workflow_id: 'hourly.yml'
      })

      const reset = ok(await step('2025-04-01T06:00:00Z', { used: '3' }))
      expect(puts('enable')).toEqual(['nightly.yml'])
      expect(stateOf('weekly')).toBe('disabled_manually')
      expect(paused(reset)).toEqual([])
    })
  })

  describe('operation: resume', () => {
    it('enables what the orchestrator disabled, keeps it running while the cap is still spent, and never enables a person’s', async () => {
      await start(DAILY_DOLLARS, { now: '2025-03-10T10:00:00Z' })
      ran('nightly', '2025-03-10T03:00:00Z', 10)
      ok(await step('2025-03-10T10:00:00Z'))

      const resumed = ok(await step('2025-03-10T11:00:00Z', { operation: 'resume' }))
      expect(puts('enable')).toEqual(['nightly.yml', 'hourly.yml'])
      expect(JSON.parse(resumed.outputs.report ?? '{}')).toMatchObject({
        operation: 'resume',
        resumed: ['nightly', 'hourly'],
        wasPaused: ['nightly', 'hourly'],
        enabled: ['nightly', 'hourly'],
        leftAlone: []
      })
      expect(paused(resumed)).toEqual([])
      expect(recorded().pauseLifts).toEqual([
        { workflow: 'nightly', until: '2025-03-11T00:00:00.000Z' },
        { workflow: 'hourly', until: '2025-03-11T00:00:00.000Z' }
      ])
      const [alert] = alerts()
      expect(alert?.state).toBe('closed')
      expect(alert?.comments).toContainEqual(
        expect.stringContaining('▶️ Resumed by `operation: resume`: nightly, hourly')
      )

      const stillSpent = ok(await step('2025-03-10T12:00:00Z'))
      expect(puts('disable')).toEqual([])
      expect(paused(stillSpent)).toEqual([])

      const person = ok(
        await step('2025-03-10T13:00:00Z', { operation: 'resume', workflows: 'weekly' })
      )
      expect(puts('enable')).toEqual([])
      expect(stateOf('weekly')).toBe('disabled_manually')
      expect(person.stdout).toContain(
        '::warning::weekly was disabled by a person, not by the orchestrator: left disabled'
      )
    })

    it('refuses an id the config does not manage, naming the ones it does, before any write', async () => {
      await start(DAILY_DOLLARS, { now: '2025-03-10T10:00:00Z' })
      const run = await step('2025-03-10T10:00:00Z', { operation: 'resume', workflows: 'nope' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        "input 'workflows' must list config ids of managed workflows (nightly, hourly, weekly), got 'nope'"
      )
      expect(fake.branches()).toEqual(['main'])
    })
  })

  describe('dispatch ticks', () => {
    const dispatchedPaths = () => fake.dispatches().map(d => d.path)

    it('stop dispatching and disable the cron-driven ones when a cap is spent, and start again after the reset', async () => {
      await start('  period: { limit: 100 }\n', { dispatch: true, now: '2025-03-31T23:30:00Z' })
      const tick = { operation: 'dispatch' }
      const spent = ok(await step('2025-03-31T23:30:00Z', { ...tick, used: '120' }))
      expect(JSON.parse(spent.outputs.skipped ?? '[]')).toEqual([
        expect.objectContaining({ workflow: 'hourly', reason: 'budget' })
      ])
      expect(dispatchedPaths()).toEqual([])
      expect(puts('disable')).toEqual(['nightly.yml'])
      expect(paused(spent).map(p => [p.workflow, p.reason])).toEqual([
        ['nightly', 'period-budget'],
        ['hourly', 'period-budget']
      ])
      const [alert] = alerts()
      expect(alert?.title).toContain('CRITICAL — period budget is spent: 120 of 100')
      expect(alert?.body).toContain(
        '| hourly | `.github/workflows/hourly.yml` | period budget spent |'
      )

      const quiet = fake.requests.length
      ok(await step('2025-03-31T23:40:00Z', { ...tick, used: '120' }))
      const writes = fake.requests
        .slice(quiet)
        .filter(r => r.method !== 'GET' && r.path !== '/graphql')
      expect(writes).toEqual([])

      const reset = ok(await step('2025-04-01T00:10:00Z', { ...tick, used: '3' }))
      expect(puts('enable')).toEqual(['nightly.yml'])
      expect(dispatchedPaths()).toEqual([path('hourly')])
      expect(paused(reset)).toEqual([])
      expect(alerts()[0]?.state).toBe('closed')
      expect(alerts()[0]?.comments).toContainEqual(
        expect.stringContaining('▶️ Resumed (the period budget turned): nightly, hourly')
      )
    })

    it('observe the runs for a cap in dollars, and pause on what they cost', async () => {
      await start(DAILY_DOLLARS, { dispatch: true, now: '2025-03-10T10:30:00Z' })
      ran('nightly', '2025-03-10T03:00:00Z', 10)
      const spent = ok(await step('2025-03-10T10:30:00Z', { operation: 'dispatch' }))
      expect(fake.fileAt(STATE_BRANCH, 'orchestrator/runs.json')).toContain('"workflows"')
      expect(puts('disable')).toEqual(['nightly.yml'])
      expect(dispatchedPaths()).toEqual([])
      expect(paused(spent)).toHaveLength(2)
    })

    it('report a pause after failed runs in the alert issue, which the apply run keeps and resume closes', async () => {
      await start('', { dispatch: true, now: '2025-03-10T10:30:00Z' })
      for (const hour of [7, 8, 9]) ran('hourly', `2025-03-10T0${hour}:00:00Z`, 1, 'failure')
      const tick = ok(await step('2025-03-10T10:30:00Z', { operation: 'dispatch' }))
      expect(paused(tick)).toEqual([
        { workflow: 'hourly', path: path('hourly'), reason: 'failures', until: null }
      ])
      const [alert] = alerts()
      expect(alert?.title).toContain('hourly paused after failed runs')
      expect(alert?.body).toMatch(
        /\| hourly \| `\.github\/workflows\/hourly\.yml` \| 3 failed runs in a row/
      )

      ok(await step('2025-03-10T11:00:00Z'))
      expect(alerts()[0]?.state).toBe('open')
      expect(alerts()[0]?.body).toContain('3 failed runs in a row')
      expect(alerts()[0]?.body).toContain('<!-- orchestrator-status: WARNING -->')

      ok(await step('2025-03-10T11:05:00Z', { operation: 'resume', workflows: 'hourly' }))
      expect(alerts()[0]?.state).toBe('closed')
      expect(alerts()[0]?.comments).toContainEqual(
        expect.stringContaining('▶️ Resumed by `operation: resume`: hourly')
      )
    })
  })

  describe('when GitHub refuses to disable (no actions: write)', () => {
    it('fails naming the permission, with nothing disabled and no pause recorded', async () => {
      await start('  period: { limit: 100 }\n', {
        now: '2025-03-31T12:00:00Z',
        tokens: { ghp_test: { workflows: true, actions: false } }
      })
      const run = await step('2025-03-31T12:00:00Z', { used: '120' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('nightly could not be disabled (nothing was paused)')
      expect(run.stdout).toContain('actions: write')
      expect([stateOf('nightly'), stateOf('hourly')]).toEqual(['active', 'active'])
      expect(recorded().pauses ?? []).toEqual([])
    })
  })

  describe('a bad budget in the config', () => {
    it('fails before any write, naming the key and what it may be', async () => {
      await start('  daily: { limit: 5, unit: euros }\n', { now: '2025-03-10T10:00:00Z' })
      const run = await step('2025-03-10T10:00:00Z')
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        `${CONFIG}: budgets.daily.unit (line 2): must be one of usage, dollars, minutes, got "euros"`
      )
      expect(fake.branches()).toEqual(['main'])
      expect(fake.issues()).toEqual([])
    })

    it('refuses budgets without the state branch, which records the pauses', async () => {
      await start(DAILY_DOLLARS, { now: '2025-03-10T10:00:00Z' })
      const run = await step('2025-03-10T10:00:00Z', { 'state-branch': '' })
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        "budgets record their pauses in the state, but input 'state-branch' is empty"
      )
      expect(fake.branches()).toEqual(['main'])
    })
  })
})
