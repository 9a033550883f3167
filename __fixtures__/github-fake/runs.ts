import type {
  FakeDispatch,
  FakeJobInput,
  FakeRunInput,
  RunConclusion,
  RunStatus
} from './actions-types.js'
import { githubTime, toDate, type Clock } from './clock.js'
import type { Git } from './git.js'
import { ACTIONS_BOT, PAT_USER, type Actor } from './actors.js'
import { stableNumber, type WorkflowRegistry } from './workflows.js'

/** A workflow run. `recorded` keeps a seeded API object, whose fields win over generated ones when rendered. */
export interface RunRecord {
  id: number
  workflowId: number
  path: string
  name: string
  runNumber: number
  runAttempt: number
  event: string
  headBranch: string | null
  headSha: string
  status: string
  conclusion: string | null
  createdAt: string
  runStartedAt: string
  updatedAt: string
  actor: Actor
  displayTitle: string
  recorded?: Record<string, unknown>
}

/** A job of a run. */
export interface JobRecord {
  id: number
  runId: number
  runAttempt: number
  name: string
  status: string
  conclusion: string | null
  createdAt: string
  startedAt: string
  completedAt: string | null
  labels: string[]
  runnerName: string | null
  recorded?: Record<string, unknown>
}

type Json = Record<string, unknown>

const str = (o: Json, k: string): string | undefined =>
  typeof o[k] === 'string' ? (o[k] as string) : undefined
const num = (o: Json, k: string): number | undefined =>
  typeof o[k] === 'number' ? (o[k] as number) : undefined
const time = (value: string | Date | undefined, fallback: string): string =>
  value === undefined ? fallback : githubTime(toDate(value))

function objectOf(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`the GitHub fake needs ${what} as a JSON object`)
  return value as Json
}

/** The actor for a login: the fake's known users, else a user with a stable id. */
export function actorNamed(login: string): Actor {
  if (login === PAT_USER.login) return PAT_USER
  if (login === ACTIONS_BOT.login) return ACTIONS_BOT
  return { login, id: stableNumber(login, 1_000_000, 90_000_000), type: 'User' }
}

function recordedActor(json: Json): Actor {
  const actor = typeof json.actor === 'object' && json.actor !== null ? (json.actor as Json) : {}
  const login = str(actor, 'login')
  if (login === undefined) return PAT_USER
  const type = str(actor, 'type') === 'Bot' ? 'Bot' : 'User'
  return { login, id: num(actor, 'id') ?? actorNamed(login).id, type }
}

/** Runs, jobs and dispatches of the fake repository. */
export class RunStore {
  readonly runs: RunRecord[] = []
  readonly jobs: JobRecord[] = []
  readonly dispatches: FakeDispatch[] = []
  private lastRunId = 1_000_000
  private lastJobId = 5_000_000

  constructor(
    private readonly git: Git,
    private readonly defaultBranch: string,
    private readonly workflows: WorkflowRegistry,
    private readonly clock: Clock
  ) {}

  /** A run by id. */
  run(id: number): RunRecord | undefined {
    return this.runs.find(r => r.id === id)
  }

  /** A run's jobs, oldest first: the latest attempt's only, or every attempt's. */
  jobsOf(run: RunRecord, latestOnly: boolean): JobRecord[] {
    return this.jobs
      .filter(j => j.runId === run.id && (!latestOnly || j.runAttempt === run.runAttempt))
      .sort((a, b) => a.id - b.id)
  }

  /** Seeds a verbatim API run object; an unknown `workflow_id` (or `path`) becomes a seeded workflow. */
  seedRun(value: unknown): RunRecord {
    const json = objectOf(value, 'a seeded run')
    const id = num(json, 'id')
    if (id === undefined) throw new Error('the GitHub fake needs an id on every seeded run')
    const workflowId = num(json, 'workflow_id')
    const path = str(json, 'path')?.replace(/@.*$/, '')
    let workflow = this.workflows.find(workflowId ?? path ?? '')
    if (!workflow) {
      const seedPath = path ?? `.github/workflows/${workflowId ?? id}.yml`
      this.workflows.seed({ path: seedPath, id: workflowId, name: str(json, 'name') })
      workflow = this.workflows.find(seedPath)
    }
    const created = str(json, 'created_at') ?? this.clock.iso()
    const run: RunRecord = {
      id,
      workflowId: workflow?.id ?? workflowId ?? 0,
      path: workflow?.path ?? path ?? '',
      name: str(json, 'name') ?? workflow?.name ?? '',
      runNumber: num(json, 'run_number') ?? this.nextRunNumber(workflow?.id ?? 0),
      runAttempt: num(json, 'run_attempt') ?? 1,
      event: str(json, 'event') ?? 'schedule',
      headBranch:
        json.head_branch === null ? null : (str(json, 'head_branch') ?? this.defaultBranch),
      headSha: str(json, 'head_sha') ?? this.git.head(this.defaultBranch) ?? '0'.repeat(40),
      status: str(json, 'status') ?? (json.conclusion ? 'completed' : 'queued'),
      conclusion: str(json, 'conclusion') ?? null,
      createdAt: created,
      runStartedAt: str(json, 'run_started_at') ?? created,
      updatedAt: str(json, 'updated_at') ?? created,
      actor: recordedActor(json),
      displayTitle: str(json, 'display_title') ?? workflow?.name ?? '',
      recorded: json
    }
    this.lastRunId = Math.max(this.lastRunId, id)
    this.runs.push(run)
    return run
  }

