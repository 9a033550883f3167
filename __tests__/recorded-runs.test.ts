/**
 * Recorded API JSON: the pure reader (core/runs/records.ts) on the real ionic-stencil recording, on pages printed back
 * to back as `gh api --paginate` prints them, and on broken files; and the local WorkflowRuns adapter, which must
 * answer as the GitHub adapter does over the same recording.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import type { GitHubFake } from '../__fixtures__/github-fake/index.js'
import { loadRecordedRuns, startGitHubFake } from '../__fixtures__/github-fake/index.js'
import { createClient } from '../src/adapters/github/client.js'
import { gitHubRuns } from '../src/adapters/github/workflow-runs.js'
import { recordedRuns } from '../src/adapters/local/recorded-runs.js'
import { ValidationError } from '../src/core/errors.js'
import { parseJobs, parseRecordedApi, parseRuns } from '../src/core/runs/records.js'
import { NotFoundError } from '../src/ports/errors.js'

const RUNS = path.resolve(process.cwd(), '../shared/corpus/runs')
const CORPUS = path.join(RUNS, 'ionic-stencil-nightly-api')
// CI has the corpus beside the clone and sets REQUIRE_CORPUS; elsewhere the recorded-run tests show as skipped.
const HAVE_CORPUS = existsSync(CORPUS)
if (!HAVE_CORPUS && process.env.REQUIRE_CORPUS)
  throw new Error(`the run corpus is missing at ${CORPUS}`)
const corpusIt = HAVE_CORPUS ? it : it.skip
const NIGHTLY = '.github/workflows/nightly.yml'
const NIGHTLY_YAML = `name: Nightly\non:\n  schedule:\n    - cron: '0 3 * * *'\n`
const running: GitHubFake[] = []
const scratch = mkdtempSync(path.join(tmpdir(), 'recorded-runs-'))

afterEach(async () => {
  for (const fake of running) expect(fake.violations).toEqual([])
  await Promise.all(running.splice(0).map(f => f.close()))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

async function fakeWith(options: Parameters<typeof startGitHubFake>[0]) {
  const fake = await startGitHubFake(options)
  running.push(fake)
  const client = createClient({
    token: 'test-token',
    baseUrl: fake.url,
    backoffMs: 1,
    writeSpacingMs: 0
  })
  return { fake, runs: gitHubRuns(client, { owner: fake.owner, repo: fake.repo }) }
}

/** The body GitHub's API answers for a path, as `gh api` would print it. */
async function page(fake: GitHubFake, pathAndQuery: string): Promise<string> {
  const response = await fetch(`${fake.url}${pathAndQuery}`, {
    headers: { authorization: 'token test-token' }
  })
  return response.text()
}

function write(name: string, text: string): string {
  const file = path.join(scratch, name)
  writeFileSync(file, text)
  return file
}

function thrown(work: () => unknown): Error {
  try {
    work()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected it to throw')
}

const run = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  workflow_id: 7,
  path: NIGHTLY,
  name: 'Nightly',
  event: 'schedule',
  head_branch: 'main',
  status: 'completed',
  conclusion: 'success',
  run_attempt: 1,
  created_at: `2024-01-0${id}T03:00:00Z`,
  run_started_at: `2024-01-0${id}T03:00:05Z`,
  updated_at: `2024-01-0${id}T03:09:00Z`,
  ...extra
})

