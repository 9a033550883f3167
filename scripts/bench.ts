// npm run bench: figures for the demo run of the real bundle against the GitHub fake — API requests by method,
// wall time of `node dist/index.js`, bundle size. Figures only; nothing here asserts a time.
import { readFileSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { exampleFiles } from '../__fixtures__/example-repo.js'
import { startGitHubFake } from '../__fixtures__/github-fake/index.js'
import { runAction } from '../__fixtures__/run-action.js'
import { coldStartReport } from './bench-cold-start.js'

const ROUNDS = 5

interface Sample {
  ms: number
  byMethod: Record<string, number>
}

async function oneRun(
  inputs: Record<string, string>,
  now: string,
  previous?: string
): Promise<Sample> {
  const fake = await startGitHubFake({ files: exampleFiles() })
  try {
    const repository = `${fake.owner}/${fake.repo}`
    if (previous)
      await runAction({ apiUrl: fake.url, repository, inputs: { token: 't', used: previous }, now })
    const before = fake.requests.length
    const started = performance.now()
    const run = await runAction({
      apiUrl: fake.url,
      repository,
      inputs: { token: 't', ...inputs },
      now
    })
    const ms = performance.now() - started
    if (run.code !== 0) throw new Error(`the action failed: ${run.stdout}`)
    const byMethod: Record<string, number> = {}
    for (const r of fake.requests.slice(before)) {
      const kind = r.path === '/graphql' ? 'GraphQL' : r.method
      byMethod[kind] = (byMethod[kind] ?? 0) + 1
    }
    return { ms, byMethod }
  } finally {
    await fake.close()
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Requests measured on v0.1 (the last release before one commit per run), and DESIGN §14's targets. */
interface Yardstick {
  before: number
  target?: number
}

async function scenario(
  name: string,
  inputs: Record<string, string>,
  yardstick: Yardstick,
  previous?: string
): Promise<string> {
  const samples: Sample[] = []
  for (let i = 0; i < ROUNDS; i++)
    samples.push(await oneRun(inputs, '2025-11-12T02:24:00Z', previous))
  const methods = samples[0]?.byMethod ?? {}
  const total = Object.entries(methods)
    .filter(([kind]) => kind !== 'GraphQL')
    .reduce((sum, [, n]) => sum + n, 0)
  const perMethod = Object.entries(methods)
    .map(([m, n]) => `${m} ${n}`)
    .join(', ')
  const times = samples.map(s => s.ms)
  const target = yardstick.target === undefined ? '—' : `≤ ${yardstick.target}`
  const verdict =
    yardstick.target === undefined ? '' : total <= yardstick.target ? ' ✓' : ' ✗ over target'
  return `| ${name} | ${yardstick.before} | ${total} (${perMethod})${verdict} | ${target} | ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}) |`
}

function size(path: string): string {
  const bytes = statSync(path).size
  const gz = gzipSync(readFileSync(path)).length
  return `${(bytes / 1024).toFixed(0)} KiB (${(gz / 1024).toFixed(0)} KiB gzipped)`
}

console.log(
  `Demo runs of node dist/index.js against the GitHub fake, ${ROUNDS} rounds each (median wall time, spawn to exit):\n`
)
const CHANGED = 6
console.log(
  '| run | REST requests before (v0.1) | REST requests now (by method; GraphQL queries apart) | REST target | wall time |'
)
console.log('|---|---|---|---|---|')
// The v0.1 figures and the N + 10 target are for the schedule run; `max-api-calls: 0` turns the runs ingestion off so
// the rows compare like with like. The rows after them are the same runs with the ingestion on (its first read of six
// workflows' runs, then a steady day), which DESIGN §14 measures against 2 × new runs + 10 instead.
const off = { 'max-api-calls': '0' }
console.log(
  await scenario(
    `first run: ${CHANGED} workflows change, PR created (schedule run, ingestion off)`,
    { used: '300', ...off },
    { before: 30, target: CHANGED + 10 }
  )
)
console.log(
  await scenario(
    'identical second run: nothing new (ingestion off)',
    { used: '300', ...off },
    { before: 19, target: 8 },
    '300'
  )
)
console.log(
  await scenario(
    'usage critical: PR updated, alert issue opened (ingestion off)',
    { used: '1400', ...off },
    { before: 32, target: CHANGED + 10 },
    '300'
  )
)
console.log(
  await scenario(
    `first run with the first runs ingestion of ${CHANGED} workflows (0 runs on the fake)`,
    { used: '300' },
    { before: 30 }
  )
)
console.log(
  await scenario(
    'identical second run with ingestion (no new runs)',
    { used: '300' },
    { before: 19, target: 2 * 0 + 10 },
    '300'
  )
)
console.log(
  await scenario('dry run: reads only', { used: '1400', 'dry-run': 'true' }, { before: 12 })
)
console.log(
  `\nBundle: dist/index.js ${size('dist/index.js')}; dist/cli/index.js ${size('dist/cli/index.js')}`
)
console.log(`\n${coldStartReport()}`)
