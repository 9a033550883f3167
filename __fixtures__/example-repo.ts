import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

/** The bundled example repository (examples/) as path → text, the way the GitHub fake and the tests seed it. */
export function exampleFiles(root = 'examples'): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else files[relative(root, full)] = readFileSync(full, 'utf8')
    }
  }
  walk(root)
  return files
}

/** A throw-away copy of examples/ for tests that write; remove it with the returned function. */
export function copyOfExamples(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'orchestrator-example-'))
  cpSync('examples', root, { recursive: true })
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) }
}
