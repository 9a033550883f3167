// Runs dist/index.js the way a runner does (as __fixtures__/run-action.ts does), with two additions the soak needs: a
// SIGKILL after a delay (a runner cancelled part-way) and a hard cap that reports a run that never ends as hung.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultInputs, parseOutputFile } from '../../__fixtures__/run-action.js'

/** How one child process ended, and what a runner would have kept of it. */
export interface ChildRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  /** Killed on purpose (the `killAfterMs` delay). */
  killed: boolean
  /** Killed by the cap: the run did not end by itself. */
  hung: boolean
  ms: number
}

export interface SpawnOptions {
  apiUrl: string
  repository: string
  inputs: Record<string, string>
  now: string
  /** The client's per-request deadline (ORCHESTRATOR_TIMEOUT_MS). */
  clientTimeoutMs: number
  /** The bundle to run: a snapshot of dist/index.js, so a rebuild during the soak changes nothing. */
  bundle: string
  killAfterMs?: number
  /** Called once the child is started with the function that kills it (SIGKILL), for kills on a condition. */
  onStart?: (kill: () => void) => void
  hangCapMs: number
}

function environment(options: SpawnOptions, dir: string): NodeJS.ProcessEnv {
  const inputs = { ...defaultInputs(), ...options.inputs }
  return {
    PATH: process.env.PATH,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    ORCHESTRATOR_BACKOFF_MS: '1',
    ORCHESTRATOR_WRITE_SPACING_MS: '0',
    ORCHESTRATOR_TIMEOUT_MS: String(options.clientTimeoutMs),
    ORCHESTRATOR_NOW: options.now,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    )
  }
}

/** Spawns `node dist/index.js` and waits for it to end (or be killed). */
export async function spawnRun(options: SpawnOptions): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), 'soak-run-'))
  writeFileSync(join(dir, 'output'), '')
  writeFileSync(join(dir, 'summary.md'), '')
  const started = performance.now()
  const child = spawn(process.execPath, [options.bundle], { env: environment(options, dir) })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  let killed = false
  let hung = false
  const kill = options.killAfterMs
    ? setTimeout(() => (killed = child.kill('SIGKILL')), options.killAfterMs)
    : undefined
  const cap = setTimeout(() => (hung = child.kill('SIGKILL')), options.hangCapMs)
  options.onStart?.(() => {
    if (child.exitCode === null && child.signalCode === null) killed = child.kill('SIGKILL')
  })
  const code = await new Promise<number>(resolve =>
    child.on('close', status => resolve(status ?? 137))
  )
  clearTimeout(kill)
  clearTimeout(cap)
  const outputs = parseOutputFile(readFileSync(join(dir, 'output'), 'utf8'))
  rmSync(dir, { recursive: true, force: true })
  return { code, stdout, stderr, outputs, killed, hung, ms: performance.now() - started }
}

/** A snapshot of dist/ in a temporary directory (others may rebuild dist/ while the soak runs); remove it after. */
export function snapshotBundle(dist = 'dist'): {
  bundle: string
  hash: string
  remove: () => void
} {
  const dir = mkdtempSync(join(tmpdir(), 'soak-dist-'))
  cpSync(dist, dir, { recursive: true })
  const bundle = join(dir, 'index.js')
  const hash = createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 12)
  return { bundle, hash, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The reason `core.setFailed` printed (`::error::…`, with the runner's escapes undone); '' when none. */
export function failureReason(stdout: string): string {
  const lines = stdout.split('\n').filter(l => l.startsWith('::error'))
  return lines
    .map(l => l.replace(/^::error[^:]*::/, ''))
    .map(l => l.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
    .join('\n')
}

/** What a run that ended without `::error::` left on stderr: its first error line (an uncaught exception). */
export function crashLine(stderr: string): string {
  const lines = stderr.split('\n').map(l => l.trim())
  return lines.find(l => /error/i.test(l)) ?? lines.find(l => l !== '') ?? ''
}
