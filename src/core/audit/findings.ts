/**
 * What the audit finds (DESIGN §13), as facts: a kind, what was seen and what a fix would save. Views word them.
 */

/** What a fix would save per 30 days; a field is null where the runs or jobs to measure it were not given. */
export interface Savings {
  runs: number | null
  minutes: number | null
  dollars: number | null
}

export const FINDING_KINDS = [
  'inactive',
  'throttle',
  'minute-zero',
  'duplicate-schedule',
  'concurrency',
  'timeout'
] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

/** A cron that runs more often than the minimum interval, and the throttled cron (null when none gets there). */
export interface ThrottleDetail {
  cron: string
  timezone?: string
  /** The shortest time between two runs, in minutes. */
  shortestGap: number
  minInterval: number
  suggested: string | null
  runsBefore: number
  runsAfter: number | null
}

/** A cron running at minute 0, when GitHub's scheduler is busiest, and the same cron on a staggered minute. */
export interface MinuteZeroDetail {
  cron: string
  timezone?: string
  suggested: string | null
}

/** A workflow on schedule, push or pull_request without a top-level `concurrency:` group. */
export interface ConcurrencyDetail {
  triggers: string[]
  /** Runs that started while an earlier run on the same branch was still going; null without recorded runs. */
  overlappingRuns: number | null
  /** What the offered fix writes: false when a push to the default branch runs it (cancelling could skip a deploy). */
  cancelInProgress: boolean
  pushesToDefaultBranch: boolean
  defaultBranch: string
}

/** A job without `timeout-minutes` (GitHub then allows 6 hours). */
export interface TimeoutDetail {
  job: string
  /** The longest recorded run of the job, in minutes; null without recorded jobs. */
  longestMinutes: number | null
  observedJobs: number
  /** Twice the p99 duration, rounded up, at least 10; null without recorded jobs. */
  suggestedMinutes: number | null
}

/** A scheduled workflow GitHub disabled for inactivity, or will within 7 days (public repositories, 60 days). */
export interface InactiveDetail {
  state: 'disabled' | 'disabling-soon'
  /** The last activity in the repository, when given. */
  lastActivity: string | null
  daysInactive: number | null
  /** When GitHub disables it (60 days after the last activity); null when already disabled by GitHub's record. */
  disablesOn: string | null
}

/** A schedule entry already covered by another of the same workflow, or a workflow repeating another one. */
export interface DuplicateScheduleDetail {
  scope: 'entry' | 'workflow'
  /** The redundant cron (scope entry) or the repeated schedule's crons (scope workflow). */
  crons: string[]
  /** The entry whose times include these (scope entry), or the path of the workflow repeated (scope workflow). */
  duplicateOf: string
  /** The two crons run at exactly the same times (rather than one within the other). */
  identical: boolean
}

interface Base {
  /** The workflow's `name:`, else its path. */
  workflow: string
  path: string
}

/** One finding; `savings` is null for kinds whose fix saves no runs (minute-zero, timeout, inactive). */
export type AuditFinding = Base &
  (
    | { kind: 'throttle'; detail: ThrottleDetail; savings: Savings }
    | { kind: 'minute-zero'; detail: MinuteZeroDetail; savings: null }
    | { kind: 'concurrency'; detail: ConcurrencyDetail; savings: Savings | null }
    | { kind: 'timeout'; detail: TimeoutDetail; savings: null }
    | { kind: 'inactive'; detail: InactiveDetail; savings: null }
    | { kind: 'duplicate-schedule'; detail: DuplicateScheduleDetail; savings: Savings }
  )
