/** Port: where the state file lives (DESIGN §6): two calls, as actions/stale's state storage. */

/** The stored text and the version a write must name to replace it. */
export interface StoredState {
  text: string
  version: string
}

export interface StateStorage {
  /** The stored text, or undefined when nothing is stored yet. */
  read(): Promise<StoredState | undefined>
  /** Replaces the text stored at `version` (undefined: nothing stored yet); throws StaleFileError when it moved on. */
  write(text: string, version: string | undefined, message: string): Promise<void>
}
