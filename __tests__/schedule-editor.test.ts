import { describe, expect, it } from '@jest/globals'
import {
  editSchedule,
  locateSchedule,
  readSchedule,
  scheduleEdit
} from '../src/core/schedule/schedule-editor.js'
import { WorkflowFileError } from '../src/core/errors.js'

const FILE = '.github/workflows/nightly.yml'

/** A workflow whose `on.schedule` is `schedule` and whose other lines are fixed, so expectations stay readable. */
function workflow(schedule: string, on = 'on:'): string {
  return `name: nightly\n${on}\n  push:\n  schedule:\n${schedule}jobs:\n  build:\n    runs-on: ubuntu-latest\n`
}

describe('locateSchedule', () => {
  it('gives each cron scalar its source range, quotes included', () => {
    const text = workflow(
      `    - cron: '0 6 * * *'\n    - cron: "0 7 * * *"\n    - cron: 0 8 * * *\n`
    )
    const { cronRanges, entries } = locateSchedule(text, FILE)
    expect(cronRanges.map(([start, end]) => text.slice(start, end))).toEqual([
      `'0 6 * * *'`,
      `"0 7 * * *"`,
      '0 8 * * *'
    ])
    expect(entries).toEqual([{ cron: '0 6 * * *' }, { cron: '0 7 * * *' }, { cron: '0 8 * * *' }])
  })

  it('gives the range of a flow sequence from bracket to bracket', () => {
    const text = workflow(`  schedule: [{ cron: "*/30 * * * *" }]  # twice an hour\n`).replace(
      '  schedule:\n',
      ''
    )
    const [start, end] = locateSchedule(text, FILE).sequenceRange
    expect(text.slice(start, end)).toBe('[{ cron: "*/30 * * * *" }]')
  })

  it.each([
    ['on:', 'plain'],
    ['"on":', 'double-quoted'],
    ["'on':", 'single-quoted']
  ])('finds the trigger under the %s key (%s)', on => {
    expect(readSchedule(workflow(`    - cron: '0 6 * * *'\n`, on), FILE)).toEqual([
      { cron: '0 6 * * *' }
    ])
  })

  it('refuses a `true:` key, which GitHub does not read as `on`', () => {
    expect(() => readSchedule(workflow(`    - cron: '0 6 * * *'\n`, 'true:'), FILE)).toThrow(
      `${FILE}: no "on" key, so no on.schedule`
    )
  })

  it('reads a timezone next to its cron', () => {
    const text = workflow(`    - cron: '0 6 * * *'\n      timezone: Europe/Paris\n`)
    expect(readSchedule(text, FILE)).toEqual([{ cron: '0 6 * * *', timezone: 'Europe/Paris' }])
  })

  it('ignores a job named schedule and cron text inside scripts', () => {
    const text = `on:\n  schedule:\n    - cron: '0 6 * * *'\njobs:\n  schedule:\n    steps:\n      - run: |\n          sed -i "s/- cron: '.*'/- cron: '1 1 * * *'/" x.yml\n`
    expect(readSchedule(text, FILE)).toEqual([{ cron: '0 6 * * *' }])
    expect(editSchedule(text, FILE, [{ cron: '2 2 * * *' }])).toBe(text.replace('0 6', '2 2'))
  })
})

