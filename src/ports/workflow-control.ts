/** Port: starting, enabling and disabling workflows (DESIGN §12, §13). */

/** The run a dispatch created, when GitHub says (return_run_details). */
export interface DispatchedRun {
  runId: number | undefined
  url: string | undefined
}

export interface WorkflowControl {
  dispatch(
    workflow: number | string,
    request: { ref: string; inputs?: Record<string, string> }
  ): Promise<DispatchedRun>
  enable(workflow: number | string): Promise<void>
  disable(workflow: number | string): Promise<void>
}
