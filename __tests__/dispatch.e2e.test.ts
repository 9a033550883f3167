/**
 * `operation: dispatch` and `resume` (DESIGN §12), end to end: the bundled action (dist/index.js) run as a runner runs
 * it against the GitHub fake. Each test states the situation and asserts the dispatches GitHub got and the outputs.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  startGitHubFake,
  type FakeOptions,
  type GitHubFake
} from '../__fixtures__/github-fake/index.js'
import { defaultInputs, parseOutputFile, type ActionRun } from '../__fixtures__/run-action.js'

const CONFIG = '.github/orchestrator.yml'
const STATE = 'orchestrator/state.json'
const T0 = '2025-03-03T10:30:00Z'
const MINUTE = 60_000
const after = (minutes: number, from = T0) =>
  new Date(Date.parse(from) + minutes * MINUTE).toISOString()

const workflowFile = (name: string) => `name: ${name}
on:
  workflow_dispatch:
    inputs:
      mode:
        type: choice
        options: [quick, full]
        required: true
jobs:
  work:
    runs-on: ubuntu-latest
    steps:
      - run: echo ${name}
`

/** A config with one `via: dispatch` workflow per id, each on the cron given (every mode). */
function config(crons: Record<string, string>, top = '', extra = '    catch-up: 2h\n'): string {
  const workflows = Object.entries(crons).map(
    ([id, cron]) => `  ${id}:
    path: .github/workflows/${id}.yml
    via: dispatch
    inputs: { mode: full }
${extra}    schedules:
      aggressive: '${cron}'
      normal: '${cron}'
      conservative: '${cron}'
`
  )
  return `${top}workflows:\n${workflows.join('')}`
}

let fake: GitHubFake

async function start(
  crons: Record<string, string>,
  options: { top?: string; extra?: string } & FakeOptions = {}
) {
  const files = Object.fromEntries(
    Object.keys(crons).map(id => [`.github/workflows/${id}.yml`, workflowFile(id)])
  )
  files[CONFIG] = config(crons, options.top, options.extra)
  fake = await startGitHubFake({ files, now: T0, ...options })
}

afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.close()
})

/** Starts one tick as a runner would, without waiting: the child can be killed part-way. */
function startTick(now: string, inputs: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-tick-'))
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md') }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const all = {
    ...defaultInputs(),
    token: 'ghp_test',
    operation: 'dispatch',
    mode: 'normal',
    used: '10',
    ...inputs
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GITHUB_API_URL: fake.url,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    ORCHESTRATOR_BACKOFF_MS: '5',
    ORCHESTRATOR_WRITE_SPACING_MS: '0',
    ORCHESTRATOR_NOW: now,
    ...Object.fromEntries(Object.entries(all).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
  // DISPATCH_BUNDLE: a bundle built elsewhere while dist/ is being rebuilt (development only).
  const bundle = process.env.DISPATCH_BUNDLE ?? 'dist/index.js'
  const child: ChildProcess = spawn(process.execPath, [bundle], { env })
  let stdout = ''
  child.stdout?.on('data', chunk => (stdout += chunk))
  child.stderr?.on('data', chunk => (stdout += chunk))
  const done = new Promise<ActionRun>(resolve =>
    child.on('close', status => {
      const run = {
        code: status ?? 1,
        stdout,
        stderr: '',
        outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
        summary: readFileSync(files.summary, 'utf8')
      }
      rmSync(dir, { recursive: true, force: true })
      resolve(run)
    })
  )
  return { child, done }
}

/** One tick to its end, the fake's clock at the tick's. */
async function tick(now: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  fake.setNow(now)
  const run = await startTick(now, inputs).done
  if (run.code !== 0 && !inputs.expectFailure) throw new Error(`tick failed:\n${run.stdout}`)
  return run
}

const dispatched = (run: ActionRun) =>
  JSON.parse(run.outputs.dispatched ?? '[]') as Array<Record<string, unknown>>
const skipped = (run: ActionRun) =>
  JSON.parse(run.outputs.skipped ?? '[]') as Array<Record<string, unknown>>
const dispatchesOf = (path: string) => fake.dispatches().filter(d => d.path === path)
const state = () => JSON.parse(fake.fileAt('orchestrator-state', STATE) ?? '{}')
const restCalls = (from: number) => fake.requests.slice(from).filter(r => r.path !== '/graphql')

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  throw new Error(`timed out waiting for ${what}`)
}

