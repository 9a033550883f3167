import { Octokit } from '@octokit/rest'
import { type ScheduleChange } from '../src/core/state/state.js'
import { fakeCore, failures, outputs, resetCore, summaries } from './core.js'
import { exampleFiles } from './example-repo.js'
import { startGitHubFake, type GitHubFake } from './github-fake/index.js'
import { defaultInputs } from './run-action.js'

/** What the runner saw of one step. */
export interface StepResult {
  failures: string[]
  outputs: Record<string, string>
  summary: string
}

/**
 * The action's `run()` in process (with @actions/core mocked by `fakeCore`), over the real GitHub adapter, against one
 * GitHub fake seeded with examples/ that lives across runs; plus what a person does in between.
 */
export interface ActionSut {
  fake: GitHubFake
  /** One step with these inputs (over action.yml's defaults) at `now`. */
  step(inputs: Record<string, string>, now: string): Promise<StepResult>
  /** A person merges the schedule pull request: the base branch gets the branch's workflow files. */
  merge(): void
  /** A person closes the open schedule pull request without merging it. */
  closePullRequest(): Promise<void>
  /** The changes recorded on the state branch. */
  changes(): ScheduleChange[]
}

const BRANCH = 'orchestrator/schedules'

/** Starts the fake; `run` is main.ts's, imported by the test after mocking @actions/core with `fakeCore`. */
export async function actionSut(run: () => Promise<void>): Promise<ActionSut> {
  const fake = await startGitHubFake({ files: exampleFiles() })
  const step = async (inputs: Record<string, string>, now: string) => {
    resetCore({ ...defaultInputs(), token: 'ghp_test', ...inputs })
    Object.assign(process.env, {
      GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
      GITHUB_API_URL: fake.url,
      ORCHESTRATOR_NOW: now,
      ORCHESTRATOR_BACKOFF_MS: '1',
      ORCHESTRATOR_WRITE_SPACING_MS: '0'
    })
    await run()
    return { failures: [...failures], outputs: { ...outputs }, summary: summaries.join('') }
  }
  const merge = () => {
    const open = fake.pulls().find(p => p.state === 'open')
    if (!open) throw new Error('no open pull request to merge')
    for (const path of Object.keys(exampleFiles())) {
      const text = fake.fileAt(BRANCH, path)
      if (text !== undefined && text !== fake.fileAt('main', path))
        fake.writeFile('main', path, text)
    }
  }
  const closePullRequest = async () => {
    const open = fake.pulls().find(p => p.state === 'open')
    if (!open) throw new Error('no open pull request to close')
    const person = new Octokit({ auth: 'ghp_person', baseUrl: fake.url })
    await person.pulls.update({
      owner: fake.owner,
      repo: fake.repo,
      pull_number: open.number,
      state: 'closed'
    })
  }
  const changes = () => {
    const text = fake.fileAt('orchestrator-state', 'orchestrator/state.json')
    return text === undefined ? [] : (JSON.parse(text) as { changes: ScheduleChange[] }).changes
  }
  return { fake, step, merge, closePullRequest, changes }
}

export { fakeCore }
