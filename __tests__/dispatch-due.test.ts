/** What falls due in a dispatch tick (DESIGN §12): the pure core, no I/O. */
import { describe, expect, it, test } from '@jest/globals'
import { dueOccurrences } from '../src/core/dispatch/due.js'
import { planTick, LEASE_MS, type TickContext } from '../src/core/dispatch/tick-plan.js'
import { decide, tickRecord, withClaim } from '../src/core/dispatch/tick-claim.js'
import { runFacts } from '../src/core/dispatch/run-facts.js'
import { boundTicks, type TickRecord } from '../src/core/dispatch/tick-state.js'
import { type ManagedWorkflow } from '../src/core/schedule/config.js'
import { type ScheduleEntry } from '../src/core/schedule/schedule.js'
import { type RunRecord } from '../src/core/runs/records.js'

const HOUR = 3_600_000
const iso = (dates: readonly Date[]) => dates.map(d => d.toISOString())
const at = (text: string) => new Date(text)

function due(entries: ScheduleEntry[], last: string | undefined, now: string, catchUpMs = HOUR) {
  const found = dueOccurrences(entries, {
    last: last === undefined ? undefined : at(last),
    now: at(now),
    catchUpMs
  })
  return { due: iso(found.due), missed: iso(found.missed) }
}

function workflow(id: string, cron: string, extra: Partial<ManagedWorkflow['dispatch']> = {}) {
  const entries = [{ cron }]
  return {
    id,
    path: `.github/workflows/${id}.yml`,
    schedules: { aggressive: entries, normal: entries, conservative: entries },
    via: 'dispatch',
    dispatch: { inputs: {}, overlap: 'skip', catchUpMs: HOUR, ...extra }
  } as ManagedWorkflow
}

function context(workflows: ManagedWorkflow[], now: string, ticks: TickRecord[] = []): TickContext {
  return {
    dispatch: { ticks, paused: {}, resumed: {} },
    workflows,
    mode: 'normal',
    now: at(now),
    by: 'tick-b'
  }
}

describe('due occurrences', () => {
  describe('across an hour boundary', () => {
    it('takes the occurrences in (last tick, now], the one at now included, the one at the last tick not', () => {
      expect(
        due([{ cron: '*/15 * * * *' }], '2025-03-01T09:45:00Z', '2025-03-01T10:15:00Z')
      ).toEqual({
        due: ['2025-03-01T10:00:00.000Z', '2025-03-01T10:15:00.000Z'],
        missed: []
      })
    })
  })

  describe('across a day boundary', () => {
    it('finds the midnight occurrence of the next day', () => {
      expect(
        due([{ cron: '0 0 * * *' }], '2025-03-01T23:50:00Z', '2025-03-02T00:00:00Z').due
      ).toEqual(['2025-03-02T00:00:00.000Z'])
    })
  })

  describe('with a timezone key', () => {
    it('fires at the zone’s wall clock', () => {
      const entries = [{ cron: '30 8 * * *', timezone: 'Asia/Kolkata' }]
      expect(due(entries, '2025-03-01T02:55:00Z', '2025-03-01T03:05:00Z').due).toEqual([
        '2025-03-01T03:00:00.000Z'
      ])
    })

    it('moves with a clock change (DST: 08:00 Berlin is 07:00 UTC in winter, 06:00 UTC in summer)', () => {
      const entries = [{ cron: '0 8 * * *', timezone: 'Europe/Berlin' }]
      const twoDays = 2 * 24 * HOUR
      expect(due(entries, '2025-03-29T00:00:00Z', '2025-03-31T00:00:00Z', twoDays).due).toEqual([
        '2025-03-29T07:00:00.000Z',
        '2025-03-30T06:00:00.000Z'
      ])
    })

    it('runs a time the spring-forward skips once, at the new hour (02:30 Berlin on 30 March)', () => {
      const entries = [{ cron: '30 2 * * *', timezone: 'Europe/Berlin' }]
      expect(due(entries, '2025-03-30T00:00:00Z', '2025-03-30T02:00:00Z', 2 * HOUR).due).toEqual([
        '2025-03-30T01:00:00.000Z'
      ])
    })
  })

  describe('when the last tick is older than the catch-up window', () => {
    it('takes the window and reports the older occurrences as missed', () => {
      expect(due([{ cron: '0 * * * *' }], '2025-03-01T06:30:00Z', '2025-03-01T10:30:00Z')).toEqual({
        due: ['2025-03-01T10:00:00.000Z'],
        missed: ['2025-03-01T07:00:00.000Z', '2025-03-01T08:00:00.000Z', '2025-03-01T09:00:00.000Z']
      })
    })
  })

  describe('on the first tick', () => {
    it('takes the occurrences inside the catch-up window and reports none missed', () => {
      expect(due([{ cron: '0 * * * *' }], undefined, '2025-03-01T10:30:00Z', 2 * HOUR)).toEqual({
        due: ['2025-03-01T09:00:00.000Z', '2025-03-01T10:00:00.000Z'],
        missed: []
      })
    })
  })

  it('counts two entries firing at the same instant once', () => {
    const entries = [{ cron: '0 * * * *' }, { cron: '0 */2 * * *' }]
    expect(due(entries, '2025-03-01T09:30:00Z', '2025-03-01T10:30:00Z').due).toEqual([
      '2025-03-01T10:00:00.000Z'
    ])
  })
})

