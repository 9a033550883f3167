import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import type { FakeOptions, FakeToken, GitHubFake } from '../__fixtures__/github-fake/index.js'
import { startGitHubFake } from '../__fixtures__/github-fake/index.js'

const WORKFLOW = '.github/workflows/nightly.yml'
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
const running: GitHubFake[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map(f => f.close()))
})

function client(fake: GitHubFake, auth = 'test-token'): Octokit {
  return new Octokit({ auth, baseUrl: fake.url, request: { retries: 0 }, log: quiet })
}

async function start(options: FakeOptions = {}) {
  const fake = await startGitHubFake(options)
  running.push(fake)
  return { fake, octokit: client(fake), repo: { owner: fake.owner, repo: fake.repo } }
}

/** A GraphQL answer as GitHub sends it; the matchers check the shape. */
interface Answer {
  data?: Record<string, unknown>
  errors?: Array<Record<string, unknown>>
  message?: string
}

/** Data under its root fields; the matchers check the rest. */
type Data = Record<string, Record<string, unknown>>

/** POSTs a GraphQL body as is, and returns the status, headers and JSON GitHub would send. */
async function post(fake: GitHubFake, body: unknown, auth = 'bearer test-token') {
  const response = await fetch(`${fake.url}/graphql`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Answer
  }
}

/** The error `octokit.graphql` threw (GraphqlResponseError: `errors` and partial `data`). */
async function graphqlFailure(
  promise: Promise<unknown>
): Promise<{ errors: Array<Record<string, unknown>>; data: unknown }> {
  try {
    await promise
  } catch (error: unknown) {
    const e = error as { errors?: Array<Record<string, unknown>>; data?: unknown }
    if (e.errors) return { errors: e.errors, data: e.data }
    throw error
  }
  throw new Error('expected the query to fail')
}

const gitBlobSha = (text: string): string =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex')

const FILE_FIELDS = `oid name path object { ... on Blob { oid text byteSize isBinary isTruncated } }`
const REF_FIELDS = `name target { ... on Commit { oid tree { oid } file(path: $path) { ${FILE_FIELDS} } } }`

async function pullRequests(octokit: Octokit, repo: { owner: string; repo: string }) {
  for (const branch of ['topic', 'other']) {
    const main = await octokit.git.getRef({ ...repo, ref: 'heads/main' })
    await octokit.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: main.data.object.sha })
    const content = Buffer.from(branch).toString('base64')
    await octokit.repos.createOrUpdateFileContents({
      ...repo,
      path: `${branch}.txt`,
      message: branch,
      content,
      branch
    })
  }
  const topic = await octokit.pulls.create({ ...repo, title: 'T', head: 'topic', base: 'main' })
  const other = await octokit.pulls.create({ ...repo, title: 'O', head: 'other', base: 'main' })
  await octokit.issues.addLabels({
    ...repo,
    issue_number: topic.data.number,
    labels: ['orchestrator']
  })
  await octokit.pulls.update({ ...repo, pull_number: other.data.number, state: 'closed' })
  return { topic: topic.data, other: other.data }
}

