// The dispatch soak's oracle: from the config's crons (read with cron-parser, not with the product's cron code), the
// plan's ticks (their times, the mode each was given, which ran clean) and the fake's record of the dispatches GitHub
// accepted (each one a run created at the fake's clock), it says which occurrences were dispatched twice and which
// were lost inside the catch-up window. Nothing the program wrote — its outputs, its state — is read.
//
// The occurrences that fell due: those of the crons of the mode of the first tick at or after them (the plan changes
// the mode only at a clean tick that follows a clean tick, so no fault can make another tick's mode cover them), from
// the first tick's catch-up window on.
//
// Lost: an occurrence o with a clean tick t in [o, o + catch-up) — a tick that ran alone, not killed, and met no
// fault (the fake's record says which faults it injected) — must have been dispatched by then, by that tick or an earlier one: a run created in [o, t_clean(o)], t_clean(o)
// the first clean tick at or after o. (With ticks at least the lease apart, every earlier claim is a dead one by then
// and is finished or found, and every deferral is carried.)
//
// Twice: every dispatch stands for at least one occurrence inside its own catch-up window (T − catch-up, T] that a
// tick of the plan could have seen due (a tick's own mode's crons in its window) — coalescing puts several
// occurrences in one dispatch, never one occurrence in two. The dispatches are matched to distinct occurrences
// (earliest window first, earliest occurrence first: optimal, every window of a workflow being as long); each
// dispatch left without one dispatched an occurrence a second time.
import { type FakeDispatch } from '../../__fixtures__/github-fake/index.js'
import { cronInstants } from './cron-instants.js'
import { type DispatchPlan, type SoakWorkflow } from './dispatch-plan.js'

const HOUR = 3_600_000
const UNIT_MS: Record<string, number> = { m: 60_000, h: HOUR, d: 24 * HOUR }
/** The default catch-up window. */
const DEFAULT_CATCH_UP_MS = HOUR

export function catchUpMs(workflow: SoakWorkflow): number {
  const match = /^(\d+)([mhd])$/.exec(workflow.catchUp ?? '')
  return match ? Number(match[1]) * (UNIT_MS[match[2] as string] as number) : DEFAULT_CATCH_UP_MS
}

/** What the oracle found for one workflow of one sequence. */
export interface WorkflowVerdict {
  workflow: string
  /** Occurrences that fell due (the mode in force's crons), from the first tick's window to the last tick. */
  due: number
  /** Of those, inside a clean tick's catch-up window: each must have been dispatched. */
  required: number
  /** Required occurrences no run was created for by their first clean tick. */
  lost: number[]
  /** Occurrences no clean tick had inside its window (outages, failed ticks), and how many of them got a run. */
  outside: number
  outsideDispatched: number
  /** Runs created by dispatches of the workflow. */
  dispatches: number
  /** Dispatches left with no occurrence of their own: an occurrence dispatched a second time. */
  twice: number[]
  /** Dispatches with the wrong ref or inputs. */
  malformed: string[]
}

const uniqueSorted = (values: number[]) => [...new Set(values)].sort((a, b) => a - b)

/** The oracle's verdict for one workflow. */
export function judgeWorkflow(
  plan: DispatchPlan,
  workflow: SoakWorkflow,
  observed: { dispatches: readonly FakeDispatch[]; clean: readonly boolean[]; base: string }
): WorkflowVerdict {
  const { dispatches, base } = observed
  const c = catchUpMs(workflow)
  const ticks = plan.steps.map((s, i) => ({
    t: Date.parse(s.at),
    mode: s.mode,
    clean: observed.clean[i] === true
  }))
  const first = ticks[0]
  if (!first) throw new Error('a dispatch sequence without ticks')
  // Fell due: each tick's mode over (previous tick, tick]; the first tick's over its catch-up window.
  const due = uniqueSorted(
    ticks.flatMap((tick, i) =>
      cronInstants(
        workflow.schedules[tick.mode],
        i === 0 ? tick.t - c : (ticks[i - 1]?.t ?? 0),
        tick.t
      )
    )
  )
  // What any tick could have seen due: its own mode's crons inside its own window.
  const seen = uniqueSorted(
    ticks.flatMap(tick => cronInstants(workflow.schedules[tick.mode], tick.t - c, tick.t))
  )
  const cleanTicks = ticks.filter(t => t.clean).map(t => t.t)
  const firstClean = (o: number) => cleanTicks.find(t => t >= o)
  const mine = dispatches
    .filter(d => d.path === workflow.path)
    .map(d => ({ ...d, t: Date.parse(d.at) }))
    .sort((a, b) => a.t - b.t)
  const times = mine.map(d => d.t)
  const lost: number[] = []
  let required = 0
  let outside = 0
  let outsideDispatched = 0
  for (const o of due) {
    const clean = firstClean(o)
    if (clean !== undefined && clean < o + c) {
      required++
      if (!times.some(t => t >= o && t <= clean)) lost.push(o)
    } else {
      outside++
      if (times.some(t => t >= o && t < o + c)) outsideDispatched++
    }
  }
  const used = new Set<number>()
  const twice: number[] = []
  for (const t of times) {
    const anchor = seen.find(o => o > t - c && o <= t && !used.has(o))
    if (anchor === undefined) twice.push(t)
    else used.add(anchor)
  }
  const malformed = mine.flatMap(d => {
    const problems: string[] = []
    if (d.ref !== base && d.ref !== `refs/heads/${base}`) problems.push(`ref ${d.ref}`)
    const wanted = JSON.stringify(workflow.inputs ?? {})
    const got = JSON.stringify(d.inputs ?? {})
    if (wanted !== got) problems.push(`inputs ${got}, the config gives ${wanted}`)
    return problems.map(p => `run ${d.runId} at ${d.at}: ${p}`)
  })
  return {
    workflow: workflow.id,
    due: due.length,
    required,
    lost,
    outside,
    outsideDispatched,
    dispatches: mine.length,
    twice,
    malformed
  }
}
