// One dispatch sequence: a fake seeded with the sequence's `via: dispatch` workflows, each planned tick run as a runner
// runs `operation: dispatch` (two at once, killed part-way, under faults), the runs it created completed before the
// next tick (a run takes less than the ten minutes between ticks), the repository checked after every step; at the
// end the oracle compares the dispatches GitHub accepted with the occurrences that fell due.
import {
  startGitHubFake,
  type FaultOptions,
  type GitHubFake
} from '../../__fixtures__/github-fake/index.js'
import { dispatchFiles, isClean, type DispatchPlan, type TickStep } from './dispatch-plan.js'
import { judgeWorkflow } from './dispatch-oracle.js'
import {
  baseFindings,
  stateProblems,
  STATE_BRANCH,
  STATE_PATH,
  type Finding
} from './invariants.js'
import { type FaultKind } from './plan.js'
import { judgeReason } from './reasons.js'
import { faultSnapshot, type SoakContext } from './sequence.js'
import { crashLine, failureReason, spawnRun, type ChildRun } from './spawn-run.js'

const TOKEN = 'soak-token'
const BASE = 'main'
const DISPATCH_OP = 'actions/create-workflow-dispatch'
/** How often a kill on a condition looks at the fake. */
const POLL_MS = 1
/** How long after a kill the fake may still be reading the killed tick's last request. */
const SETTLE_MS = 25

/** Whether the condition of a kill point holds yet: the claim written, a dispatch applied. */
function killCondition(fake: GitHubFake, step: TickStep): (() => boolean) | undefined {
  const point = step.kill?.point
  if (point === 'claim-held') {
    const before = fake.fileAt(STATE_BRANCH, STATE_PATH)
    return () => fake.fileAt(STATE_BRANCH, STATE_PATH) !== before
  }
  if (point === 'dispatch-held' || point === 'after-dispatch') {
    const before = fake.dispatches().length
    return () => fake.dispatches().length > before
  }
  return undefined
}

async function spawnTick(fake: GitHubFake, ctx: SoakContext, step: TickStep, onKill?: () => void) {
  const condition = killCondition(fake, step)
  let poll: NodeJS.Timeout | undefined
  const run = await spawnRun({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    inputs: { token: TOKEN, operation: 'dispatch', mode: step.mode, used: '10' },
    now: step.at,
    clientTimeoutMs: ctx.clientTimeoutMs,
    hangCapMs: ctx.hangCapMs,
    bundle: ctx.bundle,
    ...(step.kill?.point === 'random' ? { killAfterMs: step.kill.ms } : {}),
    onStart: kill => {
      if (!condition) return
      poll = setInterval(() => {
        if (!condition()) return
        clearInterval(poll)
        onKill?.()
        kill()
      }, POLL_MS)
    }
  })
  clearInterval(poll)
  return run
}

/** The runs of the step's processes; two ticks at once take two permits together. */
async function execute(fake: GitHubFake, ctx: SoakContext, step: TickStep) {
  const count = step.kind === 'pair' ? 2 : 1
  const release = await ctx.permits.take(count)
  try {
    let conditionMet = false
    const runs = await Promise.all(
      Array.from({ length: count }, () => spawnTick(fake, ctx, step, () => (conditionMet = true)))
    )
    return { runs, conditionMet }
  } finally {
    release()
  }
}

function describe(step: TickStep): string {
  const kill = step.kill
    ? `, SIGKILL ${step.kill.point === 'random' ? `after ${step.kill.ms} ms` : step.kill.point}`
    : ''
  const faults = step.faults ? ` with ${step.faults.kinds.join('+')} on ${step.faults.target}` : ''
  return `${step.kind} at ${step.at} (${step.mode}${kill})${faults}`
}

/** Faults injected on the dispatch call in the requests from `from` on, by kind. */
function dispatchCallFaults(fake: GitHubFake, from: number): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of fake.requests.slice(from))
    if (r.operationId === DISPATCH_OP && r.injectedFault)
      counts[r.injectedFault] = (counts[r.injectedFault] ?? 0) + 1
  return counts
}

/** Completes every run still queued: the workflows' runs end before the next tick. */
function completeRuns(fake: GitHubFake): void {
  for (const run of fake.runs()) if (run.status !== 'completed') fake.completeRun(run.id, 'success')
}

function judgeTick(
  ctx: SoakContext,
  where: string,
  { step, clean }: { step: TickStep; clean: boolean },
  run: ChildRun,
  faults: Set<FaultKind>
) {
  const { tally } = ctx
  tally.dispatch.process(run)
  if (run.hung) tally.violation('hung', `${where}: no end after ${ctx.hangCapMs} ms (killed)`)
  if (run.killed || run.hung || run.code === 0) return
  const reason = failureReason(run.stdout)
  const judged = judgeReason(reason, {
    faults,
    overlapping: step.kind === 'pair',
    stateWasInvalid: false
  })
  const shown = (reason || `no ::error:: line; stderr: ${crashLine(run.stderr)}`)
    .replace(/\n/g, ' ⏎ ')
    .slice(0, 400)
  tally.dispatch.failure(
    `${judged.category}${judged.falseBecause ? ' — FALSE' : ''}`,
    `${where}: ${shown}`
  )
  if (judged.falseBecause)
    tally.violation('false-reason', `${where}: "${shown}" — ${judged.falseBecause}`)
  if (clean) tally.violation('clean-tick-failed', `${where}: ${shown}`)
}

