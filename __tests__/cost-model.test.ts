import { describe, expect, it, test } from '@jest/globals'
import { parseConfig, type ManagedWorkflow } from '../src/core/schedule/config.js'
import {
  fitCostModel,
  periodSamples,
  projectionError,
  weekendDays,
  type CostModelInput,
  type ProjectionSpread
} from '../src/core/forecast/cost-model.js'
import {
  robustLeastSquares,
  tQuantile95,
  weightedLeastSquares
} from '../src/core/forecast/least-squares.js'
import { periodAt } from '../src/core/usage/period.js'
import {
  mergedAtNextReading,
  runsUnder,
  scheduleHistory
} from '../src/core/schedule/schedule-history.js'
import { type Mode } from '../src/core/schedule/schedule.js'
import { type ScheduleChange } from '../src/core/state/state.js'
import { type UsageSample } from '../src/core/usage/usage.js'

const DAY = 86_400_000
const START = new Date('2025-11-01T00:00:00Z')
const day = (d: number) => new Date(START.getTime() + d * DAY)

describe('weightedLeastSquares', () => {
  it('recovers the coefficients of exact data with no error', () => {
    const rows = [1, 2, 3, 4, 5].map(x => [x, 1])
    const fit = weightedLeastSquares(
      rows,
      rows.map(([x]) => 3 * x! + 7),
      rows.map(() => 1)
    )
    expect(fit?.coefficients.map(c => Number(c.toFixed(9)))).toEqual([3, 7])
    expect(fit?.standardErrors.map(e => Number(e.toFixed(9)))).toEqual([0, 0])
  })

  it('gives the textbook standard error for a straight line', () => {
    // Slope Sxy/Sxx = 6/5 = 1.2, intercept 0, RSS 2.8: standard error sqrt((2.8/(4−2)) / 5).
    const rows = [1, 2, 3, 4].map(x => [x, 1])
    const fit = weightedLeastSquares(rows, [2, 1, 4, 5], [1, 1, 1, 1])
    expect(fit?.coefficients[0]).toBeCloseTo(1.2, 9)
    expect(fit?.coefficients[1]).toBeCloseTo(0, 9)
    expect(fit?.standardErrors[0]).toBeCloseTo(Math.sqrt(1.4 / 5), 9)
  })

  test.each([
    [
      'collinear columns (runs that keep pace with time)',
      [
        [2, 1],
        [4, 2],
        [6, 3]
      ]
    ],
    [
      'no more rows than unknowns',
      [
        [1, 1],
        [2, 3]
      ]
    ],
    [
      'a column of zeros',
      [
        [0, 1],
        [0, 2],
        [0, 3]
      ]
    ]
  ])('is undefined for %s', (_name, rows) => {
    expect(
      weightedLeastSquares(
        rows,
        rows.map(() => 1),
        rows.map(() => 1)
      )
    ).toBeUndefined()
  })
})

describe('robustLeastSquares', () => {
  it('is not pulled by one spike the way plain least squares is', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [i % 3 === 0 ? 50 : 20, 1])
    const y = rows.map(([runs], i) => runs! + 10 + (i % 2 ? 0.5 : -0.5))
    y[7]! += 300
    const plain = weightedLeastSquares(
      rows,
      y,
      rows.map(() => 1)
    )!
    const robust = robustLeastSquares(
      rows,
      y,
      rows.map(() => 1)
    )!
    expect(Math.abs(plain.coefficients[1]! - 10)).toBeGreaterThan(20)
    expect(robust.coefficients[0]).toBeCloseTo(1, 1)
    expect(robust.coefficients[1]).toBeCloseTo(10, 0)
  })
})

describe('tQuantile95', () => {
  test.each([
    [1, 12.71],
    [3, 3.18],
    [10, 2.23],
    [40, 2]
  ])('at %d degrees of freedom is %d', (dof, t) => {
    expect(tQuantile95(dof)).toBe(t)
  })
})

/** Two workflows: `often` runs 24/2/1 times a day in aggressive/normal/conservative, `rare` 4/1/1. */
const WORKFLOWS = parseConfig(
  `workflows:
  often:
    path: .github/workflows/often.yml
    schedules: { aggressive: '0 * * * *', normal: '0 0,12 * * *', conservative: '0 0 * * *' }
  rare:
    path: .github/workflows/rare.yml
    schedules: { aggressive: '0 */6 * * *', normal: '0 3 * * *', conservative: '0 3 * * *' }
`,
  'orchestrator.yml'
).workflows as ManagedWorkflow[]

