import {
  can,
  denied,
  fail,
  field,
  notFound,
  text,
  type Ctx,
  type Handler,
  type Reply
} from './http.js'
import { refuseWorkflowChange } from './git-data.js'
import { repoApi, repositoryJson, urlPath } from './render.js'

const HEADS = /^heads\/(.+)$/

function refJson(ctx: Ctx, branch: string, sha: string): Record<string, unknown> {
  const ref = `refs/heads/${branch}`
  return {
    ref,
    node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
    url: `${repoApi(ctx)}/git/${urlPath(ref)}`,
    object: { sha, type: 'commit', url: `${repoApi(ctx)}/git/commits/${sha}` }
  }
}

function branchOf(ctx: Ctx): string | undefined {
  return HEADS.exec(ctx.params.ref ?? '')?.[1]
}

/** GET /repos/{owner}/{repo}: the repository, with the token's permissions. */
export const getRepo: Handler = ctx => {
  const push = can(ctx.token, 'contents')
  const permissions = { admin: false, maintain: false, push, triage: push, pull: true }
  return { status: 200, body: { ...repositoryJson(ctx), permissions } }
}

/** GET /repos/{owner}/{repo}/git/ref/{ref}: a branch ref (tags are not modelled). */
export const getRef: Handler = ctx => {
  const branch = branchOf(ctx)
  const sha = branch === undefined ? undefined : ctx.store.git.head(branch)
  return branch !== undefined && sha !== undefined
    ? { status: 200, body: refJson(ctx, branch, sha) }
    : notFound(ctx)
}

/** POST /repos/{owner}/{repo}/git/refs: creates a branch at an existing commit. */
export const createRef: Handler = ctx => {
  if (!can(ctx.token, 'contents')) return denied(ctx)
  const ref = text(ctx.body, 'ref') ?? ''
  const sha = text(ctx.body, 'sha') ?? ''
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1]
  if (!/^refs\/.+\/.+/.test(ref)) {
    return fail(ctx, 422, "Reference name must start with 'refs/' and have at least two slashes.")
  }
  if (branch === undefined) return fail(ctx, 422, 'Reference update failed')
  if (ctx.store.git.head(branch) !== undefined) return fail(ctx, 422, 'Reference already exists')
  if (!ctx.store.git.commit(sha)) return fail(ctx, 422, 'Object does not exist')
  const refusal = refuseWorkflowChange(ctx, undefined, sha)
  if (refusal) return refusal
  ctx.store.git.setHead(branch, sha)
  return { status: 201, body: refJson(ctx, branch, sha) }
}

function refuseUpdate(ctx: Ctx, branch: string | undefined, sha: string): Reply | undefined {
  if (!can(ctx.token, 'contents')) return denied(ctx)
  const old = branch === undefined ? undefined : ctx.store.git.head(branch)
  if (old === undefined) return fail(ctx, 422, 'Reference does not exist')
  if (ctx.store.protectedBranches.has(branch as string))
    return fail(ctx, 422, 'Changes must be made through a pull request.')
  if (!ctx.store.git.commit(sha)) return fail(ctx, 422, 'Object does not exist')
  const fastForward = ctx.store.git.isAncestor(old, sha)
  if (!fastForward && field(ctx.body, 'force') !== true)
    return fail(ctx, 422, 'Update is not a fast forward')
  return refuseWorkflowChange(ctx, old, sha)
}

/** PATCH /repos/{owner}/{repo}/git/refs/{ref}: moves a branch (non-fast-forward needs `force`). */
export const updateRef: Handler = ctx => {
  const branch = branchOf(ctx)
  const sha = text(ctx.body, 'sha') ?? ''
  const refusal = refuseUpdate(ctx, branch, sha)
  if (refusal || branch === undefined) return refusal ?? notFound(ctx)
  const forced = !ctx.store.git.isAncestor(ctx.store.git.head(branch) ?? '', sha)
  ctx.store.git.setHead(branch, sha)
  ctx.store.syncPulls(branch, forced)
  return { status: 200, body: refJson(ctx, branch, sha) }
}

/** DELETE /repos/{owner}/{repo}/git/refs/{ref}: deletes a branch (closing its open pull requests). */
export const deleteRef: Handler = ctx => {
  if (!can(ctx.token, 'contents')) return denied(ctx)
  const branch = branchOf(ctx)
  if (branch === undefined || ctx.store.git.head(branch) === undefined) {
    return fail(ctx, 422, 'Reference does not exist')
  }
  ctx.store.git.deleteHead(branch)
  ctx.store.syncPulls(branch, true)
  return { status: 204 }
}
