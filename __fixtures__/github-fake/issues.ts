import { isoNow } from './git.js'
import {
  can,
  denied,
  fail,
  field,
  invalid,
  notFound,
  paginate,
  text,
  type Ctx,
  type Handler,
  type Reply
} from './http.js'
import { labelJson, repoApi, repoWeb, userJson } from './render.js'
import type { IssueRecord } from './store.js'

/** GitHub's `issue`; pull requests carry a `pull_request` key. */
export function issueJson(ctx: Ctx, issue: IssueRecord): Record<string, unknown> {
  const api = `${repoApi(ctx)}/issues/${issue.number}`
  const web = `${repoWeb(ctx.store)}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`
  const pr = `${repoWeb(ctx.store)}/pull/${issue.number}`
  const pullRequest = {
    url: `${repoApi(ctx)}/pulls/${issue.number}`,
    html_url: pr,
    diff_url: `${pr}.diff`,
    patch_url: `${pr}.patch`,
    merged_at: null
  }
  return {
    id: issue.id,
    node_id: `I_kwDOABPHjc${issue.id}`,
    url: api,
    repository_url: repoApi(ctx),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: web,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userJson(ctx, issue.user),
    labels: labelsOf(ctx, issue),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: issue.comments.length,
    ...(issue.pull ? { pull_request: pullRequest, draft: false } : {}),
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: issue.user.type === 'Bot' ? 'NONE' : 'MEMBER'
  }
}

function labelsOf(ctx: Ctx, issue: IssueRecord): Array<Record<string, unknown>> {
  return issue.labels.flatMap(name => ctx.store.label(name) ?? []).map(l => labelJson(ctx, l))
}

/** Issues are hidden (pull requests stay) when the repository has them disabled. */
function visible(ctx: Ctx, issue: IssueRecord): boolean {
  return ctx.store.issuesEnabled || issue.pull !== undefined
}

function matches(ctx: Ctx, issue: IssueRecord): boolean {
  const { state = 'open', labels } = ctx.query
  if (state !== 'all' && issue.state !== state) return false
  const wanted = (labels ?? '')
    .split(',')
    .map(l => l.trim().toLowerCase())
    .filter(l => l !== '')
  const have = issue.labels.map(l => l.toLowerCase())
  return wanted.every(l => have.includes(l))
}

/** GET /repos/{owner}/{repo}/issues: issues and pull requests, newest first by default. */
export const listIssues: Handler = ctx => {
  const key = ctx.query.sort === 'updated' ? 'updatedAt' : 'createdAt'
  const found = ctx.store.issues
    .filter(i => visible(ctx, i) && matches(ctx, i))
    .sort((a, b) => (a[key] === b[key] ? a.number - b.number : a[key] < b[key] ? -1 : 1))
  if (ctx.query.direction !== 'asc') found.reverse()
  return paginate(ctx, found, i => issueJson(ctx, i))
}

function labelNames(value: unknown): string[] {
  const items = Array.isArray(value) ? value : []
  return items.flatMap(item => {
    const name = typeof item === 'string' ? item : field(item, 'name')
    return typeof name === 'string' && name.trim() !== '' ? [name.trim()] : []
  })
}

/** Sets labels by name, creating missing repository labels as GitHub does for users with push access. */
function applyLabels(ctx: Ctx, issue: IssueRecord, names: string[]): void {
  const canonical = names.map(n => ctx.store.ensureLabel(n).name)
  issue.labels = [...new Set(canonical)].sort((a, b) =>
    a.toLowerCase().localeCompare(b.toLowerCase())
  )
}

function issueWriteRefusal(ctx: Ctx, issue: IssueRecord | undefined): Reply | undefined {
  const allowed =
    can(ctx.token, 'issues') || (issue?.pull !== undefined && can(ctx.token, 'pullRequests'))
  if (!allowed) return denied(ctx)
  if (issue?.pull === undefined && !ctx.store.issuesEnabled) {
    return { ...fail(ctx, 410, 'Issues are disabled for this repo'), generic: true }
  }
  return undefined
}

