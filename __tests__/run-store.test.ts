/**
 * The run records kept on the state branch (DESIGN §10): merged run by run (a re-run replaces the earlier attempt),
 * listed spans joined, the windows still to list, bounded to 90 days / 500 runs a workflow and to the file size the
 * Contents API serves, and written compactly and read back exactly.
 */
import { describe, expect, it, test } from '@jest/globals'
import { ValidationError } from '../src/core/errors.js'
import { refusal, callsLeft, phaseCalls, totalCalls } from '../src/core/runs/call-budget.js'
import { type JobRecord, type RunRecord } from '../src/core/runs/records.js'
import {
  fitRunStore,
  NewerRunStoreError,
  parseRunStore,
  serializeRunStore
} from '../src/core/runs/run-store-json.js'
import {
  boundRecords,
  joinSpans,
  laterCopy,
  listedByPage,
  mergeRuns,
  mergeStores,
  newRunsFrom,
  runsAwaitingJobs,
  windowsToList,
  withJobs,
  type StoredRun,
  type WorkflowRecords
} from '../src/core/runs/run-store.js'

const PATH = '.github/workflows/nightly.yml'
const NOW = new Date('2024-02-22T16:00:00Z')
const DAY = 86_400_000

function run(id: number, createdAt: string, more: Partial<RunRecord> = {}): RunRecord {
  return {
    id,
    workflowId: 7,
    attempt: 1,
    event: 'schedule',
    branch: 'main',
    status: 'completed',
    conclusion: 'success',
    createdAt,
    startedAt: createdAt,
    updatedAt: new Date(Date.parse(createdAt) + 600_000).toISOString().replace('.000Z', 'Z'),
    ...more
  }
}

function job(r: RunRecord, id: number, more: Partial<JobRecord> = {}): JobRecord {
  const start = Date.parse(r.createdAt) + 10_000
  return {
    id,
    runId: r.id,
    attempt: r.attempt,
    name: 'build',
    labels: ['ubuntu-latest'],
    startedAt: new Date(start).toISOString().replace('.000Z', 'Z'),
    completedAt: new Date(start + 300_000).toISOString().replace('.000Z', 'Z'),
    conclusion: 'success',
    ...more
  }
}

const listedOnly = (r: RunRecord): StoredRun => ({ run: r, jobs: null })
const records = (more: Partial<WorkflowRecords> = {}): WorkflowRecords => ({
  path: PATH,
  listed: [],
  runs: [],
  ...more
})
const daysAgo = (days: number) =>
  new Date(NOW.getTime() - days * DAY).toISOString().replace('.000Z', 'Z')

