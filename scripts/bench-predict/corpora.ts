// The real run corpora of ../shared/corpus/runs, each turned into the GitHub API's shape (run and job objects as
// `GET …/actions/runs` and `…/runs/{id}/jobs` return them) and read by the product's own parser, so the backtest sees
// exactly what it would see from a recording. Where a corpus lacks a field the API has, the conversion says what it
// put there (see each `note`).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  mergeRecordedApi,
  parseRecordedApi,
  type RecordedApi
} from '../../src/core/runs/records.js'
import { parseCsv, parseDelimited } from './csv.js'

export interface Corpus {
  name: string
  note: string
  api: RecordedApi
}

export interface SkippedCorpus {
  name: string
  skipped: string
}

type Json = Record<string, unknown>

interface RunFields {
  id: number
  workflowId: number
  name: string
  path?: string
  event: string
  branch: string | null
  conclusion: string | null
  createdAt: string
  startedAt?: string
  updatedAt: string
  attempt?: number
}

/** A run object as the REST API writes it (the fields the parser reads). */
function apiRun(r: RunFields): Json {
  return {
    id: r.id,
    name: r.name,
    path: r.path ?? r.name,
    workflow_id: r.workflowId,
    run_attempt: r.attempt ?? 1,
    event: r.event,
    head_branch: r.branch,
    status: 'completed',
    conclusion: r.conclusion,
    created_at: r.createdAt,
    run_started_at: r.startedAt ?? r.createdAt,
    updated_at: r.updatedAt
  }
}

function parsed(runs: Json[], source: string, jobs: Json[] = []): RecordedApi {
  return parseRecordedApi(JSON.stringify({ workflow_runs: runs, jobs }), source)
}

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * Corpora without timestamps (run ids only grow with time): the runs are laid end to end in run-id order, each
 * starting a second after the one before ended, so "completed before" is "earlier by run id", as the README allows.
 */
function endToEnd<T extends { id: number; seconds: number }>(
  rows: T[]
): Array<T & { createdAt: string; updatedAt: string }> {
  let t = Date.parse('2023-01-01T00:00:00Z')
  return [...rows]
    .sort((a, b) => a.id - b.id)
    .map(row => {
      const createdAt = iso(t)
      t += row.seconds * 1000
      const updatedAt = iso(t)
      t += 1000
      return { ...row, createdAt, updatedAt }
    })
}

/** One number per distinct key, in first-seen order. */
function idsOf(keys: readonly string[]): Map<string, number> {
  const ids = new Map<string, number>()
  for (const key of keys) if (!ids.has(key)) ids.set(key, ids.size + 1)
  return ids
}

function msr(dir: string): Corpus {
  const rows = parseCsv(readFileSync(join(dir, 'runs_flat.csv'), 'utf8')).filter(
    r => r.run_duration_ms !== '' && r.run_duration_ms !== 'None'
  )
  const key = (r: Record<string, string>) => `${r.repo} ${r.workflow_path}`
  const ids = idsOf(rows.map(key))
  const timed = endToEnd(
    rows.map(r => ({ r, id: Number(r.run_id), seconds: Number(r.run_duration_ms) / 1000 }))
  )
  const runs = timed.map(({ r, id, createdAt, updatedAt }) =>
    apiRun({
      id,
      workflowId: ids.get(key(r)) as number,
      name: key(r),
      path: r.workflow_path,
      event: r.event ?? '',
      branch: r.branch || null,
      conclusion: r.conclusion || null,
      createdAt,
      updatedAt
    })
  )
  const note = `run_duration_ms as updated_at − run_started_at; no timestamps (runs laid end to end by run id); ${
    rows.length
  } runs with a duration`
  return { name: 'reruns-of-gha-msr', note, api: parsed(runs, 'reruns-of-gha-msr') }
}

