// The demo's second part: dispatch mode (DESIGN §12) on examples/dispatch/, a day of ticks of the real bundle
// (dist/index.js, operation: dispatch) against the GitHub fake. First the daily plan run opens the pull request that
// moves the two workflows' schedules to the orchestrator, and it is merged; then the tick runs every 10 minutes from
// 00:00 to 23:50 as .github/workflows/orchestrator.yml has it. Along the day: the usage figure is updated at 11:55
// (a busy morning), so the noon tick runs in normal mode instead of aggressive, with no pull request; the report started at 04:15 is still running at 08:15 (overlap: skip); GitHub
// drops the ticks from 15:00 to 17:00, and the 16:05 triage occurrence is past its one-hour catch-up when they return.
import { readFileSync } from 'node:fs'
import { createTwoFilesPatch } from 'diff'
import { parse } from 'yaml'
import { exampleFiles } from '../__fixtures__/example-repo.js'
import { startGitHubFake, type GitHubFake } from '../__fixtures__/github-fake/index.js'
import { runAction } from '../__fixtures__/run-action.js'

const DAY = '2025-11-12'
const ROOT = 'examples/dispatch'
const QUOTA = '1500'
/** The usage figure (vars.COPILOT_REQUESTS_USED) before and after someone updates it at 11:55. */
const USED_MORNING = '300'
const USED_NOON = '500'
const UPDATED_AT = `${DAY}T11:55:00Z`
/** GitHub drops the tick's scheduled runs in this span (a busy afternoon): no tick runs. */
const OUTAGE = { from: `${DAY}T15:00:00Z`, to: `${DAY}T17:00:00Z` }
/** The nightly report dispatched at 04:15 runs long: it ends at 09:00. */
const LONG_RUN = { due: `${DAY}T04:15:00.000Z`, endsAt: `${DAY}T09:00:00Z` }
const RULE = '─'.repeat(100)

interface Dispatched {
  workflow: string
  due: string
  occurrences: number
  runId?: number
}
interface Skipped {
  workflow: string
  due: string
  reason: string
}

const hhmm = (iso: string) => iso.slice(11, 16)

/** Each workflow's cron for the mode, from the example's config. */
function cronsOf(mode: string): string {
  const config = parse(readFileSync(`${ROOT}/.github/orchestrator.yml`, 'utf8')) as {
    workflows: Record<string, { schedules: Record<string, string> }>
  }
  return Object.entries(config.workflows)
    .map(([id, w]) => `${id} '${w.schedules[mode] ?? '?'}'`)
    .join(', ')
}

function heading(text: string): void {
  console.log(`\n${RULE}\n${text}\n${RULE}`)
}

async function run(fake: GitHubFake, now: string, inputs: Record<string, string>) {
  fake.setNow(now)
  const result = await runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    inputs: { token: 'demo-token', quota: QUOTA, 'reset-day': '1', ...inputs },
    now
  })
  if (result.code !== 0)
    throw new Error(`the action failed at ${now}:\n${result.stdout}\n${result.stderr}`)
  return result
}

/** The daily plan run, then the merge of its pull request: the workflows lose their `schedule:`. */
async function consolidate(fake: GitHubFake, files: Record<string, string>): Promise<void> {
  const now = `${DAY}T00:00:00Z`
  heading(
    `Dispatch mode: examples/dispatch/ — first the daily plan run (operation: apply), at ${hhmm(now)} on ${DAY}`
  )
  await run(fake, now, { used: USED_MORNING })
  const pull = fake.pulls().find(p => p.state === 'open')
  if (!pull) throw new Error('the plan run opened no pull request')
  console.log(`Pull request #${pull.number}: ${pull.title}\n`)
  const paths = Object.keys(files).filter(p => p.startsWith('.github/workflows/'))
  for (const path of paths) {
    const before = fake.fileAt('main', path) ?? ''
    const after = fake.fileAt(pull.head, path) ?? ''
    if (before !== after)
      console.log(
        createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, '', '', {
          context: 1
        }).replace(/^=+\n/, '')
      )
  }
  for (const path of paths) {
    const after = fake.fileAt(pull.head, path)
    if (after !== undefined && after !== fake.fileAt('main', path))
      fake.writeFile('main', path, after, `Merge #${pull.number}: ${path}`)
  }
  console.log(
    `Merged: the workflows keep only workflow_dispatch, and the tick (*/10 * * * *, operation: dispatch) starts them.`
  )
}

/** The day's tick times: every 10 minutes, but for the ones GitHub dropped. */
function tickTimes(): string[] {
  const start = Date.parse(`${DAY}T00:00:00Z`)
  const times = Array.from({ length: 144 }, (_, i) => new Date(start + i * 600_000).toISOString())
  return times.filter(
    t => !(t >= new Date(OUTAGE.from).toISOString() && t <= new Date(OUTAGE.to).toISOString())
  )
}

