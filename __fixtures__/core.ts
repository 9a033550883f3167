import { jest } from '@jest/globals'
import type * as core from '@actions/core'

/**
 * A stand-in for @actions/core that records what the action tells the runner, installed with
 * jest.unstable_mockModule before `main` is imported (the typescript-action pattern). Inputs come from `inputs`.
 */
export const inputs: Record<string, string> = {}
export const outputs: Record<string, string> = {}
export const failures: string[] = []
export const summaries: string[] = []

const summary = {
  addRaw(text: string) {
    summaries.push(text)
    return summary
  },
  write: async () => summary
}

export const fakeCore = {
  getInput: (name: string) => inputs[name] ?? '',
  setOutput: (name: string, value: unknown) => {
    outputs[name] = String(value)
  },
  setFailed: (message: string | Error) => {
    failures.push(String(message))
  },
  info: jest.fn<typeof core.info>(),
  warning: jest.fn<typeof core.warning>(),
  startGroup: jest.fn<typeof core.startGroup>(),
  endGroup: jest.fn<typeof core.endGroup>(),
  group: <T>(_name: string, work: () => Promise<T>) => work(),
  summary
}

/** Forgets everything recorded, for the next test. */
export function resetCore(next: Record<string, string>): void {
  for (const record of [inputs, outputs]) for (const key of Object.keys(record)) delete record[key]
  failures.length = 0
  summaries.length = 0
  Object.assign(inputs, next)
}
