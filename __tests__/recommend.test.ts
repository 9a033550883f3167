/**
 * The recommender (DESIGN §11): each managed workflow's current vs recommended crons, expected duration, success rate,
 * resource impact and the action its confidence leads to, over runs built here one by one.
 */
import { describe, expect, it } from '@jest/globals'
import {
  actionOf,
  DEFAULT_RECOMMEND_THRESHOLDS,
  impactOf,
  recommend,
  type RecommendInput,
  type RecommendWorkflow
} from '../src/core/forecast/recommend.js'
import { type JobRecord, type RunRecord } from '../src/core/runs/records.js'

const NOW = new Date('2024-03-01T00:00:00Z')
const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()

/** A run's outcome and how long it took (seconds). */
type RunSpec = { seconds: number; conclusion?: string }

/** A managed workflow whose file carries `current`, with `normal` in its mode table (aggressive/conservative differ). */
function workflow(id: string, normal: string, current = normal): RecommendWorkflow {
  return {
    id,
    path: `.github/workflows/${id}.yml`,
    schedules: {
      aggressive: [{ cron: '*/30 * * * *' }],
      normal: [{ cron: normal }],
      conservative: [{ cron: '23 4 * * 1' }]
    },
    current: [{ cron: current }]
  }
}

/** The runs of one workflow, one a day at 06:10 ending the day before NOW, oldest first; jobs when `withJobs`. */
function recorded(workflowId: number, specs: readonly RunSpec[], withJobs = true) {
  const runs: RunRecord[] = []
  const jobs: JobRecord[] = []
  specs.forEach((spec, i) => {
    const created = NOW.getTime() - (specs.length - i) * DAY + 6 * 3_600_000 + 600_000
    const id = workflowId * 1000 + i
    const end = iso(created + spec.seconds * 1000)
    const conclusion = spec.conclusion ?? 'success'
    runs.push({
      ...{ id, workflowId, attempt: 1, event: 'schedule', branch: 'main', status: 'completed' },
      ...{ conclusion, createdAt: iso(created), startedAt: iso(created), updatedAt: end }
    })
    if (withJobs)
      jobs.push({
        ...{ id, runId: id, attempt: 1, name: 'build', labels: ['ubuntu-latest'] },
        ...{ startedAt: iso(created), completedAt: end, conclusion }
      })
  })
  return { runs, jobs }
}

const times = (n: number, spec: RunSpec): RunSpec[] => Array.from({ length: n }, () => spec)

/** recommend() for one workflow `nightly` (GitHub id 1) with the given history. */
function recommendOne(
  specs: readonly RunSpec[],
  options: {
    normal?: string
    current?: string
    withJobs?: boolean
    more?: Partial<RecommendInput>
  } = {}
) {
  const { runs, jobs } = recorded(1, specs, options.withJobs ?? true)
  const w = workflow('nightly', options.normal ?? '17 6 * * *', options.current)
  const known = [{ id: 1, path: w.path }]
  const input: RecommendInput = { workflows: [w], mode: 'normal', now: NOW, runs, jobs, known }
  return recommend({ ...input, ...options.more })
}

