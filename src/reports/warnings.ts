import { type UsageWarning } from '../core/usage/usage.js'

/** A usage warning in words. */
export function warningText(warning: UsageWarning): string {
  switch (warning.kind) {
    case 'correction':
      return (
        `usage sample of ${warning.at.toISOString()} (${warning.sampleUsed}) is above the current usage ` +
        `(${warning.used}); treating it as corrected and ignoring it`
      )
    case 'stale-sample':
      return (
        `the usage figure is the state's sample of ${warning.at.toISOString()}, ${warning.ageDays.toFixed(1)} days ` +
        'old — pass `used` (or a usage source) so the figures are current'
      )
    case 'used-overrides-source':
      return (
        `\`used\` (${warning.used}) was given, so it wins over the usage source ${warning.source}: ` +
        'the billing report was not read'
      )
    case 'no-usage-items':
      return (
        `the ${warning.source} usage of ${warning.account} has no item since ${warning.since.toISOString().slice(0, 10)}: ` +
        'used is 0 — check the billing account if usage was expected'
      )
  }
}
