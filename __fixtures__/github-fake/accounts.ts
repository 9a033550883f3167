import { ACTIONS_BOT, PAT_USER, type Actor } from './actors.js'
import { notFound, type Ctx, type Handler } from './http.js'
import { userJson, WEB } from './render.js'
import { stableNumber } from './workflows.js'

const CREATED = '2015-01-01T00:00:00Z'

/** The accounts the fake knows: the repository owner, its users, and every seeded billing account. */
function knownAccounts(ctx: Ctx): Actor[] {
  const seeded = [...ctx.store.billing.keys()].flatMap(key => {
    const [kind, login = ''] = key.split(':')
    const type: Actor['type'] = kind === 'org' ? 'Organization' : 'User'
    return kind === 'org' || kind === 'user'
      ? [{ login, id: stableNumber(login, 1_000_000, 90_000_000), type }]
      : []
  })
  return [ctx.store.ownerActor, PAT_USER, ACTIONS_BOT, ...seeded]
}

function lookup(ctx: Ctx, login: string): Actor | undefined {
  return knownAccounts(ctx).find(a => a.login.toLowerCase() === login.toLowerCase())
}

/** GET /users/{username}: a user, bot or organization, with its `type`, as GitHub's public profile. */
export const getUser: Handler = ctx => {
  const actor = lookup(ctx, ctx.params.username ?? '')
  if (!actor) return notFound(ctx)
  const profile = {
    ...userJson(ctx, actor),
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: CREATED,
    updated_at: CREATED
  }
  return { status: 200, body: profile }
}

/** GET /orgs/{org}: an organization (404 for a user, as GitHub answers). */
export const getOrg: Handler = ctx => {
  const actor = lookup(ctx, ctx.params.org ?? '')
  if (actor?.type !== 'Organization') return notFound(ctx)
  const api = `${ctx.api}/orgs/${actor.login}`
  const org = {
    login: actor.login,
    id: actor.id,
    node_id: Buffer.from(`04:Organization${actor.id}`).toString('base64'),
    url: api,
    repos_url: `${api}/repos`,
    events_url: `${api}/events`,
    hooks_url: `${api}/hooks`,
    issues_url: `${api}/issues`,
    members_url: `${api}/members{/member}`,
    public_members_url: `${api}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${actor.id}?v=4`,
    description: null,
    html_url: `${WEB}/${actor.login}`,
    has_organization_projects: true,
    has_repository_projects: true,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    type: 'Organization',
    created_at: CREATED,
    updated_at: CREATED,
    archived_at: null
  }
  return { status: 200, body: org }
}
