import { type Thread } from '../../ports/threads.js'
import { WORKFLOWS_DIR, type FileVersion } from '../../ports/workflow-files.js'
import { type GitHubClient } from './client.js'

/** What one run reads before it plans, named up front so one GraphQL query can fetch it all. */
export interface SnapshotRequest {
  /** Empty: the default branch. */
  base: string
  configPath: string
  /** Empty: no state. */
  stateBranch: string
  statePath: string
  branch: string
  label: string
  /** False: leave out the open pull requests and the alert issues (a read-only run that needs no threads). */
  threads?: boolean
}

/** A file as GraphQL read it: its version, missing, or not given whole (binary or truncated: read it over REST). */
export type BlobRead = FileVersion | 'missing' | 'rest'

/** The repository as one query saw it. */
export interface Snapshot {
  defaultBranch: string
  issuesEnabled: boolean
  owner: string
  ownerIsOrganization: boolean
  base: string
  baseHead: string | undefined
  baseTree: string | undefined
  config: BlobRead
  state: BlobRead
  /** Every file directly in `.github/workflows/` at the base head, by path; undefined when the base was not read. */
  workflows: Map<string, BlobRead> | undefined
  public: boolean
  pushedAt: string | undefined
  /** Open pull requests from the fixed branch, with the branch each targets. */
  pulls: Array<Thread & { base: string }>
  /** Open issues with the label; undefined when there were more than one page (read them over REST). */
  alerts: Thread[] | undefined
}

const THREAD = 'number url title body createdAt labels(first: 50) { nodes { name } }'
const BLOB = 'oid text isTruncated isBinary'
const ENTRIES = `entries { name type object { ... on Blob { ${BLOB} } } }`
const COMMIT = `tree { oid } config: file(path: $config) { object { ... on Blob { ${BLOB} } } }
  workflows: file(path: "${WORKFLOWS_DIR}") { object { ... on Tree { ${ENTRIES} } } }`

// The base's files are read from the base ref: with a base named, the default branch gives only its name.
const QUERY = `query($owner: String!, $name: String!, $base: String!, $useBase: Boolean!, $config: String!,
  $stateExpr: String!, $branch: String!, $label: String!, $threads: Boolean!) {
  repository(owner: $owner, name: $name) {
    hasIssuesEnabled
    isPrivate
    pushedAt
    owner { __typename login }
    defaultBranchRef { name target { oid ... on Commit @skip(if: $useBase) { ${COMMIT} } } }
    baseRef: ref(qualifiedName: $base) @include(if: $useBase) { name target { oid ... on Commit { ${COMMIT} } } }
    stateFile: object(expression: $stateExpr) { ... on Blob { ${BLOB} } }
    pullRequests(headRefName: $branch, states: OPEN, first: 20) @include(if: $threads) { nodes { ${THREAD} baseRefName } }
    issues(labels: [$label], states: OPEN, first: 100) @include(if: $threads) { totalCount nodes { ${THREAD} } }
  }
}`

interface BlobData {
  oid?: string
  text?: string | null
  isTruncated?: boolean
  isBinary?: boolean
}
interface ThreadData {
  number: number
  url: string
  title: string
  body: string
  createdAt: string
  labels: { nodes: Array<{ name: string }> }
  baseRefName?: string
}
interface EntryData {
  name: string
  type: string
  object?: BlobData | null
}
interface RefData {
  name: string
  target: {
    oid: string
    tree?: { oid: string }
    config?: { object?: BlobData | null } | null
    workflows?: { object?: { entries?: EntryData[] } | null } | null
  }
}
interface Answer {
  repository: {
    hasIssuesEnabled: boolean
    isPrivate: boolean
    pushedAt: string | null
    owner: { __typename: string; login: string }
    defaultBranchRef: RefData | null
    baseRef?: RefData | null
    stateFile: BlobData | null
    pullRequests?: { nodes: ThreadData[] }
    issues?: { totalCount: number; nodes: ThreadData[] }
  }
}

/** A blob as GraphQL gave it. */
export function blobVersion(blob: BlobData | null | undefined): BlobRead {
  if (!blob?.oid) return 'missing'
  if (blob.isTruncated || blob.isBinary || typeof blob.text !== 'string') return 'rest'
  return { text: blob.text, sha: blob.oid }
}

function thread(data: ThreadData): Thread {
  const { number, url, title, body, createdAt } = data
  return { number, url, title, body, createdAt, labels: data.labels.nodes.map(l => l.name) }
}

/** The files of the workflows folder (none when it does not exist); undefined when the base commit was not read. */
function workflowFiles(ref: RefData | null | undefined): Map<string, BlobRead> | undefined {
  if (!ref?.target.tree) return undefined
  const entries = ref.target.workflows?.object?.entries ?? []
  return new Map(
    entries
      .filter(e => e.type === 'blob')
      .map(e => [`${WORKFLOWS_DIR}/${e.name}`, blobVersion(e.object)] as const)
  )
}

function fromAnswer(data: Answer['repository'], request: SnapshotRequest): Snapshot {
  const ref = request.base ? data.baseRef : data.defaultBranchRef
  return {
    defaultBranch: data.defaultBranchRef?.name ?? '',
    issuesEnabled: data.hasIssuesEnabled,
    owner: data.owner.login,
    ownerIsOrganization: data.owner.__typename === 'Organization',
    base: request.base || (data.defaultBranchRef?.name ?? ''),
    baseHead: ref?.target.oid,
    baseTree: ref?.target.tree?.oid,
    config: blobVersion(ref?.target.config?.object),
    state: blobVersion(data.stateFile),
    workflows: workflowFiles(ref),
    public: !data.isPrivate,
    pushedAt: data.pushedAt ?? undefined,
    pulls: (data.pullRequests?.nodes ?? []).map(p => ({ ...thread(p), base: p.baseRefName ?? '' })),
    alerts: alertsOf(data.issues)
  }
}

/** The open alert issues; undefined when there were more than one page, or they were not read. */
function alertsOf(issues: Answer['repository']['issues']): Thread[] | undefined {
  if (!issues || issues.totalCount > issues.nodes.length) return undefined
  return issues.nodes.map(thread)
}

/** One GraphQL query for everything a run reads before it plans. */
export async function readSnapshot(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  request: SnapshotRequest
): Promise<Snapshot> {
  const answer = await client.graphql<Answer>(QUERY, {
    owner: repo.owner,
    name: repo.repo,
    base: `refs/heads/${request.base || 'HEAD'}`,
    useBase: request.base !== '',
    config: request.configPath,
    stateExpr: request.stateBranch ? `refs/heads/${request.stateBranch}:${request.statePath}` : '',
    branch: request.branch,
    label: request.label,
    threads: request.threads !== false
  })
  return fromAnswer(answer.repository, request)
}

/** Several files of one commit in one GraphQL query; a file GraphQL cannot give whole is left out. */
export async function readBlobs(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  commit: string,
  paths: readonly string[]
): Promise<Map<string, BlobRead>> {
  const fields = paths.map(
    (_, i) => `f${i}: object(expression: $e${i}) { ... on Blob { ${BLOB} } }`
  )
  const params = paths.map((_, i) => `$e${i}: String!`).join(', ')
  const query = `query($owner: String!, $name: String!, ${params}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`
  const variables = Object.fromEntries(paths.map((p, i) => [`e${i}`, `${commit}:${p}`]))
  const answer = await client.graphql<{ repository: Record<string, BlobData | null> }>(query, {
    owner: repo.owner,
    name: repo.repo,
    ...variables
  })
  return new Map(paths.map((p, i) => [p, blobVersion(answer.repository[`f${i}`])]))
}
