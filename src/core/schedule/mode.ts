/** The scheduling modes, a module of their own so that reading the action's inputs loads no cron code. */

/** The three modes, least to most productive is conservative → normal → aggressive. */
export const MODES = ['aggressive', 'normal', 'conservative'] as const
export type Mode = (typeof MODES)[number]

/** Tells whether a string is one of the three modes. */
export function isMode(value: string): value is Mode {
  return (MODES as readonly string[]).includes(value)
}
