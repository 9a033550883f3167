/** The replay as an SVG chart: usage against the ideal even spend, the quota and the target, and the modes per day. */
import { type Mode } from '../core/schedule/schedule.js'
import { type Simulation } from './simulator.js'

const [WIDTH, HEIGHT] = [860, 480]
/** The legend sits in its own band between the title and the plot, so it never covers the quota and target lines. */
const LEGEND = { top: 44, row: 16, columns: 4, column: 190 }
const PLOT = { left: 70, right: 830, top: 88, bottom: 370 }
// The policies' lines must not share a colour with the modes' bands (aggressive is green).
const COLOURS = ['#1f6feb', '#8250df', '#bf3989', '#0a3069']
const MODE_COLOUR: Record<Mode, string> = {
  aggressive: '#2da44e',
  normal: '#54aeff',
  conservative: '#d4a72c'
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Maps (hour, usage) to pixels. */
function scales(sim: Simulation) {
  const top =
    Math.max(sim.world.scenario.quota, ...sim.runs.map(r => Math.max(...r.usedByHour))) * 1.05
  return {
    top,
    x: (hour: number) => PLOT.left + (hour / sim.world.hours) * (PLOT.right - PLOT.left),
    y: (used: number) => PLOT.bottom - (used / top) * (PLOT.bottom - PLOT.top)
  }
}

function polyline(points: Array<[number, number]>, style: string): string {
  const d = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')
  return `<polyline fill="none" ${style} points="${d}"/>`
}

function axes(sim: Simulation, s: ReturnType<typeof scales>): string[] {
  const quota = sim.world.scenario.quota
  const days = sim.world.hours / 24
  const parts = [
    `<line x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}" stroke="#57606a"/>`,
    `<line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left}" y2="${PLOT.bottom}" stroke="#57606a"/>`
  ]
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    const y = s.y(quota * share)
    parts.push(
      `<text x="${PLOT.left - 8}" y="${(y + 4).toFixed(1)}" text-anchor="end">${Math.round(quota * share).toLocaleString('en-US')}</text>`
    )
  }
  for (let day = 0; day <= days; day += 5) {
    const x = s.x(day * 24).toFixed(1)
    parts.push(`<text x="${x}" y="${PLOT.bottom + 16}" text-anchor="middle">day ${day}</text>`)
  }
  return parts
}

function guides(sim: Simulation, s: ReturnType<typeof scales>, target: number): string[] {
  const { quota } = sim.world.scenario
  const h = sim.world.hours
  const line = (used: number, colour: string, label: string) =>
    `<line x1="${PLOT.left}" y1="${s.y(used).toFixed(1)}" x2="${PLOT.right}" y2="${s.y(used).toFixed(1)}" stroke="${colour}" stroke-dasharray="6 4"/>` +
    // Labelled at the left, where the usage lines are still low and the ideal line has not risen yet.
    `<text x="${PLOT.left + 6}" y="${(s.y(used) - 5).toFixed(1)}" fill="${colour}">${label}</text>`
  return [
    line(quota, '#cf222e', 'quota'),
    line(quota * target, '#9a6700', `target ${Math.round(target * 100)}%`),
    polyline(
      [
        [s.x(0), s.y(0)],
        [s.x(h), s.y(quota)]
      ],
      'stroke="#8c959f" stroke-dasharray="2 4"'
    )
  ]
}

function modeBands(sim: Simulation, s: ReturnType<typeof scales>): string[] {
  return sim.runs.flatMap((run, i) => {
    const y = PLOT.bottom + 30 + i * 22
    const label = `<text x="${PLOT.left - 8}" y="${y + 11}" text-anchor="end">${escape(run.policy)}</text>`
    const cells = run.modeByHour.flatMap((mode, hour) =>
      hour % 24 === 0
        ? [
            `<rect x="${s.x(hour).toFixed(1)}" y="${y}" width="${(s.x(24) - s.x(0)).toFixed(1)}" height="14" fill="${MODE_COLOUR[mode]}"><title>day ${hour / 24}: ${mode}</title></rect>`
          ]
        : []
    )
    return [label, ...cells]
  })
}

function legend(sim: Simulation): string[] {
  const items: Array<[string, string]> = [
    ...sim.runs.map((r, i): [string, string] => [
      COLOURS[i % COLOURS.length]!,
      `${r.policy}: ${(r.share * 100).toFixed(1)}% at the reset`
    ]),
    ['#8c959f', 'ideal even spend'],
    ...(Object.keys(MODE_COLOUR) as Mode[]).map((m): [string, string] => [MODE_COLOUR[m], m])
  ]
  return items.map(([colour, text], i) => {
    const x = PLOT.left + (i % LEGEND.columns) * LEGEND.column
    const y = LEGEND.top + Math.floor(i / LEGEND.columns) * LEGEND.row
    return `<rect x="${x}" y="${y - 9}" width="10" height="10" fill="${colour}"/><text x="${x + 14}" y="${y}">${escape(text)}</text>`
  })
}

/** The whole chart as SVG text (pure: the caller writes it). */
export function simulationSvg(sim: Simulation, target: number): string {
  const s = scales(sim)
  const lines = sim.runs.map((run, i) =>
    polyline(
      [
        [s.x(0), s.y(sim.world.scenario.startUsed)],
        ...run.usedByHour.map((u, h): [number, number] => [s.x(h + 1), s.y(u)])
      ],
      `stroke="${COLOURS[i % COLOURS.length]}" stroke-width="2"`
    )
  )
  const height = HEIGHT + Math.max(sim.runs.length - 2, 0) * 22
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PLOT.left}" y="22" font-size="14" font-weight="bold">${escape(`${sim.world.scenario.name}: usage against the ideal line`)}</text>`,
    ...axes(sim, s),
    ...guides(sim, s, target),
    ...lines,
    ...modeBands(sim, s),
    ...legend(sim),
    '</svg>',
    ''
  ].join('\n')
}