describe('locateSchedule errors', () => {
  it.each([
    [
      'text that is not YAML',
      `on:\n  schedule:\n    - cron: '0 3 * * 0\n`,
      /not valid YAML \(line 4, column 1\): Missing closing 'quote/
    ],
    [
      'duplicate keys',
      `on: push\non: pull_request\n`,
      /not valid YAML \(line 2, column 1\): Map keys must be unique/
    ],
    ['no on key', `name: x\njobs: {}\n`, /no "on" key, so no on\.schedule/],
    ['a file of comments only', `# on:\n#   schedule:\n`, /no "on" key/],
    [
      'no schedule under on',
      `on:\n  push:\n`,
      /no on\.schedule — add a schedule trigger or remove this workflow/
    ],
    ['on as an empty map', `on: {}\n`, /no on\.schedule/],
    [
      'on as a string',
      `on: schedule\n`,
      /on: schedule names the schedule trigger without any crons/
    ],
    ['on as a list', `on: [push, schedule]\n`, /names the schedule trigger without any crons/],
    ['on as a list without schedule', `on: [push]\n`, /no on\.schedule/],
    ['an empty schedule', `on:\n  schedule:\n`, /on\.schedule is empty/],
    ['an empty flow schedule', `on:\n  schedule: []\n`, /on\.schedule is empty/],
    [
      'an entry without cron',
      `on:\n  schedule:\n    - timezone: UTC\n`,
      /entry 1 has no string cron/
    ],
    [
      'a cron that is not a string',
      `on:\n  schedule:\n    - cron: 5\n`,
      /entry 1 has no string cron/
    ]
  ])('throws a WorkflowFileError naming the file for %s', (_name, text, message) => {
    const call = (): unknown => locateSchedule(text, FILE)
    expect(call).toThrow(WorkflowFileError)
    expect(call).toThrow(message)
    expect(call).toThrow(new RegExp(`^${FILE.replaceAll('.', '\\.')}: `))
  })
})

