// Runs jest (ESM needs --experimental-vm-modules) and ends with the line CI reads: "N passed, N failed".
// Extra arguments go to jest, e.g. `npm test -- __tests__/usage.test.ts`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'jest-results-'))
const results = join(dir, 'results.json')
const jest = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '--json', `--outputFile=${results}`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim()
    }
  }
)
let code = jest.status ?? 1
try {
  const summary = JSON.parse(readFileSync(results, 'utf8'))
  // A suite that cannot even load counts as a failure here: jest counts no test in it.
  const failed = summary.numFailedTests + summary.numRuntimeErrorTestSuites
  console.log(
    `\n${summary.numPassedTests} passed, ${failed} failed, ${summary.numPendingTests} skipped`
  )
  if (summary.numTotalTests === 0) code = 1
} catch {
  console.log('\n0 passed, 1 failed (jest wrote no results)')
  code = 1
}
rmSync(dir, { recursive: true, force: true })
process.exit(code)
