/** Views of a simulation: the terminal text (table, sparklines, learned costs) and the JSON the benchmark reads. */
import { type CostModel } from '../core/forecast/cost-model.js'
import { MODES } from '../core/schedule/schedule.js'
import { costsJson } from '../reports/json-report.js'
import { backgroundText, costPerRunText } from '../reports/policy-text.js'
import { modeReasonText } from '../reports/reasons.js'
import { endOfDay, modeStrip, sparkline } from './sparkline.js'
import { type DecisionReason, type PolicyRun, type Simulation } from './simulator.js'

const day = (d: Date) => d.toISOString().slice(0, 10)
const count = (n: number) => Math.round(n).toLocaleString('en-US')
const pct = (share: number) => `${(share * 100).toFixed(1)}%`
const days = (hours: number) => `${(hours / 24).toFixed(1)} d`

function header(sim: Simulation, file: string): string[] {
  const { scenario, start, end, hours } = sim.world
  const aa = sim.alwaysAggressive
  return [
    `Simulation: ${scenario.name} (${file})${scenario.description ? ` — ${scenario.description}` : ''}`,
    `Period ${day(start)} → ${day(end)} (${hours / 24} days), quota ${count(scenario.quota)}, seed ${scenario.seed}, ` +
      `orchestrator '${scenario.orchestrator.cron}', pull requests merged after ${scenario.orchestrator.mergeDelayHours} h`,
    `Always aggressive would end at ${count(aa.usedAtReset)} (${pct(aa.share)}): the most this scenario allows without overage is ${pct(sim.ceiling)}.`
  ]
}

function table(sim: Simulation): string[] {
  const rows = [
    [
      'Policy',
      'At reset',
      'Overage',
      ...MODES.map(m => m[0]!.toUpperCase() + m.slice(1)),
      'Changes'
    ],
    ...sim.runs.map(r => [
      r.policy,
      `${count(r.usedAtReset)} (${pct(r.share)})`,
      count(r.overage),
      ...MODES.map(m => days(r.hoursInMode[m])),
      String(r.scheduleChanges)
    ])
  ]
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map(r => r[c]!.length)))
  return rows.map(r =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')
  )
}

function charts(sim: Simulation): string[] {
  const { quota } = sim.world.scenario
  const top = Math.max(quota, ...sim.runs.map(r => r.usedAtReset))
  const width = Math.max(10, ...sim.runs.map(r => r.policy.length)) + 2
  const n = sim.world.hours / 24
  const ideal = Array.from({ length: n }, (_, d) => (quota * (d + 1)) / n)
  return [
    `Usage at the end of each day (█ = ${count(top)}); modes: A aggressive, N normal, C conservative`,
    `${'ideal'.padEnd(width)}${sparkline(ideal, top)}`,
    ...sim.runs.flatMap(r => [
      `${r.policy.padEnd(width)}${sparkline(endOfDay(r.usedByHour), top)}  ${pct(r.share)}`,
      `${''.padEnd(width)}${modeStrip(r.modeByHour)}`
    ])
  ]
}

function truth(sim: Simulation): string {
  const { costs, background } = sim.world.scenario
  const listed = Object.entries(costs.workflows).map(([id, c]) => `${id} ${c}`)
  const perRun =
    listed.length > 0 ? `${listed.join(', ')}, others ${costs.default}` : String(costs.default)
  return `the scenario: ${perRun} a run${costs.declared ? ' (declared in the config)' : ''}, background ${background.perDay} a day before weekday factors, bursts and spikes`
}

function learned(run: PolicyRun, costs: CostModel): string {
  const background = backgroundText(costs)
  return `${run.policy}: cost per run ${costPerRunText(costs)}${background ? `; background ${background}` : ''}`
}

/** The terminal view of a simulation. */
export function renderSimulation(sim: Simulation, file: string, chart?: string): string {
  const models = sim.runs.flatMap(r => (r.costs ? [learned(r, r.costs)] : []))
  return [
    ...header(sim, file),
    '',
    ...table(sim),
    '',
    ...charts(sim),
    '',
    'What the orchestrator had learned by the reset:',
    ...models.map(m => `  ${m}`),
    `  (${truth(sim)})`,
    ...(chart ? ['', `Chart: ${chart}`] : []),
    ''
  ].join('\n')
}

/** A replayed decision's reason in the words the reports use. */
function decisionReasonText(reason: DecisionReason): string {
  return reason.rule === 'always-aggressive' ? 'always aggressive' : modeReasonText(reason)
}

function runJson(run: PolicyRun) {
  const round = (n: number, digits = 1) => Number(n.toFixed(digits))
  return {
    policy: run.policy,
    usedAtReset: round(run.usedAtReset),
    percentAtReset: round(run.share * 100, 2),
    overage: round(run.overage),
    daysInMode: Object.fromEntries(MODES.map(m => [m, round(run.hoursInMode[m] / 24, 2)])),
    scheduleChanges: run.scheduleChanges,
    usedByDay: endOfDay(run.usedByHour).map(u => round(u)),
    ...(run.costs ? { costs: costsJson(run.costs) } : {}),
    decisions: run.decisions.map(d => ({
      at: d.at.toISOString(),
      mode: d.mode,
      reason: decisionReasonText(d.reason)
    }))
  }
}

/** The machine-readable view (what `simulate --json` prints and the benchmark reads). */
export function simulationJson(sim: Simulation, file: string, chart?: string) {
  const { scenario, start, end } = sim.world
  return {
    scenario: scenario.name,
    file,
    period: { start: start.toISOString(), end: end.toISOString(), days: sim.world.hours / 24 },
    quota: scenario.quota,
    seed: scenario.seed,
    alwaysAggressivePercent: Number((sim.alwaysAggressive.share * 100).toFixed(2)),
    ceilingPercent: Number((sim.ceiling * 100).toFixed(2)),
    results: sim.runs.map(runJson),
    ...(chart ? { chart } : {})
  }
}
