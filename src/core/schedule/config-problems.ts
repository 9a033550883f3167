/** Problems found in the orchestrator config, and how each is written: its path in the file and the line it is on. */
import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml'

export type Key = string | number

/** One problem: where it is (a path of keys and indexes) and what is wrong. */
export interface Problem {
  at: Key[]
  message: string
  /** The node whose line to show, when not the one at `at` (a missing mode shows its workflow's line). */
  near?: Key[]
}

/** The keys of a map that are not allowed there. */
export function unknownKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  at: Key[]
): Problem[] {
  return Object.keys(value)
    .filter(k => !allowed.includes(k))
    .map(k => ({
      at: [...at, k],
      message: `unknown key '${k}'; expected one of: ${allowed.join(', ')}`
    }))
}

/** `file: workflows.nightly.schedules.normal[1] (line 6): message`. */
export function problemText(
  problem: Problem,
  file: string,
  doc: Document,
  lines: LineCounter
): string {
  const line = lineOf(doc, lines, problem.near ?? problem.at)
  const where = line === undefined ? '' : ` (line ${line})`
  return `${file}: ${formatPath(problem.at)}${where}: ${problem.message}`
}

function formatPath(at: readonly Key[]): string {
  return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('')
}

/** The line of the deepest key (or list item) of the path found in the file; a key's own line, not its value's. */
function lineOf(doc: Document, lines: LineCounter, at: readonly Key[]): number | undefined {
  let node: unknown = doc.contents
  let start: number | undefined
  for (const key of at) {
    const pair = isMap(node)
      ? node.items.find(p => isScalar(p.key) && String(p.key.value) === String(key))
      : undefined
    const item = isSeq(node) && typeof key === 'number' ? node.items[key] : undefined
    const found: unknown = pair ? pair.key : item
    if (!isScalar(found) && !isMap(found) && !isSeq(found)) break
    start = found.range?.[0] ?? start
    node = pair ? pair.value : item
  }
  return start === undefined ? undefined : lines.linePos(start).line
}
