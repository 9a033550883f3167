/**
 * Lines and comments of a workflow's source text. Comments are read from yaml's concrete syntax tree, which knows a
 * `#` inside a quoted cron from one that starts a comment.
 */
import { Parser } from 'yaml'

/** A comment as it stands in the text: where its `#` is, and the comment up to its line end. */
export interface SourceComment {
  offset: number
  text: string
}

/** What the syntax tree tells beyond the document: every comment, and the `-` of each schedule entry. */
export interface SourceFacts {
  comments: SourceComment[]
  /** Offsets of the `-` indicators of the block sequence starting at the given offset; [] for a flow sequence. */
  dashes: Array<number | undefined>
}

/** Reads the comments of a text and the dashes of the block sequence that starts at `seqStart`. */
export function scanSource(text: string, seqStart: number): SourceFacts {
  const facts: SourceFacts = { comments: [], dashes: [] }
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return
    const token = node as { type?: unknown; offset?: unknown; source?: unknown; items?: unknown }
    if (token.type === 'comment' && typeof token.offset === 'number') {
      facts.comments.push({ offset: token.offset, text: String(token.source).replace(/\r$/, '') })
    }
    if (token.type === 'block-seq' && token.offset === seqStart) facts.dashes = dashes(token.items)
    Object.values(node).forEach(visit)
  }
  for (const token of new Parser().parse(text)) visit(token)
  facts.comments.sort((a, b) => a.offset - b.offset)
  return facts
}

function dashes(items: unknown): Array<number | undefined> {
  if (!Array.isArray(items)) return []
  return items.map(
    (item: { start?: Array<{ type: string; offset: number }> }) =>
      item.start?.find(token => token.type === 'seq-item-ind')?.offset
  )
}

/** Where the line holding `offset` starts. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** Where the line holding `offset` ends, its `\r\n` or `\n` excluded. */
export function lineEnd(text: string, offset: number): number {
  const at = text.indexOf('\n', offset)
  if (at === -1) return text.length
  return at > 0 && text[at - 1] === '\r' ? at - 1 : at
}

/** The start of the line after the one that ends at `end` (a block scalar's range already ends past its line). */
export function afterLine(text: string, end: number): number {
  if (text[end - 1] === '\n') return end
  const at = text.indexOf('\n', end)
  return at === -1 ? text.length : at + 1
}

/** The 1-based line number of an offset. */
export function lineNumber(text: string, offset: number): number {
  let line = 1
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1))
    line++
  return line
}

/** The file's line ending, as found on the line at `from` or else the first line. */
export function lineEnding(text: string, from: number): string {
  const at = text.indexOf('\n', from)
  const found = at === -1 ? text.indexOf('\n') : at
  return found > 0 && text[found - 1] === '\r' ? '\r\n' : '\n'
}

/** The whitespace before `start` on its line (spaces standing in for any other text there). */
export function indentBefore(text: string, start: number): string {
  const prefix = text.slice(lineStart(text, start), start)
  return /^[ \t]*$/.test(prefix) ? prefix : ' '.repeat(prefix.length)
}

/** Whether only whitespace stands before `offset` on its line. */
export function startsLine(text: string, offset: number): boolean {
  return text.slice(lineStart(text, offset), offset).trim() === ''
}
