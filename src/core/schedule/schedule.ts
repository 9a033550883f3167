/** One entry of a workflow's `on.schedule`: a cron in GitHub's dialect and, optionally, the IANA time zone it runs in. */
export interface ScheduleEntry {
  cron: string
  timezone?: string
}

/** The three scheduling modes, least to most productive is conservative → normal → aggressive. */
export const MODES = ['aggressive', 'normal', 'conservative'] as const
export type Mode = (typeof MODES)[number]

/** Tells whether a string is one of the three modes. */
export function isMode(value: string): value is Mode {
  return (MODES as readonly string[]).includes(value)
}

/** Compares two schedules entry by entry (order matters: it is the order in the file). */
export function sameSchedule(a: readonly ScheduleEntry[], b: readonly ScheduleEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, i) => entry.cron === b[i]?.cron && entry.timezone === b[i]?.timezone)
  )
}
