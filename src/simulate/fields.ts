/** Reading typed fields out of parsed YAML, collecting every problem with its path (`background.bursts[1].per-day`). */

/** A parsed YAML map. */
export type Fields = Record<string, unknown>

/** Collects the problems of one file; `at` paths are joined as `a.b[1].c`. */
export class FieldReader {
  readonly problems: string[] = []

  constructor(private readonly file: string) {}

  /** Records a problem at a path, e.g. "x.yml: seed must be a whole number ≥ 0, got 'abc'". */
  problem(path: string, message: string): void {
    this.problems.push(`${this.file}: ${path === '' ? '' : `${path} `}${message}`)
  }

  /** The value as a map; undefined (with a problem) when it is something else. */
  map(value: unknown, path: string): Fields | undefined {
    if (isFields(value)) return value
    this.problem(path, `must be a map, got ${shown(value)}`)
    return undefined
  }

  /** Flags keys that are not in `allowed`. */
  known(value: Fields, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(value).filter(k => !allowed.includes(k)))
      this.problem(join(path, key), `is not a known field; expected one of: ${allowed.join(', ')}`)
  }

  /** A number in [min, max] (whole when asked); the fallback when absent or wrong. */
  number(
    value: unknown,
    path: string,
    fallback: number,
    rule: { min: number; max?: number; whole?: boolean; above?: boolean; required?: boolean }
  ): number {
    if (value === undefined && rule.required) this.problem(path, 'is missing')
    if (value === undefined) return fallback
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (rule.above ? value > rule.min : value >= rule.min) &&
      (rule.max === undefined || value <= rule.max) &&
      (!rule.whole || Number.isInteger(value))
    if (ok) return value
    const kind = rule.whole ? 'a whole number' : 'a number'
    const range =
      rule.max === undefined
        ? `${rule.above ? '>' : '≥'} ${rule.min}`
        : `from ${rule.min} to ${rule.max}`
    this.problem(path, `must be ${kind} ${range}, got ${shown(value)}`)
    return fallback
  }

  /** A UTC instant from an ISO date or time; undefined (with a problem unless absent and optional) otherwise. */
  instant(value: unknown, path: string, optional = false): Date | undefined {
    if (value === undefined) {
      if (!optional)
        this.problem(path, 'is missing: give an ISO 8601 date or time such as 2025-11-01')
      return undefined
    }
    const date = typeof value === 'string' ? new Date(value) : undefined
    if (date && !Number.isNaN(date.getTime()) && /^\d{4}-\d\d-\d\d/.test(value as string))
      return date
    this.problem(path, `must be an ISO 8601 date or time such as 2025-11-01, got ${shown(value)}`)
    return undefined
  }

  /** One of the given words. */
  oneOf<T extends string>(value: unknown, path: string, words: readonly T[], fallback: T): T {
    if (value === undefined) return fallback
    if (typeof value === 'string' && (words as readonly string[]).includes(value)) return value as T
    this.problem(path, `must be one of ${words.join(', ')}, got ${shown(value)}`)
    return fallback
  }

  /** A list, each item read by `item`; an absent list is empty. */
  list<T>(value: unknown, path: string, item: (raw: unknown, at: string) => T | undefined): T[] {
    if (value === undefined) return []
    if (!Array.isArray(value)) {
      this.problem(path, `must be a list, got ${shown(value)}`)
      return []
    }
    return value.flatMap((raw, i) => item(raw, `${path}[${i}]`) ?? [])
  }
}

/** A field's path below `path`. */
export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

/** Tells whether parsed YAML is a map. */
export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A value as a message shows it: strings in single quotes, the rest as JSON. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value))
}
