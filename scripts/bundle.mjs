// Builds the two bundles with ncc: the action (dist/index.js) and the CLI (dist/cli/index.js).
// ncc type-checks while it bundles, so a type error fails the build.
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const ncc = (entry, out, ...flags) =>
  execFileSync(
    'npx',
    [
      'ncc',
      'build',
      entry,
      '-o',
      out,
      '--source-map',
      '--license',
      'licenses.txt',
      '--quiet',
      ...flags
    ],
    {
      stdio: 'inherit'
    }
  )

const IMPORT_REGISTER = "import './sourcemap-register.cjs';"

/**
 * ncc's ES module bundle imports `sourcemap-register.cjs`, and Node's ESM loader runs its CommonJS export lexer (a
 * WebAssembly module) on every CommonJS file an ES module imports: about 25 ms of each start, a quarter of the
 * action's. Requiring the file through createRequire skips the lexer and installs the same source map support before
 * any bundled code runs. The call goes on a line of its own; the import it replaces becomes spaces, so columns stay
 * put, and the source map gains the one empty line.
 */
function requireSourceMapRegister(dir) {
  const js = join(dir, 'index.js')
  const lines = readFileSync(js, 'utf8').split('\n')
  const at = lines.findIndex(line => line.startsWith(IMPORT_REGISTER))
  if (at < 0 || at > 1) throw new Error(`${js}: no "${IMPORT_REGISTER}" on its first lines`)
  lines[at] = ' '.repeat(IMPORT_REGISTER.length) + lines[at].slice(IMPORT_REGISTER.length)
  lines.splice(
    at,
    0,
    "import { createRequire as __registerRequire } from 'node:module'; __registerRequire(import.meta.url)('./sourcemap-register.cjs')"
  )
  writeFileSync(js, lines.join('\n'))
  const mapPath = `${js}.map`
  const map = JSON.parse(readFileSync(mapPath, 'utf8'))
  const mappings = map.mappings.split(';')
  mappings.splice(at, 0, '')
  map.mappings = mappings.join(';')
  writeFileSync(mapPath, JSON.stringify(map))
}

rmSync('dist', { recursive: true, force: true })
// The action's entry is minified: after lazy loading it holds only the toolkit and input parsing, and half the bytes
// to scan save about 5 ms of each start. Its stack frames still map to file and line, some under mangled names; ncc
// leaves the operations' chunks unminified, so theirs read as written. The CLI, loaded whole, stays readable.
ncc('src/index.ts', 'dist', '--minify')
ncc('src/cli/index.ts', 'dist/cli')
requireSourceMapRegister('dist')
requireSourceMapRegister('dist/cli')
chmodSync('dist/cli/index.js', 0o755)
