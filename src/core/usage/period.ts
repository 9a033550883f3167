/** The quota period: all instants are UTC, every figure is derived from the reset day and the clock passed in. */

export const DAY_MS = 86_400_000

/** One quota period [start, end) and where `now` sits in it. */
export interface Period {
  start: Date
  end: Date
  /** Length of the period in days. */
  days: number
  elapsedDays: number
  /** Days from now to the reset (the original tracker's "Days Until Reset"). */
  remainingDays: number
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
}

/** 00:00 UTC of the reset day in the given month, the day clamped to the month's length (31 → 28/29 in February). */
export function resetInstant(year: number, month: number, resetDay: number): Date {
  const normalised = new Date(Date.UTC(year, month, 1))
  const y = normalised.getUTCFullYear()
  const m = normalised.getUTCMonth()
  return new Date(Date.UTC(y, m, Math.min(resetDay, daysInMonth(y, m))))
}

/** The period that contains `now`: it starts at the latest reset instant at or before `now`. */
export function periodAt(now: Date, resetDay: number): Period {
  const year = now.getUTCFullYear()
  const month = now.getUTCMonth()
  let startMonth = month
  if (resetInstant(year, month, resetDay).getTime() > now.getTime()) startMonth = month - 1
  const start = resetInstant(year, startMonth, resetDay)
  const end = resetInstant(year, startMonth + 1, resetDay)
  return {
    start,
    end,
    days: (end.getTime() - start.getTime()) / DAY_MS,
    elapsedDays: (now.getTime() - start.getTime()) / DAY_MS,
    remainingDays: (end.getTime() - now.getTime()) / DAY_MS
  }
}
