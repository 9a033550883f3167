import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it, test } from '@jest/globals'
import { parseConfig, type Config } from '../src/core/schedule/config.js'
import { ValidationError } from '../src/core/errors.js'
import { backgroundByHour } from '../src/simulate/background.js'
import { simulationSvg } from '../src/simulate/chart-svg.js'
import { seededRandom } from '../src/simulate/random.js'
import { parseScenario } from '../src/simulate/scenario.js'
import { simulationJson } from '../src/simulate/simulation-report.js'
import { buildWorld, replay, simulate } from '../src/simulate/simulator.js'
import { endOfDay, modeStrip, sparkline } from '../src/simulate/sparkline.js'

const FILE = 'x.yml'
const EXAMPLE_CONFIG = parseConfig(
  readFileSync('examples/.github/orchestrator.yml', 'utf8'),
  '.github/orchestrator.yml'
)

/** One workflow: 24 runs a day aggressive, 2 normal, 1 conservative. */
const HOURLY: Config = parseConfig(
  `workflows:
  hourly:
    path: .github/workflows/hourly.yml
    schedules: { aggressive: '0 * * * *', normal: '0 0,12 * * *', conservative: '0 0 * * *' }
`,
  'orchestrator.yml'
)

function problemsOf(text: string): readonly string[] {
  try {
    parseScenario(text, FILE)
  } catch (error) {
    if (error instanceof ValidationError) return error.problems
    throw error
  }
  throw new Error('expected the scenario to be refused')
}

const scenario = (yaml: string) => parseScenario(`period: 2025-11-01\n${yaml}`, FILE)

describe('parseScenario', () => {
  it('fills in the documented defaults', () => {
    expect(parseScenario('period: 2025-11-10\n', 'dir/quiet.yml')).toEqual({
      name: 'quiet',
      description: '',
      quota: 1500,
      resetDay: 1,
      period: new Date('2025-11-10T00:00:00Z'),
      startUsed: 0,
      seed: 1,
      initialMode: 'normal',
      orchestrator: { cron: '0 0 * * *', mergeDelayHours: 0 },
      costs: { default: 1, workflows: {}, noise: 0, declared: false },
      background: { perDay: 0, weekdays: [1, 1, 1, 1, 1, 1, 1], noise: 0, bursts: [], spikes: [] }
    })
  })

  it('reads every field', () => {
    const s = scenario(`quota: 3000
reset-day: 15
seed: 9
initial-mode: conservative
orchestrator: { cron: '30 6 * * *', merge-delay-hours: 8 }
costs: { default: 2, workflows: { agent: 9 }, noise: 0.3, declared: true }
background:
  per-day: 40
  weekdays: { sat: 0.1, sun: 0 }
  bursts: [{ from: 2025-11-10, days: 3, per-day: 70 }]
  spikes: [{ at: '2025-11-20T14:00:00Z', amount: 350 }]
`)
    expect([s.quota, s.resetDay, s.seed, s.initialMode, s.orchestrator]).toEqual([
      3000,
      15,
      9,
      'conservative',
      { cron: '30 6 * * *', mergeDelayHours: 8 }
    ])
    expect(s.costs).toEqual({ default: 2, workflows: { agent: 9 }, noise: 0.3, declared: true })
    expect(s.background.weekdays).toEqual([0, 1, 1, 1, 1, 1, 0.1])
    expect(s.background.bursts).toEqual([
      { from: new Date('2025-11-10T00:00:00Z'), days: 3, perDay: 70 }
    ])
  })

  describe('names the field of every problem', () => {
    test.each([
      [
        'background:\n  bursts:\n    - { from: 2025-11-02, days: 1, per-day: 5 }\n    - { from: 2025-11-10, days: 2, per-day: lots }',
        "x.yml: background.bursts[1].per-day must be a number ≥ 0, got 'lots'"
      ],
      ['quota: 0', 'x.yml: quota must be a number > 0, got 0'],
      ['reset-day: 32', 'x.yml: reset-day must be a whole number from 1 to 31, got 32'],
      ['seed: -1', 'x.yml: seed must be a whole number from 0 to 4294967295, got -1'],
      [
        'initial-mode: turbo',
        "x.yml: initial-mode must be one of aggressive, normal, conservative, got 'turbo'"
      ],
      ["orchestrator: { cron: '@daily' }", "x.yml: orchestrator.cron '@daily' — "],
      ['costs: { noise: 2 }', 'x.yml: costs.noise must be a number from 0 to 1, got 2'],
      ["costs: { declared: 'yes' }", "x.yml: costs.declared must be true or false, got 'yes'"],
      [
        'costs: { workflows: { agent: -2 } }',
        'x.yml: costs.workflows.agent must be a number ≥ 0, got -2'
      ],
      [
        'background: { weekdays: { funday: 2 } }',
        'x.yml: background.weekdays.funday is not a known field; expected one of: sun, mon, tue, wed, thu, fri, sat'
      ],
      [
        'background: { spikes: [{ at: soon, amount: 5 }] }',
        "x.yml: background.spikes[0].at must be an ISO 8601 date or time such as 2025-11-01, got 'soon'"
      ],
      [
        'background: { spikes: [{ at: 2025-11-03 }] }',
        'x.yml: background.spikes[0].amount is missing'
      ],
      ['colour: blue', 'x.yml: colour is not a known field; expected one of: name, description']
    ])('%s', (yaml, message) => {
      expect(problemsOf(`period: 2025-11-01\n${yaml}\n`)[0]?.startsWith(message)).toBe(true)
    })

    it('including a missing period', () => {
      expect(problemsOf('quota: 10\n')).toEqual([
        'x.yml: period is missing: give an ISO 8601 date or time such as 2025-11-01'
      ])
    })

    it('all at once', () => {
      expect(problemsOf('quota: x\nseed: y\nbackground: { per-day: z, noise: -1 }\n')).toHaveLength(
        5
      )
    })

    it('and the line of a YAML error', () => {
      expect(problemsOf('period: [\n')[0]).toMatch(/^x\.yml: is not valid YAML \(line 2\)/)
    })
  })

  it('refuses a cost for a workflow the config does not manage', () => {
    const s = scenario('costs: { workflows: { nightly: 2 } }')
    expect(() => buildWorld(s, HOURLY, FILE)).toThrow(
      'x.yml: costs.workflows.nightly names no managed workflow; the config has: hourly'
    )
  })
})