describe('the run records', () => {
  describe('merging runs', () => {
    it('adds the runs it did not hold, newest first, and counts them', () => {
      const held = mergeRuns(records(), [listedOnly(run(1, daysAgo(3)))]).records
      const { records: merged, added } = mergeRuns(held, [
        listedOnly(run(1, daysAgo(3))),
        listedOnly(run(2, daysAgo(1))),
        listedOnly(run(3, daysAgo(2)))
      ])
      expect(added).toBe(2)
      expect(merged.runs.map(r => r.run.id)).toEqual([2, 3, 1])
      expect(merged.workflowId).toBe(7)
    })

    it('keeps the jobs of a finished run listed again', () => {
      const r = run(1, daysAgo(3))
      const held = withJobs(mergeRuns(records(), [listedOnly(r)]).records, 1, [job(r, 10)])
      const merged = mergeRuns(held, [listedOnly({ ...r })]).records
      expect(merged.runs[0]?.jobs?.map(j => j.id)).toEqual([10])
    })

    describe('when a run was re-run', () => {
      const first = run(1, daysAgo(3), { conclusion: 'failure' })
      const held = withJobs(mergeRuns(records(), [listedOnly(first)]).records, 1, [job(first, 10)])

      it('replaces the earlier attempt and forgets its jobs, to read the new attempt’s', () => {
        const again = run(1, daysAgo(3), {
          attempt: 2,
          status: 'in_progress',
          conclusion: null,
          updatedAt: daysAgo(1)
        })
        const { records: merged, added } = mergeRuns(held, [listedOnly(again)])
        expect(added).toBe(0)
        expect(merged.runs).toEqual([{ run: again, jobs: null }])
      })

      it('never goes back to an earlier attempt listed later', () => {
        const second = { run: run(1, daysAgo(3), { attempt: 2, updatedAt: daysAgo(1) }), jobs: [] }
        expect(laterCopy(second, listedOnly(first))).toBe(second)
      })
    })

    it('takes the copy updated last of the same attempt: a run that finished since', () => {
      const going = run(1, daysAgo(1), { status: 'in_progress', conclusion: null })
      const done = run(1, daysAgo(1), { updatedAt: daysAgo(0.5) })
      const merged = mergeRuns(mergeRuns(records(), [listedOnly(going)]).records, [
        listedOnly(done)
      ])
      expect(merged.records.runs[0]?.run.status).toBe('completed')
      expect(runsAwaitingJobs(merged.records).map(r => r.id)).toEqual([1])
    })
  })

  describe('listed spans', () => {
    test.each([
      [
        'overlapping',
        [
          [1, 5],
          [4, 9]
        ],
        [[1, 9]]
      ],
      [
        'touching',
        [
          [1, 5],
          [5, 9]
        ],
        [[1, 9]]
      ],
      [
        'apart',
        [
          [6, 9],
          [1, 5]
        ],
        [
          [1, 5],
          [6, 9]
        ]
      ],
      [
        'inside another',
        [
          [1, 9],
          [2, 3]
        ],
        [[1, 9]]
      ]
    ])('joins spans %s', (_name, spans, joined) => {
      const at = (d: number) => daysAgo(10 - d)
      const span = ([a, b]: number[]) => ({ from: at(a as number), to: at(b as number) })
      expect(joinSpans(spans.map(span))).toEqual(joined.map(span))
    })

    it('counts a whole window listed once its last page is read, else from the oldest run of the page', () => {
      const window = { from: daysAgo(30), to: daysAgo(0) }
      const page = [run(2, daysAgo(1)), run(1, daysAgo(4))]
      expect(listedByPage(window, page, true)).toEqual(window)
      expect(listedByPage(window, page, false)).toEqual({ from: daysAgo(4), to: daysAgo(0) })
      expect(listedByPage(window, [], false)).toBeUndefined()
    })
  })

  describe('the windows still to list', () => {
    it('is the whole analytics window the first time', () => {
      expect(windowsToList(records(), NOW, 30)).toEqual([
        { from: daysAgo(30), to: daysAgo(0), fresh: true }
      ])
    })

    it('starts the new runs at the newest run listed, so the query and its ETag stay the same', () => {
      const held = mergeRuns(records({ listed: [{ from: daysAgo(30), to: daysAgo(1) }] }), [
        listedOnly(run(1, daysAgo(2))),
        listedOnly(run(2, daysAgo(5)))
      ]).records
      expect(windowsToList(held, NOW, 30)).toEqual([
        { from: daysAgo(2), to: daysAgo(0), fresh: true }
      ])
    })

    describe('when the last query for new runs left its ETag', () => {
      const spans = [{ from: daysAgo(30), to: daysAgo(1) }]
      const etag = { from: daysAgo(30), value: 'W/"a"' }
      const daily = (count: number) =>
        Array.from({ length: count }, (_, i) => listedOnly(run(i + 1, daysAgo(1.5 + i * 0.5))))

      it('asks the same query again while it matches fewer than 50 runs, so that nothing new costs nothing', () => {
        const held = mergeRuns(records({ listed: spans, etag }), daily(49)).records
        expect(newRunsFrom(held, NOW)).toBe(daysAgo(30))
      })

      it('moves up to the newest run listed once it matches 50', () => {
        const held = mergeRuns(records({ listed: spans, etag }), daily(50)).records
        expect(newRunsFrom(held, NOW)).toBe(daysAgo(1.5))
      })
    })

    it('holds the new runs back to a run still going, for less than three days', () => {
      const spans = [{ from: daysAgo(30), to: daysAgo(0.1) }]
      const going = (id: number, days: number) =>
        listedOnly(run(id, daysAgo(days), { status: 'in_progress', conclusion: null }))
      const held = mergeRuns(records({ listed: spans }), [
        listedOnly(run(1, daysAgo(0.5))),
        going(2, 1),
        going(3, 4)
      ]).records
      expect(newRunsFrom(held, NOW)).toBe(daysAgo(1))
    })

    it('lists the holes a stopped run left and the older runs of a longer window, newest first', () => {
      const held = records({
        listed: [
          { from: daysAgo(20), to: daysAgo(12) },
          { from: daysAgo(8), to: daysAgo(1) }
        ]
      })
      expect(windowsToList(held, NOW, 30)).toEqual([
        { from: daysAgo(8), to: daysAgo(0), fresh: true },
        { from: daysAgo(12), to: daysAgo(8), fresh: false },
        { from: daysAgo(30), to: daysAgo(20), fresh: false }
      ])
      expect(windowsToList(held, NOW, 10).slice(1)).toEqual([
        { from: daysAgo(10), to: daysAgo(8), fresh: false }
      ])
    })
  })

  describe('bounds', () => {
    it('keeps the last 90 days and 500 runs a workflow, cutting the spans to match', () => {
      const runs = Array.from({ length: 700 }, (_, i) => listedOnly(run(i + 1, daysAgo(i * 0.1))))
      const held = mergeRuns(records({ listed: [{ from: daysAgo(200), to: daysAgo(0) }] }), runs)
      const bounded = boundRecords(held.records, NOW, { days: 90, runs: 500 })
      expect(bounded.runs).toHaveLength(500)
      expect(bounded.runs.at(-1)?.run.id).toBe(500)
      expect(bounded.listed).toEqual([{ from: daysAgo(90), to: daysAgo(0) }])
      const fewer = boundRecords(held.records, NOW, { days: 30, runs: 500 })
      expect(fewer.runs).toHaveLength(301)
    })

    it('keeps the file below the size the Contents API serves by dropping the oldest runs', () => {
      const runs = Array.from({ length: 400 }, (_, i) => {
        const r = run(i + 1, daysAgo(i * 0.2))
        return { run: r, jobs: [job(r, 1000 + i)] }
      })
      const store = { workflows: [mergeRuns(records(), runs).records] }
      const full = serializeRunStore(store)
      const { store: fitted, text } = fitRunStore(
        store,
        NOW,
        { days: 90, runs: 500 },
        full.length / 2
      )
      expect(text.length).toBeLessThanOrEqual(full.length / 2)
      const kept = fitted.workflows[0]?.runs ?? []
      expect(kept.length).toBeGreaterThan(150)
      expect(kept[0]?.run.id).toBe(1)
    })
  })

  it('merges the records of two runs that wrote at once, losing neither', () => {
    const r1 = run(1, daysAgo(3))
    const r2 = run(2, daysAgo(2))
    const theirs = {
      workflows: [
        withJobs(
          mergeRuns(records({ listed: [{ from: daysAgo(30), to: daysAgo(2) }] }), [listedOnly(r1)])
            .records,
          1,
          [job(r1, 10)]
        )
      ]
    }
    const ours = {
      workflows: [
        mergeRuns(
          records({
            listed: [{ from: daysAgo(3), to: daysAgo(0) }],
            etag: { from: daysAgo(3), value: 'W/"a"' }
          }),
          [listedOnly(r1), listedOnly(r2)]
        ).records
      ]
    }
    const merged = mergeStores(theirs, ours).workflows[0]
    expect(merged?.runs.map(r => [r.run.id, r.jobs?.length ?? null])).toEqual([
      [2, null],
      [1, 1]
    ])
    expect(merged?.listed).toEqual([{ from: daysAgo(30), to: daysAgo(0) }])
    expect(merged?.etag).toEqual({ from: daysAgo(3), value: 'W/"a"' })
  })

  describe('the file', () => {
    const r1 = run(8000161341, '2024-02-22T06:03:12Z', {
      attempt: 2,
      startedAt: '2024-02-22T13:00:05Z'
    })
    const r2 = run(8000161342, '2024-02-22T15:03:40Z', {
      status: 'in_progress',
      conclusion: null,
      branch: null,
      event: 'workflow_dispatch'
    })
    const r3 = run(8000161343, '2024-02-21T06:03:12Z')
    const jobs = [
      job(r1, 21863178446),
      job(r1, 21863178447, {
        name: 'test',
        labels: ['windows-latest'],
        attempt: 1,
        conclusion: 'failure'
      }),
      job(r1, 21863178448, { startedAt: null, completedAt: null, conclusion: null })
    ]
    const store = {
      workflows: [
        {
          path: PATH,
          workflowId: 7,
          listed: [{ from: '2024-01-23T16:00:00Z', to: '2024-02-22T16:00:00Z' }],
          etag: { from: '2024-02-22T06:03:12Z', value: 'W/"abc"' },
          runs: [
            { run: r2, jobs: null },
            { run: r1, jobs },
            { run: r3, jobs: [] }
          ]
        }
      ]
    }

    it('reads back exactly what was written: runs, jobs (none read vs none there), spans and the ETag', () => {
      const text = serializeRunStore(store)
      expect(parseRunStore(text, 'runs.json')).toEqual(store)
    })

    it('writes one run a line, times after the run’s creation, names and labels numbered once', () => {
      const text = serializeRunStore(store)
      expect(text.split('\n').filter(line => line.startsWith('    ['))).toHaveLength(3)
      const workflow = (JSON.parse(text) as { workflows: Array<Record<string, unknown>> })
        .workflows[0]
      expect(workflow?.names).toEqual(['build', 'test'])
      expect(workflow?.labels).toEqual([['ubuntu-latest'], ['windows-latest']])
      expect((workflow?.runs as unknown[][])[1]?.slice(6, 9)).toEqual([
        '2024-02-22T06:03:12Z',
        25013,
        600
      ])
    })

    test.each([
      ['not JSON', '{', /runs.json is not JSON/],
      ['no workflows', '{"version":1}', /should be an object with a workflows list/],
      [
        'a run with a bad time',
        '{"version":1,"workflows":[{"path":"a.yml","runs":[[1,1,"push",null,"completed","success","yesterday",0,0,null]]}]}',
        /runs.json workflows\[0\] runs\[0\]: created should be an ISO 8601 time, got "yesterday"/
      ],
      [
        'a job naming no name',
        '{"version":1,"workflows":[{"path":"a.yml","names":[],"labels":[[]],"runs":[[1,1,"push",null,"completed","success","2024-01-01T00:00:00Z",0,0,[[5,1,3,0,0,0,"success"]]]]}]}',
        /runs\[0\] jobs\[0\]: name should be an index into names, got 3/
      ]
    ])('names what is wrong in a file with %s', (_name, text, message) => {
      expect(() => parseRunStore(text, 'runs.json')).toThrow(ValidationError)
      expect(() => parseRunStore(text, 'runs.json')).toThrow(message)
    })

    it('leaves a file of a newer version alone', () => {
      expect(() => parseRunStore('{"version":2,"workflows":[]}', 'runs.json')).toThrow(
        NewerRunStoreError
      )
    })
  })
})

