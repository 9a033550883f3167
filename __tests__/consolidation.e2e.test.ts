/**
 * Dispatch mode's consolidation end to end: the bundled action (dist/index.js) run against the GitHub fake seeded with
 * the dispatch example repository (examples/dispatch). The schedule pull request removes each `via: dispatch`
 * workflow's `schedule:` byte for byte (adding `workflow_dispatch` where it is missing), says what the consolidation
 * does to the runs a day, and `restore` puts the schedules back.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { exampleFiles } from '../__fixtures__/example-repo.js'
import { startGitHubFake, type GitHubFake } from '../__fixtures__/github-fake/index.js'
import { runAction, type ActionRun } from '../__fixtures__/run-action.js'

const FILES = exampleFiles('examples/dispatch')
const REPORT = '.github/workflows/nightly-report.yml'
const TRIAGE = '.github/workflows/triage-bot.yml'
const BRANCH = 'orchestrator/schedules'

let fake: GitHubFake

afterEach(async () => {
  expect(fake.violations).toEqual([])
  await fake.close()
})

function action(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    apiUrl: fake.url,
    repository: `${fake.owner}/${fake.repo}`,
    inputs: { token: 'ghp_workflow_pat', mode: 'normal', used: '300', ...inputs }
  })
}

/** The file with the lines from `first` (a line of it) through `last` taken out, written out by hand. */
function without(text: string, lines: string[]): string {
  const cut = lines.join('\n') + '\n'
  expect(text).toContain(cut)
  return text.replace(cut, '')
}

const REPORT_SCHEDULE = [
  '  schedule:',
  '    # Twice a day; once dispatch mode is merged the orchestrator starts this workflow instead.',
  "    - cron: '15 6,18 * * *'"
]
const TRIAGE_SCHEDULE = ['  schedule:', "    - cron: '5 */2 * * *' # every 2 hours"]

/** Merges the open schedule pull request the way a person would: its files onto main, then it is closed. */
async function merge(number: number): Promise<void> {
  for (const path of [REPORT, TRIAGE])
    fake.writeFile('main', path, fake.fileAt(BRANCH, path) ?? '', `Merge #${number}`)
  const person = new Octokit({ auth: 'ghp_person', baseUrl: fake.url })
  await person.pulls.update({
    owner: fake.owner,
    repo: fake.repo,
    pull_number: number,
    state: 'closed'
  })
}

describe('consolidation for dispatch mode (dist/index.js against the GitHub fake)', () => {
  describe('when the via: dispatch workflows still carry their own schedules', () => {
    it('opens a pull request whose files lose exactly their schedule key', async () => {
      fake = await startGitHubFake({ files: FILES })
      const run = await action({})
      expect(run.code).toBe(0)
      expect(run.outputs['pull-request-operation']).toBe('created')
      expect(fake.fileAt(BRANCH, REPORT)).toBe(without(FILES[REPORT] ?? '', REPORT_SCHEDULE))
      expect(fake.fileAt(BRANCH, TRIAGE)).toBe(without(FILES[TRIAGE] ?? '', TRIAGE_SCHEDULE))
      expect(fake.fileAt('main', REPORT)).toBe(FILES[REPORT])
    })

    it('shows the runs a day before and after in the pull request body and the summary', async () => {
      fake = await startGitHubFake({ files: FILES })
      const run = await action({})
      const [pull] = fake.pulls()
      const triage =
        'dispatched by the orchestrator: 12 scheduled runs a day → 12 dispatched runs a day (normal)'
      const report =
        'dispatched by the orchestrator: 2 scheduled runs a day → 2 dispatched runs a day (normal)'
      expect(pull?.body).toContain(`- **triage-bot** (\`${TRIAGE}\`): ${triage}`)
      expect(pull?.body).toContain(`- **nightly-report** (\`${REPORT}\`): ${report}`)
      expect(run.summary).toContain(triage)
    })

    it('adds a bare workflow_dispatch trigger to a file that lacks one', async () => {
      const bare = (FILES[TRIAGE] ?? '').replace('  workflow_dispatch:\n', '')
      fake = await startGitHubFake({ files: { ...FILES, [TRIAGE]: bare } })
      const run = await action({})
      expect(run.code).toBe(0)
      expect(fake.fileAt(BRANCH, TRIAGE)).toBe(
        bare.replace(`${TRIAGE_SCHEDULE.join('\n')}\n`, '  workflow_dispatch:\n')
      )
    })
  })

  describe('once the consolidation is merged', () => {
    it('has nothing more to change in the same mode', async () => {
      fake = await startGitHubFake({ files: FILES })
      await action({})
      await merge(1)
      const again = await action({})
      expect(again.code).toBe(0)
      expect(again.outputs['pull-request-operation']).toBe('none')
      expect(again.summary).toContain(
        'dispatched by the orchestrator: 12 dispatched runs a day (normal)'
      )
    })

    it('restore puts every schedule back from the state', async () => {
      fake = await startGitHubFake({ files: FILES })
      await action({})
      await merge(1)
      const restore = await action({ operation: 'restore' })
      expect(restore.code).toBe(0)
      expect(restore.outputs['pull-request-operation']).toBe('created')
      const back = (lines: string[]) => [lines[0], ...lines.slice(-1)].join('\n')
      const merged = fake.fileAt('main', TRIAGE) ?? ''
      expect(fake.fileAt(BRANCH, TRIAGE)).toBe(
        merged.replace(
          '  workflow_dispatch:\n',
          `${back(TRIAGE_SCHEDULE).replace(' # every 2 hours', '')}\n  workflow_dispatch:\n`
        )
      )
      expect(fake.fileAt(BRANCH, REPORT)).toContain(
        "on:\n  schedule:\n    - cron: '15 6,18 * * *'\n  workflow_dispatch:\n"
      )
    })
  })
})
