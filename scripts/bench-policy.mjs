// The policy benchmark: every scenario in examples/scenarios replayed under both policies by the bundled CLI
// (dist/cli/index.js, committed, so this works on a fresh clone after `npm ci`), side by side.
//   npm run bench:policy                 the scenarios with their own seeds
//   npm run bench:policy -- --seeds 20   also each scenario over 20 seeds (seed, seed+1, …), to see the spread
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const CLI = 'dist/cli/index.js'
const DIR = 'examples/scenarios'
const GAP = 5 // the aim: end within 5 points of the most the scenario allows without overage
const MAX_CHANGES = 6
const charts = mkdtempSync(join(tmpdir(), 'bench-policy-'))
const run = promisify(execFile)

function seedsWanted() {
  const i = process.argv.indexOf('--seeds')
  if (i === -1) return 0
  const n = Number(process.argv[i + 1])
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--seeds needs a whole number ≥ 1, got '${process.argv[i + 1]}'`)
  return n
}

async function simulate(file, seed) {
  const name = file.replace(/\.ya?ml$/, '')
  const args = [CLI, 'simulate', '--root', 'examples', '--scenario', join(DIR, file), '--json']
  args.push('--out', join(charts, `${name}${seed === undefined ? '' : `-${seed}`}.svg`))
  if (seed !== undefined) args.push('--seed', String(seed))
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 })
  return JSON.parse(stdout)
}

/** Runs the jobs a few at a time (one per core); results keep the jobs' order. */
async function pool(jobs) {
  const results = new Array(jobs.length)
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++
      results[i] = await jobs[i]()
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker))
  return results
}

const pct = n => `${n.toFixed(1)}%`
const cell = (text, width, left = false) => (left ? text.padEnd(width) : text.padStart(width))
const byPolicy = (sim, policy) => sim.results.find(r => r.policy === policy)
/** The aim: no overage, and within GAP points of min(100%, always-aggressive). */
const reached = (sim, result) =>
  result.overage === 0 && sim.ceilingPercent - result.percentAtReset <= GAP

function row(sim) {
  const [t, g] = [byPolicy(sim, 'thresholds'), byPolicy(sim, 'target')]
  const gap = sim.ceilingPercent - g.percentAtReset
  const mark = reached(sim, g) ? '' : ' ✗'
  return [
    cell(sim.scenario, 18, true),
    cell(pct(sim.ceilingPercent), 8),
    cell(pct(t.percentAtReset), 10),
    cell(t.overage.toFixed(0), 8),
    cell(String(t.scheduleChanges), 8),
    cell(pct(g.percentAtReset), 10),
    cell(g.overage.toFixed(0), 8),
    cell(String(g.scheduleChanges), 8),
    cell(`${gap.toFixed(1)}${mark}`, 9)
  ].join(' ')
}

function aggregate(sims, policy) {
  const runs = sims.map(s => byPolicy(s, policy))
  const mean = runs.reduce((sum, r) => sum + r.percentAtReset, 0) / runs.length
  const over = runs.filter(r => r.overage > 0).length
  const changes = runs.map(r => r.scheduleChanges)
  const within = sims.filter(s => reached(s, byPolicy(s, policy))).length
  return (
    `${cell(policy, 10, true)} mean utilization ${pct(mean)}, scenarios with overage ${over} of ${runs.length}, ` +
    `schedule changes ${changes.reduce((a, b) => a + b, 0)} in all (at most ${Math.max(...changes)} a period), ` +
    `within ${GAP} points of the ceiling in ${within} of ${runs.length}`
  )
}

function table(sims) {
  const head = [
    cell('Scenario', 18, true),
    cell('Ceiling', 8),
    cell('Thr. end', 10),
    cell('overage', 8),
    cell('changes', 8),
    cell('Tgt. end', 10),
    cell('overage', 8),
    cell('changes', 8),
    cell('gap', 9)
  ].join(' ')
  console.log(head)
  console.log('-'.repeat(head.length))
  for (const sim of sims) console.log(row(sim))
  console.log('')
  console.log(aggregate(sims, 'thresholds'))
  console.log(aggregate(sims, 'target'))
}

function spread(file, sims) {
  const line = policy => {
    const shares = sims.map(s => byPolicy(s, policy).percentAtReset)
    const over = sims.filter(s => byPolicy(s, policy).overage > 0).length
    const changes = Math.max(...sims.map(s => byPolicy(s, policy).scheduleChanges))
    const many = sims.filter(s => byPolicy(s, policy).scheduleChanges > MAX_CHANGES).length
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length
    return (
      `${pct(mean)} (${pct(Math.min(...shares))}–${pct(Math.max(...shares))}), ` +
      `within ${GAP} pts ${sims.filter(s => reached(s, byPolicy(s, policy))).length}/${sims.length}, overage ${over}/${sims.length}, ` +
      `changes ≤ ${changes} (> ${MAX_CHANGES}: ${many})`
    )
  }
  console.log(`${cell(file.replace(/\.ya?ml$/, ''), 18, true)} thresholds ${line('thresholds')}`)
  console.log(`${cell('', 18, true)} target     ${line('target')}`)
}

const files = readdirSync(DIR)
  .filter(f => /\.ya?ml$/.test(f))
  .sort()
const started = Date.now()
const sims = await pool(files.map(f => () => simulate(f)))
console.log(
  `Policy benchmark: ${files.length} scenarios in ${DIR}, thresholds vs target (charts in ${charts})\n`
)
table(sims)
console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`)

const n = seedsWanted()
if (n > 0) {
  const started = Date.now()
  console.log(
    `\nOver ${n} seeds each (the scenario's seed and the next ${n - 1}): mean (min–max) at the reset`
  )
  const jobs = sims.flatMap((sim, i) =>
    Array.from({ length: n }, (_, k) => () => simulate(files[i], sim.seed + k))
  )
  const all = await pool(jobs)
  files.forEach((file, i) => spread(file, all.slice(i * n, (i + 1) * n)))
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`)
}
