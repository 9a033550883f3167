/**
 * What every operation of the action runs on: the GitHub ports for the settings (billing over its own client), the
 * test and demo knobs, and the progress that groups log lines. Loaded by main.ts once an operation starts.
 */
import * as core from '@actions/core'
import { gitHubBillingPorts, gitHubPorts } from './adapters/github/github-repository.js'
import { parseRepoId } from './adapters/github/repo-id.js'
import { RUNS_PATH, STATE_PATH, stateName, stateOnBranch } from './adapters/github/state-branch.js'
import { type ActionSettings } from './settings.js'
import { type Progress } from './use-cases/apply-schedules/apply-schedules.js'

/** Test and demo knobs for runs against a local GitHub fake: shorter backoff, write spacing and deadline. */
function timing() {
  const ms = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined)
  return {
    backoffMs: ms('ORCHESTRATOR_BACKOFF_MS'),
    writeSpacingMs: ms('ORCHESTRATOR_WRITE_SPACING_MS'),
    timeoutMs: ms('ORCHESTRATOR_TIMEOUT_MS')
  }
}

/** The ports of the repository the workflow runs in, with the run's request count over both clients. */
export function actionPorts(settings: ActionSettings) {
  const github = gitHubPorts(
    parseRepoId(process.env.GITHUB_REPOSITORY),
    { token: settings.token, baseUrl: process.env.GITHUB_API_URL, ...timing() },
    {
      base: settings.base,
      configPath: settings.config,
      stateBranch: settings.stateBranch,
      statePath: STATE_PATH,
      branch: settings.branch,
      label: settings.labels[0] ?? 'orchestrator',
      // The audit reads no pull request or issue, so it runs with contents: read and actions: read only.
      threads: settings.operation !== 'audit'
    }
  )
  // Billing is read with its own token (`billing-token`), over its own client; both count toward the run's calls.
  const billing = gitHubBillingPorts({
    token: settings.billing.token,
    baseUrl: process.env.GITHUB_API_URL,
    ...timing()
  })
  // The state branch as this run has seen it: the state and the run records share what is known of it.
  const known = new Set<string>()
  return {
    ...github,
    billing,
    requestCount: () => github.requestCount() + billing.requestCount(),
    stateName: stateName(settings.stateBranch),
    stateStorage: (baseHead: string) =>
      stateOnBranch(github, { branch: settings.stateBranch, baseHead, known }),
    // The run records beside the state: a tick reads them for a budget in dollars or minutes (DESIGN §13).
    runsName: stateName(settings.stateBranch, RUNS_PATH),
    runsStorage: (baseHead: string) =>
      stateOnBranch(github, { branch: settings.stateBranch, baseHead, path: RUNS_PATH, known })
  }
}

/** The ports an operation is given. */
export type ActionPorts = ReturnType<typeof actionPorts>

/** Each phase's log lines in a group. */
export const progress: Progress = {
  phase: (name, work) => core.group(name, work),
  info: line => core.info(line)
}
