/** Who made something: a user, a bot or an organization. */
export interface Actor {
  login: string
  id: number
  type: 'User' | 'Bot' | 'Organization'
}

/** The actor behind GITHUB_TOKEN. */
export const ACTIONS_BOT: Actor = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
/** The actor behind a personal access token. */
export const PAT_USER: Actor = { login: 'octocat', id: 583231, type: 'User' }
