/**
 * The audit (DESIGN §13): every workflow file of a repository, managed or not, each parsed once, judged against the
 * runs and jobs recorded for it when given. A file that is not a workflow is an error entry naming it, never a crash.
 */
import type { JobRecord, RunRecord, WorkflowInfo } from '../runs/records.js'
import { FINDING_KINDS, type AuditFinding } from './findings.js'
import {
  concurrencyFinding,
  inactiveFinding,
  timeoutFindings,
  type RepositoryFacts
} from './hygiene-findings.js'
import { runCost, type Observed } from './observed.js'
import { repeatedWorkflows, scheduleFindings, staggeredCrons } from './schedule-findings.js'
import { readWorkflowModel, type AuditError, type WorkflowModel } from './workflow-model.js'

export { type AuditError } from './workflow-model.js'

/** Crons closer together than this many minutes are offered a throttle unless the caller says otherwise. */
export const DEFAULT_MIN_INTERVAL = 15
export const DEFAULT_BRANCH = 'main'

/** What the audit reads. */
export interface AuditInput {
  /** Every workflow file of the repository: path (`.github/workflows/x.yml`) → text. */
  files: Readonly<Record<string, string>>
  now: Date
  minInterval?: number
  defaultBranch?: string
  repository?: { public?: boolean; lastActivity?: Date }
  /** Recorded runs and jobs; runs are tied to files through `workflows` (id → path). */
  runs?: readonly RunRecord[]
  jobs?: readonly JobRecord[]
  /** The repository's workflows as GitHub lists them: ids, paths and states (`disabled_inactivity`). */
  workflows?: readonly WorkflowInfo[]
}

/** The findings, ordered by path and then kind, and the files that could not be read as workflows. */
export interface AuditReport {
  findings: AuditFinding[]
  errors: AuditError[]
}

/** The recorded runs and jobs of each file, by path; undefined when no runs were given at all. */
function observations(input: AuditInput): ((path: string) => Observed) | undefined {
  if (input.runs === undefined) return undefined
  const ids = new Map<number, string>()
  for (const w of input.workflows ?? []) ids.set(w.id, w.path)
  const byPath = new Map<string, Observed>()
  const runPaths = new Map<number, string>()
  for (const run of input.runs) {
    const path = ids.get(run.workflowId)
    if (path === undefined) continue
    runPaths.set(run.id, path)
    const seen = byPath.get(path) ?? { runs: [], jobs: [] }
    byPath.set(path, { ...seen, runs: [...seen.runs, run] })
  }
  for (const job of input.jobs ?? []) {
    const path = runPaths.get(job.runId)
    const seen = path === undefined ? undefined : byPath.get(path)
    if (path !== undefined && seen) byPath.set(path, { ...seen, jobs: [...seen.jobs, job] })
  }
  return path => byPath.get(path) ?? { runs: [], jobs: [] }
}

function stateOf(workflows: readonly WorkflowInfo[] | undefined, path: string): string | undefined {
  const known = (workflows ?? []).filter(w => w.path === path && w.state !== 'unknown')
  return known.at(-1)?.state
}

function byPathAndKind(a: AuditFinding, b: AuditFinding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1
  return FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind)
}

/** Audits every workflow file; deterministic for the same input. */
export function auditWorkflows(input: AuditInput): AuditReport {
  const read = Object.entries(input.files).map(([path, text]) => readWorkflowModel(path, text))
  const models = read.filter((r): r is WorkflowModel => !('error' in r))
  const errors = read
    .filter((r): r is AuditError => 'error' in r)
    .sort((a, b) => (a.path < b.path ? -1 : 1))
  const observed = observations(input)
  const costOf = (path: string) => (observed ? runCost(observed(path)) : undefined)
  const staggered = staggeredCrons(models)
  const minInterval = input.minInterval ?? DEFAULT_MIN_INTERVAL
  const findings = models.flatMap(model => {
    const facts: RepositoryFacts = {
      now: input.now,
      defaultBranch: input.defaultBranch ?? DEFAULT_BRANCH,
      public: input.repository?.public ?? false,
      ...(input.repository?.lastActivity ? { lastActivity: input.repository.lastActivity } : {}),
      ...(stateOf(input.workflows, model.path)
        ? { state: stateOf(input.workflows, model.path) }
        : {})
    }
    const seen = observed?.(model.path)
    const cost = costOf(model.path)
    const ctx = {
      now: input.now,
      minInterval,
      staggered: staggered.get(model.path) ?? [],
      ...(cost ? { cost } : {})
    }
    return [
      ...inactiveFinding(model, facts),
      ...scheduleFindings(model, ctx),
      ...concurrencyFinding(model, seen, facts),
      ...timeoutFindings(model, seen)
    ]
  })
  findings.push(...repeatedWorkflows(models, costOf, input.now))
  return { findings: findings.sort(byPathAndKind), errors }
}
