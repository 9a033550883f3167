import { describe, expect, it } from '@jest/globals'
import { ValidationError } from '../src/core/errors.js'
import { planSchedules } from '../src/use-cases/plan-schedules.js'
import { type TextSource } from '../src/ports/workflow-files.js'

const CONFIG = '.github/orchestrator.yml'

/** A tree of files held in memory. */
function source(files: Record<string, string>): TextSource {
  return { readText: async path => files[path] }
}

const plan = (files: Record<string, string>) =>
  planSchedules(source(files), {
    usage: { quota: 1500, used: 300, resetDay: 1, mode: 'auto' },
    configPath: CONFIG,
    state: undefined,
    now: new Date('2025-11-12T02:24:00Z'),
    usedName: "input 'used'"
  })

describe('planSchedules', () => {
  describe('when the config and the workflow files have problems', () => {
    const files = {
      [CONFIG]: `workflows:
  nightly:
    path: .github/workflows/nightly.yml
    schedules:
      aggressive: '0 */2 * * *'
      normal: ['31 18 * * 5', '31 18 * * FRI']
  gone:
    path: .github/workflows/gone.yml
    schedules: { aggressive: '0 * * * *', normal: '0 8 * * *', conservative: '0 8 * * 1' }
  manual:
    path: .github/workflows/manual.yml
    schedules: { aggressive: '0 * * * *', normal: '0 8 * * *', conservative: '0 8 * * 1' }
`,
      '.github/workflows/nightly.yml': `on:\n  schedule:\n    - cron: '0 6 * * *'\n`,
      '.github/workflows/manual.yml': `on:\n  workflow_dispatch:\n`
    }

    it('lists every problem in one error', async () => {
      const error = await plan(files).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).problems).toEqual([
        `${CONFIG}: workflows.nightly.schedules.normal[1] (line 6): '31 18 * * FRI' runs at the same times as '31 18 * * 5' (normal[0]) — list each cron once in the normal schedule of 'nightly'`,
        `${CONFIG}: workflows.nightly.schedules.conservative (line 2): missing: give at least one cron for the conservative mode`,
        ".github/workflows/gone.yml: file not found (managed as 'gone') — create it or fix its path in the config",
        '.github/workflows/manual.yml: no on.schedule — add a schedule trigger or remove this workflow from the orchestrator config'
      ])
      expect((error as ValidationError).message).toMatch(
        /^Invalid orchestrator config and managed workflows:\n {2}- /
      )
    })
  })

  it('names a config problem alone under the config heading', async () => {
    const files = {
      [CONFIG]: `workflows:\n  nightly:\n    path: .github/workflows/nightly.yml\n    schedules: { aggressive: '0 * * * *', normal: '0 8 * * *' }\n`,
      '.github/workflows/nightly.yml': `on:\n  schedule:\n    - cron: '0 6 * * *'\n`
    }
    await expect(plan(files)).rejects.toThrow(
      `Invalid orchestrator config: ${CONFIG}: workflows.nightly.schedules.conservative (line 2): missing: give at least one cron for the conservative mode`
    )
  })
})

describe('planSchedules with the runs observed', () => {
  const files = {
    [CONFIG]: `policy: target
workflows:
  nightly:
    path: .github/workflows/nightly.yml
    schedules: { aggressive: '3 6 * * *', normal: '3 6 * * *', conservative: '3 6 * * 1' }
    cost-per-run: 5
`,
    '.github/workflows/nightly.yml': `on:\n  schedule:\n    - cron: '3 6 * * *'\n`
  }
  // Two billable minutes and $0.012 a run, as the jobs showed.
  const observed = new Map([['nightly', { billableMinutes: 2, cost: 0.012 }]])
  const planned = (more: Partial<Parameters<typeof planSchedules>[1]>) =>
    planSchedules(source(files), {
      usage: { quota: 1500, used: 300, resetDay: 1, mode: 'conservative' },
      configPath: CONFIG,
      state: undefined,
      now: new Date('2025-11-12T02:24:00Z'),
      usedName: "input 'used'",
      ...more
    })

  it('prices the change: 30 days of the current and of the new crons at what a run used', async () => {
    const plan = await planned({ observed })
    // Daily at 06:03 from 2025-11-12 02:24: 30 runs; Mondays: Nov 17, 24, Dec 1, 8.
    expect(plan.cost).toEqual({
      before: { runs: 30, billableMinutes: 60, cost: 0.36 },
      after: { runs: 4, billableMinutes: 8, cost: 0.048 }
    })
  })

  it('has no cost without observed runs', async () => {
    expect((await planned({})).cost).toBeUndefined()
  })

  it('leaves minutes and dollars unknown for a changed workflow with no priced run', async () => {
    const plan = await planned({ observed: new Map() })
    expect(plan.cost?.after).toEqual({ runs: 4, billableMinutes: null, cost: null })
  })

  describe('under the target policy', () => {
    it('takes the cost per run from the jobs when the usage is Actions minutes', async () => {
      const plan = await planned({ observed, usageSource: 'actions-minutes' })
      expect(plan.policy?.costs.workflows).toEqual([
        { workflow: 'nightly', costPerRun: 2, source: 'observed' }
      ])
    })

    it('keeps the config’s cost for any other usage', async () => {
      const plan = await planned({ observed, usageSource: 'premium-requests' })
      expect(plan.policy?.costs.workflows).toEqual([
        { workflow: 'nightly', costPerRun: 5, source: 'declared' }
      ])
    })
  })

  it('carries the period’s readings for the usage chart', async () => {
    const plan = await planned({})
    expect(plan.samples).toEqual([{ at: new Date('2025-11-12T02:24:00Z'), used: 300 }])
  })
})
