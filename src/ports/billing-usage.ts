/** Port: GitHub's billing usage reports (DESIGN §10). */

/** Whose usage: a user or an organisation. */
export interface BillingAccount {
  kind: 'user' | 'org'
  name: string
}

/** Which report: AI credits, premium requests, or the general usage report (Actions minutes among it). */
export type BillingReport = 'ai-credits' | 'premium-requests' | 'usage'

/** One line of a usage report. */
export interface UsageItem {
  /** The UTC day (`YYYY-MM-DD`); reports without per-item dates (premium requests, AI credits) give the period asked for (`YYYY-MM-DD`, `YYYY-MM`). */
  date: string
  product: string
  sku: string
  unitType: string
  /** `grossQuantity` where the report has it, else `quantity`. */
  quantity: number
}

export interface BillingUsage {
  /** Items of the report for a year, a month or a day (UTC). Refusals are PermissionError / NotFoundError naming the account. */
  usageItems(
    account: BillingAccount,
    report: BillingReport,
    when: { year: number; month?: number; day?: number }
  ): Promise<UsageItem[]>
}
