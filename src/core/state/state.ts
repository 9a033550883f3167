import { ValidationError } from '../errors.js'
import { billingCacheProblems, type BillingCache } from '../usage/billing-sum.js'
import { type UsageSample } from '../usage/usage.js'

/**
 * Where a schedule change stands: `proposed` while its pull request waits, `in-force` once the base branch carries its
 * crons, `abandoned` when the pull request was closed unmerged or a newer proposal replaced it.
 */
export type ChangeStatus = 'proposed' | 'in-force' | 'abandoned'

export const CHANGE_STATUSES: readonly ChangeStatus[] = ['proposed', 'in-force', 'abandoned']

/** A schedule change the orchestrator proposed: with its `from`, the backup that makes a restore possible. */
export interface ScheduleChange {
  /** When the pull request was written. */
  at: string
  mode: string
  workflow: string
  path: string
  from: string[]
  to: string[]
  status: ChangeStatus
  /** When the base branch was first seen carrying `to`; absent on a change that was in force from its `at`. */
  inForceAt?: string
  /** When the change was found closed unmerged or replaced. */
  abandonedAt?: string
}

/** The state file (DESIGN §6). Unknown fields, at the top and in items, are kept as they were. */
export interface State {
  version: 2
  samples: Array<{ at: string; used: number }>
  changes: ScheduleChange[]
  /** Finished days of the period already read from a billing report (DESIGN §10 Live usage). */
  billing?: BillingCache
  [extra: string]: unknown
}

/** A state with nothing in it. */
export function emptyState(): State {
  return { version: 2, samples: [], changes: [] }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function sampleProblems(samples: unknown[], name: string): string[] {
  return samples.flatMap((s, i) => {
    const where = `${name}: samples[${i}]`
    if (!isRecord(s)) return [`${where} must be an object {"at": "<ISO time>", "used": <number>}`]
    const problems: string[] = []
    if (typeof s.at !== 'string' || Number.isNaN(Date.parse(s.at))) {
      problems.push(`${where}.at must be an ISO 8601 time, got ${JSON.stringify(s.at)}`)
    }
    if (typeof s.used !== 'number' || !Number.isFinite(s.used) || s.used < 0) {
      problems.push(`${where}.used must be a number ≥ 0, got ${JSON.stringify(s.used)}`)
    }
    return problems
  })
}

const isTime = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value))
const isCronList = (value: unknown) =>
  Array.isArray(value) && value.every(c => typeof c === 'string')

function changeProblems(changes: unknown[], name: string, version: number): string[] {
  return changes.flatMap((c, i) => {
    const where = `${name}: changes[${i}]`
    if (!isRecord(c)) return [`${where} must be an object`]
    const problems: string[] = []
    if (!isTime(c.at))
      problems.push(`${where}.at must be an ISO 8601 time, got ${JSON.stringify(c.at)}`)
    for (const key of ['workflow', 'path', 'mode'])
      if (typeof c[key] !== 'string') problems.push(`${where}.${key} must be a string`)
    for (const key of ['from', 'to'])
      if (!isCronList(c[key])) problems.push(`${where}.${key} must be a list of crons`)
    if (version === 2 && !CHANGE_STATUSES.includes(c.status as ChangeStatus))
      problems.push(
        `${where}.status must be one of ${CHANGE_STATUSES.join(', ')}, got ${JSON.stringify(c.status)}`
      )
    return problems
  })
}

/**
 * A version-1 file recorded every change as in force from its `at` (the pull request taken as merged at once); that
 * is what its changes become. Every other field is kept.
 */
function migrateChanges(changes: Array<Record<string, unknown>>): ScheduleChange[] {
  return changes.map(c => ({ ...c, status: 'in-force' }) as unknown as ScheduleChange)
}

function readJson(text: string, name: string): Record<string, unknown> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ValidationError(
      [`${name} is not valid JSON (${(error as Error).message})`],
      'Invalid state file'
    )
  }
  if (!isRecord(data))
    throw new ValidationError([`${name} must hold a JSON object`], 'Invalid state file')
  return data
}

/**
 * Parses and checks a state file's text; `name` (a path or branch:path) is used in messages. A version-1 file is
 * migrated on read (its changes in force from their `at`) and written back as version 2.
 */
