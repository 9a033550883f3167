import type { Operation } from './operations.js'
import type { Actor, RepoStore } from './store.js'
import type { FakeToken } from './types.js'

/** Everything a handler needs to answer one request. */
export interface Ctx {
  store: RepoStore
  /** The fake's base URL, e.g. http://127.0.0.1:41234 */
  api: string
  op: Operation
  params: Record<string, string>
  query: Record<string, string>
  body: unknown
  token: FakeToken
  actor: Actor
  url: URL
  /** The request's Accept header ('' when absent). */
  accept: string
}

/**
 * A handler's answer. `generic` marks a GitHub-wide answer the description may not list for the
 * operation; `raw` a body that is not JSON (a raw media type), which no schema describes.
 */
export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  generic?: boolean
  raw?: boolean
}

/** Answers one operation. */
export type Handler = (ctx: Ctx) => Reply

/** A power a token may lack. */
export type Power = 'contents' | 'issues' | 'pullRequests' | 'actions' | 'billing'

/** An error body as GitHub writes it: message, documentation_url and the status as a string. */
export function fail(
  ctx: Ctx,
  status: number,
  message: string,
  extra: Record<string, unknown> = {}
): Reply {
  return {
    status,
    body: { message, ...extra, documentation_url: ctx.op.docUrl, status: String(status) }
  }
}

/** 404 Not Found. */
export function notFound(ctx: Ctx): Reply {
  return fail(ctx, 404, 'Not Found')
}

/**
 * A GitHub-wide answer (404 for a missing resource, a 422 refusal…) the description does not list for every
 * operation: checked as `basic-error` and recorded in `offSpec` instead of counting as a violation.
 */
export function unlisted(reply: Reply): Reply {
  return { ...reply, generic: true }
}

/** 422 Validation Failed with GitHub's `errors` array. */
export function invalid(ctx: Ctx, errors: Array<Record<string, string>>): Reply {
  return fail(ctx, 422, 'Validation Failed', { errors })
}

/** True when the token has the power (powers not given default to true). */
export function can(token: FakeToken, power: Power): boolean {
  return token[power] !== false
}

/** 403 for a token without the needed permission. */
export function denied(ctx: Ctx): Reply {
  return { ...fail(ctx, 403, 'Resource not accessible by integration'), generic: true }
}

/** A property of a JSON body, or undefined. */
export function field(body: unknown, key: string): unknown {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)[key]
    : undefined
}

/** A string property of a JSON body, or undefined. */
export function text(body: unknown, key: string): string | undefined {
  const value = field(body, key)
  return typeof value === 'string' ? value : undefined
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 ? n : fallback
}

function linkHeader(url: URL, page: number, last: number): string | undefined {
  const at = (n: number): string => {
    const u = new URL(url)
    u.searchParams.set('page', String(n))
    return `<${u.toString()}>`
  }
  const links: string[] = []
  if (page > 1) links.push(`${at(Math.min(page - 1, last))}; rel="prev"`)
  if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`)
  if (page > 1) links.push(`${at(1)}; rel="first"`)
  return links.length > 0 ? links.join(', ') : undefined
}

/** One page of a list and its `Link` header; only the first `reachable` items can be paged to. */
export function pageOf<T>(
  ctx: Ctx,
  items: T[],
  reachable = Infinity
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(positive(ctx.query.per_page, ctx.store.perPageDefault), 100)
  const page = positive(ctx.query.page, 1)
  const visible = items.slice(0, reachable)
  const last = Math.max(1, Math.ceil(visible.length / perPage))
  const link = linkHeader(ctx.url, page, last)
  return {
    items: visible.slice((page - 1) * perPage, page * perPage),
    headers: link ? { link } : {}
  }
}

/** One page of a list (`per_page` default from the options, at most 100) with GitHub's `Link` header. */
export function paginate<T>(ctx: Ctx, items: T[], render: (item: T) => unknown): Reply {
  const { items: page, headers } = pageOf(ctx, items)
  return { status: 200, body: page.map(render), headers }
}
