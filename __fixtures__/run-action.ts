import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'

/** What a runner would see after the step: exit code, logs, outputs and the job summary. */
export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

interface ActionYaml {
  inputs: Record<string, { default?: string }>
}

/** The inputs a runner passes when the workflow gives none: action.yml's defaults (the token comes from the caller). */
export function defaultInputs(): Record<string, string> {
  const action = parse(readFileSync('action.yml', 'utf8')) as ActionYaml
  return Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([name]) => name !== 'token')
      .map(([name, spec]) => [name, spec.default ?? ''])
  )
}

/** Reads the GITHUB_OUTPUT file format: `name<<DELIMITER`, the value's lines, then DELIMITER. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const end = lines.indexOf(match[2] as string, i + 1)
    outputs[match[1] as string] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}

/** Runs `dist/index.js` as a runner does: a child process with INPUT_* (hyphens kept) and the GITHUB_* files. */
export async function runAction(options: {
  apiUrl: string
  repository: string
  inputs: Record<string, string>
  eventName?: string
  bundle?: string
  /** Pins the action's clock (ORCHESTRATOR_NOW); default the worked example's instant. */
  now?: string
}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputs = { ...defaultInputs(), ...options.inputs }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'schedule',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    ORCHESTRATOR_BACKOFF_MS: '5',
    ORCHESTRATOR_WRITE_SPACING_MS: '0',
    ORCHESTRATOR_NOW: options.now ?? '2025-11-12T02:24:00Z',
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    )
  }
  const child = spawn(process.execPath, [options.bundle ?? 'dist/index.js'], { env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const code = await new Promise<number>(resolve =>
    child.on('close', status => resolve(status ?? 1))
  )
  const run = {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8')
  }
  rmSync(dir, { recursive: true, force: true })
  return run
}
