/**
 * The audit as the action runs it (DESIGN §13): every workflow file of the base head, managed or not, read through the
 * ports (the run's snapshot answers the listing and the files with no call), judged against the run records given;
 * and the fixes the schedule pull request carries (input `fix`). Writes nothing.
 */
import { applyFixes, type FixKind, type FixResult } from '../core/audit/apply-fixes.js'
import { auditWorkflows, type AuditReport } from '../core/audit/audit.js'
import type { RecordedApi, WorkflowInfo } from '../core/runs/records.js'
import type { WorkflowPlan } from '../core/schedule/plan.js'
import type { WorkflowFiles, WorkflowListing } from '../ports/workflow-files.js'

/** What the audit reads the files through. */
export type AuditPorts = Pick<WorkflowFiles, 'readFile'> & WorkflowListing

/** Every workflow file at `ref`: path → text (a file gone between the listing and the read is left out). */
export async function readWorkflowTexts(
  ports: AuditPorts,
  ref: string
): Promise<Record<string, string>> {
  const paths = await ports.listWorkflowFiles(ref)
  const read = await Promise.all(paths.map(path => ports.readFile(path, ref)))
  return Object.fromEntries(
    paths.flatMap((path, i) => {
      const file = read[i]
      return file ? [[path, file.text] as const] : []
    })
  )
}

/** What the audit of a repository knows besides its files. */
export interface RepositoryFacts {
  now: Date
  defaultBranch: string
  public?: boolean
  /** The last push, ISO: GitHub disables a public repository's schedules 60 days after the last activity. */
  pushedAt?: string
  /** The run records (the managed workflows' runs and jobs); undefined when none were read. */
  records?: RecordedApi
  /** The repository's workflows as GitHub lists them (their states); undefined when not listed. */
  workflows?: readonly WorkflowInfo[]
}

/** The audit of the given files. */
export function auditFiles(files: Record<string, string>, facts: RepositoryFacts): AuditReport {
  const lastActivity = facts.pushedAt ? new Date(facts.pushedAt) : undefined
  const records = facts.records
  const workflows = [...(records?.workflows ?? []), ...(facts.workflows ?? [])]
  return auditWorkflows({
    files,
    now: facts.now,
    defaultBranch: facts.defaultBranch,
    repository: {
      ...(facts.public === undefined ? {} : { public: facts.public }),
      ...(lastActivity && !Number.isNaN(lastActivity.getTime()) ? { lastActivity } : {})
    },
    ...(records ? { runs: records.runs, jobs: records.jobs } : {}),
    ...(workflows.length > 0 ? { workflows } : {})
  })
}

/** Reads every workflow file at `ref` and audits them; also returns the files, for the fixes. */
export async function auditRepository(
  ports: AuditPorts,
  ref: string,
  facts: RepositoryFacts
): Promise<{ report: AuditReport; files: Record<string, string> }> {
  const files = await readWorkflowTexts(ports, ref)
  return { report: auditFiles(files, facts), files }
}

/** The fixes the schedule pull request carries, made on the text the plan writes for each managed workflow. */
export function fixesFor(
  kinds: readonly FixKind[],
  audited: { report: AuditReport; files: Record<string, string> },
  managed: readonly Pick<WorkflowPlan, 'path' | 'newText'>[]
): FixResult {
  return applyFixes({
    kinds,
    findings: audited.report.findings,
    files: audited.files,
    planned: new Map(managed.map(w => [w.path, w.newText])),
    managed: new Set(managed.map(w => w.path))
  })
}