describe('reading recorded API JSON (core/runs/records)', () => {
  describe('the ionic-stencil nightly recording (maps of id → API object)', () => {
    corpusIt('reads its 101 runs newest first, re-runs as their latest attempt', () => {
      const text = readFileSync(path.join(CORPUS, 'workflow_runs.json'), 'utf8')
      const runs = parseRuns(text, 'workflow_runs.json')
      const count = (c: string) => runs.filter(r => r.conclusion === c).length
      expect([runs.length, count('success'), count('failure'), count('cancelled')]).toEqual([
        101, 85, 14, 2
      ])
      const times = runs.map(r => Date.parse(r.createdAt))
      expect(times).toEqual([...times].sort((a, b) => b - a))
      expect(runs.find(r => r.id === 8000161341)).toEqual({
        id: 8000161341,
        workflowId: 50517269,
        attempt: 2,
        event: 'schedule',
        branch: 'main',
        status: 'completed',
        conclusion: 'failure',
        createdAt: '2024-02-22T06:03:12Z',
        startedAt: '2024-02-22T13:00:07Z',
        updatedAt: '2024-02-22T13:00:58Z'
      })
    })

    corpusIt('reads its 296 jobs with their runner labels and attempts', () => {
      const jobs = parseJobs(readFileSync(path.join(CORPUS, 'jobs.json'), 'utf8'), 'jobs.json')
      expect(jobs).toHaveLength(296)
      expect(jobs.find(j => j.id === 21863178446)).toEqual({
        id: 21863178446,
        runId: 8000161341,
        attempt: 2,
        name: 'build-core-with-stencil-nightly',
        labels: ['ubuntu-latest'],
        startedAt: '2024-02-22T13:00:17Z',
        completedAt: '2024-02-22T13:00:41Z',
        conclusion: 'failure'
      })
    })

    corpusIt('reads a verbatim list response (testgraal, 27 runs)', () => {
      const file = path.join(RUNS, 'small-samples', 'testgraal_list_workflow_runs_response.json')
      expect(parseRuns(readFileSync(file, 'utf8'), 'testgraal.json')).toHaveLength(27)
    })
  })

  describe('pages printed back to back by `gh api --paginate`', () => {
    it.each([
      ['with newlines between them', '\n'],
      ['with nothing between them', '']
    ])('reads every page %s, as the API answered them', async (_, between) => {
      const { fake, runs } = await fakeWith({ files: { [NIGHTLY]: NIGHTLY_YAML } })
      for (let day = 1; day <= 5; day += 1) {
        fake.addRun({
          workflow: NIGHTLY,
          conclusion: 'success',
          createdAt: `2024-01-0${day}T03:00:00Z`
        })
      }
      const runsPath = '/repos/octo-org/octo-repo/actions/workflows/nightly.yml/runs?per_page=2'
      const pages = await Promise.all([1, 2, 3].map(p => page(fake, `${runsPath}&page=${p}`)))
      const parsed = parseRuns(pages.join(between), 'runs.json')
      const window = { from: '2024-01-01', to: '2024-01-31', page: 1 }
      expect(parsed).toEqual((await runs.listRuns('nightly.yml', window)).items)
      expect(parsed).toHaveLength(5)
    })

    it('reads `--slurp` output (an array of pages), a bare array and jobs pages alike', () => {
      const slurped = JSON.stringify([
        { total_count: 3, workflow_runs: [run(3), run(2)] },
        { total_count: 3, workflow_runs: [run(1)] }
      ])
      expect(parseRuns(slurped, 'slurp.json').map(r => r.id)).toEqual([3, 2, 1])
      expect(parseRuns(JSON.stringify([run(1), run(2)]), 'bare.json').map(r => r.id)).toEqual([
        2, 1
      ])
      const job = (id: number) => ({
        id,
        run_id: 1,
        run_attempt: 1,
        name: `j${id}`,
        labels: [],
        started_at: null,
        completed_at: null,
        conclusion: null
      })
      const jobs = `{"total_count":3,"jobs":[${JSON.stringify(job(1))},${JSON.stringify(job(2))}]}{"total_count":3,"jobs":[${JSON.stringify(job(3))}]}`
      expect(parseJobs(jobs, 'jobs.json').map(j => j.name)).toEqual(['j1', 'j2', 'j3'])
    })

    it('keeps one copy of a run recorded twice: its latest attempt', () => {
      const text = [run(1), run(1, { run_attempt: 2, updated_at: '2024-01-02T00:00:00Z' })]
        .map(r => JSON.stringify({ total_count: 1, workflow_runs: [r] }))
        .join('\n')
      expect(parseRuns(text, 'runs.json').map(r => [r.id, r.attempt])).toEqual([[1, 2]])
    })

    it('names the workflows seen in runs when no workflow objects were recorded', () => {
      const text = JSON.stringify({ total_count: 1, workflow_runs: [run(1)] })
      expect(parseRecordedApi(text, 'runs.json').workflows).toEqual([
        { id: 7, path: NIGHTLY, name: 'Nightly', state: 'unknown' }
      ])
    })
  })

  describe('a file that is broken', () => {
    const first = JSON.stringify({ total_count: 2, workflow_runs: [run(2)] }, null, 2)

    it('names the line and column where the JSON of a later page breaks', () => {
      const broken = `${first}\n{"total_count": 2,\n "workflow_runs": [ {"id": 1,, } ]}\n`
      const error = thrown(() => parseRuns(broken, 'runs.json'))
      expect(error).toBeInstanceOf(ValidationError)
      const line = first.split('\n').length + 2
      expect(error.message).toMatch(
        new RegExp(
          `^runs\\.json is not the JSON GitHub's API prints: line ${line}, column 30: Expected double-quoted property name`
        )
      )
    })

    it('names the page’s line and the index of a run missing a field', () => {
      const text = `${first}\n${JSON.stringify({ total_count: 2, workflow_runs: [run(1), run(3, { created_at: undefined })] })}`
      const error = thrown(() => parseRuns(text, 'runs.json'))
      expect(error).toBeInstanceOf(ValidationError)
      const line = first.split('\n').length + 1
      expect(error.message).toContain(
        `runs.json line ${line}, workflow_runs[1]: created_at should be a string, got nothing`
      )
    })

    it('names the key of a map entry that is not an API object, and a page that never closes', () => {
      const map = JSON.stringify({ '1': run(1), '2': { id: 2, note: 'lost' } })
      expect(thrown(() => parseRuns(map, 'runs.json')).message).toContain(
        'runs.json line 1, ["2"]: not a workflow run, a job or a workflow'
      )
      const cut = `${first}\n{"total_count": 1, "workflow_runs": [`
      expect(thrown(() => parseRuns(cut, 'runs.json')).message).toContain(
        `line ${first.split('\n').length + 1}, column 1: this value is never closed`
      )
      expect(thrown(() => parseRuns(`${first}\nnull`, 'runs.json')).message).toContain(
        "column 1: expected an object or an array, found 'n'"
      )
    })
  })
})

