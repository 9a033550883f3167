/** Dispatch mode in the config (DESIGN §12): the keys, their defaults, and the check against the workflow file. */
import { describe, expect, it, test } from '@jest/globals'
import { ValidationError } from '../src/core/errors.js'
import { dispatchLimits, parseDuration } from '../src/core/dispatch/dispatch-config.js'
import { parseConfig, readConfig } from '../src/core/schedule/config.js'
import { readCurrentWorkflows } from '../src/core/schedule/plan.js'

const FILE = '.github/orchestrator.yml'
const NIGHTLY = '.github/workflows/nightly.yml'
const SCHEDULES = `    schedules:
      aggressive: '0 */2 * * *'
      normal: '0 8 * * *'
      conservative: '0 8 * * 1'`

const config = (keys: string, top = '') => `${top}workflows:
  nightly:
    path: ${NIGHTLY}
${SCHEDULES}
${keys}`

const problemsOf = (text: string) => readConfig(text, FILE).problems

/** The problems readCurrentWorkflows lists for the config and the nightly file's text. */
function fileProblems(keys: string, text: string): readonly string[] {
  try {
    readCurrentWorkflows(parseConfig(config(keys), FILE), new Map([[NIGHTLY, text]]))
  } catch (error) {
    if (error instanceof ValidationError) return error.problems
    throw error
  }
  return []
}

const WORKFLOW = `name: Nightly
on:
  workflow_dispatch:
    inputs:
      mode:
        type: choice
        options: [quick, full]
        required: true
      dry:
        type: boolean
        default: false
jobs: {}
`

describe('dispatch mode in the config', () => {
  describe('when a workflow says nothing about it', () => {
    it('is run by its own crons and the tick limits are the defaults', () => {
      const read = parseConfig(config(''), FILE)
      expect(read.workflows[0]?.via).toBeUndefined()
      expect(read.workflows[0]?.dispatch).toBeUndefined()
      expect(dispatchLimits(read)).toEqual({ maxDispatches: 10, pauseAfterFailures: 3 })
    })
  })

  describe('when a workflow says via: dispatch', () => {
    it('defaults to no inputs, overlap skip and a one-hour catch-up', () => {
      const read = parseConfig(config('    via: dispatch\n'), FILE)
      expect(read.workflows[0]).toMatchObject({
        via: 'dispatch',
        dispatch: { inputs: {}, overlap: 'skip', catchUpMs: 3_600_000 }
      })
    })

    it('reads inputs as strings, overlap, catch-up and the top-level limits', () => {
      const keys =
        '    via: dispatch\n    inputs: { mode: full, dry: true, n: 3 }\n    overlap: allow\n    catch-up: 30m\n'
      const read = parseConfig(config(keys, 'max-dispatches: 4\npause-after-failures: 0\n'), FILE)
      expect(read.workflows[0]?.dispatch).toEqual({
        inputs: { mode: 'full', dry: 'true', n: '3' },
        overlap: 'allow',
        catchUpMs: 1_800_000
      })
      expect(dispatchLimits(read)).toEqual({ maxDispatches: 4, pauseAfterFailures: 0 })
    })
  })

  test.each([
    [
      '    via: queue\n',
      'workflows.nightly.via (line 8): must be one of cron, dispatch, got "queue"'
    ],
    [
      '    via: dispatch\n    overlap: never\n',
      'workflows.nightly.overlap (line 9): must be one of skip, allow'
    ],
    [
      '    via: dispatch\n    catch-up: 90s\n',
      'workflows.nightly.catch-up (line 9): must be a duration from 1m to 7d'
    ],
    [
      '    via: dispatch\n    catch-up: 8d\n',
      'must be a duration from 1m to 7d such as 30m, 2h or 1d, got "8d"'
    ],
    [
      '    via: dispatch\n    inputs: [a]\n',
      'workflows.nightly.inputs (line 9): must be a map of input name → value'
    ],
    [
      '    via: dispatch\n    inputs: { a: [1] }\n',
      'workflows.nightly.inputs.a (line 9): must be a string'
    ],
    [
      '    inputs: { a: b }\n',
      'workflows.nightly.inputs (line 8): is read only with via: dispatch'
    ],
    [
      '    via: cron\n    overlap: allow\n',
      'workflows.nightly.overlap (line 9): is read only with via: dispatch'
    ]
  ])('refuses %j', (keys, problem) => {
    expect(problemsOf(config(keys)).join('\n')).toContain(problem)
  })

  test.each([
    ['max-dispatches: 0\n', 'max-dispatches (line 1): must be a whole number ≥ 1, got 0'],
    [
      'pause-after-failures: 1.5\n',
      'pause-after-failures (line 1): must be a whole number ≥ 0, got 1.5'
    ],
    [
      'dispatches: 3\n',
      "unknown key 'dispatches'; expected one of: thresholds, workflows, policy, target"
    ]
  ])('refuses the top-level %j', (top, problem) => {
    expect(problemsOf(config('', top)).join('\n')).toContain(problem)
  })

  test.each([
    ['30m', 1_800_000],
    ['2h', 7_200_000],
    ['1d', 86_400_000],
    ['1h30m', undefined],
    ['', undefined]
  ])('reads the duration %j', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })
})

