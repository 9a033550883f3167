import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'

/** The parts of GitHub's OpenAPI description the fake reads. */
export interface Spec {
  paths: Record<string, Record<string, unknown>>
  components: Record<string, Record<string, unknown>>
}

/** The loaded description, its Ajv instance and how long loading took. */
export interface LoadedSpec {
  spec: Spec
  ajv: Ajv
  loadMs: number
}

/** The `$id` under which the description is added to Ajv. */
export const SPEC_ID = 'api.github.com'

// Formats GitHub uses that ajv-formats does not know; accepted as-is rather than warned about.
const OPAQUE_FORMATS = [
  'uri-template',
  'int64',
  'int32',
  'double',
  'timestamp',
  'repo.nwo',
  'binary'
]

let loaded: LoadedSpec | undefined

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Rewrites OpenAPI 3.0 `nullable` into JSON Schema: `type: [t, 'null']` when a type is given, else
 * `anyOf: [schema, {type: 'null'}]` (Ajv rejects `nullable` without `type`). `oneOf` becomes `anyOf`:
 * GitHub's description has unions whose branches overlap (basic-error has no required keys), so
 * `oneOf` would reject every real answer.
 */
function normalise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalise)
  if (!isObject(node)) return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node))
    out[key === 'oneOf' ? 'anyOf' : key] = normalise(value)
  if (typeof out.nullable !== 'boolean') return out
  const nullable = out.nullable
  delete out.nullable
  if (!nullable) return out
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null']
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
    return out
  }
  return { anyOf: [out, { type: 'null' }] }
}

function specFile(): string {
  return createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json')
}

/** Loads GitHub's OpenAPI description once per process and adds it to one Ajv instance. */
export function loadSpec(): LoadedSpec {
  if (loaded) return loaded
  const started = performance.now()
  const raw = JSON.parse(readFileSync(specFile(), 'utf8')) as Spec
  const spec: Spec = {
    paths: normalise(raw.paths) as Spec['paths'],
    components: normalise(raw.components) as Spec['components']
  }
  const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true })
  addFormatsModule.default(ajv)
  for (const format of OPAQUE_FORMATS) ajv.addFormat(format, true)
  // GitHub's noreply addresses for bots (`49699333+dependabot[bot]@users.noreply.github.com`, in recorded run
  // head commits) are not RFC 5322 dot-atoms, so ajv-formats' `email` would reject real answers.
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/)
  ajv.addSchema({ $id: SPEC_ID, paths: spec.paths, components: spec.components })
  loaded = { spec, ajv, loadMs: performance.now() - started }
  return loaded
}

/** A `$ref` into the description for a JSON pointer given as its unescaped parts. */
export function specRef(parts: string[]): string {
  const escaped = parts.map(p => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1')))
  return `${SPEC_ID}#/${escaped.join('/')}`
}

/** Follows a `#/components/...` `$ref` (if any) and returns the object with the pointer parts it lives at. */
export function deref(
  value: unknown,
  at: string[]
): { node: Record<string, unknown>; at: string[] } {
  const { spec } = loadSpec()
  if (!isObject(value)) return { node: {}, at }
  if (typeof value.$ref !== 'string') return { node: value, at }
  const parts = value.$ref.replace(/^#\//, '').split('/')
  let node: unknown = { components: spec.components }
  for (const part of parts) node = isObject(node) ? node[part] : undefined
  return deref(node, parts)
}