describe('the GitHub fake over GraphQL', () => {
  describe('repository', () => {
    it('answers the repository, its default branch head and a file from the store', async () => {
      const text = 'on: schedule\n'
      const { fake, octokit, repo } = await start({ files: { [WORKFLOW]: text } })
      const data = await octokit.graphql<Data>(
        `query($owner: String!, $name: String!, $path: String!) {
          repository(owner: $owner, name: $name) {
            id nameWithOwner hasIssuesEnabled autoMergeAllowed owner { __typename login }
            defaultBranchRef { ${REF_FIELDS} }
          }
        }`,
        { owner: 'OCTO-ORG', name: repo.repo, path: WORKFLOW }
      )
      const rest = await octokit.repos.get(repo)
      expect(data.repository).toMatchObject({
        id: rest.data.node_id,
        nameWithOwner: 'octo-org/octo-repo',
        hasIssuesEnabled: true,
        autoMergeAllowed: false,
        owner: { __typename: 'Organization', login: 'octo-org' }
      })
      const head = await octokit.git.getCommit({
        ...repo,
        commit_sha: fake.branchHead('main') ?? ''
      })
      expect(data.repository?.defaultBranchRef).toEqual({
        name: 'main',
        target: {
          oid: head.data.sha,
          tree: { oid: head.data.tree.sha },
          file: {
            oid: gitBlobSha(text),
            name: 'nightly.yml',
            path: WORKFLOW,
            object: {
              oid: gitBlobSha(text),
              text,
              byteSize: text.length,
              isBinary: false,
              isTruncated: false
            }
          }
        }
      })
      expect(fake.violations).toEqual([])
    })

    it('counts GraphQL apart from REST, under the operationId graphql', async () => {
      const { fake, octokit, repo } = await start()
      const answer = await post(fake, { query: '{ rateLimit { cost remaining limit } }' })
      expect(answer.status).toBe(200)
      expect(answer.json).toEqual({
        data: { rateLimit: { cost: 1, remaining: 4999, limit: 5000 } }
      })
      expect(answer.headers.get('x-ratelimit-resource')).toBe('graphql')
      expect(answer.headers.get('x-ratelimit-remaining')).toBe('4999')
      const rest = await octokit.repos.get(repo)
      expect(rest.headers).toMatchObject({
        'x-ratelimit-resource': 'core',
        'x-ratelimit-remaining': '4999'
      })
      expect(fake.requests[0]).toMatchObject({
        method: 'POST',
        path: '/graphql',
        operationId: 'graphql',
        status: 200
      })
      expect(fake.violations).toEqual([])
    })

    it('reads a ref by qualified name, lists branch refs, and resolves object expressions', async () => {
      const { fake, octokit, repo } = await start({
        files: { 'a/b.txt': 'bee', 'bin.dat': '\0\x01' }
      })
      fake.writeFile('orchestrator/schedule', 'a/b.txt', 'changed')
      fake.writeFile('feature', 'c.txt', 'see')
      const data = await octokit.graphql<Data>(
        `query($path: String!) {
          repository(owner: "octo-org", name: "octo-repo") {
            ref(qualifiedName: "refs/heads/orchestrator/schedule") { ${REF_FIELDS} }
            missing: ref(qualifiedName: "refs/heads/nope") { name }
            refs(refPrefix: "refs/heads/", first: 10, query: "or") { totalCount nodes { name target { oid } } }
            all: refs(refPrefix: "refs/heads/", first: 2) { totalCount nodes { name } pageInfo { hasNextPage } }
            blob: object(expression: "main:a/b.txt") { __typename ... on Blob { text byteSize } }
            binary: object(expression: "main:bin.dat") { ... on Blob { text isBinary byteSize } }
            commit: object(expression: "feature") { __typename ... on Commit { oid messageHeadline } }
            tree: object(expression: "main:a") { ... on Tree { entries { name type } } }
            gone: object(expression: "main:nope.txt") { __typename }
          }
        }`,
        { path: 'a/b.txt' }
      )
      expect(data.repository).toEqual({
        ref: {
          name: 'orchestrator/schedule',
          target: expect.objectContaining({
            oid: fake.branchHead('orchestrator/schedule'),
            file: expect.objectContaining({ object: expect.objectContaining({ text: 'changed' }) })
          })
        },
        missing: null,
        refs: {
          totalCount: 1,
          nodes: [
            {
              name: 'orchestrator/schedule',
              target: { oid: fake.branchHead('orchestrator/schedule') }
            }
          ]
        },
        all: {
          totalCount: 3,
          nodes: [{ name: 'feature' }, { name: 'main' }],
          pageInfo: { hasNextPage: true }
        },
        blob: { __typename: 'Blob', text: 'bee', byteSize: 3 },
        binary: { text: null, isBinary: true, byteSize: 2 },
        commit: {
          __typename: 'Commit',
          oid: fake.branchHead('feature'),
          messageHeadline: 'Update c.txt'
        },
        tree: { entries: [{ name: 'b.txt', type: 'blob' }] },
        gone: null
      })
      expect(repo.owner).toBe('octo-org')
      expect(fake.violations).toEqual([])
    })

    it('answers NOT_FOUND for another repository, with data null', async () => {
      const { fake } = await start()
      const answer = await post(fake, { query: '{ repository(owner: "x", name: "y") { id } }' })
      expect(answer.json).toEqual({
        data: { repository: null },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['repository'],
            locations: [{ line: 1, column: 3 }],
            message: "Could not resolve to a Repository with the name 'x/y'."
          }
        ]
      })
      expect(fake.violations).toEqual([])
    })
  })

  describe('pull requests and issues', () => {
    it('filters pull requests by branch and state, with labels and the REST node ids', async () => {
      const { fake, octokit, repo } = await start()
      const { topic, other } = await pullRequests(octokit, repo)
      const data = await octokit.graphql<Data>(`{
        repository(owner: "octo-org", name: "octo-repo") {
          open: pullRequests(headRefName: "topic", baseRefName: "main", states: [OPEN], first: 5) {
            totalCount
            nodes { id number url title body createdAt state labels(first: 10) { nodes { name } } }
          }
          all: pullRequests(states: [OPEN, CLOSED], first: 5, orderBy: { field: CREATED_AT, direction: DESC }) {
            totalCount nodes { number state }
          }
          count: pullRequests(states: OPEN) { totalCount }
        }
      }`)
      expect(data.repository).toEqual({
        open: {
          totalCount: 1,
          nodes: [
            {
              id: topic.node_id,
              number: topic.number,
              url: topic.html_url,
              title: 'T',
              body: '',
              createdAt: topic.created_at,
              state: 'OPEN',
              labels: { nodes: [{ name: 'orchestrator' }] }
            }
          ]
        },
        all: {
          totalCount: 2,
          nodes: [
            { number: other.number, state: 'CLOSED' },
            { number: topic.number, state: 'OPEN' }
          ]
        },
        count: { totalCount: 1 }
      })
      expect(fake.violations).toEqual([])
    })

    it('filters issues by any of the labels and by state, leaving pull requests out', async () => {
      const { fake, octokit, repo } = await start()
      await pullRequests(octokit, repo)
      const a = await octokit.issues.create({ ...repo, title: 'A', labels: ['alert'] })
      const b = await octokit.issues.create({ ...repo, title: 'B', body: 'b', labels: ['other'] })
      await octokit.issues.create({ ...repo, title: 'C' })
      await octokit.issues.update({ ...repo, issue_number: b.data.number, state: 'closed' })
      const data = await octokit.graphql<Data>(`{
        repository(owner: "octo-org", name: "octo-repo") {
          issues(labels: ["alert", "other"], states: [OPEN, CLOSED], first: 10, orderBy: { field: CREATED_AT, direction: ASC }) {
            totalCount
            nodes { id number url title body createdAt state labels(first: 5) { nodes { name } } }
          }
          open: issues(states: OPEN) { totalCount }
        }
      }`)
      expect(data.repository).toEqual({
        issues: {
          totalCount: 2,
          nodes: [
            {
              id: a.data.node_id,
              number: a.data.number,
              url: a.data.html_url,
              title: 'A',
              body: '',
              createdAt: a.data.created_at,
              state: 'OPEN',
              labels: { nodes: [{ name: 'alert' }] }
            },
            expect.objectContaining({ number: b.data.number, state: 'CLOSED', body: 'b' })
          ]
        },
        open: { totalCount: 2 }
      })
      expect(fake.violations).toEqual([])
    })

    it('needs first or last to list nodes, at most 100, as GitHub does', async () => {
      const { fake, octokit } = await start()
      const missing = await graphqlFailure(
        octokit.graphql(
          '{ repository(owner: "octo-org", name: "octo-repo") { issues { nodes { id } } } }'
        )
      )
      expect(missing.errors[0]).toMatchObject({
        type: 'MISSING_PAGINATION_BOUNDARIES',
        path: ['repository', 'issues'],
        message:
          'You must provide a `first` or `last` value to properly paginate the `issues` connection.'
      })
      const excessive = await graphqlFailure(
        octokit.graphql(
          '{ repository(owner: "octo-org", name: "octo-repo") { issues(first: 101) { nodes { id } } } }'
        )
      )
      expect(excessive.errors[0]).toMatchObject({
        type: 'EXCESSIVE_PAGINATION',
        message:
          'Requesting 101 records on the `issues` connection exceeds the `first` limit of 100 records.'
      })
      expect(fake.violations).toEqual([])
    })
  })

  describe('validation against the published schema', () => {
    it('answers a field the schema does not have with 200 and errors, and records a violation', async () => {
      const { fake, octokit } = await start()
      const query = '{ repository(owner: "octo-org", name: "octo-repo") { id defaultBranch } }'
      const answer = await post(fake, { query })
      expect(answer.status).toBe(200)
      expect(answer.json).toEqual({
        errors: [
          {
            path: ['query', 'repository', 'defaultBranch'],
            extensions: {
              code: 'undefinedField',
              typeName: 'Repository',
              fieldName: 'defaultBranch'
            },
            locations: [{ line: 1, column: 57 }],
            message: "Field 'defaultBranch' doesn't exist on type 'Repository'"
          }
        ]
      })
      expect(fake.violations).toEqual([
        expect.stringContaining("POST /graphql graphql: Field 'defaultBranch' doesn't exist")
      ])
      const thrown = await graphqlFailure(octokit.graphql(query))
      expect(thrown.errors[0]?.message).toBe(
        "Field 'defaultBranch' doesn't exist on type 'Repository'"
      )
    })

    it('reports a schema field the fake does not implement, answering it null', async () => {
      const { fake } = await start()
      const query = '{ repository(owner: "octo-org", name: "octo-repo") { id homepageUrl } }'
      const answer = await post(fake, { query })
      expect(answer.json).toEqual({
        data: { repository: { id: 'R_kgDOABPHjQ', homepageUrl: null } }
      })
      expect(fake.violations).toEqual([
        'POST /graphql unimplemented: GraphQL field Repository.homepageUrl'
      ])
    })

    it('records syntax errors, missing arguments, bad variables and a body without a query', async () => {
      const { fake } = await start()
      const answers = [
        await post(fake, { query: '{ repository(owner: "a" { id } }' }),
        await post(fake, { query: '{ repository(owner: "a") { id } }' }),
        await post(fake, {
          query:
            'query($n: Int!) { repository(owner: "a", name: "b") { issue(number: $n) { id } } }',
          variables: { n: 'one' }
        }),
        await post(fake, { variables: {} })
      ]
      expect(answers.map(a => a.status)).toEqual([200, 200, 200, 200])
      expect(answers.every(a => a.json.data === undefined && a.json.errors?.length === 1)).toBe(
        true
      )
      expect(answers[1]?.json.errors?.[0]?.message).toBe(
        "Field 'repository' is missing required arguments: name"
      )
      expect(answers[3]?.json.errors?.[0]?.message).toBe(
        'A query attribute must be specified and must be a string.'
      )
      expect(fake.violations).toHaveLength(4)
    })

    it('answers 401 to an unknown token, and FORBIDDEN to fields the token cannot read', async () => {
      const unreadable: FakeToken['unreadable'] = ['issues', 'contents']
      const tokens = { 'test-token': { workflows: true, unreadable }, other: { workflows: true } }
      const { fake } = await start({ tokens })
      const stranger = await post(fake, { query: '{ viewer { login } }' }, 'bearer wrong')
      expect(stranger).toMatchObject({ status: 401, json: { message: 'Bad credentials' } })
      const query = `{ repository(owner: "octo-org", name: "octo-repo") {
        id object(expression: "main:x") { id } pullRequests(first: 1) { totalCount }
        issues(first: 1) { totalCount }
      } }`
      const answer = await post(fake, { query })
      expect(answer.json.data).toEqual({ repository: null })
      expect(answer.json.errors).toEqual([
        expect.objectContaining({
          type: 'FORBIDDEN',
          path: ['repository', 'object'],
          extensions: { saml_failure: false },
          message: 'Resource not accessible by integration'
        }),
        expect.objectContaining({ type: 'FORBIDDEN', path: ['repository', 'issues'] })
      ])
      const allowed = await post(fake, { query }, 'token other')
      expect(allowed.json.errors).toBeUndefined()
      expect(fake.violations).toEqual([])
    })
  })

  describe('enablePullRequestAutoMerge', () => {
    const ENABLE = `mutation($id: ID!) {
      enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: SQUASH }) {
        pullRequest { number autoMergeRequest { enabledAt mergeMethod } }
      }
    }`

    it('is refused when the repository does not allow auto-merge (the default)', async () => {
      const { fake, octokit, repo } = await start()
      const { topic } = await pullRequests(octokit, repo)
      const refused = await graphqlFailure(octokit.graphql(ENABLE, { id: topic.node_id }))
      expect(refused.data).toEqual({ enablePullRequestAutoMerge: null })
      expect(refused.errors).toEqual([
        expect.objectContaining({
          type: 'UNPROCESSABLE',
          path: ['enablePullRequestAutoMerge'],
          message: 'Pull request Auto merge is not allowed for this repository'
        })
      ])
      expect(fake.autoMerges()).toEqual([])
      expect(fake.violations).toEqual([])
    })

    it('enables auto-merge by the pull request node id where the repository allows it', async () => {
      const { fake, octokit, repo } = await start({
        allowAutoMerge: true,
        now: '2026-03-01T10:00:00Z'
      })
      const { topic, other } = await pullRequests(octokit, repo)
      const data = await octokit.graphql<Data>(ENABLE, { id: topic.node_id })
      expect(data.enablePullRequestAutoMerge).toEqual({
        pullRequest: {
          number: topic.number,
          autoMergeRequest: { enabledAt: '2026-03-01T10:00:00Z', mergeMethod: 'SQUASH' }
        }
      })
      expect(fake.autoMerges()).toEqual([
        {
          number: topic.number,
          mergeMethod: 'SQUASH',
          enabledAt: '2026-03-01T10:00:00Z',
          enabledBy: 'octocat'
        }
      ])
      const closed = await graphqlFailure(octokit.graphql(ENABLE, { id: other.node_id }))
      expect(closed.errors[0]).toMatchObject({ type: 'UNPROCESSABLE' })
      const unknown = await graphqlFailure(octokit.graphql(ENABLE, { id: 'PR_kwDOABPHjc999' }))
      expect(unknown.errors[0]).toMatchObject({ type: 'NOT_FOUND' })
      expect(fake.violations).toEqual([])
    })

    it("answers GitHub's clean-status refusal when told to, and FORBIDDEN without pull-requests: write", async () => {
      const tokens = {
        'test-token': { workflows: true },
        reader: { workflows: true, pullRequests: false }
      }
      const { fake, octokit, repo } = await start({
        allowAutoMerge: true,
        refuseAutoMergeWhenClean: true,
        tokens
      })
      const { topic } = await pullRequests(octokit, repo)
      const clean = await graphqlFailure(octokit.graphql(ENABLE, { id: topic.node_id }))
      expect(clean.errors[0]?.message).toBe('Pull request Pull request is in clean status')
      const reader = await graphqlFailure(
        client(fake, 'reader').graphql(ENABLE, { id: topic.node_id })
      )
      expect(reader.errors[0]).toMatchObject({
        type: 'FORBIDDEN',
        message: 'Resource not accessible by integration'
      })
      expect(fake.autoMerges()).toEqual([])
      expect(fake.violations).toEqual([])
    })
  })
})