const crons = (w: ManagedWorkflow, mode: Mode) => w.schedules[mode].map(e => e.cron)

/** What the usage really was, besides the costs: a background per day (`day` → extra usage), a merge delay. */
interface Reality {
  /** Hours from a change being recorded to its pull request being merged. */
  mergeHours?: number
  /** Usage outside the workflows on day d, instead of the flat `background`. */
  backgroundOn?: (d: number) => number
}

/** A period in which the mode of each day is `modes[d]`, usage following the given true costs exactly. */
function period(
  modes: Mode[],
  truth: { often: number; rare: number; background: number },
  workflows = WORKFLOWS,
  reality: Reality = {}
): CostModelInput {
  const changes: ScheduleChange[] = []
  modes.forEach((mode, d) => {
    const before = d === 0 ? 'normal' : modes[d - 1]!
    if (mode === before) return
    for (const w of workflows)
      changes.push({
        at: day(d).toISOString(),
        mode,
        workflow: w.id,
        path: w.path,
        from: crons(w, before),
        to: crons(w, mode),
        status: 'in-force'
      })
  })
  const samples: UsageSample[] = [{ at: day(0), used: 0 }]
  modes.forEach((mode, d) => {
    const before = d === 0 ? 'normal' : modes[d - 1]!
    const merged = day(d).getTime() + (reality.mergeHours ?? 0) * 3_600_000
    const runs = (w: ManagedWorkflow) =>
      runsUnder(
        [
          { since: -Infinity, entries: w.schedules[before] },
          { since: merged, entries: w.schedules[mode] }
        ],
        day(d),
        day(d + 1)
      )
    const background = reality.backgroundOn?.(d) ?? truth.background
    const used = runs(workflows[0]!) * truth.often + runs(workflows[1]!) * truth.rare + background
    samples.push({ at: day(d + 1), used: samples[d]!.used + used })
  })
  const last = modes[modes.length - 1]!
  return {
    workflows,
    samples,
    changes,
    current: new Map(workflows.map(w => [w.id, w.schedules[last]]))
  }
}