describe('WorkflowRuns over recorded API JSON (adapters/local/recorded-runs)', () => {
  corpusIt('answers as the GitHub adapter does over the same recording', async () => {
    const local = recordedRuns(CORPUS)
    const { runs: github } = await fakeWith({ ...loadRecordedRuns(CORPUS), files: {} })
    expect(await local.listWorkflows()).toEqual(await github.listWorkflows())
    for (const window of [
      { from: '2024-01-01', to: '2024-01-31', page: 1 },
      { from: '2023-01-01', to: '2024-12-31', page: 2 },
      { from: '2024-02-01T00:00:00Z', to: '2024-02-10T12:00:00Z', page: 1 }
    ]) {
      const [mine, theirs] = [
        await local.listRuns('stencil-nightly.yml', window),
        await github.listRuns(50517269, window)
      ]
      expect([mine.items, mine.more, mine.total]).toEqual([theirs.items, theirs.more, theirs.total])
    }
    const rerun = 8000161341
    const [mine, theirs] = [await local.listJobs(rerun), await github.listJobs(rerun)]
    expect(mine.items).toEqual(theirs.items)
    expect(mine.items.map(j => j.attempt)).toEqual([2])
  })

  it('reads files and folders once, pages newest first, and keeps an ETag while the answer holds', async () => {
    const runsFile = write(
      'runs.json',
      [1, 2, 3].map(id => JSON.stringify({ total_count: 3, workflow_runs: [run(id)] })).join('')
    )
    const local = recordedRuns([runsFile])
    const window = { from: '2024-01-02', to: '2024-01-03', page: 1 }
    const first = await local.listRuns(NIGHTLY, window)
    expect([first.items.map(r => r.id), first.more, first.total]).toEqual([[3, 2], false, 2])
    expect(await local.listRuns('nightly.yml', { ...window, etag: first.etag })).toEqual({
      items: [],
      etag: first.etag,
      notModified: true,
      more: false,
      total: 2
    })
    expect((await local.listRuns(7, { ...window, etag: 'W/"old"' })).notModified).toBe(false)
  })

  it('says which path or workflow is missing', async () => {
    const gone = recordedRuns(path.join(scratch, 'nowhere'))
    await expect(gone.listWorkflows()).rejects.toThrow(NotFoundError)
    const local = recordedRuns(write('one.json', JSON.stringify([run(1)])))
    await expect(
      local.listRuns('other.yml', { from: '2024-01-01', to: '2024-01-31', page: 1 })
    ).rejects.toThrow('No workflow other.yml in the recording')
    await expect(local.listJobs(99)).rejects.toThrow('No run 99 in the recording')
    expect((await local.listJobs(1)).items).toEqual([])
  })
})