export function parseState(text: string, name: string): State {
  const data = readJson(text, name)
  const samples = data.samples ?? []
  const changes = data.changes ?? []
  const version = data.version ?? 1
  const problems: string[] = []
  if (version !== 1 && version !== 2)
    problems.push(`${name}: version must be 1 or 2, got ${JSON.stringify(data.version)}`)
  if (!Array.isArray(samples)) problems.push(`${name}: samples must be an array`)
  else problems.push(...sampleProblems(samples, name))
  if (!Array.isArray(changes)) problems.push(`${name}: changes must be an array`)
  else problems.push(...changeProblems(changes, name, version as number))
  problems.push(...billingCacheProblems(data.billing, name))
  if (problems.length > 0) throw new ValidationError(problems, 'Invalid state file')
  const read = changes as Array<Record<string, unknown>>
  return {
    ...data,
    version: 2,
    samples,
    changes: version === 1 ? migrateChanges(read) : (read as unknown as ScheduleChange[])
  } as State
}

/** The samples as dated values, oldest first. */
export function usageSamples(state: State): UsageSample[] {
  return state.samples
    .map(s => ({ at: new Date(s.at), used: s.used }))
    .sort((a, b) => a.at.getTime() - b.at.getTime())
}

/** The newest sample taken in [since, until], if any. */
export function latestSample(state: State, since: Date, until: Date): UsageSample | undefined {
  return usageSamples(state)
    .filter(s => s.at.getTime() >= since.getTime() && s.at.getTime() <= until.getTime())
    .at(-1)
}

function byTime<T extends { at: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
}

function key(item: object): string {
  return JSON.stringify(item)
}

/** One proposal, whatever became of it: a status never makes a second record of the same change. */
function changeId(c: ScheduleChange): string {
  return JSON.stringify([c.at, c.workflow, c.path, c.from, c.to])
}

/** A status only moves forward; the base branch carrying the crons outranks anything a run concluded without it. */
const RANK: Record<ChangeStatus, number> = { proposed: 0, abandoned: 1, 'in-force': 2 }

/** The changes of both lists, one record per change: the one whose status is further along wins. */
function mergeChanges(
  existing: readonly ScheduleChange[],
  added: readonly ScheduleChange[]
): ScheduleChange[] {
  const merged = new Map<string, ScheduleChange>()
  for (const change of [...existing, ...added]) {
    const id = changeId(change)
    const known = merged.get(id)
    if (!known || RANK[change.status] > RANK[known.status]) merged.set(id, change)
  }
  return [...merged.values()]
}

/**
 * Adds samples and changes, keeping both in time order and never adding an identical item twice. A change already
 * recorded is updated when the added copy's status is further along.
 */
export function recordInState(
  state: State,
  additions: {
    samples?: readonly UsageSample[]
    changes?: readonly ScheduleChange[]
    billing?: BillingCache
  }
): State {
  const samples = [
    ...state.samples,
    ...(additions.samples ?? []).map(s => ({ at: s.at.toISOString(), used: s.used }))
  ]
  const dedupe = <T extends object>(items: T[]) => [
    ...new Map(items.map(i => [key(i), i])).values()
  ]
  const changes = mergeChanges(state.changes, additions.changes ?? [])
  const billing = additions.billing ? { billing: additions.billing } : {}
  return { ...state, samples: byTime(dedupe(samples)), changes: byTime(changes), ...billing }
}

/** Merges what this run added or updated into a newer copy of the state (after a 409 on write). */
export function mergeStates(newer: State, ours: State, base: State): State {
  const known = new Set([...base.samples, ...base.changes].map(key))
  return recordInState(
    { ...newer },
    {
      samples: ours.samples
        .filter(s => !known.has(key(s)))
        .map(s => ({ at: new Date(s.at), used: s.used })),
      changes: ours.changes.filter(c => !known.has(key(c))),
      // The billing cache this run read replaces the newer one only when this run changed it.
      ...(ours.billing && key(ours.billing) !== key(base.billing ?? {})
        ? { billing: ours.billing }
        : {})
    }
  )
}

/** The state as written to its file: stable two-space JSON with a final newline. */
export function serializeState(state: State): string {
  return `${JSON.stringify(state, null, 2)}\n`
}
