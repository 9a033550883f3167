import { describe, expect, it, test } from '@jest/globals'
import { parseConfig, type ManagedWorkflow } from '../src/core/schedule/config.js'
import { type CostModel, type ProjectionSpread } from '../src/core/forecast/cost-model.js'
import {
  applyPolicy,
  chooseByTarget,
  holdShare,
  limits,
  MIN_DEGREES_OF_FREEDOM,
  modeInForce,
  projectMode,
  type PolicyInput,
  type Projection,
  type ProjectionInput
} from '../src/core/forecast/policy.js'
import { backgroundText, policyText } from '../src/reports/policy-text.js'
import { tQuantile95 } from '../src/core/forecast/least-squares.js'
import { modeReasonText } from '../src/reports/reasons.js'
import { type Mode } from '../src/core/schedule/schedule.js'
import { type ScheduleChange } from '../src/core/state/state.js'
import { assessUsage, type UsageSample } from '../src/core/usage/usage.js'

const DAY = 86_400_000
const at = (iso: string) => new Date(iso)

/** One workflow that runs 24 times a day aggressive, twice normal, once conservative: easy arithmetic. */
const CONFIG = parseConfig(
  `workflows:
  hourly:
    path: .github/workflows/hourly.yml
    schedules:
      aggressive: '0 * * * *'
      normal: '0 0,12 * * *'
      conservative: '0 0 * * *'
`,
  'orchestrator.yml'
)
const HOURLY = CONFIG.workflows as ManagedWorkflow[]

/** 10 days left in November 2025 (reset on the 1st): aggressive adds 240 runs, normal 20, conservative 10. */
function projection(overrides: Partial<ProjectionInput> = {}): ProjectionInput {
  return {
    workflows: HOURLY,
    costs: new Map([['hourly', 1]]),
    backgroundPerDay: 0,
    used: 1000,
    quota: 1500,
    now: at('2025-11-21T00:00:00Z'),
    end: at('2025-12-01T00:00:00Z'),
    ...overrides
  }
}

describe('projectMode', () => {
  test.each([
    ['aggressive', 1, 0, 1240],
    ['normal', 1, 0, 1020],
    ['conservative', 1, 0, 1010],
    ['aggressive', 2, 0, 1480],
    ['normal', 1, 5.5, 1075]
  ] as Array<[Mode, number, number, number]>)(
    '%s at %d a run and %d a day of background projects %d',
    (mode, cost, background, expected) => {
      const p = projectMode(
        mode,
        projection({ costs: new Map([['hourly', cost]]), backgroundPerDay: background })
      )
      expect([p.mode, p.projected, p.share]).toEqual([mode, expected, expected / 1500])
    }
  )

  it('counts a workflow with no known cost at 1 a run', () => {
    expect(projectMode('aggressive', projection({ costs: new Map() })).projected).toBe(1240)
  })

  it('counts Saturdays and Sundays at the weekend rate when there is one', () => {
    // 2025-11-21 to 12-01 holds 4 weekend days (22, 23, 29, 30) and 6 weekdays.
    const p = projectMode('conservative', projection({ backgroundPerDay: 10, weekendPerDay: 1 }))
    expect(p.projected).toBe(1000 + 10 + 6 * 10 + 4 * 1)
  })

  it('has no standard error without the spread of the cost model', () => {
    expect(projectMode('normal', projection()).standardError).toBe(0)
  })

  it('carries the uncertainty of the cost model over the runs and days ahead, plus their scatter', () => {
    // Aggressive: 240 runs and 10 days; var = 240² × 0.0004 + 2 × 240 × 10 × (−0.002) + 10² × 0.09 + 10 × 4 = 62.44.
    const spread: ProjectionSpread = {
      columns: [['hourly']],
      weekend: false,
      covariance: [
        [0.0004, -0.002],
        [-0.002, 0.09]
      ],
      dailyVariance: 4,
      dof: 20
    }
    expect(projectMode('aggressive', projection({ spread })).standardError).toBeCloseTo(
      Math.sqrt(62.44),
      9
    )
  })
})

