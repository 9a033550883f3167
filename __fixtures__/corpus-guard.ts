/**
 * The real corpora live beside the clone (`../shared/corpus/`), never in the repository. CI has them and sets
 * REQUIRE_CORPUS, so a missing corpus fails there; elsewhere the tests that need one show as skipped.
 */
import { existsSync } from 'node:fs'
import { describe } from '@jest/globals'

/** Whether the corpus at `path` is here, and the `describe` its tests run under (skipped without it). */
export function corpusGuard(path: string): { have: boolean; describe: typeof describe } {
  const have = existsSync(path)
  if (!have && process.env.REQUIRE_CORPUS) throw new Error(`the corpus is missing at ${path}`)
  return { have, describe: have ? describe : (describe.skip as typeof describe) }
}
