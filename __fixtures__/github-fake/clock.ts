/** A time as GitHub writes it (UTC, no milliseconds). */
export function githubTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Reads a test-given time; throws on one JavaScript cannot parse, so a typo fails loudly. */
export function toDate(value: string | Date): Date {
  const date = new Date(value)
  if (Number.isNaN(date.getTime()))
    throw new Error(`the GitHub fake cannot read the time ${String(value)}`)
  return date
}

/** The fake's clock: real time unless a test sets it. */
export class Clock {
  private fixed: Date | undefined

  constructor(now?: string | Date) {
    this.set(now)
  }

  /** Fixes the time; undefined goes back to real time. */
  set(now: string | Date | undefined): void {
    this.fixed = now === undefined ? undefined : toDate(now)
  }

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date()
  }

  /** The time as GitHub writes it. */
  iso(): string {
    return githubTime(this.now())
  }
}