function runart(dir: string): Corpus {
  const rows = parseDelimited(readFileSync(join(dir, 'metrics_runs.tsv'), 'utf8'), '\t').filter(
    row => row.length >= 5 && /^\d+$/.test(row[0] as string)
  )
  const ids = idsOf(rows.map(row => row[1] as string))
  const timed = endToEnd(rows.map(row => ({ row, id: Number(row[0]), seconds: Number(row[4]) })))
  const runs = timed.map(({ row, id, createdAt, updatedAt }) => ({
    ...apiRun({
      id,
      workflowId: ids.get(row[1] as string) as number,
      name: row[1] as string,
      event: 'unknown',
      branch: null,
      conclusion: row[3] || null,
      createdAt,
      updatedAt
    }),
    status: row[2]
  }))
  const note =
    'duration_s as updated_at − run_started_at; no event, branch or timestamps (laid end to end by run id)'
  return { name: 'runart-foundry', note, api: parsed(runs, 'runart-foundry') }
}

const BITCOIN_STATUS: Record<string, string> = {
  COMPLETED: 'success',
  FAILED: 'failure',
  ABORTED: 'cancelled'
}

function bitcoin(dir: string): Corpus {
  const runRows = parseCsv(readFileSync(join(dir, 'runs_derived.csv'), 'utf8'))
  const jobRows = parseCsv(readFileSync(join(dir, 'jobs.csv'), 'utf8'))
  const runs = runRows.map(r =>
    apiRun({
      id: Number(r.run_id),
      workflowId: 1,
      name: 'CI',
      event: 'unknown',
      branch: r.head_branch || null,
      conclusion: BITCOIN_STATUS[r.run_status as string] ?? null,
      createdAt: r.run_created_at as string,
      updatedAt: r.last_job_completed_at as string
    })
  )
  const jobs = jobRows.map(j => ({
    id: Number(j.job_id),
    run_id: Number(j.run_id),
    run_attempt: 1,
    name: j.job_name,
    labels: [],
    started_at: j.job_started_at,
    completed_at: j.job_completed_at,
    conclusion: BITCOIN_STATUS[j.job_status as string] ?? null
  }))
  const note = 'durations from the jobs (lint jobs were not collected); no event recorded'
  return { name: 'bitcoin-core-gha-jobs', note, api: parsed(runs, 'bitcoin-core-gha-jobs', jobs) }
}

function ionic(dir: string): Corpus {
  const files = ['workflow_runs.json', 'jobs.json', 'workflows.json']
  const api = mergeRecordedApi(
    files.map(f => parseRecordedApi(readFileSync(join(dir, f), 'utf8'), f))
  )
  return {
    name: 'ionic-stencil-nightly-api',
    note: 'verbatim API objects; durations from the jobs',
    api
  }
}

function ghaminer(dir: string): Corpus {
  const rows = parseCsv(readFileSync(join(dir, 'ghaminer_example_output.csv'), 'utf8'))
  const runs = rows.map(r =>
    apiRun({
      id: Number(r.id_build),
      workflowId: 1,
      name: r.repo as string,
      event: Number(r.gh_pull_req_number) > 0 ? 'pull_request' : 'push',
      branch: r.branch || null,
      conclusion: r.conclusion || null,
      createdAt: r.created_at as string,
      updatedAt: r.updated_at as string
    })
  )
  const note = 'created_at/updated_at (no run_started_at); event guessed from the PR number'
  return { name: 'small-samples/ghaminer', note, api: parsed(runs, 'ghaminer') }
}

function testgraal(dir: string): Corpus {
  const file = 'testgraal_list_workflow_runs_response.json'
  const api = parseRecordedApi(readFileSync(join(dir, file), 'utf8'), file)
  return { name: 'small-samples/testgraal', note: 'a verbatim list response', api }
}

/** Every corpus under `root`, converted; the ones without run durations are listed as skipped, with why. */
export function loadCorpora(root: string): Array<Corpus | SkippedCorpus> {
  return [
    msr(join(root, 'reruns-of-gha-msr')),
    runart(join(root, 'runart-foundry')),
    bitcoin(join(root, 'bitcoin-core-gha-jobs')),
    ionic(join(root, 'ionic-stencil-nightly-api')),
    ghaminer(join(root, 'small-samples')),
    testgraal(join(root, 'small-samples')),
    {
      name: 'accuknox-actionboard-billable',
      skipped: 'no duration per run (created_at and billable minutes only)'
    }
  ]
}
