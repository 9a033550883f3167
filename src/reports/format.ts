import { type ScheduleEntry } from '../core/schedule/schedule.js'
import { type Status } from '../core/usage/usage.js'

/** A whole number with thousands separators: 1,500. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US')
}

/** One decimal place: 27.0. */
export function decimal(n: number): string {
  return n.toFixed(1)
}

/** A UTC date as YYYY-MM-DD. */
export function day(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** A usage bar of `width` cells, e.g. [██████░░░░] for 60%. */
export function usageBar(percent: number, width = 50): string {
  const filled = Math.max(0, Math.min(width, Math.round((percent / 100) * width)))
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`
}

/** The crons of a schedule, joined for a table cell or a log line. */
export function crons(entries: readonly ScheduleEntry[]): string {
  return entries.map(e => (e.timezone ? `${e.cron} (${e.timezone})` : e.cron)).join(', ')
}

export const STATUS_TEXT: Record<Status, string> = {
  SAFE: 'SAFE - On track or under budget',
  WARNING: 'WARNING - Approaching the quota',
  CRITICAL: 'CRITICAL - At or projected over the quota'
}

export const STATUS_ICON: Record<Status, string> = { SAFE: '✅', WARNING: '⚠️', CRITICAL: '🚨' }

export const MODE_ICON: Record<string, string> = {
  aggressive: '🚀',
  normal: '🎯',
  conservative: '🛡️'
}
