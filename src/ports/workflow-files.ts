/** Port: the repository's files and branches (DESIGN §2). */

/** A file's text with the git blob sha needed to update it. */
export interface FileVersion {
  text: string
  sha: string
}

/** How a branch compares with the base: what it changes, and whether it is built on the base's head. */
export interface BranchComparison {
  upToDate: boolean
  /** Changed path → git blob sha on the branch. */
  files: Map<string, string>
}

/** The repository's settings a run needs. */
export interface RepositoryInfo {
  defaultBranch: string
  /** False only when GitHub says issues are disabled. */
  issuesEnabled: boolean
  owner: string
  /** The owner is an organisation (billing is read from /organizations/…). */
  ownerIsOrganization: boolean
  /** A public repository (GitHub disables its scheduled workflows after 60 days without activity); absent: unknown. */
  public?: boolean
  /** The last push to the repository, ISO; absent: unknown. */
  pushedAt?: string
}

/** Reads text files of one tree; undefined when a file does not exist. */
export interface TextSource {
  readText(path: string): Promise<string | undefined>
}

/** Files and branches. Writes throw StaleFileError when the given sha is no longer the file's. */
export interface WorkflowFiles {
  info(): Promise<RepositoryInfo>
  readFile(path: string, ref: string): Promise<FileVersion | undefined>
  branchHead(branch: string): Promise<string | undefined>
  compare(base: string, head: string): Promise<BranchComparison>
  /** Throws AlreadyExistsError when the branch exists. */
  createBranch(branch: string, sha: string): Promise<void>
  resetBranch(branch: string, sha: string): Promise<void>
  /**
   * Moves a branch forward to a commit built on its head, never forced: StaleFileError when it moved meanwhile,
   * PermissionError when branch protection refuses.
   */
  advanceBranch(branch: string, sha: string): Promise<void>
  /** A branch already gone is not an error. */
  deleteBranch(branch: string): Promise<void>
  /** One commit on top of `parent` changing exactly these files; moves no branch. Returns the commit sha. */
  commitFiles(change: {
    parent: string
    /** The parent's tree, when the caller knows it (saves a read). */
    baseTree?: string
    files: ReadonlyArray<{ path: string; text: string }>
    message: string
  }): Promise<string>
  writeFile(change: {
    branch: string
    path: string
    text: string
    message: string
    sha?: string
  }): Promise<void>
}

/** Where GitHub reads workflows from: the files directly in this folder. */
export const WORKFLOWS_DIR = '.github/workflows'

/** Lists the workflow files of one tree (DESIGN §13: the audit reads every one, managed or not). */
export interface WorkflowListing {
  /** The paths of the `.yml`/`.yaml` files directly in `.github/workflows/` at `ref`, sorted; none when it is absent. */
  listWorkflowFiles(ref: string): Promise<string[]>
}

/** Whether a path is a workflow file GitHub would run: `.yml`/`.yaml` directly in `.github/workflows/`. */
export function isWorkflowPath(path: string): boolean {
  const name = path.slice(WORKFLOWS_DIR.length + 1)
  return path.startsWith(`${WORKFLOWS_DIR}/`) && !name.includes('/') && /\.ya?ml$/.test(name)
}

/** The files of one ref, seen as a TextSource. */
export function textSourceAt(files: Pick<WorkflowFiles, 'readFile'>, ref: string): TextSource {
  return { readText: async path => (await files.readFile(path, ref))?.text }
}