describe('seededRandom', () => {
  it('repeats itself for a seed and differs between seeds and salts', () => {
    const draw = (seed: number, salt: number) => {
      const r = seededRandom(seed, salt)
      return [r.next(), r.next(), r.normal()]
    }
    expect(draw(7, 0)).toEqual(draw(7, 0))
    expect(draw(7, 0)).not.toEqual(draw(8, 0))
    expect(draw(7, 0)).not.toEqual(draw(7, 1))
  })

  it('draws normals with mean 0 and standard deviation 1', () => {
    const r = seededRandom(1)
    const xs = Array.from({ length: 20_000 }, () => r.normal())
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length)
    expect([Number(mean.toFixed(1)), Number(sd.toFixed(1))]).toEqual([0, 1])
  })
})

describe('backgroundByHour', () => {
  const start = new Date('2025-11-01T00:00:00Z') // a Saturday
  const perDay = (hours: Float64Array, d: number) =>
    hours.slice(d * 24, d * 24 + 24).reduce((a, b) => a + b, 0)

  it('spreads the steady rate over the day, scaled by the weekday', () => {
    const hours = backgroundByHour(
      scenario('background: { per-day: 24, weekdays: { sat: 0.5 } }'),
      start,
      48
    )
    expect([hours[0], perDay(hours, 0), perDay(hours, 1)]).toEqual([0.5, 12, 24])
  })

  it('adds bursts over their days and spikes in their hour', () => {
    const hours = backgroundByHour(
      scenario(`background:
  bursts: [{ from: 2025-11-02, days: 1.5, per-day: 48 }]
  spikes: [{ at: '2025-11-01T05:30:00Z', amount: 100 }]`),
      start,
      96
    )
    expect([hours[5], perDay(hours, 1), perDay(hours, 2), perDay(hours, 3)]).toEqual([
      100, 48, 24, 0
    ])
  })
})

