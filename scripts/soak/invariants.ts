// DESIGN §14's invariants, checked on the fake after every step: the base branch untouched, at most one open pull
// request and one open alert issue, the fixed branch holding one mode's full rewrite, the state valid, ordered and
// holding every sample ever recorded.
import { type GitHubFake } from '../../__fixtures__/github-fake/index.js'
import { MODES } from '../../src/core/schedule/schedule.js'
import { branchMode, modesOfText, type Rewrites } from './expected.js'

export const SCHEDULE_BRANCH = 'orchestrator/schedules'
export const STATE_BRANCH = 'orchestrator-state'
export const STATE_PATH = 'orchestrator/state.json'

/** What a repository started as, and what the soak has seen of it since. */
export interface RepoWatch {
  fake: GitHubFake
  base: { branch: string; head: string; files: Record<string, string> }
  rewrites: Rewrites
  /** Samples (`at|used`) seen in the state at any point: none may go missing later. */
  recorded: Set<string>
}

/** One broken invariant, as reported. */
export interface Finding {
  kind: string
  detail: string
}

/** A sample as a set member; `at` normalised, so '…:00Z' and '…:00.000Z' are one instant. */
export function sampleKey(at: string, used: number): string {
  const time = Date.parse(at)
  return `${Number.isNaN(time) ? at : new Date(time).toISOString()}|${used}`
}

/** The base branch where it started: its head and every file. */
export function baseFindings(watch: Pick<RepoWatch, 'fake' | 'base'>): Finding[] {
  const { fake, base } = watch
  const findings: Finding[] = []
  const head = fake.branchHead(base.branch)
  if (head !== base.head)
    findings.push({
      kind: 'base-changed',
      detail: `${base.branch} moved ${base.head.slice(0, 7)} → ${head?.slice(0, 7)}`
    })
  for (const [path, text] of Object.entries(base.files))
    if (fake.fileAt(base.branch, path) !== text)
      findings.push({ kind: 'base-changed', detail: `${path} differs on ${base.branch}` })
  return findings
}

/** Open pull requests and open alert issues (only the orchestrator opens either in a soak repository). */
export function openThreads(fake: GitHubFake) {
  return {
    pulls: fake.pulls().filter(p => p.state === 'open'),
    alerts: fake.issues().filter(i => i.state === 'open')
  }
}

function threadFindings(fake: GitHubFake): Finding[] {
  const { pulls, alerts } = openThreads(fake)
  const findings: Finding[] = []
  if (pulls.length > 1)
    findings.push({
      kind: 'two-pull-requests',
      detail: pulls.map(p => `#${p.number} "${p.title}"`).join(', ')
    })
  if (alerts.length > 1)
    findings.push({
      kind: 'two-alert-issues',
      detail: alerts.map(i => `#${i.number} "${i.title}"`).join(', ')
    })
  return findings
}

function describeFile(watch: RepoWatch, path: string, text: string | undefined): string {
  if (text === undefined) return `${path}: missing`
  if (text === watch.base.files[path]) return `${path}: base`
  const modes = modesOfText(watch.rewrites, path, text)
  return `${path}: ${modes.length > 0 ? modes.join('/') : 'no mode (corrupt)'}`
}

function branchFindings(watch: RepoWatch): Finding[] {
  const { fake, base, rewrites } = watch
  if (fake.branchHead(SCHEDULE_BRANCH) === undefined) return []
  const text = (path: string) => fake.fileAt(SCHEDULE_BRANCH, path)
  const findings: Finding[] = []
  if (branchMode(rewrites, base.files, text) === undefined) {
    const files = rewrites.paths.map(p => describeFile(watch, p, text(p))).join('; ')
    findings.push({ kind: 'branch-mixed-or-corrupt', detail: files })
  }
  const managed = new Set(rewrites.paths)
  for (const [path, original] of Object.entries(base.files))
    if (!managed.has(path) && text(path) !== original)
      findings.push({
        kind: 'branch-mixed-or-corrupt',
        detail: `${path} (not managed) differs from the base`
      })
  const open = openThreads(fake).pulls[0]
  const titled = open && MODES.find(m => open.title.includes(` ${m} `))
  const held = branchMode(rewrites, base.files, text)
  if (titled && held && held !== 'base' && held !== titled)
    findings.push({
      kind: 'pull-request-mismatch',
      detail: `#${open.number} "${open.title}" but the branch holds the ${held} rewrite`
    })
  return findings
}

