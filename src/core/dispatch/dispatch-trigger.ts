/**
 * A `via: dispatch` workflow's file against its config (DESIGN §12): the file must carry a `workflow_dispatch`
 * trigger, and the config's `inputs` must be what that trigger declares (names, required ones, choice options, the
 * boolean and number types), as GitHub would refuse the dispatch otherwise. Problems name both places.
 */
import { parse } from 'yaml'
import { type ManagedWorkflow } from '../schedule/config.js'

/** One declared `workflow_dispatch` input, as much of it as a dispatch must respect. */
interface DeclaredInput {
  required: boolean
  type: string
  options: string[]
}

/** What a workflow file says about how it can be started. */
export interface Triggers {
  /** Undefined: no `workflow_dispatch` trigger. */
  dispatchInputs: Map<string, DeclaredInput> | undefined
  schedule: boolean
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function declared(trigger: unknown): Map<string, DeclaredInput> {
  const inputs = isRecord(trigger) && isRecord(trigger.inputs) ? trigger.inputs : {}
  return new Map(
    Object.entries(inputs).map(([name, spec]) => {
      const s = isRecord(spec) ? spec : {}
      const options = Array.isArray(s.options) ? s.options.map(String) : []
      const type = typeof s.type === 'string' ? s.type : 'string'
      return [name, { required: s.required === true && s.default === undefined, type, options }]
    })
  )
}

/** The triggers of a workflow's text; a text that is not YAML has none (its own problem is reported elsewhere). */
export function readTriggers(text: string): Triggers {
  let doc: unknown
  try {
    doc = parse(text)
  } catch {
    return { dispatchInputs: undefined, schedule: false }
  }
  const on = isRecord(doc) ? doc.on : undefined
  const listed = typeof on === 'string' ? [on] : Array.isArray(on) ? on : undefined
  if (listed)
    return {
      dispatchInputs: listed.includes('workflow_dispatch') ? new Map() : undefined,
      schedule: listed.includes('schedule')
    }
  if (!isRecord(on)) return { dispatchInputs: undefined, schedule: false }
  return {
    dispatchInputs: 'workflow_dispatch' in on ? declared(on.workflow_dispatch) : undefined,
    schedule: 'schedule' in on
  }
}

function valueProblem(name: string, value: string, input: DeclaredInput): string | undefined {
  if (input.type === 'choice' && !input.options.includes(value))
    return `'${value}' is not one of its options (${input.options.join(', ')})`
  if (input.type === 'boolean' && value !== 'true' && value !== 'false')
    return `'${value}' is not true or false (it is a boolean input)`
  if (input.type === 'number' && !Number.isFinite(Number(value)))
    return `'${value}' is not a number (it is a number input)`
  return undefined
}

function inputProblems(
  workflow: ManagedWorkflow,
  given: Record<string, string>,
  inputs: Map<string, DeclaredInput>
): string[] {
  const where = `${workflow.path} (on.workflow_dispatch.inputs)`
  const config = (name: string) => `config workflows.${workflow.id}.inputs.${name}`
  const names = [...inputs.keys()].join(', ') || 'none'
  const problems = Object.entries(given).flatMap(([name, value]) => {
    const input = inputs.get(name)
    if (!input) return [`${config(name)} is not an input of ${where} — declared: ${names}`]
    const bad = valueProblem(name, value, input)
    return bad ? [`${config(name)}: ${bad} of input '${name}' in ${where}`] : []
  })
  for (const [name, input] of inputs)
    if (input.required && given[name] === undefined)
      problems.push(
        `${where} requires input '${name}' (no default), but config workflows.${workflow.id}.inputs does not give it`
      )
  return problems
}

/** Why the file cannot be dispatched as the config says; none for a `via: cron` workflow. */
export function dispatchProblems(workflow: ManagedWorkflow, triggers: Triggers): string[] {
  if (workflow.via !== 'dispatch' || !workflow.dispatch) return []
  // Without inputs, the schedule pull request that removes the schedule adds a bare `workflow_dispatch:` too.
  const added = triggers.schedule && Object.keys(workflow.dispatch.inputs).length === 0
  if (!triggers.dispatchInputs && !added)
    return [
      `${workflow.path}: managed as '${workflow.id}' with via: dispatch, but it has no workflow_dispatch trigger — add \`workflow_dispatch:\` under \`on:\`, or set via: cron in the config`
    ]
  return inputProblems(workflow, workflow.dispatch.inputs, triggers.dispatchInputs ?? new Map())
}
