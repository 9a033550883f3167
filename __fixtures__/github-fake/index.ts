import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { actionsReaders } from './actions-readers.js'
import { Faults } from './faults.js'
import { FakeServer } from './server.js'
import { loadSpec } from './spec.js'
import { PAT_USER, RepoStore } from './store.js'
import type { FakeAutoMerge, FakeIssue, FakePull, FakeOptions, GitHubFake } from './types.js'

export type {
  FakeBillingAccount,
  FakeBillingOptions,
  FakeDispatch,
  FakeJob,
  FakeJobInput,
  FakeModelUsageItem,
  FakeRun,
  FakeRunInput,
  FakeUsageItem,
  FakeWorkflow,
  FakeWorkflowSeed,
  RunConclusion,
  RunStatus,
  WorkflowState
} from './actions-types.js'
export { RUN_RESULTS_CAP } from './actions-runs.js'
export { loadRecordedRuns, type RecordedRuns } from './recorded-runs.js'
export type {
  FakeAutoMerge,
  FakeIssue,
  FakeOptions,
  FakePull,
  FakeToken,
  FaultKind,
  FaultOptions,
  GitHubFake,
  RecordedRequest
} from './types.js'

function pullsOf(store: RepoStore): FakePull[] {
  return store.issues.flatMap(i => {
    if (!i.pull) return []
    const { number, state, title, labels } = i
    const comments = i.comments.map(c => c.body)
    return [
      {
        number,
        state,
        title,
        body: i.body ?? '',
        head: i.pull.head,
        base: i.pull.base,
        labels,
        comments
      }
    ]
  })
}

function issuesOf(store: RepoStore): FakeIssue[] {
  return store.issues
    .filter(i => !i.pull)
    .map(i => ({
      number: i.number,
      state: i.state,
      title: i.title,
      body: i.body ?? '',
      labels: i.labels,
      comments: i.comments.map(c => c.body)
    }))
}

function autoMergesOf(store: RepoStore): FakeAutoMerge[] {
  return store.issues.flatMap(i => {
    const auto = i.state === 'open' ? i.pull?.autoMerge : undefined
    if (!auto) return []
    const { mergeMethod, enabledAt, enabledBy } = auto
    return [{ number: i.number, mergeMethod, enabledAt, enabledBy: enabledBy.login }]
  })
}

function readers(
  store: RepoStore
): Pick<GitHubFake, 'branchHead' | 'fileAt' | 'branches' | 'commitsOn'> {
  return {
    branchHead: branch => store.git.head(branch),
    fileAt: (branch, path) => {
      const sha = store.git.resolve(branch)?.files.get(path)
      return sha === undefined ? undefined : store.git.blob(sha)?.toString('utf8')
    },
    branches: () => store.git.branches(),
    commitsOn: branch => {
      const head = store.git.head(branch)
      const history = head === undefined ? [] : store.git.history(head)
      return history.map(c => ({ sha: c.sha, message: c.message, parents: [...c.parents] }))
    }
  }
}

/**
 * Starts a GitHub fake on 127.0.0.1 (ephemeral port) serving one in-memory repository. Every request
 * and response is checked against GitHub's OpenAPI description; problems land in `violations`.
 */
export async function startGitHubFake(options: FakeOptions = {}): Promise<GitHubFake> {
  loadSpec()
  const store = new RepoStore(options)
  const faults = new Faults(options.faults)
  const fake = new FakeServer(store, faults)
  const server = createServer((req, res) => {
    fake.handle(req, res).catch((error: unknown) => {
      fake.violations.push(`fake crashed on ${req.method} ${req.url}: ${String(error)}`)
      res.statusCode = 500
      res.end(JSON.stringify({ message: 'Server Error' }))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  fake.base = `http://127.0.0.1:${port}`
  return {
    url: fake.base,
    owner: store.owner,
    repo: store.repo,
    requests: fake.requests,
    violations: fake.violations,
    offSpec: fake.offSpec,
    get validatedCount() {
      return fake.validatedCount
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        fake.shutdown()
        if (!server.listening) return resolve()
        server.close(error => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
    ...readers(store),
    pulls: () => pullsOf(store),
    issues: () => issuesOf(store),
    labels: () =>
      [...store.labels.values()].map(({ name, color, description }) => ({
        name,
        color,
        description
      })),
    setFaults: next => faults.set(next),
    faultCounts: () => faults.tally(),
    autoMerges: () => autoMergesOf(store),
    writeFile: (branch, path, text, message = `Update ${path}`) => {
      if (store.git.head(branch) === undefined) {
        store.git.setHead(branch, store.git.head(store.defaultBranch) ?? '')
      }
      store.commitFiles(branch, { [path]: Buffer.from(text) }, message, PAT_USER)
    },
    ...actionsReaders(store)
  }
}

/** How long loading the OpenAPI description took in this process (ms), for reports. */
export function specLoadMs(): number {
  return loadSpec().loadMs
}
