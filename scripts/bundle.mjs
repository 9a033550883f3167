// Builds the two bundles with ncc: the action (dist/index.js) and the CLI (dist/cli/index.js).
// ncc type-checks while it bundles, so a type error fails the build.
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync } from 'node:fs'

const ncc = (entry, out) =>
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', out, '--source-map', '--license', 'licenses.txt', '--quiet'],
    {
      stdio: 'inherit'
    }
  )

rmSync('dist', { recursive: true, force: true })
ncc('src/index.ts', 'dist')
ncc('src/cli/index.ts', 'dist/cli')
chmodSync('dist/cli/index.js', 0o755)
