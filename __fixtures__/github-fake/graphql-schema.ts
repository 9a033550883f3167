import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import {
  buildClientSchema,
  validateSchema,
  type GraphQLSchema,
  type IntrospectionQuery
} from 'graphql'

/** GitHub's published GraphQL schema and how long building it took. */
export interface LoadedSchema {
  schema: GraphQLSchema
  loadMs: number
}

const PACKAGE = '@octokit/graphql-schema'
let loaded: LoadedSchema | undefined

/**
 * The package's own entry point parses the 5 MB introspection eagerly and its `exports` map hides its
 * files from `require.resolve`, so the file is found along Node's module search paths instead.
 */
function packageFile(name: string): string {
  const paths = createRequire(import.meta.url).resolve.paths(PACKAGE) ?? []
  const found = paths.map(dir => join(dir, PACKAGE, name)).find(file => existsSync(file))
  if (!found) throw new Error(`the GitHub fake cannot find ${PACKAGE}/${name}: run npm install`)
  return found
}

/**
 * Builds GitHub's GraphQL schema once per process from the package's introspection result (`schema.json`).
 * Its SDL (`schema.graphql`) is the same schema but defines two `EnterpriseOwnerInfo` fields twice, which
 * `buildSchema` refuses unless told to assume valid SDL; the introspection builds in a quarter of the time.
 */
export function githubSchema(): LoadedSchema {
  if (loaded) return loaded
  const started = performance.now()
  const introspection = JSON.parse(readFileSync(packageFile('schema.json'), 'utf8')) as {
    data?: IntrospectionQuery
  } & IntrospectionQuery
  const schema = buildClientSchema(introspection.data ?? introspection)
  const problems = validateSchema(schema)
  if (problems.length > 0)
    throw new Error(`GitHub's GraphQL schema is invalid: ${problems[0]?.message}`)
  loaded = { schema, loadMs: performance.now() - started }
  return loaded
}
