// npm run bench:dispatch: the REST calls and the wall time of dispatch ticks (DESIGN §12, §14) — the real bundle run
// against the GitHub fake, as a runner runs it: a tick with nothing due (target ≤ 4 REST calls), one with one
// workflow due, one with ten due. GraphQL queries are counted apart. Figures only; nothing here asserts a time.
import { startGitHubFake, type GitHubFake } from '../__fixtures__/github-fake/index.js'
import { runAction } from '../__fixtures__/run-action.js'

const T0 = '2025-03-03T10:30:00Z'
const ROUNDS = 3

const workflowFile = (id: string) =>
  `name: ${id}\non:\n  workflow_dispatch:\njobs:\n  work:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${id}\n`

/**
 * Ten `via: dispatch` workflows, the first `due` of them due at 10:0x, the others on 1 January; and `warm`, due at
 * 09:50, which the unmeasured first tick dispatches so that the measured one starts from a state with a tick in it.
 */
function files(due: number): Record<string, string> {
  const ids = [...Array.from({ length: 10 }, (_, i) => `w${i}`), 'warm']
  const cron = (i: number) => (i === 10 ? '50 9 * * *' : i < due ? `${i} 10 * * *` : `${i} 3 1 1 *`)
  const config = ids
    .map(
      (id, i) =>
        `  ${id}:\n    path: .github/workflows/${id}.yml\n    via: dispatch\n    schedules:\n      aggressive: '${cron(i)}'\n      normal: '${cron(i)}'\n      conservative: '${cron(i)}'\n`
    )
    .join('')
  return {
    '.github/orchestrator.yml': `workflows:\n${config}`,
    ...Object.fromEntries(ids.map(id => [`.github/workflows/${id}.yml`, workflowFile(id)]))
  }
}

async function tick(fake: GitHubFake, now: string) {
  fake.setNow(now)
  const before = fake.requests.length
  const started = performance.now()
  const run = await runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    inputs: { token: 't', operation: 'dispatch', mode: 'normal', used: '10' },
    now,
    ...(process.env.DISPATCH_BUNDLE ? { bundle: process.env.DISPATCH_BUNDLE } : {})
  })
  const ms = performance.now() - started
  if (run.code !== 0) throw new Error(`tick failed: ${run.stdout}${run.stderr}`)
  const made = fake.requests.slice(before)
  const rest = made.filter(r => r.path !== '/graphql')
  const byMethod = new Map<string, number>()
  for (const r of rest) byMethod.set(r.method, (byMethod.get(r.method) ?? 0) + 1)
  const methods = [...byMethod].map(([m, n]) => `${n} ${m}`).join(', ')
  const dispatched = JSON.parse(run.outputs.dispatched ?? '[]') as unknown[]
  return {
    rest: rest.length,
    graphql: made.length - rest.length,
    methods,
    ms,
    dispatched: dispatched.length
  }
}

/** One case: a fresh fake; a first tick at 09:55 dispatches `warm` (not measured), the measured one runs at 10:30. */
async function measure(due: number) {
  const rounds = []
  for (let i = 0; i < ROUNDS; i++) {
    const fake = await startGitHubFake({ files: files(due), now: T0 })
    try {
      await tick(fake, '2025-03-03T09:55:00Z')
      rounds.push(await tick(fake, T0))
    } finally {
      await fake.close()
    }
  }
  const ms = rounds.map(r => r.ms).sort((a, b) => a - b)
  return { ...rounds[0]!, ms: ms[Math.floor(ms.length / 2)] ?? 0 }
}

const CASES = [
  { name: 'nothing due', due: 0, target: '≤ 4' },
  { name: 'one due', due: 1, target: '—' },
  { name: 'ten due', due: 10, target: '—' }
]

console.log(
  '| tick | dispatched | REST calls (by method) | GraphQL queries | REST target | wall time (median of 3) |'
)
console.log('|---|---|---|---|---|---|')
for (const c of CASES) {
  const r = await measure(c.due)
  console.log(
    `| ${c.name} | ${r.dispatched} | ${r.rest} (${r.methods || 'none'}) | ${r.graphql} | ${c.target} | ${r.ms.toFixed(0)} ms |`
  )
}
