/**
 * What a job costs (DESIGN §10): its runner's billing SKU told from the labels the job asked for, the SKU's minute
 * multiplier (linux 1, windows 2, macos 10; self-hosted runners are not billed) and its price per minute. GitHub
 * rounds every job up to a whole minute; dollars are the rounded minutes at the SKU's price, with no multiplier, and
 * are summed in whole micro-dollars so that totals carry no floating-point dust.
 */
import { type JobRecord } from './records.js'

/** Dollars per minute by billing SKU (`linux`, `linux_4_core`, `macos_xl`, `self_hosted` …). */
export type Prices = Readonly<Record<string, number>>

/** GitHub's per-minute rates (from January 2026) for its hosted runners; the config's `prices:` overrides any. */
export const DEFAULT_PRICES: Prices = {
  linux: 0.006,
  linux_slim: 0.002,
  windows: 0.01,
  macos: 0.062,
  linux_2_core_advanced: 0.006,
  linux_4_core: 0.012,
  linux_8_core: 0.022,
  linux_16_core: 0.042,
  linux_32_core: 0.082,
  linux_64_core: 0.162,
  linux_96_core: 0.252,
  windows_4_core: 0.022,
  windows_8_core: 0.042,
  windows_16_core: 0.082,
  windows_32_core: 0.162,
  windows_64_core: 0.322,
  windows_96_core: 0.552,
  macos_l: 0.077,
  macos_xl: 0.102,
  linux_2_core_arm: 0.005,
  linux_4_core_arm: 0.008,
  linux_8_core_arm: 0.014,
  linux_16_core_arm: 0.026,
  linux_32_core_arm: 0.05,
  linux_64_core_arm: 0.098,
  windows_2_core_arm: 0.008,
  windows_4_core_arm: 0.014,
  windows_8_core_arm: 0.026,
  windows_16_core_arm: 0.05,
  windows_32_core_arm: 0.098,
  windows_64_core_arm: 0.194,
  self_hosted: 0
}

/** The runner a job ran on, as far as its labels tell. */
export interface Runner {
  sku: string
  /** Minutes of this runner count this many times against the included minutes. */
  multiplier: number
  /** The labels, when they name no runner GitHub prices: the job is priced as linux. */
  unknown?: string
}

/** What one job used and cost. */
export interface JobCharge {
  /** The job's run time rounded up to whole minutes. */
  minutes: number
  billableMinutes: number
  microDollars: number
  runner: Runner
}

type Os = 'linux' | 'windows' | 'macos'

function osOf(label: string): Os | undefined {
  if (/ubuntu|linux/.test(label)) return 'linux'
  if (/windows/.test(label)) return 'windows'
  if (/macos|osx/.test(label)) return 'macos'
  return undefined
}

/** The SKU a label names: `ubuntu-latest` linux, `ubuntu-latest-4-cores` linux_4_core, `macos-14-xlarge` macos_xl. */
export function skuOfLabel(raw: string): string | undefined {
  const label = raw.toLowerCase()
  const os = osOf(label)
  if (os === undefined) return undefined
  if (os === 'macos')
    return /xlarge/.test(label) ? 'macos_xl' : /large/.test(label) ? 'macos_l' : 'macos'
  if (os === 'linux' && /slim/.test(label)) return 'linux_slim'
  const cores = /(\d+)[-_ ]?(?:cores?|v?cpus?)\b/.exec(label)?.[1]
  const arm = /arm|aarch64/.test(label)
  if (cores === undefined) return arm ? `${os}_2_core_arm` : os
  if (cores === '2' && !arm) return os === 'linux' ? 'linux_2_core_advanced' : os
  return `${os}_${Number(cores)}_core${arm ? '_arm' : ''}`
}

function multiplierOf(sku: string): number {
  if (sku === 'self_hosted') return 0
  return sku.startsWith('windows') ? 2 : sku.startsWith('macos') ? 10 : 1
}

/** The runner a job's labels ask for; labels that name no priced runner read as linux, with the labels kept. */
export function runnerOf(labels: readonly string[], prices: Prices = DEFAULT_PRICES): Runner {
  if (labels.some(label => label.toLowerCase() === 'self-hosted'))
    return { sku: 'self_hosted', multiplier: 0 }
  const sku = labels.map(skuOfLabel).find(found => found !== undefined)
  if (sku !== undefined && prices[sku] !== undefined) return { sku, multiplier: multiplierOf(sku) }
  return { sku: 'linux', multiplier: 1, unknown: labels.join(', ') }
}

/** A job's run time rounded up to whole minutes; 0 for a job that never ran (no start or no end). */
export function jobMinutes(job: Pick<JobRecord, 'startedAt' | 'completedAt'>): number {
  if (job.startedAt === null || job.completedAt === null) return 0
  const ms = Date.parse(job.completedAt) - Date.parse(job.startedAt)
  return ms > 0 ? Math.ceil(ms / 60_000) : 0
}

/** A job's minutes, billable minutes and cost at the given prices (GitHub's by default). */
export function jobCharge(job: JobRecord, prices: Prices = DEFAULT_PRICES): JobCharge {
  const runner = runnerOf(job.labels, prices)
  const minutes = jobMinutes(job)
  const perMinute = Math.round((prices[runner.sku] ?? prices.linux ?? 0) * 1e6)
  return {
    minutes,
    billableMinutes: minutes * runner.multiplier,
    microDollars: minutes * perMinute,
    runner
  }
}
