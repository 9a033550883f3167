import { describe, expect, it, test } from '@jest/globals'
import {
  consolidateSchedule,
  ensureWorkflowDispatch,
  hasScheduleTrigger,
  putScheduleBack,
  removeSchedule
} from '../src/core/schedule/consolidate.js'
import { readSchedule } from '../src/core/schedule/schedule-editor.js'
import { WorkflowFileError } from '../src/core/errors.js'
import { type WorkflowPlan } from '../src/core/schedule/plan.js'
import { consolidationText } from '../src/reports/consolidation-lines.js'

const FILE = '.github/workflows/nightly.yml'
const JOBS = 'jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n'

describe('consolidateSchedule', () => {
  describe('when on is a block map', () => {
    test.each([
      [
        'schedule between two triggers, with comments',
        "on:\n  push:\n  # nightly\n  schedule: # twice a day\n    - cron: '0 8 * * *' # morning\n    - cron: '0 20 * * *'\n    # evening one above\n  pull_request:\n",
        'on:\n  push:\n  # nightly\n  workflow_dispatch:\n  pull_request:\n'
      ],
      [
        'schedule alone',
        "on:\n  schedule:\n    - cron: '0 0 * * *'\n\njobs: {}\n",
        'on:\n  workflow_dispatch:\n\njobs: {}\n'
      ],
      [
        'an indentless list',
        "on:\n  schedule:\n  - cron: '0 0 * * *'\n  workflow_dispatch:\n",
        'on:\n  workflow_dispatch:\n'
      ],
      [
        'a flow list value',
        'on:\n  schedule: [{cron: "0 0 * * *"}]   # daily\n  push: {branches: [main]}\n',
        'on:\n  workflow_dispatch:\n  push: {branches: [main]}\n'
      ],
      [
        'CRLF endings and a quoted "on"',
        '"on":\r\n  push:\r\n  schedule:\r\n    - cron: "5 4 * * *"\r\n',
        '"on":\r\n  push:\r\n  workflow_dispatch:\r\n'
      ],
      [
        'the last thing in a file without a final line break',
        "on:\n  push:\n  schedule:\n    - cron: '5 4 * * *'",
        'on:\n  push:\n  workflow_dispatch:\n'
      ]
    ])('removes the key with %s', (_what, before, after) => {
      expect(consolidateSchedule(before, FILE)).toBe(after)
    })
  })

  describe('when on is a flow map', () => {
    test.each([
      [
        '{schedule: [{cron: "0 0 * * *"}], push: {branches: [main]}}',
        '{workflow_dispatch: {}, push: {branches: [main]}}'
      ],
      [
        '{push: {branches: [main]}, schedule: [{cron: "0 0 * * *"}]}',
        '{push: {branches: [main]}, workflow_dispatch: {}}'
      ],
      ['{ schedule: [ {cron: "0 0 * * *"} ] }', '{ workflow_dispatch: {} }'],
      [
        '{workflow_dispatch: {inputs: {}}, schedule: [{cron: "0 0 * * *"}]}',
        '{workflow_dispatch: {inputs: {}}}'
      ]
    ])('turns on: %s into %s', (before, after) => {
      expect(consolidateSchedule(`on: ${before}\n${JOBS}`, FILE)).toBe(`on: ${after}\n${JOBS}`)
    })
  })

  describe('when on is a list or a name', () => {
    test.each([
      ['on: [push, schedule]', 'on: [push, workflow_dispatch]'],
      ['on: [schedule, push]', 'on: [push, workflow_dispatch]'],
      ['on: schedule', 'on: [workflow_dispatch]'],
      ["on: 'schedule'", 'on: [workflow_dispatch]'],
      ['on:\n  - push\n  - schedule', 'on:\n  - push\n  - workflow_dispatch'],
      ['on:\n- schedule', 'on:\n- workflow_dispatch']
    ])('turns %j into %j', (before, after) => {
      expect(consolidateSchedule(`${before}\n${JOBS}`, FILE)).toBe(`${after}\n${JOBS}`)
    })
  })

  it('leaves a workflow without a schedule that has workflow_dispatch unchanged', () => {
    const text = `on:\n  workflow_dispatch:\n  push:\n${JOBS}`
    expect(consolidateSchedule(text, FILE)).toBe(text)
  })

  it('refuses a file that is not YAML, naming it', () => {
    expect(() => consolidateSchedule('on: [push\n', FILE)).toThrow(WorkflowFileError)
    expect(() => consolidateSchedule('on: [push\n', FILE)).toThrow(`${FILE}: not valid YAML`)
  })

  it('refuses a workflow without triggers, naming it', () => {
    expect(() => consolidateSchedule(JOBS, FILE)).toThrow(`${FILE}: no triggers under "on"`)
  })
})

