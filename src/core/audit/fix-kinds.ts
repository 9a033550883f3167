/** The values of input `fix` (DESIGN §13), apart from the fixes themselves so that parsing the inputs loads no YAML. */
export const FIX_KINDS = ['concurrency', 'timeouts', 'throttle'] as const
export type FixKind = (typeof FIX_KINDS)[number]
