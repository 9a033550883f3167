import { describe, expect, it } from '@jest/globals'
import { ValidationError } from '../src/core/errors.js'
import { readConfig } from '../src/core/schedule/config.js'
import { buildPlan, changedWorkflows, readCurrentWorkflows } from '../src/core/schedule/plan.js'
import { type Mode } from '../src/core/schedule/schedule.js'
import { assessUsage } from '../src/core/usage/usage.js'
import { pullRequestBody } from '../src/reports/markdown.js'

const CONFIG = '.github/orchestrator.yml'
const NIGHTLY = '.github/workflows/nightly.yml'
const now = new Date('2025-11-12T02:24:00Z')

const configText = (normal: string) => `workflows:
  nightly:
    path: ${NIGHTLY}
    schedules:
      aggressive: '0 */2 * * *'
      normal: ${normal}
      conservative: '0 8 * * 1'
`
const workflowText = (schedule: string) =>
  `name: nightly\non:\n  schedule:\n${schedule}jobs:\n  build:\n    runs-on: ubuntu-latest\n`

/** The plan of one run in `mode` over the given config and workflow files. */
function planOf(config: string, files: Record<string, string>, mode: Mode = 'normal') {
  const { config: read } = readConfig(config, CONFIG)
  const current = readCurrentWorkflows(read, new Map(Object.entries(files)))
  const usage = { ...assessUsage({ quota: 1500, used: 300, resetDay: 1, now }), mode }
  return buildPlan({ usage, config: read, current, now })
}

describe('the plan', () => {
  describe("when a workflow's crons already run at the mode's times", () => {
    it.each([
      ['a weekday by name', "'31 18 * * FRI'", `    - cron: '31 18 * * 5'\n`],
      ['a zero-padded minute', "'00 0 * * *'", `    - cron: "0 0 * * *"\n`],
      ['a step for a list', "'*/15 * * * *'", `    - cron: '0,15,30,45 * * * *'\n`],
      [
        'names for a range, in another order',
        "['0 20 * * MON-FRI', '0 8 * * *']",
        `    - cron: '0 8 * * *'\n    - cron: '0 20 * * 1-5'\n`
      ]
    ])('changes nothing and has no pull request row (%s)', (_name, normal, schedule) => {
      const text = workflowText(schedule)
      const plan = planOf(configText(normal), { [NIGHTLY]: text })
      const [nightly] = plan.workflows
      expect([nightly?.changed, nightly?.newText]).toEqual([false, text])
      expect(changedWorkflows(plan)).toEqual([])
    })

    it('still changes a workflow whose crons run at other times', () => {
      const plan = planOf(configText("'31 18 * * SAT'"), {
        [NIGHTLY]: workflowText(`    - cron: '31 18 * * 5'\n`)
      })
      expect(plan.workflows[0]?.newText).toBe(workflowText(`    - cron: '31 18 * * SAT'\n`))
    })
  })

  describe('when an edit leaves a comment about a cron that changed', () => {
    const text = workflowText(
      `    # twice a day\n    - cron: '0 6 * * *' # at six\n    - cron: '0 20 * * *' # at eight\n    # end\n`
    )
    const plan = planOf(configText("'0 7 * * *'"), { [NIGHTLY]: text })

    it('keeps the comments and names those that may no longer describe their cron', () => {
      const [nightly] = plan.workflows
      expect(nightly?.newText).toBe(
        workflowText(
          `    # twice a day\n    - cron: '0 7 * * *' # at six\n    # at eight\n    # end\n`
        )
      )
      expect(nightly?.staleComments).toEqual([
        { line: 4, text: '# twice a day' },
        { line: 5, text: '# at six' },
        { line: 6, text: '# at eight' }
      ])
    })

    it('says so in the pull request body', () => {
      const body = pullRequestBody(plan)
      expect(body).toContain(
        `\`${NIGHTLY}\` line 5: \`# at six\` — comment may no longer describe its cron`
      )
      expect(body).toContain(
        `\`${NIGHTLY}\` line 6: \`# at eight\` — comment may no longer describe its cron`
      )
    })

    it('names none when no cron changes', () => {
      const same = planOf(configText("['0 6 * * *', '0 20 * * *']"), { [NIGHTLY]: text })
      expect(same.workflows[0]?.staleComments).toEqual([])
    })
  })

  describe('readCurrentWorkflows', () => {
    it('lists the config problems, a missing file and a workflow without a schedule in one error', () => {
      const config = `${configText("['0 8 * * *', '00 8 * * *']").replace("      conservative: '0 8 * * 1'\n", '')}  gone:
    path: .github/workflows/gone.yml
    schedules: { aggressive: '0 * * * *', normal: '0 8 * * *', conservative: '0 8 * * 1' }
  manual:
    path: .github/workflows/manual.yml
    schedules: { aggressive: '0 * * * *', normal: '0 8 * * *', conservative: '0 8 * * 1' }
`
      const reading = readConfig(config, CONFIG)
      const files = new Map([
        [NIGHTLY, workflowText(`    - cron: '0 6 * * *'\n`)],
        ['.github/workflows/manual.yml', 'on:\n  workflow_dispatch:\n']
      ])
      const read = () => readCurrentWorkflows(reading.config, files, reading.problems)
      expect(read).toThrow(ValidationError)
      expect(read).toThrow(
        [
          'Invalid orchestrator config and managed workflows:',
          `  - ${CONFIG}: workflows.nightly.schedules.normal[1] (line 6): '00 8 * * *' runs at the same times as '0 8 * * *' (normal[0]) — list each cron once in the normal schedule of 'nightly'`,
          `  - ${CONFIG}: workflows.nightly.schedules.conservative (line 2): missing: give at least one cron for the conservative mode`,
          "  - .github/workflows/gone.yml: file not found (managed as 'gone') — create it or fix its path in the config",
          '  - .github/workflows/manual.yml: no on.schedule — add a schedule trigger or remove this workflow from the orchestrator config'
        ].join('\n')
      )
    })
  })
})