describe('planning a tick', () => {
  it('coalesces a workflow’s occurrences into one candidate and orders candidates oldest due first', () => {
    const plan = planTick(
      context(
        [workflow('b', '*/20 * * * *'), workflow('a', '50 * * * *')],
        '2025-03-01T10:30:00Z',
        [
          {
            from: null,
            to: '2025-03-01T09:30:00Z',
            claimedAt: '2025-03-01T09:30:00Z',
            by: 'x',
            workflows: []
          }
        ]
      )
    )
    expect(plan.candidates.map(c => [c.workflow.id, iso(c.occurrences)])).toEqual([
      ['b', ['2025-03-01T09:40:00.000Z', '2025-03-01T10:00:00.000Z', '2025-03-01T10:20:00.000Z']],
      ['a', ['2025-03-01T09:50:00.000Z']]
    ])
  })

  it('carries a deferred candidate into the next tick and marks it taken', () => {
    const deferred: TickRecord = {
      from: null,
      to: '2025-03-01T10:00:00Z',
      claimedAt: '2025-03-01T10:00:00Z',
      by: 'tick-a',
      workflows: [
        {
          workflow: 'a',
          path: '.github/workflows/a.yml',
          occurrences: ['2025-03-01T10:00:00.000Z'],
          status: 'deferred',
          reason: 'max-dispatches'
        }
      ]
    }
    const ctx = context([workflow('a', '0 * * * *')], '2025-03-01T10:10:00Z', [deferred])
    const plan = planTick(ctx)
    expect(plan.candidates.map(c => iso(c.occurrences))).toEqual([['2025-03-01T10:00:00.000Z']])
    const record = tickRecord(ctx, plan, [{ status: 'claimed' }])
    const claimed = withClaim(ctx.dispatch, plan.taken, record)
    expect(claimed.ticks.map(t => t.workflows.map(w => w.status))).toEqual([
      ['carried'],
      ['claimed']
    ])
  })

  it('takes over a claim never recorded once the lease has passed, and not before', () => {
    const claim: TickRecord = {
      from: null,
      to: '2025-03-01T10:00:00Z',
      claimedAt: '2025-03-01T10:00:00Z',
      by: 'tick-a',
      workflows: [
        { workflow: 'a', path: 'p', occurrences: ['2025-03-01T10:00:00.000Z'], status: 'claimed' }
      ]
    }
    const soon = new Date(Date.parse(claim.claimedAt) + LEASE_MS - 1000).toISOString()
    const later = new Date(Date.parse(claim.claimedAt) + LEASE_MS).toISOString()
    expect(planTick(context([workflow('a', '0 0 1 1 *')], soon, [claim])).recoveries).toEqual([])
    expect(planTick(context([workflow('a', '0 0 1 1 *')], later, [claim])).recoveries).toEqual([
      expect.objectContaining({ since: '2025-03-01T10:00:00Z' })
    ])
  })
})

