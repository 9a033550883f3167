import type { GraphQLResolveInfo } from 'graphql'
import type { Commit, DirEntry } from './git.js'
import {
  connection,
  ordered,
  readable,
  str,
  type Args,
  type GqlContext,
  type Obj
} from './graphql-context.js'
import type { RepoStore } from './store.js'

/** Blob text past this many bytes is cut and `isTruncated` is true (an assumption: GitHub does not say). */
const TEXT_LIMIT = 512 * 1024
const WEB = 'https://github.com'

function web(store: RepoStore): string {
  return `${WEB}/${store.owner}/${store.repo}`
}

function isBinary(bytes: Buffer): boolean {
  return bytes.includes(0) || Buffer.from(bytes.toString('utf8'), 'utf8').compare(bytes) !== 0
}

/** A `Blob`. */
export function blobObject(store: RepoStore, sha: string): Obj | null {
  const bytes = store.git.blob(sha)
  if (!bytes) return null
  const binary = isBinary(bytes)
  return {
    __typename: 'Blob',
    id: `B_${Buffer.from(sha).toString('base64url')}`,
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    byteSize: bytes.length,
    isBinary: binary,
    isTruncated: !binary && bytes.length > TEXT_LIMIT,
    text: binary ? null : bytes.subarray(0, TEXT_LIMIT).toString('utf8'),
    commitUrl: `${web(store)}/blob/${sha}`,
    commitResourcePath: `/${store.owner}/${store.repo}/blob/${sha}`
  }
}

function treeOid(store: RepoStore, commit: Commit, dir: string): string | undefined {
  if (dir === '') return commit.treeSha
  const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : ''
  return store.git.list(commit, parent)?.find(e => e.path === dir && e.type === 'dir')?.sha
}

/** A `Tree`: the directory `dir` ('' for the root) of a commit. */
function treeObject(store: RepoStore, commit: Commit, dir: string): Obj | null {
  const oid = treeOid(store, commit, dir)
  if (oid === undefined) return null
  return {
    __typename: 'Tree',
    id: `T_${Buffer.from(oid).toString('base64url')}`,
    oid,
    abbreviatedOid: oid.slice(0, 7),
    entries: () => (store.git.list(commit, dir) ?? []).map(e => entryObject(store, commit, e))
  }
}

function entryObject(store: RepoStore, commit: Commit, entry: DirEntry): Obj {
  const dir = entry.type === 'dir'
  const bytes = dir ? undefined : store.git.blob(entry.sha)
  const dot = entry.name.lastIndexOf('.')
  const text = bytes && !isBinary(bytes) ? bytes.toString('utf8') : undefined
  return {
    __typename: 'TreeEntry',
    name: entry.name,
    nameRaw: Buffer.from(entry.name).toString('base64'),
    path: entry.path,
    pathRaw: Buffer.from(entry.path).toString('base64'),
    oid: entry.sha,
    type: dir ? 'tree' : 'blob',
    mode: dir ? 16384 : 33188,
    size: entry.size,
    extension: dir || dot <= 0 ? null : entry.name.slice(dot),
    isGenerated: false,
    lineCount: text === undefined ? null : text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
    submodule: null,
    object: () => (dir ? treeObject(store, commit, entry.path) : blobObject(store, entry.sha))
  }
}

/** The tree entry at `path` in a commit (a file or a directory), or null. */
function fileAt(store: RepoStore, commit: Commit, path: string): Obj | null {
  const clean = path.replace(/^\/+|\/+$/g, '')
  const parent = clean.includes('/') ? clean.slice(0, clean.lastIndexOf('/')) : ''
  const entry = store.git.list(commit, parent)?.find(e => e.path === clean)
  return entry ? entryObject(store, commit, entry) : null
}

function changes(store: RepoStore, commit: Commit, path: string): boolean {
  const parent = store.git.commit(commit.parents[0] ?? '')
  const inside = (files: ReadonlyMap<string, string> | undefined): string =>
    [...(files ?? [])]
      .filter(([p]) => p === path || p.startsWith(`${path}/`))
      .map(([p, s]) => `${p} ${s}`)
      .sort()
      .join('\n')
  return inside(commit.files) !== inside(parent?.files)
}

