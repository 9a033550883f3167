/**
 * What a dispatch tick reads before it decides anything (DESIGN §12): the base branch, the state, the config and the
 * `via: dispatch` workflows' files (checked as the schedule run checks them), and the usage — the state's samples or
 * the live usage source, assessed by the assess-usage use case — whose mode says which crons are in force.
 */
import { ValidationError } from '../../core/errors.js'
import { readConfig, type ManagedWorkflow } from '../../core/schedule/config.js'
import { readCurrentWorkflows } from '../../core/schedule/plan.js'
import { type UsageReport } from '../../core/usage/usage.js'
import { type BillingUsage } from '../../ports/billing-usage.js'
import { type StateStorage } from '../../ports/state-storage.js'
import { type TextSource, type WorkflowFiles } from '../../ports/workflow-files.js'
import { textSourceAt } from '../../ports/workflow-files.js'
import { type ActionSettings } from '../../settings.js'
import { resolveBase, type Progress } from '../apply-schedules/apply-schedules.js'
import { assessUsageNow } from '../assess-usage.js'
import { liveUsageFor } from '../read-usage.js'
import { loadState, type LoadedState } from '../state-store.js'
import { type Config } from '../../core/schedule/config.js'

/** The ports a tick reads through (the runs and dispatch ports come in dispatch-workflows.ts). */
export interface TickReadPorts extends WorkflowFiles {
  stateStorage(baseHead: string): StateStorage | undefined
  stateName: string
  billing?: BillingUsage
}

/** Everything a tick decides from. */
export interface TickInputs {
  base: string
  baseHead: string
  /** The repository has issues (the alert issue reports pauses). */
  issuesEnabled: boolean
  storage: StateStorage
  loaded: LoadedState
  config: Config
  /** The config's `via: dispatch` workflows whose file on the base has no schedule left: the tick starts them. */
  workflows: ManagedWorkflow[]
  /** `via: dispatch` workflows whose file still has its schedule (the schedule pull request not merged yet). */
  scheduled: ManagedWorkflow[]
  usage: UsageReport
}

/**
 * The config and its `via: dispatch` workflows; their files are read (one batch) and checked with the config. A file
 * that still has its schedule runs by its own crons until the schedule pull request removes them: not dispatched.
 */
async function readDispatchConfig(source: TextSource, path: string) {
  const text = await source.readText(path)
  if (text === undefined)
    throw new ValidationError(
      [`${path} not found — add the orchestrator config there, or point the config setting at it`],
      'Missing orchestrator config'
    )
  const { config, problems } = readConfig(text, path)
  const workflows = config.workflows.filter(w => w.via === 'dispatch')
  const texts = await Promise.all(workflows.map(w => source.readText(w.path)))
  const files = new Map(workflows.map((w, i) => [w.path, texts[i]]))
  // Throws with the config's problems and the files' together.
  const current = readCurrentWorkflows({ ...config, workflows }, files, problems)
  const scheduled = (w: ManagedWorkflow) => (current.get(w.id)?.from.length ?? 0) > 0
  return {
    config,
    workflows: workflows.filter(w => !scheduled(w)),
    scheduled: workflows.filter(scheduled)
  }
}

async function assess(
  ports: TickReadPorts,
  settings: ActionSettings,
  read: { loaded: LoadedState; config: Config; owner: { kind: 'user' | 'org'; name: string } },
  now: Date
): Promise<UsageReport> {
  const { source, account } = settings.billing
  const live = await liveUsageFor(ports.billing, {
    source,
    account,
    used: settings.usage.used,
    resetDay: settings.usage.resetDay,
    owner: read.owner,
    now,
    cached: read.loaded.state.billing
  })
  return assessUsageNow({
    usage: settings.usage,
    thresholds: read.config.thresholds,
    state: read.loaded.state,
    now,
    usedName: "input 'used'",
    usageSource: source,
    live
  }).usage
}

/** Reads the tick's inputs; a config or workflow problem, or a missing state branch, stops it before any write. */
export async function readTick(
  ports: TickReadPorts,
  settings: ActionSettings,
  now: Date,
  progress: Progress
): Promise<TickInputs> {
  const where = await progress.phase('Read the repository', () => resolveBase(ports, settings))
  const storage = ports.stateStorage(where.baseHead)
  if (!storage)
    throw new ValidationError([
      "operation 'dispatch' claims its interval in the state, but input 'state-branch' is empty — name the state branch"
    ])
  const loaded = await progress.phase('Read the state', () => loadState(storage, ports.stateName))
  const { config, workflows, scheduled } = await progress.phase('Read the config', () =>
    readDispatchConfig(textSourceAt(ports, where.baseHead), settings.config)
  )
  const usage = await progress.phase('Assess the usage', () =>
    assess(ports, settings, { loaded, config, owner: where.owner }, now)
  )
  for (const w of scheduled)
    progress.info(
      `${w.id} still runs by its own crons on ${where.base} (${w.path} has a schedule): not dispatched until the schedule pull request moves it to the tick`
    )
  const { base, baseHead, issuesEnabled } = where
  return { base, baseHead, issuesEnabled, storage, loaded, config, workflows, scheduled, usage }
}
