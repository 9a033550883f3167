/**
 * The tracker (DESIGN §11): predictions recorded for the runs a schedule is due to start before the next orchestrator
 * run, matched with the runs that answer them (created within 60 minutes after the occurrence), occurrences without a
 * run dropped once their hour is listed, the predictions kept with the runs in runs.json (bounded with them, merged
 * when two runs save at once), and the accuracy of the ones compared.
 */
import { describe, expect, it, test } from '@jest/globals'
import { type DurationPrediction } from '../src/core/forecast/duration-predictor.js'
import {
  HORIZON,
  MAX_AHEAD,
  occurrencesAhead,
  trackedAccuracy,
  trackingHorizon,
  trackPredictions,
  type TrackedWorkflow
} from '../src/core/forecast/tracking.js'
import { MATCH_WINDOW_MS, matchPredictions } from '../src/core/forecast/tracking-match.js'
import { type JobRecord, type RunRecord } from '../src/core/runs/records.js'
import { parseRunStore, serializeRunStore } from '../src/core/runs/run-store-json.js'
import {
  boundRecords,
  mergeStores,
  type RunStore,
  type StoredPrediction,
  type StoredRun,
  type WorkflowRecords
} from '../src/core/runs/run-store.js'

const PATH = '.github/workflows/nightly.yml'
const HOUR = 3_600_000
const DAY = 24 * HOUR
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')
/** A Tuesday, 16:00 UTC. */
const T = Date.parse('2024-02-20T16:00:00Z')
const NIGHTLY: TrackedWorkflow = {
  id: 'nightly',
  path: PATH,
  entries: [{ cron: '0 6 * * *' }],
  event: 'schedule'
}
const PREDICTION: DurationPrediction = {
  predicted: 600.04,
  low: 540.01,
  high: 700.06,
  confidence: 0.834,
  moreDataNeeded: false,
  runs: 20
}

function run(id: number, created: number, more: Partial<RunRecord> = {}): RunRecord {
  return {
    id,
    workflowId: 7,
    attempt: 1,
    event: 'schedule',
    branch: 'main',
    status: 'completed',
    conclusion: 'success',
    createdAt: iso(created),
    startedAt: iso(created),
    updatedAt: iso(created + 620_000),
    ...more
  }
}

function jobOf(r: RunRecord, seconds: number): JobRecord {
  const start = Date.parse(r.createdAt) + 5_000
  return {
    id: r.id * 10,
    runId: r.id,
    attempt: r.attempt,
    name: 'build',
    labels: ['ubuntu-latest'],
    startedAt: iso(start),
    completedAt: iso(start + seconds * 1000),
    conclusion: 'success'
  }
}

function prediction(due: number, more: Partial<StoredPrediction> = {}): StoredPrediction {
  return {
    due: iso(due),
    madeAt: iso(due - 14 * HOUR),
    predicted: 600,
    low: 540,
    high: 700,
    confidence: 0.83,
    ...more
  }
}

function records(
  runs: StoredRun[],
  predictions: StoredPrediction[] = [],
  listedTo = T
): WorkflowRecords {
  return {
    path: PATH,
    workflowId: 7,
    listed: [{ from: iso(T - 30 * DAY), to: iso(listedTo) }],
    runs: [...runs].sort((a, b) => Date.parse(b.run.createdAt) - Date.parse(a.run.createdAt)),
    ...(predictions.length ? { predictions } : {})
  }
}

const stored = (r: RunRecord, seconds?: number): StoredRun => ({
  run: r,
  jobs: seconds === undefined ? null : [jobOf(r, seconds)]
})
const store = (...workflows: WorkflowRecords[]): RunStore => ({ workflows })
const at = (ms: number) => new Date(ms)
/** 06:00 UTC of the day of T, and of the days around it. */
const SIX = Date.parse('2024-02-20T06:00:00Z')