describe('operation: dispatch (dist/index.js against the GitHub fake)', () => {
  describe('the first tick', () => {
    it('coalesces the occurrences of the catch-up window into one dispatch on the base with the inputs', async () => {
      await start({ hourly: '0 * * * *' })
      const run = await tick(T0)
      expect(dispatched(run)).toEqual([
        {
          workflow: 'hourly',
          path: '.github/workflows/hourly.yml',
          due: '2025-03-03T10:00:00.000Z',
          occurrences: 2,
          runId: fake.runs()[0]?.id,
          url: `https://github.com/octo-org/octo-repo/actions/runs/${fake.runs()[0]?.id}`
        }
      ])
      expect(fake.dispatches()).toMatchObject([
        { path: '.github/workflows/hourly.yml', ref: 'main', inputs: { mode: 'full' } }
      ])
      expect(state().dispatch.ticks).toEqual([
        expect.objectContaining({
          from: null,
          to: '2025-03-03T10:30:00.000Z',
          claimedAt: '2025-03-03T10:30:00.000Z',
          workflows: [
            expect.objectContaining({
              workflow: 'hourly',
              occurrences: ['2025-03-03T09:00:00.000Z', '2025-03-03T10:00:00.000Z'],
              status: 'dispatched',
              runId: fake.runs()[0]?.id
            })
          ]
        })
      ])
      expect(run.summary).toContain('| hourly | 2025-03-03T10:00:00.000Z | dispatched')
    })
  })

  describe('a tick with nothing due', () => {
    it('dispatches nothing, writes nothing and makes at most 4 REST calls', async () => {
      await start({ hourly: '0 * * * *' })
      await tick(T0)
      const before = fake.requests.length
      const head = fake.branchHead('orchestrator-state')
      const run = await tick(after(10))
      expect([dispatched(run), skipped(run)]).toEqual([[], []])
      expect(fake.branchHead('orchestrator-state')).toBe(head)
      expect(restCalls(before).length).toBeLessThanOrEqual(4)
      expect(run.stdout).toContain(
        'nothing due in (2025-03-03T10:30:00.000Z, 2025-03-03T10:40:00.000Z]'
      )
    })
  })

  describe('when a run of the workflow is still queued', () => {
    it('skips the occurrence for overlap, and dispatches once the run is done', async () => {
      await start({ hourly: '0 * * * *' })
      await tick(T0)
      const run = await tick(after(40))
      expect(skipped(run)).toEqual([
        {
          workflow: 'hourly',
          path: '.github/workflows/hourly.yml',
          due: '2025-03-03T11:00:00.000Z',
          reason: 'overlap'
        }
      ])
      fake.completeRun(fake.runs()[0]?.id as number, 'success')
      const next = await tick(after(100))
      expect(dispatched(next).map(d => d.due)).toEqual(['2025-03-03T12:00:00.000Z'])
      expect(dispatchesOf('.github/workflows/hourly.yml')).toHaveLength(2)
    })
  })

  describe('when more workflows are due than max-dispatches', () => {
    it('dispatches the oldest due first and carries the rest to the next tick', async () => {
      await start(
        { a: '20 * * * *', b: '10 * * * *', c: '0 * * * *' },
        { top: 'max-dispatches: 2\n', extra: '    catch-up: 45m\n' }
      )
      const run = await tick(T0)
      expect(dispatched(run).map(d => d.workflow)).toEqual(['c', 'b'])
      expect(skipped(run)).toEqual([
        {
          workflow: 'a',
          path: '.github/workflows/a.yml',
          due: '2025-03-03T10:20:00.000Z',
          reason: 'max-dispatches'
        }
      ])
      const next = await tick(after(10))
      expect(dispatched(next)).toEqual([
        expect.objectContaining({ workflow: 'a', due: '2025-03-03T10:20:00.000Z' })
      ])
      expect(fake.dispatches().map(d => d.path)).toEqual(
        ['c', 'b', 'a'].map(id => `.github/workflows/${id}.yml`)
      )
    })
  })

  describe('when the last tick is older than the catch-up window', () => {
    it('dispatches what is inside it and reports the older occurrences as missed', async () => {
      await start({ hourly: '0 * * * *' })
      await tick(T0)
      fake.completeRun(fake.runs()[0]?.id as number, 'success')
      const run = await tick(after(300))
      expect(dispatched(run)).toEqual([
        expect.objectContaining({ due: '2025-03-03T15:00:00.000Z', occurrences: 2 })
      ])
      expect(skipped(run)).toEqual([
        expect.objectContaining({ due: '2025-03-03T13:00:00.000Z', reason: 'missed' })
      ])
    })
  })

  describe('two ticks started together', () => {
    it('dispatch each occurrence once', async () => {
      await start({ a: '0 * * * *', b: '15 * * * *' })
      fake.setNow(T0)
      const runs = await Promise.all([startTick(T0).done, startTick(T0).done])
      expect(runs.map(r => r.code)).toEqual([0, 0])
      expect(
        fake
          .dispatches()
          .map(d => d.path)
          .sort()
      ).toEqual(['.github/workflows/a.yml', '.github/workflows/b.yml'])
      // One tick claimed both; the other lost the race (or came second) and dispatched nothing.
      expect(runs.map(r => dispatched(r).length).sort()).toEqual([0, 2])
      if (process.env.DISPATCH_TRACE)
        console.log(
          fake.requests
            .filter(r => r.method !== 'GET')
            .map(r => `${r.method} ${r.path} ${r.status}`)
        )
      expect(state().dispatch.ticks).toHaveLength(1)
    })
  })

  describe('a tick killed after its claim', () => {
    it('while GitHub holds the dispatch answer: the next tick finds the run and dispatches nothing again', async () => {
      await start(
        { hourly: '0 * * * *' },
        { faults: { seed: 1, slowRate: 1, operations: ['actions/create-workflow-dispatch'] } }
      )
      fake.setNow(T0)
      const killed = startTick(T0)
      await waitFor(() => fake.dispatches().length === 1, 'the dispatch')
      killed.child.kill('SIGKILL')
      await killed.done
      expect(state().dispatch.ticks[0].workflows[0].status).toBe('claimed')
      fake.setFaults(undefined)
      const run = await tick(after(10))
      expect(dispatched(run)).toEqual([
        expect.objectContaining({ workflow: 'hourly', runId: fake.runs()[0]?.id, occurrences: 2 })
      ])
      expect(fake.dispatches()).toHaveLength(1)
      expect(
        state().dispatch.ticks.map(
          (t: { workflows: Array<{ status: string }> }) => t.workflows[0]?.status
        )
      ).toEqual(['taken-over', 'dispatched'])
    })

    it('before it dispatched: the next tick dispatches each occurrence once', async () => {
      await start(
        { hourly: '0 * * * *' },
        { faults: { seed: 1, slowRate: 1, operations: ['repos/create-or-update-file-contents'] } }
      )
      fake.setNow(T0)
      const killed = startTick(T0)
      await waitFor(
        () => (fake.fileAt('orchestrator-state', STATE) ?? '').includes('claimed'),
        'the claim'
      )
      killed.child.kill('SIGKILL')
      await killed.done
      expect(fake.dispatches()).toHaveLength(0)
      fake.setFaults(undefined)
      const run = await tick(after(10))
      expect(dispatched(run)).toEqual([
        expect.objectContaining({ workflow: 'hourly', occurrences: 2 })
      ])
      expect(fake.dispatches()).toHaveLength(1)
      await tick(after(20))
      expect(fake.dispatches()).toHaveLength(1)
    })
  })

  describe('a dispatch GitHub applied but answered with an error', () => {
    it('is found among the runs instead of being sent again', async () => {
      await start(
        { hourly: '0 * * * *' },
        {
          faults: {
            seed: 3,
            appliedThenErrorRate: 1,
            operations: ['actions/create-workflow-dispatch']
          }
        }
      )
      const run = await tick(T0)
      expect(fake.dispatches()).toHaveLength(1)
      expect(dispatched(run)).toEqual([
        expect.objectContaining({ runId: fake.runs()[0]?.id, url: null })
      ])
    })
  })

  describe('after three failed runs in a row', () => {
    it('pauses the workflow, says so, and dispatches again once a person resumes it', async () => {
      await start({ hourly: '0 * * * *' })
      for (const minute of [1, 2, 3])
        fake.addRun({
          workflow: 'hourly.yml',
          conclusion: 'failure',
          createdAt: after(-60 * minute)
        })
      const run = await tick(T0)
      expect(skipped(run)).toEqual([
        expect.objectContaining({ workflow: 'hourly', reason: 'paused' })
      ])
      expect(run.summary).toContain(
        'hourly is paused since 2025-03-03T10:30:00.000Z after 3 failed runs in a row'
      )
      expect(run.stdout).toContain('::warning::⏸️ hourly is paused')
      expect(state().dispatch.paused.hourly.runs).toHaveLength(3)
      const resumed = await tick(after(5), { operation: 'resume', workflows: 'hourly' })
      expect(JSON.parse(resumed.outputs.report ?? '{}')).toMatchObject({
        resumed: ['hourly'],
        wasPaused: ['hourly']
      })
      const next = await tick(after(40))
      expect(dispatched(next)).toEqual([
        expect.objectContaining({ workflow: 'hourly', due: '2025-03-03T11:00:00.000Z' })
      ])
      expect(state().dispatch.paused).toEqual({})
    })

    it('resumes by itself when a run dispatched by hand succeeds', async () => {
      await start({ hourly: '0 * * * *' })
      for (const minute of [1, 2, 3])
        fake.addRun({
          workflow: 'hourly.yml',
          conclusion: 'failure',
          createdAt: after(-60 * minute)
        })
      await tick(T0)
      fake.addRun({
        workflow: 'hourly.yml',
        event: 'workflow_dispatch',
        conclusion: 'success',
        createdAt: after(10)
      })
      const next = await tick(after(40))
      expect(dispatched(next)).toEqual([expect.objectContaining({ workflow: 'hourly' })])
    })
  })

  describe('in dry run', () => {
    it('says what it would dispatch and dispatches and writes nothing', async () => {
      await start({ hourly: '0 * * * *' })
      const run = await tick(T0, { 'dry-run': 'true' })
      expect(dispatched(run)).toEqual([
        expect.objectContaining({ workflow: 'hourly', occurrences: 2, runId: null })
      ])
      expect(run.stdout).toContain('dispatched (dry run: would be) hourly')
      expect(fake.dispatches()).toEqual([])
      expect(fake.branches()).not.toContain('orchestrator-state')
    })
  })

  describe('when the quota is spent', () => {
    it('skips the due workflows for the budget', async () => {
      await start({ hourly: '0 * * * *' })
      const run = await tick(T0, { used: '1500' })
      expect(skipped(run)).toEqual([
        expect.objectContaining({ workflow: 'hourly', reason: 'budget' })
      ])
      expect(fake.dispatches()).toEqual([])
    })
  })

  describe('a via: dispatch workflow whose file still has its schedule', () => {
    it('is left to its own crons until the schedule pull request is merged', async () => {
      await start({ hourly: '0 * * * *' })
      const text = workflowFile('hourly').replace(
        'on:\n',
        "on:\n  schedule:\n    - cron: '0 * * * *'\n"
      )
      fake.writeFile('main', '.github/workflows/hourly.yml', text)
      const run = await tick(T0)
      expect(dispatched(run)).toEqual([])
      expect(fake.dispatches()).toEqual([])
      expect(run.stdout).toContain('hourly still runs by its own crons on main')
    })
  })

  describe('a via: dispatch workflow without the trigger', () => {
    it('fails before any write, naming the file and the config', async () => {
      await start({ hourly: '0 * * * *' })
      fake.writeFile('main', '.github/workflows/hourly.yml', 'on:\n  push:\njobs: {}\n')
      fake.setNow(T0)
      const run = await startTick(T0).done
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        ".github/workflows/hourly.yml: managed as 'hourly' with via: dispatch, but it has no workflow_dispatch trigger"
      )
      expect(fake.dispatches()).toEqual([])
      expect(fake.branches()).not.toContain('orchestrator-state')
    })
  })
})
