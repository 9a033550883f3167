// What the dispatch soak counts: ticks by kind and how their processes ended, kill points reached, faults (those on
// the dispatch call apart), failure reasons, and the oracle's figures — occurrences due, dispatched, twice, lost.
import { type TickStep } from './dispatch-plan.js'
import { type WorkflowVerdict } from './dispatch-oracle.js'

const EXAMPLES = 3

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by
}

export class DispatchTally {
  sequences = 0
  /** Planned ticks (a pair is one tick of two processes). */
  ticks = 0
  /** Processes of dist/index.js run as ticks. */
  processes = 0
  succeeded = 0
  failedCount = 0
  killed = 0
  readonly steps: Record<string, number> = {}
  /** Steps with faults, by what they aimed at. */
  readonly targets: Record<string, number> = {}
  /** Kill points on a condition: planned, and reached (the condition met before the tick ended). */
  readonly killPoints: Record<string, { planned: number; reached: number }> = {}
  randomKills = 0
  readonly faults: Record<string, number> = {}
  readonly dispatchCallFaults: Record<string, number> = {}
  readonly failures = new Map<string, { count: number; examples: string[] }>()
  tickMs: number[] = []
  // The oracle's figures.
  due = 0
  required = 0
  lost = 0
  outside = 0
  outsideDispatched = 0
  dispatches = 0
  twice = 0
  malformed = 0

  step(step: TickStep): void {
    this.ticks++
    bump(this.steps, step.kind)
    if (step.faults) bump(this.targets, step.faults.target)
    if (step.kill?.point === 'random') this.randomKills++
  }

  process(run: { code: number; killed: boolean; hung: boolean; ms: number }): void {
    this.processes++
    if (run.killed) this.killed++
    else if (run.code === 0) this.succeeded++
    else if (!run.hung) this.failedCount++
    if (!run.killed && !run.hung) this.tickMs.push(run.ms)
  }

  killPoint(point: string, reached: boolean): void {
    const entry = this.killPoints[point] ?? { planned: 0, reached: 0 }
    entry.planned++
    if (reached) entry.reached++
    this.killPoints[point] = entry
  }

  faultsInjected(all: Record<string, number>, onDispatchCall: Record<string, number>): void {
    for (const [kind, n] of Object.entries(all)) if (n > 0) bump(this.faults, kind, n)
    for (const [kind, n] of Object.entries(onDispatchCall))
      if (n > 0) bump(this.dispatchCallFaults, kind, n)
  }

  failure(category: string, example: string): void {
    const entry = this.failures.get(category) ?? { count: 0, examples: [] }
    entry.count++
    if (entry.examples.length < EXAMPLES) entry.examples.push(example)
    this.failures.set(category, entry)
  }

  verdict(v: WorkflowVerdict): void {
    this.due += v.due
    this.required += v.required
    this.lost += v.lost.length
    this.outside += v.outside
    this.outsideDispatched += v.outsideDispatched
    this.dispatches += v.dispatches
    this.twice += v.twice.length
    this.malformed += v.malformed.length
  }
}
