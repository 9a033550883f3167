import { afterEach, describe, expect, it } from '@jest/globals'
import type { FakeOptions, FaultOptions, GitHubFake } from '../__fixtures__/github-fake/index.js'
import { startGitHubFake } from '../__fixtures__/github-fake/index.js'

const running: GitHubFake[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map(f => f.close()))
})

async function start(faults: FaultOptions, options: FakeOptions = {}): Promise<GitHubFake> {
  const fake = await startGitHubFake({ ...options, faults })
  running.push(fake)
  return fake
}

/** What a raw client saw: an HTTP status, a dropped connection, or its own timeout. */
type Seen = { status: number; body: unknown } | { error: string }

/** One request with fetch (no retries, no Octokit), optionally given up after `timeoutMs`. */
async function raw(
  fake: GitHubFake,
  method: string,
  path: string,
  body?: unknown,
  timeoutMs?: number
): Promise<Seen> {
  try {
    const response = await fetch(`${fake.url}${path}`, {
      method,
      headers: { authorization: 'token test-token', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs)
    })
    const text = await response.text()
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) }
  } catch (error: unknown) {
    const e = error as Error
    return { error: e.name === 'TimeoutError' ? 'timeout' : 'dropped' }
  }
}

const REPO = '/repos/octo-org/octo-repo'
const createIssue = (fake: GitHubFake, title: string, timeoutMs?: number) =>
  raw(fake, 'POST', `${REPO}/issues`, { title }, timeoutMs)
const getRepo = (fake: GitHubFake) => raw(fake, 'GET', REPO)
const graphql = (fake: GitHubFake, query: string, variables?: unknown) =>
  raw(fake, 'POST', '/graphql', { query, variables })

