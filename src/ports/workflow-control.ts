/** Port: starting, enabling and disabling workflows (DESIGN §12, §13). */

/** The run a dispatch created, when GitHub says (return_run_details). */
export interface DispatchedRun {
  /** Undefined when GitHub accepted the dispatch without details (HTTP 204). */
  runId: number | undefined
  /** The run's page on GitHub. */
  url: string | undefined
}

/**
 * A workflow is an id, a file name (`nightly.yml`) or a path. Refusals: PermissionError (the token lacks
 * `actions: write`), NotFoundError (no such workflow), RemoteError naming GitHub's reason (no `workflow_dispatch`
 * trigger, a disabled workflow, inputs it does not declare or requires, a ref that does not exist).
 */
export interface WorkflowControl {
  dispatch(
    workflow: number | string,
    request: { ref: string; inputs?: Record<string, string> }
  ): Promise<DispatchedRun>
  enable(workflow: number | string): Promise<void>
  disable(workflow: number | string): Promise<void>
}
