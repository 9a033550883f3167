import { readFileSync } from 'node:fs'
import { describe, expect, it, test } from '@jest/globals'
import { parseConfig } from '../src/core/schedule/config.js'
import { ValidationError } from '../src/core/errors.js'

const FILE = '.github/orchestrator.yml'

function problemsOf(text: string): readonly string[] {
  try {
    parseConfig(text, FILE)
  } catch (error) {
    if (error instanceof ValidationError) return error.problems
    throw error
  }
  throw new Error('expected the config to be refused')
}

const workflow = (schedules: string) => `workflows:
  nightly:
    path: .github/workflows/nightly.yml
    schedules:
${schedules}
`
const THREE = `      aggressive: '0 */2 * * *'
      normal: ['0 8 * * *', '0 20 * * *']
      conservative:
        - cron: '0 8 * * 1'
          timezone: Europe/Berlin
`

describe('parseConfig', () => {
  describe('with a valid config', () => {
    it('reads one cron, a list, and {cron, timezone} items', () => {
      const config = parseConfig(workflow(THREE), FILE)
      expect(config.workflows).toEqual([
        {
          id: 'nightly',
          path: '.github/workflows/nightly.yml',
          schedules: {
            aggressive: [{ cron: '0 */2 * * *' }],
            normal: [{ cron: '0 8 * * *' }, { cron: '0 20 * * *' }],
            conservative: [{ cron: '0 8 * * 1', timezone: 'Europe/Berlin' }]
          }
        }
      ])
    })

    it('defaults the thresholds to 0.7 / 1.3 / 0.9', () => {
      expect(parseConfig(workflow(THREE), FILE).thresholds).toEqual({
        aggressiveBelow: 0.7,
        conservativeAbove: 1.3,
        alertAt: 0.9
      })
    })

    it('defaults to the threshold policy with a 95% target, and no declared costs', () => {
      const config = parseConfig(workflow(THREE), FILE)
      expect([config.policy, config.target, config.workflows[0]?.costPerRun]).toEqual([
        'thresholds',
        0.95,
        undefined
      ])
    })

    it('reads the target policy, its target and a cost per run', () => {
      const text = `policy: target\ntarget: 0.9\n${workflow(THREE)}    cost-per-run: 2.5\n`
      const config = parseConfig(text, FILE)
      expect([config.policy, config.target, config.workflows[0]?.costPerRun]).toEqual([
        'target',
        0.9,
        2.5
      ])
    })

    it('takes a cost per run of 0 and a target of 1', () => {
      const config = parseConfig(`target: 1\n${workflow(THREE)}    cost-per-run: 0\n`, FILE)
      expect([config.target, config.workflows[0]?.costPerRun]).toEqual([1, 0])
    })

    it('reads the example config with its six workflows', () => {
      const config = parseConfig(readFileSync('examples/.github/orchestrator.yml', 'utf8'), FILE)
      expect(config.workflows.map(w => w.id)).toEqual([
        'learn-tldr',
        'learn-hn',
        'idea-generator',
        'ai-idea-spawner',
        'ai-friend',
        'agent-spawner'
      ])
    })
  })

  describe('with problems', () => {
    test.each([
      [
        'a cron out of range, with its path in the file',
        workflow(THREE.replace("'0 20 * * *'", "'61 * * * *'")),
        `${FILE}: workflows.nightly.schedules.normal[1] (line 6): '61 * * * *' — minute 61 is out of range 0–59`
      ],
      [
        'a missing mode',
        workflow("      aggressive: '0 * * * *'\n      normal: '0 8 * * *'"),
        `${FILE}: workflows.nightly.schedules.conservative (line 2): missing: give at least one cron for the conservative mode`
      ],
      [
        'an unknown key',
        `thresholds: { agressive-below: 0.5 }\n${workflow(THREE)}`,
        `${FILE}: thresholds.agressive-below (line 1): unknown key 'agressive-below'; expected one of: aggressive-below, conservative-above, alert-at`
      ],
      [
        'a path outside .github/workflows/',
        workflow(THREE).replace('.github/workflows/nightly.yml', 'scripts/nightly.yml'),
        `${FILE}: workflows.nightly.path (line 3): 'scripts/nightly.yml' must be a .yml or .yaml file directly under .github/workflows/`
      ],
      [
        'a bad time zone',
        workflow(THREE.replace('Europe/Berlin', 'Mars/Base')),
        `${FILE}: workflows.nightly.schedules.conservative[0] (line 8): '0 8 * * 1' — timezone 'Mars/Base' is not an IANA time zone name (e.g. 'Europe/Berlin', 'America/New_York', 'UTC')`
      ],
      [
        'thresholds in the wrong order',
        `thresholds: { aggressive-below: 1.5, conservative-above: 1.3 }\n${workflow(THREE)}`,
        `${FILE}: thresholds (line 1): aggressive-below must be lower than conservative-above`
      ],
      [
        'no workflows',
        'thresholds: {}\n',
        `${FILE}: workflows: missing: list at least one workflow to manage, keyed by an id`
      ],
      [
        'an unknown policy',
        `policy: greedy\n${workflow(THREE)}`,
        `${FILE}: policy (line 1): must be one of thresholds, target, got "greedy"`
      ],
      [
        'a target above 1',
        `target: 1.2\n${workflow(THREE)}`,
        `${FILE}: target (line 1): must be a share of the quota above 0 and at most 1 (e.g. 0.95), got 1.2`
      ],
      [
        'a target of 0',
        `target: 0\n${workflow(THREE)}`,
        `${FILE}: target (line 1): must be a share of the quota above 0 and at most 1 (e.g. 0.95), got 0`
      ],
      [
        'a negative cost per run',
        `${workflow(THREE)}    cost-per-run: -1\n`,
        `${FILE}: workflows.nightly.cost-per-run (line 11): must be a number ≥ 0 (the quota one run consumes), got -1`
      ],
      [
        'a cost per run that is not a number',
        `${workflow(THREE)}    cost-per-run: lots\n`,
        `${FILE}: workflows.nightly.cost-per-run (line 11): must be a number ≥ 0 (the quota one run consumes), got "lots"`
      ],
      [
        'not YAML',
        'workflows: [\n',
        `${FILE}: not valid YAML (line 2): Flow sequence in block collection must be sufficiently indented and end with a ]`
      ]
    ])('names %s', (_name, text, expected) => {
      expect(problemsOf(text)[0]?.startsWith(expected)).toBe(true)
    })

    it('lists every problem at once', () => {
      const text = `colour: blue\n${workflow(THREE.replace("'0 */2 * * *'", "'@hourly'").replace("'0 8 * * *'", "'0 25 * * *'"))}`
      expect(problemsOf(text)).toHaveLength(3)
    })

    it.each([
      ['the same cron', "'0 8 * * *'", `'0 8 * * *' is already listed as normal[0]`],
      [
        'a cron that runs at the same times',
        "'00 8 * * *'",
        `'00 8 * * *' runs at the same times as '0 8 * * *' (normal[0])`
      ]
    ])(
      'refuses %s twice in one mode, naming the workflow, the mode and the cron',
      (_name, again, said) => {
        const text = workflow(THREE.replace("'0 20 * * *'", `'0 20 * * *', ${again}`))
        expect(problemsOf(text)).toEqual([
          `${FILE}: workflows.nightly.schedules.normal[2] (line 6): ${said} — list each cron once in the normal schedule of 'nightly'`
        ])
      }
    )

    it('takes one cron in two modes, and the same cron in two time zones', () => {
      const zones = `      aggressive: '0 8 * * *'\n      normal: '0 8 * * *'\n      conservative: ['0 8 * * *', {cron: '0 8 * * *', timezone: Asia/Tokyo}]\n`
      expect(parseConfig(workflow(zones), FILE).workflows[0]?.schedules.conservative).toEqual([
        { cron: '0 8 * * *' },
        { cron: '0 8 * * *', timezone: 'Asia/Tokyo' }
      ])
    })

    it.each([
      [
        'a workflow without schedules',
        'workflows:\n  nightly:\n    path: .github/workflows/nightly.yml\n',
        'workflows.nightly.schedules (line 2)'
      ],
      ['an unknown key holding a map', `extra:\n  a: 1\n${workflow(THREE)}`, 'extra (line 1)'],
      [
        'a workflow with a number for its id',
        workflow(THREE)
          .replace('nightly:', '7:')
          .replace(
            "      conservative:\n        - cron: '0 8 * * 1'\n          timezone: Europe/Berlin\n",
            ''
          ),
        'workflows.7.schedules.conservative (line 2)'
      ]
    ])('points %s at the line of its key', (_name, text, where) => {
      expect(problemsOf(text)[0]).toContain(`${FILE}: ${where}: `)
    })

    it('refuses two workflows managing the same file', () => {
      const text = `${workflow(THREE)}  again:\n    path: .github/workflows/nightly.yml\n    schedules:\n${THREE.replace(/^ {6}/gm, '      ')}`
      expect(problemsOf(text)).toEqual([
        `${FILE}: workflows.again.path (line 12): '.github/workflows/nightly.yml' is already managed as 'nightly'`
      ])
    })
  })
})
