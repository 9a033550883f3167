import type { GraphQLResolveInfo } from 'graphql'
import {
  connection,
  ordered,
  readable,
  str,
  strings,
  type Args,
  type GqlContext,
  type Obj
} from './graphql-context.js'
import { refObject } from './graphql-git.js'
import type { Actor, Comment, IssueRecord, Label, PullInfo, RepoStore } from './store.js'

/** A pull request record. */
export type PullRecord = IssueRecord & { pull: PullInfo }

const WEB = 'https://github.com'
/** The repository's node id, as `GET /repos/{owner}/{repo}` renders it. */
export const REPO_NODE_ID = 'R_kgDOABPHjQ'
const ISSUE_PREFIX = 'I_kwDOABPHjc'
const PULL_PREFIX = 'PR_kwDOABPHjc'

/** A pull request's node id, as the REST pulls API renders it (`node_id`). */
export function pullNodeId(p: IssueRecord): string {
  return `${PULL_PREFIX}${p.id}`
}

/** An issue's node id, as the REST issues API renders it (`node_id`). */
export function issueNodeId(issue: IssueRecord): string {
  return `${ISSUE_PREFIX}${issue.id}`
}

/** The issue or pull request a node id names (either prefix: the issues API gives `I_` ids for pulls too). */
export function recordByNodeId(store: RepoStore, id: string): IssueRecord | undefined {
  const match = new RegExp(`^(?:${ISSUE_PREFIX}|${PULL_PREFIX})(\\d+)$`).exec(id)
  const record = match ? store.issues.find(i => String(i.id) === match[1]) : undefined
  if (!record) return undefined
  return id.startsWith(PULL_PREFIX) && !record.pull ? undefined : record
}

function web(store: RepoStore): string {
  return `${WEB}/${store.owner}/${store.repo}`
}

/** An `Actor` (`Bot`, `User`, `Organization`); GraphQL names bots without the REST `[bot]` suffix. */
export function actorObject(actor: Actor): Obj {
  const bot = actor.type === 'Bot'
  const login = bot ? actor.login.replace(/\[bot\]$/, '') : actor.login
  const url = bot ? `${WEB}/apps/${login}` : `${WEB}/${login}`
  return {
    __typename: actor.type,
    id: Buffer.from(`04:${actor.type}${actor.id}`).toString('base64'),
    databaseId: actor.id,
    login,
    url,
    resourcePath: new URL(url).pathname,
    avatarUrl: `https://avatars.githubusercontent.com/u/${actor.id}?v=4`
  }
}

function labelObject(store: RepoStore, label: Label): Obj {
  return {
    __typename: 'Label',
    id: `LA_kwDOABPHjc8AAAAB${label.id}`,
    name: label.name,
    color: label.color,
    description: label.description,
    isDefault: false,
    url: `${web(store)}/labels/${encodeURIComponent(label.name)}`
  }
}

function commentObject(store: RepoStore, issue: IssueRecord, c: Comment): Obj {
  return {
    __typename: 'IssueComment',
    id: `IC_kwDOABPHjc${c.id}`,
    databaseId: c.id,
    body: c.body,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    author: actorObject(c.user),
    url: `${web(store)}/${issue.pull ? 'pull' : 'issues'}/${issue.number}#issuecomment-${c.id}`
  }
}

/** What issues and pull requests share. */
function shared(store: RepoStore, record: IssueRecord): Obj {
  const labels = record.labels.flatMap(name => store.label(name) ?? [])
  return {
    databaseId: record.id,
    number: record.number,
    title: record.title,
    body: record.body ?? '',
    bodyText: record.body ?? '',
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    closedAt: record.closedAt,
    closed: record.state === 'closed',
    locked: false,
    author: actorObject(record.user),
    labels: (args: Args, _ctx: GqlContext, info: GraphQLResolveInfo) =>
      connection(labels, args, info, l => labelObject(store, l)),
    comments: (args: Args, _ctx: GqlContext, info: GraphQLResolveInfo) =>
      connection(record.comments, args, info, c => commentObject(store, record, c))
  }
}

/** A `PullRequest`. */
export function pullObject(store: RepoStore, p: PullRecord): Obj {
  const open = p.state === 'open'
  const auto = open ? p.pull.autoMerge : undefined
  return {
    __typename: 'PullRequest',
    id: pullNodeId(p),
    ...shared(store, p),
    url: `${web(store)}/pull/${p.number}`,
    permalink: `${web(store)}/pull/${p.number}`,
    resourcePath: `/${store.owner}/${store.repo}/pull/${p.number}`,
    state: p.state === 'open' ? 'OPEN' : 'CLOSED',
    merged: false,
    mergedAt: null,
    isDraft: false,
    headRefName: p.pull.head,
    baseRefName: p.pull.base,
    headRefOid: p.pull.headSha,
    baseRefOid: store.git.head(p.pull.base) ?? '',
    headRef: () => refObject(store, p.pull.head),
    baseRef: () => refObject(store, p.pull.base),
    isCrossRepository: false,
    maintainerCanModify: false,
    mergeable: open ? 'MERGEABLE' : 'UNKNOWN',
    autoMergeRequest: auto
      ? {
          __typename: 'AutoMergeRequest',
          enabledAt: auto.enabledAt,
          mergeMethod: auto.mergeMethod,
          enabledBy: actorObject(auto.enabledBy),
          commitHeadline: auto.commitHeadline,
          commitBody: auto.commitBody,
          authorEmail: null
        }
      : null
  }
}

