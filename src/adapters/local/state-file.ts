import { createHash } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { StaleFileError } from '../../ports/errors.js'
import { type StateStorage } from '../../ports/state-storage.js'

const versionOf = (text: string) => createHash('sha1').update(text).digest('hex')

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** The state as a file on disk (the CLI's `--history`); a write that finds the file changed is stale. */
export function stateFile(path: string): StateStorage {
  return {
    async read() {
      const text = await readText(path)
      return text === undefined ? undefined : { text, version: versionOf(text) }
    },
    async write(text, version) {
      const current = await readText(path)
      if ((current === undefined ? undefined : versionOf(current)) !== version) {
        throw new StaleFileError(`${path} changed while this run was writing it`)
      }
      await writeFile(`${path}.orchestrator-tmp`, text, 'utf8')
      await rename(`${path}.orchestrator-tmp`, path)
    }
  }
}
