// One repository's sequence: a fake seeded with examples/, each step run with its faults, the invariants checked
// after every step, and the end state compared with a clean repository's after the final run.
import {
  startGitHubFake,
  type FaultOptions,
  type GitHubFake
} from '../../__fixtures__/github-fake/index.js'
import { convergenceFindings } from './converge.js'
import { type Rewrites } from './expected.js'
import {
  checkRepository,
  sampleKey,
  stateProblems,
  STATE_BRANCH,
  STATE_PATH,
  type Finding,
  type RepoWatch
} from './invariants.js'
import { type FaultKind, type RunSpec, type SequencePlan, type Step } from './plan.js'
import { type Permits } from './pool.js'
import { judgeReason } from './reasons.js'
import { crashLine, failureReason, spawnRun, type ChildRun } from './spawn-run.js'
import { type Tally } from './tally.js'

/** What every sequence shares. */
export interface SoakContext {
  permits: Permits
  tally: Tally
  files: Record<string, string>
  rewrites: Rewrites
  clientTimeoutMs: number
  hangCapMs: number
  bundle: string
}

const TOKEN = 'soak-token'

/** Faults injected so far, by kind: the fake's own counter, or its request log where the fake has no counter yet. */
export function faultSnapshot(fake: GitHubFake): Record<string, number> {
  const counter = (fake as { faultCounts?: () => Record<string, number> }).faultCounts
  if (typeof counter === 'function') return { ...counter.call(fake) }
  const counts: Record<string, number> = {}
  for (const r of fake.requests)
    if (r.injectedFault) counts[r.injectedFault] = (counts[r.injectedFault] ?? 0) + 1
  return counts
}

function delta(
  after: Record<string, number>,
  before: Record<string, number>
): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([k, n]) => [k, n - (before[k] ?? 0)]))
}

async function spawnOn(fake: GitHubFake, ctx: SoakContext, run: RunSpec, killAfterMs?: number) {
  return spawnRun({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    inputs: { token: TOKEN, used: String(run.used) },
    now: run.now,
    clientTimeoutMs: ctx.clientTimeoutMs,
    hangCapMs: ctx.hangCapMs,
    bundle: ctx.bundle,
    killAfterMs
  })
}

/** Runs a step's child processes; two runs at once take two permits together. */
async function execute(
  fake: GitHubFake,
  ctx: SoakContext,
  step: Step
): Promise<Array<[RunSpec, ChildRun]>> {
  const specs = step.kind === 'pair' ? step.runs : [step.run]
  const release = await ctx.permits.take(specs.length)
  try {
    const killAfter = step.kind === 'kill' ? step.killAfterMs : undefined
    const runs = await Promise.all(specs.map(spec => spawnOn(fake, ctx, spec, killAfter)))
    return specs.map((spec, i) => [spec, runs[i] as ChildRun])
  } finally {
    release()
  }
}

function describe(step: Step): string {
  const faults = 'faults' in step && step.faults ? ` with ${step.faults.kinds.join('+')}` : ''
  const specs = step.kind === 'pair' ? step.runs : [step.run]
  const runs = specs.map(s => `used ${s.used} at ${s.now}`).join(' and ')
  const kill = step.kind === 'kill' ? `, SIGKILL after ${step.killAfterMs} ms` : ''
  return `${step.kind} (${runs}${kill})${faults}`
}

function stateIsInvalid(fake: GitHubFake): boolean {
  const text = fake.fileAt(STATE_BRANCH, STATE_PATH)
  return text !== undefined && stateProblems(text).length > 0
}

/** Counts one child's outcome and judges its reason when it failed; returns its sample when it succeeded. */
function judgeRun(
  ctx: SoakContext,
  where: string,
  step: Step,
  spec: RunSpec,
  run: ChildRun,
  context: Parameters<typeof judgeReason>[1]
): string | undefined {
  const { tally } = ctx
  tally.run({ ...run, mode: run.outputs.mode, status: run.outputs.status })
  if (run.hung) tally.violation('hung', `${where}: no end after ${ctx.hangCapMs} ms (killed)`)
  if (run.killed || run.hung) return undefined
  if (run.code === 0) return sampleKey(spec.now, spec.used)
  const reason = failureReason(run.stdout)
  const judged = judgeReason(reason, context)
  const shown = (reason || `no ::error:: line; stderr: ${crashLine(run.stderr)}`)
    .replace(/\n/g, ' ⏎ ')
    .slice(0, 400)
  tally.failure(`${judged.category}${judged.falseBecause ? ' — FALSE' : ''}`, `${where}: ${shown}`)
  if (judged.falseBecause)
    tally.violation('false-reason', `${where}: "${shown}" — ${judged.falseBecause}`)
  if (step.kind === 'final') tally.violation('final-run-failed', `${where}: ${shown}`)
  return undefined
}