/** A spread whose only uncertainty is the cost per run of `hourly`: a projection's standard error is runs × `se`. */
function costSpread(se: number, dof = 20): ProjectionSpread {
  return {
    columns: [['hourly']],
    weekend: false,
    covariance: [
      [se * se, 0],
      [0, 0]
    ],
    dailyVariance: 0,
    dof
  }
}

describe('limits', () => {
  const at = (standardError: number): Projection => ({
    mode: 'aggressive',
    projected: 1400,
    share: 1400 / 1500,
    standardError
  })

  it('are the target and the hold share without a standard error to trust', () => {
    const plain = { allowed: 0.95, hold: holdShare(0.95) }
    expect(limits(0.95, at(0), 1500)).toEqual(plain)
    expect(limits(0.95, at(0), 1500, MIN_DEGREES_OF_FREEDOM - 1)).toEqual(plain)
  })

  test.each([
    // quota less t × se: t = 2 beyond 10 degrees of freedom, 2.78 at 4.
    ['a wide margin keeps the target', 60, 20, 0.95, 0.98],
    ['the target at exactly the margin', 37.5, 20, 0.95, 0.9875],
    ['a firm projection may go past the target', 15, 20, 0.98, 0.995],
    ['t widens the margin at few degrees of freedom', 15, 4, 1 - (2.78 * 15) / 1500, 0.995],
    ['never above the quota', 0, 20, 1, 1]
  ])('%s', (_name, se, dof, allowed, hold) => {
    const l = limits(0.95, at(se), 1500, dof)
    expect([l.allowed, l.hold]).toEqual([expect.closeTo(allowed, 9), expect.closeTo(hold, 9)])
  })

  it('keep the hold share halfway from the target to the quota when the projection is vague', () => {
    expect(limits(0.95, at(300), 1500, 20).hold).toBeCloseTo(0.975, 9)
  })
})

