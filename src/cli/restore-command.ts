import { readFile } from 'node:fs/promises'
import { FileSystemRepository } from '../adapters/local/file-system.js'
import { errorMessage, ValidationError } from '../core/errors.js'
import { changedWorkflows } from '../core/schedule/plan.js'
import { parseState } from '../core/state/state.js'
import { restoreJson } from '../reports/restore-report.js'
import { parseRestoreTo } from '../settings.js'
import { restoreFrom, targetsOrFail } from '../use-cases/restore-schedules.js'

/** What `restore` runs with, every flag value parsed. */
export interface RestoreOptions {
  restore: true
  root: string
  /** The state file holding the backup. */
  history: string
  /** The time whose crons to put back; undefined: the backup. */
  to: Date | undefined
  json: boolean
}

/** `restore --root <dir> --history <state file> [--to <ISO date>] [--json]`; a missing or bad value is a ValidationError. */
export function parseRestoreFlags(values: {
  root: string
  history?: string
  to?: string
  json: boolean
}): RestoreOptions {
  const problems: string[] = []
  if (values.history === undefined)
    problems.push('restore needs --history <state file>: the state holds the crons to restore')
  const to = parseRestoreTo(values.to ?? '', '--to', problems)
  if (problems.length > 0) throw new ValidationError(problems)
  return { restore: true, root: values.root, history: values.history!, to, json: values.json }
}

async function readState(path: string) {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ValidationError([`--history ${path} cannot be read (${errorMessage(error)})`])
  }
  return parseState(text, path)
}

/**
 * Writes the recorded workflows under --root back to the backup in the state file (or to the crons in force at --to),
 * as `apply` writes a plan. Nothing recorded is an error naming the file; nothing is written then.
 */
export async function runRestore(options: RestoreOptions, out: (text: string) => void) {
  const state = await readState(options.history)
  const targets = targetsOrFail(state, options.history, options.to)
  const repo = new FileSystemRepository(options.root)
  const workflows = await restoreFrom(repo, targets, new Date())
  const changed = changedWorkflows({ workflows })
  for (const w of changed) await repo.writeText(w.path, w.newText)
  if (options.json)
    return out(`${JSON.stringify(restoreJson({ to: options.to, workflows }), null, 2)}\n`)
  if (changed.length === 0)
    out('Nothing to restore: every recorded workflow already has the crons to restore.\n')
  for (const w of changed) out(`restored ${w.path}\n`)
}
