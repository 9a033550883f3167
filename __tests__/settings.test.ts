import { describe, expect, it, test } from '@jest/globals'
import { ValidationError } from '../src/core/errors.js'
import { parseActionSettings } from '../src/settings.js'

const DEFAULTS: Record<string, string> = {
  token: 'ghs_example',
  mode: 'auto',
  quota: '1500',
  used: '',
  'reset-day': '1',
  config: '.github/orchestrator.yml',
  'dry-run': 'false',
  base: '',
  branch: 'orchestrator/schedules',
  'state-branch': 'orchestrator-state',
  labels: 'orchestrator',
  policy: ''
}

const parse = (inputs: Record<string, string>) =>
  parseActionSettings(name => ({ ...DEFAULTS, ...inputs })[name] ?? '')

function problemsOf(inputs: Record<string, string>): readonly string[] {
  try {
    parse(inputs)
  } catch (error) {
    if (error instanceof ValidationError) return error.problems
    throw error
  }
  throw new Error('expected the inputs to be refused')
}

describe('parseActionSettings', () => {
  it('reads the defaults of action.yml', () => {
    expect(parse({ used: '300' })).toEqual({
      operation: 'apply',
      workflows: [],
      restoreTo: undefined,
      delivery: 'pull-request',
      token: 'ghs_example',
      usage: { quota: 1500, used: 300, resetDay: 1, mode: 'auto' },
      config: '.github/orchestrator.yml',
      dryRun: false,
      failOnAlertError: false,
      base: '',
      branch: 'orchestrator/schedules',
      stateBranch: 'orchestrator-state',
      labels: ['orchestrator'],
      policy: undefined,
      maxApiCalls: 500,
      analyticsDays: 30,
      billing: { source: 'input', account: undefined, token: 'ghs_example' },
      fix: []
    })
  })

  test.each([
    ['target', 'target'],
    [' Thresholds ', 'thresholds'],
    ['', undefined]
  ])("reads policy '%s' as %s (empty: the config's)", (policy, expected) => {
    expect(parse({ policy }).policy).toBe(expected)
  })

  test.each([
    ['auto-merge', 'auto-merge'],
    [' Direct ', 'direct'],
    ['', 'pull-request']
  ])("reads delivery '%s' as %s", (delivery, expected) => {
    expect(parse({ delivery }).delivery).toBe(expected)
  })

  it('refuses an unknown delivery, naming the input and the choices', () => {
    expect(problemsOf({ delivery: 'merge' })).toEqual([
      "input 'delivery' must be one of pull-request, auto-merge, direct, got 'merge'"
    ])
  })

  it('leaves used undefined when empty, for the state to fill', () => {
    expect(parse({}).usage.used).toBeUndefined()
  })

  it('reads a forced mode, dry run, an empty state branch and several labels', () => {
    const s = parse({
      mode: 'Conservative',
      'dry-run': 'true',
      'state-branch': '',
      labels: 'orchestrator, quota'
    })
    expect([s.usage.mode, s.dryRun, s.stateBranch, s.labels]).toEqual([
      'conservative',
      true,
      '',
      ['orchestrator', 'quota']
    ])
  })

  describe('refuses bad values, naming the input and the value', () => {
    test.each([
      [{ quota: 'lots' }, "input 'quota' must be a number above 0, got 'lots'"],
      [{ quota: '0' }, "input 'quota' must be a number above 0, got '0'"],
      [{ quota: '-5' }, "input 'quota' must be a number above 0, got '-5'"],
      [{ used: '-1' }, "input 'used' must be a number ≥ 0, got '-1'"],
      [{ used: '1e3' }, "input 'used' must be a number ≥ 0, got '1e3'"],
      [
        { 'reset-day': '0' },
        "input 'reset-day' must be a whole day of the month from 1 to 31, got '0'"
      ],
      [
        { 'reset-day': '32' },
        "input 'reset-day' must be a whole day of the month from 1 to 31, got '32'"
      ],
      [
        { 'reset-day': '1.5' },
        "input 'reset-day' must be a whole day of the month from 1 to 31, got '1.5'"
      ],
      [
        { mode: 'turbo' },
        "input 'mode' must be one of auto, aggressive, normal, conservative, got 'turbo'"
      ],
      [{ 'dry-run': 'yes' }, "input 'dry-run' must be true or false, got 'yes'"],
      [{ branch: 'bad..name' }, "input 'branch' 'bad..name' is not a valid branch name"],
      [
        { 'state-branch': 'main', base: 'main' },
        "input 'state-branch' must differ from 'branch' and 'base', got 'main'"
      ],
      [
        { policy: 'greedy' },
        "input 'policy' must be one of thresholds, target (or empty for the config's), got 'greedy'"
      ],
      [
        { token: '' },
        "input 'token' is empty — pass a token with contents, pull-requests and issues write access"
      ]
    ])('%j', (inputs, message) => {
      expect(problemsOf(inputs)).toEqual([message])
    })

    it('lists every bad input at once', () => {
      expect(problemsOf({ quota: 'x', used: 'y', 'reset-day': 'z', mode: 'w' })).toHaveLength(4)
    })
  })
})
