import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { actionSut, fakeCore, type ActionSut } from '../__fixtures__/action-sut.js'

jest.unstable_mockModule('@actions/core', () => fakeCore)
const { run } = await import('../src/main.js')

const DAY1 = '2025-11-12T02:24:00Z'
const DAY2 = '2025-11-13T02:24:00Z'
// 300 of 1,500 on day 12: quota to spare, so the orchestrator proposes aggressive; the examples carry normal.
const SPARE = { used: '300' }

let sut: ActionSut | undefined

async function start() {
  sut = await actionSut(run)
  return sut
}

afterEach(async () => {
  expect(sut?.fake.violations).toEqual([])
  await sut?.fake.close()
  sut = undefined
})

const report = (outputs: Record<string, string>) => JSON.parse(outputs.report ?? '{}')
const statuses = (s: ActionSut) => [...new Set(s.changes().map(c => c.status))]

describe('the mode in force (the base branch) beside the mode proposed', () => {
  describe('when the run opens a pull request', () => {
    it('records the change as proposed, not in force', async () => {
      const s = await start()
      await s.step(SPARE, DAY1)
      expect(s.changes().length).toBeGreaterThan(0)
      expect(statuses(s)).toEqual(['proposed'])
    })

    it('reports the base branch’s mode as in force, the planned one as proposed, and how long the PR waits', async () => {
      const s = await start()
      const { outputs, summary, failures } = await s.step(SPARE, DAY1)
      expect(failures).toEqual([])
      expect([outputs.mode, outputs['mode-in-force']]).toEqual(['aggressive', 'normal'])
      expect(report(outputs).inForce).toEqual({ mode: 'normal', since: null })
      expect(summary).toMatch(
        /- Mode in force: \*\*normal\*\* \(since an unrecorded time\); proposed: \*\*aggressive\*\*, PR waiting \d+\.\d days/
      )
    })
  })

  describe('when the pull request is merged before the next run', () => {
    it('records the change in force from the run that saw the base carry it', async () => {
      const s = await start()
      await s.step(SPARE, DAY1)
      s.merge()
      await s.step({ used: '330' }, DAY2)
      expect(statuses(s)).toEqual(['in-force'])
      expect(s.changes().map(c => [c.at, c.inForceAt])[0]).toEqual([
        '2025-11-12T02:24:00.000Z',
        '2025-11-13T02:24:00.000Z'
      ])
    })

    it('reports the merged mode in force since then, with nothing proposed', async () => {
      const s = await start()
      await s.step(SPARE, DAY1)
      s.merge()
      const { outputs, summary } = await s.step({ used: '330' }, DAY2)
      expect(outputs['mode-in-force']).toBe('aggressive')
      expect(report(outputs).inForce).toEqual({
        mode: 'aggressive',
        since: '2025-11-13T02:24:00.000Z'
      })
      expect(summary).toContain('- Mode in force: **aggressive** (since 2025-11-13)\n')
    })
  })

  describe('when a person closes the pull request unmerged', () => {
    it('records the proposal as abandoned once a run finds no pull request and the base without it', async () => {
      const s = await start()
      await s.step(SPARE, DAY1)
      await s.closePullRequest()
      const { outputs } = await s.step({ ...SPARE, mode: 'normal' }, DAY2)
      expect(outputs['pull-request-operation']).toBe('none')
      expect(statuses(s)).toEqual(['abandoned'])
      expect(s.changes()[0]?.abandonedAt).toBe('2025-11-13T02:24:00.000Z')
      expect(outputs['mode-in-force']).toBe('normal')
    })

    it('abandons the old proposal and records the new pull request’s as proposed', async () => {
      const s = await start()
      await s.step(SPARE, DAY1)
      const before = s.changes().length
      await s.closePullRequest()
      const { outputs } = await s.step(SPARE, DAY2)
      expect(outputs['pull-request-operation']).toBe('created')
      expect(s.changes().map(c => [c.at.slice(0, 10), c.status])).toEqual([
        ...Array(before).fill(['2025-11-12', 'abandoned']),
        ...Array(before).fill(['2025-11-13', 'proposed'])
      ])
    })
  })
})
