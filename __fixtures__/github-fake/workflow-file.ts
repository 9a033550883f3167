import { parse } from 'yaml'

/** A `workflow_dispatch` input: whether the dispatch must give it. */
export interface DispatchInput {
  required: boolean
}

/** What the fake reads from a workflow file. */
export interface WorkflowFile {
  /** The top-level `name:`, when it is a string. */
  name: string | undefined
  /** The `workflow_dispatch` trigger's inputs, or undefined when the file has no such trigger. */
  dispatchInputs: Record<string, DispatchInput> | undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function inputsOf(trigger: unknown): Record<string, DispatchInput> {
  const inputs = isObject(trigger) && isObject(trigger.inputs) ? trigger.inputs : {}
  return Object.fromEntries(
    Object.entries(inputs).map(([name, spec]) => {
      const required = isObject(spec) && spec.required === true && spec.default === undefined
      return [name, { required }]
    })
  )
}

/** Reads a workflow's name and dispatch trigger; an unreadable file has neither. */
export function readWorkflowFile(text: string | undefined): WorkflowFile {
  let doc: unknown
  try {
    doc = text === undefined ? undefined : parse(text)
  } catch {
    doc = undefined
  }
  if (!isObject(doc)) return { name: undefined, dispatchInputs: undefined }
  const name = typeof doc.name === 'string' ? doc.name : undefined
  const on = doc.on
  const listed = typeof on === 'string' ? [on] : Array.isArray(on) ? on : undefined
  if (listed) {
    return { name, dispatchInputs: listed.includes('workflow_dispatch') ? {} : undefined }
  }
  const dispatch = isObject(on) && 'workflow_dispatch' in on
  return { name, dispatchInputs: dispatch ? inputsOf(on.workflow_dispatch) : undefined }
}

/** True for a file GitHub reads as a workflow: `.github/workflows/<name>.yml|yaml`, not in a subfolder. */
export function isWorkflowPath(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)
}