/** After each step: the base branch untouched, no thread opened, the state valid. */
function repositoryFindings(
  fake: GitHubFake,
  files: Record<string, string>,
  head: string
): Finding[] {
  const findings = [
    ...baseFindings({ fake, base: { branch: BASE, head, files } }),
    ...fake
      .pulls()
      .map(p => ({ kind: 'thread-opened', detail: `pull request #${p.number} "${p.title}"` })),
    ...fake
      .issues()
      .map(i => ({ kind: 'thread-opened', detail: `issue #${i.number} "${i.title}"` }))
  ]
  const state = fake.fileAt(STATE_BRANCH, STATE_PATH)
  if (state !== undefined)
    findings.push(...stateProblems(state).map(detail => ({ kind: 'state-invalid', detail })))
  return findings
}

async function runStep(
  ctx: SoakContext,
  plan: DispatchPlan,
  fake: GitHubFake,
  index: number,
  watch: { files: Record<string, string>; head: string }
) {
  const step = plan.steps[index] as TickStep
  const where = `seed ${plan.seed} dispatch sequence ${plan.sequence} tick ${index + 1}/${plan.steps.length} ${describe(step)}`
  const { tally } = ctx
  tally.dispatch.step(step)
  const before = faultSnapshot(fake)
  const requestsBefore = fake.requests.length
  fake.setNow(step.at)
  if (step.faults) fake.setFaults(step.faults.options as unknown as FaultOptions)
  const { runs, conditionMet } = await execute(fake, ctx, step)
  // A killed tick's last request may still be in the fake's socket: let it land at this tick's clock.
  if (runs.some(r => r.killed || r.hung))
    await new Promise(resolve => setTimeout(resolve, SETTLE_MS))
  fake.setFaults(undefined)
  const met = Object.fromEntries(
    Object.entries(faultSnapshot(fake)).map(([k, n]) => [k, n - (before[k] ?? 0)])
  )
  tally.dispatch.faultsInjected(met, dispatchCallFaults(fake, requestsBefore))
  if (step.kill && step.kill.point !== 'random')
    tally.dispatch.killPoint(step.kill.point, conditionMet)
  const faults = new Set(Object.keys(met).filter(k => (met[k] ?? 0) > 0) as FaultKind[])
  // Clean as it ran: alone, not killed, no fault injected (a planned fault may not have been drawn).
  const clean = runs.length === 1 && !runs.some(r => r.killed || r.hung) && faults.size === 0
  for (const run of runs) judgeTick(ctx, where, { step, clean }, run, faults)
  completeRuns(fake)
  for (const f of repositoryFindings(fake, watch.files, watch.head))
    tally.violation(f.kind, `${where}: ${f.detail}`)
  return clean
}

/** Runs one dispatch sequence, then asks the oracle; everything goes into the tally. */
export async function soakDispatchSequence(ctx: SoakContext, plan: DispatchPlan): Promise<void> {
  const files = dispatchFiles(plan.workflows)
  const fake = await startGitHubFake({
    files,
    repo: `soak-dispatch-${plan.sequence}`,
    defaultBranch: BASE,
    now: plan.steps[0]?.at
  })
  const watch = { files, head: fake.branchHead(BASE) as string }
  try {
    const clean: boolean[] = []
    for (let i = 0; i < plan.steps.length; i++) clean.push(await runStep(ctx, plan, fake, i, watch))
    for (const [i, step] of plan.steps.entries())
      if (isClean(step) && !clean[i])
        ctx.tally.violation('soak-plan', `a planned clean tick met a fault: ${describe(step)}`)
    const where = `seed ${plan.seed} dispatch sequence ${plan.sequence}`
    for (const workflow of plan.workflows) {
      const verdict = judgeWorkflow(plan, workflow, {
        dispatches: fake.dispatches(),
        clean,
        base: BASE
      })
      ctx.tally.dispatch.verdict(verdict)
      const at = (t: number) => new Date(t).toISOString()
      for (const o of verdict.lost)
        ctx.tally.violation(
          'occurrence-lost-in-window',
          `${where}: ${workflow.id} ${at(o)} fell due inside a clean tick's catch-up window and no run was created for it by then`
        )
      for (const t of verdict.twice)
        ctx.tally.violation(
          'occurrence-dispatched-twice',
          `${where}: ${workflow.id} dispatched at ${at(t)} with no occurrence of its catch-up window left to account for it`
        )
      for (const m of verdict.malformed)
        ctx.tally.violation('dispatch-malformed', `${where}: ${workflow.id} ${m}`)
    }
    for (const v of fake.violations) ctx.tally.violation('api-contract', `${where}: ${v}`)
  } finally {
    await fake.close()
  }
}
