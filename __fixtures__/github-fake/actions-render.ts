import type { Ctx } from './http.js'
import { repoApi, repositoryJson, repoWeb, userJson, WEB } from './render.js'
import type { JobRecord, RunRecord } from './runs.js'
import type { WorkflowRecord } from './workflows.js'

type Json = Record<string, unknown>

const GITHUB_API = 'https://api.github.com'
const rebased = new WeakMap<object, { key: string; value: Json }>()

/** GitHub's `workflow`. */
export function workflowJson(ctx: Ctx, w: WorkflowRecord): Json {
  return {
    id: w.id,
    node_id: w.nodeId,
    name: w.name,
    path: w.path,
    state: w.state,
    created_at: w.createdAt,
    updated_at: w.updatedAt,
    url: `${repoApi(ctx)}/actions/workflows/${w.id}`,
    html_url: `${repoWeb(ctx.store)}/blob/${ctx.store.defaultBranch}/${w.path}`,
    badge_url: `${repoWeb(ctx.store)}/workflows/${encodeURIComponent(w.name)}/badge.svg`
  }
}

/** The fake repository as a run's `minimal-repository` (its URLs and owner, no counts). */
function minimalRepository(ctx: Ctx): Json {
  const keep = /^(id|node_id|name|full_name|owner|private|html_url|description|fork|url)$|_url$/
  return Object.fromEntries(Object.entries(repositoryJson(ctx)).filter(([k]) => keep.test(k)))
}

function headCommit(ctx: Ctx, run: RunRecord): Json {
  const commit = ctx.store.git.commit(run.headSha)
  const person = commit?.author ?? {
    name: run.actor.login,
    email: `${run.actor.login}@example.com`
  }
  return {
    id: run.headSha,
    tree_id: commit?.treeSha ?? run.headSha,
    message: commit?.message ?? '',
    timestamp: commit?.date ?? run.createdAt,
    author: person,
    committer: person
  }
}

function generatedRun(ctx: Ctx, run: RunRecord): Json {
  const api = `${repoApi(ctx)}/actions/runs/${run.id}`
  const checkSuite = 10_000_000_000 + run.id
  return {
    id: run.id,
    name: run.name,
    node_id: `WFR_kwLOABPHjc8${Buffer.from(String(run.id)).toString('base64url')}`,
    check_suite_id: checkSuite,
    check_suite_node_id: `CS_kwDOABPHjc8${Buffer.from(String(checkSuite)).toString('base64url')}`,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url: api,
    html_url: `${repoWeb(ctx.store)}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: userJson(ctx, run.actor),
    run_attempt: run.runAttempt,
    referenced_workflows: [],
    run_started_at: run.runStartedAt,
    triggering_actor: userJson(ctx, run.actor),
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${repoApi(ctx)}/check-suites/${checkSuite}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: run.runAttempt > 1 ? `${api}/attempts/${run.runAttempt - 1}` : null,
    workflow_url: `${repoApi(ctx)}/actions/workflows/${run.workflowId}`,
    head_commit: headCommit(ctx, run),
    repository: minimalRepository(ctx),
    head_repository: minimalRepository(ctx)
  }
}

function rewrite(value: unknown, from: string, to: string, api: string): unknown {
  if (typeof value === 'string') {
    if (from !== '' && (value === from || value.startsWith(`${from}/`)))
      return to + value.slice(from.length)
    return value.startsWith(`${GITHUB_API}/`) ? api + value.slice(GITHUB_API.length) : value
  }
  if (Array.isArray(value)) return value.map(v => rewrite(v, from, to, api))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, from, to, api)]))
}

/**
 * A recorded object with its API URLs pointing at the fake: the recorded repository's API URL becomes
 * the fake repository's, any other `https://api.github.com` URL the fake's base. Web URLs stay.
 */
function rebase(ctx: Ctx, recorded: Json): Json {
  const url = typeof recorded.run_url === 'string' ? recorded.run_url : recorded.url
  const source = /^https:\/\/api\.github\.com\/repos\/[^/]+\/[^/]+/.exec(String(url ?? ''))?.[0]
  const key = `${ctx.api} ${ctx.store.owner}/${ctx.store.repo}`
  const cached = rebased.get(recorded)
  if (cached?.key === key) return cached.value
  const value = rewrite(recorded, source ?? '', repoApi(ctx), ctx.api) as Json
  rebased.set(recorded, { key, value })
  return value
}

/** GitHub's `workflow-run`: a seeded run keeps its recorded fields; status and times follow the fake. */
export function runJson(ctx: Ctx, run: RunRecord, excludePulls = false): Json {
  const json = {
    ...generatedRun(ctx, run),
    ...(run.recorded ? rebase(ctx, run.recorded) : {}),
    status: run.status,
    conclusion: run.conclusion,
    updated_at: run.updatedAt
  }
  return excludePulls ? { ...json, pull_requests: [] } : json
}

function generatedJob(ctx: Ctx, job: JobRecord, run: RunRecord | undefined): Json {
  const api = `${repoApi(ctx)}/actions/jobs/${job.id}`
  const assigned = job.runnerName !== null
  return {
    id: job.id,
    run_id: job.runId,
    workflow_name: run?.name ?? null,
    head_branch: run?.headBranch ?? null,
    run_url: `${repoApi(ctx)}/actions/runs/${job.runId}`,
    run_attempt: job.runAttempt,
    node_id: `CR_kwDOABPHjc8${Buffer.from(String(job.id)).toString('base64url')}`,
    head_sha: run?.headSha ?? '0'.repeat(40),
    url: api,
    html_url: `${WEB}/${ctx.store.owner}/${ctx.store.repo}/actions/runs/${job.runId}/job/${job.id}`,
    created_at: job.createdAt,
    name: job.name,
    steps: [],
    check_run_url: `${repoApi(ctx)}/check-runs/${job.id}`,
    labels: job.labels,
    runner_id: assigned ? 2 : null,
    runner_name: job.runnerName,
    runner_group_id: assigned ? 2 : null,
    runner_group_name: assigned ? 'GitHub Actions' : null
  }
}

/** GitHub's `job`: a seeded job keeps its recorded fields; status and times follow the fake. */
export function jobJson(ctx: Ctx, job: JobRecord, run: RunRecord | undefined): Json {
  return {
    ...generatedJob(ctx, job, run),
    ...(job.recorded ? rebase(ctx, job.recorded) : {}),
    status: job.status,
    conclusion: job.conclusion,
    started_at: job.startedAt,
    completed_at: job.completedAt
  }
}