/** An `Issue`. */
export function issueObject(store: RepoStore, issue: IssueRecord): Obj {
  return {
    __typename: 'Issue',
    id: issueNodeId(issue),
    ...shared(store, issue),
    url: `${web(store)}/issues/${issue.number}`,
    resourcePath: `/${store.owner}/${store.repo}/issues/${issue.number}`,
    state: issue.state === 'open' ? 'OPEN' : 'CLOSED',
    stateReason: issue.stateReason === null ? null : issue.stateReason.toUpperCase()
  }
}

/** An issue or pull request record, as the GraphQL type it is. */
export function recordObject(store: RepoStore, record: IssueRecord): Obj {
  return record.pull ? pullObject(store, record as PullRecord) : issueObject(store, record)
}

const ORDER = {
  CREATED_AT: (i: IssueRecord) => i.createdAt,
  UPDATED_AT: (i: IssueRecord) => i.updatedAt,
  COMMENTS: (i: IssueRecord) => i.comments.length
}

/** GraphQL's `labels` filter keeps items with any of the labels (REST's `labels` needs all of them). */
function hasAnyLabel(store: RepoStore, record: IssueRecord, names: string[] | undefined): boolean {
  if (names === undefined) return true
  const wanted = new Set(names.map(n => n.toLowerCase()))
  return record.labels.some(l => wanted.has(l.toLowerCase()))
}

function hasState(record: IssueRecord, states: string[] | undefined): boolean {
  return states === undefined || states.includes(record.state === 'open' ? 'OPEN' : 'CLOSED')
}

/** `Repository.pullRequests` / `Ref.associatedPullRequests`. */
export function pullConnection(
  store: RepoStore,
  args: Args,
  ctx: GqlContext,
  info: GraphQLResolveInfo,
  head?: string
): Obj {
  readable(ctx, 'pullRequests')
  const headRefName = head ?? str(args, 'headRefName')
  const baseRefName = str(args, 'baseRefName')
  const pulls = store.issues
    .filter((i): i is PullRecord => i.pull !== undefined)
    .filter(p => headRefName === undefined || p.pull.head === headRefName)
    .filter(p => baseRefName === undefined || p.pull.base === baseRefName)
    .filter(p => hasState(p, strings(args, 'states')))
    .filter(p => hasAnyLabel(store, p, strings(args, 'labels')))
  const sorted = ordered(pulls, args, ORDER, p => p.number)
  return connection(sorted, args, info, p => pullObject(store, p))
}

/** `Repository.issues` (pull requests excluded; none while issues are disabled). */
export function issueConnection(
  store: RepoStore,
  args: Args,
  ctx: GqlContext,
  info: GraphQLResolveInfo
): Obj {
  readable(ctx, 'issues')
  const filterBy = (args.filterBy ?? {}) as Args
  const states = strings(args, 'states') ?? strings(filterBy, 'states')
  const labels = strings(args, 'labels') ?? strings(filterBy, 'labels')
  const since = str(filterBy, 'since')
  const issues = store.issues
    .filter(i => !i.pull && store.issuesEnabled)
    .filter(i => hasState(i, states))
    .filter(i => hasAnyLabel(store, i, labels))
    .filter(i => since === undefined || i.updatedAt >= since)
  const sorted = ordered(issues, args, ORDER, i => i.number)
  return connection(sorted, args, info, i => issueObject(store, i))
}

/** `Repository.labels(query:)`, by name. */
export function labelConnection(store: RepoStore, args: Args, info: GraphQLResolveInfo): Obj {
  const query = str(args, 'query')?.toLowerCase()
  const labels = [...store.labels.values()].filter(
    l => query === undefined || l.name.toLowerCase().includes(query)
  )
  const sorted = ordered(labels, args, { NAME: l => l.name.toLowerCase() }, l =>
    l.name.toLowerCase()
  )
  return connection(sorted, args, info, l => labelObject(store, l))
}

/** `Repository.label(name:)`. */
export function labelNamed(store: RepoStore, name: string): Obj | null {
  const label = store.label(name)
  return label ? labelObject(store, label) : null
}
