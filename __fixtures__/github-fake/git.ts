import { createHash } from 'node:crypto'

/** A commit of the tiny git: a flat tree (path -> blob sha), its parents and message. */
export interface Commit {
  sha: string
  treeSha: string
  files: ReadonlyMap<string, string>
  parents: string[]
  message: string
  date: string
  author: { name: string; email: string }
}

/** An entry of a directory listing. */
export interface DirEntry {
  name: string
  path: string
  type: 'file' | 'dir'
  sha: string
  size: number
}

function sha1(data: Buffer | string): string {
  return createHash('sha1').update(data).digest('hex')
}

/** git's blob id: sha1 of `blob <size>\0<bytes>`. */
export function blobSha(bytes: Buffer): string {
  return sha1(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
}

/** The current time as GitHub writes it (no milliseconds). */
export function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** In-memory objects and branches. Commit ids hash the tree, parents, message and a sequence number. */
export class Git {
  private readonly blobs = new Map<string, Buffer>()
  private readonly commits = new Map<string, Commit>()
  private readonly heads = new Map<string, string>()
  private readonly trees = new Map<string, ReadonlyMap<string, string>>()
  private sequence = 0

  /** Stores a flat tree (path -> blob sha) and returns its id. */
  putTree(files: ReadonlyMap<string, string>): string {
    const sha = treeId(files, '')
    this.trees.set(sha, files)
    return sha
  }

  /** A stored tree's files, by tree id. */
  tree(sha: string): ReadonlyMap<string, string> | undefined {
    return this.trees.get(sha)
  }

  /** Stores bytes and returns their blob sha. */
  putBlob(bytes: Buffer): string {
    const sha = blobSha(bytes)
    this.blobs.set(sha, bytes)
    return sha
  }

  /** The bytes of a blob. */
  blob(sha: string): Buffer | undefined {
    return this.blobs.get(sha)
  }

  /** A commit by sha. */
  commit(sha: string): Commit | undefined {
    return this.commits.get(sha)
  }

  /** Makes a commit with the given tree and parents (not moving any branch). */
  makeCommit(
    files: ReadonlyMap<string, string>,
    parents: string[],
    message: string,
    author: Commit['author']
  ): Commit {
    const treeSha = this.putTree(files)
    const header = [`tree ${treeSha}`, ...parents.map(p => `parent ${p}`), `seq ${++this.sequence}`]
    const sha = sha1(`commit\0${header.join('\n')}\n\n${message}`)
    const commit = { sha, treeSha, files, parents, message, date: isoNow(), author }
    this.commits.set(sha, commit)
    return commit
  }

  /** The head commit sha of a branch. */
  head(branch: string): string | undefined {
    return this.heads.get(branch)
  }

  /** Points a branch at a commit (creating the branch). */
  setHead(branch: string, sha: string): void {
    this.heads.set(branch, sha)
  }

  /** Deletes a branch; false when it did not exist. */
  deleteHead(branch: string): boolean {
    return this.heads.delete(branch)
  }

  /** Branch names, sorted. */
  branches(): string[] {
    return [...this.heads.keys()].sort()
  }

  /** Resolves a branch name, `refs/heads/<name>` or a full commit sha to a commit. */
  resolve(ref: string): Commit | undefined {
    const branch = ref.replace(/^refs\/heads\//, '')
    const sha = this.heads.get(branch) ?? (/^[0-9a-f]{40}$/.test(ref) ? ref : undefined)
    return sha === undefined ? undefined : this.commits.get(sha)
  }

  /** True when `ancestor` is `descendant` or reachable from it through parents. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>()
    const queue = [descendant]
    while (queue.length > 0) {
      const sha = queue.shift() as string
      if (sha === ancestor) return true
      if (seen.has(sha)) continue
      seen.add(sha)
      queue.push(...(this.commits.get(sha)?.parents ?? []))
    }
    return false
  }

  /** Every commit reachable from `sha` (itself included). */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>()
    const queue = [sha]
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (seen.has(next) || !this.commits.has(next)) continue
      seen.add(next)
      queue.push(...(this.commits.get(next)?.parents ?? []))
    }
    return seen
  }

  /** The nearest common ancestor of two commits, searching back from `b`. */
  mergeBase(a: string, b: string): string | undefined {
    const fromA = this.ancestors(a)
    const queue = [b]
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (fromA.has(next)) return next
      queue.push(...(this.commits.get(next)?.parents ?? []))
    }
    return undefined
  }

  /** Commits reachable from `head` but not from `base`, newest first. */
  commitsBetween(base: string, head: string): Commit[] {
    const out: Commit[] = []
    for (
      let c = this.commits.get(head);
      c && !this.isAncestor(c.sha, base);
      c = this.commits.get(c.parents[0] ?? '')
    ) {
      out.push(c)
    }
    return out
  }

  /** First-parent history of a commit, newest first. */
  history(sha: string): Commit[] {
    const out: Commit[] = []
    for (let c = this.commits.get(sha); c; c = this.commits.get(c.parents[0] ?? '')) out.push(c)
    return out
  }

  /** The immediate children of a directory ('' for the root), or undefined when it has none. */
  list(commit: Commit, dir: string): DirEntry[] | undefined {
    const prefix = dir === '' ? '' : `${dir}/`
    const entries = new Map<string, DirEntry>()
    for (const [path, sha] of commit.files) {
      if (!path.startsWith(prefix)) continue
      const [name = '', ...rest] = path.slice(prefix.length).split('/')
      const type = rest.length > 0 ? 'dir' : 'file'
      const size = type === 'file' ? (this.blobs.get(sha)?.length ?? 0) : 0
      const entrySha = type === 'file' ? sha : treeId(commit.files, prefix + name)
      entries.set(name, { name, path: prefix + name, type, sha: entrySha, size })
    }
    if (entries.size === 0) return undefined
    return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }
}

/** A stable id for the subtree at `dir` (not git's tree format, which needs modes and binary ids). */
function treeId(files: ReadonlyMap<string, string>, dir: string): string {
  const prefix = dir === '' ? '' : `${dir}/`
  const lines = [...files]
    .filter(([p]) => p.startsWith(prefix))
    .map(([p, s]) => `${p.slice(prefix.length)} ${s}`)
  return sha1(`tree\0${lines.sort().join('\n')}`)
}