/** A `Commit`. */
export function commitObject(store: RepoStore, commit: Commit): Obj {
  const [headline = '', ...rest] = commit.message.split('\n')
  const person = { ...commit.author, date: commit.date, user: null }
  return {
    __typename: 'Commit',
    id: `C_kwDOABPHjdoAKD${commit.sha.slice(0, 12)}`,
    oid: commit.sha,
    abbreviatedOid: commit.sha.slice(0, 7),
    message: commit.message,
    messageHeadline: headline,
    messageBody: rest.join('\n').trim(),
    committedDate: commit.date,
    authoredDate: commit.date,
    url: `${web(store)}/commit/${commit.sha}`,
    commitUrl: `${web(store)}/commit/${commit.sha}`,
    author: person,
    committer: person,
    tree: () => treeObject(store, commit, ''),
    file: (args: Args) => fileAt(store, commit, str(args, 'path') ?? ''),
    parents: (args: Args, _ctx: GqlContext, info: GraphQLResolveInfo) =>
      connection(
        commit.parents.flatMap(sha => store.git.commit(sha) ?? []),
        args,
        info,
        c => commitObject(store, c)
      ),
    history: (args: Args, _ctx: GqlContext, info: GraphQLResolveInfo) => {
      const path = str(args, 'path')
      const all = store.git.history(commit.sha)
      const touched = path === undefined ? all : all.filter(c => changes(store, c, path))
      return connection(touched, args, info, c => commitObject(store, c))
    }
  }
}

/** The commit a revision names: a branch, `refs/heads/…`, `HEAD` or '' (the default branch), or an oid. */
function revision(store: RepoStore, rev: string): Commit | undefined {
  const name = rev === '' || rev === 'HEAD' ? store.defaultBranch : rev
  return store.git.resolve(name)
}

/** `Repository.object(expression:, oid:)`: `rev` is a Commit, `rev:path` a Blob or Tree; null when missing. */
export function objectAt(store: RepoStore, args: Args): Obj | null {
  const oid = str(args, 'oid')
  if (oid !== undefined) {
    const commit = store.git.commit(oid)
    return commit ? commitObject(store, commit) : blobObject(store, oid)
  }
  const expression = str(args, 'expression') ?? ''
  const colon = expression.indexOf(':')
  const commit = revision(store, colon < 0 ? expression : expression.slice(0, colon))
  if (!commit) return null
  if (colon < 0) return commitObject(store, commit)
  const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, '')
  if (path === '') return treeObject(store, commit, '')
  const entry = fileAt(store, commit, path)
  return entry ? ((entry.object as () => Obj | null)() ?? null) : null
}

/** A branch's `Ref`. */
export function refObject(store: RepoStore, branch: string, extra: Obj = {}): Obj | null {
  const head = store.git.resolve(branch)
  if (!head) return null
  const qualified = `refs/heads/${branch}`
  return {
    __typename: 'Ref',
    id: `REF_${Buffer.from(qualified).toString('base64url')}`,
    name: branch,
    prefix: 'refs/heads/',
    target: () => commitObject(store, head),
    ...extra
  }
}

/** `Repository.ref(qualifiedName:)`: `refs/heads/X` or a bare branch name. */
export function refNamed(store: RepoStore, qualifiedName: string, extra: Obj): Obj | null {
  if (qualifiedName.startsWith('refs/') && !qualifiedName.startsWith('refs/heads/')) return null
  return refObject(store, qualifiedName.replace(/^refs\/heads\//, ''), extra)
}

/** `Repository.refs(refPrefix:, query:, orderBy:)`: names are relative to the prefix. */
export function refsUnder(
  store: RepoStore,
  args: Args,
  ctx: GqlContext,
  info: GraphQLResolveInfo,
  extra: (branch: string) => Obj
): Obj {
  readable(ctx, 'contents')
  const prefix = str(args, 'refPrefix') ?? ''
  const query = str(args, 'query')
  const names = store.git
    .branches()
    .map(branch => ({ branch, full: `refs/heads/${branch}` }))
    .filter(r => r.full.startsWith(prefix) && r.full.length > prefix.length)
    .map(r => ({ ...r, name: r.full.slice(prefix.length) }))
    .filter(r => query === undefined || r.name.includes(query))
  const sorted = ordered(names, args, { ALPHABETICAL: r => r.name }, r => r.name)
  return connection(sorted, args, info, r => ({
    ...refObject(store, r.branch, extra(r.branch)),
    name: r.name,
    prefix
  }))
}
