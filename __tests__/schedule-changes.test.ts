import { describe, expect, it } from '@jest/globals'
import { type ManagedWorkflow } from '../src/core/schedule/config.js'
import { runsUnder, scheduleHistory } from '../src/core/schedule/schedule-history.js'
import { restoredWorkflows, restoreTargets } from '../src/core/state/restore.js'
import {
  inForceSince,
  reconcileChanges,
  settleChanges,
  type ProposedChange
} from '../src/core/state/schedule-changes.js'
import { type ScheduleChange } from '../src/core/state/state.js'

const HOURLY = '0 * * * *'
const TWICE = '0 8,20 * * *'
const DAILY = '0 8 * * *'

const day = (d: number) => new Date(Date.UTC(2025, 10, 1 + d))
const iso = (d: number) => day(d).toISOString()

const hn: ManagedWorkflow = {
  id: 'hn',
  path: '.github/workflows/hn.yml',
  schedules: {
    aggressive: [{ cron: HOURLY }],
    normal: [{ cron: TWICE }],
    conservative: [{ cron: DAILY }]
  }
}

function proposal(d: number, from: string, to: string, mode = 'aggressive'): ProposedChange {
  return { at: iso(d), mode, workflow: 'hn', path: hn.path, from: [from], to: [to] }
}

const proposed = (d: number, from: string, to: string, mode?: string): ScheduleChange => ({
  ...proposal(d, from, to, mode),
  status: 'proposed'
})

const base = (crons: string) => new Map([['hn', [crons]]])

describe('the life of a schedule change', () => {
  describe('when the base branch carries the proposal on a later run', () => {
    it('is in force from that run', () => {
      const changes = settleChanges([proposed(1, TWICE, HOURLY)], base(HOURLY), day(3))
      expect(changes).toEqual([
        { ...proposed(1, TWICE, HOURLY), status: 'in-force', inForceAt: iso(3) }
      ])
    })

    it('is in force even when the pull request is gone by then (merged, then its branch reset)', () => {
      const changes = reconcileChanges([proposed(1, TWICE, HOURLY)], {
        now: day(3),
        base: base(HOURLY),
        proposals: [],
        fresh: false
      })
      expect(changes.map(c => c.status)).toEqual(['in-force'])
    })
  })

  describe('while the pull request waits', () => {
    it('stays proposed, one record however many runs see it', () => {
      const run = {
        now: day(2),
        base: base(TWICE),
        proposals: [proposal(2, TWICE, HOURLY)],
        fresh: false
      }
      const changes = reconcileChanges([proposed(1, TWICE, HOURLY)], run)
      expect(changes).toEqual([proposed(1, TWICE, HOURLY)])
    })
  })

  describe('when a newer proposal replaces a pending one', () => {
    it('abandons the older one and records the newer as proposed', () => {
      const changes = reconcileChanges([proposed(1, TWICE, HOURLY)], {
        now: day(4),
        base: base(TWICE),
        proposals: [proposal(4, TWICE, DAILY, 'conservative')],
        fresh: false
      })
      expect(changes.map(c => [c.at, c.to[0], c.status, c.abandonedAt])).toEqual([
        [iso(1), HOURLY, 'abandoned', iso(4)],
        [iso(4), DAILY, 'proposed', undefined]
      ])
    })
  })

  describe('when the pull request was closed unmerged', () => {
    it('is abandoned once a run finds no pull request open', () => {
      const changes = reconcileChanges([proposed(1, TWICE, HOURLY)], {
        now: day(5),
        base: base(TWICE),
        proposals: [],
        fresh: false
      })
      expect(changes.map(c => [c.status, c.abandonedAt])).toEqual([['abandoned', iso(5)]])
    })

    it('is abandoned when the run opens a new pull request with the same change', () => {
      const changes = reconcileChanges([proposed(1, TWICE, HOURLY)], {
        now: day(5),
        base: base(TWICE),
        proposals: [proposal(5, TWICE, HOURLY)],
        fresh: true
      })
      expect(changes.map(c => [c.at, c.status])).toEqual([
        [iso(1), 'abandoned'],
        [iso(5), 'proposed']
      ])
    })
  })

  it('never touches a change in force or abandoned', () => {
    const done: ScheduleChange[] = [
      { ...proposed(1, DAILY, TWICE), status: 'in-force', inForceAt: iso(2) },
      { ...proposed(3, TWICE, HOURLY), status: 'abandoned', abandonedAt: iso(4) }
    ]
    const run = { now: day(6), base: base(HOURLY), proposals: [], fresh: false }
    expect(reconcileChanges(done, run)).toEqual(done)
  })
})

