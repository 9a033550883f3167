// The soak's printed table: runs, faults by kind, failed runs by reason, violations by kind with the first examples.
import { type Tally } from './tally.js'

/** How the soak was run, for the heading. */
export interface SoakSettings {
  runs: number
  seed: number
  repos: number
  concurrency: number
  seconds: number
  clientTimeoutMs: number
  slowMs: number
  /** sha256 of the dist/index.js the soak ran (a snapshot taken at the start). */
  bundleHash: string
  kinds: readonly string[]
}

const pad = (text: string, width: number) => text.padEnd(width)

function listed(record: Record<string, number>): string {
  const entries = Object.entries(record).sort(([a], [b]) => a.localeCompare(b))
  return entries.length === 0 ? '—' : entries.map(([k, n]) => `${k} ${n}`).join(', ')
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0
}

function printRuns(tally: Tally): void {
  const rows: Array<[string, string]> = [
    ['runs of dist/index.js', `${tally.runs} (+ ${tally.referenceRuns} clean reference runs)`],
    ['steps', listed(tally.steps)],
    ['succeeded', String(tally.succeeded)],
    ['failed', String(tally.failed)],
    ['killed part-way (SIGKILL)', String(tally.killed)],
    ['modes of succeeded runs', listed(tally.modes)],
    ['statuses of succeeded runs', listed(tally.statuses)],
    [
      'run wall time',
      `median ${percentile(tally.runMs, 0.5).toFixed(0)} ms, p95 ${percentile(tally.runMs, 0.95).toFixed(0)} ms, max ${Math.max(0, ...tally.runMs).toFixed(0)} ms`
    ]
  ]
  for (const [name, value] of rows) console.log(`  ${pad(name, 28)} ${value}`)
}

function printFaults(tally: Tally, kinds: readonly string[]): void {
  console.log(
    `\nFaults injected by kind (${Object.values(tally.faults).reduce((a, b) => a + b, 0)} in all):`
  )
  console.log(`  ${pad('kind', 24)} ${pad('steps asking', 13)} injected`)
  for (const kind of new Set([...kinds, ...Object.keys(tally.faults)])) {
    const asked = tally.asked[kind] ?? 0
    const injected = tally.faults[kind] ?? 0
    const note =
      asked > 0 && injected === 0
        ? '   ← asked for but never injected: the fake lacks this kind?'
        : ''
    console.log(`  ${pad(kind, 24)} ${pad(String(asked), 13)} ${injected}${note}`)
  }
}

function printKinds(title: string, kinds: Tally['failures']): void {
  const total = [...kinds.values()].reduce((n, k) => n + k.count, 0)
  console.log(`\n${title} (${total} in all)${total === 0 ? ': none' : ':'}`)
  const sorted = [...kinds.entries()].sort(([, a], [, b]) => b.count - a.count)
  for (const [kind, { count, examples }] of sorted) {
    console.log(`  ${pad(kind, 40)} ${count}`)
    for (const example of examples) console.log(`      · ${example}`)
  }
}

/** Prints the soak's table. */
export function printReport(tally: Tally, settings: SoakSettings): void {
  console.log(
    `Soak: seed ${settings.seed}, ${tally.runs} runs over ${settings.repos} repositories, concurrency ${settings.concurrency}, ` +
      `${settings.seconds.toFixed(1)} s (client timeout ${settings.clientTimeoutMs} ms, slow answers ${settings.slowMs} ms; index.js sha256 ${settings.bundleHash}…)\n`
  )
  printRuns(tally)
  printFaults(tally, settings.kinds)
  printKinds('Failed runs by reason (FALSE: the reason is untrue)', tally.failures)
  printKinds('Violations by kind', tally.violations)
  console.log(
    tally.violationCount === 0 ? '\nNo violations.' : `\n${tally.violationCount} violations.`
  )
}
