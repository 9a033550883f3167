import { type BillingSource } from '../core/usage/billing-source.js'
import { type Reading } from '../core/usage/usage.js'

const NAMES: Record<BillingSource, string> = {
  'premium-requests': 'premium requests',
  'ai-credits': 'AI credits',
  'actions-minutes': 'Actions minutes'
}

/**
 * Where a billing source's figure comes from, in words: "premium requests of user:octocat from the billing report,
 * newest usage 2025-11-12 02:24 UTC"; undefined for a figure given or taken from the state.
 */
export function usageSourceText(reading: Reading | undefined): string | undefined {
  if (!reading || reading.source === 'input' || reading.source === 'state') return undefined
  const newest = reading.itemAt
    ? `newest usage ${reading.itemAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`
    : 'no usage this period'
  return `${NAMES[reading.source]} of ${reading.account ?? 'the account'} from the billing report, ${newest}`
}
