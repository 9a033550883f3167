/**
 * A billing usage report as the API answers it, recorded to a file (`gh api …/settings/billing/usage > usage.json`):
 * `{"usageItems": [...]}`, with `timePeriod` on the premium request and AI credit reports, whose items carry no date.
 */
import { errorMessage, ValidationError } from '../errors.js'
import { type BillingItem } from './billing-source.js'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const pad = (n: unknown) => String(n).padStart(2, '0')

/** `YYYY-MM-DD` or `YYYY-MM` from a report's `timePeriod`; undefined without a year and month. */
function periodDate(period: unknown): string | undefined {
  if (!isRecord(period) || typeof period.year !== 'number' || typeof period.month !== 'number')
    return undefined
  const month = `${period.year}-${pad(period.month)}`
  return typeof period.day === 'number' ? `${month}-${pad(period.day)}` : month
}

function dayOf(date: unknown): string | undefined {
  if (typeof date !== 'string') return undefined
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date
  const time = Date.parse(date)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10)
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

function item(raw: unknown, where: string, period: string | undefined, problems: string[]) {
  if (!isRecord(raw)) {
    problems.push(`${where} must be an object`)
    return undefined
  }
  const date = raw.date === undefined ? period : dayOf(raw.date)
  const quantity = raw.grossQuantity ?? raw.quantity
  if (date === undefined)
    problems.push(
      `${where}.date must be a date (or the report a timePeriod), got ${JSON.stringify(raw.date)}`
    )
  if (typeof quantity !== 'number' || !Number.isFinite(quantity) || quantity < 0)
    problems.push(`${where}: grossQuantity or quantity must be a number ≥ 0`)
  if (date === undefined || typeof quantity !== 'number') return undefined
  const [product, sku, unitType] = [text(raw.product), text(raw.sku), text(raw.unitType)]
  return { date, product, sku, unitType, quantity } satisfies BillingItem
}

/** The items of a recorded billing usage report; every bad item is listed in one ValidationError. */
export function parseBillingJson(source: string, name: string): BillingItem[] {
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    throw new ValidationError(
      [`${name} is not valid JSON (${errorMessage(error)})`],
      'Invalid usage report'
    )
  }
  if (!isRecord(data) || !Array.isArray(data.usageItems))
    throw new ValidationError(
      [`${name} must hold a billing usage report: {"usageItems": [...]}`],
      'Invalid usage report'
    )
  const period = periodDate(data.timePeriod)
  const problems: string[] = []
  const items = data.usageItems.flatMap((raw, i) => {
    const read = item(raw, `${name}: usageItems[${i}]`, period, problems)
    return read && problems.length === 0 ? [read] : []
  })
  if (problems.length > 0) throw new ValidationError(problems, 'Invalid usage report')
  return items
}
