/**
 * The errors every port throws, whatever the backend (GitHub or the local file system). Use cases catch these
 * classes; none of them ever looks at an HTTP status. Each message names what was being done and the fix.
 */

/** Base of the ports' errors; `cause` keeps the backend's own error. */
export class PortError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }
}

/** The thing asked for does not exist (a branch, a file, a workflow, an account). */
export class NotFoundError extends PortError {}

/** A write lost a race: the file or branch changed since it was read. Read again and retry. */
export class StaleFileError extends PortError {}

/** A create found the thing already there (a branch, a label): made by an earlier attempt or another run. */
export class AlreadyExistsError extends PortError {}

/** The token, or a repository setting, does not allow the call; the message names the permission to grant. */
export class PermissionError extends PortError {}

/** Any other refusal or failure of the backend (5xx after retries, a rate limit, a validation error). */
export class RemoteError extends PortError {}

/** The backend refused the request as it was made (GitHub's 422): sending it again changes nothing. */
export class RefusedError extends RemoteError {}

/** GitHub's rate limit is spent (after the client waited what it could): stop calling, keep what was read. */
export class RateLimitError extends RemoteError {}
