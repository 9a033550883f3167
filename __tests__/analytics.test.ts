/**
 * The run analytics of DESIGN §10 as tables: Wilson's interval, nearest-rank percentiles, runner pricing by labels,
 * runs without jobs, re-run attempts, schedule health on a constructed series, the cost of each mode and of a plan,
 * and the views (JSON shape, markdown table, Mermaid chart).
 */
import { describe, expect, it, test } from '@jest/globals'
import { analyzeRuns } from '../src/core/runs/analytics.js'
import { costPerMode, planCost } from '../src/core/runs/mode-cost.js'
import { parseRecordedApi, type JobRecord, type RunRecord } from '../src/core/runs/records.js'
import { jobCharge, runnerOf } from '../src/core/runs/runner-pricing.js'
import { scheduleHealth } from '../src/core/runs/schedule-health.js'
import { nearestRank, wilsonInterval } from '../src/core/runs/statistics.js'
import { planCostLine } from '../src/reports/analytics-format.js'
import { analyticsJson } from '../src/reports/analytics-json.js'
import { analyticsMarkdown, usageChart } from '../src/reports/analytics-markdown.js'

const WORKFLOW = { id: 7, path: '.github/workflows/nightly.yml', name: 'Nightly', state: 'active' }

function run(id: number, createdAt: string, extra: Partial<RunRecord> = {}): RunRecord {
  return {
    id,
    workflowId: WORKFLOW.id,
    attempt: 1,
    event: 'schedule',
    branch: 'main',
    status: 'completed',
    conclusion: 'success',
    createdAt,
    startedAt: createdAt,
    updatedAt: createdAt,
    ...extra
  }
}

function job(
  runId: number,
  startedAt: string,
  completedAt: string,
  extra: Partial<JobRecord> = {}
) {
  const record: JobRecord = {
    id: runId * 10 + (extra.attempt ?? 1),
    runId,
    attempt: 1,
    name: 'build',
    labels: ['ubuntu-latest'],
    startedAt,
    completedAt,
    conclusion: 'success',
    ...extra
  }
  return record
}

describe('wilsonInterval', () => {
  test.each([
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [5, 10, 0.2366, 0.7634],
    [1, 2, 0.0945, 0.9055],
    [85, 100, 0.7672, 0.9069]
  ])('%i of %i succeeded: %f to %f', (successes, trials, low, high) => {
    const share = wilsonInterval(successes, trials)
    expect(share?.rate).toBeCloseTo(successes / trials, 10)
    expect(share?.low).toBeCloseTo(low, 4)
    expect(share?.high).toBeCloseTo(high, 4)
  })

  it('says nothing without trials', () => {
    expect(wilsonInterval(0, 0)).toBeUndefined()
  })
})

describe('nearestRank', () => {
  test.each([
    [[5], 50, 5],
    [[5], 90, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 100, 10],
    [[15, 20, 35, 40, 50], 30, 20],
    [[15, 20, 35, 40, 50], 40, 20],
    [[15, 20, 35, 40, 50], 50, 35],
    [[3, 1, 2], 50, 2],
    [[3, 1, 2, 4], 50, 2]
  ])('of %j at p%i is %i', (values, p, expected) => {
    expect(nearestRank(values, p)).toBe(expected)
  })

  it('is undefined for no values', () => {
    expect(nearestRank([], 50)).toBeUndefined()
  })
})

