import { gitHubBillingPorts, gitHubPorts } from '../src/adapters/github/github-repository.js'
import { STATE_PATH, stateName, stateOnBranch } from '../src/adapters/github/state-branch.js'
import { parseActionSettings, type ActionSettings } from '../src/settings.js'
import {
  applySchedules,
  type ApplyPorts,
  type RunResult
} from '../src/use-cases/apply-schedules/apply-schedules.js'
import { exampleFiles } from './example-repo.js'
import { startGitHubFake, type FakeOptions, type GitHubFake } from './github-fake/index.js'
import { defaultInputs } from './run-action.js'

/** The system under test: apply-schedules in process, over the real GitHub adapter, against the GitHub fake. */
export interface ApplySut {
  fake: GitHubFake
  /** One run with these inputs (over action.yml's defaults) at `now`. */
  run(inputs: Record<string, string>, now?: string): Promise<RunResult>
  /** The same run, or the error it failed with. */
  fail(inputs: Record<string, string>, now?: string): Promise<Error>
}

function ports(fake: GitHubFake, settings: ActionSettings): ApplyPorts {
  const stateBranch = settings.stateBranch
  const github = gitHubPorts(
    { owner: fake.owner, repo: fake.repo },
    { token: 'ghp_test', baseUrl: fake.url, backoffMs: 1, writeSpacingMs: 0 },
    {
      base: settings.base,
      configPath: settings.config,
      stateBranch,
      statePath: STATE_PATH,
      branch: settings.branch,
      label: settings.labels[0] ?? 'orchestrator'
    }
  )
  const billing = gitHubBillingPorts({
    token: settings.billing.token,
    baseUrl: fake.url,
    backoffMs: 1,
    writeSpacingMs: 0
  })
  return {
    ...github,
    billing,
    requestCount: () => github.requestCount() + billing.requestCount(),
    stateName: stateName(stateBranch),
    stateStorage: baseHead => stateOnBranch(github, { branch: stateBranch, baseHead })
  }
}

/** Starts a fake seeded with examples/ (plus `options`) and returns the runner of apply-schedules against it. */
export async function applySut(options: FakeOptions = {}): Promise<ApplySut> {
  const fake = await startGitHubFake({ files: exampleFiles(), ...options })
  const run = (inputs: Record<string, string>, now = '2025-11-12T02:24:00Z') => {
    const all: Record<string, string> = { ...defaultInputs(), token: 'ghp_test', ...inputs }
    const settings = parseActionSettings(name => all[name] ?? '')
    return applySchedules(ports(fake, settings), settings, new Date(now))
  }
  const fail = async (inputs: Record<string, string>, now?: string) => {
    try {
      await run(inputs, now)
    } catch (error) {
      return error as Error
    }
    throw new Error('expected the run to fail')
  }
  return { fake, run, fail }
}
