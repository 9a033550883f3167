// Is a failed run's reason true? The soak's tokens have every power and the base branch always exists, so advice
// about tokens, settings or a missing base is false; a reason naming a fault must match a fault the run met.
import { type FaultKind } from './plan.js'

/** What the run met while it ran, to judge its reason against. */
export interface FailureContext {
  /** Faults the fake injected while this run (or its overlapping twin) was running. */
  faults: ReadonlySet<FaultKind>
  /** Another run wrote to the repository at the same time. */
  overlapping: boolean
  /** The state was invalid before the run started. */
  stateWasInvalid: boolean
}

/** A failure's reason: its category, and why it is false when it is. */
export interface Judgement {
  category: string
  falseBecause?: string
}

const FALSE_ADVICE: Array<[RegExp, string]> = [
  [
    /workflow scope|Workflows: write|GITHUB_TOKEN cannot/i,
    'token advice (workflow scope) with a token that has every power'
  ],
  [
    /lacks permission|Bad credentials|Resource not accessible/i,
    'permission advice with a token that has every power'
  ],
  [
    /not permitted to create (or approve )?pull requests/i,
    'the Actions pull-request setting, which is allowed'
  ],
  [/issues are disabled/i, 'issues disabled, which they are not'],
  [/input 'base'|does not exist in the repository/i, 'a missing base branch, which exists'],
  [/input 'used'/i, "input 'used', which every soak run gives"]
]

const DROPPED = /socket|ECONNRESET|fetch failed|other side closed|terminated|EPIPE/i

/** Categories a reason may fall in, with the faults that make it true; the first match counts. */
const FAULT_REASONS: Array<[string, RegExp, FaultKind[]]> = [
  ['connection dropped', DROPPED, ['drop-before-applying', 'drop-after-applying']],
  ['rate limit', /rate limit/i, ['secondary-rate-limit']],
  ['timeout', /timeout|timed out|aborted/i, ['slow']],
  ['server error', /\b5\d\d\b|Server Error|Bad Gateway/i, ['server-error', 'applied-then-error']],
  [
    'conflict',
    /\b409\b|changed on GitHub|conflict|stale|already exists|not a fast.forward|Reference update failed/i,
    ['conflict', 'applied-then-error', 'drop-after-applying']
  ]
]

/** Judges the reason a failed run printed (`::error::`). */
export function judgeReason(reason: string, context: FailureContext): Judgement {
  if (reason.trim() === '')
    return { category: 'no reason', falseBecause: 'the run failed without printing a reason' }
  for (const [pattern, why] of FALSE_ADVICE)
    if (pattern.test(reason)) return { category: 'false advice', falseBecause: why }
  // Octokit reports a dropped connection as status 500; a reason that says so names an answer GitHub never sent.
  if (DROPPED.test(reason) && /HTTP 5\d\d/.test(reason))
    return {
      category: 'connection dropped',
      falseBecause: 'names an HTTP 5xx answer, but none came: the connection was dropped'
    }
  if (/invalid state file/i.test(reason))
    return context.stateWasInvalid
      ? { category: 'invalid state' }
      : { category: 'invalid state', falseBecause: 'the state was valid before the run' }
  const category = FAULT_REASONS.find(([, pattern]) => pattern.test(reason))
  if (category) {
    const [name, , causes] = category
    const met =
      causes.some(k => context.faults.has(k)) || (name === 'conflict' && context.overlapping)
    return met
      ? { category: name }
      : { category: name, falseBecause: `no ${causes.join('/')} fault was injected` }
  }
  if (context.faults.size === 0 && !context.overlapping)
    return { category: 'other', falseBecause: 'no fault was injected and no other run overlapped' }
  return { category: 'other' }
}
