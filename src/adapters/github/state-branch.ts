import { AlreadyExistsError } from '../../ports/errors.js'
import { type StateStorage } from '../../ports/state-storage.js'
import { type WorkflowFiles } from '../../ports/workflow-files.js'

/** Where the state file lives on the state branch. */
export const STATE_PATH = 'orchestrator/state.json'

/** Where the run records live on the state branch, apart from the state so that it stays small (DESIGN §10). */
export const RUNS_PATH = 'orchestrator/runs.json'

/**
 * The state as one file on its own branch, never the base branch (`path`, default the state's; the run records use
 * their own). When no state was found the branch is made from `baseHead` before the first write; a branch that exists
 * already (or another run made in between) is written onto. `known`, shared by a run's storages, holds the branches
 * seen to exist — a file read from one, or one made — so that the run records beside a state file (or the state
 * just made) do not ask for the branch again.
 */
export function stateOnBranch(
  files: WorkflowFiles,
  where: { branch: string; baseHead: string; path?: string; known?: Set<string> }
): StateStorage {
  const path = where.path ?? STATE_PATH
  const known = where.known ?? new Set<string>()
  let found: boolean | undefined
  return {
    // One read: a missing branch and a missing file both answer 404.
    async read() {
      const file = await files.readFile(path, where.branch)
      found = file !== undefined
      if (found) known.add(where.branch)
      return file && { text: file.text, version: file.sha }
    },
    async write(text, version, message) {
      if (found === false && !known.has(where.branch)) {
        try {
          await files.createBranch(where.branch, where.baseHead)
        } catch (error) {
          if (!(error instanceof AlreadyExistsError)) throw error
        }
      }
      found = true
      known.add(where.branch)
      await files.writeFile({ branch: where.branch, path, text, message, sha: version })
    }
  }
}

/** How the state is named in messages. */
export function stateName(branch: string, path = STATE_PATH): string {
  return `${branch}:${path}`
}
