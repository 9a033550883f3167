/**
 * The audit in Markdown (DESIGN §13): the job summary's table of findings, and the fixes the schedule pull request
 * carries (input `fix`) in its title and body.
 */
import type { AuditReport } from '../core/audit/audit.js'
import {
  subjectOf,
  type AppliedFix,
  type FixKind,
  type SkippedFix
} from '../core/audit/apply-fixes.js'
import { CONCURRENCY_GROUP } from '../core/audit/fixes.js'
import type { AuditFinding, Savings } from '../core/audit/findings.js'
import { changedWorkflows, type WorkflowPlan } from '../core/schedule/plan.js'
import type { ProposedFixes } from '../use-cases/apply-schedules/audit-fixes.js'
import type { Proposal } from '../use-cases/apply-schedules/pull-request.js'
import { describeFinding, savingsParts, totalSavings } from './audit-text.js'
import { renderDiff } from './diff.js'
import { fitBody, PULL_MARKER } from './markdown.js'

/** The `fix` value that answers a finding, if any. */
const FIX_OF: Partial<Record<AuditFinding['kind'], FixKind>> = {
  throttle: 'throttle',
  concurrency: 'concurrency',
  timeout: 'timeouts'
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** What ties a finding to the fix made or skipped for it: the file, the kind, and the cron or job. */
function key(path: string, kind: string, subject: { cron?: string; job?: string }): string {
  return `${path}\n${kind}\n${subject.cron ?? subject.job ?? ''}`
}

function fixKey(f: AppliedFix | SkippedFix): string {
  const subject = {
    ...('cron' in f && f.cron !== undefined ? { cron: f.cron } : {}),
    ...('job' in f && f.job !== undefined ? { job: f.job } : {})
  }
  return key(f.path, f.kind, subject)
}

function savingsCell(savings: Savings | null): string {
  return savings === null || savings.runs === null ? '—' : savingsParts(savings)
}

/** The fix column: made in the pull request, skipped and why, or the `fix` value that would make it. */
function fixCell(f: AuditFinding, fixes: Pick<ProposedFixes, 'applied' | 'skipped'> | undefined) {
  const kind = FIX_OF[f.kind]
  if (!kind) return '—'
  if (!fixes) return `\`${kind}\``
  const wanted = key(f.path, kind, subjectOf(f))
  if (fixes.applied.some(a => fixKey(a) === wanted)) return `✅ \`${kind}\`: in the pull request`
  const skipped = fixes.skipped.find(s => fixKey(s) === wanted)
  return skipped ? `not fixed: ${skipped.reason}` : `\`${kind}\``
}

/** The job summary's audit: one row per finding, the savings together, and the files that could not be read. */
export function auditMarkdown(
  report: AuditReport,
  fixes?: Pick<ProposedFixes, 'applied' | 'skipped'>
): string {
  const files = new Set(report.findings.map(f => f.path)).size
  const heading = `### Audit: ${plural(report.findings.length, 'finding')} in ${plural(files, 'workflow file')}`
  if (report.findings.length === 0 && report.errors.length === 0)
    return `${heading}\n\nNo findings.`
  const rows = report.findings.map(f => {
    const name = f.workflow === f.path ? `\`${f.path}\`` : `\`${f.path}\` (${cell(f.workflow)})`
    return `| ${name} | **${f.kind}**: ${cell(describeFinding(f))} | ${savingsCell(f.savings)} | ${cell(fixCell(f, fixes))} |`
  })
  const total = totalSavings(report.findings)
  return [
    heading,
    '',
    '| workflow | finding | saves per 30 days | fix |',
    '|---|---|---|---|',
    ...rows,
    ...(total
      ? [
          '',
          `Throttling and removing duplicate schedules saves ${savingsParts(total)} per 30 days.`
        ]
      : []),
    ...(report.errors.length > 0
      ? ['', 'Not audited:', ...report.errors.map(e => `- \`${e.path}\`: ${e.error}`)]
      : [])
  ].join('\n')
}

function appliedLine(f: AppliedFix): string {
  if (f.kind === 'throttle')
    return `- \`${f.path}\`: cron \`${f.cron}\`${f.timezone ? ` (${f.timezone})` : ''} → \`${f.to}\` (throttle)`
  if (f.kind === 'timeouts')
    return `- \`${f.path}\`: job \`${f.job}\` gets \`timeout-minutes: ${f.minutes}\` (twice its recorded p99, at least 10)`
  const group = `\`concurrency\` group \`${CONCURRENCY_GROUP}\``
  return f.cancelInProgress
    ? `- \`${f.path}\`: ${group}, \`cancel-in-progress: true\``
    : `- \`${f.path}\`: ${group}, **\`cancel-in-progress: false\`**: a push to \`${f.defaultBranch}\` runs it, and cancelling a run in progress could skip a deploy — runs queue instead`
}

/** The fixes alone, as changes from the text the schedule change writes. */
export function fixChanges(plan: Proposal, fixes: ProposedFixes): WorkflowPlan[] {
  const planned = new Map(plan.workflows.map(w => [w.path, w]))
  return [...fixes.files].map(([path, text]) => {
    const w = planned.get(path)
    const oldText = w ? w.newText : (fixes.base[path] ?? '')
    return {
      ...{ id: w?.id ?? path, path, from: [], to: [], changed: true },
      ...{ runsBefore: 0, runsAfter: 0, oldText, newText: text }
    }
  })
}

/** The pull request's section on the fixes: each one, those left out and why, and their diff. */
export function fixesSection(plan: Proposal, fixes: ProposedFixes): string {
  const skipped = fixes.skipped.map(s => `- \`${s.path}\` (${s.kind}): ${s.reason}`)
  return [
    '### Audit fixes (input `fix`)',
    '',
    ...fixes.applied.map(appliedLine),
    '',
    ...(skipped.length > 0 ? ['Not fixed:', '', ...skipped, ''] : []),
    '<details><summary>Diff of the fixes</summary>',
    '',
    '```diff',
    renderDiff({ workflows: fixChanges(plan, fixes) }).trimEnd(),
    '```',
    '</details>',
    ''
  ].join('\n')
}

/** The pull request's title and body with the fixes: added to the schedule change's, or alone when no cron changes. */
export function withFixes(
  text: { title: string; body: string },
  plan: Proposal,
  fixes: ProposedFixes | undefined
): { title: string; body: string } {
  if (!fixes || fixes.files.size === 0) return text
  const files = plural(fixes.files.size, 'workflow file')
  const section = fixesSection(plan, fixes)
  if (changedWorkflows(plan).length === 0)
    return {
      title: `Orchestrator: audit fixes in ${files}`,
      body: fitBody(
        [
          `The Dynamic Workflow Orchestrator's audit fixes ${files}; no schedule changes. Merge to apply.`,
          '',
          section,
          PULL_MARKER
        ].join('\n')
      )
    }
  const at = text.body.lastIndexOf(PULL_MARKER)
  const body =
    at < 0 ? `${text.body}\n${section}` : `${text.body.slice(0, at)}${section}\n${PULL_MARKER}`
  return { title: `${text.title}, audit fixes in ${files}`, body: fitBody(body) }
}
