/**
 * `--usage-source`, `--billing-account` and `--usage-file` for status, plan and apply: the period's usage read from
 * GitHub's billing API (GITHUB_TOKEN and GITHUB_API_URL from the environment) or from a report file.
 */
import { gitHubBillingPorts } from '../adapters/github/github-repository.js'
import { usageReportFile } from '../adapters/local/usage-report.js'
import { ValidationError } from '../core/errors.js'
import { type State } from '../core/state/state.js'
import {
  parseBillingAccount,
  parseUsageSource,
  type BillingAccount,
  type UsageSource
} from '../core/usage/billing-source.js'
import { type UsageSettings } from '../settings.js'
import { liveUsageFor, type LiveUsage } from '../use-cases/read-usage.js'

/** Where `used` comes from, as the flags say. */
export interface UsageSourceOptions {
  source: UsageSource
  account: BillingAccount | undefined
  file: string | undefined
}

/** The flags' values; a problem (an unknown source, a malformed account, a missing one) names the flag. */
export function parseUsageSourceFlags(
  values: { 'usage-source'?: string; 'billing-account'?: string; 'usage-file'?: string },
  problems: string[]
): UsageSourceOptions {
  const source = parseUsageSource(values['usage-source'] ?? '', '--usage-source', problems)
  const account = parseBillingAccount(
    values['billing-account'] ?? '',
    '--billing-account',
    problems
  )
  const file = values['usage-file']
  if (file !== undefined && source === 'input')
    problems.push(
      '--usage-file is read for a usage source — add --usage-source premium-requests, ai-credits or actions-minutes'
    )
  if (source !== 'input' && file === undefined && account === undefined && problems.length === 0)
    problems.push(
      `--usage-source ${source} reads GitHub's billing API for an account — add --billing-account user:NAME or org:NAME, or read a report with --usage-file <file>`
    )
  return { source, account, file }
}

/** The billing port: the report file, or GitHub's API with the environment's token. */
async function billingPort(options: UsageSourceOptions, env: NodeJS.ProcessEnv) {
  if (options.file !== undefined) return usageReportFile(options.file)
  const token = env.GITHUB_TOKEN?.trim()
  if (!token)
    throw new ValidationError([
      `--usage-source ${options.source} reads GitHub's billing API: set GITHUB_TOKEN to a token that may read the account's billing (org: an owner's or billing manager's, Administration: read; user: a personal access token of that user), or pass --usage-file <report>`
    ])
  return gitHubBillingPorts({ token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com' })
}

/**
 * The period's usage for status, plan and apply: none for `--usage-source input` or when `--used` is given (it
 * wins). From GitHub, the finished days the `--history` state holds are reused; a file is read whole.
 */
export async function cliLiveUsage(
  options: UsageSourceOptions,
  context: { usage: UsageSettings; state: State | undefined; now: Date },
  env: NodeJS.ProcessEnv = process.env
): Promise<LiveUsage | undefined> {
  const { source, file } = options
  const { used, resetDay } = context.usage
  if (source === 'input' || used !== undefined) return undefined
  // A file is the report itself, whoever's it is: the account only names it.
  const account = options.account ?? { kind: 'user' as const, name: 'file' }
  const fromFile = file !== undefined
  return liveUsageFor(await billingPort(options, env), {
    source,
    account,
    used,
    resetDay,
    owner: account,
    now: context.now,
    cached: fromFile ? undefined : context.state?.billing,
    ...(fromFile && !options.account ? { label: `file ${file}` } : {})
  })
}
