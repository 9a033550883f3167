import { deref, loadSpec } from './spec.js'

/** A parameter of an operation and where its schema lives in the description. */
export interface Parameter {
  name: string
  in: string
  required: boolean
  type: string | undefined
  schemaAt: string[]
}

/** One operation of the description, resolved enough to validate traffic against it. */
export interface Operation {
  id: string
  method: string
  template: string
  docUrl: string
  parameters: Parameter[]
  body: { at: string[]; required: boolean; properties: string[] | undefined } | undefined
  responses: Record<string, string[] | null>
}

/** An operation a request matched, with its decoded path parameters. */
export interface Matched {
  op: Operation
  params: Record<string, string>
}

interface Template {
  path: string
  segments: string[]
  literals: number
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head']
let templates: Template[] | undefined
const operations = new Map<string, Operation>()

function allTemplates(): Template[] {
  templates ??= Object.keys(loadSpec().spec.paths).map(path => {
    const segments = path.split('/').slice(1)
    return { path, segments, literals: segments.filter(s => !s.startsWith('{')).length }
  })
  return templates
}

function isParam(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}')
}

/** Matches segments to a template; the last parameter may take the rest (`contents/{path}`, `git/refs/{ref}`). */
function matchTemplate(t: Template, segments: string[]): Record<string, string> | undefined {
  const n = t.segments.length
  const last = t.segments[n - 1] ?? ''
  if (segments.length !== n && !(segments.length > n && isParam(last))) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < n; i++) {
    const want = t.segments[i] ?? ''
    const got = i === n - 1 ? segments.slice(i).join('/') : (segments[i] ?? '')
    if (isParam(want)) params[want.slice(1, -1)] = got
    else if (want !== got) return undefined
  }
  return params
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function typeOf(schema: Record<string, unknown>): string | undefined {
  const type = schema.type
  if (typeof type === 'string') return type
  return Array.isArray(type) ? (type.find(t => t !== 'null') as string | undefined) : undefined
}

function parameterOf(value: unknown, at: string[]): Parameter {
  const { node, at: where } = deref(value, at)
  const schema = (node.schema ?? {}) as Record<string, unknown>
  return {
    name: String(node.name),
    in: String(node.in),
    required: node.required === true,
    type: typeOf(schema),
    schemaAt: [...where, 'schema']
  }
}

/** The JSON request body: where its schema lives, and its top-level property names when plain. */
function bodyOf(value: unknown, at: string[]): Operation['body'] {
  if (value === undefined) return undefined
  const { node, at: where } = deref(value, at)
  const media = ((node.content ?? {}) as Record<string, { schema?: unknown }>)['application/json']
  const schemaAt = [...where, 'content', 'application/json', 'schema']
  const schema = deref(media?.schema, schemaAt).node
  const plain = isObject(schema.properties) && !schema.anyOf && !schema.allOf
  const properties = plain ? Object.keys(schema.properties as object) : undefined
  return { at: schemaAt, required: node.required === true, properties }
}

function responsesOf(value: Record<string, unknown>, at: string[]): Operation['responses'] {
  const out: Operation['responses'] = {}
  for (const [status, response] of Object.entries(value)) {
    const { node, at: where } = deref(response, [...at, status])
    const content = node.content as Record<string, unknown> | undefined
    out[status] = content?.['application/json']
      ? [...where, 'content', 'application/json', 'schema']
      : null
  }
  return out
}

function buildOperation(path: string, method: string): Operation | undefined {
  const item = loadSpec().spec.paths[path] ?? {}
  const raw = item[method] as Record<string, unknown> | undefined
  if (!raw) return undefined
  const at = ['paths', path, method]
  const shared = ((item.parameters ?? []) as unknown[]).map((p, i) =>
    parameterOf(p, ['paths', path, 'parameters', String(i)])
  )
  const own = ((raw.parameters ?? []) as unknown[]).map((p, i) =>
    parameterOf(p, [...at, 'parameters', String(i)])
  )
  return {
    id: String(raw.operationId),
    method,
    template: path,
    docUrl: String(
      (raw.externalDocs as { url?: string } | undefined)?.url ?? 'https://docs.github.com/rest'
    ),
    parameters: [...shared.filter(s => !own.some(o => o.name === s.name && o.in === s.in)), ...own],
    body: bodyOf(raw.requestBody, [...at, 'requestBody']),
    responses: responsesOf((raw.responses ?? {}) as Record<string, unknown>, [...at, 'responses'])
  }
}

function operation(path: string, method: string): Operation | undefined {
  const key = `${method} ${path}`
  if (!operations.has(key)) {
    const op = buildOperation(path, method)
    if (op) operations.set(key, op)
  }
  return operations.get(key)
}

/**
 * Finds the operation for a method and decoded path segments: exact-length templates first, then those
 * whose last parameter takes the rest; more literal segments win.
 */
export function matchOperation(
  method: string,
  segments: string[]
): Matched | 'unknown path' | 'unknown method' {
  const candidates = allTemplates()
    .map(t => ({ t, params: matchTemplate(t, segments) }))
    .filter(c => c.params !== undefined)
    .sort((a, b) => rank(b.t, segments) - rank(a.t, segments))
  if (candidates.length === 0) return 'unknown path'
  const m = method.toLowerCase()
  if (!METHODS.includes(m)) return 'unknown method'
  for (const { t, params } of candidates) {
    const op = operation(t.path, m)
    if (op && params) return { op, params }
  }
  return 'unknown method'
}

function rank(t: Template, segments: string[]): number {
  return (t.segments.length === segments.length ? 1000 : 0) + t.literals
}
