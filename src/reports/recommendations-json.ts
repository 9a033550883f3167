/**
 * The recommendations as JSON (DESIGN §11): the `recommendations` key of the JSON report and of `recommend --json`.
 * Seconds to a tenth, shares (rates, confidence) to four places, minutes to two; unknowns are null. A cron is written
 * as the config writes it: a string, or `{cron, timezone}` when it runs in a time zone.
 */
import {
  type Conflict,
  type Recommendation,
  type Recommendations
} from '../core/forecast/recommend.js'
import { type ScheduleEntry } from '../core/schedule/schedule.js'

type CronJson = string | { cron: string; timezone: string }

/** One workflow's recommendation in the JSON. */
export interface RecommendationJson {
  id: string
  path: string
  current: CronJson[]
  recommended: CronJson[]
  changed: boolean
  expectedDuration: { predicted: number; low: number; high: number } | null
  successRate: { mean: number; low: number; high: number } | null
  runs: number
  runsPer30Days: number
  minutesPer30Days: number | null
  minutesBasis: Recommendation['minutesBasis']
  impact: Recommendation['impact']
  confidence: number
  action: Recommendation['action']
}

/** One conflict in the JSON: the core's facts, an overlap's `first` as an ISO time and the p90 to a tenth. */
export type ConflictJson =
  | { kind: 'overlap'; workflows: string[]; detail: { windows: number; first: string } }
  | { kind: 'minute-zero'; workflows: string[]; detail: { crons: string[] } }
  | { kind: 'outlasts-interval'; workflows: string[]; detail: { p90: number; shortestGap: number } }

/** `{recommendations: {...}}`, exactly. */
export interface RecommendationsJson {
  recommendations: {
    now: string
    mode: string
    thresholds: Recommendations['thresholds']
    workflows: RecommendationJson[]
    conflicts: ConflictJson[]
  }
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits
const tenth = (seconds: number) => round(seconds, 1)
const share = (value: number) => round(value, 4)

function cronsJson(entries: readonly ScheduleEntry[]): CronJson[] {
  return entries.map(e =>
    e.timezone === undefined ? e.cron : { cron: e.cron, timezone: e.timezone }
  )
}

function workflowJson(w: Recommendation): RecommendationJson {
  const d = w.expectedDuration
  const s = w.successRate
  return {
    id: w.id,
    path: w.path,
    current: cronsJson(w.current),
    recommended: cronsJson(w.recommended),
    changed: w.changed,
    expectedDuration: d && {
      predicted: tenth(d.predicted),
      low: tenth(d.low),
      high: tenth(d.high)
    },
    successRate: s && { mean: share(s.mean), low: share(s.low), high: share(s.high) },
    runs: w.runs,
    runsPer30Days: w.runsPer30Days,
    minutesPer30Days: w.minutesPer30Days === null ? null : round(w.minutesPer30Days, 2),
    minutesBasis: w.minutesBasis,
    impact: w.impact,
    confidence: share(w.confidence),
    action: w.action
  }
}

function conflictJson(c: Conflict): ConflictJson {
  const workflows = [...c.workflows]
  switch (c.kind) {
    case 'overlap':
      return {
        kind: c.kind,
        workflows,
        detail: { windows: c.detail.windows, first: c.detail.first.toISOString() }
      }
    case 'minute-zero':
      return { kind: c.kind, workflows, detail: { crons: [...c.detail.crons] } }
    case 'outlasts-interval':
      return {
        kind: c.kind,
        workflows,
        detail: { p90: tenth(c.detail.p90), shortestGap: c.detail.shortestGap }
      }
  }
}

/** The recommendations as the JSON report's `recommendations` key. */
export function recommendationsJson(r: Recommendations): RecommendationsJson {
  return {
    recommendations: {
      now: r.now.toISOString(),
      mode: r.mode,
      thresholds: { ...r.thresholds },
      workflows: r.workflows.map(workflowJson),
      conflicts: r.conflicts.map(conflictJson)
    }
  }
}
