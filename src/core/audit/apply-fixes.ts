/**
 * The audit's fixes as the schedule pull request carries them (input `fix`, DESIGN §13): for each workflow file, the
 * findings a chosen fix answers, applied one after the other to the text the pull request writes. Each is a
 * byte-exact insertion or cron edit (fixes.ts); a fix that cannot be made is skipped with its reason, never a failure.
 */
import { errorMessage, WorkflowFileError } from '../errors.js'
import type { AuditFinding } from './findings.js'
import { addConcurrency, addTimeout, applyScheduleFix } from './fixes.js'
import type { FixKind } from './fix-kinds.js'
import { readWorkflowModel } from './workflow-model.js'

export { FIX_KINDS, type FixKind } from './fix-kinds.js'

/** The order a file gets them in: the cron edit first, then the insertions. */
const APPLY_ORDER: readonly FixKind[] = ['throttle', 'concurrency', 'timeouts']

/** A fix made in a file. */
export type AppliedFix = { workflow: string; path: string } & (
  | { kind: 'throttle'; cron: string; timezone?: string; to: string }
  | {
      kind: 'concurrency'
      cancelInProgress: boolean
      /** Why not cancel-in-progress: a push to the default branch runs it (cancelling could skip a deploy). */
      pushesToDefaultBranch: boolean
      defaultBranch: string
    }
  | { kind: 'timeouts'; job: string; minutes: number }
)

/** A finding a chosen fix answers but that was left as it is, and why. */
export interface SkippedFix {
  workflow: string
  path: string
  kind: FixKind
  /** The cron (throttle) or the job (timeouts) the finding is about. */
  cron?: string
  job?: string
  reason: string
}

/** The cron or job a finding is about, which tells two findings of one kind in one file apart. */
export function subjectOf(f: AuditFinding): { cron?: string; job?: string } {
  if (f.kind === 'throttle') return { cron: f.detail.cron }
  return f.kind === 'timeout' ? { job: f.detail.job } : {}
}

/** What the fixes start from. */
export interface FixInput {
  kinds: readonly FixKind[]
  findings: readonly AuditFinding[]
  /** Every workflow file as the audit read it: path → text. */
  files: Readonly<Record<string, string>>
  /** The text the schedule change writes, for the managed workflows it changes: path → text. */
  planned: ReadonlyMap<string, string>
  /** The managed workflows' paths: their crons are the config's, so a throttle there is the config's to make. */
  managed: ReadonlySet<string>
}

/** The files the fixes change (path → new text), what was fixed and what was not. */
export interface FixResult {
  files: Map<string, string>
  applied: AppliedFix[]
  skipped: SkippedFix[]
}

const FINDING_OF: Record<FixKind, AuditFinding['kind']> = {
  throttle: 'throttle',
  concurrency: 'concurrency',
  timeouts: 'timeout'
}

type Outcome = { text: string; applied: AppliedFix } | { reason: string }

function throttle(text: string, f: AuditFinding, input: FixInput): Outcome {
  if (f.kind !== 'throttle') return { reason: 'not a throttle finding' }
  const d = f.detail
  if (input.managed.has(f.path))
    return {
      reason: `the orchestrator config sets this workflow's crons: give its modes crons at least ${d.minInterval} minutes apart there`
    }
  if (d.suggested === null)
    return {
      reason: `no throttle to ${d.minInterval} minutes keeps the cron's shape: change '${d.cron}' by hand`
    }
  const zone = d.timezone === undefined ? {} : { timezone: d.timezone }
  const applied = { workflow: f.workflow, path: f.path, kind: 'throttle' as const }
  return {
    text: applyScheduleFix(text, f.path, d),
    applied: { ...applied, cron: d.cron, ...zone, to: d.suggested }
  }
}

function concurrency(text: string, f: AuditFinding, input: FixInput): Outcome {
  if (f.kind !== 'concurrency') return { reason: 'not a concurrency finding' }
  const model = readWorkflowModel(f.path, input.files[f.path] ?? '')
  if (!('error' in model) && model.triggers.includes('workflow_call'))
    return {
      reason:
        'it is also a reusable workflow (workflow_call): a group named after github.workflow would be its caller’s, and the two would wait on each other'
    }
  const { cancelInProgress, pushesToDefaultBranch, defaultBranch } = f.detail
  return {
    text: addConcurrency(text, f.path, { cancelInProgress }),
    applied: {
      workflow: f.workflow,
      path: f.path,
      kind: 'concurrency',
      cancelInProgress,
      pushesToDefaultBranch,
      defaultBranch
    }
  }
}

function timeout(text: string, f: AuditFinding): Outcome {
  if (f.kind !== 'timeout') return { reason: 'not a timeout finding' }
  const { job, suggestedMinutes: minutes } = f.detail
  if (minutes === null)
    return {
      reason: `no recorded runs of job '${job}' to size its timeout from (the run records hold the managed workflows' runs)`
    }
  return {
    text: addTimeout(text, f.path, job, minutes),
    applied: { workflow: f.workflow, path: f.path, kind: 'timeouts', job, minutes }
  }
}

function fixOne(kind: FixKind, text: string, f: AuditFinding, input: FixInput): Outcome {
  try {
    if (kind === 'throttle') return throttle(text, f, input)
    return kind === 'concurrency' ? concurrency(text, f, input) : timeout(text, f)
  } catch (error) {
    if (!(error instanceof WorkflowFileError)) throw error
    return { reason: errorMessage(error) }
  }
}

/** Applies the chosen fixes file by file: throttles, then the concurrency group, then timeouts; deterministic. */
export function applyFixes(input: FixInput): FixResult {
  const result: FixResult = { files: new Map(), applied: [], skipped: [] }
  const kinds = APPLY_ORDER.filter(k => input.kinds.includes(k))
  const paths = [...new Set(input.findings.map(f => f.path))].sort()
  for (const path of paths) {
    const start = input.planned.get(path) ?? input.files[path]
    if (start === undefined) continue
    let text = start
    for (const kind of kinds)
      for (const f of input.findings.filter(x => x.path === path && x.kind === FINDING_OF[kind])) {
        const outcome = fixOne(kind, text, f, input)
        if ('reason' in outcome)
          result.skipped.push({
            workflow: f.workflow,
            path,
            kind,
            ...subjectOf(f),
            reason: outcome.reason
          })
        else {
          text = outcome.text
          result.applied.push(outcome.applied)
        }
      }
    if (text !== start) result.files.set(path, text)
  }
  return result
}
