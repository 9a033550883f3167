/**
 * The config's `prices:` map (DESIGN §10): dollars per minute by runner SKU, over GitHub's list (DEFAULT_PRICES) — for
 * an enterprise's own rates, or a larger runner the list leaves out. Each problem names the key and the fix.
 */
import { type Key, type Problem } from '../schedule/config-problems.js'
import { DEFAULT_PRICES, type Prices } from './runner-pricing.js'

/** The SKU names a runner's labels can be priced as (`skuOfLabel`): GitHub's list and any size of larger runner. */
const SKU = /^(?:(?:linux|windows)_\d+_core(?:_arm)?|linux_2_core_advanced|self_hosted)$/

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Whether a runner can be priced under this name. */
export function isSku(name: string): boolean {
  return DEFAULT_PRICES[name] !== undefined || SKU.test(name)
}

function skuProblem(name: string, at: Key[]): Problem {
  return {
    at: [...at, name],
    message: `'${name}' is not a runner SKU — use GitHub's names, e.g. linux, windows, macos, linux_4_core, macos_xl`
  }
}

/** `prices: {linux: 0.005, linux_4_core: 0.01}`; absent: GitHub's list as it is. */
export function readPrices(raw: unknown, problems: Problem[]): { prices?: Prices } {
  if (raw === undefined) return {}
  const at: Key[] = ['prices']
  if (!isRecord(raw)) {
    problems.push({
      at,
      message: `must be a map of runner SKU to dollars per minute, e.g. { linux: 0.006, macos: 0.062 }, got ${JSON.stringify(raw)}`
    })
    return {}
  }
  const prices: Record<string, number> = {}
  for (const [name, value] of Object.entries(raw)) {
    if (!isSku(name)) problems.push(skuProblem(name, at))
    else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      problems.push({
        at: [...at, name],
        message: `must be dollars per minute, a number ≥ 0 (GitHub's is ${DEFAULT_PRICES[name] ?? 'not listed'}), got ${JSON.stringify(value)}`
      })
    else prices[name] = value
  }
  return Object.keys(prices).length > 0 ? { prices } : {}
}
