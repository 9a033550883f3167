import { isWorkflowPath, WORKFLOWS_DIR, type FileVersion } from '../../ports/workflow-files.js'
import { type CountedClient } from './client.js'
import { type GitHubPorts } from './github-repository.js'
import { type RepoId } from './repo-id.js'
import {
  readBlobs,
  readSnapshot,
  type BlobRead,
  type Snapshot,
  type SnapshotRequest
} from './snapshot-query.js'

/**
 * The ports, with the reads a run makes before it plans answered from GraphQL (DESIGN §14): one query for the
 * repository, the base head, the config, the state, every file of `.github/workflows/` (the managed workflows and
 * the audit's), the open pull request and the alert issues, and one for any other file read in the same tick. Each is served once; anything else, and every read after a write
 * (recovering from a failed create), goes to REST as before. When the query fails, every read goes to REST.
 */
export function withSnapshot(
  ports: GitHubPorts,
  client: CountedClient,
  repo: RepoId,
  request: SnapshotRequest
): GitHubPorts {
  let snapshot: Promise<Snapshot | undefined> | undefined
  const served: Served = {
    read: () => (snapshot ??= readSnapshot(client, repo, request).catch(() => undefined)),
    batch: blobBatcher(client, repo),
    first: (
      once => (key: string) =>
        !once.has(key) && (once.add(key), true)
    )(new Set<string>())
  }
  return {
    ...ports,
    ...repositoryReads(ports, request, served),
    ...workflowReads(ports, served),
    ...threadReads(ports, request, served)
  }
}

/** What the served reads share: the snapshot, the file batcher, and "serve this from the snapshot once". */
interface Served {
  read(): Promise<Snapshot | undefined>
  batch(commit: string, path: string): Promise<BlobRead>
  first(key: string): boolean
}

const resolved = (blob: BlobRead, rest: () => Promise<FileVersion | undefined>) =>
  blob === 'rest' ? rest() : Promise.resolve(blob === 'missing' ? undefined : blob)

function repositoryReads(
  ports: GitHubPorts,
  request: SnapshotRequest,
  { read, batch, first }: Served
): Pick<GitHubPorts, 'info' | 'branchHead' | 'readFile' | 'commitFiles'> {
  return {
    info: async () => {
      const s = await read()
      if (!s) return ports.info()
      const { defaultBranch, issuesEnabled, owner, ownerIsOrganization, pushedAt } = s
      const facts = { defaultBranch, issuesEnabled, owner, ownerIsOrganization, public: s.public }
      return pushedAt ? { ...facts, pushedAt } : facts
    },
    branchHead: async branch => {
      const s = await read()
      return s?.baseHead && branch === s.base ? s.baseHead : ports.branchHead(branch)
    },
    readFile: async (path, ref) => {
      const s = await read()
      const rest = () => ports.readFile(path, ref)
      if (s && ref === request.stateBranch && path === request.statePath && first('state'))
        return resolved(s.state, rest)
      if (!s || ref !== s.baseHead) return rest()
      if (path === request.configPath && first('config')) return resolved(s.config, rest)
      return resolved(listed(s, path) ?? (await batch(ref, path)), rest)
    },
    commitFiles: async change => {
      const s = await read()
      const baseTree = s && change.parent === s.baseHead ? s.baseTree : undefined
      return ports.commitFiles({ ...change, ...(baseTree ? { baseTree } : {}) })
    }
  }
}

/** A file of the workflows folder as the snapshot listed it (missing when not listed); undefined for any other. */
function listed(s: Snapshot, path: string): BlobRead | undefined {
  const inFolder =
    path.startsWith(`${WORKFLOWS_DIR}/`) && !path.slice(WORKFLOWS_DIR.length + 1).includes('/')
  return s.workflows && inFolder ? (s.workflows.get(path) ?? 'missing') : undefined
}

/** The workflow files of the base head from the snapshot's listing: no call. */
function workflowReads(
  ports: GitHubPorts,
  { read }: Served
): Pick<GitHubPorts, 'listWorkflowFiles'> {
  return {
    listWorkflowFiles: async ref => {
      const s = await read()
      if (!s?.workflows || ref !== s.baseHead) return ports.listWorkflowFiles(ref)
      return [...s.workflows.keys()].filter(isWorkflowPath).sort()
    }
  }
}

function threadReads(
  ports: GitHubPorts,
  request: SnapshotRequest,
  { read, first }: Served
): Pick<GitHubPorts, 'findOpenPullRequest' | 'listIssues'> {
  return {
    findOpenPullRequest: async (branch, base) => {
      const s = await read()
      if (!s || request.threads === false || branch !== request.branch || !first('pulls'))
        return ports.findOpenPullRequest(branch, base)
      const pull = s.pulls.find(p => p.base === base)
      if (!pull) return undefined
      const { number, url, title, body, labels, createdAt } = pull
      return { number, url, title, body, labels, createdAt }
    },
    listIssues: async (label, state) => {
      const s = await read()
      if (s?.alerts && state === 'open' && label === request.label && first('alerts'))
        return s.alerts
      return ports.listIssues(label, state)
    }
  }
}

/** Collects the file reads made in one tick at one commit into one GraphQL query. */
function blobBatcher(client: CountedClient, repo: RepoId) {
  let open: { commit: string; paths: string[]; answer: Promise<Map<string, BlobRead>> } | undefined
  return async (commit: string, path: string): Promise<BlobRead> => {
    if (!open || open.commit !== commit) {
      const batch = {
        commit,
        paths: [] as string[],
        answer: Promise.resolve(new Map<string, BlobRead>())
      }
      // Runs after every read already waiting in this tick has joined the batch.
      batch.answer = Promise.resolve()
        .then(() => {
          if (open === batch) open = undefined
          return readBlobs(client, repo, commit, batch.paths)
        })
        .catch(() => new Map<string, BlobRead>())
      open = batch
    }
    open.paths.push(path)
    return (await open.answer).get(path) ?? 'rest'
  }
}
