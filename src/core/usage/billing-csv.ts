/**
 * A billing usage report as GitHub exports it (CSV): `Date,Product,SKU,Quantity,Unit Type,…` in the classic export,
 * `date,product,sku,quantity,unit_type,…` in the enhanced billing platform's. Columns are found by name; a problem is
 * reported with the line it is on.
 */
import { ValidationError } from '../errors.js'
import { type BillingItem } from './billing-source.js'

/** One CSV record and the line (1-based) it starts on. */
interface CsvRecord {
  line: number
  fields: string[]
}

/** Splits CSV text into records (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks). */
export function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let [quoted, line, start] = [false, 1, 1]
  const source = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') [field, i] = [field + '"', i + 1]
      else if (c === '"') quoted = false
      else [field, line] = [field + c, c === '\n' ? line + 1 : line]
    } else if (c === '"') quoted = true
    else if (c === ',') [fields, field] = [[...fields, field], '']
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++
      records.push({ line: start, fields: [...fields, field] })
      ;[fields, field, line] = [[], '', line + 1]
      start = line
    } else field += c
  }
  if (field !== '' || fields.length > 0) records.push({ line: start, fields: [...fields, field] })
  return records.filter(r => r.fields.some(f => f.trim() !== ''))
}

/** `Unit Type`, `unit_type`, `Price Per Unit ($)` → `unit_type`, `price_per_unit`. */
const columnKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .trim()
    .replace(/[\s-]+/g, '_')

/** The columns an item is read from; a gross quantity wins over the quantity where the export has both. */
const COLUMNS = {
  date: ['date', 'usage_at'],
  product: ['product'],
  sku: ['sku'],
  quantity: ['gross_quantity', 'quantity'],
  unitType: ['unit_type']
} as const

type Column = keyof typeof COLUMNS
const LABELS: Record<Column, string> = {
  date: 'Date',
  product: 'Product',
  sku: 'SKU',
  quantity: 'Quantity',
  unitType: 'Unit Type'
}
type Positions = Record<Column, number>

function positions(header: CsvRecord, name: string): Positions {
  const keys = header.fields.map(columnKey)
  const found = Object.fromEntries(
    Object.entries(COLUMNS).map(([column, names]) => [
      column,
      names.map(n => keys.indexOf(n)).find(i => i >= 0) ?? -1
    ])
  ) as Positions
  const required: Column[] = ['date', 'product', 'quantity', 'unitType']
  const missing = required.filter(c => found[c] < 0)
  if (missing.length > 0)
    throw new ValidationError(
      [
        `${name}:${header.line}: the header has no ${missing.map(c => LABELS[c]).join(', ')} column — expected a billing usage report (Date,Product,SKU,Quantity,Unit Type,…), got '${header.fields.join(',')}'`
      ],
      'Invalid usage report'
    )
  return found
}

/** A date or date-time as its UTC day; undefined when it is neither. */
function dayOf(raw: string): string | undefined {
  const text = raw.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)))
    return text
  if (!/^\d{4}-\d{2}-\d{2}[T ]/.test(text)) return undefined
  const time = Date.parse(text)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10)
}

function item(record: CsvRecord, at: Positions, name: string, problems: string[]) {
  const where = `${name}:${record.line}`
  const value = (column: Column) => (at[column] < 0 ? '' : (record.fields[at[column]] ?? ''))
  const date = dayOf(value('date'))
  const quantityText = value('quantity').trim()
  const quantity = Number(quantityText)
  const before = problems.length
  if (date === undefined)
    problems.push(`${where}: the date must be YYYY-MM-DD, got '${value('date')}'`)
  if (quantityText === '' || !Number.isFinite(quantity) || quantity < 0)
    problems.push(`${where}: the quantity must be a number ≥ 0, got '${value('quantity')}'`)
  if (problems.length > before) return undefined
  return {
    date: date as string,
    product: value('product').trim(),
    sku: value('sku').trim(),
    unitType: value('unitType').trim(),
    quantity
  } satisfies BillingItem
}

const MAX_PROBLEMS = 20

/** The items of a billing usage report CSV; every bad line is listed (up to 20) in one ValidationError. */
export function parseBillingCsv(text: string, name: string): BillingItem[] {
  const [header, ...rows] = csvRecords(text)
  if (!header) throw new ValidationError([`${name} is empty`], 'Invalid usage report')
  const at = positions(header, name)
  const problems: string[] = []
  const width = header.fields.length
  const items = rows.flatMap(record => {
    if (record.fields.length !== width) {
      problems.push(
        `${name}:${record.line}: expected ${width} fields as in the header, got ${record.fields.length}`
      )
      return []
    }
    const read = item(record, at, name, problems)
    return read ? [read] : []
  })
  if (problems.length > MAX_PROBLEMS)
    problems.splice(MAX_PROBLEMS, problems.length, `… and ${problems.length - MAX_PROBLEMS} more`)
  if (problems.length > 0) throw new ValidationError(problems, 'Invalid usage report')
  return items
}
