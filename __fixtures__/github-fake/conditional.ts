import { createHash } from 'node:crypto'
import type { Reply } from './http.js'

/** A weak ETag over a JSON body: it changes exactly when the body does. */
export function etagOf(body: unknown): string {
  return `W/"${createHash('sha256').update(JSON.stringify(body)).digest('hex')}"`
}

function opaque(tag: string): string {
  return tag.trim().replace(/^W\//, '')
}

/** If-None-Match uses the weak comparison: `W/` prefixes do not count; `*` matches any. */
function matches(ifNoneMatch: string, tag: string): boolean {
  const wanted = ifNoneMatch.split(',').map(opaque)
  return wanted.includes('*') || wanted.includes(opaque(tag))
}

/**
 * Adds an ETag to a GET's JSON 200, as GitHub does, and answers 304 with no body when the request's
 * If-None-Match names it. A 304 costs no rate limit (the server does not count it).
 */
export function conditional(method: string, ifNoneMatch: string, reply: Reply): Reply {
  if (method !== 'GET' || reply.status !== 200 || reply.raw || reply.body === undefined)
    return reply
  const etag = etagOf(reply.body)
  if (ifNoneMatch !== '' && matches(ifNoneMatch, etag))
    return { status: 304, headers: { etag, ...linkOf(reply) } }
  return { ...reply, headers: { ...reply.headers, etag } }
}

function linkOf(reply: Reply): Record<string, string> {
  const link = reply.headers?.link
  return link === undefined ? {} : { link }
}
