import {
  GraphQLError,
  executeSync,
  getOperationAST,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver
} from 'graphql'
import type { GqlContext } from './graphql-context.js'
import {
  executionError,
  syntaxError,
  validationErrors,
  type GitHubErrorJson
} from './graphql-errors.js'
import { rootObject } from './graphql-root.js'
import { githubSchema } from './graphql-schema.js'

export { githubSchema } from './graphql-schema.js'

/** A `POST /graphql` body, read and checked against GitHub's schema. */
export interface GraphqlRequest {
  document?: DocumentNode
  /** The operation to run is a mutation (so it may write). */
  mutation: boolean
  variables?: Record<string, unknown>
  operationName?: string
  /** Set when the request cannot run: GitHub's `errors` and what to record as violations. */
  refused?: { errors: GitHubErrorJson[]; problems: string[] }
}

/** What a run answers (HTTP 200 either way) and what it found wrong with the request or with the fake. */
export interface GraphqlResult {
  body: { data?: unknown; errors?: GitHubErrorJson[] }
  /** Requests that break the schema (variables that do not fit, an ambiguous operation…). */
  problems: string[]
  /** Faults of the fake: a field it does not implement, a resolver that threw. */
  bugs: string[]
}

const NO_QUERY = 'A query attribute must be specified and must be a string.'

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function refuse(errors: GitHubErrorJson[], problems: string[]): GraphqlRequest {
  return { mutation: false, refused: { errors, problems: problems.map(p => `graphql: ${p}`) } }
}

function variablesOf(value: unknown): Record<string, unknown> | undefined | 'bad' {
  if (value === undefined || value === null) return undefined
  if (isObject(value)) return value
  if (typeof value !== 'string') return 'bad'
  try {
    const parsed: unknown = JSON.parse(value)
    return isObject(parsed) ? parsed : 'bad'
  } catch {
    return 'bad'
  }
}

/** Reads the body: `query` parsed and validated against GitHub's published schema. */
export function readGraphqlRequest(body: unknown): GraphqlRequest {
  const query = isObject(body) ? body.query : undefined
  if (typeof query !== 'string') return refuse([{ message: NO_QUERY }], [NO_QUERY])
  const variables = variablesOf(isObject(body) ? body.variables : undefined)
  if (variables === 'bad') {
    const message = 'Variables are invalid JSON.'
    return refuse([{ message }], [message])
  }
  let document: DocumentNode
  try {
    document = parse(query)
  } catch (error: unknown) {
    if (!(error instanceof GraphQLError)) throw error
    return refuse([syntaxError(error)], [error.message])
  }
  const invalid = validate(githubSchema().schema, document)
  if (invalid.length > 0) {
    const errors = validationErrors(document, invalid)
    return refuse(
      errors,
      errors.map(e => `${String(e.message)} at ${JSON.stringify(e.path ?? e.locations)}`)
    )
  }
  const operationName =
    isObject(body) && typeof body.operationName === 'string' ? body.operationName : undefined
  const operation = getOperationAST(document, operationName)
  return { document, mutation: operation?.operation === 'mutation', variables, operationName }
}

/**
 * Runs a valid request over the store. A field the fake does not implement answers null and is reported
 * in `bugs` (a non-null one also gets graphql-js's error), as are resolvers that throw.
 */
export function runGraphql(request: GraphqlRequest, ctx: GqlContext): GraphqlResult {
  const bugs: string[] = []
  const fieldResolver: GraphQLFieldResolver<unknown, GqlContext> = (
    source,
    args,
    context,
    info
  ) => {
    if (isObject(source) && info.fieldName in source) {
      const value = source[info.fieldName]
      return typeof value === 'function'
        ? (value as (a: unknown, c: unknown, i: unknown) => unknown)(args, context, info)
        : value
    }
    bugs.push(`unimplemented: GraphQL field ${info.parentType.name}.${info.fieldName}`)
    return null
  }
  if (!request.document) return { body: { errors: [] }, problems: [], bugs }
  const result = executeSync({
    schema: githubSchema().schema,
    document: request.document,
    rootValue: rootObject(ctx.store),
    contextValue: ctx,
    variableValues: request.variables,
    operationName: request.operationName,
    fieldResolver
  })
  // No `data` at all: the request itself was refused (variables that do not fit the schema…).
  const refused = result.data === undefined
  const errors = (result.errors ?? []).map(e =>
    refused
      ? { locations: e.locations ?? [], message: e.message }
      : executionError(e, m => bugs.push(m))
  )
  const problems = refused ? errors.map(e => `graphql: ${e.message}`) : []
  const body = {
    ...(result.data === undefined ? {} : { data: result.data }),
    ...(errors.length > 0 ? { errors } : {})
  }
  return { body, problems, bugs }
}
