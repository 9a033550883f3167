import type { IncomingMessage, ServerResponse } from 'node:http'
import { conditional } from './conditional.js'
import { conflictReply, rawFile, rawReply } from './contents.js'
import { beforeApplying, type Fault, type Faults } from './faults.js'
import { readGraphqlRequest, runGraphql } from './graphql.js'
import type { Ctx, Reply } from './http.js'
import { checkRequest, checkResponse } from './openapi.js'
import { matchOperation, type Matched } from './operations.js'
import { ROUTES } from './routes.js'
import { ACTIONS_BOT, PAT_USER, type RepoStore } from './store.js'
import type { FakeToken, RecordedRequest } from './types.js'

/** A request as read off the socket. */
interface Incoming {
  method: string
  url: URL
  segments: string[]
  path: string
  query: Record<string, string>
  body: unknown
  badJson: boolean
  authorization: string
  accept: string
  ifNoneMatch: string
}

const LIMIT = 5000
const SECONDARY =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
const SERVER_ERROR: Reply = { status: 502, body: { message: 'Server Error' } }
const GRAPHQL_DOCS = 'https://docs.github.com/graphql'

/** A rate-limit budget: REST (`core`) and GraphQL count apart, as on GitHub. */
type Resource = 'core' | 'graphql'

/** How one request was answered: the reply, the operation it matched, the fault injected. */
interface Answered {
  reply: Reply
  matched?: Matched
  operationId?: string
  fault?: Fault
  resource?: Resource
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

async function readIncoming(req: IncomingMessage, base: string): Promise<Incoming> {
  const url = new URL(req.url ?? '/', base)
  const segments = url.pathname.split('/').slice(1).map(decode)
  const text = await readBody(req)
  let body: unknown = undefined
  let badJson = false
  try {
    body = text === '' ? undefined : JSON.parse(text)
  } catch {
    body = text
    badJson = true
  }
  return {
    method: req.method ?? 'GET',
    url,
    segments,
    path: `/${segments.join('/')}`,
    query: Object.fromEntries(url.searchParams),
    body,
    badJson,
    authorization: req.headers.authorization ?? '',
    accept: req.headers.accept ?? '',
    ifNoneMatch: req.headers['if-none-match'] ?? ''
  }
}

/** Serves the fake repository over HTTP and checks all traffic against the OpenAPI description. */
export class FakeServer {
  readonly requests: RecordedRequest[] = []
  readonly violations: string[] = []
  readonly offSpec: string[] = []
  validatedCount = 0
  private readonly remaining: Record<Resource, number> = { core: LIMIT, graphql: LIMIT }
  private readonly reset = Math.floor(Date.now() / 1000) + 3600
  /** Wakes the answers a `slow` fault is holding back, when the fake closes. */
  private readonly sleepers = new Set<() => void>()
  private closed = false
  base = ''

  constructor(
    private readonly store: RepoStore,
    private readonly faults: Faults
  ) {}

  /** Answers one HTTP request. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const inc = await readIncoming(req, this.base)
    const answered = this.answer(inc)
    const { matched, fault } = answered
    const reply = beforeApplying(fault)
      ? answered.reply
      : conditional(inc.method, inc.ifNoneMatch, answered.reply)
    const dropped = fault === 'drop-before-applying' || fault === 'drop-after-applying'
    const sent = fault === 'applied-then-error' ? SERVER_ERROR : reply
    const record: RecordedRequest = {
      method: inc.method,
      path: inc.path,
      query: inc.query,
      body: inc.body,
      status: dropped ? 0 : sent.status,
      operationId: answered.operationId ?? matched?.op.id
    }
    if (fault) record.injectedFault = fault
    this.requests.push(record)
    const answeredByHandler = fault !== 'server-error' && fault !== 'drop-before-applying'
    if (matched && answeredByHandler) this.checkReply(inc, matched, reply)
    if (dropped) {
      res.destroy()
      return
    }
    if (fault === 'slow') await this.sleep(this.faults.slowMs)
    if (this.closed || res.destroyed) return
    this.send(res, sent, answered.resource)
  }

  /** Stops holding back slow answers (the fake is closing). */
  shutdown(): void {
    this.closed = true
    for (const wake of this.sleepers) wake()
    this.sleepers.clear()
  }

