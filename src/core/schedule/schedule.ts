import { sameCron } from '../cron/same-times.js'
import { resolveZone } from '../cron/time-zone.js'

/** One entry of a workflow's `on.schedule`: a cron in GitHub's dialect and, optionally, the IANA time zone it runs in. */
export interface ScheduleEntry {
  cron: string
  timezone?: string
}

export { isMode, MODES, type Mode } from './mode.js'

/** Whether two entries run at the same times: the same cron by its parsed fields, in the same zone (none is UTC). */
export function sameEntry(a: ScheduleEntry, b: ScheduleEntry): boolean {
  return sameCron(a.cron, b.cron) && zoneOf(a) === zoneOf(b)
}

function zoneOf(entry: ScheduleEntry): string {
  const zone = entry.timezone ?? 'UTC'
  return resolveZone(zone) ?? zone
}

/**
 * Whether two schedules run at exactly the same times: the same set of entries by sameEntry, whatever their order or
 * spelling (`0 0 * * *` and `00 0 * * *`).
 */
export function sameSchedule(a: readonly ScheduleEntry[], b: readonly ScheduleEntry[]): boolean {
  const covers = (x: readonly ScheduleEntry[], y: readonly ScheduleEntry[]): boolean =>
    x.every(entry => y.some(other => sameEntry(entry, other)))
  return covers(a, b) && covers(b, a)
}
