/**
 * The audit's findings in words (DESIGN §13), for the CLI's `audit`, the action's log and the job summary.
 */
import type { AuditReport } from '../core/audit/audit.js'
import type { AuditFinding, Savings } from '../core/audit/findings.js'

function plural(n: number, unit: string): string {
  return `${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`
}

export function savingsParts(savings: Savings): string {
  const parts = [plural(savings.runs ?? 0, 'run')]
  if (savings.minutes !== null) parts.push(plural(savings.minutes, 'minute'))
  if (savings.dollars !== null) parts.push(`$${savings.dollars.toFixed(2)}`)
  return parts.join(', ')
}

function savingsText(savings: Savings | null): string {
  if (savings === null || savings.runs === null) return ''
  return ` — saves ${savingsParts(savings)} per 30 days`
}

function zone(detail: { timezone?: string }): string {
  return detail.timezone ? ` (${detail.timezone})` : ''
}

/** One finding in words. */
export function describeFinding(f: AuditFinding): string {
  switch (f.kind) {
    case 'throttle': {
      const d = f.detail
      const to = d.suggested ? `throttle to '${d.suggested}'` : 'no throttle keeps its shape'
      return `'${d.cron}'${zone(d)} runs ${d.shortestGap} minutes apart at its closest, under the ${d.minInterval}-minute minimum: ${to}`
    }
    case 'minute-zero': {
      const d = f.detail
      const to = d.suggested ? `; move it to '${d.suggested}'` : ''
      return `'${d.cron}'${zone(d)} runs at minute 0, when GitHub delays and drops the most scheduled runs${to}`
    }
    case 'duplicate-schedule': {
      const d = f.detail
      if (d.scope === 'workflow')
        return `repeats ${d.duplicateOf}: the same schedule, triggers and steps`
      const how = d.identical
        ? 'runs at the same times as'
        : 'runs only at times already covered by'
      return `'${d.crons[0]}' ${how} '${d.duplicateOf}', so those runs start twice — remove it`
    }
    default:
      return describeHygiene(f)
  }
}

function describeHygiene(f: AuditFinding): string {
  if (f.kind === 'concurrency') {
    const d = f.detail
    const seen =
      d.overlappingRuns === null
        ? ''
        : `; ${plural(d.overlappingRuns, 'run')} overlapped another on the same branch`
    const cancel = d.cancelInProgress
      ? 'cancel-in-progress: true'
      : `cancel-in-progress: false, as a push to ${d.defaultBranch} runs it and cancelling could skip a deploy`
    return `runs on ${d.triggers.join(', ')} without a concurrency group${seen} — add one (${cancel})`
  }
  if (f.kind === 'timeout') {
    const d = f.detail
    const seen =
      d.longestMinutes === null
        ? ''
        : ` (longest of ${d.observedJobs} recorded: ${d.longestMinutes} min)`
    const add = d.suggestedMinutes === null ? '' : ` — add timeout-minutes: ${d.suggestedMinutes}`
    return `job '${d.job}' has no timeout-minutes, so a hung run bills up to 6 hours${seen}${add}`
  }
  if (f.kind === 'inactive') {
    const d = f.detail
    if (d.state === 'disabled') return 'GitHub disabled it for inactivity — re-enable it'
    return `GitHub disables it on ${d.disablesOn?.slice(0, 10)} (no activity for ${d.daysInactive} days) unless the repository sees activity`
  }
  return f.kind
}

/** What the throttles and duplicate schedules save together; minutes and dollars only when known for each. */
export function totalSavings(findings: readonly AuditFinding[]): Savings | undefined {
  const parts = findings.flatMap(f =>
    f.kind === 'throttle' || f.kind === 'duplicate-schedule' ? [f.savings] : []
  )
  const known = parts.filter(p => p.runs !== null)
  if (known.length === 0) return undefined
  const sum = (pick: (s: Savings) => number | null): number | null =>
    known.every(p => pick(p) !== null) ? known.reduce((a, p) => a + (pick(p) ?? 0), 0) : null
  const dollars = sum(p => p.dollars)
  return {
    runs: sum(p => p.runs),
    minutes: sum(p => p.minutes),
    dollars: dollars === null ? null : Math.round(dollars * 100) / 100
  }
}

/** The text report: findings grouped by file, then the files that could not be read, then the total savings. */
export function renderAudit(report: AuditReport): string {
  const lines: string[] = []
  let current = ''
  for (const f of report.findings) {
    if (f.path !== current) {
      current = f.path
      lines.push(f.workflow === f.path ? f.path : `${f.path} (${f.workflow})`)
    }
    lines.push(`  - ${f.kind}: ${describeFinding(f)}${savingsText(f.savings)}`)
  }
  if (report.findings.length === 0) lines.push('No findings.')
  const total = totalSavings(report.findings)
  if (total)
    lines.push(
      `Throttling and removing duplicate schedules saves ${savingsParts(total)} per 30 days.`
    )
  if (report.errors.length > 0)
    lines.push('Not audited:', ...report.errors.map(e => `  - ${e.path}: ${e.error}`))
  return `${lines.join('\n')}\n`
}
