import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { FakeWorkflowSeed, WorkflowState } from './actions-types.js'

/** A recording ready to spread into `startGitHubFake` options: the repository it came from and its objects. */
export interface RecordedRuns {
  owner: string
  repo: string
  workflows: FakeWorkflowSeed[]
  runs: unknown[]
  jobs: unknown[]
}

type Json = Record<string, unknown>

/** A recording's file: an object mapping ids to API objects (absent: none). */
function objects(dir: string, name: string): Json[] {
  const file = path.join(dir, name)
  if (!existsSync(file)) return []
  return Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Json>)
}

function seedOf(w: Json): FakeWorkflowSeed {
  const text = (key: string): string | undefined =>
    typeof w[key] === 'string' ? (w[key] as string) : undefined
  return {
    path: text('path') ?? '',
    id: typeof w.id === 'number' ? w.id : undefined,
    name: text('name'),
    state: text('state') as WorkflowState | undefined,
    nodeId: text('node_id'),
    createdAt: text('created_at'),
    updatedAt: text('updated_at')
  }
}

/**
 * Reads a recording of GitHub's Actions API (`workflow_runs.json`, `jobs.json` and `workflows.json`, each
 * mapping ids to verbatim API objects, as in `../shared/corpus/runs/<name>/`). Runs keep their ids and
 * fields; the fake points their API URLs at itself when it renders them.
 */
export function loadRecordedRuns(dir: string): RecordedRuns {
  const runs = objects(dir, 'workflow_runs.json')
  if (runs.length === 0) throw new Error(`no workflow_runs.json with runs in ${dir}`)
  const repository = (runs[0]?.repository ?? {}) as Json
  const [owner = 'octo-org', repo = 'octo-repo'] = String(repository.full_name ?? '').split('/')
  const workflows = objects(dir, 'workflows.json').map(seedOf)
  return { owner, repo, workflows, runs, jobs: objects(dir, 'jobs.json') }
}
