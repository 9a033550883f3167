/**
 * The conflicts of recommended schedules (DESIGN §11): predicted run windows of two managed workflows that overlap
 * in the next 7 days, crons at minute 0, and schedules whose runs outlast the gap between their starts.
 */
import { describe, expect, it } from '@jest/globals'
import { recommend, type RecommendWorkflow } from '../src/core/forecast/recommend.js'
import {
  minuteZeroConflicts,
  overlapConflicts,
  outlastsConflicts,
  shortestGap,
  type Scheduled
} from '../src/core/forecast/recommend-conflicts.js'
import { type RunRecord } from '../src/core/runs/records.js'

const NOW = new Date('2024-03-01T00:00:00Z')
const DAY = 86_400_000

/** A workflow on `cron` whose runs take `p90` seconds at the 90th percentile (null: never ran). */
function scheduled(id: string, cron: string, p90: number | null): Scheduled {
  return { id, recommended: [{ cron }], expectedDuration: p90 === null ? null : { high: p90 } }
}

describe('overlap conflicts', () => {
  describe('when a workflow starts while another is still running', () => {
    it('names both, the pairs of runs in the next 7 days and the first shared instant', () => {
      const conflicts = overlapConflicts(
        [scheduled('build', '10 6 * * *', 1800), scheduled('deploy', '20 6 * * *', 60)],
        NOW
      )
      expect(conflicts).toEqual([
        {
          kind: 'overlap',
          workflows: ['build', 'deploy'],
          detail: { windows: 7, first: new Date('2024-03-01T06:20:00Z') }
        }
      ])
    })

    it('counts every pair: an hourly job inside a 3-hour nightly window overlaps it three times a night', () => {
      const [conflict] = overlapConflicts(
        [scheduled('nightly', '30 1 * * *', 3 * 3600), scheduled('hourly', '45 * * * *', 60)],
        NOW
      )
      expect(conflict?.detail).toEqual({ windows: 21, first: new Date('2024-03-01T01:45:00Z') })
    })
  })

  describe('when the first run ends exactly as the other starts, or before', () => {
    it.each(['40 6 * * *', '50 6 * * *'])('finds none (second workflow at %s)', cron => {
      expect(
        overlapConflicts(
          [scheduled('build', '10 6 * * *', 1800), scheduled('deploy', cron, 60)],
          NOW
        )
      ).toEqual([])
    })
  })

  describe('when a workflow has never run', () => {
    it('has no predicted window to overlap', () => {
      expect(
        overlapConflicts(
          [scheduled('build', '10 6 * * *', 1800), scheduled('new', '20 6 * * *', null)],
          NOW
        )
      ).toEqual([])
    })
  })
})

describe('minute-zero conflicts', () => {
  it.each([
    ['0 6 * * *', true],
    ['0,30 * * * *', true],
    ['*/15 * * * *', true],
    ['5 6 * * *', false],
    ['7-59/10 * * * *', false]
  ])('%s at minute 0: %s', (cron, flagged) => {
    const conflicts = minuteZeroConflicts([scheduled('w', cron, null)])
    expect(conflicts).toEqual(
      flagged ? [{ kind: 'minute-zero', workflows: ['w'], detail: { crons: [cron] } }] : []
    )
  })
})

describe('outlasts-interval conflicts', () => {
  it('flags runs whose p90 is longer than the shortest gap between starts', () => {
    expect(outlastsConflicts([scheduled('poll', '*/10 * * * *', 900)], NOW)).toEqual([
      { kind: 'outlasts-interval', workflows: ['poll'], detail: { p90: 900, shortestGap: 600 } }
    ])
  })

  it.each([
    ['*/30 * * * *', 900],
    ['*/10 * * * *', 600],
    ['*/10 * * * *', null]
  ])('leaves %s with a p90 of %ss alone', (cron, p90) => {
    expect(outlastsConflicts([scheduled('poll', cron, p90)], NOW)).toEqual([])
  })

  it.each([
    ['15 6,7 * * *', 3600],
    ['15 6 * * 1,2', DAY / 1000],
    ['15 6 1 1 *', undefined]
  ])('measures the shortest gap of %s as %ss', (cron, gap) => {
    expect(shortestGap([{ cron }], NOW)).toBe(gap)
  })
})

describe('recommend with two managed workflows', () => {
  /** Ten daily runs of `seconds` each, all successful. */
  function runsOf(workflowId: number, seconds: number): RunRecord[] {
    return Array.from({ length: 10 }, (_, i) => {
      const created = NOW.getTime() - (10 - i) * DAY
      return {
        ...{ id: workflowId * 100 + i, workflowId, attempt: 1, event: 'schedule', branch: 'main' },
        ...{
          status: 'completed',
          conclusion: 'success',
          createdAt: new Date(created).toISOString()
        },
        startedAt: new Date(created).toISOString(),
        updatedAt: new Date(created + seconds * 1000).toISOString()
      }
    })
  }
  const managed = (id: string, cron: string): RecommendWorkflow => ({
    id,
    path: `.github/workflows/${id}.yml`,
    schedules: { aggressive: [{ cron }], normal: [{ cron }], conservative: [{ cron }] },
    current: [{ cron }]
  })

  it('reports every kind for the recommended crons, overlaps first', () => {
    const r = recommend({
      workflows: [managed('build', '0 6 * * *'), managed('poll', '*/20 * * * *')],
      mode: 'normal',
      now: NOW,
      runs: [...runsOf(1, 1800), ...runsOf(2, 1500)],
      jobs: [],
      known: [
        { id: 1, path: '.github/workflows/build.yml' },
        { id: 2, path: '.github/workflows/poll.yml' }
      ]
    })
    expect(r.conflicts.map(c => [c.kind, c.workflows])).toEqual([
      ['overlap', ['build', 'poll']],
      ['minute-zero', ['build']],
      ['minute-zero', ['poll']],
      ['outlasts-interval', ['poll']]
    ])
  })
})