describe('the call budget', () => {
  const budget = (spent: number, left?: number) => ({
    limit: 10,
    spent: () => spent,
    rateLimitRemaining: () => left
  })

  test.each([
    [7, 2, undefined, undefined],
    [8, 2, undefined, 'call-budget'],
    [12, 0, undefined, 'call-budget'],
    [3, 0, 0, 'rate-limit'],
    [3, 0, 1, undefined],
    // What is kept back for the rest of the run is kept back from the rate limit too.
    [3, 4, 4, 'rate-limit'],
    [3, 4, 5, undefined]
  ])('with %i spent, %i kept back and %s rate limit left: %s', (spent, reserve, left, stop) => {
    expect(refusal(budget(spent, left), reserve)).toBe(stop)
  })

  it('never counts fewer than 0 calls left', () => {
    expect(callsLeft(budget(12), 2)).toBe(0)
    expect(callsLeft(budget(3), 2)).toBe(5)
  })

  it('counts a phase’s calls without its 304s, GraphQL apart', () => {
    const phase = phaseCalls(
      'Observe runs',
      { requests: 10, graphql: 2, notModified: 1 },
      { requests: 17, graphql: 2, notModified: 4 }
    )
    expect(phase).toEqual({ phase: 'Observe runs', calls: 4, graphql: 0, notModified: 3 })
    expect(totalCalls([phase, { ...phase, calls: 2, graphql: 1 }])).toEqual({
      calls: 6,
      graphql: 1,
      notModified: 6
    })
  })
})
