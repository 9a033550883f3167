import { AlreadyExistsError } from '../../ports/errors.js'
import { type StateStorage } from '../../ports/state-storage.js'
import { type WorkflowFiles } from '../../ports/workflow-files.js'

/** Where the state file lives on the state branch. */
export const STATE_PATH = 'orchestrator/state.json'

/**
 * The state as one file on its own branch, never the base branch. The branch is made from `baseHead` on the first
 * write; a branch another run made in between is written onto.
 */
export function stateOnBranch(
  files: WorkflowFiles,
  where: { branch: string; baseHead: string }
): StateStorage {
  let branchExists: boolean | undefined
  return {
    async read() {
      branchExists = (await files.branchHead(where.branch)) !== undefined
      if (!branchExists) return undefined
      const file = await files.readFile(STATE_PATH, where.branch)
      return file && { text: file.text, version: file.sha }
    },
    async write(text, version, message) {
      if (branchExists === false) {
        try {
          await files.createBranch(where.branch, where.baseHead)
        } catch (error) {
          if (!(error instanceof AlreadyExistsError)) throw error
        }
        branchExists = true
      }
      await files.writeFile({ branch: where.branch, path: STATE_PATH, text, message, sha: version })
    }
  }
}

/** How the state is named in messages. */
export function stateName(branch: string): string {
  return `${branch}:${STATE_PATH}`
}
