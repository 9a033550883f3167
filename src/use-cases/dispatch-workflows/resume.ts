/**
 * `operation: resume` (DESIGN §12): a person clears the pause of dispatched workflows (the `workflows` input, config
 * ids). Their failed runs so far stop counting; the next tick dispatches them again. Written with the state's version;
 * a run that wrote in between is read again and the resume applied to its state.
 */
import { ValidationError } from '../../core/errors.js'
import { withResumed } from '../../core/dispatch/pauses.js'
import { readDispatchState, withDispatchState } from '../../core/dispatch/tick-state.js'
import { readConfig } from '../../core/schedule/config.js'
import { serializeState } from '../../core/state/state.js'
import { StaleFileError } from '../../ports/errors.js'
import { textSourceAt } from '../../ports/workflow-files.js'
import { type ActionSettings } from '../../settings.js'
import { resolveBase } from '../apply-schedules/apply-schedules.js'
import { loadState } from '../state-store.js'
import { type TickReadPorts } from './read-tick.js'

const ATTEMPTS = 6

/** What a resume did: the workflows resumed, and those of them that were paused. */
export interface ResumeResult {
  resumed: string[]
  wasPaused: string[]
  requests: number
}

/** The ids given, each a `via: dispatch` workflow of the config; any other is named with the ones there are. */
async function checkIds(ports: TickReadPorts, settings: ActionSettings, baseHead: string) {
  const text = await textSourceAt(ports, baseHead).readText(settings.config)
  const config = text === undefined ? undefined : readConfig(text, settings.config).config
  const ids = (config?.workflows ?? []).filter(w => w.via === 'dispatch').map(w => w.id)
  const unknown = settings.workflows.filter(id => !ids.includes(id))
  if (settings.workflows.length === 0 || unknown.length > 0)
    throw new ValidationError([
      `input 'workflows' must list config ids of via: dispatch workflows (${ids.join(', ') || 'none in the config'}), got '${settings.workflows.join(',')}'`
    ])
}

/** Resumes the workflows named by the `workflows` input. */
export async function resumeWorkflows(
  ports: TickReadPorts & { requestCount(): number },
  settings: ActionSettings,
  now: Date
): Promise<ResumeResult> {
  const where = await resolveBase(ports, settings)
  await checkIds(ports, settings, where.baseHead)
  const storage = ports.stateStorage(where.baseHead)
  if (!storage) throw new ValidationError(["operation 'resume' needs input 'state-branch'"])
  let loaded = await loadState(storage, ports.stateName)
  for (let attempt = 1; ; attempt++) {
    const dispatch = readDispatchState(loaded.state, ports.stateName)
    const wasPaused = settings.workflows.filter(id => dispatch.paused[id] !== undefined)
    const next = withResumed(dispatch, settings.workflows, now)
    const result = { resumed: settings.workflows, wasPaused, requests: 0 }
    if (settings.dryRun) return { ...result, requests: ports.requestCount() }
    try {
      const text = serializeState(withDispatchState(loaded.state, next, now))
      await storage.write(
        text,
        loaded.version,
        `orchestrator: resume ${settings.workflows.join(', ')}`
      )
      return { ...result, requests: ports.requestCount() }
    } catch (error) {
      if (!(error instanceof StaleFileError) || attempt >= ATTEMPTS) throw error
      loaded = await loadState(storage, ports.stateName)
    }
  }
}
