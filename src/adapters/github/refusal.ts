/**
 * Refusals of the Actions and billing endpoints, where the fix depends on which call was refused (`actions: read`
 * for listing runs, `actions: write` for a dispatch, a billing manager's token for billing). Statuses are read
 * through github-error.ts; anything without a fix here is wrapped as wrapGitHubError does.
 */
import { NotFoundError, PermissionError, RefusedError, type PortError } from '../../ports/errors.js'
import { githubMessage, statusOf, wrapGitHubError } from './github-error.js'

/** The fix to print for each refusal status (or made from GitHub's message); a status left out is wrapped the general way. */
export type Fixes = Partial<
  Record<401 | 403 | 404 | 410 | 422, string | ((message: string) => string)>
>

const CLASS_OF = {
  401: PermissionError,
  403: PermissionError,
  404: NotFoundError,
  410: NotFoundError
}

/** Wraps a failed call: `action` says what was being done, `fixes` what to change for each refusal. */
export function refusal(action: string, error: unknown, fixes: Fixes): PortError {
  const status = statusOf(error)
  const message = githubMessage(error)
  const fix = fixes[status as keyof Fixes]
  // A rate limit also answers 403; the throttling plugin has already waited, so it stays a RemoteError.
  if (fix === undefined || /rate limit/i.test(message)) return wrapGitHubError(action, error)
  const Class = status === 422 ? RefusedError : CLASS_OF[status as 401 | 403 | 404 | 410]
  const words = typeof fix === 'function' ? fix(message) : fix
  return new Class(`GitHub refused to ${action} (HTTP ${status}): ${message}\n${words}`, {
    cause: error
  })
}

/** Runs one call; a failure comes back as `refusal` words it. */
export async function refusing<T>(
  action: string,
  fixes: Fixes,
  work: () => Promise<T>
): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw refusal(action, error, fixes)
  }
}
