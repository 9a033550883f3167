/**
 * The tag workflow, exercised: the scripts it runs (major tag, release notes, and the local dry run a person runs
 * before tagging) as bash child processes, and release.yml itself — it parses, and on a dry run every step that
 * writes (moving the major tag, creating the release) only echoes.
 */
import { describe, expect, it } from '@jest/globals'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'

interface Step {
  name?: string
  if?: string
  run?: string
  uses?: string
}

interface Release {
  on: { workflow_dispatch: { inputs: Record<string, { default?: unknown }> } }
  permissions: Record<string, string>
  jobs: { release: { env: Record<string, string>; steps: Step[] } }
}

const RELEASE_YML = readFileSync('.github/workflows/release.yml', 'utf8')

function bash(
  script: string,
  ...args: string[]
): { code: number | null; out: string; err: string } {
  const r = spawnSync('bash', [script, ...args], { encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

function withChangelog(text: string, test: (file: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'changelog-'))
  try {
    writeFileSync(join(dir, 'CHANGELOG.md'), text)
    test(join(dir, 'CHANGELOG.md'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('scripts/major-tag.sh', () => {
  it.each([
    ['v1.0.0', 'v1'],
    ['v1.2.3', 'v1'],
    ['v10.0.1', 'v10'],
    ['v0.9.0', 'v0']
  ])('maps %s to %s', (tag, major) => {
    expect(bash('scripts/major-tag.sh', tag)).toEqual({ code: 0, out: `${major}\n`, err: '' })
  })

  it.each(['1.0', '1.0.0', 'v1.0', 'v1.0.0-rc.1', 'v01.0.0', 'v1.0.0+build', ''])(
    'refuses %p',
    tag => {
      const r = bash('scripts/major-tag.sh', tag)
      expect(r.code).toBe(1)
      expect(r.out).toBe('')
      expect(r.err).toContain(`'${tag}' is not a release tag of the form vMAJOR.MINOR.PATCH`)
    }
  )
})

describe('scripts/release-notes.sh', () => {
  describe("on this repository's CHANGELOG.md", () => {
    it("prints the 1.0.0 section's body, without its heading", () => {
      const r = bash('scripts/release-notes.sh', 'v1.0.0')
      expect(r.code).toBe(0)
      expect(r.out.startsWith('### Added\n')).toBe(true)
      expect(r.out).toContain('### Changed\n')
      expect(r.out).toContain('### Fixed\n')
      expect(r.out).toContain('**Dispatch mode**')
      expect(r.out).not.toContain('## [')
    })

    it('keeps an empty Unreleased section, which it refuses to publish', () => {
      expect(readFileSync('CHANGELOG.md', 'utf8')).toContain(
        '## [Unreleased]\n\n## [1.0.0] - 2026-11-29\n'
      )
      expect(bash('scripts/release-notes.sh', 'Unreleased').err).toContain(
        "'## [Unreleased]' in CHANGELOG.md is empty"
      )
    })
  })

  describe('when the section is missing', () => {
    it('fails naming the heading to add', () => {
      const r = bash('scripts/release-notes.sh', 'v9.9.9')
      expect(r.code).toBe(1)
      expect(r.out).toBe('')
      expect(r.err).toContain("has no section '## [9.9.9]'")
    })
  })

  describe('when one version is a prefix of another', () => {
    it('takes only the exact version, up to the next heading, without link definitions', () => {
      const text = [
        '# Changelog',
        '## [1.0.10] - 2026-12-01',
        '- ten',
        '## [1.0.1] - 2026-11-30',
        '',
        '- one',
        '',
        '[1.0.1]: https://example.com/v1.0.1',
        '## [1.0.0] - 2026-11-29',
        '- zero',
        ''
      ].join('\n')
      withChangelog(text, file => {
        expect(bash('scripts/release-notes.sh', '1.0.1', file)).toEqual({
          code: 0,
          out: '- one\n',
          err: ''
        })
      })
    })
  })
})

describe('scripts/release-dry-run.sh', () => {
  it('prints the major tag it would move, the release it would publish and the notes', () => {
    const r = bash('scripts/release-dry-run.sh', '--no-checks', 'v1.0.0')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(
      /== Would move v1 to [0-9a-f]{40}:\n {3}git tag -f v1 [0-9a-f]{40} && git push/
    )
    expect(r.out).toContain('gh release create v1.0.0 --verify-tag --title v1.0.0')
    expect(r.out).toContain('== Release notes:\n### Added\n')
  })

  it('refuses a tag that is not vMAJOR.MINOR.PATCH before doing anything', () => {
    const r = bash('scripts/release-dry-run.sh', '--no-checks', '1.0')
    expect(r.code).toBe(1)
    expect(r.out).toBe('')
  })
})

describe('.github/workflows/release.yml', () => {
  const workflow = parse(RELEASE_YML) as Release
  const steps = workflow.jobs.release.steps
  const writing = steps.filter(s => /git push|gh release create/.test(s.run ?? ''))

  it("passes GitHub's workflow parser", () => {
    const parsed = parseWorkflow(
      { name: 'release.yml', content: RELEASE_YML },
      new NoOperationTraceWriter()
    )
    expect(parsed.context.errors.getErrors().map(e => e.message)).toEqual([])
  })

  it('is a dry run by default when dispatched by hand, and a real release on a pushed tag', () => {
    expect(workflow.on.workflow_dispatch.inputs['dry-run']?.default).toBe(true)
    expect(workflow.jobs.release.env.DRY_RUN).toBe(
      "${{ github.event_name == 'workflow_dispatch' && inputs.dry-run }}"
    )
  })

  it('has exactly two writing steps: moving the major tag and creating the release', () => {
    expect(writing.map(s => s.name)).toEqual([
      'Move ${{ steps.tag.outputs.major }} to ${{ env.TAG }}',
      'Create the GitHub release'
    ])
  })

  it.each([0, 1])('on a dry run, writing step %i only echoes and exits before any write', i => {
    const run = writing[i]?.run ?? ''
    const guard = run.indexOf('if [ "$DRY_RUN" = true ]; then')
    const dryBranch = run.slice(guard, run.indexOf('fi\n', guard))
    expect(guard).toBeGreaterThanOrEqual(0)
    // Before the guard nothing runs; inside it, only echo and exit 0; every write comes after it.
    expect(run.slice(0, guard).trim()).toBe('')
    const commands = dryBranch
      .split('\n')
      .slice(1)
      .map(line => line.trim())
      .filter(Boolean)
    expect(commands.every(c => c.startsWith('echo ') || c === 'exit 0')).toBe(true)
    expect(commands).toContain('exit 0')
    expect(run.slice(guard + dryBranch.length)).toMatch(/^\s*(git push|gh release create)/m)
  })

  it('writes nowhere else: no other step pushes, tags, publishes or uses a writing action', () => {
    const others = steps.filter(s => !writing.includes(s))
    expect(others.filter(s => /git (push|tag)|gh release|gh api/.test(s.run ?? ''))).toEqual([])
    expect(others.map(s => s.uses?.split('@')[0]).filter(Boolean)).toEqual([
      'actions/checkout',
      'actions/setup-node'
    ])
  })
})