describe('removeSchedule', () => {
  it('refuses to remove the only trigger', () => {
    expect(() => removeSchedule("on:\n  schedule:\n    - cron: '0 0 * * *'\n", FILE)).toThrow(
      'add workflow_dispatch first'
    )
  })

  it('returns the same text when there is no schedule', () => {
    const text = 'on: push\n'
    expect(removeSchedule(text, FILE)).toBe(text)
  })
})

describe('ensureWorkflowDispatch', () => {
  it('adds it before the first trigger when there is no schedule', () => {
    expect(ensureWorkflowDispatch('on:\n    push:\n    pull_request:\n', FILE)).toBe(
      'on:\n    workflow_dispatch:\n    push:\n    pull_request:\n'
    )
  })

  it('fills an empty flow map', () => {
    expect(ensureWorkflowDispatch('on: {}\n', FILE)).toBe('on: {workflow_dispatch: {}}\n')
  })
})

describe('putScheduleBack', () => {
  describe('when the schedule was consolidated away', () => {
    it('writes it back where workflow_dispatch stands', () => {
      const before =
        "on:\n  push:\n  schedule:\n    - cron: '0 8 * * *'\n    - cron: '0 20 * * *'\n"
      const back = putScheduleBack(consolidateSchedule(before, FILE), FILE, [
        { cron: '0 8 * * *' },
        { cron: '0 20 * * *' }
      ])
      expect(back).toBe(
        "on:\n  push:\n  schedule:\n    - cron: '0 8 * * *'\n    - cron: '0 20 * * *'\n  workflow_dispatch:\n"
      )
      expect(readSchedule(back, FILE)).toEqual([{ cron: '0 8 * * *' }, { cron: '0 20 * * *' }])
    })

    it('writes a flow map back in flow style, a timezone kept', () => {
      const back = putScheduleBack('on: {push: {}, workflow_dispatch: {}}\n', FILE, [
        { cron: '*/30 * * * *', timezone: 'Europe/Paris' }
      ])
      expect(back).toBe(
        "on: {push: {}, schedule: [{cron: '*/30 * * * *', timezone: 'Europe/Paris'}], workflow_dispatch: {}}\n"
      )
    })

    it('keeps CRLF endings', () => {
      const back = putScheduleBack('on:\r\n  workflow_dispatch:\r\n', FILE, [{ cron: '5 4 * * *' }])
      expect(back).toBe("on:\r\n  schedule:\r\n    - cron: '5 4 * * *'\r\n  workflow_dispatch:\r\n")
    })

    it('refuses a list of event names, naming the file', () => {
      expect(() =>
        putScheduleBack('on: [workflow_dispatch]\n', FILE, [{ cron: '0 0 * * *' }])
      ).toThrow(`${FILE}: "on" is a list of event names`)
    })
  })

  it('edits a schedule that is there in place', () => {
    const text = 'on:\n  schedule:\n    - cron: "0 8 * * *"\n'
    expect(putScheduleBack(text, FILE, [{ cron: '0 9 * * *' }])).toBe(
      'on:\n  schedule:\n    - cron: "0 9 * * *"\n'
    )
  })
})

describe('hasScheduleTrigger', () => {
  test.each([
    ["on:\n  schedule:\n    - cron: '0 0 * * *'\n", true],
    ['on: [push, schedule]\n', true],
    ['on: schedule\n', true],
    ['on:\n  push:\n', false]
  ])('%j → %s', (text, expected) => {
    expect(hasScheduleTrigger(text, FILE)).toBe(expected)
  })
})

describe('consolidationText', () => {
  const plan = (from: number, runsBefore: number, runsAfter: number) =>
    ({
      from: Array.from({ length: from }, () => ({ cron: '0 0 * * *' })),
      runsBefore,
      runsAfter,
      via: 'dispatch'
    }) as unknown as WorkflowPlan

  test.each([
    [plan(1, 360, 360), 'normal', '12 scheduled runs a day → 12 dispatched runs a day (normal)'],
    [
      plan(1, 30, 8),
      'conservative',
      '1 scheduled run a day → 0.3 dispatched runs a day (conservative)'
    ],
    [plan(0, 0, 60), 'normal', '2 dispatched runs a day (normal)']
  ])('%#: says %s', (workflow, mode, expected) => {
    expect(consolidationText(workflow, mode)).toBe(`dispatched by the orchestrator: ${expected}`)
  })
})
