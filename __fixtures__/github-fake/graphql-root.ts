import type { GraphQLResolveInfo } from 'graphql'
import { GitHubError, forbidden } from './graphql-errors.js'
import { readable, str, type Args, type GqlContext, type Obj } from './graphql-context.js'
import { objectAt, refNamed, refObject, refsUnder } from './graphql-git.js'
import {
  REPO_NODE_ID,
  actorObject,
  issueConnection,
  issueObject,
  labelConnection,
  labelNamed,
  pullConnection,
  pullObject,
  recordByNodeId,
  recordObject,
  type PullRecord
} from './graphql-issues.js'
import { can } from './http.js'
import type { RepoStore } from './store.js'

const CREATED = '2020-01-01T00:00:00Z'

type Info = GraphQLResolveInfo

/** What every `Ref` of the repository adds: its pull requests and repository. */
function refExtras(store: RepoStore, branch: string): Obj {
  return {
    associatedPullRequests: (args: Args, ctx: GqlContext, info: Info) =>
      pullConnection(store, args, ctx, info, branch),
    repository: () => repositoryObject(store)
  }
}

function numbered(store: RepoStore, args: Args, kind: 'PullRequest' | 'Issue'): Obj {
  const number = Number(args.number)
  const record = store.issue(number)
  const fits = kind === 'PullRequest' ? record?.pull : record && !record.pull && store.issuesEnabled
  if (!record || !fits) {
    const article = kind === 'Issue' ? 'an' : 'a'
    throw new GitHubError(
      'NOT_FOUND',
      `Could not resolve to ${article} ${kind} with the number of ${number}.`
    )
  }
  return kind === 'PullRequest'
    ? pullObject(store, record as PullRecord)
    : issueObject(store, record)
}

