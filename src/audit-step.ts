/**
 * The audit's steps in the action (DESIGN §13), for apply-action.ts and audit-action.ts: the repository's facts and
 * every workflow file of the base head come from the run's GraphQL snapshot (no call of their own), the run records
 * from `orchestrator/runs.json` on the state branch. Nothing here writes.
 */
import { RUNS_PATH, stateName, stateOnBranch } from './adapters/github/state-branch.js'
import { type GitHubPorts } from './adapters/github/github-repository.js'
import { type AuditReport } from './core/audit/audit.js'
import { errorMessage } from './core/errors.js'
import { type RecordedApi } from './core/runs/records.js'
import { type RunStore } from './core/runs/run-store.js'
import { PortError } from './ports/errors.js'
import { type ActionSettings } from './settings.js'
import { type FixHook, type ProposedFixes } from './use-cases/apply-schedules/audit-fixes.js'
import {
  auditFiles,
  auditRepository,
  fixesFor,
  readWorkflowTexts,
  type RepositoryFacts
} from './use-cases/audit-workflows.js'
import { recordedApiOf, type RecordedRuns } from './use-cases/observe-runs/record-runs.js'
import { loadRuns } from './use-cases/observe-runs/run-records-file.js'

/** The base branch, its head and what the audit needs to know of the repository. */
export interface AuditBase {
  base: string
  baseHead: string
  facts: Omit<RepositoryFacts, 'now' | 'records' | 'workflows'>
}

/** Reads the base and the repository's facts (answered from the snapshot). */
export async function auditBase(github: GitHubPorts, settings: ActionSettings): Promise<AuditBase> {
  const info = await github.info()
  const base = settings.base || info.defaultBranch
  const baseHead = await github.branchHead(base)
  if (!baseHead) throw new Error(`input 'base': branch '${base}' does not exist in the repository`)
  const facts = {
    defaultBranch: info.defaultBranch,
    ...(info.public === undefined ? {} : { public: info.public }),
    ...(info.pushedAt ? { pushedAt: info.pushedAt } : {})
  }
  return { base, baseHead, facts }
}

/** The records as the audit reads them: every workflow's runs and jobs. */
function asRecords(store: RecordedRuns['store']): RecordedApi | undefined {
  if (store.workflows.length === 0) return undefined
  return recordedApiOf(
    store,
    store.workflows.map(w => w.path)
  )
}

/** The records observing read this run; undefined when it read none. */
export function observedRecords(observed: RecordedRuns | undefined): RecordedApi | undefined {
  if (!observed || observed.saved === 'not-read') return undefined
  return asRecords(observed.store)
}

/** The run records on the state branch (one read); none without a state branch, with a problem when unreadable. */
export async function readRunRecords(
  github: GitHubPorts,
  settings: ActionSettings,
  baseHead: string
): Promise<{ records?: RecordedApi; problem?: string }> {
  if (!settings.stateBranch) return {}
  const name = stateName(settings.stateBranch, RUNS_PATH)
  const storage = stateOnBranch(github, { branch: settings.stateBranch, baseHead, path: RUNS_PATH })
  try {
    const loaded = await loadRuns(storage, name)
    const records = asRecords(loaded.store)
    return {
      ...(records ? { records } : {}),
      ...(loaded.problem ? { problem: loaded.problem } : {})
    }
  } catch (error) {
    if (!(error instanceof PortError)) throw error
    return { problem: `The run records ${name} could not be read: ${errorMessage(error)}` }
  }
}

/**
 * The apply run's fix hook (input `fix`): audits the base head's workflow files and makes the fixes on the planned
 * texts. Only `timeouts` needs the run records (the jobs' durations): those this run observed, else read once.
 */
export function fixHook(
  github: GitHubPorts,
  settings: ActionSettings,
  now: Date,
  { warn, observed }: { warn: (line: string) => void; observed?: () => RunStore | undefined }
): { hook: FixHook; records(): RecordedApi | undefined } {
  let records: RecordedApi | undefined
  const hook: FixHook = async (plan, where) => {
    const { facts } = await auditBase(github, settings)
    if (settings.fix.includes('timeouts')) {
      // The records this run observed before the plan, when it did: no read of its own.
      const store = observed?.()
      const read = store
        ? { records: asRecords(store) }
        : await readRunRecords(github, settings, where.baseHead)
      if ('problem' in read && read.problem) warn(read.problem)
      records = read.records
    }
    const audited = await auditRepository(github, where.baseHead, {
      ...facts,
      now,
      ...(records ? { records } : {})
    })
    const fixes = fixesFor(settings.fix, audited, plan.workflows)
    return { ...fixes, base: audited.files } satisfies ProposedFixes
  }
  return { hook, records: () => records }
}

/** The audit for the apply run's report: the snapshot's files, the records this run read (no call when served). */
export async function reportAudit(
  github: GitHubPorts,
  settings: ActionSettings,
  now: Date,
  records: RecordedApi | undefined
): Promise<AuditReport> {
  const { baseHead, facts } = await auditBase(github, settings)
  const files = await readWorkflowTexts(github, baseHead)
  return auditFiles(files, { ...facts, now, ...(records ? { records } : {}) })
}
