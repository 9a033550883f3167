import { diffFiles } from './compare.js'
import { isoNow } from './git.js'
import {
  can,
  denied,
  fail,
  invalid,
  notFound,
  paginate,
  text,
  type Ctx,
  type Handler,
  type Reply
} from './http.js'
import { labelJson, repoApi, repositoryJson, repoWeb, userJson } from './render.js'
import type { IssueRecord, PullInfo } from './store.js'

type Pull = IssueRecord & { pull: PullInfo }

function isPull(issue: IssueRecord): issue is Pull {
  return issue.pull !== undefined
}

function side(ctx: Ctx, branch: string, sha: string): Record<string, unknown> {
  const owner = ctx.store.owner
  return {
    label: `${owner}:${branch}`,
    ref: branch,
    sha,
    user: userJson(ctx, ctx.store.ownerActor),
    repo: repositoryJson(ctx)
  }
}

function links(ctx: Ctx, p: Pull): Record<string, { href: string }> {
  const api = repoApi(ctx)
  const href = (h: string): { href: string } => ({ href: h })
  return {
    self: href(`${api}/pulls/${p.number}`),
    html: href(`${repoWeb(ctx.store)}/pull/${p.number}`),
    issue: href(`${api}/issues/${p.number}`),
    comments: href(`${api}/issues/${p.number}/comments`),
    review_comments: href(`${api}/pulls/${p.number}/comments`),
    review_comment: href(`${api}/pulls/comments{/number}`),
    commits: href(`${api}/pulls/${p.number}/commits`),
    statuses: href(`${api}/statuses/${p.pull.headSha}`)
  }
}