/** The `Repository`. */
export function repositoryObject(store: RepoStore): Obj {
  const head = store.git.resolve(store.defaultBranch)
  return {
    __typename: 'Repository',
    id: REPO_NODE_ID,
    databaseId: 1296269,
    name: store.repo,
    nameWithOwner: `${store.owner}/${store.repo}`,
    owner: actorObject(store.ownerActor),
    url: `https://github.com/${store.owner}/${store.repo}`,
    description: null,
    isPrivate: false,
    visibility: 'PUBLIC',
    isArchived: false,
    isDisabled: false,
    isFork: false,
    isTemplate: false,
    isEmpty: false,
    hasIssuesEnabled: store.issuesEnabled,
    hasWikiEnabled: true,
    hasProjectsEnabled: true,
    autoMergeAllowed: store.allowAutoMerge,
    mergeCommitAllowed: true,
    squashMergeAllowed: true,
    rebaseMergeAllowed: true,
    deleteBranchOnMerge: false,
    createdAt: CREATED,
    updatedAt: head?.date ?? CREATED,
    pushedAt: head?.date ?? CREATED,
    defaultBranchRef: (_args: Args, ctx: GqlContext) => {
      readable(ctx, 'contents')
      return refObject(store, store.defaultBranch, refExtras(store, store.defaultBranch))
    },
    ref: (args: Args, ctx: GqlContext) => {
      readable(ctx, 'contents')
      const name = str(args, 'qualifiedName') ?? ''
      return refNamed(store, name, refExtras(store, name.replace(/^refs\/heads\//, '')))
    },
    refs: (args: Args, ctx: GqlContext, info: Info) =>
      refsUnder(store, args, ctx, info, branch => refExtras(store, branch)),
    object: (args: Args, ctx: GqlContext) => {
      readable(ctx, 'contents')
      return objectAt(store, args)
    },
    pullRequests: (args: Args, ctx: GqlContext, info: Info) =>
      pullConnection(store, args, ctx, info),
    pullRequest: (args: Args, ctx: GqlContext) => {
      readable(ctx, 'pullRequests')
      return numbered(store, args, 'PullRequest')
    },
    issues: (args: Args, ctx: GqlContext, info: Info) => issueConnection(store, args, ctx, info),
    issue: (args: Args, ctx: GqlContext) => {
      readable(ctx, 'issues')
      return numbered(store, args, 'Issue')
    },
    issueOrPullRequest: (args: Args, ctx: GqlContext) => {
      const record = store.issue(Number(args.number))
      readable(ctx, record?.pull ? 'pullRequests' : 'issues')
      return record ? recordObject(store, record) : null
    },
    labels: (args: Args, _ctx: GqlContext, info: Info) => labelConnection(store, args, info),
    label: (args: Args) => labelNamed(store, str(args, 'name') ?? '')
  }
}

function nodeById(store: RepoStore, id: string, ctx: GqlContext): Obj {
  if (id === REPO_NODE_ID) return repositoryObject(store)
  const record = recordByNodeId(store, id)
  if (!record) {
    throw new GitHubError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`)
  }
  readable(ctx, record.pull ? 'pullRequests' : 'issues')
  return recordObject(store, record)
}

const METHODS = ['MERGE', 'SQUASH', 'REBASE'] as const

/** The pull request a mutation's `pullRequestId` names, after GitHub's permission and existence checks. */
function pullFor(store: RepoStore, input: Args, ctx: GqlContext): PullRecord {
  if (!can(ctx.token, 'pullRequests')) throw forbidden()
  const id = str(input, 'pullRequestId') ?? ''
  const record = recordByNodeId(store, id)
  if (!record?.pull) {
    throw new GitHubError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`)
  }
  return record as PullRecord
}

function payload(
  store: RepoStore,
  typename: string,
  input: Args,
  ctx: GqlContext,
  p: PullRecord
): Obj {
  return {
    __typename: typename,
    clientMutationId: str(input, 'clientMutationId') ?? null,
    actor: actorObject(ctx.actor),
    pullRequest: pullObject(store, p)
  }
}

const unprocessable = (message: string): GitHubError => new GitHubError('UNPROCESSABLE', message)

/** `enablePullRequestAutoMerge`: refused unless the repository allows auto-merge. */
function enableAutoMerge(store: RepoStore, input: Args, ctx: GqlContext): Obj {
  const p = pullFor(store, input, ctx)
  if (!store.allowAutoMerge)
    throw unprocessable('Pull request Auto merge is not allowed for this repository')
  // GitHub's wording for a closed pull request is not on record; this follows its other refusals.
  if (p.state !== 'open') throw unprocessable('Pull request Pull request is closed')
  if (store.refuseAutoMergeWhenClean)
    throw unprocessable('Pull request Pull request is in clean status')
  const method = str(input, 'mergeMethod') ?? 'MERGE'
  p.pull.autoMerge = {
    mergeMethod: METHODS.find(m => m === method) ?? 'MERGE',
    enabledAt: store.clock.iso(),
    enabledBy: ctx.actor,
    commitHeadline: str(input, 'commitHeadline') ?? null,
    commitBody: str(input, 'commitBody') ?? null
  }
  return payload(store, 'EnablePullRequestAutoMergePayload', input, ctx, p)
}

/** `disablePullRequestAutoMerge`. */
function disableAutoMerge(store: RepoStore, input: Args, ctx: GqlContext): Obj {
  const p = pullFor(store, input, ctx)
  delete p.pull.autoMerge
  return payload(store, 'DisablePullRequestAutoMergePayload', input, ctx, p)
}

/** The root value: Query and Mutation fields (their names do not overlap). */
export function rootObject(store: RepoStore): Obj {
  const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()
  const input = (args: Args): Args => (args.input ?? {}) as Args
  return {
    repository: (args: Args) => {
      const owner = str(args, 'owner') ?? ''
      const name = str(args, 'name') ?? ''
      if (same(owner, store.owner) && same(name, store.repo)) return repositoryObject(store)
      throw new GitHubError(
        'NOT_FOUND',
        `Could not resolve to a Repository with the name '${owner}/${name}'.`
      )
    },
    node: (args: Args, ctx: GqlContext) => nodeById(store, str(args, 'id') ?? '', ctx),
    nodes: (args: Args, ctx: GqlContext) =>
      ((args.ids ?? []) as string[]).map(id => nodeById(store, id, ctx)),
    viewer: (_args: Args, ctx: GqlContext) => ({ ...actorObject(ctx.actor), __typename: 'User' }),
    rateLimit: (_args: Args, ctx: GqlContext) => ({
      __typename: 'RateLimit',
      ...ctx.rate,
      nodeCount: 0
    }),
    enablePullRequestAutoMerge: (args: Args, ctx: GqlContext) =>
      enableAutoMerge(store, input(args), ctx),
    disablePullRequestAutoMerge: (args: Args, ctx: GqlContext) =>
      disableAutoMerge(store, input(args), ctx)
  }
}