describe('scheduleHistory', () => {
  const history: ScheduleChange[] = [
    { ...proposed(1, TWICE, HOURLY), status: 'in-force', inForceAt: iso(2) },
    { ...proposed(3, HOURLY, DAILY), status: 'abandoned', abandonedAt: iso(5) },
    proposed(5, HOURLY, TWICE)
  ]

  it('takes only the changes that were in force, each from when the base carried it', () => {
    const spans = scheduleHistory(hn, history, hn.schedules.aggressive)
    expect(spans).toEqual([
      { since: -Infinity, entries: hn.schedules.normal },
      { since: day(2).getTime(), entries: hn.schedules.aggressive }
    ])
  })

  it('counts the runs of what ran, not of what was proposed', () => {
    const spans = scheduleHistory(hn, history, hn.schedules.aggressive)
    // Days 0–1 twice a day, days 2–6 hourly: the abandoned and the pending proposals ran nothing.
    expect(runsUnder(spans, day(0), day(7))).toBe(2 * 2 + 5 * 24)
  })
})

describe('inForceSince', () => {
  const merged: ScheduleChange = {
    ...proposed(1, TWICE, HOURLY),
    status: 'in-force',
    inForceAt: iso(3)
  }

  it('is when the last change the base carries took effect', () => {
    expect(inForceSince([merged, proposed(4, HOURLY, DAILY)], base(HOURLY))).toEqual(day(3))
  })

  it('is unknown when nothing was recorded in force', () => {
    expect(inForceSince([proposed(4, TWICE, DAILY)], base(TWICE))).toBeNull()
  })

  it('is unknown when the file was edited by hand since', () => {
    expect(inForceSince([merged], base(DAILY))).toBeNull()
  })

  it('reads a migrated change as in force from its `at`', () => {
    const migrated: ScheduleChange = { ...merged }
    delete migrated.inForceAt
    expect(inForceSince([migrated], base(HOURLY))).toEqual(day(1))
  })
})

describe('restore', () => {
  const recorded: ScheduleChange[] = [
    { ...proposed(1, TWICE, HOURLY), status: 'abandoned', abandonedAt: iso(2) },
    { ...proposed(2, TWICE, DAILY), status: 'in-force', inForceAt: iso(4) },
    { ...proposed(6, DAILY, HOURLY), status: 'in-force', inForceAt: iso(8) }
  ]

  it('goes back to the crons before the first recorded change: the backup', () => {
    expect(restoreTargets(recorded)).toEqual([{ workflow: 'hn', path: hn.path, crons: [TWICE] }])
  })

  it.each([
    ['before any change took effect', 3, TWICE],
    ['between two changes', 5, DAILY],
    ['after the last', 9, HOURLY]
  ])('at a time %s, goes back to the crons in force then', (_when, d, crons) => {
    expect(restoreTargets(recorded, day(d))[0]?.crons).toEqual([crons])
  })

  it('has nothing to restore when nothing is recorded', () => {
    expect(restoreTargets([])).toEqual([])
  })

  it('edits only the crons of the file, and names a file that is missing', () => {
    const text = `on:\n  schedule:\n    - cron: '${HOURLY}' # hourly\njobs: {}\n`
    const [w] = restoredWorkflows(restoreTargets(recorded), new Map([[hn.path, text]]), day(9))
    expect(w?.newText).toBe(`on:\n  schedule:\n    - cron: '${TWICE}' # hourly\njobs: {}\n`)
    expect(() => restoredWorkflows(restoreTargets(recorded), new Map(), day(9))).toThrow(
      `Cannot restore: ${hn.path}: file not found — it cannot be restored`
    )
  })
})
