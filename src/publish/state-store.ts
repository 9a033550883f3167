import { GitHubError, StaleFileError } from '../adapters/github/github-error.js'
import {
  emptyState,
  mergeStates,
  parseState,
  recordInState,
  serializeState,
  type ScheduleChange,
  type State
} from '../core/state/state.js'
import { type UsageSample } from '../core/usage/usage.js'
import { type Repository } from '../ports/repository.js'

/** Where the state file lives on the state branch. */
export const STATE_PATH = 'orchestrator/state.json'

const STALE_RETRIES = 3

/** The state as read, with what is needed to write it back. */
export interface LoadedState {
  state: State
  sha: string | undefined
  branchExists: boolean
}

/** No state: the state is disabled, or this is the first run. */
export function emptyLoadedState(): LoadedState {
  return { state: emptyState(), sha: undefined, branchExists: false }
}

/** Reads the state from its branch; a missing branch or file is an empty state. */
export async function loadState(repo: Repository, branch: string): Promise<LoadedState> {
  const head = await repo.branchHead(branch)
  if (!head) return emptyLoadedState()
  const file = await repo.readFile(STATE_PATH, branch)
  if (!file) return { state: emptyState(), sha: undefined, branchExists: true }
  return {
    state: parseState(file.text, `${branch}:${STATE_PATH}`),
    sha: file.sha,
    branchExists: true
  }
}

/** The changes to record: a workflow's change is skipped when the last one recorded for it is the same. */
export function newChanges(state: State, changes: readonly ScheduleChange[]): ScheduleChange[] {
  return changes.filter(change => {
    const last = state.changes.filter(c => c.workflow === change.workflow).at(-1)
    return (
      !last || JSON.stringify([last.from, last.to]) !== JSON.stringify([change.from, change.to])
    )
  })
}

async function createStateBranch(repo: Repository, where: { branch: string; baseHead: string }) {
  try {
    await repo.createBranch(where.branch, where.baseHead)
  } catch (error) {
    // Another run made it in between: write onto theirs.
    if (!(error instanceof GitHubError && error.status === 422)) throw error
  }
}

/**
 * Appends a sample and the changes to the state file, written with its sha. The branch is made from `baseHead` on
 * first use; on 409 the newer state is read, merged and written again.
 */
export async function saveState(
  repo: Repository,
  where: { branch: string; baseHead: string },
  loaded: LoadedState,
  additions: { samples: readonly UsageSample[]; changes: readonly ScheduleChange[] }
): Promise<void> {
  const ours = recordInState(loaded.state, additions)
  if (!loaded.branchExists) await createStateBranch(repo, where)
  let current = { state: ours, sha: loaded.sha }
  for (let attempt = 0; ; attempt++) {
    try {
      const message = `orchestrator: record usage ${additions.samples.map(s => s.used).join(', ') || 'state'}`
      return await repo.writeFile({
        branch: where.branch,
        path: STATE_PATH,
        text: serializeState(current.state),
        message,
        sha: current.sha
      })
    } catch (error) {
      if (!(error instanceof StaleFileError) || attempt >= STALE_RETRIES) throw error
      const newer = await loadState(repo, where.branch)
      current = { state: mergeStates(newer.state, ours, loaded.state), sha: newer.sha }
    }
  }
}