/** A fresh repository, one fault-free run with the final inputs: what the soaked repository should end as. */
async function cleanReference(ctx: SoakContext, plan: SequencePlan, spec: RunSpec) {
  const fake = await startGitHubFake({
    files: ctx.files,
    repo: `soak-${plan.repo}`,
    defaultBranch: 'main'
  })
  const release = await ctx.permits.take(1)
  try {
    ctx.tally.referenceRuns++
    return { fake, run: await spawnOn(fake, ctx, spec) }
  } finally {
    release()
  }
}

async function converge(
  ctx: SoakContext,
  plan: SequencePlan,
  watch: RepoWatch,
  final: [RunSpec, ChildRun],
  given: Set<string>
): Promise<Finding[]> {
  const clean = await cleanReference(ctx, plan, final[0])
  try {
    if (clean.run.code !== 0)
      return [{ kind: 'reference-run-failed', detail: failureReason(clean.run.stdout) }]
    return convergenceFindings(
      { fake: watch.fake, run: final[1] },
      clean,
      ctx.rewrites.paths,
      given
    )
  } finally {
    await clean.fake.close()
  }
}

async function runStep(
  ctx: SoakContext,
  plan: SequencePlan,
  watch: RepoWatch,
  index: number,
  given: Set<string>
) {
  const step = plan.steps[index] as Step
  const where = `seed ${plan.seed} repo ${plan.repo} step ${index + 1}/${plan.steps.length} ${describe(step)}`
  const { fake } = watch
  ctx.tally.step(step.kind, 'faults' in step && step.faults ? step.faults.kinds : [])
  const before = faultSnapshot(fake)
  const stateWasInvalid = stateIsInvalid(fake)
  if ('faults' in step && step.faults)
    fake.setFaults(step.faults.options as unknown as FaultOptions)
  const runs = await execute(fake, ctx, step)
  fake.setFaults(undefined)
  const met = delta(faultSnapshot(fake), before)
  ctx.tally.faultsInjected(met)
  const faults = new Set(Object.keys(met).filter(k => (met[k] ?? 0) > 0) as FaultKind[])
  const context = { faults, overlapping: step.kind === 'pair', stateWasInvalid }
  for (const [spec] of runs) given.add(sampleKey(spec.now, spec.used))
  const succeeded = runs.flatMap(
    ([spec, run]) => judgeRun(ctx, where, step, spec, run, context) ?? []
  )
  const findings = checkRepository(watch, succeeded)
  if (step.kind === 'final')
    findings.push(...(await converge(ctx, plan, watch, runs[0] as [RunSpec, ChildRun], given)))
  for (const f of findings) ctx.tally.violation(f.kind, `${where}: ${f.detail}`)
}

/** Runs one repository's sequence and records everything in the tally. */
export async function soakRepository(ctx: SoakContext, plan: SequencePlan): Promise<void> {
  const fake = await startGitHubFake({
    files: ctx.files,
    repo: `soak-${plan.repo}`,
    defaultBranch: 'main'
  })
  const watch: RepoWatch = {
    fake,
    base: { branch: 'main', head: fake.branchHead('main') as string, files: ctx.files },
    rewrites: ctx.rewrites,
    recorded: new Set()
  }
  const given = new Set<string>()
  try {
    for (let i = 0; i < plan.steps.length; i++) await runStep(ctx, plan, watch, i, given)
    for (const v of fake.violations)
      ctx.tally.violation('api-contract', `seed ${plan.seed} repo ${plan.repo}: ${v}`)
  } finally {
    await fake.close()
  }
}
