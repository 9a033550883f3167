// Cold start (issue 13): start-and-exit of `node dist/index.js` beside a labeler-style reference bundle
// (bench/fixtures/labeler-reference, see its README) and `node -e 0` as the floor. Each is run with no inputs and no
// GITHUB_* variables, so both bundles fail fast at input parsing; the rounds alternate so that a busy machine slows
// all three alike. Figures only; nothing here asserts a time. Reaches no network.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

const REFERENCE = 'bench/fixtures/labeler-reference/dist/index.js'
const WARM_UP = 3

interface Subject {
  name: string
  args: string[]
  /** The exit code and the line it prints when it stops at input parsing (undefined: the floor, exits 0). */
  expect?: { code: number; line: RegExp }
  bundle?: string
}

/** The floor, our bundle (`--ours PATH` times another build, e.g. the one before a change) and the reference. */
function subjects(ours: string): Subject[] {
  return [
    { name: '`node -e 0` (floor)', args: ['-e', '0'] },
    {
      name: `ours: \`node ${ours}\``,
      args: [ours],
      expect: { code: 1, line: /^::error::.*input 'token'.*$/m },
      bundle: ours
    },
    {
      name: 'reference: labeler-style bundle',
      args: [REFERENCE],
      expect: { code: 1, line: /^::error::.*configuration-path.*$/m },
      bundle: REFERENCE
    }
  ]
}

/** One start-and-exit, spawn to exit, in milliseconds. The environment carries PATH only: no INPUT_*, no GITHUB_*. */
function once(subject: Subject): { ms: number; code: number; stdout: string } {
  const started = performance.now()
  const child = spawnSync(process.execPath, subject.args, {
    env: { PATH: process.env.PATH },
    encoding: 'utf8'
  })
  const ms = performance.now() - started
  return { ms, code: child.status ?? 1, stdout: child.stdout }
}

/** Fails the bench when a subject does not stop where it should: a time for the wrong path means nothing. */
function check(subject: Subject): string {
  const run = once(subject)
  const expected = subject.expect ?? { code: 0, line: /^/ }
  const line = expected.line.exec(run.stdout)?.[0]
  if (run.code !== expected.code || line === undefined)
    throw new Error(`${subject.name} exited ${run.code}, printing: ${run.stdout.slice(0, 300)}`)
  return line
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

function size(path: string): string {
  const gz = gzipSync(readFileSync(path)).length
  return `${(statSync(path).size / 1024).toFixed(0)} KiB (${(gz / 1024).toFixed(0)} KiB gz)`
}

/** The chunks ncc split off beside an entry (`NNN.index.js`): each loaded only by the operation that imports it. */
function chunks(entry: string): string {
  const dir = dirname(entry)
  const files = readdirSync(dir).filter(f => /^\d+\.index\.js$/.test(f))
  if (files.length === 0) return 'Ours is one file, loaded whole at every start.'
  const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0)
  return `Ours loads its entry only; beside it ${files.length} chunks (${(bytes / 1024).toFixed(0)} KiB), each loaded by the operation that needs it.`
}

/** Times every subject `rounds` times, rotating which goes first in each round, after a few discarded warm-ups. */
function measure(all: Subject[], rounds: number): number[][] {
  const times: number[][] = all.map(() => [])
  for (let round = 0; round < WARM_UP + rounds; round++) {
    for (let k = 0; k < all.length; k++) {
      const i = (round + k) % all.length
      const { ms } = once(all[i] as Subject)
      if (round >= WARM_UP) times[i]?.push(ms)
    }
  }
  return times
}

/** The cold-start table in markdown: median, p90 and min per subject, above the floor, and the ratio ours/reference. */
export function coldStartReport(rounds = 30, ours = 'dist/index.js'): string {
  const all = subjects(ours)
  const failures = all.filter(s => s.expect).map(s => `${s.name}: ${check(s)}`)
  const times = measure(all, rounds)
  const median = times.map(t => percentile(t, 50))
  const [floor = 0, mine = 0, reference = 0] = median
  const rows = all.map((s, i) => {
    const t = times[i] ?? []
    const m = median[i] ?? 0
    const above = i === 0 ? '—' : `${(m - floor).toFixed(0)} ms`
    return `| ${s.name} | ${m.toFixed(0)} ms | ${percentile(t, 90).toFixed(0)} ms | ${Math.min(...t).toFixed(0)} ms | ${above} | ${s.bundle ? size(s.bundle) : '—'} |`
  })
  return [
    `Cold start: start-and-exit with no inputs (both bundles fail at input parsing), ${rounds} alternating rounds after ${WARM_UP} warm-ups, spawn to exit:\n`,
    '| run | median | p90 | min | above the floor (median) | bundle |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `Ratio ours/reference: ${(mine / reference).toFixed(2)} (medians); above the floor ${((mine - floor) / (reference - floor)).toFixed(2)}`,
    chunks(ours),
    `Where each stopped: ${failures.join('; ')}`
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flag = (name: string) => {
    const at = process.argv.indexOf(name)
    return at > 0 ? process.argv[at + 1] : undefined
  }
  console.log(coldStartReport(Number(flag('--rounds') ?? 30), flag('--ours')))
}
