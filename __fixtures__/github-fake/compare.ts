import type { Commit, Git } from './git.js'
import { notFound, type Ctx, type Handler } from './http.js'
import { repoApi, repoWeb, urlPath, userJson } from './render.js'
import { ACTIONS_BOT, PAT_USER } from './store.js'

/** One file changed between two trees, with line counts. */
export interface FileChange {
  filename: string
  status: 'added' | 'removed' | 'modified'
  sha: string | null
  additions: number
  deletions: number
}

function lines(git: Git, sha: string | undefined): string[] {
  const text = sha === undefined ? '' : (git.blob(sha)?.toString('utf8') ?? '')
  return text === '' ? [] : text.split('\n')
}

/** Line counts after trimming the common head and tail (exact for one edited region). */
function lineCounts(before: string[], after: string[]): { additions: number; deletions: number } {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let end = 0
  const room = Math.min(before.length, after.length) - start
  while (end < room && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  return { additions: after.length - start - end, deletions: before.length - start - end }
}

/** The files that differ between two commits' trees, sorted by path. */
export function diffFiles(git: Git, from: Commit | undefined, to: Commit): FileChange[] {
  const before = from?.files ?? new Map<string, string>()
  const paths = [...new Set([...before.keys(), ...to.files.keys()])].sort()
  return paths.flatMap(filename => {
    const [a, b] = [before.get(filename), to.files.get(filename)]
    if (a === b) return []
    const status = a === undefined ? 'added' : b === undefined ? 'removed' : 'modified'
    return [{ filename, status, sha: b ?? null, ...lineCounts(lines(git, a), lines(git, b)) }]
  })
}

function commitJson(ctx: Ctx, commit: Commit): Record<string, unknown> {
  const api = repoApi(ctx)
  const person = { ...commit.author, date: commit.date }
  const login = commit.author.name === ACTIONS_BOT.login ? ACTIONS_BOT : PAT_USER
  const user = commit.author.name === login.login ? userJson(ctx, login) : null
  return {
    url: `${api}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: `C_kwDOABPHjdoAKD${commit.sha.slice(0, 12)}`,
    html_url: `${repoWeb(ctx.store)}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: person,
      committer: person,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.treeSha, url: `${api}/git/trees/${commit.treeSha}` }
    },
    author: user,
    committer: user,
    parents: commit.parents.map(sha => ({ sha, url: `${api}/commits/${sha}` }))
  }
}

function fileJson(ctx: Ctx, change: FileChange, head: string): Record<string, unknown> {
  const at = change.sha ?? head
  const path = urlPath(change.filename)
  return {
    ...change,
    changes: change.additions + change.deletions,
    blob_url: `${repoWeb(ctx.store)}/blob/${at}/${path}`,
    raw_url: `${ctx.api}/raw/${ctx.store.owner}/${ctx.store.repo}/${head}/${path}`,
    contents_url: `${repoApi(ctx)}/contents/${path}?ref=${head}`
  }
}

function resolveSide(ctx: Ctx, side: string): Commit | undefined {
  const ref = side.includes(':') ? side.slice(side.indexOf(':') + 1) : side
  return ctx.store.git.resolve(ref)
}

function status(ahead: number, behind: number): string {
  if (ahead === 0 && behind === 0) return 'identical'
  if (behind === 0) return 'ahead'
  return ahead === 0 ? 'behind' : 'diverged'
}

/** GET /repos/{owner}/{repo}/compare/{basehead}: three-dot comparison of branches or commits. */
export const compareCommits: Handler = ctx => {
  const [baseRef = '', headRef = ''] = (ctx.params.basehead ?? '').split(/\.{2,3}/)
  const [base, head] = [resolveSide(ctx, baseRef), resolveSide(ctx, headRef)]
  if (!base || !head) return notFound(ctx)
  const git = ctx.store.git
  const [fromBase, fromHead] = [git.ancestors(base.sha), git.ancestors(head.sha)]
  const ahead = [...fromHead].filter(sha => !fromBase.has(sha))
  const behind = [...fromBase].filter(sha => !fromHead.has(sha)).length
  const mergeBase = git.commit(git.mergeBase(base.sha, head.sha) ?? '') ?? base
  const commits = git
    .history(head.sha)
    .filter(c => ahead.includes(c.sha))
    .reverse()
  const web = `${repoWeb(ctx.store)}/compare/${ctx.params.basehead ?? ''}`
  return {
    status: 200,
    body: {
      url: `${repoApi(ctx)}/compare/${ctx.params.basehead ?? ''}`,
      html_url: web,
      permalink_url: `${repoWeb(ctx.store)}/compare/${base.sha}...${head.sha}`,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      base_commit: commitJson(ctx, base),
      merge_base_commit: commitJson(ctx, mergeBase),
      status: status(ahead.length, behind),
      ahead_by: ahead.length,
      behind_by: behind,
      total_commits: ahead.length,
      commits: commits.map(c => commitJson(ctx, c)),
      files: diffFiles(git, mergeBase, head).map(f => fileJson(ctx, f, head.sha))
    }
  }
}
