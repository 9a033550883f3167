import { describe, expect, it, test } from '@jest/globals'
import { cronProblems } from '../src/core/cron/cron.js'
import { expandStagger, staggerProblems, usesH } from '../src/core/cron/stagger.js'
import { parseConfig, type ManagedWorkflow } from '../src/core/schedule/config.js'
import { ValidationError } from '../src/core/errors.js'

const FILE = '.github/orchestrator.yml'

/** A config with one workflow per id, every mode on the same cron. */
function configText(ids: readonly string[], cron: string, extra = ''): string {
  const workflows = ids.map(
    id => `  ${id}:
    path: .github/workflows/${id}.yml
    schedules:
      aggressive: '${cron}'
      normal: '${cron}'
      conservative: '${cron}'
`
  )
  return `${extra}workflows:\n${workflows.join('')}`
}

function cronsOf(workflows: readonly ManagedWorkflow[]): Record<string, string> {
  return Object.fromEntries(workflows.map(w => [w.id, w.schedules.normal[0]?.cron ?? '']))
}

function minuteOf(cron: string): number {
  return Number(cron.split(' ')[0])
}

function problemsOf(text: string): readonly string[] {
  try {
    parseConfig(text, FILE)
  } catch (error) {
    if (error instanceof ValidationError) return error.problems
    throw error
  }
  throw new Error('expected the config to be refused')
}

const IDS = Array.from({ length: 20 }, (_, i) => `workflow-${i + 1}`)

