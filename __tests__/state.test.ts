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
  to: ['0 */2 * * *'],
  status: 'proposed' as const
}

describe('state', () => {
  it('keeps unknown fields through a parse and a write', () => {
    const text = JSON.stringify({
      version: 2,
      owner: 'ops',
      samples: [{ at: '2025-11-01T00:00:00Z', used: 5, source: 'api' }],
      changes: []
    })
    const state = parseState(text, 'state.json')
    expect(JSON.parse(serializeState(state))).toEqual(JSON.parse(text))
  })

  describe('when the file is version 1', () => {
    const v1 = {
      version: 1,
      owner: 'ops',
      samples: [{ at: '2025-11-01T00:00:00Z', used: 5, source: 'api' }],
      changes: [
        {
          at: '2025-11-02T00:00:00.000Z',
          mode: 'aggressive',
          workflow: 'hn',
          path: '.github/workflows/hn.yml',
          from: ['0 8 * * *'],
          to: ['0 */2 * * *'],
          note: 'by hand'
        }
      ]
    }

    it('reads every change as in force from its `at`, as version 1 assumed', () => {
      const state = parseState(JSON.stringify(v1), 'state.json')
      expect(state.changes.map(c => [c.status, c.inForceAt ?? c.at])).toEqual([
        ['in-force', '2025-11-02T00:00:00.000Z']
      ])
    })

    it('writes it back as version 2 with nothing lost, unknown fields included', () => {
      const written = JSON.parse(serializeState(parseState(JSON.stringify(v1), 'state.json')))
      expect(written).toEqual({
        ...v1,
        version: 2,
        changes: [{ ...v1.changes[0], status: 'in-force' }]
      })
    })

    it('reads a file without a version as version 1', () => {
      const unversioned: Partial<typeof v1> = { ...v1 }
      delete unversioned.version
      expect(parseState(JSON.stringify(unversioned), 's').changes[0]?.status).toBe('in-force')
    })
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
        '{"version":3}',
        'Invalid state file: state.json: version must be 1 or 2, got 3'
      ],
      [
        'a version-2 change without a status',
        '{"version":2,"changes":[{"at":"2025-11-02T00:00:00Z","mode":"normal","workflow":"hn","path":"a.yml","from":["0 8 * * *"],"to":["0 9 * * *"]}]}',
        'Invalid state file: state.json: changes[0].status must be one of proposed, in-force, abandoned, got undefined'
      ],
      [
        'a change without its crons',
        '{"version":1,"changes":[{"at":"2025-11-02T00:00:00Z","mode":"normal","workflow":"hn","path":"a.yml","to":"0 9 * * *"}]}',
        'Invalid state file:\n  - state.json: changes[0].from must be a list of crons\n  - state.json: changes[0].to must be a list of crons'
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

  describe('when a run updates the status of a recorded change', () => {
    const inForce = {
      ...change,
      status: 'in-force' as const,
      inForceAt: '2025-11-04T00:00:00.000Z'
    }

    it('keeps one record of the change, with its new status', () => {
      const state = recordInState(recordInState(emptyState(), { changes: [change] }), {
        changes: [inForce]
      })
      expect(state.changes).toEqual([inForce])
    })

    it('never moves a status back when an older copy is merged in', () => {
      const base = recordInState(emptyState(), { changes: [change] })
      const newer = recordInState(base, { changes: [inForce] })
      const ours = recordInState(base, {
        changes: [{ ...change, status: 'abandoned', abandonedAt: '2025-11-03T00:00:00.000Z' }]
      })
      expect(mergeStates(newer, ours, base).changes).toEqual([inForce])
    })
  })
})