describe('fitCostModel', () => {
  it('is learning below 4 samples, assuming 1 a run where nothing is declared', () => {
    const model = fitCostModel(
      period(['aggressive', 'normal'], { often: 2, rare: 2, background: 5 })
    )
    expect([model.status, model.samples, model.note, model.background]).toEqual([
      'learning',
      3,
      'learning (3 of 4 samples)',
      undefined
    ])
    expect(model.workflows.map(w => [w.costPerRun, w.source])).toEqual([
      [1, 'default'],
      [1, 'default']
    ])
  })

  it('cannot tell cost from background while one schedule ran all along, and says so', () => {
    const model = fitCostModel(
      period(Array(8).fill('normal'), { often: 2, rare: 2, background: 5 })
    )
    expect(model.status).toBe('learning')
    expect(model.note).toBe(
      'learning (9 samples): the runs kept pace with time (one schedule all along), so cost and background cannot be told apart yet'
    )
  })

  it('learns one shared cost per run and the background once the modes varied', () => {
    // Two mixes of runs are not enough to tell two costs and the background apart; one shared cost they are.
    const modes: Mode[] = ['aggressive', 'aggressive', 'normal', 'normal', 'normal']
    const model = fitCostModel(period(modes, { often: 2, rare: 2, background: 5 }))
    expect([model.status, model.shape]).toEqual(['learned', 'shared'])
    expect(model.workflows.map(w => [Number(w.costPerRun.toFixed(6)), w.source])).toEqual([
      [2, 'learned'],
      [2, 'learned']
    ])
    expect(model.background?.perDay).toBeCloseTo(5, 6)
  })

  it('keeps a declared cost and learns only what is not declared', () => {
    const declared = [{ ...WORKFLOWS[0]!, costPerRun: 3 }, WORKFLOWS[1]!]
    const modes: Mode[] = ['aggressive', 'conservative', 'normal', 'aggressive', 'normal']
    const model = fitCostModel(period(modes, { often: 3, rare: 0.5, background: 4 }, declared))
    expect(
      model.workflows.map(w => [w.workflow, Number(w.costPerRun.toFixed(6)), w.source])
    ).toEqual([
      ['often', 3, 'declared'],
      ['rare', 0.5, 'learned']
    ])
    expect(model.background?.perDay).toBeCloseTo(4, 6)
  })

  it('learns only the background when every cost is declared, from 4 samples', () => {
    const declared = WORKFLOWS.map(w => ({ ...w, costPerRun: 1 }))
    const model = fitCostModel(
      period(['normal', 'normal', 'normal'], { often: 1, rare: 1, background: 7 }, declared)
    )
    expect([model.status, model.shape, model.background?.perDay]).toEqual([
      'learned',
      'declared',
      expect.closeTo(7, 6)
    ])
  })

  it('takes an observed cost over the declared one and fits the rest (usage in Actions minutes)', () => {
    const declared = [{ ...WORKFLOWS[0]!, costPerRun: 9 }, WORKFLOWS[1]!]
    const modes: Mode[] = ['aggressive', 'conservative', 'normal', 'aggressive', 'normal']
    const model = fitCostModel({
      ...period(modes, { often: 3, rare: 0.5, background: 4 }, declared),
      observed: new Map([['often', 3]])
    })
    expect(
      model.workflows.map(w => [w.workflow, Number(w.costPerRun.toFixed(6)), w.source])
    ).toEqual([
      ['often', 3, 'observed'],
      ['rare', 0.5, 'learned']
    ])
    expect(model.background?.perDay).toBeCloseTo(4, 6)
  })

  it('learns one cost per workflow when the run counts tell them apart', () => {
    // conservative runs `often` once and `rare` once a day; aggressive 24 and 4: the two mixes differ.
    const modes: Mode[] = [
      'aggressive',
      'conservative',
      'normal',
      'aggressive',
      'conservative',
      'normal',
      'aggressive'
    ]
    const model = fitCostModel(period(modes, { often: 1, rare: 5, background: 2 }))
    expect(model.shape).toBe('per-workflow')
    expect(model.workflows.map(w => Number(w.costPerRun.toFixed(6)))).toEqual([1, 5])
  })

  it('stays learning while the learned cost is not told from zero', () => {
    const input = period(['aggressive', 'normal', 'normal', 'normal'], {
      often: 0.05,
      rare: 0.05,
      background: 10
    })
    const noisy = input.samples.map((s, i) => ({ ...s, used: s.used + [0, 6, -3, 9, 0][i]! }))
    const model = fitCostModel({ ...input, samples: noisy })
    expect(model.status).toBe('learning')
    expect(model.note).toMatch(
      /^learning \(5 samples\): cost per run -?\d+\.\d\d ± \d+\.\d\d is not yet precise enough$/
    )
  })
})

describe('fitCostModel, against what real usage does', () => {
  const cost = { often: 2, rare: 2, background: 5 }
  const modes: Mode[] = ['aggressive', 'conservative', 'normal', 'normal', 'aggressive']
  const fortnight: Mode[] = [...modes, ...Array<Mode>(9).fill('normal')]

  it('gives Saturdays and Sundays a rate of their own when they differ', () => {
    // 2025-11-01 is a Saturday: days 0, 1, 7, 8 and 14 are the weekend.
    const weekend = (d: number) => [0, 6].includes(day(d).getUTCDay())
    const input = period(fortnight, cost, WORKFLOWS, { backgroundOn: d => (weekend(d) ? 1 : 20) })
    const model = fitCostModel(input)
    expect([
      model.workflows[0]!.costPerRun,
      model.background?.perDay,
      model.background?.weekend?.perDay
    ]).toEqual([expect.closeTo(2, 6), expect.closeTo(20, 6), expect.closeTo(1, 6)])
  })

  it('keeps one background rate when the weekend is like any other day', () => {
    expect(fitCostModel(period(fortnight, cost)).background?.weekend).toBeUndefined()
  })

  it('still learns the cost when the pull requests were merged eight hours after the changes', () => {
    // Within 2%: the model takes the late hours' runs as a share of the day's, which `rare`'s crons are not exactly.
    const model = fitCostModel(period(fortnight, cost, WORKFLOWS, { mergeHours: 8 }))
    expect([model.workflows[0]!.costPerRun, model.background?.perDay]).toEqual([
      expect.closeTo(2, 1),
      expect.closeTo(5, 0)
    ])
  })

  it('is not misled by a four-day burst of manual use', () => {
    const burst = (d: number) => (d >= 6 && d < 10 ? 75 : 5)
    const model = fitCostModel(period(fortnight, cost, WORKFLOWS, { backgroundOn: burst }))
    expect([model.workflows[0]!.costPerRun, model.background?.perDay]).toEqual([
      expect.closeTo(2, 6),
      expect.closeTo(5, 6)
    ])
  })
})

