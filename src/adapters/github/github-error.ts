/**
 * GitHub's refusals, turned into messages that say what to change. Every wrapped error keeps GitHub's own as `cause`.
 */

interface HttpErrorLike {
  status: number
  message: string
  response?: { data?: unknown }
}

function isHttpError(error: unknown): error is HttpErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as HttpErrorLike).status === 'number'
  )
}

/** The HTTP status of a failed request, or undefined when the error did not come from GitHub. */
export function statusOf(error: unknown): number | undefined {
  return isHttpError(error) ? error.status : undefined
}

/** GitHub's own message, read from the response body when there is one. */
export function githubMessage(error: unknown): string {
  if (!isHttpError(error)) return String(error)
  const data = error.response?.data as
    { message?: unknown; errors?: Array<{ message?: unknown }> } | undefined
  const details = (data?.errors ?? []).map(e => e.message).filter(m => typeof m === 'string')
  const message = typeof data?.message === 'string' ? data.message : error.message
  return [message, ...details].join(' — ')
}

/** A request GitHub refused or failed, with what to do about it. */
export class GitHubError extends Error {
  readonly status: number | undefined

  constructor(message: string, cause: unknown) {
    super(message, { cause })
    this.name = 'GitHubError'
    this.status = statusOf(cause)
  }
}

/** The Contents API answered 409: the file changed since it was read. */
export class StaleFileError extends GitHubError {
  constructor(path: string, cause: unknown) {
    super(`${path} changed on GitHub while this run was writing it`, cause)
    this.name = 'StaleFileError'
  }
}

export const WORKFLOW_TOKEN_FIX =
  'GITHUB_TOKEN cannot create or update files under .github/workflows/. Give the action a token that can: a classic PAT ' +
  'with the repo and workflow scopes, or a fine-grained PAT / GitHub App token with Contents: write and Workflows: write ' +
  '(plus Pull requests and Issues: write), stored as a secret and passed as `token: ${{ secrets.COPILOT_PAT }}`.'

const ACTIONS_PR_SETTING =
  'GitHub Actions is not permitted to create pull requests in this repository. Allow it under Settings → Actions → ' +
  'General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" (for an organisation, ' +
  'the same setting in the organisation first), or pass a PAT as `token`.'

function permissionHint(
  action: string,
  status: number | undefined,
  message: string
): string | undefined {
  if (/not permitted to create or approve pull requests/i.test(message)) return ACTIONS_PR_SETTING
  if (status === 401)
    return 'the token was refused (Bad credentials) — check the `token` input and that the secret is set'
  if (status === 410 && /issues/i.test(message)) {
    return 'issues are disabled in this repository — enable them under Settings → General → Features → Issues'
  }
  if (status === 403 && /Resource not accessible/i.test(message)) {
    const scope = /issue|label|comment/i.test(action)
      ? 'issues'
      : /pull/i.test(action)
        ? 'pull-requests'
        : 'contents'
    return `the token lacks permission to ${action} — grant \`${scope}: write\` in the workflow's \`permissions:\` (or to the PAT / App)`
  }
  return undefined
}

/** Wraps a failed call: `action` says what the run was doing, in words ("create the pull request"). */
export function wrapGitHubError(action: string, error: unknown): GitHubError {
  if (error instanceof GitHubError) return error
  const status = statusOf(error)
  const message = githubMessage(error)
  const hint = permissionHint(action, status, message)
  const prefix = `GitHub refused to ${action}${status ? ` (HTTP ${status})` : ''}: ${message}`
  return new GitHubError(hint ? `${prefix}\n${hint}` : prefix, error)
}

/** Wraps a failed write to a workflow file, where 403/404 mean the token may not touch workflows. */
export function wrapWorkflowWriteError(path: string, error: unknown): GitHubError {
  const status = statusOf(error)
  const message = githubMessage(error)
  // 409: the sha is stale; 422 "sha wasn't supplied": the file appeared since it was read. Both mean read again.
  if (status === 409 || (status === 422 && /\bsha\b/.test(message)))
    return new StaleFileError(path, error)
  const workflowRefusal = /workflow/i.test(message) && status === 403
  if (path.startsWith('.github/workflows/') && (workflowRefusal || status === 404)) {
    return new GitHubError(
      `GitHub refused to update ${path} (HTTP ${status}: ${message}).\n${WORKFLOW_TOKEN_FIX}`,
      error
    )
  }
  return wrapGitHubError(`update ${path}`, error)
}

/** Runs one GitHub call; a failure comes back wrapped, saying what the run was doing. */
export async function calling<T>(action: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw wrapGitHubError(action, error)
  }
}