describe('editSchedule', () => {
  describe('when the entry count is unchanged', () => {
    it.each([
      ['plain', `0 6 * * *`, '17 3 * * *', `17 3 * * *`],
      ['single-quoted', `'0 6 * * *'`, '17 3 * * *', `'17 3 * * *'`],
      ['double-quoted', `"0 6 * * *"`, '17 3 * * *', `"17 3 * * *"`]
    ])("keeps each cron's quote style (%s)", (_style, before, cron, after) => {
      const text = workflow(`    - cron: ${before}\n`)
      expect(editSchedule(text, FILE, [{ cron }])).toBe(workflow(`    - cron: ${after}\n`))
    })

    it.each([
      ['starts with * (an alias to YAML)', '*/30 * * * *', `'*/30 * * * *'`],
      ['contains ": "', 'a: b', `'a: b'`],
      ['contains " #"', '0 6 * * * #x', `'0 6 * * * #x'`],
      ['reads as a number', '42', `'42'`]
    ])('single-quotes a new plain value that %s', (_why, cron, written) => {
      const text = workflow(`    - cron: 0 6 * * *\n`)
      expect(editSchedule(text, FILE, [{ cron }])).toBe(workflow(`    - cron: ${written}\n`))
    })

    it.each([
      ['single', `'0 6 * * *'`, "it's", `'it''s'`],
      ['double', `"0 6 * * *"`, 'say "hi" \\ bye', `"say \\"hi\\" \\\\ bye"`]
    ])('escapes for the %s quotes in use', (_style, before, cron, written) => {
      const text = workflow(`    - cron: ${before}\n`)
      const edited = editSchedule(text, FILE, [{ cron }])
      expect(edited).toBe(workflow(`    - cron: ${written}\n`))
      expect(readSchedule(edited, FILE)).toEqual([{ cron }])
    })

    it('keeps trailing comments, blank lines and comment lines between entries', () => {
      const text = workflow(
        `    - cron: '0 6 * * *' # daily\n\n    # then weekly\n    - cron: '0 7 * * 1'   # weekly\n`
      )
      const edited = editSchedule(text, FILE, [{ cron: '17 3 * * *' }, { cron: '23 4 * * 1' }])
      expect(edited).toBe(
        workflow(
          `    - cron: '17 3 * * *' # daily\n\n    # then weekly\n    - cron: '23 4 * * 1'   # weekly\n`
        )
      )
    })

    it('keeps CRLF line endings and a UTF-8 BOM', () => {
      const text = `\ufeffname: x\r\n"on":\r\n  schedule:\r\n    - cron: "0 6 * * *"\r\njobs: {}\r\n`
      expect(editSchedule(text, FILE, [{ cron: '*/30 * * * *' }])).toBe(
        `\ufeffname: x\r\n"on":\r\n  schedule:\r\n    - cron: "*/30 * * * *"\r\njobs: {}\r\n`
      )
    })

    it.each([
      [`[{cron: '0 6 * * *'}]`, `[{cron: '17 3 * * *'}]`],
      [`[ { cron: "0 6 * * *" } ]  # comment`, `[ { cron: "17 3 * * *" } ]  # comment`]
    ])('keeps a flow sequence as written: %s', (before, after) => {
      const text = `on:\n  push: {branches: [main]}\n  schedule: ${before}\n`
      expect(editSchedule(text, FILE, [{ cron: '17 3 * * *' }])).toBe(
        `on:\n  push: {branches: [main]}\n  schedule: ${after}\n`
      )
    })

    it('quotes a plain value that a flow sequence would split at its comma', () => {
      const text = `on:\n  schedule: [{cron: 0 6 * * *}]\n`
      expect(editSchedule(text, FILE, [{ cron: '0 6,18 * * *' }])).toBe(
        `on:\n  schedule: [{cron: '0 6,18 * * *'}]\n`
      )
    })

    it('leaves anchors and aliases elsewhere alone', () => {
      const text = `on:\n  push:\n    paths: &paths [src/**]\n  pull_request:\n    paths: *paths\n  schedule:\n    - cron: 0 6 * * *\n`
      expect(editSchedule(text, FILE, [{ cron: '1 2 * * *' }])).toBe(
        text.replace('0 6 * * *', '1 2 * * *')
      )
    })

    it('returns the very same text when nothing differs', () => {
      const text = workflow(`    - cron: '0 6 * * *'\n      timezone: UTC\n`)
      expect(editSchedule(text, FILE, [{ cron: '0 6 * * *' }])).toBe(text)
      expect(editSchedule(text, FILE, readSchedule(text, FILE))).toBe(text)
    })
  })

  describe('timezones', () => {
    const zoned = workflow(
      `    - cron: '0 6 * * *'\n      timezone: "Europe/Paris" # office hours\n`
    )

    it('keeps an existing timezone when the new entry names none', () => {
      expect(editSchedule(zoned, FILE, [{ cron: '17 3 * * *' }])).toBe(
        zoned.replace('0 6 * * *', '17 3 * * *')
      )
    })

    it('splices a new timezone into the existing timezone scalar', () => {
      const edited = editSchedule(zoned, FILE, [{ cron: '0 6 * * *', timezone: 'Asia/Tokyo' }])
      expect(edited).toBe(zoned.replace('Europe/Paris', 'Asia/Tokyo'))
    })

    it('adds a timezone an entry did not have below its cron, keeping the comment on its line', () => {
      const text = workflow(`    - cron: '0 6 * * *' # daily\n    # end of schedule\n`)
      const edited = editSchedule(text, FILE, [{ cron: '0 6 * * *', timezone: 'Asia/Tokyo' }])
      expect(edited).toBe(
        workflow(
          `    - cron: '0 6 * * *' # daily\n      timezone: 'Asia/Tokyo'\n    # end of schedule\n`
        )
      )
    })
  })

  describe('when the entry count changes', () => {
    it('grows a block sequence in its indentation, quote style and line ending', () => {
      const text = `on:\r\n  schedule:\r\n  - cron: "0 6 * * *"  # daily\r\n  # trailing note\r\n  push:\r\n`
      const edited = editSchedule(text, FILE, [{ cron: '0 6 * * *' }, { cron: '*/30 * * * *' }])
      expect(edited).toBe(
        `on:\r\n  schedule:\r\n  - cron: "0 6 * * *"  # daily\r\n  - cron: "*/30 * * * *"\r\n  # trailing note\r\n  push:\r\n`
      )
    })

    it('shrinks a block sequence, keeping timezones by position', () => {
      const text = workflow(
        `    - cron: 0 6 * * *\n      timezone: UTC\n    # weekly too\n    - cron: 0 7 * * 1\n`
      )
      expect(editSchedule(text, FILE, [{ cron: '*/30 * * * *' }])).toBe(
        workflow(`    - cron: '*/30 * * * *'\n      timezone: UTC\n    # weekly too\n`)
      )
    })

    it('grows a block sequence at the end of a file without a final newline', () => {
      const text = `on:\n  schedule:\n    - cron: '0 6 * * *'`
      expect(editSchedule(text, FILE, [{ cron: '1 1 * * *' }, { cron: '2 2 * * *' }])).toBe(
        `on:\n  schedule:\n    - cron: '1 1 * * *'\n    - cron: '2 2 * * *'`
      )
    })

    it.each([
      [`[{cron: "0 6 * * *"}]`, `[{cron: "0 6 * * *"}, {cron: "0 7 * * *"}]`],
      [`[ { cron: '0 6 * * *' } ]`, `[ { cron: '0 6 * * *' }, { cron: '0 7 * * *' } ]`]
    ])('grows a flow sequence in the flavour it had: %s', (before, after) => {
      const text = `on:\n  schedule: ${before} # two\n  push:\n`
      const next = [{ cron: '0 6 * * *' }, { cron: '0 7 * * *' }]
      expect(editSchedule(text, FILE, next)).toBe(`on:\n  schedule: ${after} # two\n  push:\n`)
    })

    it('shrinks a flow sequence', () => {
      const text = `on: {schedule: [{cron: '0 6 * * *'}, {cron: '0 7 * * *', timezone: UTC}], push: {}}\n`
      expect(editSchedule(text, FILE, [{ cron: '5 5 * * *' }])).toBe(
        `on: {schedule: [{cron: '5 5 * * *'}], push: {}}\n`
      )
    })

    it('refuses an empty schedule', () => {
      expect(() => editSchedule(workflow(`    - cron: '0 6 * * *'\n`), FILE, [])).toThrow(
        WorkflowFileError
      )
    })
  })
})