describe('GitHub fake faults', () => {
  it('applies a write, then answers 502; never for a GET', async () => {
    const fake = await start({ seed: 1, appliedThenErrorRate: 1 })
    expect(await createIssue(fake, 'A')).toMatchObject({ status: 502 })
    expect(fake.issues().map(i => i.title)).toEqual(['A'])
    expect(await getRepo(fake)).toMatchObject({ status: 200 })
    expect(fake.requests.map(r => [r.status, r.injectedFault])).toEqual([
      [502, 'applied-then-error'],
      [200, undefined]
    ])
    expect(fake.faultCounts()).toMatchObject({ 'applied-then-error': 1, 'server-error': 0 })
    expect(fake.violations).toEqual([])
  })

  it('drops the connection before applying (nothing written) or after (written), as told', async () => {
    const before = await start({ seed: 1, dropRate: 1 })
    expect(await createIssue(before, 'A')).toEqual({ error: 'dropped' })
    expect(before.issues()).toEqual([])
    expect(before.requests[0]).toMatchObject({ status: 0, injectedFault: 'drop-before-applying' })
    const after = await start({ seed: 1, dropRate: 1, dropAfterApplying: 1 })
    expect(await createIssue(after, 'B')).toEqual({ error: 'dropped' })
    expect(after.issues().map(i => i.title)).toEqual(['B'])
    expect(after.faultCounts()).toMatchObject({
      'drop-after-applying': 1,
      'drop-before-applying': 0
    })
    expect([...before.violations, ...after.violations]).toEqual([])
  })

  it('mixes drops before and after applying by the dropAfterApplying chance, the same for a seed', async () => {
    const kinds = async (seed: number): Promise<Array<string | undefined>> => {
      const fake = await start({ seed, dropRate: 1, dropAfterApplying: 0.5 })
      for (let i = 0; i < 12; i++) await createIssue(fake, `I${i}`)
      const after = fake.requests.filter(r => r.injectedFault === 'drop-after-applying').length
      expect(fake.issues()).toHaveLength(after)
      return fake.requests.map(r => r.injectedFault)
    }
    const first = await kinds(5)
    expect(new Set(first)).toEqual(new Set(['drop-before-applying', 'drop-after-applying']))
    expect(await kinds(5)).toEqual(first)
  })

  it('holds a slow answer back past a client timeout, after applying the write', async () => {
    const fake = await start({ seed: 1, slowRate: 1, slowMs: 400 })
    expect(await createIssue(fake, 'A', 100)).toEqual({ error: 'timeout' })
    expect(fake.issues().map(i => i.title)).toEqual(['A'])
    const started = Date.now()
    expect(await getRepo(fake)).toMatchObject({ status: 200 })
    expect(Date.now() - started).toBeGreaterThanOrEqual(350)
    expect(fake.faultCounts().slow).toBe(2)
    expect(fake.violations).toEqual([])
  })

  it('does not keep a slow answer waiting once the fake closes', async () => {
    const fake = await start({ seed: 1, slowRate: 1, slowMs: 60_000 })
    const pending = getRepo(fake)
    await new Promise(resolve => setTimeout(resolve, 100))
    const started = Date.now()
    await fake.close()
    expect(await pending).toEqual({ error: 'dropped' })
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('restricts every kind of fault to the operations named', async () => {
    const fake = await start({
      seed: 1,
      serverErrorRate: 1,
      conflictsOnPut: 1,
      operations: ['issues/create', 'actions/create-workflow-dispatch']
    })
    expect(await getRepo(fake)).toMatchObject({ status: 200 })
    const put = { message: 'm', content: Buffer.from('x').toString('base64') }
    expect(await raw(fake, 'PUT', `${REPO}/contents/x.txt`, put)).toMatchObject({ status: 201 })
    expect(await createIssue(fake, 'A')).toMatchObject({ status: 502 })
    expect(fake.requests.map(r => r.injectedFault)).toEqual([undefined, undefined, 'server-error'])
    expect(fake.faultCounts()).toMatchObject({ 'server-error': 1, conflict: 0 })
    expect(fake.violations).toEqual([])
  })

  it('keeps the first two kinds where they were when the new kinds are switched on', async () => {
    const faults = async (options: FaultOptions): Promise<Array<string | undefined>> => {
      const fake = await start(options)
      for (let i = 0; i < 30; i++) await getRepo(fake)
      return fake.requests.map(r => r.injectedFault)
    }
    const base = { seed: 42, serverErrorRate: 0.3, secondaryRateLimitRate: 0.3 }
    const old = await faults(base)
    const mixed = await faults({ ...base, dropRate: 0.3, slowRate: 0.6, slowMs: 1 })
    const firstTwo = (f: string | undefined): boolean =>
      f === 'server-error' || f === 'secondary-rate-limit'
    expect(mixed.map(f => (firstTwo(f) ? f : undefined))).toEqual(old)
    expect(mixed.some(f => f === 'slow')).toBe(true)
    expect(mixed.some(f => f === 'drop-before-applying')).toBe(true)
  })

  it('applies faults to GraphQL under the operation graphql; a mutation counts as a write', async () => {
    const fake = await start(
      { seed: 1, appliedThenErrorRate: 1, operations: ['graphql'] },
      { allowAutoMerge: true }
    )
    const main = fake.branchHead('main') ?? ''
    await raw(fake, 'POST', `${REPO}/git/refs`, { ref: 'refs/heads/topic', sha: main })
    await raw(fake, 'PUT', `${REPO}/contents/t.txt`, {
      message: 't',
      content: Buffer.from('t').toString('base64'),
      branch: 'topic'
    })
    const pull = await raw(fake, 'POST', `${REPO}/pulls`, {
      title: 'T',
      head: 'topic',
      base: 'main'
    })
    const id = (pull as { body: { node_id: string } }).body.node_id
    const query = await graphql(fake, '{ repository(owner: "octo-org", name: "octo-repo") { id } }')
    expect(query).toMatchObject({ status: 200 })
    const enable = await graphql(
      fake,
      'mutation($id: ID!) { enablePullRequestAutoMerge(input: { pullRequestId: $id }) { clientMutationId } }',
      { id }
    )
    expect(enable).toMatchObject({ status: 502 })
    expect(fake.autoMerges()).toEqual([
      expect.objectContaining({ number: 1, mergeMethod: 'MERGE' })
    ])
    expect(
      fake.requests.filter(r => r.operationId === 'graphql').map(r => r.injectedFault)
    ).toEqual([undefined, 'applied-then-error'])
    expect(fake.violations).toEqual([])
  })

  it('counts every kind, zeros included, and keeps counting across setFaults', async () => {
    const fake = await start({ seed: 3, serverErrorRate: 1 })
    await getRepo(fake)
    fake.setFaults({ seed: 3, secondaryRateLimitRate: 1 })
    await getRepo(fake)
    fake.setFaults(undefined)
    await getRepo(fake)
    expect(fake.faultCounts()).toEqual({
      'server-error': 1,
      'secondary-rate-limit': 1,
      conflict: 0,
      'drop-before-applying': 0,
      'drop-after-applying': 0,
      'applied-then-error': 0,
      slow: 0
    })
  })
})