describe('replay', () => {
  const quiet = scenario('quota: 1000\n')

  it('charges every run its cost: always aggressive is 24 runs a day for 30 days', () => {
    const run = replay(buildWorld(quiet, HOURLY, FILE), 'always-aggressive')
    expect([run.usedAtReset, run.overage, run.hoursInMode.aggressive]).toEqual([720, 0, 720])
  })

  it('counts a schedule change each time the orchestrator asks for another mode', () => {
    const run = replay(buildWorld(quiet, HOURLY, FILE), 'thresholds')
    const asked = run.decisions.map(d => d.mode)
    const switches = asked.filter((m, i) => m !== (i === 0 ? 'normal' : asked[i - 1])).length
    expect(run.scheduleChanges).toBe(switches)
    expect(run.decisions).toHaveLength(30)
  })

  it('puts a change in force only once its pull request is merged', () => {
    const late = scenario('quota: 1000\norchestrator: { merge-delay-hours: 5 }\n')
    const run = replay(buildWorld(late, HOURLY, FILE), 'always-aggressive')
    expect(run.modeByHour.slice(0, 6)).toEqual([
      'normal',
      'normal',
      'normal',
      'normal',
      'normal',
      'aggressive'
    ])
    // Hour 0 fires the normal 00:00 run, hours 5–23 the aggressive ones: 1 + 19 on the first day.
    expect(run.usedByHour[23]).toBe(20)
  })

  it('replays the same way for a seed, and differently for another', () => {
    const noisy = scenario('costs: { noise: 0.2 }\nbackground: { per-day: 10, noise: 0.3 }\n')
    const shares = (seed: number) =>
      simulate(buildWorld({ ...noisy, seed }, EXAMPLE_CONFIG, FILE), [
        'thresholds',
        'target'
      ]).runs.map(r => r.usedAtReset)
    expect(shares(3)).toEqual(shares(3))
    expect(shares(3)).not.toEqual(shares(4))
  })

  it('learns the cost per run the scenario charges', () => {
    const twice = scenario('costs: { default: 2 }\nbackground: { per-day: 12 }\n')
    const run = replay(buildWorld(twice, EXAMPLE_CONFIG, FILE), 'target')
    expect(run.costs?.status).toBe('learned')
    expect(run.costs?.workflows[0]?.costPerRun).toBeCloseTo(2, 3)
    expect(run.costs?.background?.perDay).toBeCloseTo(12, 1)
  })
})

describe('the shipped scenarios on the example repository', () => {
  const files = readdirSync('examples/scenarios').filter(f => f.endsWith('.yml'))

  it('are at least six', () => {
    expect(files.length).toBeGreaterThanOrEqual(6)
  })

  describe.each(files)('%s', file => {
    const path = `examples/scenarios/${file}`
    const text = readFileSync(path, 'utf8')
    const sim = simulate(buildWorld(parseScenario(text, path), EXAMPLE_CONFIG, path), [
      'thresholds',
      'target'
    ])
    const [thresholds, target] = sim.runs

    it('opens with a comment that explains it', () => {
      expect(text.startsWith('# ')).toBe(true)
    })

    it('ends the target policy without overage', () => {
      expect(target?.overage).toBe(0)
    })

    it('ends the target policy at least as high as the thresholds, unless they overshot', () => {
      if (thresholds!.overage === 0)
        expect(target!.usedAtReset).toBeGreaterThanOrEqual(thresholds!.usedAtReset)
      else expect(target!.share).toBeLessThanOrEqual(1)
    })
  })
})

describe('views of a simulation', () => {
  const sim = simulate(buildWorld(scenario('quota: 1000\n'), HOURLY, FILE), [
    'thresholds',
    'target'
  ])

  it('draw one polyline per policy plus the ideal line, in well-formed SVG', () => {
    const svg = simulationSvg(sim, 0.95)
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.match(/<polyline /g)).toHaveLength(3)
    expect(svg).toContain('target 95%')
    expect(svg.match(/<(\w+)[\s>]/g)?.length).toBe((svg.match(/<\/\w+>|\/>/g) ?? []).length)
  })

  it('draw the legend above the plot, clear of the quota and target lines', () => {
    const svg = simulationSvg(sim, 0.95)
    const numbers = (re: RegExp) => [...svg.matchAll(re)].map(m => Number(m[1]))
    const legendBottoms = numbers(/<rect x="[\d.]+" y="([\d.]+)" width="10" height="10"/g).map(
      y => y + 10
    )
    const guideLines = numbers(/<line x1="[\d.]+" y1="([\d.]+)"[^>]*stroke-dasharray="6 4"/g)
    expect(legendBottoms).toHaveLength(6)
    expect(guideLines).toHaveLength(2)
    expect(Math.max(...legendBottoms)).toBeLessThan(Math.min(...guideLines))
  })

  it('spark from ▁ to █ and letter the mode of each day', () => {
    expect(sparkline([0, 50, 100, 150], 100)).toBe('▁▅██')
    expect(endOfDay(Array.from({ length: 48 }, (_, h) => h))).toEqual([23, 47])
    const modes = [...Array(13).fill('normal'), ...Array(11).fill('aggressive')]
    expect(modeStrip([...modes, ...Array(24).fill('conservative')])).toBe('NC')
  })

  it('give the JSON the benchmark reads', () => {
    const json = simulationJson(sim, FILE)
    expect(json.results.map(r => r.policy)).toEqual(['thresholds', 'target'])
    expect(json.ceilingPercent).toBe(72)
    expect(json.results[0]?.usedByDay).toHaveLength(30)
  })
})
