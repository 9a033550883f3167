/** Text charts of a replay for the terminal: usage per day as a sparkline, and the mode in force per day. */
import { type Mode } from '../core/schedule/schedule.js'

const LEVELS = '▁▂▃▄▅▆▇█'
const MODE_LETTER: Record<Mode, string> = { aggressive: 'A', normal: 'N', conservative: 'C' }

/** Values sampled at the end of each day (24 hourly values a day). */
export function endOfDay(byHour: readonly number[]): number[] {
  const days = Math.ceil(byHour.length / 24)
  return Array.from(
    { length: days },
    (_, d) => byHour[Math.min(d * 24 + 23, byHour.length - 1)] ?? 0
  )
}

/** One character a value, ▁ for 0 up to █ for `top` or more. */
export function sparkline(values: readonly number[], top: number): string {
  return values
    .map(v => {
      const level = Math.round((Math.max(v, 0) / top) * (LEVELS.length - 1))
      return LEVELS[Math.min(level, LEVELS.length - 1)]
    })
    .join('')
}

/** One letter a day (A, N, C) for the mode in force for most of the day. */
export function modeStrip(byHour: readonly Mode[]): string {
  let strip = ''
  for (let start = 0; start < byHour.length; start += 24) {
    const hours: Record<Mode, number> = { aggressive: 0, normal: 0, conservative: 0 }
    for (const mode of byHour.slice(start, start + 24)) hours[mode]++
    const most = (Object.keys(hours) as Mode[]).reduce((a, b) => (hours[b] > hours[a] ? b : a))
    strip += MODE_LETTER[most]
  }
  return strip
}
