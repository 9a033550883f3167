import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql'
import { forbidden, GitHubError } from './graphql-errors.js'
import type { Actor, RepoStore } from './store.js'
import type { FakeToken } from './types.js'

/** What every resolver sees. */
export interface GqlContext {
  store: RepoStore
  token: FakeToken
  /** Who the token acts as (the mutations' `actor`, `viewer`). */
  actor: Actor
  /** The GraphQL rate-limit budget after this query. */
  rate: { limit: number; remaining: number; used: number; resetAt: string; cost: number }
}

/** The arguments of a field. */
export type Args = Record<string, unknown>
/** A field's value: plain, or computed from its arguments when asked for. */
export type Resolver = (args: Args, ctx: GqlContext, info: GraphQLResolveInfo) => unknown
/** An object as the resolvers hand it to graphql-js: field name -> value or resolver. */
export type Obj = Record<string, unknown>

/** Throws FORBIDDEN when the token cannot read that kind of resource. */
export function readable(ctx: GqlContext, what: 'contents' | 'pullRequests' | 'issues'): void {
  if (ctx.token.unreadable?.includes(what)) throw forbidden()
}

/** A string argument, or undefined. */
export function str(args: Args, key: string): string | undefined {
  const value = args[key]
  return typeof value === 'string' ? value : undefined
}

/** A list-of-strings argument, or undefined. */
export function strings(args: Args, key: string): string[] | undefined {
  const value = args[key]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined
}

/** An integer argument, or undefined. */
function int(args: Args, key: string): number | undefined {
  const value = args[key]
  return typeof value === 'number' ? value : undefined
}

const MAX_PAGE = 100

function cursorOf(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString('base64')
}

function indexOf(cursor: string | undefined, name: string): number | undefined {
  if (cursor === undefined) return undefined
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'))
  if (!match)
    throw new GitHubError(
      'INVALID_CURSOR_ARGUMENTS',
      `\`${cursor}\` does not appear to be a valid cursor.`,
      { name }
    )
  return Number(match[1])
}

/** True when the field's selection (fragments included) asks for one of these subfields. */
function selects(info: GraphQLResolveInfo, names: string[]): boolean {
  const seen = new Set<string>()
  const walk = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some(s => {
      if (s.kind === 'Field') return names.includes(s.name.value)
      if (s.kind === 'InlineFragment') return walk(s.selectionSet)
      if (seen.has(s.name.value)) return false
      seen.add(s.name.value)
      return walk(info.fragments[s.name.value]?.selectionSet)
    })
  return info.fieldNodes.some(n => walk(n.selectionSet))
}

/**
 * A cursor connection over `items` (`nodes`, `edges`, `pageInfo`, `totalCount`). As on GitHub, listing
 * nodes or edges needs `first` or `last`, at most 100.
 */
export function connection<T>(
  items: T[],
  args: Args,
  info: GraphQLResolveInfo,
  node: (item: T) => Obj
): Obj {
  const name = info.fieldName
  const first = int(args, 'first')
  const last = int(args, 'last')
  if (first === undefined && last === undefined && selects(info, ['nodes', 'edges'])) {
    throw new GitHubError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`
    )
  }
  for (const [key, value] of [
    ['first', first],
    ['last', last]
  ] as const) {
    if (value !== undefined && value > MAX_PAGE) {
      throw new GitHubError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${key}\` limit of ${MAX_PAGE} records.`
      )
    }
  }
  const after = indexOf(str(args, 'after'), name)
  const before = indexOf(str(args, 'before'), name)
  let start = after === undefined ? 0 : after + 1
  let end = before === undefined ? items.length : Math.min(before, items.length)
  if (first !== undefined) end = Math.min(end, start + Math.max(0, first))
  if (last !== undefined) start = Math.max(start, end - Math.max(0, last))
  const window = items.slice(start, end).map((item, i) => ({ index: start + i, item }))
  const nodes = window.map(w => node(w.item))
  return {
    totalCount: items.length,
    nodes,
    edges: window.map((w, i) => ({ cursor: cursorOf(w.index), node: nodes[i] })),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: window.length > 0 ? cursorOf(start) : null,
      endCursor: window.length > 0 ? cursorOf(end - 1) : null
    }
  }
}

/** Sorts by an `orderBy: {field, direction}` argument; `fields` maps its field names to sort keys. */
export function ordered<T>(
  items: T[],
  args: Args,
  fields: Record<string, (item: T) => string | number>,
  fallback: (item: T) => string | number
): T[] {
  const orderBy = (args.orderBy ?? {}) as { field?: string; direction?: string }
  const key = (orderBy.field && fields[orderBy.field]) || fallback
  const sorted = [...items].sort((a, b) => {
    const [x, y] = [key(a), key(b)]
    return x === y ? 0 : x < y ? -1 : 1
  })
  return orderBy.direction === 'DESC' ? sorted.reverse() : sorted
}
