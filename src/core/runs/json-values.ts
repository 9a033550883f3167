/**
 * Reads text holding one or more JSON values back to back, as `gh api --paginate` prints a list endpoint's pages
 * (`{…}{…}`, with or without whitespace between them). Each value keeps the line it starts on, so a later error
 * can say where the broken page is.
 */
import { errorMessage, ValidationError } from '../errors.js'

/** One top-level JSON value of the text and the line (1-based) it starts on. */
export interface JsonValue {
  value: unknown
  line: number
}

/** Line and column (both 1-based) of an offset into the text. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

function where(text: string, offset: number): string {
  const { line, column } = positionOf(text, offset)
  return `line ${line}, column ${column}`
}

/** The offset just past the object or array opening at `start`; -1 when the text ends before it closes. */
function endOfValue(text: string, start: number): number {
  let depth = 0
  let inString = false
  for (let i = start; i < text.length; i += 1) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i += 1
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') depth += 1
    else if (c === '}' || c === ']') {
      depth -= 1
      if (depth === 0) return i + 1
    }
  }
  return -1
}

/** Parses one value; a syntax error names the line and column GitHub's JSON broke at. */
function parseAt(text: string, start: number, end: number, source: string): unknown {
  try {
    return JSON.parse(text.slice(start, end))
  } catch (error) {
    const message = errorMessage(error)
    const offset = /at position (\d+)/.exec(message)
    const at = offset ? start + Number(offset[1]) : start
    throw new ValidationError(
      [`${where(text, at)}: ${message.replace(/ in JSON at position \d+.*$/, '')}`],
      `${source} is not the JSON GitHub's API prints`
    )
  }
}

/** Counts lines up to offsets that only grow, so a file of many pages is scanned once. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0
  let line = 1
  return offset => {
    for (; at < offset; at += 1) if (text.charCodeAt(at) === 10) line += 1
    return line
  }
}

/** Every top-level object or array of the text, in order. Throws a ValidationError naming the line that broke. */
export function jsonValues(text: string, source: string): JsonValue[] {
  const values: JsonValue[] = []
  const lineAt = lineCounter(text)
  let i = 0
  while (i < text.length) {
    const c = text[i] as string
    if (/\s/.test(c)) {
      i += 1
      continue
    }
    const problem = (p: string) =>
      new ValidationError(
        [`${where(text, i)}: ${p}`],
        `${source} is not the JSON GitHub's API prints`
      )
    if (c !== '{' && c !== '[') throw problem(`expected an object or an array, found '${c}'`)
    const end = endOfValue(text, i)
    if (end < 0) throw problem('this value is never closed (the file ends inside it)')
    values.push({ value: parseAt(text, i, end, source), line: lineAt(i) })
    i = end
  }
  if (values.length === 0) throw new ValidationError([`${source} holds no JSON value`])
  return values
}
