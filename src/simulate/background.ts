/** The usage outside the managed workflows, hour by hour: the same for every policy replayed on a scenario. */
import { DAY_MS } from '../core/usage/period.js'
import { noisy, seededRandom } from './random.js'
import { type Scenario } from './scenario.js'

const HOUR_MS = 3_600_000

function burstPerHour(scenario: Scenario, instant: number): number {
  let extra = 0
  for (const b of scenario.background.bursts) {
    const from = b.from.getTime()
    if (instant >= from && instant < from + b.days * DAY_MS) extra += b.perDay / 24
  }
  return extra
}

/**
 * Background usage in each hour from `start`: the steady rate times the weekday's factor and a day's noise, spread over
 * the day, plus bursts, plus spikes in the hour that holds them.
 */
export function backgroundByHour(scenario: Scenario, start: Date, hours: number): Float64Array {
  const b = scenario.background
  const random = seededRandom(scenario.seed, 1)
  const byHour = new Float64Array(hours)
  let dayRate = 0
  for (let h = 0; h < hours; h++) {
    const instant = start.getTime() + h * HOUR_MS
    if (h % 24 === 0) {
      const weekday = new Date(instant).getUTCDay()
      dayRate = b.perDay * (b.weekdays[weekday] ?? 1) * noisy(random, b.noise)
    }
    byHour[h] = dayRate / 24 + burstPerHour(scenario, instant)
  }
  for (const spike of b.spikes) {
    const h = Math.floor((spike.at.getTime() - start.getTime()) / HOUR_MS)
    if (h >= 0 && h < hours) byHour[h] = (byHour[h] ?? 0) + spike.amount
  }
  return byHour
}
