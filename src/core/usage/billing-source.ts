/** Where the `used` figure comes from (DESIGN §10 Live usage): the input, or one of GitHub's billing usage reports. */

export const USAGE_SOURCES = ['input', 'ai-credits', 'premium-requests', 'actions-minutes'] as const

/** `input` takes `used` (or the state's latest sample); the others read a billing usage report. */
export type UsageSource = (typeof USAGE_SOURCES)[number]

/** A usage source that reads GitHub's billing API. */
export type BillingSource = Exclude<UsageSource, 'input'>

/** Whose usage: a user or an organisation (`user:NAME`, `org:NAME`). */
export interface BillingAccount {
  kind: 'user' | 'org'
  name: string
}

/** One line of a billing usage report, as the port and the report files give it. */
export interface BillingItem {
  /** `YYYY-MM-DD`, or `YYYY-MM` for an item summed over the month asked for. */
  date: string
  product: string
  sku: string
  unitType: string
  /** The gross quantity (before discounts: what counts against a quota). */
  quantity: number
}

/** The report a source reads: premium requests and AI credits have their own; Actions minutes are in the usage report. */
export function billingReport(source: BillingSource): 'ai-credits' | 'premium-requests' | 'usage' {
  return source === 'actions-minutes' ? 'usage' : source
}

/** Whether an item counts toward a source: every item of its own report, Actions minutes only of the usage report. */
export function countsToward(source: BillingSource, item: BillingItem): boolean {
  if (source !== 'actions-minutes') return true
  return item.product.trim().toLowerCase() === 'actions' && /^minutes?$/i.test(item.unitType.trim())
}

/** `user:octocat`, `org:octo-org`: how the state and the report name an account. */
export function accountText(account: BillingAccount): string {
  return `${account.kind}:${account.name}`
}

/** The usage source named by an input or flag; empty is `input`. Adds a problem naming the value otherwise. */
export function parseUsageSource(raw: string, name: string, problems: string[]): UsageSource {
  const text = raw.trim().toLowerCase()
  if (text === '') return 'input'
  const found = USAGE_SOURCES.find(s => s === text)
  if (found) return found
  problems.push(`${name} must be one of ${USAGE_SOURCES.join(', ')}, got '${raw}'`)
  return 'input'
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/

/** `user:NAME` or `org:NAME`; empty is undefined (the repository owner). Adds a problem naming the value otherwise. */
export function parseBillingAccount(
  raw: string,
  name: string,
  problems: string[]
): BillingAccount | undefined {
  const text = raw.trim()
  if (text === '') return undefined
  const match = /^(user|org|organization):(.+)$/i.exec(text)
  const login = match?.[2]?.trim() ?? ''
  if (!match || !LOGIN.test(login)) {
    problems.push(
      `${name} must be user:NAME or org:NAME (a GitHub login), or empty for the repository owner, got '${raw}'`
    )
    return undefined
  }
  return { kind: match[1]!.toLowerCase() === 'user' ? 'user' : 'org', name: login }
}