describe('chooseByTarget', () => {
  describe('picks the most productive mode at or under target × quota', () => {
    // aggressive projects 1,000 + 240 × cost; the 95% target of 1,500 is 1,425.
    test.each([
      ['aggressive exactly at the target', 425 / 240, 'aggressive'],
      ['aggressive a hair over the target', 425 / 240 + 0.001, 'normal'],
      ['normal exactly at the target', 425 / 20, 'normal'],
      ['normal over, conservative at the target', 425 / 10, 'conservative'],
      ['every mode over the target', 50, 'conservative']
    ])('%s', (_name, cost, mode) => {
      const decision = chooseByTarget(projection({ costs: new Map([['hourly', cost]]) }), 0.95)
      expect(decision.mode).toBe(mode)
    })
  })

  it('explains the choice with the next more productive mode', () => {
    const decision = chooseByTarget(projection({ costs: new Map([['hourly', 2]]) }), 0.95)
    expect(modeReasonText(decision.reason)).toBe(
      'normal: projects 1,040 of 1,500 (69%); aggressive would project 1,480 (99%)'
    )
  })

  it('says when aggressive fits the target', () => {
    expect(modeReasonText(chooseByTarget(projection(), 0.95).reason)).toBe(
      'aggressive: projects 1,240 of 1,500 (83%), within the 95% target'
    )
  })

  it('says when no mode fits', () => {
    const decision = chooseByTarget(projection({ used: 1600 }), 0.95)
    expect([decision.mode, modeReasonText(decision.reason)]).toEqual([
      'conservative',
      'conservative: projects 1,610 of 1,500 (107%): no mode stays within the 95% target'
    ])
  })

  describe('the mode in force', () => {
    // aggressive at 1.8 a run projects 1,432: over the 95% target, under the 97.5% hold share.
    const over = projection({ costs: new Map([['hourly', 1.8]]) })

    it('is kept up to halfway from the target to the quota', () => {
      expect(holdShare(0.95)).toBeCloseTo(0.975)
      const decision = chooseByTarget(over, 0.95, 'aggressive')
      expect([decision.mode, modeReasonText(decision.reason)]).toEqual([
        'aggressive',
        'aggressive: projects 1,432 of 1,500 (95%), kept as the mode in force (under 97.5%, halfway from the 95% target to the quota)'
      ])
    })

    it('is not a reason to switch up: another mode must fit the target itself', () => {
      expect(chooseByTarget(over, 0.95, 'normal').mode).toBe('normal')
      expect(chooseByTarget(over, 0.95).mode).toBe('normal')
    })

    it('does not apply to conservative, the floor: over the target, nothing fits', () => {
      const decision = chooseByTarget(projection({ used: 1420 }), 0.95, 'conservative')
      expect([decision.mode, modeReasonText(decision.reason)]).toEqual([
        'conservative',
        'conservative: projects 1,430 of 1,500 (95%): no mode stays within the 95% target'
      ])
    })

    it('is left once its projection passes the hold share', () => {
      const decision = chooseByTarget(
        projection({ costs: new Map([['hourly', 2]]) }),
        0.95,
        'aggressive'
      )
      expect(decision.mode).toBe('normal')
    })
  })

  describe('with a firm projection', () => {
    // Aggressive at 1.8 a run projects 1,432: over the 95% target; 240 runs make its standard error 240 × se.
    const firm = (se: number, dof = 20) =>
      projection({ costs: new Map([['hourly', 1.8]]), spread: costSpread(se, dof) })

    it('goes past the target up to the quota less two standard errors', () => {
      // se 0.0625 a run: 15 on the projection; allowed 1,500 − 2 × 15 = 1,470 (98%).
      const decision = chooseByTarget(firm(0.0625), 0.95)
      expect([decision.mode, modeReasonText(decision.reason)]).toEqual([
        'aggressive',
        'aggressive: projects 1,432 of 1,500 (95%), within the 98% allowed (the quota less 2 standard errors of 15)'
      ])
    })

    it('hands the reports the fit and the figures, not a sentence', () => {
      const { reason, projections } = chooseByTarget(firm(0.0625), 0.95)
      expect(reason).toEqual({
        rule: 'target',
        fit: 'fits',
        mode: 'aggressive',
        quota: 1500,
        target: 0.95,
        halfway: expect.closeTo(0.975, 9),
        dof: 20,
        tQuantile: tQuantile95(20),
        projections
      })
    })

    it('takes a projection exactly at its allowance, and not one a hair over', () => {
      // The allowance meets 1,432 when 2 × 240 × se = 68.
      expect(chooseByTarget(firm(68 / 480), 0.95).mode).toBe('aggressive')
      expect(chooseByTarget(firm(68 / 480 + 1e-6), 0.95).mode).toBe('normal')
    })

    it('holds to the target while the projection is vague, and says what the better mode missed', () => {
      const decision = chooseByTarget(firm(0.25), 0.95)
      expect([decision.mode, modeReasonText(decision.reason)]).toEqual([
        'normal',
        'normal: projects 1,036 of 1,500 (69%); aggressive would project 1,432 (95%)'
      ])
    })

    it('names the allowance a better mode went over', () => {
      // cost 2: aggressive projects 1,480, over the 1,470 its standard error of 15 allows.
      const over = projection({ costs: new Map([['hourly', 2]]), spread: costSpread(0.0625) })
      expect(modeReasonText(chooseByTarget(over, 0.95).reason)).toBe(
        'normal: projects 1,040 of 1,500 (69%); aggressive would project 1,480 (99%), over the 98% allowed'
      )
    })

    it('trusts no standard error from fewer than four spare intervals', () => {
      expect(chooseByTarget(firm(0.0625, MIN_DEGREES_OF_FREEDOM - 1), 0.95).mode).toBe('normal')
    })

    it('keeps the mode in force up to the quota less half a standard error', () => {
      // cost 2: aggressive projects 1,480, over its 98% allowance; hold 1,500 − 15 / 2 = 1,492.5.
      const high = projection({ costs: new Map([['hourly', 2]]), spread: costSpread(0.0625) })
      const decision = chooseByTarget(high, 0.95, 'aggressive')
      expect([decision.mode, modeReasonText(decision.reason)]).toEqual([
        'aggressive',
        'aggressive: projects 1,480 of 1,500 (99%), kept as the mode in force (under 99.5%, the quota less half its standard error of 15)'
      ])
      const higher = { ...high, costs: new Map([['hourly', 2.1]]) }
      expect(chooseByTarget(higher, 0.95, 'aggressive').mode).toBe('normal')
    })

    it('lists what each mode was allowed when none fits', () => {
      const decision = chooseByTarget(
        projection({ used: 1495, spread: costSpread(0.01) }),
        0.95,
        'conservative'
      )
      expect(modeReasonText(decision.reason)).toBe(
        'conservative: projects 1,505 of 1,500 (100%): no mode stays within what it is allowed (aggressive 99.7%, normal 100%, conservative 100%)'
      )
    })
  })

  describe('with zero remaining days', () => {
    const end = projection({ now: at('2025-12-01T00:00:00Z'), used: 1400 })

    it('projects the usage as it stands for every mode', () => {
      expect(chooseByTarget(end, 0.95).projections.map(p => p.projected)).toEqual([
        1400, 1400, 1400
      ])
    })

    it('is aggressive when the usage is within the target, conservative when not', () => {
      expect(chooseByTarget(end, 0.95).mode).toBe('aggressive')
      expect(chooseByTarget({ ...end, used: 1430 }, 0.95).mode).toBe('conservative')
    })
  })

  it('is conservative when usage is already over the quota', () => {
    const decision = chooseByTarget(projection({ used: 1700 }), 0.95, 'conservative')
    expect(decision.mode).toBe('conservative')
    expect(decision.projections.every(p => p.share > 1)).toBe(true)
  })
})

