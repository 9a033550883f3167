/**
 * The audit in the JSON report (DESIGN §13): `audit`, one record per finding `{workflow, path, kind, detail, savings}`
 * (savings per 30 days, null where unknown); the files that could not be read; and with input `fix`, the fixes made and
 * those left out.
 */
import type { AuditReport } from '../core/audit/audit.js'
import type { FixResult } from '../core/audit/apply-fixes.js'

export function auditJson(report: AuditReport, fixes?: Pick<FixResult, 'applied' | 'skipped'>) {
  return {
    audit: report.findings.map(({ workflow, path, kind, detail, savings }) => ({
      workflow,
      path,
      kind,
      detail,
      savings
    })),
    ...(report.errors.length > 0 ? { auditErrors: report.errors } : {}),
    ...(fixes ? { fixes: { applied: fixes.applied, skipped: fixes.skipped } } : {})
  }
}