describe('editSchedule when the file already runs at the wanted times', () => {
  it.each([
    ['a weekday by name', `    - cron: '31 18 * * 5'\n`, ['31 18 * * FRI']],
    ['a zero-padded minute', `    - cron: '00 0 * * *'\n`, ['0 0 * * *']],
    ['a step for a list', `    - cron: '0,15,30,45 * * * *'\n`, ['*/15 * * * *']],
    ['weekday names for a range', `    - cron: '0 9 * * 1-5'\n`, ['0 9 * * MON-FRI']],
    [
      'the same entries in another order',
      `    - cron: '0 8 * * *' # morning\n    - cron: '0 20 * * *' # evening\n`,
      ['0 20 * * *', '0 8 * * *']
    ],
    [
      'a timezone the entry keeps',
      `    - cron: '0 6 * * 1'\n      timezone: Europe/Paris\n`,
      ['0 6 * * MON']
    ]
  ])('returns the very same text for %s', (_name, schedule, crons) => {
    const text = workflow(schedule)
    expect(
      scheduleEdit(
        text,
        FILE,
        crons.map(cron => ({ cron }))
      )
    ).toEqual({
      text,
      staleComments: []
    })
  })

  it('still rewrites a cron whose times are the same but whose timezone is not', () => {
    const text = workflow(`    - cron: '31 18 * * 5'\n      timezone: Europe/Paris\n`)
    const edited = editSchedule(text, FILE, [{ cron: '31 18 * * FRI', timezone: 'Asia/Tokyo' }])
    expect(edited).toBe(workflow(`    - cron: '31 18 * * FRI'\n      timezone: Asia/Tokyo\n`))
  })
})

