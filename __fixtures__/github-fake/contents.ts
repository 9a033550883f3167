import type { Commit, DirEntry } from './git.js'
import { can, denied, fail, notFound, text, type Ctx, type Handler, type Reply } from './http.js'
import { repoApi, repoWeb, urlPath } from './render.js'

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/

/** Base64 as GitHub returns file content: a line break after every 60 characters. */
export function githubBase64(bytes: Buffer): string {
  const flat = bytes.toString('base64')
  return flat.length === 0 ? '' : `${flat.match(/.{1,60}/g)?.join('\n') ?? ''}\n`
}

function entryJson(ctx: Ctx, entry: DirEntry, ref: string): Record<string, unknown> {
  const api = repoApi(ctx)
  const web = `${repoWeb(ctx.store)}/${entry.type === 'dir' ? 'tree' : 'blob'}/${urlPath(ref)}/${urlPath(entry.path)}`
  const self = `${api}/contents/${urlPath(entry.path)}?ref=${encodeURIComponent(ref)}`
  const git = `${api}/git/${entry.type === 'dir' ? 'trees' : 'blobs'}/${entry.sha}`
  const raw = `${ctx.api}/raw/${ctx.store.owner}/${ctx.store.repo}/${encodeURIComponent(ref)}/${urlPath(entry.path)}`
  return {
    name: entry.name,
    path: entry.path,
    sha: entry.sha,
    size: entry.size,
    url: self,
    html_url: web,
    git_url: git,
    download_url: entry.type === 'file' ? raw : null,
    type: entry.type,
    _links: { self, git, html: web }
  }
}

function fileEntry(ctx: Ctx, commit: Commit, path: string): DirEntry | undefined {
  const sha = commit.files.get(path)
  const bytes = sha === undefined ? undefined : ctx.store.git.blob(sha)
  if (sha === undefined || bytes === undefined) return undefined
  return { name: path.split('/').pop() ?? path, path, type: 'file', sha, size: bytes.length }
}

/** GET /repos/{owner}/{repo}/contents/{path}: a file (base64) or a directory listing. */
export const getContent: Handler = ctx => {
  const ref = ctx.query.ref ?? ctx.store.defaultBranch
  const commit = ctx.store.git.resolve(ref)
  if (!commit) return fail(ctx, 404, `No commit found for the ref ${ref}`)
  const path = (ctx.params.path ?? '').replace(/\/+$/, '')
  const file = fileEntry(ctx, commit, path)
  if (file) {
    const bytes = ctx.store.git.blob(file.sha) ?? Buffer.alloc(0)
    if (/\.raw\b/.test(ctx.accept)) return rawReply(bytes)
    return {
      status: 200,
      body: { ...entryJson(ctx, file, ref), content: githubBase64(bytes), encoding: 'base64' }
    }
  }
  const entries = ctx.store.git.list(commit, path)
  return entries ? { status: 200, body: entries.map(e => entryJson(ctx, e, ref)) } : notFound(ctx)
}

export function commitJson(ctx: Ctx, commit: Commit): Record<string, unknown> {
  const api = repoApi(ctx)
  const person = { ...commit.author, date: commit.date }
  return {
    sha: commit.sha,
    node_id: `C_kwDOABPHjdoAKD${commit.sha.slice(0, 12)}`,
    url: `${api}/git/commits/${commit.sha}`,
    html_url: `${repoWeb(ctx.store)}/commit/${commit.sha}`,
    author: person,
    committer: person,
    tree: { sha: commit.treeSha, url: `${api}/git/trees/${commit.treeSha}` },
    message: commit.message,
    parents: commit.parents.map(sha => ({
      sha,
      url: `${api}/git/commits/${sha}`,
      html_url: `${repoWeb(ctx.store)}/commit/${sha}`
    })),
    verification: {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null
    }
  }
}