describe('staggering with H', () => {
  describe('when the same config is read twice', () => {
    it('writes the same plain crons both times', () => {
      const text = configText(IDS, 'H H * * 1')
      const first = cronsOf(parseConfig(text, FILE).workflows)
      expect(cronsOf(parseConfig(text, FILE).workflows)).toEqual(first)
      expect(Object.values(first).every(cron => !usesH(cron))).toBe(true)
    })

    it('does not depend on the order the workflows are listed in', () => {
      const forward = cronsOf(parseConfig(configText(IDS, 'H * * * *'), FILE).workflows)
      const backward = cronsOf(
        parseConfig(configText([...IDS].reverse(), 'H * * * *'), FILE).workflows
      )
      expect(backward).toEqual(forward)
    })
  })

  describe("when 20 workflows share 'H * * * *'", () => {
    const crons = Object.values(cronsOf(parseConfig(configText(IDS, 'H * * * *'), FILE).workflows))

    it('gives each a minute of its own', () => {
      expect(new Set(crons.map(minuteOf)).size).toBe(20)
    })

    it('never picks minute 0', () => {
      expect(crons.map(minuteOf).filter(minute => minute === 0)).toEqual([])
    })

    it('writes plain crons GitHub accepts', () => {
      expect(crons.flatMap(cron => cronProblems(cron))).toEqual([])
      expect(crons.every(cron => /^\d+ \* \* \* \*$/.test(cron))).toBe(true)
    })
  })

  it('keeps a workflow on the same minute in every mode', () => {
    const text = `workflows:
  nightly:
    path: .github/workflows/nightly.yml
    schedules:
      aggressive: 'H */2 * * *'
      normal: ['H 8 * * *', 'H 20 * * *']
      conservative: 'H 8 * * 1'
`
    const [workflow] = parseConfig(text, FILE).workflows
    const minutes = Object.values(workflow?.schedules ?? {}).flatMap(entries =>
      entries.map(e => minuteOf(e.cron))
    )
    expect(new Set(minutes).size).toBe(1)
    expect(workflow?.schedules.aggressive[0]?.cron).toMatch(/^\d+ \*\/2 \* \* \*$/)
  })

  it('steers clear of the minutes plain crons of other workflows use', () => {
    const busy = { id: 'busy', schedules: { normal: [{ cron: '*/10 * * * *' }] } }
    const staggered = IDS.slice(0, 5).map(id => ({
      id,
      schedules: { normal: [{ cron: 'H * * * *' }] }
    }))
    const out = expandStagger([busy, ...staggered])
    const minutes = out.slice(1).map(w => minuteOf(w.schedules.normal[0]?.cron ?? ''))
    expect(minutes.filter(m => m % 10 === 0)).toEqual([])
    expect(out[0]).toEqual(busy)
  })

  it("keeps a workflow's H off the minutes of its own plain crons", () => {
    const ids = Array.from({ length: 10 }, (_, i) => `own-${i}`)
    const out = expandStagger(
      ids.map(id => ({
        id,
        schedules: { normal: [{ cron: '0-58/2 * * * *' }, { cron: 'H 8 * * *' }] }
      }))
    )
    const minutes = out.map(w => minuteOf(w.schedules.normal[1]?.cron ?? ''))
    expect(minutes.filter(m => m % 2 === 0)).toEqual([])
  })

  it('moves no workflow when one whose id sorts last joins', () => {
    const hourly = (ids: readonly string[]) =>
      cronsOf(
        expandStagger(
          ids.map(id => ({ id, schedules: { normal: [{ cron: 'H * * * *' }] } }))
        ) as ManagedWorkflow[]
      )
    const last = [...IDS].sort().at(-1)
    const before = hourly(IDS.filter(id => id !== last))
    const after = hourly(IDS)
    delete after[last ?? '']
    expect(after).toEqual(before)
  })

  describe('the forms', () => {
    const one = (cron: string, id = 'nightly'): string =>
      expandStagger([{ id, schedules: { normal: [{ cron }] } }])[0]?.schedules.normal[0]?.cron ?? ''

    it("gives 'H(0-0)' minute 0, the only one its range has", () => {
      expect(one('H(0-0) 8 * * *')).toBe('0 8 * * *')
    })

    it("picks a minute and an hour for 'H H * * 1'", () => {
      const fields = IDS.map(id => one('H H * * 1', id).split(' '))
      expect(
        fields.every(
          ([m, h, ...rest]) =>
            Number(m) >= 1 && Number(m) <= 59 && Number(h) <= 23 && rest.join(' ') === '* * 1'
        )
      ).toBe(true)
      expect(new Set(fields.map(([, h]) => h)).size).toBeGreaterThan(5)
    })

    it("runs 'H/15' four times an hour, 15 minutes apart, off minute 0", () => {
      const minutes = (one('H/15 * * * *').split(' ')[0] ?? '').split(',').map(Number)
      const [first = -1] = minutes
      expect(minutes).toEqual([first, first + 15, first + 30, first + 45])
      expect(first).toBeGreaterThanOrEqual(1)
      expect(first).toBeLessThanOrEqual(14)
    })

    it("keeps 'H(0-29)/10' inside its range", () => {
      const minutes = (one('H(0-29)/10 * * * *').split(' ')[0] ?? '').split(',').map(Number)
      expect(minutes).toHaveLength(3)
      expect(minutes.every(m => m >= 1 && m <= 29)).toBe(true)
      expect(minutes[1]! - minutes[0]!).toBe(10)
    })

    it("leaves the plain fields of 'H */3 * * *' alone", () => {
      expect(one('H */3 * * *')).toMatch(/^([1-9]|[1-5]\d) \*\/3 \* \* \*$/)
    })

    it("keeps 'H(9-17)' hours and a bare H day of month in days every month has", () => {
      const [, hour, day] = one('30 H(9-17) H * *').split(' ').map(Number)
      expect(hour).toBeGreaterThanOrEqual(9)
      expect(hour).toBeLessThanOrEqual(17)
      expect(day).toBeGreaterThanOrEqual(1)
      expect(day).toBeLessThanOrEqual(28)
    })

    it('never writes minute 0 for any of a hundred ids', () => {
      const minutes = Array.from({ length: 100 }, (_, i) => minuteOf(one('H 8 * * *', `id-${i}`)))
      expect(minutes.filter(m => m === 0)).toEqual([])
    })

    it('leaves a day name with an H in it alone', () => {
      expect(usesH('0 8 * * THU')).toBe(false)
      expect(one('15 8 * * THU')).toBe('15 8 * * THU')
    })
  })

  describe('with stagger: true', () => {
    const text = (stagger: string) =>
      configText(IDS.slice(0, 6), '0 8 * * *', stagger) +
      `  other:
    path: .github/workflows/other.yml
    schedules: { aggressive: '30 */2 * * *', normal: '30 8 * * *', conservative: '30 8 * * 1' }
`

    it('re-spreads the crons at minute 0 onto distinct minutes', () => {
      const crons = cronsOf(parseConfig(text('stagger: true\n'), FILE).workflows)
      const spread = IDS.slice(0, 6).map(id => minuteOf(crons[id] ?? ''))
      expect(new Set(spread).size).toBe(6)
      expect(spread.filter(m => m === 0 || m === 30)).toEqual([])
      expect(crons.other).toBe('30 8 * * *')
    })

    it('leaves them at minute 0 without the option', () => {
      const crons = cronsOf(parseConfig(text(''), FILE).workflows)
      expect(crons['workflow-1']).toBe('0 8 * * *')
    })

    it('refuses a value that is not true or false', () => {
      expect(problemsOf(text('stagger: yes please\n'))).toEqual([
        `${FILE}: stagger (line 1): must be true or false (re-spread crons at minute 0 of the managed workflows), got "yes please"`
      ])
    })
  })
})

