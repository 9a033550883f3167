import { type GitHubClient } from './client.js'
import { calling } from './github-error.js'
import { type RepoId } from './repo-id.js'

/**
 * One commit on top of `parent` that changes exactly these files, through the Git Data API: a tree made from the
 * parent's tree with the new contents inline, then the commit. No branch moves, so a failure leaves nothing visible.
 */
export function commitFiles(
  client: GitHubClient,
  repo: RepoId,
  change: {
    parent: string
    baseTree?: string
    files: ReadonlyArray<{ path: string; text: string }>
    message: string
  }
): Promise<string> {
  return calling('commit the schedule changes', async () => {
    const baseTree =
      change.baseTree ??
      (await client.rest.git.getCommit({ ...repo, commit_sha: change.parent })).data.tree.sha
    const tree = await client.rest.git.createTree({
      ...repo,
      base_tree: baseTree,
      tree: change.files.map(f => ({
        path: f.path,
        mode: '100644' as const,
        type: 'blob' as const,
        content: f.text
      }))
    })
    const commit = await client.rest.git.createCommit({
      ...repo,
      message: change.message,
      tree: tree.data.sha,
      parents: [change.parent]
    })
    return commit.data.sha
  })
}
