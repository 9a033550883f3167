import type { Ctx } from './http.js'
import type { Actor, Label, RepoStore } from './store.js'

/** Web pages stay on github.com (clients never fetch them); API URLs point at the fake. */
export const WEB = 'https://github.com'
const REPO_ID = 1296269
const CREATED = '2020-01-01T00:00:00Z'

/** The repository's API URL on the fake. */
export function repoApi(ctx: Ctx): string {
  return `${ctx.api}/repos/${ctx.store.owner}/${ctx.store.repo}`
}

/** The repository's web URL. */
export function repoWeb(store: RepoStore): string {
  return `${WEB}/${store.owner}/${store.repo}`
}

/** A branch or path as it appears inside a URL (slashes kept). */
export function urlPath(value: string): string {
  return value.split('/').map(encodeURIComponent).join('/')
}

/** GitHub's `simple-user` for an actor. */
export function userJson(ctx: Ctx, actor: Actor): Record<string, unknown> {
  const api = `${ctx.api}/users/${encodeURIComponent(actor.login)}`
  const web =
    actor.type === 'Bot'
      ? `${WEB}/apps/${actor.login.replace(/\[bot\]$/, '')}`
      : `${WEB}/${actor.login}`
  return {
    login: actor.login,
    id: actor.id,
    node_id: Buffer.from(`04:${actor.type}${actor.id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${actor.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: web,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: actor.type,
    user_view_type: 'public',
    site_admin: false
  }
}

function templatedUrls(api: string): Record<string, string> {
  const plain = [
    'contributors',
    'deployments',
    'downloads',
    'events',
    'forks',
    'hooks',
    'languages'
  ]
  const more = ['merges', 'stargazers', 'subscribers', 'subscription', 'tags', 'teams']
  const urls: Record<string, string> = Object.fromEntries(
    [...plain, ...more].map(n => [`${n}_url`, `${api}/${n}`])
  )
  return {
    ...urls,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    statuses_url: `${api}/statuses/{sha}`,
    trees_url: `${api}/git/trees{/sha}`
  }
}

function counts(store: RepoStore): Record<string, number> {
  const open = store.issues.filter(
    i => i.state === 'open' && (store.issuesEnabled || i.pull)
  ).length
  return {
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: open,
    open_issues_count: open,
    network_count: 0,
    subscribers_count: 1,
    size: 1
  }
}

/** A repository object that satisfies both `repository` and `full-repository`. */
export function repositoryJson(ctx: Ctx): Record<string, unknown> {
  const { store } = ctx
  const web = repoWeb(store)
  const head = store.git.resolve(store.defaultBranch)
  return {
    id: REPO_ID,
    node_id: 'R_kgDOABPHjQ',
    name: store.repo,
    full_name: `${store.owner}/${store.repo}`,
    owner: userJson(ctx, store.ownerActor),
    private: false,
    visibility: 'public',
    html_url: web,
    description: null,
    fork: false,
    url: repoApi(ctx),
    ...templatedUrls(repoApi(ctx)),
    git_url: `git://github.com/${store.owner}/${store.repo}.git`,
    ssh_url: `git@github.com:${store.owner}/${store.repo}.git`,
    clone_url: `${web}.git`,
    svn_url: web,
    mirror_url: null,
    homepage: null,
    language: null,
    ...counts(store),
    default_branch: store.defaultBranch,
    has_issues: store.issuesEnabled,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    is_template: false,
    topics: [],
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    pushed_at: head?.date ?? CREATED,
    created_at: CREATED,
    updated_at: head?.date ?? CREATED
  }
}

/** GitHub's `label`. */
export function labelJson(ctx: Ctx, label: Label): Record<string, unknown> {
  return {
    id: label.id,
    node_id: `LA_kwDOABPHjc8AAAAB${label.id}`,
    url: `${repoApi(ctx)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: false,
    description: label.description
  }
}