describe('comments when the entry count changes', () => {
  const two = `    # twice a day\n    - cron: '0 6 * * *' # morning\n\n    # and at night\n    - cron: '0 20 * * *' # night\n    # end of schedule\n`

  it('keeps every comment of a shrunk block sequence in its place', () => {
    expect(editSchedule(workflow(two), FILE, [{ cron: '0 7 * * *' }])).toBe(
      workflow(
        `    # twice a day\n    - cron: '0 7 * * *' # morning\n\n    # and at night\n    # night\n    # end of schedule\n`
      )
    )
  })

  it('keeps the comments of a grown block sequence where they were, adding entries after the last', () => {
    const next = ['0 6 * * *', '0 20 * * *', '0 12 * * *'].map(cron => ({ cron }))
    expect(editSchedule(workflow(two), FILE, next)).toBe(
      workflow(
        `    # twice a day\n    - cron: '0 6 * * *' # morning\n\n    # and at night\n    - cron: '0 20 * * *' # night\n    - cron: '0 12 * * *'\n    # end of schedule\n`
      )
    )
  })

  it('keeps comments between the lines of a dropped entry', () => {
    const text = workflow(
      `    - cron: '0 6 * * *'\n    - cron: '0 7 * * *' # seven\n      # in Paris\n      timezone: Europe/Paris # CET\n`
    )
    expect(editSchedule(text, FILE, [{ cron: '0 6 * * *' }])).toBe(
      workflow(`    - cron: '0 6 * * *'\n    # seven\n      # in Paris\n    # CET\n`)
    )
  })

  it('drops the last entry of a file without a final newline, keeping its comment', () => {
    const text = `on:\r\n  schedule:\r\n    - cron: '0 6 * * *'\r\n    - cron: '0 7 * * *' # seven`
    expect(editSchedule(text, FILE, [{ cron: '0 6 * * *' }])).toBe(
      `on:\r\n  schedule:\r\n    - cron: '0 6 * * *'\r\n    # seven`
    )
  })

  it('drops the last entry of a file without a final newline', () => {
    const text = `on:\n  schedule:\n    - cron: '0 6 * * *'\n    - cron: '0 7 * * *'`
    expect(editSchedule(text, FILE, [{ cron: '0 6 * * *' }])).toBe(
      `on:\n  schedule:\n    - cron: '0 6 * * *'`
    )
  })

  it('keeps the comments inside a shrunk multi-line flow sequence', () => {
    const text = `on:\n  schedule: [\n    {cron: '0 6 * * *'}, # morning\n    {cron: '0 20 * * *'} # night\n  ]\n`
    expect(editSchedule(text, FILE, [{ cron: '0 7 * * *' }])).toBe(
      `on:\n  schedule: [\n    {cron: '0 7 * * *'} # morning\n    # night\n  ]\n`
    )
  })
})

describe('scheduleEdit: comments that may no longer describe their cron', () => {
  it('names the comments of each entry whose cron changed, on their lines in the new text', () => {
    const text = workflow(
      `    # morning\n    - cron: '0 6 * * *' # six\n\n    - cron: '0 20 * * *' # night\n`
    )
    const edit = scheduleEdit(text, FILE, [{ cron: '0 6 * * *' }, { cron: '0 21 * * *' }])
    expect(edit.staleComments).toEqual([{ line: 8, text: '# night' }])
  })

  it('names a comment above an entry, on its line and on its dropped sibling', () => {
    const text = workflow(
      `    # twice a day\n    - cron: '0 6 * * *' # morning\n    # and at night\n    - cron: '0 20 * * *' # night\n    # end\n`
    )
    const edit = scheduleEdit(text, FILE, [{ cron: '0 7 * * *' }])
    expect(edit.text).toBe(
      workflow(
        `    # twice a day\n    - cron: '0 7 * * *' # morning\n    # and at night\n    # night\n    # end\n`
      )
    )
    expect(edit.staleComments).toEqual([
      { line: 5, text: '# twice a day' },
      { line: 6, text: '# morning' },
      { line: 7, text: '# and at night' },
      { line: 8, text: '# night' }
    ])
  })

  it('names the comments on and above the schedule key when any cron changes', () => {
    const text = `on:\n  # nightly build\n  schedule: # at two\n    - cron: '0 2 * * *'\n  push:\n`
    expect(scheduleEdit(text, FILE, [{ cron: '0 3 * * *' }]).staleComments).toEqual([
      { line: 2, text: '# nightly build' },
      { line: 3, text: '# at two' }
    ])
  })

  it('names a comment on the line of a flow sequence', () => {
    const text = `on:\n  schedule: [{cron: '0 2 * * *'}] # at two\n`
    expect(scheduleEdit(text, FILE, [{ cron: '0 3 * * *' }]).staleComments).toEqual([
      { line: 2, text: '# at two' }
    ])
  })

  it('names the comment of an entry whose timezone changed', () => {
    const text = workflow(`    - cron: '0 6 * * *' # six in Paris\n      timezone: Europe/Paris\n`)
    const edit = scheduleEdit(text, FILE, [{ cron: '0 6 * * *', timezone: 'Asia/Tokyo' }])
    expect(edit.staleComments).toEqual([{ line: 5, text: '# six in Paris' }])
  })

  it('names nothing when no cron changes, nor a comment after the schedule', () => {
    const text = workflow(`    - cron: '0 6 * * *' # six\n    # end\n`)
    expect(scheduleEdit(text, FILE, [{ cron: '0 6 * * *' }]).staleComments).toEqual([])
    const grown = scheduleEdit(text, FILE, [{ cron: '0 6 * * *' }, { cron: '0 7 * * *' }])
    expect(grown.staleComments).toEqual([])
  })
})