const isTime = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v))
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** The state file's problems, checked here against DESIGN §6's shape rather than with the product's own parser. */
export function stateProblems(text: string): string[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`]
  }
  if (!isRecord(data) || !Array.isArray(data.samples) || !Array.isArray(data.changes))
    return ['not an object with samples and changes arrays']
  const problems: string[] = []
  data.samples.forEach((s: unknown, i) => {
    if (!isRecord(s) || !isTime(s.at) || typeof s.used !== 'number' || !(s.used >= 0))
      problems.push(`samples[${i}] is not {at, used ≥ 0}: ${JSON.stringify(s)}`)
  })
  data.changes.forEach((c: unknown, i) => {
    const crons = (v: unknown) => Array.isArray(v) && v.every(x => typeof x === 'string')
    if (
      !isRecord(c) ||
      !isTime(c.at) ||
      typeof c.workflow !== 'string' ||
      typeof c.path !== 'string' ||
      !MODES.includes(c.mode as never) ||
      !crons(c.from) ||
      !crons(c.to)
    )
      problems.push(
        `changes[${i}] is not {at, mode, workflow, path, from, to}: ${JSON.stringify(c)}`
      )
  })
  for (const list of ['samples', 'changes'] as const) {
    const times = (data[list] as Array<{ at?: unknown }>).map(x => Date.parse(String(x?.at)))
    const i = times.findIndex((t, k) => k > 0 && t < (times[k - 1] as number))
    if (i > 0) problems.push(`${list} out of time order at [${i}]`)
  }
  const keys = (data.samples as Array<{ at: string; used: number }>).map(s =>
    sampleKey(s.at, s.used)
  )
  const twice = keys.find((k, i) => keys.indexOf(k) !== i)
  if (twice) problems.push(`sample ${twice} recorded twice`)
  return problems
}

/** The samples in the state now (`at|used`), or undefined when there is no readable state. */
export function stateSamples(fake: GitHubFake): Set<string> | undefined {
  const text = fake.fileAt(STATE_BRANCH, STATE_PATH)
  if (text === undefined) return undefined
  try {
    const data = JSON.parse(text) as { samples?: Array<{ at: string; used: number }> }
    return new Set((data.samples ?? []).map(s => sampleKey(s.at, s.used)))
  } catch {
    return undefined
  }
}

function stateFindings(watch: RepoWatch, succeeded: readonly string[]): Finding[] {
  const text = watch.fake.fileAt(STATE_BRANCH, STATE_PATH)
  const findings: Finding[] = []
  if (text !== undefined)
    for (const problem of stateProblems(text))
      findings.push({ kind: 'state-invalid', detail: problem })
  const now = stateSamples(watch.fake) ?? new Set<string>()
  for (const key of watch.recorded)
    if (!now.has(key))
      findings.push({ kind: 'sample-lost', detail: `${key} was in the state and is gone` })
  for (const key of succeeded)
    if (!now.has(key) && !watch.recorded.has(key))
      findings.push({
        kind: 'sample-lost',
        detail: `${key}: the run succeeded but the state lacks its sample`
      })
  for (const key of now) watch.recorded.add(key)
  return findings
}

/** Every invariant after a step; `succeeded` are the samples of the step's runs that exited 0. */
export function checkRepository(watch: RepoWatch, succeeded: readonly string[]): Finding[] {
  return [
    ...baseFindings(watch),
    ...threadFindings(watch.fake),
    ...branchFindings(watch),
    ...stateFindings(watch, succeeded)
  ]
}
