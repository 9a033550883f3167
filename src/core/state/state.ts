import { ValidationError } from '../errors.js'
import { type UsageSample } from '../usage/usage.js'

/** A schedule change the orchestrator applied: the backup that makes a restore possible. */
export interface ScheduleChange {
  at: string
  mode: string
  workflow: string
  path: string
  from: string[]
  to: string[]
}

/** The state file (DESIGN §6). Unknown fields, at the top and in items, are kept as they were. */
export interface State {
  version: 1
  samples: Array<{ at: string; used: number }>
  changes: ScheduleChange[]
  [extra: string]: unknown
}

/** A state with nothing in it. */
export function emptyState(): State {
  return { version: 1, samples: [], changes: [] }
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

/** Parses and checks a state file's text; `name` (a path or branch:path) is used in messages. */
export function parseState(text: string, name: string): State {
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
  const samples = data.samples ?? []
  const changes = data.changes ?? []
  const problems: string[] = []
  if (data.version !== undefined && data.version !== 1)
    problems.push(`${name}: version must be 1, got ${JSON.stringify(data.version)}`)
  if (!Array.isArray(samples)) problems.push(`${name}: samples must be an array`)
  else problems.push(...sampleProblems(samples, name))
  if (!Array.isArray(changes)) problems.push(`${name}: changes must be an array`)
  if (problems.length > 0) throw new ValidationError(problems, 'Invalid state file')
  return { ...data, version: 1, samples, changes } as State
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

/** Adds samples and changes, keeping both in time order and never adding an identical item twice. */
export function recordInState(
  state: State,
  additions: { samples?: readonly UsageSample[]; changes?: readonly ScheduleChange[] }
): State {
  const samples = [
    ...state.samples,
    ...(additions.samples ?? []).map(s => ({ at: s.at.toISOString(), used: s.used }))
  ]
  const changes = [...state.changes, ...(additions.changes ?? [])]
  const dedupe = <T extends object>(items: T[]) => [
    ...new Map(items.map(i => [key(i), i])).values()
  ]
  return { ...state, samples: byTime(dedupe(samples)), changes: byTime(dedupe(changes)) }
}

/** Merges what this run added into a newer copy of the state (after a 409 on write). */
export function mergeStates(newer: State, ours: State, base: State): State {
  const known = new Set([...base.samples, ...base.changes].map(key))
  return recordInState(
    { ...newer },
    {
      samples: ours.samples
        .filter(s => !known.has(key(s)))
        .map(s => ({ at: new Date(s.at), used: s.used })),
      changes: ours.changes.filter(c => !known.has(key(c)))
    }
  )
}

/** The changes to record: a workflow's change is skipped when the last one recorded for it is the same. */
export function newChanges(state: State, changes: readonly ScheduleChange[]): ScheduleChange[] {
  return changes.filter(change => {
    const last = state.changes.filter(c => c.workflow === change.workflow).at(-1)
    return (
      !last || JSON.stringify([last.from, last.to]) !== JSON.stringify([change.from, change.to])
    )
  })
}

/** The state as written to its file: stable two-space JSON with a final newline. */
export function serializeState(state: State): string {
  return `${JSON.stringify(state, null, 2)}\n`
}