/** Runs end before the next tick, but for the long report, which ends at its time. */
function endRuns(fake: GitHubFake, now: string, longRunId: number | undefined): void {
  for (const r of fake.runs()) {
    if (r.status === 'completed') continue
    if (r.id === longRunId && Date.parse(now) < Date.parse(LONG_RUN.endsAt)) continue
    fake.completeRun(r.id, 'success', r.id === longRunId ? LONG_RUN.endsAt : now)
  }
}

function describeDispatched(d: Dispatched): string {
  const coalesced = d.occurrences > 1 ? `, ${d.occurrences} occurrences coalesced` : ''
  return `▶ ${d.workflow} (due ${hhmm(d.due)}${coalesced}) → run #${d.runId ?? '?'}`
}

const REASONS: Record<string, string> = {
  overlap: 'overlap — its last run is still in progress (overlap: skip)',
  missed: 'missed — older than its catch-up window',
  'max-dispatches': 'max-dispatches — left for the next tick',
  paused: 'paused after failed runs',
  budget: 'the budget is spent'
}

function describeSkipped(s: Skipped): string {
  return `⏭ ${s.workflow} (due ${hhmm(s.due)}) skipped: ${REASONS[s.reason] ?? s.reason}`
}

/** A day of ticks; prints each tick that did something, and the mode whenever it changes. */
async function day(fake: GitHubFake): Promise<void> {
  heading(
    `A day of ticks, ${DAY} 00:00–23:50 UTC (quota ${QUOTA}; usage ${USED_MORNING} until ${hhmm(UPDATED_AT)}, then ${USED_NOON})`
  )
  let mode = ''
  let quiet = 0
  let longRunId: number | undefined
  let outageShown = false
  const times = tickTimes()
  for (const now of times) {
    if (!outageShown && now > OUTAGE.from) {
      console.log(
        `        ⚠ no tick from ${hhmm(OUTAGE.from)} to ${hhmm(OUTAGE.to)}: GitHub dropped the scheduled runs`
      )
      outageShown = true
    }
    endRuns(fake, now, longRunId)
    const used = now < UPDATED_AT ? USED_MORNING : USED_NOON
    const result = await run(fake, now, { operation: 'dispatch', used })
    const dispatched = JSON.parse(result.outputs.dispatched || '[]') as Dispatched[]
    const skipped = JSON.parse(result.outputs.skipped || '[]') as Skipped[]
    const tickMode = result.outputs.mode ?? ''
    for (const d of dispatched)
      if (d.workflow === 'nightly-report' && d.due === LONG_RUN.due) longRunId = d.runId
    const changed = tickMode !== mode
    if (changed)
      console.log(
        `${hhmm(now)}  ── mode ${tickMode}${mode ? ` from this tick (usage ${used} of ${QUOTA} since ${hhmm(UPDATED_AT)}; was ${mode})` : ` (usage ${used} of ${QUOTA})`}: ${cronsOf(tickMode)}`
      )
    mode = tickMode
    const lines = [...dispatched.map(describeDispatched), ...skipped.map(describeSkipped)]
    if (lines.length === 0) quiet++
    if (lines.length === 0 && changed) lines.push(`— nothing due under ${tickMode}`)
    if (lines.length === 0) continue
    for (const [i, line] of lines.entries())
      console.log(`${i === 0 ? hhmm(now) : '     '}  ${tickMode.padEnd(12)}  ${line}`)
  }
  const onMain = new Set(fake.commitsOn('main').map(c => c.sha))
  const commits = fake.commitsOn('orchestrator-state').filter(c => !onMain.has(c.sha)).length
  console.log(
    `\n${times.length} ticks ran; ${quiet} had nothing due and wrote nothing. The state branch (orchestrator-state) got ${commits} commits: the plan run's, a claim from each tick with something due, the run ids from each tick that dispatched.`
  )
}

function summary(fake: GitHubFake): void {
  heading('What GitHub got: the workflow_dispatch requests of the day, by workflow')
  const byPath = new Map<string, string[]>()
  for (const d of fake.dispatches())
    byPath.set(d.path, [...(byPath.get(d.path) ?? []), `${hhmm(d.at)}`])
  for (const [path, times] of byPath)
    console.log(`${path} (${times.length} runs): ${times.join(' ')}`)
  const inputs = fake.dispatches().find(d => Object.keys(d.inputs).length > 0)
  if (inputs) console.log(`\nInputs passed to ${inputs.path}: ${JSON.stringify(inputs.inputs)}`)
  console.log(
    `GitHub fake: ${fake.requests.length} requests, all checked against GitHub's OpenAPI description (${fake.violations.length} violations)`
  )
  if (fake.violations.length > 0) console.log(fake.violations.join('\n'))
}

/** The dispatch part of the demo. */
export async function dispatchDemo(): Promise<void> {
  const files = exampleFiles(ROOT)
  const fake = await startGitHubFake({ files, now: `${DAY}T00:00:00Z` })
  try {
    await consolidate(fake, files)
    await day(fake)
    summary(fake)
  } finally {
    await fake.close()
  }
}