describe('deciding a candidate', () => {
  const run = (id: number, status: string, conclusion: string | null, minute: number) =>
    ({
      id,
      status,
      conclusion,
      createdAt: `2025-03-01T09:${String(minute).padStart(2, '0')}:00Z`
    }) as RunRecord
  const candidate = {
    workflow: workflow('a', '0 * * * *'),
    occurrences: [at('2025-03-01T10:00:00Z')]
  }
  const rules = { budgetSpent: false, pauseAfterFailures: 3, slotsLeft: 1 }

  test.each([
    [
      'three failures in a row',
      [
        run(3, 'completed', 'failure', 3),
        run(2, 'completed', 'timed_out', 2),
        run(1, 'completed', 'failure', 1)
      ],
      { status: 'skipped', reason: 'paused' }
    ],
    [
      'a success after two failures',
      [
        run(3, 'completed', 'failure', 3),
        run(2, 'completed', 'success', 2),
        run(1, 'completed', 'failure', 1)
      ],
      { status: 'claimed' }
    ],
    [
      'a cancelled run inside the streak',
      [
        run(4, 'completed', 'failure', 4),
        run(3, 'completed', 'cancelled', 3),
        run(2, 'completed', 'failure', 2),
        run(1, 'completed', 'failure', 1)
      ],
      { status: 'skipped', reason: 'paused' }
    ],
    ['a queued run', [run(1, 'queued', null, 1)], { status: 'skipped', reason: 'overlap' }]
  ])('with %s', (_name, runs, decision) => {
    expect(decide(candidate, runFacts(runs), rules)).toEqual(decision)
  })

  it('does not count failures before a resume', () => {
    const runs = [
      run(3, 'completed', 'failure', 3),
      run(2, 'completed', 'failure', 2),
      run(1, 'completed', 'failure', 1)
    ]
    expect(runFacts(runs, '2025-03-01T09:02:30Z').failures).toBe(1)
  })

  it('lets overlap: allow dispatch beside a run in progress, and defers when no dispatch is left', () => {
    const allow = { ...candidate, workflow: workflow('a', '0 * * * *', { overlap: 'allow' }) }
    expect(decide(allow, runFacts([run(1, 'in_progress', null, 1)]), rules)).toEqual({
      status: 'claimed'
    })
    expect(decide(candidate, undefined, { ...rules, slotsLeft: 0 })).toEqual({
      status: 'deferred',
      reason: 'max-dispatches'
    })
    expect(decide(candidate, undefined, { ...rules, budgetSpent: true })).toEqual({
      status: 'skipped',
      reason: 'budget'
    })
  })
})

describe('keeping tick records bounded', () => {
  it('keeps the latest, the open ones and the newest 50 others of two days', () => {
    const tick = (i: number, status: 'dispatched' | 'claimed' = 'dispatched'): TickRecord => ({
      from: null,
      to: new Date(Date.parse('2025-03-01T00:00:00Z') + i * 600_000).toISOString(),
      claimedAt: '2025-03-01T00:00:00Z',
      by: `t${i}`,
      workflows: [{ workflow: 'a', path: 'p', occurrences: [], status }]
    })
    const ticks = [tick(0, 'claimed'), ...Array.from({ length: 99 }, (_, i) => tick(i + 1))]
    const kept = boundTicks(ticks, at('2025-03-01T17:00:00Z'))
    expect(kept).toHaveLength(52)
    expect(kept[0]?.by).toBe('t0')
    expect(kept.at(-1)?.by).toBe('t99')
  })
})