  private sleep(ms: number): Promise<void> {
    return new Promise(resolve => {
      const wake = (): void => {
        clearTimeout(timer)
        this.sleepers.delete(wake)
        resolve()
      }
      const timer = setTimeout(wake, ms)
      this.sleepers.add(wake)
    })
  }

  private answer(inc: Incoming): Answered {
    if (inc.method === 'GET' && inc.segments[0] === 'raw') return { reply: this.raw(inc) }
    if (inc.path === '/graphql') return this.graphql(inc)
    const matched = matchOperation(inc.method, inc.segments)
    if (typeof matched === 'string') {
      this.violations.push(
        `unimplemented: ${inc.method} ${inc.path} (${matched} in the OpenAPI description)`
      )
      return { reply: this.plain(404, 'Not Found') }
    }
    this.validatedCount++
    const problems = inc.badJson ? ['body is not JSON'] : checkRequest(matched, inc.query, inc.body)
    for (const p of problems)
      this.violations.push(`${inc.method} ${inc.path} [${matched.op.id}] request: ${p}`)
    const fault = this.faults.next(matched.op.id, inc.method !== 'GET')
    return { reply: this.dispatch(inc, matched, fault), matched, fault }
  }

  /** The reply of a fault decided before anything is done, if that is the fault. */
  private early(fault: Fault | undefined, doc?: string): Reply | undefined {
    if (fault === 'server-error') return SERVER_ERROR
    if (fault === 'secondary-rate-limit') {
      return { ...this.plain(403, SECONDARY, doc), headers: { 'retry-after': '1' } }
    }
    // Never sent: the socket is destroyed.
    if (fault === 'drop-before-applying') return { status: 0 }
    return undefined
  }

  private bearer(inc: Incoming): FakeToken | undefined {
    const credential = /^(?:token|bearer)\s+(\S+)$/i.exec(inc.authorization)?.[1]
    return credential === undefined ? undefined : this.store.token(credential)
  }

  private dispatch(inc: Incoming, matched: Matched, fault: Fault | undefined): Reply {
    const early = this.early(fault)
    if (early) return early
    if (inc.badJson) return this.plain(400, 'Problems parsing JSON')
    const token = this.bearer(inc)
    if (!token) return this.plain(401, 'Bad credentials')
    const handler = ROUTES[matched.op.id]
    if (!this.ours(matched)) return this.plain(404, 'Not Found', matched.op.docUrl)
    if (!handler) {
      this.violations.push(`unimplemented: ${inc.method} ${inc.path} (${matched.op.id})`)
      return this.plain(404, 'Not Found', matched.op.docUrl)
    }
    const ctx = this.context(inc, matched, token)
    return fault === 'conflict' ? conflictReply(ctx) : handler(ctx)
  }

  /** Owner and repository compare without case, as on GitHub; account-level paths are the handlers' to check. */
  private ours(matched: Matched): boolean {
    if (!('owner' in matched.params) && !('repo' in matched.params)) return true
    const { owner = '', repo = '' } = matched.params
    const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()
    return same(owner, this.store.owner) && same(repo, this.store.repo)
  }