/** POST /repos/{owner}/{repo}/issues. */
export const createIssue: Handler = ctx => {
  const refusal = issueWriteRefusal(ctx, undefined)
  if (refusal) return refusal
  const title = field(ctx.body, 'title')
  if (typeof title !== 'string' && typeof title !== 'number') {
    return invalid(ctx, [{ resource: 'Issue', field: 'title', code: 'missing_field' }])
  }
  const now = isoNow()
  const issue: IssueRecord = {
    number: ctx.store.issues.length + 1,
    id: ctx.store.newId(),
    title: String(title),
    body: text(ctx.body, 'body') ?? null,
    state: 'open',
    stateReason: null,
    labels: [],
    comments: [],
    user: ctx.actor,
    createdAt: now,
    updatedAt: now,
    closedAt: null
  }
  applyLabels(ctx, issue, labelNames(field(ctx.body, 'labels')))
  ctx.store.issues.push(issue)
  return { status: 201, body: issueJson(ctx, issue) }
}

function findIssue(ctx: Ctx): IssueRecord | undefined {
  const issue = ctx.store.issue(Number(ctx.params.issue_number))
  return issue && visible(ctx, issue) ? issue : undefined
}

/** GET /repos/{owner}/{repo}/issues/{issue_number}. */
export const getIssue: Handler = ctx => {
  if (
    !ctx.store.issuesEnabled &&
    ctx.store.issue(Number(ctx.params.issue_number))?.pull === undefined
  ) {
    return fail(ctx, 410, 'Issues are disabled for this repo')
  }
  const issue = findIssue(ctx)
  return issue ? { status: 200, body: issueJson(ctx, issue) } : notFound(ctx)
}

function setState(ctx: Ctx, issue: IssueRecord): void {
  const state = text(ctx.body, 'state')
  const reason = text(ctx.body, 'state_reason')
  if (state === 'closed' && issue.state === 'open')
    ctx.store.close(issue, issue.pull ? null : (reason ?? 'completed'))
  if (state === 'open' && issue.state === 'closed') {
    Object.assign(issue, {
      state: 'open',
      closedAt: null,
      stateReason: issue.pull ? null : 'reopened'
    })
  }
}

/** PATCH /repos/{owner}/{repo}/issues/{issue_number}: title, body, state, state_reason, labels. */
export const updateIssue: Handler = ctx => {
  const issue = ctx.store.issue(Number(ctx.params.issue_number))
  const refusal = issueWriteRefusal(ctx, issue)
  if (refusal) return refusal
  if (!issue) return notFound(ctx)
  setState(ctx, issue)
  issue.title = text(ctx.body, 'title') ?? issue.title
  const body = field(ctx.body, 'body')
  if (typeof body === 'string' || body === null) issue.body = body
  if (Array.isArray(field(ctx.body, 'labels')))
    applyLabels(ctx, issue, labelNames(field(ctx.body, 'labels')))
  issue.updatedAt = isoNow()
  return { status: 200, body: issueJson(ctx, issue) }
}

/** GET /repos/{owner}/{repo}/issues/{issue_number}/labels. */
export const listIssueLabels: Handler = ctx => {
  const issue = findIssue(ctx)
  if (!issue) return notFound(ctx)
  return paginate(
    ctx,
    issue.labels.flatMap(n => ctx.store.label(n) ?? []),
    l => labelJson(ctx, l)
  )
}

/** POST /repos/{owner}/{repo}/issues/{issue_number}/labels: adds labels, answers all of the issue's labels. */
export const addLabels: Handler = ctx => {
  const issue = ctx.store.issue(Number(ctx.params.issue_number))
  const refusal = issueWriteRefusal(ctx, issue)
  if (refusal) return refusal
  if (!issue) return notFound(ctx)
  const names = labelNames(Array.isArray(ctx.body) ? ctx.body : field(ctx.body, 'labels'))
  applyLabels(ctx, issue, [...issue.labels, ...names])
  issue.updatedAt = isoNow()
  return { status: 200, body: labelsOf(ctx, issue) }
}
