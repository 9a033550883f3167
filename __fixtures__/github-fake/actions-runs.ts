import { jobJson, runJson } from './actions-render.js'
import { inRange, parseDateRange } from './date-range.js'
import { notFound, pageOf, unlisted, type Ctx, type Handler, type Reply } from './http.js'
import type { RunRecord } from './runs.js'

/** GitHub pages through at most this many results of one run query; `total_count` stays the true count. */
export const RUN_RESULTS_CAP = 1000

const STATUSES = ['queued', 'in_progress', 'completed', 'requested', 'waiting', 'pending']

/** `status` takes a status or a conclusion (`success`, `failure`…). */
function statusMatches(run: RunRecord, wanted: string): boolean {
  return STATUSES.includes(wanted) ? run.status === wanted : run.conclusion === wanted
}

function matches(ctx: Ctx, run: RunRecord): boolean {
  const q = ctx.query
  if (q.status !== undefined && !statusMatches(run, q.status)) return false
  if (q.event !== undefined && run.event !== q.event) return false
  if (q.branch !== undefined && run.headBranch !== q.branch) return false
  if (q.actor !== undefined && run.actor.login.toLowerCase() !== q.actor.toLowerCase()) return false
  if (q.head_sha !== undefined && run.headSha !== q.head_sha) return false
  const checkSuite = run.recorded?.check_suite_id ?? 10_000_000_000 + run.id
  if (q.check_suite_id !== undefined && String(checkSuite) !== q.check_suite_id) return false
  if (q.created === undefined) return true
  const range = parseDateRange(q.created)
  return range !== undefined && inRange(run.createdAt, range)
}

function newestFirst(a: RunRecord, b: RunRecord): number {
  const diff = Date.parse(b.createdAt) - Date.parse(a.createdAt)
  return diff !== 0 ? diff : b.id - a.id
}

function listRuns(ctx: Ctx, workflowId: number | undefined): Reply {
  const found = ctx.store.actions.runs
    .filter(r => (workflowId === undefined || r.workflowId === workflowId) && matches(ctx, r))
    .sort(newestFirst)
  const { items, headers } = pageOf(ctx, found, RUN_RESULTS_CAP)
  const exclude = ctx.query.exclude_pull_requests === 'true'
  const body = {
    total_count: found.length,
    workflow_runs: items.map(r => runJson(ctx, r, exclude))
  }
  return { status: 200, body, headers }
}

/** GET /repos/{owner}/{repo}/actions/runs: every workflow's runs, newest first. */
export const listWorkflowRunsForRepo: Handler = ctx => listRuns(ctx, undefined)

/** GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs: by numeric id or file name. */
export const listWorkflowRuns: Handler = ctx => {
  const workflow = ctx.store.workflows.find(ctx.params.workflow_id ?? '')
  return workflow ? listRuns(ctx, workflow.id) : unlisted(notFound(ctx))
}

function findRun(ctx: Ctx): RunRecord | undefined {
  return ctx.store.actions.run(Number(ctx.params.run_id))
}

/** GET /repos/{owner}/{repo}/actions/runs/{run_id}. */
export const getWorkflowRun: Handler = ctx => {
  const run = findRun(ctx)
  const exclude = ctx.query.exclude_pull_requests === 'true'
  return run ? { status: 200, body: runJson(ctx, run, exclude) } : unlisted(notFound(ctx))
}

/** GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs: `filter=latest` (default) or `all` attempts. */
export const listJobsForWorkflowRun: Handler = ctx => {
  const run = findRun(ctx)
  if (!run) return unlisted(notFound(ctx))
  const jobs = ctx.store.actions.jobsOf(run, ctx.query.filter !== 'all')
  const { items, headers } = pageOf(ctx, jobs)
  const body = { total_count: jobs.length, jobs: items.map(j => jobJson(ctx, j, run)) }
  return { status: 200, body, headers }
}
