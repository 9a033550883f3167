/** Owner and name of the repository the action works on. */
export interface RepoId {
  owner: string
  repo: string
}

/** Reads `owner/name` (GITHUB_REPOSITORY). */
export function parseRepoId(value: string | undefined): RepoId {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(value ?? '')
  if (!match)
    throw new Error(
      `GITHUB_REPOSITORY must be owner/name, got '${value ?? ''}' — run the action inside a workflow`
    )
  return { owner: match[1] as string, repo: match[2] as string }
}
