/**
 * The observe-runs use case in process, over the local adapters (the recorded ionic-stencil runs, the records file on
 * disk): two runs that save at once lose nothing, an unreadable records file is started over, a newer one is left
 * alone, and the budget is honoured call by call.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from '@jest/globals'
import { recordedRuns } from '../src/adapters/local/recorded-runs.js'
import { stateFile } from '../src/adapters/local/state-file.js'
import { parseRunStore } from '../src/core/runs/run-store-json.js'
import { type StateStorage } from '../src/ports/state-storage.js'
import { type WorkflowRuns } from '../src/ports/workflow-runs.js'
import { recordRuns, type RecordRunsInput } from '../src/use-cases/observe-runs/record-runs.js'
import { corpusGuard } from '../__fixtures__/corpus-guard.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/runs/ionic-stencil-nightly-api')
const { describe: corpusDescribe } = corpusGuard(CORPUS)

const NIGHTLY = '.github/workflows/stencil-nightly.yml'
const NOW = new Date('2024-02-22T16:00:00Z')
const scratch = mkdtempSync(path.join(tmpdir(), 'observe-runs-'))
let files = 0

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The recorded runs, with every call that is not a 304 counted: the budget's meter. */
function counted(): { runs: WorkflowRuns; calls: () => number } {
  const inner = recordedRuns(CORPUS)
  let calls = 0
  const count = <T extends { notModified: boolean }>(answer: T) => {
    if (!answer.notModified) calls += 1
    return answer
  }
  return {
    runs: {
      listWorkflows: () => inner.listWorkflows(),
      listRuns: async (workflow, query) => count(await inner.listRuns(workflow, query)),
      listJobs: async (runId, etag) => count(await inner.listJobs(runId, etag))
    },
    calls: () => calls
  }
}

function input(calls: () => number, more: Partial<RecordRunsInput> = {}): RecordRunsInput {
  return {
    workflows: [{ id: 'nightly', path: NIGHTLY }],
    now: NOW,
    windowDays: 30,
    budget: { limit: 500, spent: calls },
    dryRun: false,
    ...more
  }
}

function recordsFile(text?: string): { file: string; storage: StateStorage } {
  const file = path.join(scratch, `runs-${++files}.json`)
  if (text !== undefined) writeFileSync(file, text)
  return { file, storage: stateFile(file) }
}

corpusDescribe('observing runs over the recorded runs', () => {
  it('reads the window’s runs and jobs within the budget, counting every call', async () => {
    const { runs, calls } = counted()
    const { storage, file } = recordsFile()
    const observed = await recordRuns({ runs, storage, name: 'runs.json' }, input(calls))
    expect(observed.report).toMatchObject({
      newRuns: 26,
      jobsRead: 26,
      calls: { runs: 1, jobs: 26 }
    })
    expect(observed.saved).toBe('written')
    const stored = parseRunStore(readFileSync(file, 'utf8'), 'runs.json')
    expect(stored.workflows[0]?.runs).toHaveLength(26)
    expect(observed.analytics.workflows[0]?.runs).toBe(26)
  })

  it('never calls past the limit less what saving needs', async () => {
    const { runs, calls } = counted()
    const { storage } = recordsFile()
    const observed = await recordRuns(
      { runs, storage, name: 'runs.json' },
      input(calls, { budget: { limit: 12, spent: calls } })
    )
    expect(calls()).toBe(10)
    expect(observed.report.stopped).toMatchObject({ reason: 'call-budget', step: 'jobs' })
    expect(observed.report.jobsRead).toBe(9)
  })

  it('merges with the records another run saved in between, losing neither run’s', async () => {
    const { storage, file } = recordsFile()
    const early = counted()
    await recordRuns(
      { runs: early.runs, storage, name: 'runs.json' },
      input(early.calls, { windowDays: 10 })
    )
    // Run A reads the records, then run B (a longer window) saves before A does.
    let raced = false
    const racing: StateStorage = {
      read: () => storage.read(),
      async write(text, version, message) {
        if (!raced) {
          raced = true
          const b = counted()
          await recordRuns(
            { runs: b.runs, storage, name: 'runs.json' },
            input(b.calls, { windowDays: 60 })
          )
        }
        return storage.write(text, version, message)
      }
    }
    const a = counted()
    const observed = await recordRuns(
      { runs: a.runs, storage: racing, name: 'runs.json' },
      input(a.calls, { windowDays: 20 })
    )
    expect(observed.saved).toBe('written')
    const stored = parseRunStore(readFileSync(file, 'utf8'), 'runs.json').workflows[0]
    expect(stored?.runs.length).toBeGreaterThan(observed.store.workflows[0]?.runs.length ?? 0)
    expect(stored?.listed).toEqual([{ from: '2023-12-24T16:00:00Z', to: '2024-02-22T16:00:00Z' }])
  })

  it('starts an unreadable records file over, saying so', async () => {
    const { runs, calls } = counted()
    const { storage, file } = recordsFile('{"version": 1, "workflows": [{"path": 3}]}')
    const observed = await recordRuns({ runs, storage, name: 'runs.json' }, input(calls))
    expect(observed.problems).toEqual([
      'Unreadable run records: runs.json workflows[0]: path should be a string, got 3 — it is written anew from what this run reads'
    ])
    expect(parseRunStore(readFileSync(file, 'utf8'), 'runs.json').workflows[0]?.runs).toHaveLength(
      26
    )
  })

  it('leaves a records file of a newer version alone and reads no runs', async () => {
    const { runs, calls } = counted()
    const text = '{"version": 2, "workflows": []}'
    const { storage, file } = recordsFile(text)
    const observed = await recordRuns({ runs, storage, name: 'runs.json' }, input(calls))
    expect(calls()).toBe(0)
    expect(observed.report.stopped?.message).toMatch(/runs.json has version 2; .* — left as it is/)
    expect(readFileSync(file, 'utf8')).toBe(text)
  })
})
