import { getOctokit } from '@actions/github'
import * as core from '@actions/core'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck'
import type { Octokit } from '@octokit/core'

/** The Octokit the adapter uses: REST methods, pagination, retries and throttling. */
export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  /** GITHUB_API_URL; getOctokit falls back to it too. */
  baseUrl?: string
  /** Base of every backoff wait, in ms (1000 in production; tests shorten it). */
  backoffMs?: number
  /** Minimum ms between two writes, as GitHub's best practices ask (1000 in production). */
  writeSpacingMs?: number
  /** Longest wait for one answer before the attempt is abandoned and retried (30 s in production). */
  timeoutMs?: number
}

/**
 * The client with the number of requests it made (all of them, the GraphQL ones, the 304 answers that cost no rate
 * limit) and what the last REST answer said is left of the rate limit.
 */
export type CountedClient = GitHubClient & {
  requestCount(): number
  graphqlCount(): number
  notModifiedCount(): number
  rateLimitRemaining(): number | undefined
}

const RETRIES = 4

/** Counts every HTTP attempt, GraphQL ones apart; registered first, so it sits inside the retry and throttle wrappers. */
function countingPlugin(octokit: Octokit) {
  let attempts = 0
  let graphql = 0
  let notModified = 0
  let remaining: number | undefined
  // GraphQL has a rate limit of its own; only REST (`core`) answers say what is left of the one REST calls spend.
  const read = (headers: Record<string, unknown> | undefined) => {
    const left = Number(headers?.['x-ratelimit-remaining'] ?? NaN)
    const resource = headers?.['x-ratelimit-resource'] ?? 'core'
    if (Number.isFinite(left) && resource === 'core') remaining = left
  }
  octokit.hook.before('request', options => {
    attempts += 1
    if (String(options.url).endsWith('/graphql')) graphql += 1
  })
  octokit.hook.after('request', response => read(response.headers))
  octokit.hook.error('request', error => {
    const failed = error as { status?: number; response?: { headers?: Record<string, unknown> } }
    if (failed.status === 304) notModified += 1
    read(failed.response?.headers)
    throw error
  })
  return {
    requestCount: () => attempts,
    graphqlCount: () => graphql,
    notModifiedCount: () => notModified,
    rateLimitRemaining: () => remaining
  }
}

function onLimit(kind: string) {
  return (
    retryAfter: number,
    options: { method?: string; url?: string },
    _octokit: unknown,
    retryCount: number
  ) => {
    core.warning(
      `GitHub ${kind} on ${options.method} ${options.url}; retry ${retryCount + 1} in ${retryAfter}s`
    )
    return retryCount < RETRIES
  }
}

/**
 * Gives every attempt its own deadline: a connection that hangs is abandoned (and retried as a failure) instead of
 * holding the run until the job's own timeout. Registered first, so it wraps each attempt, not the retry loop.
 */
function deadlinePlugin(timeoutMs: number) {
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', (request, options) =>
      request({
        ...options,
        request: { ...options.request, signal: AbortSignal.timeout(timeoutMs) }
      })
    )
  }
}

/** Builds the client: 5xx retried with backoff, rate limits waited out, writes spaced, 409 left to the caller. */
export function createClient(options: ClientOptions): CountedClient {
  const backoff = options.backoffMs ?? 1000
  const client = getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: {
        retries: RETRIES,
        retryAfterBaseValue: backoff,
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451]
      },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        retryAfterBaseValue: backoff,
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeSpacingMs ?? 1000 })
      }
    },
    countingPlugin,
    deadlinePlugin(options.timeoutMs ?? 30_000),
    retry,
    throttling
  )
  return client as CountedClient
}
