/**
 * WorkflowControl over GitHub's Actions API: dispatch (asking for the run's details), enable, disable. Each needs
 * `actions: write`; a refused dispatch says which of GitHub's conditions failed and how to meet it.
 */
import { type DispatchedRun, type WorkflowControl } from '../../ports/workflow-control.js'
import { type GitHubClient } from './client.js'
import { refusing, type Fixes } from './refusal.js'
import { type RepoId } from './repo-id.js'
import { workflowParam } from './workflow-runs.js'

const DISPATCH = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'
const WRITE_FIX =
  "the token lacks `actions: write` — grant it in the workflow's `permissions:` (or to the PAT / GitHub App)"

/** GitHub's 422 reasons for refusing a dispatch, each with its fix. */
function dispatchFix(workflow: number | string, ref: string): (message: string) => string {
  const inputs = `under \`on.workflow_dispatch.inputs\` in ${workflow}`
  const fixes: Array<[RegExp, string]> = [
    [
      /'workflow_dispatch' trigger/i,
      `add \`workflow_dispatch:\` under \`on:\` in ${workflow} on ${ref}`
    ],
    [
      /disabled workflow/i,
      `${workflow} is disabled — enable it (Actions → the workflow → "Enable workflow", or \`gh workflow enable\`) first`
    ],
    [/Unexpected inputs/i, `pass only the inputs declared ${inputs}`],
    [/Required input/i, `pass every required input declared ${inputs}`],
    [
      /No ref found/i,
      `${ref} is neither a branch nor a tag of the repository: dispatch on one that exists`
    ]
  ]
  return message =>
    fixes.find(([pattern]) => pattern.test(message))?.[1] ??
    `check the \`workflow_dispatch\` trigger and inputs of ${workflow}, and the ref ${ref}`
}

function writeFixes(workflow: number | string, repo: RepoId): Fixes {
  return {
    403: WRITE_FIX,
    404: `${workflow} is not a workflow of ${repo.owner}/${repo.repo} (or the token cannot see it): check its file name or id`
  }
}

/** Starts a workflow_dispatch run on a ref; the run's id and page when GitHub returns them (200), else undefined. */
export function dispatch(
  client: GitHubClient,
  repo: RepoId,
  workflow: number | string,
  request: { ref: string; inputs?: Record<string, string> }
): Promise<DispatchedRun> {
  const fixes = { ...writeFixes(workflow, repo), 422: dispatchFix(workflow, request.ref) }
  return refusing(`dispatch workflow ${workflow} on ${request.ref}`, fixes, async () => {
    // The typed method knows only the 204 answer; the route's own types know the 200 with the run's details.
    const response = await client.request(DISPATCH, {
      ...repo,
      workflow_id: workflowParam(workflow),
      ref: request.ref,
      ...(request.inputs ? { inputs: request.inputs } : {}),
      return_run_details: true,
      // Never resent blindly: a dispatch GitHub applied but answered with an error would run twice. The caller looks
      // for the run before it tries again.
      request: { retries: 0 }
    })
    if (response.status !== 200) return { runId: undefined, url: undefined }
    return { runId: Number(response.data.workflow_run_id), url: response.data.html_url }
  })
}

/** Enables a workflow (active again, its schedule runs). */
export function enableWorkflow(
  client: GitHubClient,
  repo: RepoId,
  workflow: number | string
): Promise<void> {
  return refusing(`enable workflow ${workflow}`, writeFixes(workflow, repo), async () => {
    await client.rest.actions.enableWorkflow({ ...repo, workflow_id: workflowParam(workflow) })
  })
}

/** Disables a workflow (disabled_manually: no scheduled or dispatched runs). */
export function disableWorkflow(
  client: GitHubClient,
  repo: RepoId,
  workflow: number | string
): Promise<void> {
  return refusing(`disable workflow ${workflow}`, writeFixes(workflow, repo), async () => {
    await client.rest.actions.disableWorkflow({ ...repo, workflow_id: workflowParam(workflow) })
  })
}

/** The WorkflowControl port over one client and repository. */
export function gitHubControl(client: GitHubClient, repo: RepoId): WorkflowControl {
  return {
    dispatch: (workflow, request) => dispatch(client, repo, workflow, request),
    enable: workflow => enableWorkflow(client, repo, workflow),
    disable: workflow => disableWorkflow(client, repo, workflow)
  }
}
