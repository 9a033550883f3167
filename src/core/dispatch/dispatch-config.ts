/**
 * The config keys of dispatch mode (DESIGN §12): per managed workflow `via`, `inputs`, `overlap` and `catch-up`; at
 * the top `max-dispatches` and `pause-after-failures`. Read here, checked with every other config problem at once.
 */
import { type Key, type Problem } from '../schedule/config-problems.js'

/** How a managed workflow is started: by its own crons, or dispatched by the orchestrator's tick. */
export const VIAS = ['cron', 'dispatch'] as const
export type Via = (typeof VIAS)[number]

/** What a tick does when a run of the workflow is queued or in progress: skip the occurrence, or dispatch anyway. */
export const OVERLAPS = ['skip', 'allow'] as const
export type Overlap = (typeof OVERLAPS)[number]

/** How a `via: dispatch` workflow is dispatched. */
export interface DispatchOptions {
  /** Passed to `workflow_dispatch` as they are; checked against the trigger's declared inputs. */
  inputs: Record<string, string>
  overlap: Overlap
  /** How far back a tick still dispatches an occurrence no tick saw, in ms. */
  catchUpMs: number
}

/** The tick's limits: dispatches per tick, and consecutive failed runs that pause a workflow (0: never). */
export interface DispatchLimits {
  maxDispatches: number
  pauseAfterFailures: number
}

export const DEFAULT_CATCH_UP_MS = 3_600_000
export const DEFAULT_LIMITS: DispatchLimits = { maxDispatches: 10, pauseAfterFailures: 3 }
/** The per-workflow keys this module reads, for the config's unknown-key check. */
export const DISPATCH_WORKFLOW_KEYS = ['via', 'inputs', 'overlap', 'catch-up'] as const
/** The top-level keys this module reads. */
export const DISPATCH_CONFIG_KEYS = ['max-dispatches', 'pause-after-failures'] as const

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 }
const LONGEST_CATCH_UP_MS = 7 * 86_400_000

/** `30m`, `2h`, `1d` in ms; undefined when the text is no such duration. */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d+)\s*([mhd])\s*$/.exec(text)
  if (!match) return undefined
  return Number(match[1]) * (UNIT_MS[match[2] as string] as number)
}

const shown = (value: unknown) => JSON.stringify(value)
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function readInputs(raw: unknown, at: Key[], problems: Problem[]): Record<string, string> {
  if (raw === undefined) return {}
  if (!isRecord(raw)) {
    problems.push({ at, message: `must be a map of input name → value, got ${shown(raw)}` })
    return {}
  }
  const inputs: Record<string, string> = {}
  for (const [name, value] of Object.entries(raw)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) inputs[name] = String(value)
    else
      problems.push({
        at: [...at, name],
        message: `must be a string (workflow_dispatch inputs are strings), got ${shown(value)}`
      })
  }
  return inputs
}

function readCatchUp(raw: unknown, at: Key[], problems: Problem[]): number {
  if (raw === undefined) return DEFAULT_CATCH_UP_MS
  const ms = typeof raw === 'string' ? parseDuration(raw) : undefined
  if (ms !== undefined && ms > 0 && ms <= LONGEST_CATCH_UP_MS) return ms
  problems.push({
    at,
    message: `must be a duration from 1m to 7d such as 30m, 2h or 1d, got ${shown(raw)}`
  })
  return DEFAULT_CATCH_UP_MS
}

function readChoice<T extends string>(
  raw: unknown,
  choices: readonly T[],
  at: Key[],
  problems: Problem[]
): T | undefined {
  if (raw === undefined || choices.includes(raw as T)) return raw as T | undefined
  problems.push({ at, message: `must be one of ${choices.join(', ')}, got ${shown(raw)}` })
  return undefined
}

/**
 * A workflow's `via` and, for `via: dispatch`, its dispatch options. The dispatch keys on a `via: cron` workflow are a
 * problem: nothing would read them.
 */
export function readDelivery(
  raw: Record<string, unknown>,
  at: Key[],
  problems: Problem[]
): { via?: Via; dispatch?: DispatchOptions } {
  const via = readChoice(raw.via, VIAS, [...at, 'via'], problems)
  if (via !== 'dispatch') {
    const stray = DISPATCH_WORKFLOW_KEYS.filter(k => k !== 'via' && raw[k] !== undefined)
    for (const key of stray)
      problems.push({ at: [...at, key], message: 'is read only with via: dispatch' })
    return via === undefined ? {} : { via }
  }
  const dispatch: DispatchOptions = {
    inputs: readInputs(raw.inputs, [...at, 'inputs'], problems),
    overlap: readChoice(raw.overlap, OVERLAPS, [...at, 'overlap'], problems) ?? 'skip',
    catchUpMs: readCatchUp(raw['catch-up'], [...at, 'catch-up'], problems)
  }
  return { via, dispatch }
}

function readCount(raw: unknown, name: string, min: number, problems: Problem[]) {
  if (raw === undefined) return undefined
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= min) return raw
  problems.push({ at: [name], message: `must be a whole number ≥ ${min}, got ${shown(raw)}` })
  return undefined
}

/** The top-level `max-dispatches` (≥ 1) and `pause-after-failures` (≥ 0, 0 never pauses); only the keys given. */
export function readDispatchLimits(
  raw: Record<string, unknown>,
  problems: Problem[]
): Partial<DispatchLimits> {
  const max = readCount(raw['max-dispatches'], 'max-dispatches', 1, problems)
  const pause = readCount(raw['pause-after-failures'], 'pause-after-failures', 0, problems)
  return {
    ...(max === undefined ? {} : { maxDispatches: max }),
    ...(pause === undefined ? {} : { pauseAfterFailures: pause })
  }
}

/** The limits in force: the config's, defaults for the keys it leaves out. */
export function dispatchLimits(config: Partial<DispatchLimits>): DispatchLimits {
  return {
    maxDispatches: config.maxDispatches ?? DEFAULT_LIMITS.maxDispatches,
    pauseAfterFailures: config.pauseAfterFailures ?? DEFAULT_LIMITS.pauseAfterFailures
  }
}