describe('projectionError', () => {
  it('adds the covariance of the unknowns over the runs and days ahead to the scatter of those days', () => {
    // g = [150 runs, 10 days]: 150² × 0.01 + 2 × 150 × 10 × (−0.05) + 10² × 1 + 4 × 10 = 215.
    const spread: ProjectionSpread = {
      columns: [['a', 'b']],
      weekend: false,
      covariance: [
        [0.01, -0.05],
        [-0.05, 1]
      ],
      dailyVariance: 4,
      dof: 10
    }
    const runs = new Map([
      ['a', 100],
      ['b', 50]
    ])
    expect(projectionError(spread, runs, 10, 4)).toBeCloseTo(Math.sqrt(215), 9)
  })

  it('splits the days into weekdays and weekend days when the background has both rates', () => {
    // g = [6 weekdays, 4 weekend days]: 6² × 1 + 4² × 2 = 68, no scatter.
    const spread: ProjectionSpread = {
      columns: [],
      weekend: true,
      covariance: [
        [1, 0],
        [0, 2]
      ],
      dailyVariance: 0,
      dof: 10
    }
    expect(projectionError(spread, new Map(), 10, 4)).toBeCloseTo(Math.sqrt(68), 9)
  })
})

describe('weekendDays', () => {
  test.each([
    ['Friday noon to Monday', '2025-11-07T12:00:00Z', '2025-11-10T00:00:00Z', 2],
    ['within a Saturday', '2025-11-08T06:00:00Z', '2025-11-08T18:00:00Z', 0.5],
    ['Monday to Friday', '2025-11-10T00:00:00Z', '2025-11-14T00:00:00Z', 0],
    ['an empty span', '2025-11-08T00:00:00Z', '2025-11-08T00:00:00Z', 0]
  ])('%s: %d', (_name, from, to, days) => {
    expect(weekendDays(new Date(from), new Date(to))).toBeCloseTo(days, 9)
  })
})

describe('periodSamples', () => {
  const p = periodAt(day(10), 1)

  it('keeps the period up to now, adds the current reading and drops corrections', () => {
    const history: UsageSample[] = [
      { at: new Date('2025-10-31T00:00:00Z'), used: 900 },
      { at: day(1), used: 10 },
      { at: day(2), used: 500 },
      { at: day(3), used: 30 },
      { at: day(10), used: 99 }
    ]
    expect(periodSamples(history, { at: day(10), used: 100 }, p)).toEqual([
      { at: day(1), used: 10 },
      { at: day(3), used: 30 },
      { at: day(10), used: 100 }
    ])
  })
})

describe('scheduleHistory', () => {
  const often = WORKFLOWS[0]!
  const change = (d: number, from: Mode, to: Mode): ScheduleChange => ({
    at: day(d).toISOString(),
    mode: to,
    workflow: 'often',
    path: often.path,
    from: crons(often, from),
    to: crons(often, to),
    status: 'in-force'
  })

  it('is the current schedule all along when the state records no change', () => {
    expect(scheduleHistory(often, [], often.schedules.normal)).toEqual([
      { since: -Infinity, entries: often.schedules.normal }
    ])
  })

  it('runs each recorded schedule from its change, the last being the file as it is now', () => {
    const spans = scheduleHistory(
      often,
      [change(5, 'aggressive', 'normal'), change(2, 'normal', 'aggressive')],
      often.schedules.normal
    )
    expect(spans.map(s => s.since)).toEqual([-Infinity, day(2).getTime(), day(5).getTime()])
    expect(runsUnder(spans, day(0), day(7))).toBe(2 * 2 + 3 * 24 + 2 * 2)
  })

  it('can be read as if every change had been merged only at the next reading', () => {
    const spans = scheduleHistory(
      often,
      [change(2, 'normal', 'aggressive')],
      often.schedules.aggressive
    )
    const readings = [day(0), day(1), day(3), day(4)].map(d => d.getTime())
    expect(mergedAtNextReading(spans, readings).map(s => s.since)).toEqual([
      -Infinity,
      day(3).getTime()
    ])
  })

  it('trusts the file over a change that was never merged', () => {
    const spans = scheduleHistory(
      often,
      [change(2, 'normal', 'aggressive')],
      often.schedules.normal
    )
    expect(runsUnder(spans, day(2), day(4))).toBe(4)
  })
})