describe('runner pricing by labels', () => {
  test.each([
    [['ubuntu-latest'], 'linux', 1, 0.006],
    [['ubuntu-24.04'], 'linux', 1, 0.006],
    [['ubuntu-slim'], 'linux_slim', 1, 0.002],
    [['windows-latest'], 'windows', 2, 0.01],
    [['macos-14'], 'macos', 10, 0.062],
    [['macos-latest-large'], 'macos_l', 10, 0.077],
    [['macos-14-xlarge'], 'macos_xl', 10, 0.102],
    [['ubuntu-latest-4-cores'], 'linux_4_core', 1, 0.012],
    [['linux-8-core'], 'linux_8_core', 1, 0.022],
    [['windows-latest-8-cores'], 'windows_8_core', 2, 0.042],
    [['ubuntu-24.04-arm'], 'linux_2_core_arm', 1, 0.005],
    [['self-hosted', 'linux', 'x64'], 'self_hosted', 0, 0]
  ])('%j runs on %s (multiplier %i, $%f a minute)', (labels, sku, multiplier, price) => {
    expect(runnerOf(labels)).toEqual({ sku, multiplier })
    const charge = jobCharge(job(1, '2024-03-01T06:00:00Z', '2024-03-01T06:10:00Z', { labels }))
    expect(charge.minutes).toBe(10)
    expect(charge.billableMinutes).toBe(10 * multiplier)
    expect(charge.microDollars / 1e6).toBeCloseTo(10 * price, 9)
  })

  test.each([[['my-gpu-box']], [['ubuntu-latest-12-cores']], [[]]])(
    '%j name no priced runner: priced as linux, the labels kept',
    labels => {
      expect(runnerOf(labels)).toEqual({ sku: 'linux', multiplier: 1, unknown: labels.join(', ') })
    }
  )

  it('rounds each job up to a whole minute and prices minutes without the multiplier', () => {
    const windows = job(1, '2024-03-01T06:00:00Z', '2024-03-01T06:01:01Z', {
      labels: ['windows-2022']
    })
    expect(jobCharge(windows)).toMatchObject({
      minutes: 2,
      billableMinutes: 4,
      microDollars: 20_000
    })
  })

  it('takes prices from the map given, over GitHub’s', () => {
    const linux = job(1, '2024-03-01T06:00:00Z', '2024-03-01T06:00:30Z')
    expect(jobCharge(linux, { linux: 0.008 }).microDollars).toBe(8_000)
  })

  it('charges nothing for a job that never started', () => {
    const skipped = job(1, '2024-03-01T06:00:00Z', '2024-03-01T06:00:00Z', { labels: [] })
    expect(jobCharge(skipped)).toMatchObject({ minutes: 0, billableMinutes: 0, microDollars: 0 })
  })
})

describe('analyzeRuns', () => {
  const NOW = new Date('2024-03-10T00:00:00Z')

  describe('when a run has no recorded jobs', () => {
    const runs = [
      run(1, '2024-03-01T06:00:00Z', { updatedAt: '2024-03-01T06:05:00Z' }),
      run(2, '2024-03-02T06:00:00Z', {
        startedAt: '2024-03-02T06:00:10Z',
        updatedAt: '2024-03-02T06:03:10Z'
      })
    ]
    const jobs = [job(1, '2024-03-01T06:00:20Z', '2024-03-01T06:02:20Z')]
    const analytics = analyzeRuns({ api: { workflows: [WORKFLOW], runs, jobs }, now: NOW })
    const [w] = analytics.workflows

    it('counts it, and leaves its queue, minutes and cost out of the figures', () => {
      expect(w).toMatchObject({ runs: 2, runsWithoutJobs: 1, billableMinutes: 2, cost: 0.012 })
      expect([w?.queueP50, w?.queueP90]).toEqual([20, 20])
    })

    it('takes its duration from its own timestamps', () => {
      expect([w?.durationP50, w?.durationP90]).toEqual([120, 180])
    })
  })

  describe('when no run of a workflow has jobs', () => {
    const runs = [run(1, '2024-03-01T06:00:00Z')]
    const analytics = analyzeRuns({ api: { workflows: [WORKFLOW], runs, jobs: [] }, now: NOW })

    it('reports its minutes and cost as unknown, never 0', () => {
      expect(analytics.workflows[0]).toMatchObject({
        billableMinutes: null,
        cost: null,
        queueP50: null
      })
      expect(analytics.totals).toEqual({ runs: 1, billableMinutes: null, cost: null })
    })
  })

  describe('when a run was re-run', () => {
    const object = (attempt: number, conclusion: string, updated: string) => ({
      id: 5,
      workflow_id: 7,
      path: WORKFLOW.path,
      run_attempt: attempt,
      event: 'push',
      head_branch: 'main',
      status: 'completed',
      conclusion,
      created_at: '2024-03-01T06:00:00Z',
      run_started_at: attempt === 1 ? '2024-03-01T06:00:00Z' : '2024-03-01T08:00:00Z',
      updated_at: updated
    })
    const jobObject = (id: number, attempt: number, start: string, end: string) => ({
      id,
      run_id: 5,
      run_attempt: attempt,
      name: 'build',
      labels: ['ubuntu-latest'],
      started_at: start,
      completed_at: end,
      conclusion: 'success'
    })
    const api = parseRecordedApi(
      JSON.stringify([
        object(1, 'failure', '2024-03-01T06:09:00Z'),
        object(2, 'success', '2024-03-01T08:05:00Z'),
        jobObject(51, 1, '2024-03-01T06:00:30Z', '2024-03-01T06:08:30Z'),
        jobObject(52, 2, '2024-03-01T08:00:30Z', '2024-03-01T08:04:30Z')
      ]),
      'rerun.json'
    )
    const [w] = analyzeRuns({ api, now: NOW }).workflows

    it('counts the run once, with its latest attempt’s conclusion', () => {
      expect(w).toMatchObject({ runs: 1, byEvent: { push: 1 }, successRate: 1 })
    })

    it('takes the figures from the latest attempt’s jobs', () => {
      expect(w).toMatchObject({ billableMinutes: 4, durationP50: 240, queueP50: 7230 })
    })
  })

  it('leaves skipped and neutral runs out of the success rate and counts cancelled and timed out as failures', () => {
    const conclusions = ['success', 'skipped', 'neutral', 'cancelled', 'timed_out', 'success']
    const runs = conclusions.map((conclusion, i) =>
      run(i + 1, `2024-03-0${i + 1}T06:00:00Z`, { conclusion })
    )
    const [w] = analyzeRuns({ api: { workflows: [WORKFLOW], runs, jobs: [] }, now: NOW }).workflows
    expect(w?.successRate).toBe(0.5)
    expect(w?.runs).toBe(6)
  })

  it('ends the window at the newest run when no clock is given', () => {
    const runs = [run(1, '2024-01-01T00:00:00Z'), run(2, '2024-02-15T00:00:00Z')]
    const analytics = analyzeRuns({ api: { workflows: [WORKFLOW], runs, jobs: [] } })
    expect(analytics.window.to.toISOString()).toBe('2024-02-15T00:00:00.000Z')
    expect(analytics.window.from.toISOString()).toBe('2024-01-16T00:00:00.000Z')
    expect(analytics.workflows[0]?.runs).toBe(1)
  })

  it('names a workflow GitHub disabled for inactivity', () => {
    const workflows = [{ ...WORKFLOW, state: 'disabled_inactivity' }]
    const analytics = analyzeRuns({ api: { workflows, runs: [], jobs: [] }, now: NOW })
    expect(analytics.workflows[0]?.disabledForInactivity).toBe(true)
    expect(analyticsMarkdown(analytics)).toContain('GitHub disabled this workflow for inactivity')
  })
})