describe('recommend', () => {
  describe('the recommended crons', () => {
    it("are the chosen mode's crons from the table, beside the ones the file carries", () => {
      const r = recommendOne(times(10, { seconds: 300 }), { current: '0 */6 * * *' })
      const [w] = r.workflows
      expect(w).toMatchObject({
        current: [{ cron: '0 */6 * * *' }],
        recommended: [{ cron: '17 6 * * *' }],
        changed: true,
        runsPer30Days: 30
      })
      const aggressive = recommendOne([], { more: { mode: 'aggressive' } })
      expect(aggressive.workflows[0]?.recommended).toEqual([{ cron: '*/30 * * * *' }])
      expect(aggressive.mode).toBe('aggressive')
    })

    it('are unchanged when they run at the same times as the current ones, however spelled', () => {
      const r = recommendOne([], { normal: '17 6 * * *', current: '17 06 * * *' })
      expect(r.workflows[0]?.changed).toBe(false)
    })
  })

  describe('the expected duration and success rate', () => {
    it('come from the runs: a steady 5-minute run, 20 successes and 4 failures', () => {
      const specs = [
        ...times(20, { seconds: 300 }),
        ...times(4, { seconds: 60, conclusion: 'failure' })
      ]
      const [w] = recommendOne(specs).workflows
      expect(w?.expectedDuration).toEqual({ predicted: 300, low: 300, high: 300 })
      // Beta(1, 1) prior: (20 + 1) / (24 + 2).
      expect(w?.successRate?.mean).toBeCloseTo(21 / 26, 12)
      expect(w?.successRate?.low).toBeLessThan(21 / 26)
      expect(w?.successRate?.high).toBeGreaterThan(21 / 26)
      expect(w?.runs).toBe(20)
    })

    it('are unknown for a workflow with no runs, which needs more data', () => {
      const [w] = recommendOne([]).workflows
      expect(w).toMatchObject({
        expectedDuration: null,
        successRate: null,
        runs: 0,
        confidence: 0,
        minutesPer30Days: null,
        impact: null,
        action: 'MORE DATA'
      })
    })

    it('learn nothing from runs created after now', () => {
      const specs = times(10, { seconds: 300 })
      const late = recommendOne(specs, { more: { now: new Date(NOW.getTime() - 20 * DAY) } })
      expect(late.workflows[0]?.runs).toBe(0)
    })

    it("learn nothing from another workflow's runs", () => {
      const { runs, jobs } = recorded(2, times(10, { seconds: 300 }))
      const w = workflow('nightly', '17 6 * * *')
      const known = [
        { id: 1, path: w.path },
        { id: 2, path: '.github/workflows/other.yml' }
      ]
      const r = recommend({ workflows: [w], mode: 'normal', now: NOW, runs, jobs, known })
      expect(r.workflows[0]?.expectedDuration).toBeNull()
    })
  })

  describe('the resource impact, by billable minutes per 30 days of the recommended crons', () => {
    // A daily cron starts 30 runs in 30 days; every job is rounded up to whole minutes.
    it.each([
      ['low', 180, 90],
      ['medium', 240, 120],
      ['high', 2100, 1050]
    ])('is %s for 30 runs of %is (%i minutes)', (impact, seconds, minutes) => {
      const [w] = recommendOne(times(10, { seconds })).workflows
      expect(w).toMatchObject({ minutesPer30Days: minutes, minutesBasis: 'jobs', impact })
    })

    it('follows configured bounds', () => {
      const thresholds = { medium: 50, high: 100 }
      const [w] = recommendOne(times(10, { seconds: 180 }), { more: { thresholds } }).workflows
      expect(w?.impact).toBe('medium')
    })

    it('prices runs recorded without jobs at their expected duration rounded up to a minute', () => {
      const [w] = recommendOne(times(10, { seconds: 200 }), { withJobs: false }).workflows
      expect(w).toMatchObject({ minutesPer30Days: 120, minutesBasis: 'duration', impact: 'medium' })
    })

    it.each([
      [99.99, 'low'],
      [100, 'medium'],
      [999.99, 'medium'],
      [1000, 'high']
    ])('%d minutes is %s', (minutes, impact) => {
      expect(impactOf(minutes, DEFAULT_RECOMMEND_THRESHOLDS)).toBe(impact)
    })
  })

  describe('the action, by the confidence that the run lands within 25% of its estimate', () => {
    it.each([
      [0.71, 'APPLY'],
      [0.7, 'REVIEW'],
      [0.5, 'REVIEW'],
      [0.49, 'MORE DATA']
    ])('%d is %s', (confidence, action) => {
      expect(actionOf(confidence, DEFAULT_RECOMMEND_THRESHOLDS)).toBe(action)
    })

    it('is APPLY for a workflow whose runs all took the same time', () => {
      const [w] = recommendOne(times(20, { seconds: 300 })).workflows
      expect(w?.confidence).toBe(1)
      expect(w?.action).toBe('APPLY')
    })

    it('is REVIEW with exactly five runs: no estimate has been checked yet, an even chance', () => {
      const [w] = recommendOne(times(5, { seconds: 300 })).workflows
      expect(w?.confidence).toBe(0.5)
      expect(w?.action).toBe('REVIEW')
    })

    it('is MORE DATA under five runs', () => {
      const [w] = recommendOne(times(3, { seconds: 300 })).workflows
      expect(w?.confidence).toBeLessThan(0.5)
      expect(w?.action).toBe('MORE DATA')
    })

    it('is MORE DATA when the runs swing far from any estimate', () => {
      const specs = Array.from({ length: 30 }, (_, i) => ({ seconds: i % 2 === 0 ? 100 : 1000 }))
      const [w] = recommendOne(specs).workflows
      expect(w?.confidence).toBeLessThan(0.5)
      expect(w?.action).toBe('MORE DATA')
    })
  })
})