  /** Seeds a verbatim API job object. */
  seedJob(value: unknown): JobRecord {
    const json = objectOf(value, 'a seeded job')
    const id = num(json, 'id')
    const runId = num(json, 'run_id')
    if (id === undefined || runId === undefined)
      throw new Error('the GitHub fake needs id and run_id on every seeded job')
    const created = str(json, 'created_at') ?? str(json, 'started_at') ?? this.clock.iso()
    const labels = Array.isArray(json.labels) ? json.labels.map(String) : []
    const job: JobRecord = {
      id,
      runId,
      runAttempt: num(json, 'run_attempt') ?? 1,
      name: str(json, 'name') ?? 'build',
      status: str(json, 'status') ?? 'completed',
      conclusion: str(json, 'conclusion') ?? null,
      createdAt: created,
      startedAt: str(json, 'started_at') ?? created,
      completedAt: str(json, 'completed_at') ?? null,
      labels,
      runnerName: str(json, 'runner_name') ?? null,
      recorded: json
    }
    this.lastJobId = Math.max(this.lastJobId, id)
    this.jobs.push(job)
    return job
  }

  /** Adds a run (the dispatch path passes the token's actor). Throws for an unknown workflow. */
  add(input: FakeRunInput, actor?: Actor): RunRecord {
    const workflow = this.workflows.find(input.workflow)
    if (!workflow) throw new Error(`the GitHub fake has no workflow ${String(input.workflow)}`)
    const branch = input.branch ?? this.defaultBranch
    const status: RunStatus = input.status ?? (input.conclusion ? 'completed' : 'queued')
    const createdAt = time(input.createdAt, this.clock.iso())
    const runStartedAt = time(input.runStartedAt, createdAt)
    const run: RunRecord = {
      id: ++this.lastRunId,
      workflowId: workflow.id,
      path: workflow.path,
      name: workflow.name,
      runNumber: this.nextRunNumber(workflow.id),
      runAttempt: input.runAttempt ?? 1,
      event: input.event ?? 'schedule',
      headBranch: branch,
      headSha: input.headSha ?? this.git.head(branch) ?? '0'.repeat(40),
      status,
      conclusion: input.conclusion ?? null,
      createdAt,
      runStartedAt,
      updatedAt: time(input.updatedAt, runStartedAt),
      actor: actor ?? actorNamed(input.actor ?? PAT_USER.login),
      displayTitle: input.displayTitle ?? workflow.name
    }
    this.runs.push(run)
    for (const job of input.jobs ?? []) this.addJob(run, job)
    return run
  }

  private addJob(run: RunRecord, input: FakeJobInput): JobRecord {
    const status = input.status ?? run.status
    const createdAt = time(input.createdAt, run.runStartedAt)
    const done = status === 'completed'
    const job: JobRecord = {
      id: ++this.lastJobId,
      runId: run.id,
      runAttempt: input.runAttempt ?? run.runAttempt,
      name: input.name,
      status,
      conclusion:
        input.conclusion === undefined ? (done ? run.conclusion : null) : input.conclusion,
      createdAt,
      startedAt: time(input.startedAt, createdAt),
      completedAt:
        input.completedAt === null ? null : done ? time(input.completedAt, run.updatedAt) : null,
      labels: input.labels ?? ['ubuntu-latest'],
      runnerName: input.runnerName ?? (status === 'queued' ? null : 'GitHub Actions 2')
    }
    this.jobs.push(job)
    return job
  }

  /** Completes a run and its unfinished jobs. */
  complete(id: number, conclusion: RunConclusion, at?: string | Date): RunRecord {
    const run = this.run(id)
    if (!run) throw new Error(`the GitHub fake has no run ${id}`)
    const when = time(at, this.clock.iso())
    Object.assign(run, { status: 'completed', conclusion, updatedAt: when })
    for (const job of this.jobsOf(run, true).filter(j => j.status !== 'completed'))
      Object.assign(job, { status: 'completed', conclusion, completedAt: when })
    return run
  }

  private nextRunNumber(workflowId: number): number {
    const numbers = this.runs.filter(r => r.workflowId === workflowId).map(r => r.runNumber)
    return Math.max(0, ...numbers) + 1
  }
}
