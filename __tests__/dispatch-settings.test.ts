/** The inputs of `operation: dispatch` and `operation: resume` (DESIGN §12). */
import { describe, expect, it, test } from '@jest/globals'
import { ValidationError } from '../src/core/errors.js'
import { parseActionSettings } from '../src/settings.js'

const parse = (inputs: Record<string, string>) =>
  parseActionSettings(
    name => ({ token: 't', 'state-branch': 'orchestrator-state', ...inputs })[name] ?? ''
  )

function problemsOf(inputs: Record<string, string>): readonly string[] {
  try {
    parse(inputs)
  } catch (error) {
    if (error instanceof ValidationError) return error.problems
    throw error
  }
  throw new Error('expected the inputs to be refused')
}

describe('the dispatch operations’ inputs', () => {
  it('reads operation dispatch, and resume with its comma list of workflows', () => {
    expect(parse({ operation: 'dispatch' })).toMatchObject({ operation: 'dispatch', workflows: [] })
    expect(parse({ operation: 'Resume', workflows: 'nightly, weekly\nhourly' })).toMatchObject({
      operation: 'resume',
      workflows: ['nightly', 'weekly', 'hourly']
    })
  })

  it('reads resume without workflows as every paused workflow', () => {
    expect(parse({ operation: 'resume' })).toMatchObject({ operation: 'resume', workflows: [] })
  })

  test.each([
    [
      { operation: 'tick' },
      "input 'operation' must be apply, restore, dispatch, resume, audit, got 'tick'"
    ],
    [{ workflows: 'nightly' }, "input 'workflows' is read only by operation: resume"],
    [
      { operation: 'dispatch', 'state-branch': '' },
      "operation 'dispatch' keeps its records in the state, but input 'state-branch' is empty"
    ]
  ])('refuses %j', (inputs, problem) => {
    expect(problemsOf(inputs).join('\n')).toContain(problem)
  })
})
