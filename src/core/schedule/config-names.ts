/** What the action's inputs share with the config, apart from config.ts so that reading the inputs loads no YAML parser. */

/** Where the config lives on the base branch unless the `config` input says otherwise. */
export const DEFAULT_CONFIG_PATH = '.github/orchestrator.yml'

/** How the mode is chosen: the pace thresholds of DESIGN §3, or the target-utilization policy. */
export const POLICIES = ['thresholds', 'target'] as const
export type Policy = (typeof POLICIES)[number]

/** Tells whether a string names a policy. */
export function isPolicy(value: string): value is Policy {
  return (POLICIES as readonly string[]).includes(value)
}
