import { commitJson } from './contents.js'
import type { Commit } from './git.js'
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
import { repoApi } from './render.js'

/** A tree entry as POST …/git/trees takes it. */
interface TreeItem {
  path?: string
  mode?: string
  type?: string
  sha?: string | null
  content?: string
}

function treeOf(
  ctx: Ctx,
  ref: string
): { sha: string; files: ReadonlyMap<string, string> } | undefined {
  const stored = ctx.store.git.tree(ref)
  if (stored) return { sha: ref, files: stored }
  const commit = ctx.store.git.resolve(ref)
  return commit && { sha: commit.treeSha, files: commit.files }
}

function treeJson(ctx: Ctx, sha: string, files: ReadonlyMap<string, string>, recursive: boolean) {
  const api = repoApi(ctx)
  const dirs = new Set<string>()
  const entries: Array<Record<string, unknown>> = []
  for (const [path, blob] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parts = path.split('/')
    if (!recursive && parts.length > 1) {
      dirs.add(parts[0] as string)
      continue
    }
    parts.slice(0, -1).forEach((_, i) => dirs.add(parts.slice(0, i + 1).join('/')))
    const size = ctx.store.git.blob(blob)?.length ?? 0
    entries.push({
      path,
      mode: '100644',
      type: 'blob',
      sha: blob,
      size,
      url: `${api}/git/blobs/${blob}`
    })
  }
  for (const dir of dirs) {
    const dirSha = `${sha.slice(0, 20)}${Buffer.from(dir).toString('hex').padEnd(20, '0').slice(0, 20)}`
    entries.push({
      path: dir,
      mode: '040000',
      type: 'tree',
      sha: dirSha,
      url: `${api}/git/trees/${dirSha}`
    })
  }
  return { sha, url: `${api}/git/trees/${sha}`, tree: entries, truncated: false }
}

/** GET …/git/trees/{tree_sha}: a tree by id, commit sha or branch name; `recursive` lists every blob. */
export const getTree: Handler = ctx => {
  const tree = treeOf(ctx, ctx.params.tree_sha ?? '')
  if (!tree) return notFound(ctx)
  const recursive = ctx.query.recursive !== undefined && ctx.query.recursive !== '0'
  return { status: 200, body: treeJson(ctx, tree.sha, tree.files, recursive) }
}

function applyItems(ctx: Ctx, files: Map<string, string>, items: TreeItem[]): Reply | undefined {
  for (const item of items) {
    if (!item.path) return fail(ctx, 422, 'Invalid tree info: path missing')
    if (item.content !== undefined) {
      files.set(item.path, ctx.store.git.putBlob(Buffer.from(item.content, 'utf8')))
    } else if (item.sha === null) {
      files.delete(item.path)
    } else if (item.sha && ctx.store.git.blob(item.sha)) {
      files.set(item.path, item.sha)
    } else {
      return fail(ctx, 422, `Invalid tree info: tree.sha ${item.sha ?? ''} is not a valid blob`)
    }
  }
  return undefined
}

/** POST …/git/trees: a tree made from `base_tree` and the given entries (content, blob sha, or null to delete). */
export const createTree: Handler = ctx => {
  if (!can(ctx.token, 'contents')) return denied(ctx)
  const baseRef = text(ctx.body, 'base_tree')
  const base = baseRef === undefined ? new Map<string, string>() : treeOf(ctx, baseRef)?.files
  if (!base) return fail(ctx, 422, 'Invalid tree info: base_tree is not a valid tree')
  const files = new Map(base)
  const refusal = applyItems(ctx, files, (field(ctx.body, 'tree') as TreeItem[] | undefined) ?? [])
  if (refusal) return refusal
  const sha = ctx.store.git.putTree(files)
  return { status: 201, body: treeJson(ctx, sha, files, true) }
}

/** POST …/git/commits: a commit of a stored tree with the given parents (no branch moves). */
export const createCommit: Handler = ctx => {
  if (!can(ctx.token, 'contents')) return denied(ctx)
  const files = ctx.store.git.tree(text(ctx.body, 'tree') ?? '')
  if (!files) return fail(ctx, 422, 'Tree SHA does not exist')
  const parents = (field(ctx.body, 'parents') as string[] | undefined) ?? []
  if (parents.some(p => !ctx.store.git.commit(p)))
    return fail(ctx, 422, 'Parent SHA does not exist')
  const commit: Commit = ctx.store.git.makeCommit(files, parents, text(ctx.body, 'message') ?? '', {
    name: ctx.actor.login,
    email: `${ctx.actor.id}+${ctx.actor.login}@users.noreply.github.com`
  })
  return { status: 201, body: commitJson(ctx, commit) }
}

/** POST …/git/blobs: stores text (utf-8) or base64 content. */
export const createBlob: Handler = ctx => {
  if (!can(ctx.token, 'contents')) return denied(ctx)
  const encoding = text(ctx.body, 'encoding') ?? 'utf-8'
  const bytes = Buffer.from(
    text(ctx.body, 'content') ?? '',
    encoding === 'base64' ? 'base64' : 'utf8'
  )
  const sha = ctx.store.git.putBlob(bytes)
  return { status: 201, body: { sha, url: `${repoApi(ctx)}/git/blobs/${sha}` } }
}

/**
 * GitHub's refusal to move a branch onto a commit that changes workflow files, for a token without the workflows
 * permission (the ref APIs check it as a push does).
 */
export function refuseWorkflowChange(
  ctx: Ctx,
  from: string | undefined,
  to: string
): Reply | undefined {
  if (ctx.token.workflows) return undefined
  const before =
    ctx.store.git.resolve(from ?? ctx.store.defaultBranch)?.files ?? new Map<string, string>()
  const after = ctx.store.git.commit(to)?.files ?? new Map<string, string>()
  const paths = new Set([...before.keys(), ...after.keys()])
  const changed = [...paths].find(
    p => p.startsWith('.github/workflows/') && before.get(p) !== after.get(p)
  )
  if (!changed) return undefined
  const who = ctx.token.kind === 'pat' ? 'an OAuth App' : 'a GitHub App'
  const permission = ctx.token.kind === 'pat' ? '`workflow` scope' : '`workflows` permission'
  const message = `refusing to allow ${who} to create or update workflow \`${changed}\` without ${permission}`
  return { ...fail(ctx, 422, message), generic: true }
}
