/**
 * GitHub's refusals, turned into the ports' error classes with messages that say what to change. Every wrapped error
 * keeps GitHub's own as `cause`. This is the only module that reads an HTTP status.
 */
import {
  AlreadyExistsError,
  NotFoundError,
  PermissionError,
  PortError,
  RateLimitError,
  RemoteError,
  StaleFileError
} from '../../ports/errors.js'

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

/**
 * Whether GitHub answered at all: Octokit reports a dropped connection or an abandoned attempt as status 500 with no
 * response, which must not be worded as an answer GitHub gave.
 */
function answered(error: unknown): boolean {
  return !isHttpError(error) || error.status !== 500 || error.response !== undefined
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
  if (/refusing to allow .* workflow/i.test(message)) return WORKFLOW_TOKEN_FIX
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

/** The port error class for a status and message. */
function errorClass(status: number | undefined, message: string) {
  if (/refusing to allow .* workflow/i.test(message)) return PermissionError
  if ((status === 401 || status === 403 || status === 429) && /rate limit/i.test(message))
    return RateLimitError
  if (status === 401 || status === 403) return PermissionError
  if (status === 404 || status === 410) return NotFoundError
  if (status === 409) return StaleFileError
  if (status === 422 && /already exists/i.test(message)) return AlreadyExistsError
  return RemoteError
}

/** Wraps a failed call: `action` says what the run was doing, in words ("create the pull request"). */
export function wrapGitHubError(action: string, error: unknown): PortError {
  if (error instanceof PortError) return error
  if (!answered(error)) {
    const message = `Could not ${action}: the connection to GitHub failed before an answer came (${githubMessage(error)}); GitHub may or may not have done it — the next run checks`
    return new RemoteError(message, { cause: error })
  }
  const status = statusOf(error)
  const message = githubMessage(error)
  const hint = permissionHint(action, status, message)
  // A 5xx is GitHub failing, not refusing: nothing to fix but to try again.
  const prefix =
    status !== undefined && status >= 500
      ? `GitHub failed to ${action} (HTTP ${status}, a server error; the next run tries again): ${message}`
      : `GitHub refused to ${action}${status ? ` (HTTP ${status})` : ''}: ${message}`
  const Class = errorClass(status, message)
  return new Class(hint ? `${prefix}\n${hint}` : prefix, { cause: error })
}

/** Wraps a failed write to a workflow file; only GitHub's actual workflow refusal gets the token advice. */
export function wrapWorkflowWriteError(path: string, error: unknown): PortError {
  const status = statusOf(error)
  const message = githubMessage(error)
  // 409: the sha is stale; 422 "sha wasn't supplied": the file appeared since it was read. Both mean read again.
  if (status === 409 || (status === 422 && /\bsha\b/.test(message))) {
    return new StaleFileError(`${path} changed on GitHub while this run was writing it`, {
      cause: error
    })
  }
  // An App token gets GitHub's refusal in words; a classic PAT without the workflow scope gets a bare "Not Found".
  const refused = /refusing to allow .* workflow/i.test(message)
  const patWithoutScope =
    status === 404 && path.startsWith('.github/workflows/') && message === 'Not Found'
  if (refused || patWithoutScope) {
    return new PermissionError(
      `GitHub refused to update ${path} (HTTP ${status}: ${message}).\n${WORKFLOW_TOKEN_FIX}`,
      { cause: error }
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
