// "The next clean run converges": after a sequence's fault-free final run, the repository must look as a clean
// repository looks after one run with the same inputs (the final run sits early in a new period, so no earlier
// sample weighs on its plan).
import { type GitHubFake } from '../../__fixtures__/github-fake/index.js'
import { openThreads, SCHEDULE_BRANCH, stateSamples, type Finding } from './invariants.js'
import { type ChildRun } from './spawn-run.js'

/** One side of the comparison: a repository and the final run made on it. */
export interface EndState {
  fake: GitHubFake
  run: ChildRun
}

function threadDifferences(soaked: GitHubFake, clean: GitHubFake): string[] {
  const a = openThreads(soaked)
  const b = openThreads(clean)
  const titles = (threads: Array<{ title: string }>) => JSON.stringify(threads.map(t => t.title))
  const differences: string[] = []
  if (titles(a.pulls) !== titles(b.pulls))
    differences.push(`open pull requests ${titles(a.pulls)}, clean run ${titles(b.pulls)}`)
  if (titles(a.alerts) !== titles(b.alerts))
    differences.push(`open alert issues ${titles(a.alerts)}, clean run ${titles(b.alerts)}`)
  return differences
}

function fileDifferences(
  soaked: GitHubFake,
  clean: GitHubFake,
  paths: readonly string[]
): string[] {
  const exists = (fake: GitHubFake) => fake.branchHead(SCHEDULE_BRANCH) !== undefined
  if (exists(soaked) !== exists(clean))
    return [
      `${SCHEDULE_BRANCH} ${exists(soaked) ? 'exists' : 'is missing'}, clean run: ${exists(clean) ? 'exists' : 'missing'}`
    ]
  return paths
    .filter(
      p =>
        soaked.fileAt(SCHEDULE_BRANCH, p) !== clean.fileAt(SCHEDULE_BRANCH, p) ||
        soaked.fileAt('main', p) !== clean.fileAt('main', p)
    )
    .map(p => `${p} differs from the clean run's`)
}

function outputDifferences(soaked: ChildRun, clean: ChildRun): string[] {
  return ['mode', 'status', 'changed-workflows']
    .filter(name => soaked.outputs[name] !== clean.outputs[name])
    .map(name => `output ${name} '${soaked.outputs[name]}', clean run '${clean.outputs[name]}'`)
}

/**
 * Differences between the soaked repository and the clean one; `given` are the samples the sequence's runs were
 * given (the soaked state may hold any of them, and must hold the clean run's).
 */
export function convergenceFindings(
  soaked: EndState,
  clean: EndState,
  paths: readonly string[],
  given: ReadonlySet<string>
): Finding[] {
  const findings: Finding[] = [
    ...fileDifferences(soaked.fake, clean.fake, paths),
    ...threadDifferences(soaked.fake, clean.fake),
    ...outputDifferences(soaked.run, clean.run)
  ].map(detail => ({ kind: 'not-converged', detail }))
  const mine = stateSamples(soaked.fake) ?? new Set<string>()
  for (const key of stateSamples(clean.fake) ?? [])
    if (!mine.has(key))
      findings.push({ kind: 'not-converged', detail: `the clean run's sample ${key} is missing` })
  for (const key of mine)
    if (!given.has(key))
      findings.push({
        kind: 'phantom-sample',
        detail: `${key} is in the state but no run was given it`
      })
  return findings
}