describe('scheduleHealth', () => {
  const daily = [{ since: -Infinity, entries: [{ cron: '0 6 * * *' }] }]
  const window = { from: new Date('2024-03-01T00:00:00Z'), to: new Date('2024-03-08T00:00:00Z') }
  // One 06:00 occurrence a day, Mar 1–7: late 3 min, 10 min, none, 90 min, 30 s, 59 min, 5 min.
  const runs = [
    run(1, '2024-03-01T06:03:00Z'),
    run(2, '2024-03-02T06:10:00Z'),
    run(3, '2024-03-03T06:05:00Z', { event: 'push' }),
    run(4, '2024-03-04T07:30:00Z'),
    run(5, '2024-03-05T06:00:30Z'),
    run(6, '2024-03-06T06:59:00Z'),
    run(7, '2024-03-07T06:05:00Z')
  ]

  it('matches each occurrence with its schedule run and counts the ones with none within 60 minutes as dropped', () => {
    expect(scheduleHealth(daily, runs, window)).toEqual({
      expected: 7,
      started: 5,
      dropped: 2,
      lateP50: 300,
      lateP90: 3540
    })
  })

  it('leaves out an occurrence under 60 minutes old with no run yet', () => {
    const early = { from: window.from, to: new Date('2024-03-07T06:30:00Z') }
    expect(scheduleHealth(daily, runs.slice(0, 6), early)).toMatchObject({
      expected: 6,
      dropped: 2
    })
  })

  it('follows the schedule in force at each time', () => {
    const spans = [
      ...daily,
      { since: Date.parse('2024-03-04T00:00:00Z'), entries: [{ cron: '0 */12 * * *' }] }
    ]
    // 06:00 on Mar 1–3, then 00:00 and 12:00 on Mar 4–7.
    expect(scheduleHealth(spans, [], window)).toMatchObject({
      expected: 11,
      started: 0,
      dropped: 11
    })
  })

  it('expects one run per entry when two entries fire at once', () => {
    const twice = [{ since: -Infinity, entries: [{ cron: '0 6 * * *' }, { cron: '0 6 1 * *' }] }]
    const day = { from: window.from, to: new Date('2024-03-02T00:00:00Z') }
    expect(scheduleHealth(twice, runs.slice(0, 1), day)).toMatchObject({
      expected: 2,
      started: 1,
      dropped: 1
    })
  })
})

