import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import ts from 'typescript'

/** Every TypeScript file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = join(dir, entry.name)
    return entry.isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : []
  })
}

/** The relative imports of a file, as paths from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/from '(\.[^']+)'/g)].map(m =>
    relative('.', resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')))
  )
}

/** Functions (declarations, methods, arrows, expressions) with their length in lines. */
function functionLengths(file: string): Array<{ where: string; lines: number }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: Array<{ where: string; lines: number }> = []
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      found.push({ where: `${file}:${start + 1}`, lines: end - start + 1 })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const SRC = sources('src')

describe('the layout (DESIGN §2)', () => {
  it('keeps no flat file in src/core/ but folders by domain', () => {
    const flat = readdirSync('src/core', { withFileTypes: true })
      .filter(e => e.isFile() && e.name !== 'index.ts' && e.name !== 'errors.ts')
      .map(e => e.name)
    expect(flat).toEqual([])
  })

  it('lets no module in src/core/ import outside src/core/', () => {
    const outside = SRC.filter(f => f.startsWith('src/core/')).flatMap(f =>
      importsOf(f)
        .filter(i => !i.startsWith('src/core/'))
        .map(i => `${f} → ${i}`)
    )
    expect(outside).toEqual([])
  })

  it('lets no use case import an adapter', () => {
    const adapters = SRC.filter(f => f.startsWith('src/use-cases/')).flatMap(f =>
      importsOf(f)
        .filter(i => i.startsWith('src/adapters/'))
        .map(i => `${f} → ${i}`)
    )
    expect(adapters).toEqual([])
  })

  it('has no function in src/ over 50 lines', () => {
    const long = SRC.flatMap(functionLengths).filter(f => f.lines > 50)
    expect(long).toEqual([])
  })
})
