import { describe, expect, it, test } from '@jest/globals'
import { ValidationError } from '../src/core/errors.js'
import { parseActionSettings } from '../src/settings.js'

const parse = (inputs: Record<string, string>) =>
  parseActionSettings(name => ({ token: 'ghs_example', ...inputs })[name] ?? '')

function problemsOf(inputs: Record<string, string>): readonly string[] {
  try {
    parse(inputs)
  } catch (error) {
    if (error instanceof ValidationError) return error.problems
    throw error
  }
  throw new Error('expected the inputs to be refused')
}

describe('input fix', () => {
  test.each([
    ['', []],
    ['none', []],
    ['concurrency', ['concurrency']],
    ['concurrency, timeouts, throttle', ['concurrency', 'timeouts', 'throttle']],
    [' Throttle,\nCONCURRENCY ', ['concurrency', 'throttle']],
    ['timeouts,timeouts', ['timeouts']]
  ])("reads '%s' as %j", (fix, expected) => {
    expect(parse({ fix }).fix).toEqual(expected)
  })

  it('refuses an unknown value before any call, naming the input, what it got and the allowed values', () => {
    expect(problemsOf({ fix: 'concurrency, timeout, cancel' })).toEqual([
      "input 'fix' must be a comma list of concurrency, timeouts, throttle (or empty for none), got 'concurrency, timeout, cancel' — 'timeout', 'cancel' are not one of them"
    ])
  })

  test.each(['audit', 'dispatch', 'restore'])('is refused with operation %s', operation => {
    const extra: Record<string, string> =
      operation === 'audit' ? {} : { 'state-branch': 'orchestrator-state' }
    expect(problemsOf({ operation, fix: 'concurrency', ...extra })).toEqual([
      "input 'fix' is read only by operation: apply (the schedule pull request carries the fixes) — remove it or set operation: apply"
    ])
  })
})

describe('operation audit', () => {
  it('is an operation of its own, needing no state branch', () => {
    expect(parse({ operation: 'audit', 'state-branch': '' }).operation).toBe('audit')
  })

  it('is named among the operations when the input is unknown', () => {
    expect(problemsOf({ operation: 'lint' })).toEqual([
      "input 'operation' must be apply, restore, dispatch, resume, audit, got 'lint'"
    ])
  })
})