describe('cost per mode', () => {
  const schedules = {
    aggressive: [{ cron: '*/30 * * * *' }],
    normal: [{ cron: '0 * * * *' }],
    conservative: [{ cron: '0 */3 * * *' }]
  }
  const perRun = { billableMinutes: 2, cost: 0.012 }
  const at = new Date('2024-03-01T00:00:00Z')

  it('multiplies the runs of each mode’s crons in 30 days by the minutes and dollars of a run', () => {
    expect(costPerMode([{ schedules, perRun }], at)).toEqual({
      aggressive: { runs: 1440, billableMinutes: 2880, cost: 17.28 },
      normal: { runs: 720, billableMinutes: 1440, cost: 8.64 },
      conservative: { runs: 240, billableMinutes: 480, cost: 2.88 }
    })
  })

  it('leaves minutes and cost unknown when a workflow that runs has never been priced', () => {
    const modes = costPerMode(
      [
        { schedules, perRun },
        { schedules, perRun: null }
      ],
      at
    )
    expect(modes.normal).toEqual({ runs: 1440, billableMinutes: null, cost: null })
  })

  it('says what a plan changes, before → after', () => {
    const plan = planCost(
      [{ from: schedules.aggressive, to: [{ cron: '0,30 */3 * * *' }], perRun }],
      at
    )
    expect(planCostLine(plan.before, plan.after)).toBe(
      'this change: 1,440 → 480 runs a month, 2,880 → 960 minutes, $17.28 → $5.76'
    )
  })
})

describe('the views', () => {
  const runs = [run(1, '2024-03-01T06:03:00Z', { updatedAt: '2024-03-01T06:05:00Z' })]
  const jobs = [job(1, '2024-03-01T06:03:10Z', '2024-03-01T06:04:50Z')]
  const analytics = analyzeRuns({
    api: { workflows: [WORKFLOW], runs, jobs },
    now: new Date('2024-03-02T00:00:00Z'),
    days: 1,
    schedules: new Map([[WORKFLOW.path, [{ since: -Infinity, entries: [{ cron: '0 6 * * *' }] }]]])
  })

  it('writes the JSON with exactly the documented keys', () => {
    const json = analyticsJson(analytics)
    expect(Object.keys(json.analytics)).toEqual(['window', 'workflows', 'totals', 'costPerMode'])
    expect(json.analytics.window).toEqual({
      from: '2024-03-01T00:00:00.000Z',
      to: '2024-03-02T00:00:00.000Z'
    })
    expect(json.analytics.workflows[0]).toEqual({
      id: WORKFLOW.path,
      path: WORKFLOW.path,
      runs: 1,
      runsWithoutJobs: 0,
      byEvent: { schedule: 1 },
      successRate: 1,
      successRateLow: expect.any(Number),
      successRateHigh: 1,
      queueP50: 10,
      queueP90: 10,
      durationP50: 100,
      durationP90: 100,
      billableMinutes: 2,
      cost: 0.012,
      schedule: { expected: 1, started: 1, dropped: 0, lateP50: 180, lateP90: 180 }
    })
    expect(json.analytics.totals).toEqual({ runs: 1, billableMinutes: 2, cost: 0.012 })
    expect(json.analytics.costPerMode).toBeNull()
  })

  it('renders one markdown row per workflow and a total', () => {
    const table = analyticsMarkdown(analytics)
    expect(table).toContain(
      '| `.github/workflows/nightly.yml` | 1 | 0 | schedule 1 | 100% (21–100%) | 10s / 10s | 1m 40s / 1m 40s | 2 | $0.012 | 1/1 started, 0 dropped, late 3m 0s / 3m 0s |'
    )
    expect(table).toContain('| **total** | 1 |')
  })

  it('draws usage over time as a Mermaid xychart', () => {
    const chart = usageChart({
      samples: [
        { at: new Date('2024-03-01T00:00:00Z'), used: 100 },
        { at: new Date('2024-03-05T00:00:00Z'), used: 400 },
        { at: new Date('2024-03-05T12:00:00Z'), used: 450 }
      ],
      projection: { at: new Date('2024-04-01T00:00:00Z'), used: 1800 },
      quota: 1500
    })
    expect(chart.split('\n').slice(0, 9)).toEqual([
      '```mermaid',
      'xychart-beta',
      '    title "Usage this period"',
      '    x-axis ["03-01", "03-05", "04-01"]',
      '    y-axis "Used" 0 --> 2000',
      '    line [100, 450, 1800]',
      '    line [100, 450]',
      '    line [1500, 1500, 1500]',
      '```'
    ])
  })

  it('draws no chart without samples', () => {
    expect(usageChart({ samples: [], quota: 10 })).toBe('')
  })
})