describe('modeInForce', () => {
  const schedules = (mode: Mode) => new Map([['hourly', HOURLY[0]!.schedules[mode]]])

  it('names the mode whose crons every workflow has', () => {
    expect(modeInForce(HOURLY, schedules('normal'))).toBe('normal')
  })

  it('is undefined for crons of no mode', () => {
    expect(modeInForce(HOURLY, new Map([['hourly', [{ cron: '5 5 * * *' }]]]))).toBeUndefined()
  })
})

describe('applyPolicy', () => {
  const start = at('2025-11-01T00:00:00Z')
  const day = (d: number) => new Date(start.getTime() + d * DAY)

  /**
   * Ten days at 2 a run and 5 a day of background: aggressive for days 0–2 (48 + 5 a day), normal since (4 + 5 a day),
   * as the changes in the state say.
   */
  function history(): { samples: UsageSample[]; changes: ScheduleChange[] } {
    const perDay = (d: number) => (d < 3 ? 24 : 2) * 2 + 5
    const samples: UsageSample[] = [{ at: day(0), used: 0 }]
    for (let d = 1; d <= 10; d++)
      samples.push({ at: day(d), used: samples[d - 1]!.used + perDay(d - 1) })
    const crons = (mode: Mode) => HOURLY[0]!.schedules[mode].map(e => e.cron)
    const change = (d: number, from: Mode, to: Mode): ScheduleChange => ({
      at: day(d).toISOString(),
      mode: to,
      workflow: 'hourly',
      path: '.github/workflows/hourly.yml',
      from: crons(from),
      to: crons(to),
      status: 'in-force'
    })
    return {
      samples,
      changes: [change(0, 'normal', 'aggressive'), change(3, 'aggressive', 'normal')]
    }
  }

  function input(overrides: Partial<PolicyInput> & { samples?: UsageSample[] } = {}): PolicyInput {
    const { samples, changes } = history()
    const kept = overrides.samples ?? samples
    const reading = kept[kept.length - 1]!
    const usage = assessUsage({
      quota: 1500,
      used: reading.used,
      resetDay: 1,
      now: reading.at,
      history: kept
    })
    return {
      usage,
      config: { ...CONFIG, policy: 'target' },
      history: kept,
      changes,
      current: new Map([['hourly', HOURLY[0]!.schedules.normal]]),
      reading,
      now: reading.at,
      ...overrides
    }
  }

  it('learns the cost per run and the background, then chooses by the target', () => {
    const { usage, report } = applyPolicy(input())
    const learned = report.costs.workflows[0]!
    expect([learned.costPerRun, learned.source]).toEqual([expect.closeTo(2, 6), 'learned'])
    expect(report.costs.background?.perDay).toBeCloseTo(5, 6)
    // Used 3 × 53 + 7 × 9 = 222; 20 days left from 2025-11-11: aggressive 222 + 20 × (48 + 5) = 1,282 ≤ 1,425.
    expect([usage.mode, modeReasonText(usage.modeReason)]).toEqual([
      'aggressive',
      'aggressive: projects 1,282 of 1,500 (85%), within the 95% target'
    ])
  })

  describe('with a period budget below the quota (DESIGN §13)', () => {
    it('aims under the budget, the tighter of the two, and says so', () => {
      const budgets = { period: { limit: 1000, unit: 'usage' as const } }
      const { usage } = applyPolicy(input({ config: { ...CONFIG, policy: 'target', budgets } }))
      // Aggressive projects 1,282: within the quota's 95% target, over the budget's 950.
      expect([usage.mode, modeReasonText(usage.modeReason)]).toEqual([
        'normal',
        'normal: projects 402 of the 1,000 period budget (40%); aggressive would project 1,282 (128%), over the 100% allowed'
      ])
    })

    it('aims under the quota when the budget is above it or in another unit', () => {
      for (const period of [
        { limit: 5000, unit: 'usage' as const },
        { limit: 10, unit: 'dollars' as const }
      ]) {
        const config = { ...CONFIG, policy: 'target' as const, budgets: { period } }
        expect(applyPolicy(input({ config })).usage.mode).toBe('aggressive')
      }
    })
  })

  it('keeps the threshold mode while learning, and says so', () => {
    const three = history().samples.slice(0, 3)
    const { usage, report } = applyPolicy(input({ samples: three }))
    const thresholds = assessUsage({
      quota: 1500,
      used: three[2]!.used,
      resetDay: 1,
      now: three[2]!.at,
      history: three
    })
    expect(report.decision?.projections).toEqual([])
    expect(usage.mode).toBe(thresholds.mode)
    expect(usage.modeReason).toEqual({
      rule: 'target-learning',
      note: 'learning (3 of 4 samples)',
      mode: thresholds.mode,
      thresholds: thresholds.modeReason
    })
    expect(modeReasonText(usage.modeReason)).toBe(
      `learning (3 of 4 samples): the thresholds choose ${thresholds.mode} (${modeReasonText(thresholds.modeReason)})`
    )
  })

  it('leaves the mode to the thresholds under the thresholds policy, still fitting the costs', () => {
    const base = input()
    const { usage, report } = applyPolicy({ ...base, policy: 'thresholds' })
    expect([usage, report.name, report.decision, report.costs.status]).toEqual([
      base.usage,
      'thresholds',
      undefined,
      'learned'
    ])
  })

  it('never overrides a forced mode', () => {
    const base = input()
    const forced = { ...base.usage, mode: 'conservative' as Mode, forced: true }
    expect(applyPolicy({ ...base, usage: forced }).usage.mode).toBe('conservative')
  })

  it('takes the policy from the config unless the input names one', () => {
    const base = input({ config: { ...CONFIG, policy: 'thresholds' } })
    expect(applyPolicy(base).report.name).toBe('thresholds')
    expect(applyPolicy({ ...base, policy: 'target' }).report.name).toBe('target')
  })
})

describe('the words the reports use', () => {
  const learned = (background: CostModel['background']): CostModel => ({
    status: 'learned',
    samples: 10,
    shape: 'shared',
    workflows: [],
    background
  })

  it('give the background one rate, or a weekday and a weekend rate once they differ', () => {
    expect(backgroundText(learned({ perDay: 9.8, standardError: 1.1 }))).toBe('9.80 ± 1.10 a day')
    const split = { perDay: 19.6, standardError: 1.2, weekend: { perDay: 5.1, standardError: 1.9 } }
    expect(backgroundText(learned(split))).toBe('19.6 ± 1.2 a weekday, 5.10 ± 1.90 a weekend day')
  })

  it('say that the target policy may go past its target as the projection firms up', () => {
    const report = { name: 'target' as const, target: 0.95, costs: learned(undefined) }
    expect(policyText(report)).toBe(
      'target (95% of the quota by the reset; up to the quota as the projection firms up)'
    )
  })
})
