import type { ErrorObject, ValidateFunction } from 'ajv'
import type { Matched, Operation, Parameter } from './operations.js'
import { parseDateRange } from './date-range.js'
import { loadSpec, specRef } from './spec.js'

const validators = new Map<string, ValidateFunction>()
const MAX_ERRORS = 8
// The description types the run lists' `created` as a date-time, but GitHub takes (and documents) its search
// syntax for dates there (`>=2024-01-01`, `2024-01-01..2024-02-01`), which clients send: check that grammar.
const SEARCH_DATES: Record<string, string[]> = {
  'actions/list-workflow-runs': ['created'],
  'actions/list-workflow-runs-for-repo': ['created']
}

function compiled(key: string, schema: () => object): ValidateFunction {
  let validate = validators.get(key)
  if (!validate) {
    validate = loadSpec().ajv.compile(schema())
    validators.set(key, validate)
  }
  return validate
}

function describe(errors: ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? []).slice(0, MAX_ERRORS).map(e => {
    const extra = e.keyword === 'additionalProperties' ? ` (${JSON.stringify(e.params)})` : ''
    return `${where}${e.instancePath || ''} ${e.message ?? e.keyword}${extra}`
  })
}

function coerce(p: Parameter, value: string): unknown {
  if ((p.type === 'integer' || p.type === 'number') && /^-?\d+(\.\d+)?$/.test(value))
    return Number(value)
  if (p.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
  if (p.type === 'array') return value.split(',')
  return value
}

function checkParameters(m: Matched, query: Record<string, string>): string[] {
  const problems: string[] = []
  const known = m.op.parameters.filter(p => p.in === 'query').map(p => p.name)
  for (const name of Object.keys(query)) {
    if (!known.includes(name))
      problems.push(`query parameter "${name}" is not one of [${known.join(', ')}]`)
  }
  const searchDates = SEARCH_DATES[m.op.id] ?? []
  for (const name of searchDates) {
    const value = query[name]
    if (value !== undefined && !parseDateRange(value))
      problems.push(`parameters/${name} "${value}" is not GitHub's date-range search syntax`)
  }
  const values: Record<string, unknown> = {}
  const usable = m.op.parameters.filter(
    p => (p.in === 'query' || p.in === 'path') && !searchDates.includes(p.name)
  )
  for (const p of usable) {
    const raw = p.in === 'path' ? m.params[p.name] : query[p.name]
    if (raw !== undefined) values[p.name] = coerce(p, raw)
  }
  const validate = compiled(`params ${m.op.method} ${m.op.template}`, () => ({
    type: 'object',
    properties: Object.fromEntries(usable.map(p => [p.name, { $ref: specRef(p.schemaAt) }])),
    required: usable.filter(p => p.required).map(p => p.name)
  }))
  if (!validate(values)) problems.push(...describe(validate.errors, 'parameters'))
  return problems
}

function checkBody(op: Operation, body: unknown): string[] {
  if (!op.body) return body === undefined ? [] : ['body sent, but the operation takes none']
  if (body === undefined)
    return op.body.required ? ['body missing, but the operation requires one'] : []
  const problems: string[] = []
  const props = op.body.properties
  if (props && typeof body === 'object' && body !== null && !Array.isArray(body)) {
    for (const key of Object.keys(body)) {
      if (!props.includes(key))
        problems.push(`body property "${key}" is not one of [${props.join(', ')}]`)
    }
  }
  const at = op.body.at
  const validate = compiled(`body ${op.method} ${op.template}`, () => ({ $ref: specRef(at) }))
  if (!validate(body)) problems.push(...describe(validate.errors, 'body'))
  return problems
}

/** Checks a request's query and path parameters and its JSON body against the operation. */
export function checkRequest(m: Matched, query: Record<string, string>, body: unknown): string[] {
  return [...checkParameters(m, query), ...checkBody(m.op, body)]
}

/** The outcome of checking a response. */
export interface ResponseCheck {
  problems: string[]
  /** The status is not listed for the operation, but the fake answered it on purpose as GitHub does. */
  offSpec: boolean
}

function validateAgainst(key: string, at: string[], body: unknown, where: string): string[] {
  const validate = compiled(key, () => ({ $ref: specRef(at) }))
  return validate(body) ? [] : describe(validate.errors, where)
}

/**
 * Checks a response body against the schema listed for its status. A status the operation does not
 * list is a problem unless `generic` (a GitHub-wide answer such as 401 Bad credentials): such bodies
 * are checked against `basic-error` instead.
 */
export function checkResponse(
  op: Operation,
  status: number,
  body: unknown,
  generic: boolean
): ResponseCheck {
  const key = String(status) in op.responses ? String(status) : 'default'
  const listed = op.responses[key]
  if (listed === undefined) {
    if (!generic) {
      const statuses = Object.keys(op.responses).join(', ')
      return { problems: [`status ${status} is not listed (lists ${statuses})`], offSpec: false }
    }
    const at = ['components', 'schemas', 'basic-error']
    return { problems: validateAgainst('basic-error', at, body, 'body'), offSpec: true }
  }
  if (listed === null) return { problems: [], offSpec: false }
  return {
    problems: validateAgainst(
      `response ${status} ${op.method} ${op.template}`,
      listed,
      body,
      'body'
    ),
    offSpec: false
  }
}
