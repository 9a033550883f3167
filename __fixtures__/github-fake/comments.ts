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
  type Handler
} from './http.js'
import { repoApi, repoWeb, userJson } from './render.js'
import type { Comment, IssueRecord } from './store.js'

function commentJson(ctx: Ctx, issue: IssueRecord, comment: Comment): Record<string, unknown> {
  const web = `${repoWeb(ctx.store)}/${issue.pull ? 'pull' : 'issues'}/${issue.number}#issuecomment-${comment.id}`
  return {
    id: comment.id,
    node_id: `IC_kwDOABPHjc${comment.id}`,
    url: `${repoApi(ctx)}/issues/comments/${comment.id}`,
    html_url: web,
    body: comment.body,
    user: userJson(ctx, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${repoApi(ctx)}/issues/${issue.number}`,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER'
  }
}

function commentable(ctx: Ctx): IssueRecord | undefined {
  return ctx.store.issue(Number(ctx.params.issue_number))
}

/** GET /repos/{owner}/{repo}/issues/{issue_number}/comments (oldest first). */
export const listComments: Handler = ctx => {
  const issue = commentable(ctx)
  if (issue && !issue.pull && !ctx.store.issuesEnabled)
    return fail(ctx, 410, 'Issues are disabled for this repo')
  return issue ? paginate(ctx, issue.comments, c => commentJson(ctx, issue, c)) : notFound(ctx)
}

/** POST /repos/{owner}/{repo}/issues/{issue_number}/comments (issues or pull requests). */
export const createComment: Handler = ctx => {
  const issue = commentable(ctx)
  const allowed =
    can(ctx.token, 'issues') || (issue?.pull !== undefined && can(ctx.token, 'pullRequests'))
  if (!allowed) return denied(ctx)
  if (!issue) return notFound(ctx)
  if (!issue.pull && !ctx.store.issuesEnabled)
    return fail(ctx, 410, 'Issues are disabled for this repo')
  const body = text(ctx.body, 'body')
  if (body === undefined)
    return invalid(ctx, [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }])
  const now = isoNow()
  const comment = { id: ctx.store.newId(), body, user: ctx.actor, createdAt: now, updatedAt: now }
  issue.comments.push(comment)
  issue.updatedAt = now
  return { status: 201, body: commentJson(ctx, issue, comment) }
}
