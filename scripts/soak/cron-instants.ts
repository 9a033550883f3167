// A cron's firing instants, read with cron-parser (not with the product's cron code): the dispatch soak's reference.
import { CronExpressionParser } from 'cron-parser'

/** A cron as the config writes it: a string, or `{cron, timezone}`. */
export interface CronEntry {
  cron: string
  timezone?: string
}

/** Every instant of the cron in (after, until], in ms, oldest first. */
export function cronInstants(entry: CronEntry, after: number, until: number): number[] {
  if (!(after < until)) return []
  const expression = CronExpressionParser.parse(entry.cron, {
    tz: entry.timezone ?? 'UTC',
    currentDate: new Date(after),
    endDate: new Date(until)
  })
  const instants: number[] = []
  // next() throws past endDate.
  for (;;) {
    try {
      const t = expression.next().getTime()
      if (t > after && t <= until) instants.push(t)
    } catch {
      return instants
    }
  }
}
