/**
 * The dispatch soak's oracle (scripts/soak/dispatch-oracle.ts) on made-up days: it must flag a second dispatch of one
 * occurrence and an occurrence a clean tick left undispatched, and nothing else — coalescing, a missed occurrence no
 * clean tick had in its window, a mode change.
 */
import { describe, expect, it } from '@jest/globals'
import { type FakeDispatch } from '../__fixtures__/github-fake/index.js'
import { cronInstants } from '../scripts/soak/cron-instants.js'
import {
  type DispatchPlan,
  type SoakWorkflow,
  type TickStep
} from '../scripts/soak/dispatch-plan.js'
import { judgeWorkflow } from '../scripts/soak/dispatch-oracle.js'

const HOURLY: SoakWorkflow = {
  id: 'hourly',
  path: '.github/workflows/hourly.yml',
  overlap: 'skip',
  catchUp: '1h',
  schedules: {
    aggressive: { cron: '7 * * * *' },
    normal: { cron: '7 */2 * * *' },
    conservative: { cron: '7 */4 * * *' }
  }
}

const at = (hhmm: string) => `2025-03-03T${hhmm}:00.000Z`

function plan(ticks: Array<[string, TickStep['mode'], TickStep['kind']?]>): DispatchPlan {
  return {
    sequence: 0,
    seed: 1,
    workflows: [HOURLY],
    steps: ticks.map(([time, mode, kind]) => ({ at: at(time), mode, kind: kind ?? 'tick' }))
  }
}

let runId = 0
const dispatch = (time: string, inputs: Record<string, unknown> = {}): FakeDispatch => ({
  workflowId: 1,
  path: HOURLY.path,
  ref: 'main',
  inputs,
  at: at(time).replace('.000Z', 'Z'),
  runId: ++runId
})

function judge(p: DispatchPlan, dispatches: FakeDispatch[], clean?: boolean[]) {
  return judgeWorkflow(p, HOURLY, {
    dispatches,
    clean: clean ?? p.steps.map(s => s.kind === 'tick'),
    base: 'main'
  })
}

describe('the dispatch soak oracle', () => {
  it('accepts each occurrence dispatched once, at the first tick after it', () => {
    const p = plan([
      ['10:00', 'aggressive'],
      ['10:10', 'aggressive'],
      ['11:05', 'aggressive'],
      ['11:10', 'aggressive']
    ])
    // The first tick takes its catch-up window: 09:07.
    const verdict = judge(p, [dispatch('10:00'), dispatch('10:10'), dispatch('11:10')])
    expect(verdict).toMatchObject({ due: 3, required: 3, lost: [], twice: [], dispatches: 3 })
  })

  it('flags a second dispatch of the same occurrence, by a later tick or the same one', () => {
    const p = plan([
      ['10:10', 'aggressive'],
      ['10:20', 'aggressive']
    ])
    expect(judge(p, [dispatch('10:10'), dispatch('10:20')]).twice).toEqual([
      Date.parse(at('10:20'))
    ])
    expect(judge(p, [dispatch('10:10'), dispatch('10:10')]).twice).toHaveLength(1)
  })

  it('flags an occurrence a clean tick left undispatched', () => {
    const p = plan([
      ['10:00', 'aggressive'],
      ['10:10', 'aggressive'],
      ['10:20', 'aggressive']
    ])
    expect(judge(p, [dispatch('10:00')]).lost).toEqual([Date.parse(at('10:07'))])
    // Dispatched only after its first clean tick: lost all the same.
    expect(judge(p, [dispatch('10:00'), dispatch('10:20')]).lost).toEqual([Date.parse(at('10:07'))])
  })

  it('lets a later tick dispatch what a faulty tick left, coalesced', () => {
    const p = plan([
      ['10:00', 'aggressive'],
      ['10:10', 'aggressive', 'kill'],
      ['10:20', 'aggressive']
    ])
    const verdict = judge(p, [dispatch('10:00'), dispatch('10:20')], [true, false, true])
    expect(verdict).toMatchObject({ required: 2, lost: [], twice: [] })
  })

  it('allows an occurrence to be missed when no clean tick had it inside the catch-up window', () => {
    const p = plan([
      ['10:00', 'aggressive'],
      ['10:10', 'aggressive', 'pair'],
      ['11:30', 'aggressive']
    ])
    // 10:07: the 10:10 ticks ran together, the next clean tick came after 11:07.
    const verdict = judge(p, [dispatch('10:00')], [true, false, true])
    expect(verdict).toMatchObject({
      due: 3,
      required: 2,
      outside: 1,
      lost: [Date.parse(at('11:07'))]
    })
  })

  it('takes the crons of the mode of the first tick at or after each occurrence', () => {
    // 13:07 is aggressive's only; the 13:10 tick runs conservative: nothing falls due there.
    const p = plan([
      ['12:50', 'aggressive'],
      ['13:10', 'conservative'],
      ['13:20', 'conservative']
    ])
    expect(judge(p, [dispatch('12:50')])).toMatchObject({ due: 1, lost: [], twice: [] })
    expect(judge(p, [dispatch('12:50'), dispatch('13:10')]).twice).toHaveLength(1)
  })

  it('flags a dispatch with other inputs than the config gives', () => {
    const p = plan([['10:10', 'aggressive']])
    expect(judge(p, [dispatch('10:10', { scope: 'full' })]).malformed).toHaveLength(1)
  })

  it('reads crons in their time zone', () => {
    const instants = cronInstants(
      { cron: '30 9 * * *', timezone: 'Asia/Kolkata' },
      Date.parse('2025-03-03T00:00:00Z'),
      Date.parse('2025-03-04T00:00:00Z')
    )
    expect(instants.map(t => new Date(t).toISOString())).toEqual(['2025-03-03T04:00:00.000Z'])
  })
})