/** GitHub's `pull-request-simple` (list items). */
function simpleJson(ctx: Ctx, p: Pull): Record<string, unknown> {
  const api = repoApi(ctx)
  const web = `${repoWeb(ctx.store)}/pull/${p.number}`
  const baseSha = ctx.store.git.head(p.pull.base) ?? p.pull.headSha
  const labels = p.labels.flatMap(name => ctx.store.label(name) ?? []).map(l => labelJson(ctx, l))
  return {
    url: `${api}/pulls/${p.number}`,
    id: p.id,
    node_id: `PR_kwDOABPHjc${p.id}`,
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: `${api}/issues/${p.number}`,
    commits_url: `${api}/pulls/${p.number}/commits`,
    review_comments_url: `${api}/pulls/${p.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${p.number}/comments`,
    statuses_url: `${api}/statuses/${p.pull.headSha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: userJson(ctx, p.user),
    body: p.body,
    labels,
    milestone: null,
    active_lock_reason: null,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    closed_at: p.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(ctx, p.pull.head, p.pull.headSha),
    base: side(ctx, p.pull.base, baseSha),
    _links: links(ctx, p),
    author_association: p.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    auto_merge: null,
    draft: false
  }
}

/** GitHub's `pull-request` (single pull request), with counts from the three-dot diff. */
function fullJson(ctx: Ctx, p: Pull): Record<string, unknown> {
  const git = ctx.store.git
  const baseSha = git.head(p.pull.base) ?? ''
  const commits = git.commitsBetween(baseSha, p.pull.headSha)
  const head = git.commit(p.pull.headSha)
  const from = git.commit(git.mergeBase(baseSha, p.pull.headSha) ?? '')
  const files = head ? diffFiles(git, from, head) : []
  const open = p.state === 'open'
  return {
    ...simpleJson(ctx, p),
    merged: false,
    mergeable: open ? true : null,
    rebaseable: open ? true : null,
    mergeable_state: open ? 'clean' : 'unknown',
    merged_by: null,
    comments: p.comments.length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: commits.length,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length
  }
}

function pullsOf(ctx: Ctx): Pull[] {
  return ctx.store.issues.filter(isPull)
}

/** `head` filters only in `owner:branch` form; GitHub ignores a bare branch name. */
function matchesQuery(ctx: Ctx, p: Pull): boolean {
  const { state = 'open', head, base } = ctx.query
  if (state !== 'all' && p.state !== state) return false
  if (base !== undefined && p.pull.base !== base) return false
  if (head === undefined || !head.includes(':')) return true
  const [owner = '', ...branch] = head.split(':')
  return owner.toLowerCase() === ctx.store.owner.toLowerCase() && branch.join(':') === p.pull.head
}

/** GET /repos/{owner}/{repo}/pulls (newest first by default). */
export const listPulls: Handler = ctx => {
  const key = ctx.query.sort === 'updated' ? 'updatedAt' : 'createdAt'
  const sorted = pullsOf(ctx)
    .filter(p => matchesQuery(ctx, p))
    .sort((a, b) => (a[key] === b[key] ? a.number - b.number : a[key] < b[key] ? -1 : 1))
  if (ctx.query.direction !== 'asc') sorted.reverse()
  return paginate(ctx, sorted, p => simpleJson(ctx, p))
}

function findPull(ctx: Ctx): Pull | undefined {
  const issue = ctx.store.issue(Number(ctx.params.pull_number))
  return issue && isPull(issue) ? issue : undefined
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number}. */
export const getPull: Handler = ctx => {
  const p = findPull(ctx)
  return p ? { status: 200, body: fullJson(ctx, p) } : notFound(ctx)
}

function headBranch(ctx: Ctx, head: string): string | undefined {
  if (!head.includes(':')) return head
  const [owner = '', ...rest] = head.split(':')
  return owner.toLowerCase() === ctx.store.owner.toLowerCase() ? rest.join(':') : undefined
}

function refuseCreate(ctx: Ctx, head: string | undefined, base: string): Reply | undefined {
  if (!can(ctx.token, 'pullRequests')) return denied(ctx)
  if (ctx.token.canCreatePullRequests === false) {
    return fail(ctx, 403, 'GitHub Actions is not permitted to create or approve pull requests.')
  }
  const error = (field: string, code: string): Reply =>
    invalid(ctx, [{ resource: 'PullRequest', field, code }])
  if (text(ctx.body, 'title') === undefined) return error('title', 'missing_field')
  const headSha = head === undefined ? undefined : ctx.store.git.head(head)
  const baseSha = ctx.store.git.head(base)
  if (headSha === undefined) return error('head', 'invalid')
  if (baseSha === undefined) return error('base', 'invalid')
  const custom = (message: string): Reply =>
    invalid(ctx, [{ resource: 'PullRequest', code: 'custom', message }])
  const open = pullsOf(ctx).some(
    p => p.state === 'open' && p.pull.head === head && p.pull.base === base
  )
  if (open) return custom(`A pull request already exists for ${ctx.store.owner}:${head}.`)
  if (ctx.store.git.isAncestor(headSha, baseSha))
    return custom(`No commits between ${base} and ${head}`)
  return undefined
}

/** POST /repos/{owner}/{repo}/pulls. */
export const createPull: Handler = ctx => {
  const head = headBranch(ctx, text(ctx.body, 'head') ?? '')
  const base = text(ctx.body, 'base') ?? ''
  const refusal = refuseCreate(ctx, head, base)
  if (refusal || head === undefined) return refusal ?? notFound(ctx)
  const now = ctx.store.clock.iso()
  const pull: Pull = {
    number: ctx.store.issues.length + 1,
    id: ctx.store.newId(),
    title: text(ctx.body, 'title') ?? '',
    body: text(ctx.body, 'body') ?? null,
    state: 'open',
    stateReason: null,
    labels: [],
    comments: [],
    user: ctx.actor,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    pull: { head, base, headSha: ctx.store.git.head(head) ?? '', headReplaced: false }
  }
  ctx.store.issues.push(pull)
  return { status: 201, body: fullJson(ctx, pull) }
}

/** GitHub will not reopen a pull request whose head branch was deleted, force-pushed or recreated. */
function refuseReopen(ctx: Ctx, p: Pull): Reply | undefined {
  const exists = ctx.store.git.head(p.pull.head) !== undefined
  if (exists && !p.pull.headReplaced) return undefined
  const reason = exists ? 'was force-pushed or recreated' : 'has been deleted'
  const message = `state cannot be changed. The ${p.pull.head} branch ${reason}.`
  return invalid(ctx, [{ resource: 'PullRequest', code: 'custom', field: 'state', message }])
}

/** PATCH /repos/{owner}/{repo}/pulls/{pull_number}: title, body, state. */
export const updatePull: Handler = ctx => {
  if (!can(ctx.token, 'pullRequests')) return denied(ctx)
  const p = findPull(ctx)
  if (!p) return notFound(ctx)
  const state = text(ctx.body, 'state')
  if (state === 'open' && p.state === 'closed') {
    const refusal = refuseReopen(ctx, p)
    if (refusal) return refusal
    Object.assign(p, { state: 'open', closedAt: null })
  }
  if (state === 'closed' && p.state === 'open') ctx.store.close(p, null)
  p.title = text(ctx.body, 'title') ?? p.title
  p.body = text(ctx.body, 'body') ?? p.body
  p.pull.base = text(ctx.body, 'base') ?? p.pull.base
  p.updatedAt = isoNow()
  return { status: 200, body: fullJson(ctx, p) }
}