describe('a via: dispatch workflow against its file', () => {
  const given = '    via: dispatch\n    inputs: { mode: full }\n'

  it('accepts a file with the trigger, the declared inputs and no schedule', () => {
    expect(fileProblems(given, WORKFLOW)).toEqual([])
    const read = parseConfig(config(given), FILE)
    const current = readCurrentWorkflows(read, new Map([[NIGHTLY, WORKFLOW]]))
    expect(current.get('nightly')?.from).toEqual([])
  })

  it('accepts a scheduled file without the trigger when no inputs are given: the schedule PR adds it', () => {
    const text = "on:\n  schedule:\n    - cron: '0 3 * * *'\njobs: {}\n"
    expect(fileProblems('    via: dispatch\n', text)).toEqual([])
  })

  it('refuses a file without a workflow_dispatch trigger, naming the file and the config', () => {
    const text = "on:\n  schedule:\n    - cron: '0 3 * * *'\njobs: {}\n"
    expect(fileProblems(given, text)).toEqual([
      `${NIGHTLY}: managed as 'nightly' with via: dispatch, but it has no workflow_dispatch trigger — add \`workflow_dispatch:\` under \`on:\`, or set via: cron in the config`
    ])
  })

  it('refuses an input the trigger does not declare, and a missing required one', () => {
    expect(fileProblems('    via: dispatch\n    inputs: { speed: fast }\n', WORKFLOW)).toEqual([
      `config workflows.nightly.inputs.speed is not an input of ${NIGHTLY} (on.workflow_dispatch.inputs) — declared: mode, dry`,
      `${NIGHTLY} (on.workflow_dispatch.inputs) requires input 'mode' (no default), but config workflows.nightly.inputs does not give it`
    ])
  })

  test.each([
    [
      '{ mode: slow }',
      "config workflows.nightly.inputs.mode: 'slow' is not one of its options (quick, full)"
    ],
    [
      '{ mode: full, dry: maybe }',
      "config workflows.nightly.inputs.dry: 'maybe' is not true or false"
    ]
  ])('refuses the inputs %s', (inputs, problem) => {
    const problems = fileProblems(`    via: dispatch\n    inputs: ${inputs}\n`, WORKFLOW)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(problem)
    expect(problems[0]).toContain(`in ${NIGHTLY} (on.workflow_dispatch.inputs)`)
  })

  it('still needs a schedule on a via: cron workflow', () => {
    expect(fileProblems('', WORKFLOW).join('\n')).toContain(`${NIGHTLY}: no on.schedule`)
  })
})