  /**
   * `POST /graphql`: parsed and validated against GitHub's published schema (a request that breaks it is a
   * violation, answered 200 with `errors` as GitHub does), then run over the store. It has its own
   * rate-limit budget; faults apply under the operationId `graphql` (a mutation counts as a write).
   */
  private graphql(inc: Incoming): Answered {
    const answered = { operationId: 'graphql', resource: 'graphql' as const }
    if (inc.method !== 'POST') {
      this.violations.push(`unimplemented: ${inc.method} /graphql (GitHub's GraphQL takes POST)`)
      return { ...answered, reply: this.plain(404, 'Not Found', GRAPHQL_DOCS) }
    }
    const request = inc.badJson ? undefined : readGraphqlRequest(inc.body)
    const fault = this.faults.next('graphql', request?.mutation === true)
    const early = this.early(fault, GRAPHQL_DOCS)
    if (early) return { ...answered, reply: early, fault }
    const headers = { 'x-github-media-type': 'github.v4; format=json' }
    const reply = (status: number, body: unknown): Answered => ({
      ...answered,
      fault,
      reply: { status, body, headers }
    })
    if (!request) {
      this.violations.push('POST /graphql [graphql] request: body is not JSON')
      return reply(400, { message: 'Problems parsing JSON', documentation_url: GRAPHQL_DOCS })
    }
    const token = this.bearer(inc)
    if (!inc.authorization) {
      const message = 'This endpoint requires you to be authenticated.'
      return reply(401, { message, documentation_url: GRAPHQL_DOCS })
    }
    if (!token) return reply(401, { message: 'Bad credentials', documentation_url: GRAPHQL_DOCS })
    this.validatedCount++
    if (request.refused) {
      for (const p of request.refused.problems) this.violations.push(`POST /graphql ${p}`)
      return reply(200, { errors: request.refused.errors })
    }
    const actor = (token.kind ?? 'app') === 'app' ? ACTIONS_BOT : PAT_USER
    const remaining = Math.max(0, this.remaining.graphql - 1)
    const rate = {
      limit: LIMIT,
      remaining,
      used: LIMIT - remaining,
      resetAt: new Date(this.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      cost: 1
    }
    const result = runGraphql(request, { store: this.store, token, actor, rate })
    for (const p of [...result.problems, ...result.bugs]) this.violations.push(`POST /graphql ${p}`)
    return reply(200, result.body)
  }

  private context(inc: Incoming, matched: Matched, token: FakeToken): Ctx {
    return {
      store: this.store,
      api: this.base,
      op: matched.op,
      params: matched.params,
      query: inc.query,
      body: inc.body,
      token,
      actor: (token.kind ?? 'app') === 'app' ? ACTIONS_BOT : PAT_USER,
      url: inc.url,
      accept: inc.accept
    }
  }

  private plain(status: number, message: string, doc = 'https://docs.github.com/rest'): Reply {
    return {
      status,
      body: { message, documentation_url: doc, status: String(status) },
      generic: true
    }
  }

  private raw(inc: Incoming): Reply {
    const [, owner, repo, ref = '', ...path] = inc.segments
    const ours = owner === this.store.owner && repo === this.store.repo
    const bytes = ours ? rawFile({ store: this.store }, ref, path.join('/')) : undefined
    return bytes ? rawReply(bytes) : this.plain(404, 'Not Found')
  }

  private checkReply(inc: Incoming, matched: Matched, reply: Reply): void {
    if (reply.raw) return
    this.validatedCount++
    const where = `${inc.method} ${inc.path} [${matched.op.id}]`
    if (reply.status === 304) {
      if (!('304' in matched.op.responses))
        this.offSpec.push(`${where} answered 304 Not Modified, which the description does not list`)
      return
    }
    const check = checkResponse(matched.op, reply.status, reply.body, reply.generic === true)
    for (const p of check.problems) this.violations.push(`${where} response ${reply.status}: ${p}`)
    if (check.offSpec)
      this.offSpec.push(`${where} answered ${reply.status}, which the description does not list`)
  }

  /** GitHub's headers; a 304 answer to a conditional request does not count against the rate limit. */
  private headers(counted: boolean, resource: Resource): Record<string, string> {
    if (counted) this.remaining[resource] = Math.max(0, this.remaining[resource] - 1)
    const remaining = this.remaining[resource]
    const n = this.requests.length
    return {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': String(LIMIT),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(this.reset),
      'x-ratelimit-used': String(LIMIT - remaining),
      'x-ratelimit-resource': resource,
      'x-github-request-id': `FA4E:${(n * 7919).toString(16).toUpperCase()}:${n.toString(16).toUpperCase()}`
    }
  }

  private send(res: ServerResponse, reply: Reply, resource: Resource = 'core'): void {
    res.statusCode = reply.status
    const headers = { ...this.headers(reply.status !== 304, resource), ...reply.headers }
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    if (reply.body === undefined) res.end()
    else res.end(Buffer.isBuffer(reply.body) ? reply.body : JSON.stringify(reply.body))
  }
}
