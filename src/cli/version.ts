/**
 * The package version `--version` prints. A constant rather than a read of package.json, which the bundled CLI does
 * not ship beside it; a test keeps the two equal.
 */
export const VERSION = '1.0.0'
