/**
 * BillingUsage over a report file, for the CLI (`--usage-file`): a billing usage report CSV as GitHub exports it, or
 * a report as the API answers it (`{"usageItems": [...]}`, e.g. saved from `gh api`). The file is the report the
 * usage source reads, for whichever account: queries only pick its items by date.
 */
import { readFile } from 'node:fs/promises'
import { errorMessage, ValidationError } from '../../core/errors.js'
import { parseBillingCsv } from '../../core/usage/billing-csv.js'
import { parseBillingJson } from '../../core/usage/billing-json.js'
import { type BillingItem } from '../../core/usage/billing-source.js'
import { type BillingUsage } from '../../ports/billing-usage.js'

/** The items of a report file's text: JSON when it starts with `{`, else CSV. */
export function parseUsageReport(text: string, name: string): BillingItem[] {
  return /^\uFEFF?\s*\{/.test(text) ? parseBillingJson(text, name) : parseBillingCsv(text, name)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Whether an item dated `YYYY-MM-DD` (or `YYYY-MM`, summed over a month) falls in the year, month or day asked for. */
function dated(item: BillingItem, when: { year: number; month?: number; day?: number }): boolean {
  let prefix = String(when.year)
  if (when.month !== undefined) prefix += `-${pad(when.month)}`
  if (when.month !== undefined && when.day !== undefined) {
    prefix += `-${pad(when.day)}`
    return item.date === prefix
  }
  return item.date.startsWith(prefix)
}

/** The billing port over a report file, read and checked once. */
export async function usageReportFile(path: string, flag = '--usage-file'): Promise<BillingUsage> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ValidationError([`${flag} ${path} cannot be read (${errorMessage(error)})`])
  }
  const items = parseUsageReport(text, path)
  return {
    usageItems: (_account, _report, when) => Promise.resolve(items.filter(i => dated(i, when)))
  }
}
