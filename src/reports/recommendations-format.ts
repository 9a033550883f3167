/**
 * How the recommendations' facts read, in the text report and in markdown alike: durations, rates, impact, the
 * thresholds behind each action, and one sentence per conflict.
 */
import {
  type Action,
  type Conflict,
  type Impact,
  type Recommendation,
  type RecommendThresholds
} from '../core/forecast/recommend.js'
import { type ScheduleEntry } from '../core/schedule/schedule.js'
import { percent, seconds, UNKNOWN } from './analytics-format.js'
import { count } from './format.js'

export const ACTION_ICON: Record<Action, string> = { APPLY: '✅', REVIEW: '🔍', 'MORE DATA': '⏳' }

const IMPACT_WORD: Record<Impact, string> = { low: 'Low', medium: 'Medium', high: 'High' }

/** A cron and its zone, in backticks when `code`: `0 6 * * 1-5` (Europe/Berlin). */
export function cronText(
  entries: readonly ScheduleEntry[],
  code: boolean,
  separator = ', '
): string {
  if (entries.length === 0) return 'none'
  const quote = (cron: string) => (code ? `\`${cron}\`` : cron)
  return entries.map(e => `${quote(e.cron)}${e.timezone ? ` (${e.timezone})` : ''}`).join(separator)
}

/** `4m 5s (80%: 3m 20s–5m 10s)`; unknown without a successful run. */
export function durationText(w: Recommendation): string {
  const d = w.expectedDuration
  return d ? `${seconds(d.predicted)} (80%: ${seconds(d.low)}–${seconds(d.high)})` : UNKNOWN
}

/** `95% (90–98%)`; unknown without a finished run. */
export function successText(w: Recommendation): string {
  const s = w.successRate
  return s ? `${percent(s.mean)} (${Math.round(s.low * 100)}–${percent(s.high)})` : UNKNOWN
}

/** `Medium (420 billable minutes / 30 days)`, marked `≈` when the minutes come from the duration, not the jobs. */
export function impactText(w: Recommendation): string {
  if (w.impact === null || w.minutesPer30Days === null) return UNKNOWN
  const about = w.minutesBasis === 'duration' ? '≈' : ''
  return `${IMPACT_WORD[w.impact]} (${about}${count(w.minutesPer30Days)} billable minutes / 30 days)`
}

/** `>70%`, `50–70%`, `<50%`: the confidence each action stands for. */
export function actionRange(action: Action, t: RecommendThresholds): string {
  if (action === 'APPLY') return `>${percent(t.apply)}`
  return action === 'REVIEW'
    ? `${Math.round(t.review * 100)}–${percent(t.apply)}`
    : `<${percent(t.review)}`
}

/** One line on what the actions and the impact levels mean. */
export function thresholdsNote(t: RecommendThresholds): string {
  return (
    `APPLY above ${percent(t.apply)} confidence (the chance the run lands within 25% of its estimate), ` +
    `REVIEW from ${percent(t.review)}, MORE DATA below; impact low under ${count(t.medium)} billable minutes ` +
    `per 30 days, medium under ${count(t.high)}, high from there.`
  )
}

function minute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** One sentence per conflict; workflow ids in backticks when `code`. */
export function conflictText(c: Conflict, code: boolean): string {
  const name = (id: string) => (code ? `\`${id}\`` : id)
  switch (c.kind) {
    case 'overlap': {
      const pairs = `${count(c.detail.windows)} pair${c.detail.windows === 1 ? '' : 's'} of runs`
      return (
        `${name(c.workflows[0])} and ${name(c.workflows[1])} overlap: ${pairs} in the next 7 days, ` +
        `each run lasting its p90 duration, the first at ${minute(c.detail.first)}`
      )
    }
    case 'minute-zero':
      return (
        `${name(c.workflows[0])} starts at minute 0 (${cronText(
          c.detail.crons.map(cron => ({ cron })),
          code
        )}), ` + 'when GitHub delays and drops scheduled runs: pick another minute'
      )
    case 'outlasts-interval':
      return (
        `${name(c.workflows[0])} runs for up to ${seconds(c.detail.p90)} (p90) but starts every ` +
        `${seconds(c.detail.shortestGap)} at the shortest: a run is still going when the next one is due`
      )
  }
}
