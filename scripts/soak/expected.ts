// What the fixed branch may hold, computed in-process from the example files with the product's pure core: for each
// mode, the full rewrite of every managed workflow.
import { parseConfig, DEFAULT_CONFIG_PATH } from '../../src/core/schedule/config.js'
import { editSchedule } from '../../src/core/schedule/schedule-editor.js'
import { MODES, type Mode } from '../../src/core/schedule/schedule.js'

/** The managed paths and, per mode, each path's text after that mode's rewrite. */
export interface Rewrites {
  paths: string[]
  byMode: Record<Mode, Map<string, string>>
}

/** Every mode's full rewrite of the managed workflows in `files` (the base branch). */
export function modeRewrites(files: Record<string, string>): Rewrites {
  const config = parseConfig(files[DEFAULT_CONFIG_PATH] ?? '', DEFAULT_CONFIG_PATH)
  const paths = config.workflows.map(w => w.path)
  const rewrite = (mode: Mode) =>
    new Map(
      config.workflows.map(w => [
        w.path,
        editSchedule(files[w.path] ?? '', w.path, w.schedules[mode])
      ])
    )
  const byMode = Object.fromEntries(MODES.map(m => [m, rewrite(m)])) as Record<
    Mode,
    Map<string, string>
  >
  return { paths, byMode }
}

/**
 * The mode whose full rewrite the branch holds, 'base' when it holds the base texts, or undefined when it holds
 * neither (a corrupt file, or files of two runs or two modes).
 */
export function branchMode(
  rewrites: Rewrites,
  base: Record<string, string>,
  branchText: (path: string) => string | undefined
): Mode | 'base' | undefined {
  const same = (expected: (path: string) => string | undefined) =>
    rewrites.paths.every(p => branchText(p) === expected(p))
  if (same(p => base[p])) return 'base'
  return MODES.find(m => same(p => rewrites.byMode[m].get(p)))
}

/** The modes whose rewrite produces exactly this text for the path (empty: the text is no mode's). */
export function modesOfText(rewrites: Rewrites, path: string, text: string | undefined): Mode[] {
  return MODES.filter(m => rewrites.byMode[m].get(path) === text)
}
