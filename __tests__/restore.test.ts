import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionSut, fakeCore, type ActionSut } from '../__fixtures__/action-sut.js'
import { copyOfExamples, exampleFiles } from '../__fixtures__/example-repo.js'

jest.unstable_mockModule('@actions/core', () => fakeCore)
const { run } = await import('../src/main.js')
const { runCli } = await import('../src/cli/main.js')

const DAY1 = '2025-11-12T02:24:00Z'
const DAY2 = '2025-11-13T02:24:00Z'
const DAY3 = '2025-11-14T02:24:00Z'
const BRANCH = 'orchestrator/schedules'

let sut: ActionSut | undefined

async function start() {
  sut = await actionSut(run)
  return sut
}

afterEach(async () => {
  if (!sut) return
  expect(sut.fake.violations).toEqual([])
  await sut.fake.close()
  sut = undefined
})

/** Day 1 proposes aggressive, a person merges it, day 2 sees it in force. */
async function mergedAggressive() {
  const s = await start()
  await s.step({ used: '300' }, DAY1)
  s.merge()
  await s.step({ used: '330' }, DAY2)
  return s
}

const original = exampleFiles()

describe('operation: restore', () => {
  describe('after the orchestrator changed the schedules', () => {
    it('opens one pull request that puts every changed file back byte for byte (the backup)', async () => {
      const s = await mergedAggressive()
      const changed = s.changes().map(c => c.path)
      const { outputs, failures } = await s.step({ operation: 'restore' }, DAY3)
      expect(failures).toEqual([])
      expect(outputs['pull-request-operation']).toBe('created')
      expect(JSON.parse(outputs['changed-workflows'] ?? '[]')).toEqual(changed)
      for (const path of changed) expect(s.fake.fileAt(BRANCH, path)).toBe(original[path])
      expect(s.fake.pulls().filter(p => p.state === 'open')).toHaveLength(1)
      expect(s.fake.pulls().at(-1)?.title).toBe(
        `Orchestrator: restore ${changed.length} workflows to the backup`
      )
    })

    it('records the restore as proposed', async () => {
      const s = await mergedAggressive()
      await s.step({ operation: 'restore' }, DAY3)
      const restore = s.changes().filter(c => c.mode === 'restore')
      expect(restore.map(c => [c.status, c.at])).toEqual(
        restore.map(() => ['proposed', '2025-11-14T02:24:00.000Z'])
      )
    })

    it('puts back the crons in force at a date: before the merge, the backup', async () => {
      const s = await mergedAggressive()
      const { outputs } = await s.step(
        { operation: 'restore', 'restore-to': '2025-11-12T12:00:00Z' },
        DAY3
      )
      expect(JSON.parse(outputs.report ?? '{}')).toMatchObject({
        operation: 'restore',
        to: '2025-11-12T12:00:00.000Z'
      })
      expect(outputs['pull-request-operation']).toBe('created')
    })

    it('changes nothing when the date’s crons are those on the base branch', async () => {
      const s = await mergedAggressive()
      const { outputs, summary } = await s.step(
        { operation: 'restore', 'restore-to': '2025-11-13T03:00:00Z' },
        DAY3
      )
      expect([outputs['pull-request-operation'], outputs['changed-workflows']]).toEqual([
        'none',
        '[]'
      ])
      expect(summary).toContain(
        '- Pull request: none (every workflow already has the crons to restore)'
      )
    })
  })

  describe('when nothing is recorded', () => {
    it('fails the step naming the state, and writes nothing', async () => {
      const s = await start()
      const { failures, outputs } = await s.step({ operation: 'restore' }, DAY1)
      expect(failures).toEqual([
        'Nothing recorded: orchestrator-state:orchestrator/state.json records no schedule change, so there is no backup to restore — the orchestrator has not proposed any change to these workflows yet'
      ])
      expect(outputs).toEqual({})
      expect(s.fake.pulls()).toEqual([])
    })
  })

  it('refuses a restore-to that is not a date, before any request', async () => {
    const s = await start()
    const { failures } = await s.step({ operation: 'restore', 'restore-to': 'last week' }, DAY1)
    expect(failures).toEqual([
      "Invalid action inputs: input 'restore-to' must be an ISO 8601 date or time such as 2025-11-05 or 2025-11-05T12:00:00Z, got 'last week'"
    ])
    expect(s.fake.requests).toEqual([])
  })
})

describe('CLI restore', () => {
  const cli = async (...argv: string[]) => {
    let [out, err] = ['', '']
    const code = await runCli(argv, { out: t => void (out += t), err: t => void (err += t) })
    return { code, out, err }
  }
  const hn = '.github/workflows/learn-from-hackernews.yml'
  const change = (at: string, from: string[], to: string[], extra: object) => ({
    ...{ at, mode: 'aggressive', workflow: 'learn-hn', path: hn, from, to },
    ...extra
  })

  function withState(state: object) {
    const { root, remove } = copyOfExamples()
    const dir = mkdtempSync(join(tmpdir(), 'restore-state-'))
    const history = join(dir, 'state.json')
    writeFileSync(history, JSON.stringify(state))
    const cleanup = () => {
      remove()
      rmSync(dir, { recursive: true, force: true })
    }
    return { root, history, cleanup }
  }

  describe('when the checkout has the crons of a later change', () => {
    const normal = ['0 8 * * *', '0 14 * * *', '0 20 * * *']
    const state = {
      version: 1,
      changes: [
        change('2025-11-02T00:00:00Z', normal, ['0 */2 * * *'], {}),
        change('2025-11-05T00:00:00Z', ['0 */2 * * *'], ['0 8,20 * * *'], {})
      ]
    }

    it('writes the file back to the backup of a version-1 state, byte for byte', async () => {
      const { root, history, cleanup } = withState(state)
      await cli('apply', '--root', root, '--used', '300', '--now', DAY1)
      expect(readFileSync(join(root, hn), 'utf8')).not.toBe(original[hn])
      const result = await cli('restore', '--root', root, '--history', history)
      const restored = readFileSync(join(root, hn), 'utf8')
      cleanup()
      expect([result.code, result.out, result.err]).toEqual([0, `restored ${hn}\n`, ''])
      expect(restored).toBe(original[hn])
    })

    it('writes back the crons in force at --to', async () => {
      const { root, history, cleanup } = withState(state)
      const result = await cli(
        'restore',
        '--root',
        root,
        '--history',
        history,
        '--to',
        '2025-11-03',
        '--json'
      )
      const restored = readFileSync(join(root, hn), 'utf8')
      cleanup()
      expect(JSON.parse(result.out)).toEqual({
        operation: 'restore',
        to: '2025-11-03T00:00:00.000Z',
        changes: [{ workflow: 'learn-hn', path: hn, from: normal, to: ['0 */2 * * *'] }]
      })
      expect(restored).toContain('- cron: "0 */2 * * *"\n')
    })
  })

  it('says that nothing is recorded and exits 1', async () => {
    const { root, history, cleanup } = withState({ version: 2, samples: [], changes: [] })
    const result = await cli('restore', '--root', root, '--history', history)
    cleanup()
    expect([result.code, result.out]).toEqual([1, ''])
    expect(result.err).toContain(`Nothing recorded: ${history} records no schedule change`)
  })
})
