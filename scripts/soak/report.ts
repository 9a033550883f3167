// The soak's printed table: runs, faults by kind, failed runs by reason, the dispatch ticks and the oracle's figures,
// violations by kind with the first examples.
import { type Tally } from './tally.js'

/** How the soak was run, for the heading. */
export interface SoakSettings {
  runs: number
  seed: number
  repos: number
  /** Dispatch sequences run (dispatch-sequence.ts). */
  dispatchSequences: number
  concurrency: number
  seconds: number
  /** When the repositories' runs and the dispatch ticks were done, in seconds from the start. */
  lanes: { runs: number; ticks: number }
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

function printDispatch(tally: Tally, sequences: number): void {
  const d = tally.dispatch
  console.log(
    `\nDispatch ticks (operation: dispatch): ${d.ticks} ticks, ${d.processes} runs of dist/index.js, over ${sequences} sequences`
  )
  const kills = Object.entries(d.killPoints)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([point, k]) => `${point} ${k.reached}/${k.planned} reached`)
  const rows: Array<[string, string]> = [
    ['ticks', listed(d.steps)],
    ['ticks with faults, aimed at', listed(d.targets)],
    ['succeeded', String(d.succeeded)],
    ['failed', String(d.failedCount)],
    [
      'killed part-way (SIGKILL)',
      `${d.killed} (random moment ${d.randomKills}; ${kills.join(', ') || 'no kill on a condition'})`
    ],
    ['faults injected', listed(d.faults)],
    ['  of them on the dispatch call', listed(d.dispatchCallFaults)],
    [
      'tick wall time',
      `median ${percentile(d.tickMs, 0.5).toFixed(0)} ms, p95 ${percentile(d.tickMs, 0.95).toFixed(0)} ms, max ${Math.max(0, ...d.tickMs).toFixed(0)} ms`
    ]
  ]
  for (const [name, value] of rows) console.log(`  ${pad(name, 30)} ${value}`)
  printKinds('  Failed ticks by reason (FALSE: the reason is untrue)', d.failures)
  console.log(
    "\n  The oracle (cron-parser on the config's crons, the planned ticks, the runs the fake created):"
  )
  const oracle: Array<[string, string]> = [
    ['occurrences that fell due', String(d.due)],
    [
      "  inside a clean tick's catch-up window",
      `${d.required} (each must be dispatched by that tick)`
    ],
    [
      "  outside every clean tick's window",
      `${d.outside} (missed allowed; ${d.outsideDispatched} dispatched all the same)`
    ],
    ['dispatches (runs created)', String(d.dispatches)],
    ['occurrences dispatched twice', String(d.twice)],
    ['occurrences lost inside the window', String(d.lost)],
    ['dispatches with a wrong ref/inputs', String(d.malformed)]
  ]
  for (const [name, value] of oracle) console.log(`  ${pad(name, 42)} ${value}`)
}

/** Prints the soak's table. */
export function printReport(tally: Tally, settings: SoakSettings): void {
  console.log(
    `Soak: seed ${settings.seed}, ${tally.runs} runs over ${settings.repos} repositories and ${tally.dispatch.processes} dispatch ticks over ${settings.dispatchSequences} sequences, concurrency ${settings.concurrency}, ` +
      `${settings.seconds.toFixed(1)} s (runs done at ${settings.lanes.runs.toFixed(1)} s, ticks at ${settings.lanes.ticks.toFixed(1)} s; client timeout ${settings.clientTimeoutMs} ms, slow answers ${settings.slowMs} ms; index.js sha256 ${settings.bundleHash}…)\n`
  )
  printRuns(tally)
  printFaults(tally, settings.kinds)
  printKinds('Failed runs by reason (FALSE: the reason is untrue)', tally.failures)
  if (settings.dispatchSequences > 0) printDispatch(tally, settings.dispatchSequences)
  printKinds('Violations by kind', tally.violations)
  console.log(
    tally.violationCount === 0 ? '\nNo violations.' : `\n${tally.violationCount} violations.`
  )
}
