/** How the analytics' figures read in a table cell or a sentence: seconds as `1m 44s`, dollars, shares as percent. */
import { type ModeCost } from '../core/runs/mode-cost.js'
import { count } from './format.js'

/** What a table cell shows for a figure that cannot be known. */
export const UNKNOWN = '–'

/** Seconds as `45s`, `1m 44s`, `2h 5m`, `3d 4h`; null as unknown. */
export function seconds(value: number | null): string {
  if (value === null) return UNKNOWN
  const s = Math.round(value)
  if (Math.abs(s) < 60) return `${s}s`
  if (Math.abs(s) < 3600) return `${Math.trunc(s / 60)}m ${Math.abs(s % 60)}s`
  if (Math.abs(s) < 86_400)
    return `${Math.trunc(s / 3600)}h ${Math.abs(Math.trunc((s % 3600) / 60))}m`
  return `${Math.trunc(s / 86_400)}d ${Math.abs(Math.trunc((s % 86_400) / 3600))}h`
}

/** Dollars: cents from $1 up, a tenth of a cent below; null as unknown. */
export function dollars(value: number | null): string {
  if (value === null) return UNKNOWN
  if (value !== 0 && Math.abs(value) < 1) return `$${value.toFixed(3)}`
  return `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
}

/** Minutes as a whole number with separators; null as unknown. */
export function minutes(value: number | null): string {
  return value === null ? UNKNOWN : count(value)
}

/** A share (0–1) as a whole percent. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

/** A success rate and its interval: `87% (71–95%)`. */
export function rateWithInterval(rate: number | null, low: number | null, high: number | null) {
  if (rate === null || low === null || high === null) return UNKNOWN
  return `${percent(rate)} (${Math.round(low * 100)}–${percent(high)})`
}

/** Two figures as `p50 / p90`. */
export function pair(p50: string, p90: string): string {
  return p50 === UNKNOWN && p90 === UNKNOWN ? UNKNOWN : `${p50} / ${p90}`
}

/** Counts by event, largest first: `schedule 25, workflow_dispatch 6`. */
export function events(byEvent: Readonly<Record<string, number>>): string {
  const entries = Object.entries(byEvent).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return entries.length === 0 ? UNKNOWN : entries.map(([e, n]) => `${e} ${n}`).join(', ')
}

/** `this change: 1,440 → 480 runs a month, 2,880 → 960 minutes, $17.28 → $5.76`. */
export function planCostLine(before: ModeCost, after: ModeCost): string {
  return (
    `this change: ${count(before.runs)} → ${count(after.runs)} runs a month, ` +
    `${minutes(before.billableMinutes)} → ${minutes(after.billableMinutes)} minutes, ` +
    `${dollars(before.cost)} → ${dollars(after.cost)}`
  )
}
