import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import type { FakeOptions, FakeToken, GitHubFake } from '../__fixtures__/github-fake/index.js'
import { startGitHubFake } from '../__fixtures__/github-fake/index.js'

const WORKFLOW = '.github/workflows/nightly.yml'
const REFUSAL = `refusing to allow a GitHub App to create or update workflow \`${WORKFLOW}\` without \`workflows\` permission`
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

function onlyToken(token: FakeToken): FakeOptions {
  return { tokens: { 'test-token': token } }
}

/** The error Octokit threw, as status and GitHub's JSON body. */
async function failure(promise: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  try {
    await promise
  } catch (error: unknown) {
    const e = error as { status?: number; response?: { data?: unknown } }
    return { status: e.status ?? 0, data: e.response?.data }
  }
  throw new Error('expected the request to fail')
}

function refused(status: number, message: string) {
  return { status, data: expect.objectContaining({ message }) }
}

const b64 = (text: string): string => Buffer.from(text).toString('base64')
const gitBlobSha = (text: string): string =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex')

describe('the GitHub fake', () => {
  describe('contents', () => {
    it('reads a file as 60-column base64 with its git blob sha, and lists a directory', async () => {
      const text = `name: nightly\n# ${'x'.repeat(100)}\n`
      const { fake, octokit, repo } = await start({ files: { [WORKFLOW]: text } })
      const { data } = await octokit.repos.getContent({ ...repo, path: WORKFLOW })
      const file = data as { content: string; sha: string; size: number; download_url: string }
      const lines = file.content.split('\n')
      expect(lines.map(l => l.length)).toEqual([60, 60, 36, 0])
      expect(Buffer.from(file.content, 'base64').toString()).toBe(text)
      expect([file.sha, file.size]).toEqual([gitBlobSha(text), text.length])
      expect(await (await fetch(file.download_url)).text()).toBe(text)
      const literal = `GET /repos/octo-org/octo-repo/contents/${WORKFLOW}`
      const raw = await octokit.request(literal, { mediaType: { format: 'raw' } })
      expect(raw.data).toBe(text)
      const dir = await octokit.repos.getContent({ ...repo, path: '.github/workflows' })
      expect((dir.data as Array<{ name: string }>).map(e => e.name)).toEqual(['nightly.yml'])
      expect(fake.violations).toEqual([])
    })

    it('answers 404 for a missing file and for a missing ref', async () => {
      const { fake, octokit, repo } = await start()
      expect((await failure(octokit.repos.getContent({ ...repo, path: 'nope' }))).status).toBe(404)
      const badRef = octokit.repos.getContent({ ...repo, path: 'a', ref: 'gone' })
      expect(await failure(badRef)).toMatchObject(refused(404, 'No commit found for the ref gone'))
      expect(fake.violations).toEqual([])
    })

    it('creates a file (201), then updates it with its sha (200), as commits', async () => {
      const { fake, octokit, repo } = await start()
      const put = { ...repo, path: 'state.json', branch: 'main' }
      const created = await octokit.repos.createOrUpdateFileContents({
        ...put,
        message: 'add',
        content: b64('{}')
      })
      expect(created.status).toBe(201)
      const sha = created.data.content?.sha
      const updated = await octokit.repos.createOrUpdateFileContents({
        ...put,
        message: 'edit',
        content: b64('[]'),
        sha
      })
      expect(updated.status).toBe(200)
      expect(fake.fileAt('main', 'state.json')).toBe('[]')
      const [edit, add] = fake.commitsOn('main')
      expect([edit?.message, add?.message, edit?.parents]).toEqual(['edit', 'add', [add?.sha]])
      expect(fake.branchHead('main')).toBe(updated.data.commit.sha)
      expect(fake.violations).toEqual([])
    })

    it('refuses a stale sha (409), a missing sha (422) and a missing branch (404)', async () => {
      const { fake, octokit, repo } = await start({ files: { 'a.txt': 'one' } })
      const put = { ...repo, path: 'a.txt', message: 'm', content: b64('two') }
      const stale = 'f'.repeat(40)
      const conflict = octokit.repos.createOrUpdateFileContents({ ...put, sha: stale })
      expect(await failure(conflict)).toMatchObject(refused(409, `a.txt does not match ${stale}`))
      const noSha = octokit.repos.createOrUpdateFileContents(put)
      const wasnt = 'Invalid request.\n\n"sha" wasn\'t supplied.'
      expect(await failure(noSha)).toMatchObject(refused(422, wasnt))
      const noBranch = octokit.repos.createOrUpdateFileContents({ ...put, branch: 'x' })
      expect(await failure(noBranch)).toMatchObject(refused(404, 'Branch x not found'))
      expect(fake.fileAt('main', 'a.txt')).toBe('one')
      expect(fake.violations).toEqual([])
    })

    it.each([
      ['app' as const, 403, REFUSAL],
      ['pat' as const, 404, 'Not Found']
    ])('refuses workflow writes by a %s token without workflows', async (kind, status, message) => {
      const { fake, octokit, repo } = await start(onlyToken({ workflows: false, kind }))
      const put = { ...repo, path: WORKFLOW, message: 'm', content: b64('on: push\n') }
      const answer = await failure(octokit.repos.createOrUpdateFileContents(put))
      expect(answer).toMatchObject(refused(status, message))
      expect(fake.fileAt('main', WORKFLOW)).toBeUndefined()
      expect(fake.violations).toEqual([])
    })

    it('answers 403 to a token without contents permission, noting the unlisted status', async () => {
      const { fake, octokit, repo } = await start(onlyToken({ workflows: true, contents: false }))
      const put = { ...repo, path: 'a', message: 'm', content: '' }
      const answer = await failure(octokit.repos.createOrUpdateFileContents(put))
      expect(answer).toMatchObject(refused(403, 'Resource not accessible by integration'))
      expect(fake.offSpec).toEqual([expect.stringContaining('answered 403')])
      expect(fake.violations).toEqual([])
    })
  })

  describe('refs', () => {
    it('creates, refuses duplicates and unknown objects, force-updates and deletes', async () => {
      const { fake, octokit, repo } = await start()
      const main = fake.branchHead('main') as string
      const ref = 'refs/heads/orchestrator/schedules'
      expect((await octokit.git.createRef({ ...repo, ref, sha: main })).status).toBe(201)
      const again = await failure(octokit.git.createRef({ ...repo, ref, sha: main }))
      expect(again).toMatchObject(refused(422, 'Reference already exists'))
      const ghost = octokit.git.createRef({ ...repo, ref: 'refs/heads/y', sha: 'a'.repeat(40) })
      expect(await failure(ghost)).toMatchObject(refused(422, 'Object does not exist'))
      fake.writeFile('main', 'b.txt', 'b')
      fake.writeFile('orchestrator/schedules', 'c.txt', 'c')
      const short = { ...repo, ref: 'heads/orchestrator/schedules' }
      const move = { ...short, sha: fake.branchHead('main') as string }
      const notFf = await failure(octokit.git.updateRef(move))
      expect(notFf).toMatchObject(refused(422, 'Update is not a fast forward'))
      const forced = await octokit.git.updateRef({ ...move, force: true })
      expect(forced.data.object.sha).toBe(fake.branchHead('main'))
      expect((await octokit.git.getRef(short)).data.ref).toBe(ref)
      expect((await octokit.git.deleteRef(short)).status).toBe(204)
      expect(await failure(octokit.git.deleteRef(short))).toMatchObject(
        refused(422, 'Reference does not exist')
      )
      expect((await failure(octokit.git.getRef({ ...repo, ref: 'heads/nope' }))).status).toBe(404)
      expect(fake.branches()).toEqual(['main'])
      expect(fake.violations).toEqual([])
    })
    it('compares three-dot: ahead, behind and the files the head changed', async () => {
      const { fake, octokit, repo } = await start({ files: { [WORKFLOW]: 'a\nb\nc\n' } })
      fake.writeFile('topic', WORKFLOW, 'a\nB\nc\n')
      fake.writeFile('main', 'other.txt', 'x')
      const compare = (basehead: string) =>
        octokit.repos.compareCommitsWithBasehead({ ...repo, basehead })
      const { data } = await compare('main...topic')
      expect([data.status, data.ahead_by, data.behind_by]).toEqual(['diverged', 1, 1])
      const files = data.files?.map(f => [f.filename, f.status, f.additions, f.deletions, f.sha])
      expect(files).toEqual([[WORKFLOW, 'modified', 1, 1, gitBlobSha('a\nB\nc\n')]])
      expect((await compare('main...main')).data.status).toBe('identical')
      const pr = await octokit.pulls.create({ ...repo, title: 'T', head: 'topic', base: 'main' })
      const counts = { commits: 1, additions: 1, deletions: 1, changed_files: 1 }
      expect(pr.data).toMatchObject(counts)
      expect(fake.violations).toEqual([])
    })
  })

  describe('pull requests', () => {
    async function withBranches(options: FakeOptions = {}) {
      const started = await start(options)
      started.fake.writeFile('topic', 'x.txt', 'x')
      started.fake.writeFile('other', 'y.txt', 'y')
      return started
    }

    it('creates, refuses duplicates and empty heads, lists, updates and closes', async () => {
      const { fake, octokit, repo } = await withBranches()
      const pr = { ...repo, title: 'T', head: 'topic', base: 'main' }
      const created = await octokit.pulls.create({ ...pr, body: 'B' })
      expect(created.status).toBe(201)
      await octokit.pulls.create({ ...pr, title: 'O', head: `${repo.owner}:other` })
      const dup = await failure(octokit.pulls.create(pr))
      const message = `A pull request already exists for ${repo.owner}:topic.`
      const error = { resource: 'PullRequest', code: 'custom', message }
      expect(dup).toMatchObject({ status: 422, data: { errors: [error] } })
      fake.writeFile('empty', 'README', '')
      const main = fake.branchHead('main') as string
      await octokit.git.updateRef({ ...repo, ref: 'heads/empty', sha: main, force: true })
      const empty = await failure(octokit.pulls.create({ ...pr, head: 'empty' }))
      const none = { message: 'No commits between main and empty' }
      expect(empty).toMatchObject({ status: 422, data: { errors: [none] } })
      const byHead = await octokit.pulls.list({
        ...repo,
        head: `${repo.owner}:topic`,
        base: 'main'
      })
      expect(byHead.data.map(p => p.number)).toEqual([created.data.number])
      const ignored = await octokit.pulls.list({ ...repo, head: 'topic' })
      expect(ignored.data.map(p => p.head.ref)).toEqual(['other', 'topic'])
      const number = { ...repo, pull_number: created.data.number }
      await octokit.pulls.update({ ...number, title: 'T2', state: 'closed' })
      expect((await octokit.pulls.get(number)).data.state).toBe('closed')
      expect(fake.pulls()).toMatchObject([
        { title: 'T2', state: 'closed', head: 'topic', base: 'main', body: 'B' },
        { title: 'O', state: 'open' }
      ])
      expect(fake.violations).toEqual([])
    })

    it('closes an open pull request whose head is reset to its base or deleted', async () => {
      const { fake, octokit, repo } = await withBranches()
      await octokit.pulls.create({ ...repo, title: 'T', head: 'topic', base: 'main' })
      await octokit.pulls.create({ ...repo, title: 'O', head: 'other', base: 'main' })
      const main = fake.branchHead('main') as string
      await octokit.git.updateRef({ ...repo, ref: 'heads/topic', sha: main, force: true })
      await octokit.git.deleteRef({ ...repo, ref: 'heads/other' })
      expect(fake.pulls().map(p => p.state)).toEqual(['closed', 'closed'])
      const reopen = await failure(octokit.pulls.update({ ...repo, pull_number: 1, state: 'open' }))
      expect(reopen.status).toBe(422)
      expect(fake.violations).toEqual([])
    })

    it.each([
      [
        { canCreatePullRequests: false },
        'GitHub Actions is not permitted to create or approve pull requests.'
      ],
      [{ pullRequests: false }, 'Resource not accessible by integration']
    ])('answers 403 to a token that may not open pull requests (%j)', async (power, message) => {
      const { fake, octokit, repo } = await withBranches(onlyToken({ workflows: true, ...power }))
      const create = octokit.pulls.create({ ...repo, title: 'T', head: 'topic', base: 'main' })
      expect(await failure(create)).toMatchObject(refused(403, message))
      expect(fake.pulls()).toEqual([])
      expect(fake.violations).toEqual([])
    })
  })

  describe('issues and labels', () => {
    it('lists by label with pull requests marked by pull_request, comments, closes', async () => {
      const { fake, octokit, repo } = await start()
      fake.writeFile('topic', 'x.txt', 'x')
      const pr = await octokit.pulls.create({ ...repo, title: 'PR', head: 'topic', base: 'main' })
      const labels = ['orchestrator']
      await octokit.issues.addLabels({ ...repo, issue_number: pr.data.number, labels })
      const alert = { ...repo, title: 'Alert', body: '<!-- marker -->', labels }
      const issue = { ...repo, issue_number: (await octokit.issues.create(alert)).data.number }
      await octokit.issues.create({ ...repo, title: 'Other' })
      const { data } = await octokit.issues.listForRepo({ ...repo, labels: 'orchestrator' })
      expect(data.map(i => [i.number, i.pull_request !== undefined])).toEqual([
        [2, false],
        [1, true]
      ])
      await octokit.issues.createComment({ ...issue, body: 'worse' })
      await octokit.issues.update({ ...issue, state: 'closed', state_reason: 'completed' })
      const comments = await octokit.issues.listComments(issue)
      expect(comments.data.map(c => c.body)).toEqual(['worse'])
      expect(fake.issues()).toMatchObject([
        { number: 2, state: 'closed', labels, comments: ['worse'], body: '<!-- marker -->' },
        { number: 3, title: 'Other', labels: [] }
      ])
      expect(fake.pulls()[0]?.labels).toEqual(labels)
      expect(fake.violations).toEqual([])
    })

    it('answers 410 when issues are disabled', async () => {
      const { fake, octokit, repo } = await start({ issuesEnabled: false })
      const gone = await failure(octokit.issues.create({ ...repo, title: 'x' }))
      expect(gone).toMatchObject(refused(410, 'Issues are disabled for this repo'))
      expect(fake.violations).toEqual([])
    })

    it('answers 403 to a token without issues permission', async () => {
      const { fake, octokit, repo } = await start(onlyToken({ workflows: false, issues: false }))
      const denied = await failure(octokit.issues.create({ ...repo, title: 'x' }))
      expect(denied).toMatchObject(refused(403, 'Resource not accessible by integration'))
      expect(fake.issues()).toEqual([])
      expect(fake.violations).toEqual([])
    })

    it('gets (404), creates (201) and refuses to recreate (422) a label', async () => {
      const { fake, octokit, repo } = await start()
      const name = { ...repo, name: 'orchestrator' }
      expect((await failure(octokit.issues.getLabel(name))).status).toBe(404)
      const label = { ...name, color: '5319e7', description: 'Managed schedules' }
      expect((await octokit.issues.createLabel(label)).status).toBe(201)
      const byOtherCase = await octokit.issues.getLabel({ ...repo, name: 'Orchestrator' })
      expect(byOtherCase.data.color).toBe('5319e7')
      const again = await failure(octokit.issues.createLabel(label))
      const exists = { resource: 'Label', code: 'already_exists', field: 'name' }
      expect(again).toMatchObject({ status: 422, data: { errors: [exists] } })
      const stored = { name: 'orchestrator', color: '5319e7', description: 'Managed schedules' }
      expect(fake.labels()).toEqual([stored])
      expect(fake.violations).toEqual([])
    })
  })

  describe('HTTP', () => {
    it('paginates past 100 items with Link headers on its own base URL', async () => {
      const { fake, octokit, repo } = await start()
      for (let i = 1; i <= 205; i++) await octokit.issues.create({ ...repo, title: `issue ${i}` })
      const all = await octokit.paginate(octokit.issues.listForRepo, { ...repo, per_page: 100 })
      expect(all.map(i => i.number)).toEqual(Array.from({ length: 205 }, (_, i) => 205 - i))
      const page2 = await octokit.issues.listForRepo({ ...repo, per_page: 100, page: 2 })
      const at = (n: number): string =>
        `<${fake.url}/repos/octo-org/octo-repo/issues?per_page=100&page=${n}>`
      const rels = [`${at(1)}; rel="prev"`, `${at(3)}; rel="next"`, `${at(3)}; rel="last"`]
      expect(page2.headers.link).toBe([...rels, `${at(1)}; rel="first"`].join(', '))
      expect((await octokit.issues.listForRepo(repo)).data).toHaveLength(30)
      expect(fake.violations).toEqual([])
    })

    it('sends counting rate-limit headers, and 401 for bad credentials', async () => {
      const { fake, octokit, repo } = await start(onlyToken({ workflows: true }))
      const first = await octokit.repos.get(repo)
      const second = await octokit.repos.get(repo)
      expect(first.data).toMatchObject({ full_name: 'octo-org/octo-repo', default_branch: 'main' })
      const remaining = [first, second].map(r => Number(r.headers['x-ratelimit-remaining']))
      expect(remaining).toEqual([4999, 4998])
      expect(second.headers).toMatchObject({
        'x-ratelimit-limit': '5000',
        'x-ratelimit-used': '2',
        'x-ratelimit-resource': 'core',
        'content-type': 'application/json; charset=utf-8'
      })
      expect(Number(second.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)
      expect(second.headers['x-github-request-id']).toMatch(/^[0-9A-F]+(:[0-9A-F]+)+$/)
      const stranger = client(fake, 'wrong')
      expect(await failure(stranger.repos.get(repo))).toMatchObject(refused(401, 'Bad credentials'))
      const elsewhere = await failure(octokit.repos.get({ owner: 'someone', repo: 'else' }))
      expect(elsewhere).toMatchObject(refused(404, 'Not Found'))
      expect(fake.violations).toEqual([])
    })

    it('injects the same faults for the same seed', async () => {
      const statuses = async (seed: number): Promise<number[]> => {
        const faults = { seed, serverErrorRate: 0.3, secondaryRateLimitRate: 0.3 }
        const { fake, octokit, repo } = await start({ faults })
        for (let i = 0; i < 20; i++) await octokit.repos.get(repo).catch(() => undefined)
        expect(fake.violations).toEqual([])
        return fake.requests.map(r => r.status)
      }
      const first = await statuses(42)
      expect(await statuses(42)).toEqual(first)
      expect(new Set(first)).toEqual(new Set([200, 403, 502]))
      expect(await statuses(7)).not.toEqual(first)
    })

    it('answers a secondary rate limit with retry-after and changes nothing', async () => {
      const { fake, octokit, repo } = await start({
        faults: { seed: 3, secondaryRateLimitRate: 1 }
      })
      const put = octokit.repos.createOrUpdateFileContents({
        ...repo,
        path: 'f',
        message: 'm',
        content: b64('f')
      })
      const limited = await put.catch((e: unknown) => e as { status: number; response: Response })
      expect(limited).toMatchObject({ status: 403, response: { headers: { 'retry-after': '1' } } })
      expect(fake.requests[0]?.injectedFault).toBe('secondary-rate-limit')
      expect(fake.fileAt('main', 'f')).toBeUndefined()
      expect(fake.violations).toEqual([])
    })

    it('answers 409 to the next N Contents PUTs, writing nothing', async () => {
      const { fake, octokit, repo } = await start({ faults: { seed: 1, conflictsOnPut: 2 } })
      const put = () =>
        octokit.repos.createOrUpdateFileContents({
          ...repo,
          path: 'f',
          message: 'm',
          content: b64('f')
        })
      const answers = [(await failure(put())).status, (await failure(put())).status]
      expect([...answers, (await put()).status]).toEqual([409, 409, 201])
      expect(fake.requests.map(r => r.injectedFault)).toEqual(['conflict', 'conflict', undefined])
      expect(fake.commitsOn('main')).toHaveLength(2)
      expect(fake.violations).toEqual([])
    })

    it('records requests that break the OpenAPI description as violations', async () => {
      const { fake, octokit, repo } = await start()
      const before = fake.validatedCount
      const untypedPut: string = 'PUT /repos/{owner}/{repo}/contents/{path}'
      await octokit.request(untypedPut, { ...repo, path: 'f', content: b64('x') }).catch(() => {})
      await octokit.request('GET /repos/{owner}/{repo}/pulls', { ...repo, colour: 'red' })
      await octokit.request('GET /repos/{owner}/{repo}/actions/runners', repo).catch(() => {})
      expect(fake.violations).toEqual([
        expect.stringMatching(
          /\[repos\/create-or-update-file-contents\] request: body must have required property 'message'/
        ),
        expect.stringMatching(/\[pulls\/list\] request: query parameter "colour" is not one of/),
        'unimplemented: GET /repos/octo-org/octo-repo/actions/runners (actions/list-self-hosted-runners-for-repo)'
      ])
      expect(fake.validatedCount - before).toBe(6)
    })
  })
})