describe('matching a prediction with its run', () => {
  it('takes the run created within 60 minutes after the occurrence', () => {
    const matched = matchPredictions([prediction(SIX)], [run(1, SIX + 3 * 60_000)], [], at(T))
    expect(matched).toMatchObject({ matched: 1, dropped: 0 })
    expect(matched.predictions[0]?.runId).toBe(1)
  })

  test.each([
    ['created before the occurrence', -60_000],
    ['created 60 minutes after it or later', MATCH_WINDOW_MS]
  ])('leaves a run %s unmatched', (_case, offset) => {
    const matched = matchPredictions([prediction(SIX)], [run(1, SIX + offset)], [], at(T))
    expect(matched.predictions).toEqual([prediction(SIX)])
  })

  it('matches each run once, the occurrences in time order', () => {
    const dues = [SIX, SIX + 5 * 60_000]
    const runs = [run(1, SIX + 6 * 60_000), run(2, SIX + 7 * 60_000)]
    const matched = matchPredictions(
      dues.map(d => prediction(d)),
      runs,
      [],
      at(T)
    )
    expect(matched.predictions.map(p => p.runId)).toEqual([1, 2])
  })

  it('does not match an occurrence still ahead, nor again one already matched', () => {
    const kept = [prediction(SIX - DAY, { runId: 9 }), prediction(T + HOUR)]
    const matched = matchPredictions(kept, [run(1, T + HOUR + 60_000)], [], at(T))
    expect(matched).toEqual({ predictions: kept, matched: 0, dropped: 0 })
  })

  it('drops the prediction of an occurrence with no run once every run of its hour is listed', () => {
    const listed = [{ from: iso(SIX - DAY), to: iso(SIX + MATCH_WINDOW_MS) }]
    expect(matchPredictions([prediction(SIX)], [], listed, at(T))).toEqual({
      predictions: [],
      matched: 0,
      dropped: 1
    })
    const short = [{ from: iso(SIX - DAY), to: iso(SIX + 30 * 60_000) }]
    expect(matchPredictions([prediction(SIX)], [], short, at(T)).predictions).toHaveLength(1)
  })
})

describe('the time until the next orchestrator run', () => {
  it('is 24 hours before any run recorded predictions', () => {
    expect(trackingHorizon(store(records([])), at(T))).toBe(HORIZON.first)
  })

  it('is as long as since the last run that recorded predictions', () => {
    const made = records([], [prediction(T + DAY, { madeAt: iso(T - 6 * HOUR) })])
    expect(trackingHorizon(store(made), at(T))).toBe(6 * HOUR)
  })

  test.each([
    ['an hour at least', T - 60_000, HOUR],
    ['7 days at most', T - 30 * DAY, 7 * DAY]
  ])('is %s', (_case, madeAt, horizon) => {
    const made = records([], [prediction(T + DAY, { madeAt: iso(madeAt) })])
    expect(trackingHorizon(store(made), at(T))).toBe(horizon)
  })
})

describe('the occurrences predicted', () => {
  it('are those until the next orchestrator run', () => {
    const dues = occurrencesAhead([{ cron: '0 */6 * * *' }], at(T), DAY)
    expect(dues.map(d => d.toISOString())).toEqual([
      '2024-02-20T18:00:00.000Z',
      '2024-02-21T00:00:00.000Z',
      '2024-02-21T06:00:00.000Z',
      '2024-02-21T12:00:00.000Z'
    ])
  })

  it('are at least the next one, however far off', () => {
    const dues = occurrencesAhead([{ cron: '0 6 * * 1' }], at(T), DAY)
    expect(dues.map(d => d.toISOString())).toEqual(['2024-02-26T06:00:00.000Z'])
  })

  it(`are at most ${MAX_AHEAD} a workflow`, () => {
    expect(occurrencesAhead([{ cron: '*/5 * * * *' }], at(T), DAY)).toHaveLength(MAX_AHEAD)
  })
})

describe('recording predictions', () => {
  const track = (s: RunStore, prediction = PREDICTION, workflow = NIGHTLY) =>
    trackPredictions(s, [workflow], at(T), () => prediction)

  it('records the next run’s prediction, rounded as the backtest rounds it', () => {
    const { store: after, facts } = track(store(records([])))
    expect(facts).toMatchObject({ horizonMs: DAY, recorded: 1, matched: 0, dropped: 0 })
    expect(after.workflows[0]?.predictions).toEqual([
      {
        due: '2024-02-21T06:00:00Z',
        madeAt: at(T).toISOString(),
        predicted: 600,
        low: 540,
        high: 700.1,
        confidence: 0.83
      }
    ])
  })

  it('replaces a prediction still ahead with this run’s, and keeps the one whose time has come', () => {
    const ahead = prediction(SIX + DAY, { predicted: 1, madeAt: iso(T - DAY) })
    const past = prediction(SIX, { predicted: 2, runId: 1 })
    const runs = [stored(run(1, SIX + 60_000), 600)]
    const { store: after } = track(store(records(runs, [past, ahead])))
    expect(after.workflows[0]?.predictions?.map(p => [p.due, p.predicted])).toEqual([
      [past.due, 2],
      [ahead.due, 600]
    ])
  })

  it('drops a prediction ahead that the crons in force no longer start', () => {
    const stale = prediction(Date.parse('2024-02-21T07:30:00Z'), { madeAt: iso(T - HOUR) })
    const { store: after } = track(store(records([], [stale])))
    expect(after.workflows[0]?.predictions?.map(p => p.due)).toEqual(['2024-02-21T06:00:00Z'])
  })

  it('records none for a workflow with fewer than 5 successful runs, and says so', () => {
    const sparse = { ...PREDICTION, moreDataNeeded: true }
    const { store: after, facts } = track(store(records([])), sparse)
    expect(after.workflows[0]?.predictions).toBeUndefined()
    expect(facts.moreDataNeeded).toEqual(['nightly'])
  })

  it('leaves out a workflow the records do not hold (GitHub does not know it)', () => {
    const { store: after } = track(store())
    expect(after.workflows).toEqual([])
  })

  it('matches the dispatches of a workflow the orchestrator dispatches, not its other runs', () => {
    const dispatched = { ...NIGHTLY, event: 'workflow_dispatch' }
    const runs = [
      stored(run(1, SIX + 60_000)),
      stored(run(2, SIX + 120_000, { event: 'workflow_dispatch' }))
    ]
    const { store: after } = track(store(records(runs, [prediction(SIX)])), PREDICTION, dispatched)
    expect(after.workflows[0]?.predictions?.[0]?.runId).toBe(2)
  })
})