describe('locateSchedule sequenceRange', () => {
  it.each([
    [
      'comment lines under the last entry',
      `    - cron: '0 6 * * *'\n    # note\n\n      # deeper\n  push:\n`,
      `- cron: '0 6 * * *'\n    # note\n\n      # deeper\n`
    ],
    [
      'not a comment of the parent map',
      `    - cron: '0 6 * * *'\n  # push below\n  push:\n`,
      `- cron: '0 6 * * *'\n`
    ],
    [
      'a last comment without a line break',
      `    - cron: '0 6 * * *'\n    # note`,
      `- cron: '0 6 * * *'\n    # note`
    ]
  ])('spans %s', (_name, schedule, spanned) => {
    const text = `on:\n  schedule:\n${schedule}`
    const [start, end] = locateSchedule(text, FILE).sequenceRange
    expect(text.slice(start, end)).toBe(spanned)
  })
})

describe('editSchedule in less common shapes', () => {
  it.each([
    [
      'a block scalar cron, replaced by a quoted one',
      `on:\n  schedule:\n    - cron: >-\n        0 6 * * *\n  push:\n`,
      [{ cron: '0 7 * * *' }],
      `on:\n  schedule:\n    - cron: '0 7 * * *'\n  push:\n`
    ],
    [
      'a timezone added to a flow entry',
      `on:\n  schedule: [{ cron: '0 6 * * *' }]\n`,
      [{ cron: '0 6 * * *', timezone: 'Asia/Tokyo' }],
      `on:\n  schedule: [{ cron: '0 6 * * *', timezone: 'Asia/Tokyo' }]\n`
    ],
    [
      'flow entries in a block sequence, grown in their style',
      `on:\n  schedule:\n    - {cron: "0 6 * * *"}\n`,
      [{ cron: '0 6 * * *' }, { cron: '0 7 * * *', timezone: 'UTC' }],
      `on:\n  schedule:\n    - {cron: "0 6 * * *"}\n    - {cron: "0 7 * * *", timezone: "UTC"}\n`
    ],
    [
      'a grown entry with a timezone, under the keys of the others',
      `on:\n  schedule:\n  -   cron: 0 6 * * *\n`,
      [{ cron: '0 6 * * *' }, { cron: '0 7 * * *', timezone: 'Europe/Paris' }],
      `on:\n  schedule:\n  -   cron: 0 6 * * *\n  -   cron: 0 7 * * *\n      timezone: Europe/Paris\n`
    ],
    [
      'a dash alone on its line, dropped with its entry',
      `on:\n  schedule:\n    - cron: '0 6 * * *'\n    -\n      cron: '0 7 * * *'\n  push:\n`,
      [{ cron: '0 6 * * *' }],
      `on:\n  schedule:\n    - cron: '0 6 * * *'\n  push:\n`
    ],
    [
      'an anchored sequence, shrunk',
      `on:\n  schedule: &times\n    - cron: '0 6 * * *'\n    - cron: '0 7 * * *' # seven\n`,
      [{ cron: '0 8 * * *' }],
      `on:\n  schedule: &times\n    - cron: '0 8 * * *'\n    # seven\n`
    ]
  ])('edits %s', (_name, text, next, edited) => {
    expect(editSchedule(text, FILE, next)).toBe(edited)
  })
})
