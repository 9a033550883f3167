import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'
import { type TextSource } from '../../ports/workflow-files.js'

/** A repository checked out on disk: the local adapter used by the CLI. */
export class FileSystemRepository implements TextSource {
  constructor(private readonly root: string) {}

  private pathOf(path: string): string {
    const full = resolve(this.root, path)
    if (!full.startsWith(resolve(this.root) + sep))
      throw new Error(`${path} is outside ${this.root}`)
    return full
  }

  /** The file's text, or undefined when it does not exist. */
  async readText(path: string): Promise<string | undefined> {
    try {
      return await readFile(this.pathOf(path), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }

  /** Writes through a temporary file and a rename, so a reader never sees half a file. */
  async writeText(path: string, text: string): Promise<void> {
    const full = this.pathOf(path)
    await mkdir(dirname(full), { recursive: true })
    await writeFile(`${full}.orchestrator-tmp`, text, 'utf8')
    await rename(`${full}.orchestrator-tmp`, full)
  }
}
