import type { FakeJob, FakeRun } from './actions-types.js'
import type { JobRecord, RunRecord } from './runs.js'
import type { RepoStore } from './store.js'
import type { GitHubFake } from './types.js'

function fakeRun(run: RunRecord): FakeRun {
  const { id, workflowId, path, runNumber, runAttempt, event, headBranch, headSha } = run
  const { status, conclusion, createdAt, runStartedAt, updatedAt } = run
  return {
    id,
    workflowId,
    path,
    runNumber,
    runAttempt,
    event,
    headBranch,
    headSha,
    status,
    conclusion,
    createdAt,
    runStartedAt,
    updatedAt
  }
}

function fakeJob(job: JobRecord): FakeJob {
  const { id, runId, runAttempt, name, status, conclusion, startedAt, completedAt } = job
  return {
    id,
    runId,
    runAttempt,
    name,
    status,
    conclusion,
    startedAt,
    completedAt,
    labels: [...job.labels]
  }
}

/** What tests read and change of the fake's workflows, runs, jobs and clock. */
export function actionsReaders(
  store: RepoStore
): Pick<
  GitHubFake,
  'workflows' | 'runs' | 'jobs' | 'dispatches' | 'addRun' | 'completeRun' | 'setNow'
> {
  return {
    workflows: () =>
      store.workflows.all().map(({ id, name, path, state }) => ({ id, name, path, state })),
    runs: () =>
      [...store.actions.runs]
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)
        .map(fakeRun),
    jobs: runId => {
      const run = store.actions.run(runId)
      return run ? store.actions.jobsOf(run, false).map(fakeJob) : []
    },
    dispatches: () => store.actions.dispatches.map(d => ({ ...d, inputs: { ...d.inputs } })),
    addRun: input => fakeRun(store.actions.add(input)),
    completeRun: (id, conclusion, at) => fakeRun(store.actions.complete(id, conclusion, at)),
    setNow: now => store.clock.set(now)
  }
}
