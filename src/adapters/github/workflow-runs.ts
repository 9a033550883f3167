/**
 * WorkflowRuns over GitHub's Actions API: one small function per call. Lists are asked conditionally when an ETag
 * is given (a 304 costs no rate limit) and come back as the core's compact records.
 */
import { toJobRecord, toRunRecord, toWorkflowInfo } from '../../core/runs/records.js'
import {
  type JobRecord,
  type Listed,
  type RunQuery,
  type RunRecord,
  type WorkflowInfo,
  type WorkflowRuns
} from '../../ports/workflow-runs.js'
import { type GitHubClient } from './client.js'
import { statusOf } from './github-error.js'
import { refusal, refusing, type Fixes } from './refusal.js'
import { type RepoId } from './repo-id.js'

const PER_PAGE = 100

/** Reading runs needs `actions: read`; GitHub answers 404 for what the token may not see. */
function readFixes(what: string): Fixes {
  return {
    403: "the token lacks `actions: read` — grant it in the workflow's `permissions:` (or to the PAT / GitHub App)",
    404: `${what} does not exist, or the token cannot see it — check the name, and that the token has \`actions: read\` on the repository`
  }
}

/** The workflow as `{workflow_id}` takes it: an id or a file name (a path is cut to its file name). */
export function workflowParam(workflow: number | string): number | string {
  return typeof workflow === 'number' ? workflow : (workflow.split('/').pop() ?? workflow)
}

/** GitHub's date search syntax has no fractions of a second (`…T03:00:00.000Z` → `…T03:00:00Z`). */
function searchTime(time: string): string {
  return time.replace(/\.\d+(?=Z$|[+-]\d{2}:?\d{2}$)/, '')
}

function conditional(etag: string | undefined): Record<string, string> {
  return etag ? { 'if-none-match': etag } : {}
}

function hasNext(link: string | undefined): boolean {
  return /rel="next"/.test(link ?? '')
}

/** Octokit throws a 304 as an error: that answer means the list is as it was. Undefined for any other error. */
function notModified<T>(error: unknown, etag: string | undefined): Listed<T> | undefined {
  if (statusOf(error) !== 304) return undefined
  const headers =
    (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ??
    {}
  return { items: [], etag: headers.etag ?? etag, notModified: true, more: hasNext(headers.link) }
}

/** Every workflow of the repository, all pages. */
export function listWorkflows(client: GitHubClient, repo: RepoId): Promise<WorkflowInfo[]> {
  const name = `${repo.owner}/${repo.repo}`
  return refusing(
    `list the workflows of ${name}`,
    readFixes(`the repository ${name}`),
    async () => {
      const workflows = await client.paginate(client.rest.actions.listRepoWorkflows, {
        ...repo,
        per_page: PER_PAGE
      })
      return workflows.map((w, i) => toWorkflowInfo(w, `${name} workflows[${i}]`))
    }
  )
}

/** One page (100 runs unless `perPage`, newest first) of a workflow's runs created in [from, to]; notModified when the ETag holds. */
export async function listRuns(
  client: GitHubClient,
  repo: RepoId,
  workflow: number | string,
  query: RunQuery
): Promise<Listed<RunRecord>> {
  const created = `${searchTime(query.from)}..${searchTime(query.to)}`
  const action = `list the runs of workflow ${workflow} created ${created}`
  try {
    const { data, headers } = await client.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: workflowParam(workflow),
      created,
      ...(query.event ? { event: query.event } : {}),
      per_page: query.perPage ?? PER_PAGE,
      page: query.page,
      headers: conditional(query.etag)
    })
    const place = (i: number) => `workflow ${workflow} page ${query.page} workflow_runs[${i}]`
    return {
      items: data.workflow_runs.map((r, i) => toRunRecord(r, place(i))),
      etag: headers.etag,
      notModified: false,
      more: hasNext(headers.link),
      total: data.total_count
    }
  } catch (error) {
    const unchanged = notModified<RunRecord>(error, query.etag)
    if (unchanged) return unchanged
    throw refusal(action, error, readFixes(`workflow ${workflow}`))
  }
}

/** The jobs of a run's latest attempt, every page; notModified when the first page's ETag holds. */
export async function listJobs(
  client: GitHubClient,
  repo: RepoId,
  runId: number,
  etag?: string
): Promise<Listed<JobRecord>> {
  const pages = client.paginate.iterator(client.rest.actions.listJobsForWorkflowRun, {
    ...repo,
    run_id: runId,
    filter: 'latest',
    per_page: PER_PAGE,
    headers: conditional(etag)
  })
  const raw: unknown[] = []
  const etags: Array<string | undefined> = []
  try {
    for await (const page of pages) {
      etags.push(page.headers.etag)
      raw.push(...page.data)
    }
  } catch (error) {
    const unchanged = notModified<JobRecord>(error, etag)
    if (unchanged) return unchanged
    throw refusal(`list the jobs of run ${runId}`, error, readFixes(`run ${runId}`))
  }
  const items = raw.map((j, i) => toJobRecord(j, `run ${runId} jobs[${i}]`))
  return { items, etag: etags[0], notModified: false, more: false, total: items.length }
}

/** The WorkflowRuns port over one client and repository. */
export function gitHubRuns(client: GitHubClient, repo: RepoId): WorkflowRuns {
  return {
    listWorkflows: () => listWorkflows(client, repo),
    listRuns: (workflow, query) => listRuns(client, repo, workflow, query),
    listJobs: (runId, etag) => listJobs(client, repo, runId, etag)
  }
}
