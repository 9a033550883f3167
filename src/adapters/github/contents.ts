import { isWorkflowPath, WORKFLOWS_DIR, type FileVersion } from '../../ports/workflow-files.js'
import { type GitHubClient } from './client.js'
import { statusOf, wrapGitHubError, wrapWorkflowWriteError } from './github-error.js'
import { type RepoId } from './repo-id.js'

/** A file's text and blob sha at a ref; undefined when GitHub answers 404. */
export async function readFile(
  client: GitHubClient,
  repo: RepoId,
  path: string,
  ref: string
): Promise<FileVersion | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repo, path, ref })
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
      throw new Error(
        `${path} at ${ref} is a ${Array.isArray(data) ? 'directory' : data.type}, not a file`
      )
    }
    return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha }
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw wrapGitHubError(`read ${path} at ${ref}`, error)
  }
}

/** The workflow files at a ref: one directory listing; none when `.github/workflows/` does not exist (404). */
export async function listWorkflowFiles(
  client: GitHubClient,
  repo: RepoId,
  ref: string
): Promise<string[]> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repo, path: WORKFLOWS_DIR, ref })
    const entries = Array.isArray(data) ? data : []
    return entries
      .filter(e => e.type === 'file')
      .map(e => `${WORKFLOWS_DIR}/${e.name}`)
      .filter(isWorkflowPath)
      .sort()
  } catch (error) {
    if (statusOf(error) === 404) return []
    throw wrapGitHubError(`list ${WORKFLOWS_DIR} at ${ref}`, error)
  }
}

/** Creates or updates one file as one commit on `branch`. */
export async function writeFile(
  client: GitHubClient,
  repo: RepoId,
  change: { branch: string; path: string; text: string; message: string; sha?: string }
): Promise<void> {
  try {
    await client.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: change.path,
      branch: change.branch,
      message: change.message,
      content: Buffer.from(change.text, 'utf8').toString('base64'),
      ...(change.sha ? { sha: change.sha } : {})
    })
  } catch (error) {
    throw wrapWorkflowWriteError(change.path, error)
  }
}