/** GitHub's `git-commit` for GET /repos/{owner}/{repo}/git/commits/{commit_sha}. */
export const getCommit: Handler = ctx => {
  const commit = ctx.store.git.commit(ctx.params.commit_sha ?? '')
  return commit ? { status: 200, body: commitJson(ctx, commit) } : notFound(ctx)
}

function missing(ctx: Ctx, name: string): Reply {
  return fail(ctx, 422, `Invalid request.\n\n"${name}" wasn't supplied.`)
}

function workflowRefusal(ctx: Ctx, path: string): Reply | undefined {
  if (!path.startsWith('.github/workflows/') || ctx.token.workflows) return undefined
  if (ctx.token.kind === 'pat') return notFound(ctx)
  const message = `refusing to allow a GitHub App to create or update workflow \`${path}\` without \`workflows\` permission`
  return { ...fail(ctx, 403, message), generic: true }
}

/** Checks a Contents PUT in GitHub's order; undefined when it may be committed. */
function refusePut(ctx: Ctx, path: string, branch: string): Reply | undefined {
  if (!can(ctx.token, 'contents')) return denied(ctx)
  const content = text(ctx.body, 'content')
  if (text(ctx.body, 'message') === undefined) return missing(ctx, 'message')
  if (content === undefined) return missing(ctx, 'content')
  const head = ctx.store.git.head(branch)
  if (head === undefined) return fail(ctx, 404, `Branch ${branch} not found`)
  const existing = ctx.store.git.commit(head)?.files.get(path)
  const sha = text(ctx.body, 'sha')
  if (existing !== undefined && sha === undefined) return missing(ctx, 'sha')
  if (existing !== undefined && sha !== existing)
    return fail(ctx, 409, `${path} does not match ${sha}`)
  if (!BASE64.test(content)) return fail(ctx, 422, 'content is not valid Base64')
  return workflowRefusal(ctx, path)
}

function targetBranch(ctx: Ctx): string {
  return (text(ctx.body, 'branch') ?? ctx.store.defaultBranch).replace(/^refs\/heads\//, '')
}

/** PUT /repos/{owner}/{repo}/contents/{path}: one commit on the branch; 201 new file, 200 update. */
export const putContent: Handler = ctx => {
  const path = ctx.params.path ?? ''
  const branch = targetBranch(ctx)
  const refusal = refusePut(ctx, path, branch)
  if (refusal) return refusal
  const existed = ctx.store.git.resolve(branch)?.files.has(path) ?? false
  const bytes = Buffer.from(text(ctx.body, 'content') ?? '', 'base64')
  const commit = ctx.store.commitFiles(
    branch,
    { [path]: bytes },
    text(ctx.body, 'message') ?? '',
    ctx.actor
  )
  const entry = fileEntry(ctx, commit, path) as DirEntry
  return {
    status: existed ? 200 : 201,
    body: { content: entryJson(ctx, entry, branch), commit: commitJson(ctx, commit) }
  }
}

/** The 409 an injected conflict answers, with nothing written. */
export function conflictReply(ctx: Ctx): Reply {
  const branch = targetBranch(ctx)
  const sha = text(ctx.body, 'sha')
  if (sha !== undefined) return fail(ctx, 409, `${ctx.params.path ?? ''} does not match ${sha}`)
  return fail(
    ctx,
    409,
    `refs/heads/${branch} expected to be at ${ctx.store.git.head(branch) ?? ''}`
  )
}

/** A file's bytes as the raw media type (`application/vnd.github.raw`) answers them. */
export function rawReply(bytes: Buffer): Reply {
  return {
    status: 200,
    body: bytes,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    raw: true
  }
}

/** The file's text at a ref as raw.githubusercontent.com would serve it (for `download_url`). */
export function rawFile(ctx: Pick<Ctx, 'store'>, ref: string, path: string): Buffer | undefined {
  const sha = ctx.store.git.resolve(ref)?.files.get(path)
  return sha === undefined ? undefined : ctx.store.git.blob(sha)
}
