import { describe, expect, it, test } from '@jest/globals'
import { parseConfig, type ManagedWorkflow } from '../src/core/config.js'
import {
  applyPolicy,
  chooseByTarget,
  holdShare,
  modeInForce,
  projectMode,
  type PolicyInput,
  type ProjectionInput
} from '../src/core/policy.js'
import { type Mode } from '../src/core/schedule.js'
import { type ScheduleChange } from '../src/core/state.js'
import { assessUsage, type UsageSample } from '../src/core/usage.js'

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
    expect(decision.reason).toBe(
      'normal: projects 1,040 of 1,500 (69%); aggressive would project 1,480 (99%)'
    )
  })

  it('says when aggressive fits the target', () => {
    expect(chooseByTarget(projection(), 0.95).reason).toBe(
      'aggressive: projects 1,240 of 1,500 (83%), within the 95% target'
    )
  })

  it('says when no mode fits', () => {
    const decision = chooseByTarget(projection({ used: 1600 }), 0.95)
    expect([decision.mode, decision.reason]).toEqual([
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
      expect([decision.mode, decision.reason]).toEqual([
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
      expect([decision.mode, decision.reason]).toEqual([
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
      to: crons(to)
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
    expect([usage.mode, usage.modeReason]).toEqual([
      'aggressive',
      'aggressive: projects 1,282 of 1,500 (85%), within the 95% target'
    ])
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
    expect(usage.modeReason).toBe(
      `learning (3 of 4 samples): the thresholds choose ${thresholds.mode} (${thresholds.modeReason})`
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
