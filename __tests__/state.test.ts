import { describe, expect, it, test } from '@jest/globals'
import {
  emptyState,
  latestSample,
  mergeStates,
  parseState,
  recordInState,
  serializeState
} from '../src/core/state/state.js'
import { ValidationError } from '../src/core/errors.js'

const change = {
  at: '2025-11-02T00:00:00.000Z',
  mode: 'aggressive',
  workflow: 'hn',
  path: '.github/workflows/hn.yml',
  from: ['0 8 * * *'],
  to: ['0 */2 * * *']
}

describe('state', () => {
  it('keeps unknown fields through a parse and a write', () => {
    const text = JSON.stringify({
      version: 1,
      owner: 'ops',
      samples: [{ at: '2025-11-01T00:00:00Z', used: 5, source: 'api' }],
      changes: []
    })
    const state = parseState(text, 'state.json')
    expect(JSON.parse(serializeState(state))).toEqual(JSON.parse(text))
  })

  describe('refuses a broken file, naming it', () => {
    test.each([
      ['not JSON', '{', 'Invalid state file: state.json is not valid JSON'],
      [
        'a bad sample',
        '{"samples":[{"at":"yesterday","used":-1}]}',
        'Invalid state file:\n  - state.json: samples[0].at must be an ISO 8601 time, got "yesterday"'
      ],
      [
        'another version',
        '{"version":2}',
        'Invalid state file: state.json: version must be 1, got 2'
      ]
    ])('%s', (_name, text, message) => {
      expect(() => parseState(text, 'state.json')).toThrow(ValidationError)
      expect(() => parseState(text, 'state.json')).toThrow(message)
    })
  })

  it('records samples and changes in time order, once each', () => {
    let state = recordInState(emptyState(), {
      samples: [{ at: new Date('2025-11-05T00:00:00Z'), used: 50 }]
    })
    state = recordInState(state, {
      samples: [{ at: new Date('2025-11-02T00:00:00Z'), used: 20 }],
      changes: [change, change]
    })
    expect(state.samples.map(s => s.used)).toEqual([20, 50])
    expect(state.changes).toEqual([change])
  })

  it('finds the latest sample of a window', () => {
    const state = recordInState(emptyState(), {
      samples: [
        { at: new Date('2025-10-30T00:00:00Z'), used: 900 },
        { at: new Date('2025-11-03T00:00:00Z'), used: 30 },
        { at: new Date('2025-11-04T00:00:00Z'), used: 45 }
      ]
    })
    expect(
      latestSample(state, new Date('2025-11-01T00:00:00Z'), new Date('2025-11-12T00:00:00Z'))?.used
    ).toBe(45)
    expect(
      latestSample(state, new Date('2025-11-05T00:00:00Z'), new Date('2025-11-12T00:00:00Z'))
    ).toBeUndefined()
  })

  it('merges what this run added into a newer copy after a conflict', () => {
    const base = recordInState(emptyState(), {
      samples: [{ at: new Date('2025-11-01T00:00:00Z'), used: 1 }]
    })
    const newer = recordInState(base, {
      samples: [{ at: new Date('2025-11-02T00:00:00Z'), used: 2 }]
    })
    const ours = recordInState(base, {
      samples: [{ at: new Date('2025-11-03T00:00:00Z'), used: 3 }],
      changes: [change]
    })
    const merged = mergeStates(newer, ours, base)
    expect([merged.samples.map(s => s.used), merged.changes]).toEqual([[1, 2, 3], [change]])
  })
})