describe('the accuracy of the predictions', () => {
  const compared = (r: RunRecord, seconds?: number) =>
    trackedAccuracy(
      store(records([stored(r, seconds)], [prediction(SIX, { runId: r.id })])),
      [NIGHTLY],
      at(T)
    )

  it('compares a run whose first attempt succeeded, its duration from its jobs', () => {
    const accuracy = compared(run(1, SIX + 60_000), 660)
    expect(accuracy.outcomes).toEqual([
      { prediction: { workflow: 'nightly', ...prediction(SIX, { runId: 1 }) }, actual: 660 }
    ])
    expect(accuracy.summary).toMatchObject({
      comparisons: 1,
      accuracyScore: 1,
      buckets: { excellent: 1, good: 0, fair: 0, poor: 0 },
      coverage: 1
    })
    expect(accuracy.summary.meanError).toBeCloseTo((60 / 660) * 100, 10)
  })

  test.each([
    ['a failed run', { conclusion: 'failure' }],
    ['a cancelled run', { conclusion: 'cancelled' }],
    ['a re-run', { attempt: 2 }]
  ])('does not compare %s', (_case, more) => {
    const accuracy = compared(run(1, SIX + 60_000, more), 660)
    expect([accuracy.outcomes, accuracy.notCompared]).toEqual([[], 1])
  })

  it('waits for a run still going', () => {
    const going = run(1, SIX + 60_000, { status: 'in_progress', conclusion: null })
    expect(compared(going)).toMatchObject({ outcomes: [], running: 1 })
  })

  it('counts the occurrences not matched yet, and lists the predictions ahead soonest first', () => {
    const s = store(
      records([], [prediction(SIX + DAY + HOUR), prediction(SIX + DAY), prediction(SIX)])
    )
    const accuracy = trackedAccuracy(s, [NIGHTLY], at(T))
    expect(accuracy.unmatched).toBe(1)
    expect(accuracy.ahead.map(p => p.due)).toEqual([iso(SIX + DAY), iso(SIX + DAY + HOUR)])
  })
})

describe('the predictions in the run records', () => {
  const matched = prediction(SIX, { runId: 1 })
  const ahead = prediction(SIX + DAY, { madeAt: iso(T) })

  it('are written compactly and read back exactly', () => {
    const s = store(records([stored(run(1, SIX + 60_000), 600)], [matched, ahead]))
    const text = serializeRunStore(s)
    expect(text).toContain(
      '"prediction":["due","madeBefore","predicted","low","high","confidence","runId"]'
    )
    expect(text).toContain(`"predictions":[["${matched.due}",50400,600,540,700,0.83,1]`)
    expect(parseRunStore(text, 'runs.json')).toEqual(s)
  })

  it('leave the file as it was when there are none', () => {
    const text = serializeRunStore(store(records([stored(run(1, SIX), 600)])))
    expect(text).not.toContain('prediction')
  })

  it('go with the runs: a matched one with its run, an unmatched one with its time', () => {
    const old = prediction(T - 100 * DAY)
    const gone = prediction(T - 50 * DAY, { runId: 2 })
    const bounded = boundRecords(
      records([stored(run(1, SIX + 60_000), 600)], [old, gone, matched, ahead]),
      at(T),
      { days: 90, runs: 500 }
    )
    expect(bounded.predictions).toEqual([matched, ahead])
  })

  it('of two runs that saved at once are merged: the matched ones first, then ours', () => {
    const theirs = store(records([], [matched, prediction(SIX + DAY, { predicted: 1 })]))
    const ours = store(records([], [prediction(SIX), ahead]))
    expect(mergeStores(theirs, ours).workflows[0]?.predictions).toEqual([matched, ahead])
  })
})