describe('validating H forms', () => {
  test.each([
    [
      'H(30-10) * * * *',
      "minute 'H(30-10)' runs backwards (30 > 10); an H range must be written low to high, e.g. 'H(10-30)'"
    ],
    ['H/0 * * * *', "minute 'H/0' has a step of 0; a step must be at least 1"],
    ['H(0-99) * * * *', "minute 'H(0-99)' picks from 99, out of range 0–59"],
    [
      'H/3 * * * *',
      "minute 'H/3' runs every 3 minutes; GitHub runs schedules at most every 5 minutes — use a step of at least 5 (e.g. 'H/5')"
    ],
    ['H,30 * * * *', "minute 'H,30' mixes H into a list; H stands alone in its field"],
    ['h * * * *', "minute 'h' writes H in lower case; write 'H'"],
    [
      'H(5) * * * *',
      "minute 'H(5)' has no 'start-end' range inside H(…); write H, H(start-end), H/step or H(start-end)/step, e.g. 'H(0-29)'"
    ],
    ['H H(20-30) * * *', "hour 'H(20-30)' picks from 30, out of range 0–23"],
    ['H 8 * * 7', 'day of week 7 is out of range 0–6 (use 0 for Sunday)'],
    ['H 8 * *', 'expected 5 fields (minute hour day-of-month month day-of-week), got 4']
  ])("'%s' is refused: %s", (cron, message) => {
    expect(staggerProblems(cron)).toEqual([message])
  })

  it('names the config entry, its line and the cron', () => {
    const text = `workflows:
  nightly:
    path: .github/workflows/nightly.yml
    schedules:
      aggressive: 'H/0 * * * *'
      normal: 'H(30-10) 8 * * *'
      conservative: 'H 8 * * 1'
`
    expect(problemsOf(text)).toEqual([
      `${FILE}: workflows.nightly.schedules.aggressive (line 5): 'H/0 * * * *' — minute 'H/0' has a step of 0; a step must be at least 1`,
      `${FILE}: workflows.nightly.schedules.normal (line 6): 'H(30-10) 8 * * *' — minute 'H(30-10)' runs backwards (30 > 10); an H range must be written low to high, e.g. 'H(10-30)'`
    ])
  })

  it('accepts each documented form', () => {
    for (const cron of ['H */3 * * *', 'H H * * 1', 'H(0-29) 8 * * *', 'H/15 * * * *'])
      expect(staggerProblems(cron)).toEqual([])
  })
})
