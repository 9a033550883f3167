/** An interval of instants (ms since the epoch): `from` included, `to` excluded; a missing end is open. */
export interface DateRange {
  from?: number
  to?: number
}

const DAY = 86_400_000
const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/

/** The instants a date (a whole UTC day) or a date-time (its second or minute) covers. */
function span(text: string): { start: number; end: number } | undefined {
  if (DATE.test(text)) {
    const start = Date.parse(`${text}T00:00:00Z`)
    return Number.isNaN(start) ? undefined : { start, end: start + DAY }
  }
  const m = DATE_TIME.exec(text)
  if (!m) return undefined
  const zone = (m[3] ?? 'Z').replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
  const start = Date.parse(`${m[1]}${m[2] ?? ':00'}${zone}`)
  if (Number.isNaN(start)) return undefined
  return { start, end: start + (m[2] === undefined ? 60_000 : 1000) }
}

function comparison(op: string, s: { start: number; end: number }): DateRange {
  if (op === '>=') return { from: s.start }
  if (op === '>') return { from: s.end }
  if (op === '<=') return { to: s.end }
  return { to: s.start }
}

/**
 * Reads GitHub's search syntax for dates, as the run lists' `created` takes it: `>=2024-01-01`,
 * `<2024-02-01T12:00:00Z`, `2024-01-01..2024-01-31` (both ends included, `*` for open), or one date (that
 * day). A date is a whole UTC day, so `<=2024-01-31` includes all of the 31st. Undefined when unreadable.
 */
export function parseDateRange(value: string): DateRange | undefined {
  const text = value.trim()
  const op = /^(>=|<=|>|<)(.+)$/.exec(text)
  if (op) {
    const s = span(op[2] ?? '')
    return s && comparison(op[1] ?? '', s)
  }
  const parts = text.split('..')
  if (parts.length === 1) {
    const s = span(text)
    return s && { from: s.start, to: s.end }
  }
  if (parts.length !== 2) return undefined
  const [a = '', b = ''] = parts
  const from = a === '*' ? undefined : span(a)
  const to = b === '*' ? undefined : span(b)
  if ((a !== '*' && !from) || (b !== '*' && !to)) return undefined
  return { from: from?.start, to: to?.end }
}

/** True when a time lies inside the range. */
export function inRange(time: string, range: DateRange): boolean {
  const t = Date.parse(time)
  return (range.from === undefined || t >= range.from) && (range.to === undefined || t < range.to)
}
