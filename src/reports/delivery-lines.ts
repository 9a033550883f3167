/**
 * What the summary and the alert issue say about how a schedule change reached (or waits to reach) the base branch:
 * a direct commit, auto-merge turned on or refused, and a pull request left waiting for more than a day.
 */
import { DAY_MS } from '../core/usage/period.js'
import { type Thread } from '../ports/threads.js'
import { decimal } from './format.js'

/** A proposed change waiting longer than this many days to be merged is pointed out. */
export const WAITING_DAYS = 1

/** How the change was delivered, as the apply use case reports it. */
export interface DeliveryFacts {
  delivery: string
  commit?: string
  autoMerge?: { enabled: boolean; problem?: string }
}

/** Days since the pull request was opened, when that is more than WAITING_DAYS; undefined otherwise. */
export function waitedDays(now: Date, pull: Thread | undefined): number | undefined {
  if (!pull) return undefined
  const days = (now.getTime() - Date.parse(pull.createdAt)) / DAY_MS
  return days > WAITING_DAYS ? days : undefined
}

/** " — waiting 2.3 days to be merged" for a pull request open more than a day; '' otherwise. */
export function waitingSuffix(now: Date, pull: Thread | undefined): string {
  const days = waitedDays(now, pull)
  return days === undefined ? '' : ` — waiting ${decimal(days)} days to be merged`
}

const oneLine = (text: string) => text.split('\n').join(' — ')

/** The job summary's lines about the delivery and a pull request that has waited more than a day. */
export function deliveryLines(
  now: Date,
  links: { dryRun: boolean; pullRequest?: Thread; pullRequestOperation: string },
  facts: DeliveryFacts | undefined
): string[] {
  const lines: string[] = []
  if (facts?.commit) lines.push(`- Committed directly to the base branch: \`${facts.commit}\``)
  else if (facts?.delivery === 'direct' && links.dryRun)
    lines.push(
      '- Delivery: direct — the change would be committed to the base branch, no pull request'
    )
  const pull = links.pullRequestOperation === 'closed' ? undefined : links.pullRequest
  if (pull && facts?.autoMerge?.enabled)
    lines.push(
      `- Auto-merge: on for #${pull.number} — GitHub merges it once its required checks pass`
    )
  if (pull && facts?.autoMerge?.enabled === false)
    lines.push(`- ⚠️ Auto-merge not turned on: ${oneLine(facts.autoMerge.problem ?? '')}`)
  const days = facts?.commit ? undefined : waitedDays(now, pull)
  if (pull && days !== undefined)
    lines.push(
      `- ⚠️ The schedule change in #${pull.number} has waited ${decimal(days)} days to be merged — merge it, or use delivery: auto-merge or direct`
    )
  return lines
}
