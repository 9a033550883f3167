import { ValidationError } from '../core/errors.js'
import { type Config } from '../core/schedule/config.js'
import { latestSample, usageSamples, type State } from '../core/state/state.js'
import { DAY_MS, periodAt } from '../core/usage/period.js'
import { type UsageSource } from '../core/usage/billing-source.js'
import {
  assessUsage,
  type Reading,
  type UsageReport,
  type UsageSample,
  type UsageWarning
} from '../core/usage/usage.js'
import { type UsageSettings } from '../settings.js'
import { type LiveUsage } from './read-usage.js'

/** A state sample older than this is said to be stale in the log and the summary. */
export const STALE_SAMPLE_DAYS = 2

/** What assessing the usage needs: no workflow file is read. */
export interface AssessInput {
  usage: UsageSettings
  thresholds: Config['thresholds']
  state: State | undefined
  now: Date
  /** How to name the `used` value when it is missing: "input 'used'" or "--used". */
  usedName: string
  /** Where `used` comes from; a billing source's figure is `live` (unless `used` was given, which wins). */
  usageSource?: UsageSource
  live?: LiveUsage
}

/** The usage report and the reading it rests on. */
export interface UsageAssessment {
  usage: UsageReport
  reading: UsageSample
  history: UsageSample[]
}

/** `used` as given at now, or the state's latest sample of the current period at its own time. */
export function currentReading(input: AssessInput): UsageSample {
  if (input.usage.used !== undefined) return { at: input.now, used: input.usage.used }
  if (input.live) return { at: input.now, used: input.live.used }
  const period = periodAt(input.now, input.usage.resetDay)
  const sample = input.state ? latestSample(input.state, period.start, input.now) : undefined
  if (sample) return sample
  const since = period.start.toISOString().slice(0, 10)
  const history = input.usedName === '--used' ? 'the --history file' : 'the state'
  throw new ValidationError([
    `${input.usedName} is empty and ${history} has no usage sample for the current period (since ${since}) — pass the usage figure`
  ])
}

/**
 * Burn rate, projection, status and mode (DESIGN §3). A figure taken from the state is assessed at its own time — the
 * burn rate from the samples before it, the projection from it to the reset — so an old sample never reads as a
 * stop in spending; the report says how old it is.
 */
export function assessUsageNow(input: AssessInput): UsageAssessment {
  const reading = currentReading(input)
  const history = input.state ? usageSamples(input.state) : []
  const at = assessUsage({
    quota: input.usage.quota,
    used: reading.used,
    resetDay: input.usage.resetDay,
    now: reading.at,
    history,
    thresholds: input.thresholds,
    forcedMode: input.usage.mode === 'auto' ? undefined : input.usage.mode
  })
  const ageDays = (input.now.getTime() - reading.at.getTime()) / DAY_MS
  const usage: UsageReport = {
    ...at,
    period: periodAt(input.now, input.usage.resetDay),
    reading: readingOf(input, reading.at, ageDays),
    warnings: [
      ...at.warnings,
      ...(ageDays > STALE_SAMPLE_DAYS
        ? [{ kind: 'stale-sample', at: reading.at, ageDays } as const]
        : []),
      ...sourceWarnings(input)
    ]
  }
  return { usage, reading, history }
}

/** Where the figure came from: the input, a billing report (its account and newest item), or the state. */
function readingOf(input: AssessInput, at: Date, ageDays: number): Reading {
  if (input.usage.used !== undefined) return { at, ageDays, source: 'input' }
  const live = input.live
  if (!live) return { at, ageDays, source: 'state' }
  const item = live.itemAt ? { itemAt: live.itemAt } : {}
  return { at, ageDays, source: live.source, account: live.account, ...item }
}

/** A `used` given over a usage source wins, and says so; a report with nothing for the period says used is 0. */
function sourceWarnings(input: AssessInput): UsageWarning[] {
  const { usageSource: source, live } = input
  const used = input.usage.used
  if (used !== undefined && source !== undefined && source !== 'input')
    return [{ kind: 'used-overrides-source', source, used }]
  if (live && live.items === 0)
    return [
      {
        kind: 'no-usage-items',
        source: live.source,
        account: live.account,
        since: live.since
      }
    ]
  return []
}
