/**
 * The project's own error classes. Every message names the thing that is wrong and the fix, so a user can act on it
 * without reading the code.
 */

/** Reads a message out of anything a `catch` can receive. */
export function errorMessage(error: unknown): string {
  // Not `instanceof Error`: errors thrown by Node's own modules can come from another realm (jest's VM contexts).
  if (typeof error === 'object' && error !== null && typeof (error as Error).message === 'string') {
    return (error as Error).message
  }
  return String(error)
}

/** One or more problems found while validating user input (inputs, flags, config, crons, workflow files). */
export class ValidationError extends Error {
  readonly problems: readonly string[]

  constructor(problems: readonly string[], heading = 'Invalid input') {
    super(
      problems.length === 1
        ? `${heading}: ${problems[0]}`
        : `${heading}:\n${problems.map(p => `  - ${p}`).join('\n')}`
    )
    this.name = 'ValidationError'
    this.problems = problems
  }
}

/** A workflow file that cannot be managed: not YAML, no `on.schedule`, or a schedule GitHub itself would reject. */
export class WorkflowFileError extends Error {
  readonly file: string

  constructor(file: string, message: string) {
    super(`${file}: ${message}`)
    this.name = 'WorkflowFileError'
    this.file = file
  }
}
