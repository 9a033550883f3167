import type { WorkflowState } from './actions-types.js'
import { workflowJson } from './actions-render.js'
import {
  can,
  denied,
  fail,
  field,
  notFound,
  pageOf,
  text,
  unlisted,
  type Ctx,
  type Handler,
  type Reply
} from './http.js'
import { repoApi, repoWeb } from './render.js'
import { readWorkflowFile } from './workflow-file.js'
import type { WorkflowRecord } from './workflows.js'

const NO_TRIGGER = "Workflow does not have 'workflow_dispatch' trigger"
const DISABLED = "Cannot trigger a 'workflow_dispatch' on a disabled workflow"

/** GET /repos/{owner}/{repo}/actions/workflows. */
export const listRepoWorkflows: Handler = ctx => {
  const all = ctx.store.workflows.all()
  const { items, headers } = pageOf(ctx, all)
  const body = { total_count: all.length, workflows: items.map(w => workflowJson(ctx, w)) }
  return { status: 200, body, headers }
}

function findWorkflow(ctx: Ctx): WorkflowRecord | undefined {
  return ctx.store.workflows.find(ctx.params.workflow_id ?? '')
}

/** GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}: by numeric id or file name. */
export const getWorkflow: Handler = ctx => {
  const workflow = findWorkflow(ctx)
  return workflow ? { status: 200, body: workflowJson(ctx, workflow) } : unlisted(notFound(ctx))
}

function setState(state: WorkflowState): Handler {
  return ctx => {
    if (!can(ctx.token, 'actions')) return denied(ctx)
    const workflow = findWorkflow(ctx)
    if (!workflow) return unlisted(notFound(ctx))
    ctx.store.workflows.setState(workflow.path, state)
    return { status: 204 }
  }
}

/** PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable. */
export const enableWorkflow = setState('active')
/** PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable. */
export const disableWorkflow = setState('disabled_manually')

function inputsOf(body: unknown): Record<string, unknown> {
  const inputs = field(body, 'inputs')
  return typeof inputs === 'object' && inputs !== null ? (inputs as Record<string, unknown>) : {}
}

/** GitHub's 422s: a disabled workflow, a ref that is not a branch, no trigger there, inputs it does not declare. */
function refusal(ctx: Ctx, workflow: WorkflowRecord, ref: string): Reply | undefined {
  if (workflow.state !== 'active') return unlisted(fail(ctx, 422, DISABLED))
  const branch = ref.replace(/^refs\/heads\//, '')
  const commit =
    ctx.store.git.head(branch) === undefined ? undefined : ctx.store.git.resolve(branch)
  if (!commit) return unlisted(fail(ctx, 422, `No ref found for: ${ref}`))
  const sha = commit.files.get(workflow.path)
  const file = readWorkflowFile(sha === undefined ? undefined : ctx.store.git.blob(sha)?.toString())
  const declared = file.dispatchInputs
  if (!declared) return unlisted(fail(ctx, 422, NO_TRIGGER))
  const given = Object.keys(inputsOf(ctx.body))
  const unexpected = given.filter(name => !(name in declared))
  if (unexpected.length > 0) {
    const names = unexpected.map(n => JSON.stringify(n)).join(', ')
    return unlisted(fail(ctx, 422, `Unexpected inputs provided: [${names}]`))
  }
  const missing = Object.keys(declared).find(n => declared[n]?.required && !given.includes(n))
  return missing === undefined
    ? undefined
    : unlisted(fail(ctx, 422, `Required input '${missing}' not provided`))
}

/**
 * POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches: queues a `workflow_dispatch` run
 * on the ref's branch at the fake's clock; 204, or 200 with the run's id and URLs for `return_run_details`.
 */
export const createWorkflowDispatch: Handler = ctx => {
  if (!can(ctx.token, 'actions')) return denied(ctx)
  const workflow = findWorkflow(ctx)
  if (!workflow) return unlisted(notFound(ctx))
  const ref = text(ctx.body, 'ref') ?? ''
  const refused = refusal(ctx, workflow, ref)
  if (refused) return refused
  const branch = ref.replace(/^refs\/heads\//, '')
  const run = ctx.store.actions.add(
    { workflow: workflow.id, event: 'workflow_dispatch', branch, status: 'queued' },
    ctx.actor
  )
  ctx.store.actions.dispatches.push({
    workflowId: workflow.id,
    path: workflow.path,
    ref,
    inputs: inputsOf(ctx.body),
    at: run.createdAt,
    runId: run.id
  })
  if (field(ctx.body, 'return_run_details') !== true) return { status: 204 }
  const details = {
    workflow_run_id: run.id,
    run_url: `${repoApi(ctx)}/actions/runs/${run.id}`,
    html_url: `${repoWeb(ctx.store)}/actions/runs/${run.id}`
  }
  return { status: 200, body: details }
}
