import { describe, expect, test } from '@jest/globals'
import {
  hasCronIntervalLessThan5Minutes,
  isValidCron
} from '@actions/workflow-parser/model/converter/cron'
import { CronExpressionParser } from 'cron-parser'
import { cronProblems, describeEntry, entryProblems } from '../src/core/cron/cron.js'
import { sameCron } from '../src/core/cron/same-times.js'
import { occurrencesBetween, runsBetween, runsPer30Days } from '../src/core/cron/occurrences.js'
import { timezoneProblem } from '../src/core/cron/time-zone.js'
import type { ScheduleEntry } from '../src/core/schedule/schedule.js'

const FIVE_FIELDS = 'expected 5 fields (minute hour day-of-month month day-of-week)'
const EVERY_5 = 'GitHub runs schedules at most every 5 minutes'
const ZONE_EXAMPLES = "(e.g. 'Europe/Berlin', 'America/New_York', 'UTC')"

/** [cron, what GitHub's own isValidCron says, what cronProblems says] */
type Row = [string, boolean, string[]]

const accepted: Row[] = [
  ['0 */2 * * *', true, []],
  ['30 1,4,10,13,16 * * *', true, []],
  ['0 0 * * MON-FRI', true, []],
  ['15 3 1-31/2 * *', true, []],
  ['0 0 1 JAN,JUL *', true, []],
  ['*/5 * * * *', true, []],
  ['0  1 * * *', true, []],
  ['0 0 * * mon-fri', true, []],
  ['0 0 * * Sun', true, []],
  ['20/15 * * * *', true, []],
  ['0 9-17/2 * * 1-5', true, []],
  ['*/15 9-17 * * 1-5', true, []],
  ['0 0 * 1-JUN *', true, []],
  ['0 0 * JAN/3 *', true, []],
  ['0 0 * * MON/2', true, []],
  ['0 12 5-5 * *', true, []],
  ['0 0 29 2 *', true, []],
  ['*/10,5 * * * *', true, []],
  ['59 23 31 12 6', true, []],
  ['0 0 1 1 0', true, []],
  ['05 08 * * *', true, []],
  ['0,58 0 * * *', true, []],
  ['0 0 1,15 * *', true, []]
]

/** GitHub accepts these, we do not: they run too often, or only pass through quirks of isValidCron. */
const stricterThanGitHub: Row[] = [
  ['* * * * *', true, [`runs every 1 minute; ${EVERY_5} — use a step of at least 5 (e.g. '*/5')`]],
  [
    '*/2 * * * *',
    true,
    [`runs every 2 minutes; ${EVERY_5} — use a step of at least 5 (e.g. '*/5')`]
  ],
  [
    '0-4 * * * *',
    true,
    [`runs 1 minute apart (minutes 0 and 1); ${EVERY_5} — keep runs at least 5 minutes apart`]
  ],
  [
    '*/7 * * * *',
    true,
    [
      `runs 4 minutes apart (minute 56, then minute 0 of the next hour); ${EVERY_5} — keep runs at least 5 minutes apart`
    ]
  ],
  [
    '0,58 * * * *',
    true,
    [
      `runs 2 minutes apart (minute 58, then minute 0 of the next hour); ${EVERY_5} — keep runs at least 5 minutes apart`
    ]
  ],
  ['0 0 * * ', true, ['the cron has spaces before or after it, which GitHub rejects']],
  [
    '0 0 * constructor *',
    true,
    ["month 'constructor' is not a number 1–12 or a month name (JAN–DEC)"]
  ],
  ['1.5 * * * *', true, ["minute '1.5' is not a number 0–59"]],
  ['0x1F * * * *', true, ["minute '0x1F' is not a number 0–59"]],
  ['1e1 * * * *', true, ["minute '1e1' is not a number 0–59"]],
  ['+5 * * * *', true, ["minute '+5' is not a number 0–59"]]
]

const rejected: Row[] = [
  ['@daily', false, ["'@daily' is a macro; GitHub does not accept macros — write '0 0 * * *'"]],
  [
    '@midnight',
    false,
    ["'@midnight' is a macro; GitHub does not accept macros — write '0 0 * * *'"]
  ],
  ['@hourly', false, ["'@hourly' is a macro; GitHub does not accept macros — write '0 * * * *'"]],
  ['@weekly', false, ["'@weekly' is a macro; GitHub does not accept macros — write '0 0 * * 0'"]],
  ['@monthly', false, ["'@monthly' is a macro; GitHub does not accept macros — write '0 0 1 * *'"]],
  ['@yearly', false, ["'@yearly' is a macro; GitHub does not accept macros — write '0 0 1 1 *'"]],
  [
    '@annually',
    false,
    ["'@annually' is a macro; GitHub does not accept macros — write '0 0 1 1 *'"]
  ],
  [
    '@reboot',
    false,
    ["'@reboot' is a macro; GitHub does not accept macros, and '@reboot' has no cron equivalent"]
  ],
  ['@every 5m', false, ["'@every' is not a cron; GitHub does not accept macros"]],
  ['0 0 * * * *', false, [`${FIVE_FIELDS}, got 6; GitHub has no seconds or years field`]],
  ['0 0 0 1 1 * 2024', false, [`${FIVE_FIELDS}, got 7; GitHub has no seconds or years field`]],
  ['0 0 * *', false, [`${FIVE_FIELDS}, got 4`]],
  ['', false, [`the cron is empty; ${FIVE_FIELDS}`]],
  ['   ', false, [`the cron is empty; ${FIVE_FIELDS}`]],
  [' 0 0 * * *', false, ['the cron has spaces before or after it, which GitHub rejects']],
  [
    '0\t0 * * *',
    false,
    ['fields must be separated by spaces; GitHub does not accept tabs or line breaks']
  ],
  ['0 0 L * *', false, ["day of month 'L' uses 'L', which GitHub does not support"]],
  ['0 0 15W * *', false, ["day of month '15W' uses 'W', which GitHub does not support"]],
  ['0 0 LW * *', false, ["day of month 'LW' uses 'L' and 'W', which GitHub does not support"]],
  ['0 0 * * 5L', false, ["day of week '5L' uses 'L', which GitHub does not support"]],
  ['0 0 * * 1#2', false, ["day of week '1#2' uses '#', which GitHub does not support"]],
  ['0 0 ? * *', false, ["day of month '?' uses '?', which GitHub does not support"]],
  ['H 0 * * *', false, ["minute 'H' uses 'H', which GitHub does not support"]],
  ['H(0-29) 0 * * *', false, ["minute 'H(0-29)' uses 'H', which GitHub does not support"]],
  ['0 0 * * 7', false, ['day of week 7 is out of range 0–6 (use 0 for Sunday)']],
  ['61 * * * *', false, ['minute 61 is out of range 0–59']],
  ['0 24 * * *', false, ['hour 24 is out of range 0–23']],
  ['0 0 0 * *', false, ['day of month 0 is out of range 1–31']],
  ['0 0 32 * *', false, ['day of month 32 is out of range 1–31']],
  ['0 0 * 0 *', false, ['month 0 is out of range 1–12']],
  ['0 0 * 13 *', false, ['month 13 is out of range 1–12']],
  ['61 24 * * *', false, ['minute 61 is out of range 0–59', 'hour 24 is out of range 0–23']],
  ['*/60 * * * *', false, ["minute '*/60' has a step of 60; a step must be 1–59"]],
  ['0 */24 * * *', false, ["hour '*/24' has a step of 24; a step must be 1–23"]],
  ['0 0 */32 * *', false, ["day of month '*/32' has a step of 32; a step must be 1–31"]],
  ['0 0 * * */7', false, ["day of week '*/7' has a step of 7; a step must be 1–6"]],
  ['0 */0 * * *', false, ["hour '*/0' has a step of 0; a step must be at least 1"]],
  ['0 0 * * 1-5/0', false, ["day of week '1-5/0' has a step of 0; a step must be at least 1"]],
  ['*/x * * * *', false, ["minute '*/x' has a step 'x' that is not a whole number"]],
  [
    '0 0 * * FRI-MON',
    false,
    [
      "day of week 'FRI-MON' runs backwards (5 > 1); GitHub requires the start of a range to be at most its end — write 'FRI-SAT,SUN-MON'"
    ]
  ],
  [
    '0 23-1 * * *',
    false,
    [
      "hour '23-1' runs backwards (23 > 1); GitHub requires the start of a range to be at most its end — write '23,0-1'"
    ]
  ],
  [
    '30-10 * * * *',
    false,
    [
      "minute '30-10' runs backwards (30 > 10); GitHub requires the start of a range to be at most its end — write '30-59,0-10'"
    ]
  ],
  ['0 0 * JANUARY *', false, ["month 'JANUARY' is not a number 1–12 or a month name (JAN–DEC)"]],
  ['0 0 * MON *', false, ["month 'MON' is not a number 1–12 or a month name (JAN–DEC)"]],
  ['0 0 * * MONDAY', false, ["day of week 'MONDAY' is not a number 0–6 or a day name (SUN–SAT)"]],
  ['0 JAN * * *', false, ["hour 'JAN' is not a number 0–23"]],
  ['0 0 * * 1,,2', false, ["day of week '1,,2' has an empty item in its list"]],
  ['0 0 * * 1,', false, ["day of week '1,' has an empty item in its list"]],
  ['*/5/2 * * * *', false, ["minute '*/5/2' has more than one '/'"]],
  ['/5 * * * *', false, ["minute '/5' has nothing before '/'"]],
  ['5/ * * * *', false, ["minute '5/' has no step after '/'"]],
  [
    '*-5 * * * *',
    false,
    ["minute '*-5' puts '*' inside a range; use '*' alone or a range of values"]
  ],
  ['-5 * * * *', false, ["minute '-5' is not a range; write a range as 'start-end', e.g. '1-5'"]],
  [
    '1-2-3 * * * *',
    false,
    ["minute '1-2-3' is not a range; write a range as 'start-end', e.g. '1-5'"]
  ]
]

const rows: Row[] = [...accepted, ...stricterThanGitHub, ...rejected]

describe(`cronProblems (${rows.length} crons: ${accepted.length} accepted, ${stricterThanGitHub.length} stricter than GitHub, ${rejected.length} rejected by both)`, () => {
  test('the table is large enough to be a specification', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40)
    expect(new Set(rows.map(([cron]) => cron)).size).toBe(rows.length)
  })

  test.each(rows)('%j: GitHub accepts = %p, problems = %j', (cron, github, problems) => {
    expect(isValidCron(cron)).toBe(github)
    expect(cronProblems(cron)).toEqual(problems)
  })

  test('every cron we accept, GitHub accepts', () => {
    const ours = rows.filter(([cron]) => cronProblems(cron).length === 0).map(([cron]) => cron)
    expect(ours).toHaveLength(accepted.length)
    expect(ours.filter(cron => !isValidCron(cron))).toEqual([])
  })

  test('every cron GitHub rejects, we reject', () => {
    const github = rows.filter(([cron]) => !isValidCron(cron)).map(([cron]) => cron)
    expect(github).toHaveLength(rejected.length)
    expect(github.filter(cron => cronProblems(cron).length === 0)).toEqual([])
  })

  test("every cron GitHub's own interval check flags, we reject, except a false alarm", () => {
    const flagged = rows.map(([cron]) => cron).filter(hasCronIntervalLessThan5Minutes)
    expect(flagged).toEqual([
      '0,58 0 * * *',
      '* * * * *',
      '*/2 * * * *',
      '0-4 * * * *',
      '0,58 * * * *'
    ])
    // GitHub wraps minute 58 round to minute 0 even when the next hour never runs: 00:00 and
    // 00:58 are 58 minutes apart, so we accept it.
    expect(flagged.filter(cron => cronProblems(cron).length === 0)).toEqual(['0,58 0 * * *'])
  })

  test('every rejection says which field, or that it is a macro, the field count or the interval', () => {
    const about =
      /^(minute|hour|day of month|month|day of week) |^'@\w+' is |^expected 5 fields|^runs |^the cron |^fields must/
    const messages = rows.flatMap(([cron]) => cronProblems(cron))
    expect(messages.filter(message => !about.test(message))).toEqual([])
  })
})

describe('timezoneProblem', () => {
  const notIana = (zone: string): string =>
    `timezone '${zone}' is not an IANA time zone name ${ZONE_EXAMPLES}`

  test.each<[string, string | undefined]>([
    ['UTC', undefined],
    ['Etc/UTC', undefined],
    ['Europe/Berlin', undefined],
    ['America/New_York', undefined],
    ['America/Argentina/Buenos_Aires', undefined],
    // Node 20's Intl.supportedValuesOf lists the old spelling Asia/Calcutta only.
    ['Asia/Kolkata', undefined],
    ['Asia/Calcutta', undefined],
    ['Mars/Base', notIana('Mars/Base')],
    ['', notIana('')],
    ['+01:00', notIana('+01:00')],
    ['Local', notIana('Local')],
    [
      'America/New_York ',
      "timezone 'America/New_York ' has spaces around it; write 'America/New_York'"
    ],
    ['utc', "timezone 'utc' is not spelled as in the IANA database; write 'UTC'"],
    [
      'europe/berlin',
      "timezone 'europe/berlin' is not spelled as in the IANA database; write 'Europe/Berlin'"
    ],
    [
      'Europe/berlin',
      "timezone 'Europe/berlin' is not spelled as in the IANA database; write 'Europe/Berlin'"
    ]
  ])('%j → %p', (zone, problem) => {
    expect(timezoneProblem(zone)).toBe(problem)
  })
})

describe('entryProblems', () => {
  test.each<[ScheduleEntry, string[]]>([
    [{ cron: '0 8 * * *' }, []],
    [{ cron: '0 8 * * *', timezone: 'America/New_York' }, []],
    [
      { cron: '0 8 * * *', timezone: 'Mars/Base' },
      [`timezone 'Mars/Base' is not an IANA time zone name ${ZONE_EXAMPLES}`]
    ],
    [{ cron: '0 8 * * 7' }, ['day of week 7 is out of range 0–6 (use 0 for Sunday)']],
    [
      { cron: '0 8 * * 7', timezone: 'Mars/Base' },
      [
        'day of week 7 is out of range 0–6 (use 0 for Sunday)',
        `timezone 'Mars/Base' is not an IANA time zone name ${ZONE_EXAMPLES}`
      ]
    ]
  ])('%j → %j', (entry, problems) => {
    expect(entryProblems(entry)).toEqual(problems)
  })
})

const at = (iso: string): Date => new Date(iso)
const MONDAY = at('2024-01-01T00:00:00Z')

describe('runsBetween and runsPer30Days', () => {
  test.each<[string, ScheduleEntry[], string, string, number]>([
    [
      'every 2 hours, a day',
      [{ cron: '0 */2 * * *' }],
      '2024-01-01T00:00Z',
      '2024-01-02T00:00Z',
      12
    ],
    [
      '[from, to) includes from',
      [{ cron: '0 0 * * *' }],
      '2024-01-01T00:00Z',
      '2024-01-02T00:00Z',
      1
    ],
    [
      '[from, to) excludes to',
      [{ cron: '0 0 * * *' }],
      '2024-01-01T00:00:01Z',
      '2024-01-02T00:00Z',
      0
    ],
    ['an empty window', [{ cron: '0 0 * * *' }], '2024-01-01T00:00Z', '2024-01-01T00:00Z', 0],
    ['a backwards window', [{ cron: '0 0 * * *' }], '2024-01-02T00:00Z', '2024-01-01T00:00Z', 0],
    [
      'two identical entries each start a run',
      [{ cron: '0 0 * * *' }, { cron: '0 0 * * *' }],
      '2024-01-01T00:00Z',
      '2024-01-02T00:00Z',
      2
    ],
    [
      'coinciding instants count once per entry',
      [{ cron: '0 */2 * * *' }, { cron: '0 */3 * * *' }],
      '2024-01-01T00:00Z',
      '2024-01-02T00:00Z',
      20
    ],
    [
      "GitHub's own example: 20/15 is minutes 20, 35, 50",
      [{ cron: '20/15 * * * *' }],
      '2024-01-01T00:00Z',
      '2024-01-01T01:00Z',
      3
    ],
    ['the 31st, in 2024', [{ cron: '0 0 31 * *' }], '2024-01-01T00:00Z', '2025-01-01T00:00Z', 7],
    [
      '29 February, 2023 to 2025',
      [{ cron: '0 0 29 2 *' }],
      '2023-01-01T00:00Z',
      '2026-01-01T00:00Z',
      1
    ],
    [
      '30 February never comes',
      [{ cron: '0 0 30 2 *' }],
      '2024-01-01T00:00Z',
      '2025-01-01T00:00Z',
      0
    ],
    [
      'day of month and day of week both set: either matches (1 Feb + 4 Mondays)',
      [{ cron: '0 0 1 * 1' }],
      '2024-02-01T00:00Z',
      '2024-03-01T00:00Z',
      5
    ],
    [
      'a step in day of month still counts as set (odd days or Mondays, February 2024)',
      [{ cron: '0 0 */2 * 1' }],
      '2024-02-01T00:00Z',
      '2024-03-01T00:00Z',
      17
    ],
    [
      'JAN/3 is January, April, July, October',
      [{ cron: '0 0 1 JAN/3 *' }],
      '2024-01-01T00:00Z',
      '2025-01-01T00:00Z',
      4
    ],
    [
      'MON/2 is Monday, Wednesday, Friday (no 7)',
      [{ cron: '0 0 * * MON/2' }],
      '2024-01-01T00:00Z',
      '2024-01-08T00:00Z',
      3
    ],
    [
      'a rejected macro never fires',
      [{ cron: '@daily' }],
      '2024-01-01T00:00Z',
      '2024-01-08T00:00Z',
      0
    ],
    [
      'an unknown time zone never fires',
      [{ cron: '0 0 * * *', timezone: 'Mars/Base' }],
      '2024-01-01T00:00Z',
      '2024-01-08T00:00Z',
      0
    ],
    [
      'too frequent, but GitHub accepts it: counted at face value',
      [{ cron: '* * * * *' }],
      '2024-01-01T00:00Z',
      '2024-01-01T01:00Z',
      60
    ],
    [
      '08:00 New York across the March DST switch: once a day',
      [{ cron: '0 8 * * *', timezone: 'America/New_York' }],
      '2024-03-01T00:00Z',
      '2024-04-01T00:00Z',
      31
    ],
    [
      '08:00 New York across the November DST switch: once a day',
      [{ cron: '0 8 * * *', timezone: 'America/New_York' }],
      '2024-10-20T00:00Z',
      '2024-11-20T00:00Z',
      31
    ],
    [
      'every 30 minutes on the 25-hour New York day: the repeated hour runs once',
      [{ cron: '*/30 * * * *', timezone: 'America/New_York' }],
      '2024-11-03T04:00Z',
      '2024-11-04T05:00Z',
      48
    ],
    [
      'every 30 minutes on the 23-hour New York day: 02:00 and 02:30 advance to 03:00',
      [{ cron: '*/30 * * * *', timezone: 'America/New_York' }],
      '2024-03-10T05:00Z',
      '2024-03-11T04:00Z',
      46
    ]
  ])('%s', (_name, entries, from, to, runs) => {
    expect(runsBetween(entries, at(from), at(to))).toBe(runs)
  })

  test.each<[string, number]>([
    ['0 */2 * * *', 360],
    ['0 8,20 * * *', 60],
    ['0 0 * * 1,4', 9],
    ['*/5 * * * *', 8640],
    ['0 0 * * MON-FRI', 22]
  ])('%j runs %i times in the 30 days from Monday 2024-01-01 00:00 UTC', (cron, runs) => {
    expect(runsPer30Days([{ cron }], MONDAY)).toBe(runs)
  })

  test('a month counted hour by hour adds up to the month counted at once', () => {
    const entries: ScheduleEntry[] = [
      { cron: '7 */3 * * *' },
      { cron: '30 8 * * 1-5', timezone: 'Europe/Berlin' },
      { cron: '*/20 9-17 * * *', timezone: 'America/New_York' }
    ]
    const start = at('2024-03-01T00:00Z').getTime()
    let hourByHour = 0
    for (let hour = 0; hour < 30 * 24; hour++) {
      const from = new Date(start + hour * 3_600_000)
      hourByHour += runsBetween(entries, from, new Date(from.getTime() + 3_600_000))
    }
    expect(runsPer30Days(entries, new Date(start))).toBe(240 + 21 + 810)
    expect(hourByHour).toBe(240 + 21 + 810)
  })
})

describe('occurrencesBetween', () => {
  const iso = (dates: Date[]): string[] => dates.map(date => date.toISOString())

  test('sorted across entries, coinciding instants kept once per entry', () => {
    const entries = [{ cron: '0 */12 * * *' }, { cron: '0 0,6 * * *' }]
    expect(iso(occurrencesBetween(entries, MONDAY, at('2024-01-02T00:00Z')))).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-01-01T00:00:00.000Z',
      '2024-01-01T06:00:00.000Z',
      '2024-01-01T12:00:00.000Z'
    ])
  })

  test('a time zone moves the instants: midnight in Kolkata is 18:30 UTC', () => {
    const entries = [{ cron: '0 0 * * *', timezone: 'Asia/Kolkata' }]
    expect(iso(occurrencesBetween(entries, MONDAY, at('2024-01-03T00:00Z')))).toEqual([
      '2024-01-01T18:30:00.000Z',
      '2024-01-02T18:30:00.000Z'
    ])
  })

  test('08:00 New York is 13:00 UTC before the March switch and 12:00 UTC after it', () => {
    const entries = [{ cron: '0 8 * * *', timezone: 'America/New_York' }]
    expect(
      iso(occurrencesBetween(entries, at('2024-03-09T00:00Z'), at('2024-03-12T00:00Z')))
    ).toEqual(['2024-03-09T13:00:00.000Z', '2024-03-10T12:00:00.000Z', '2024-03-11T12:00:00.000Z'])
  })

  test('a skipped 02:30 runs at 03:00, as GitHub documents', () => {
    const entries = [{ cron: '30 2 * * *', timezone: 'America/New_York' }]
    expect(
      iso(occurrencesBetween(entries, at('2024-03-09T00:00Z'), at('2024-03-12T00:00Z')))
    ).toEqual(['2024-03-09T07:30:00.000Z', '2024-03-10T07:00:00.000Z', '2024-03-11T06:30:00.000Z'])
  })

  test('a repeated 01:30 runs once, at its first occurrence', () => {
    const entries = [{ cron: '30 1 * * *', timezone: 'America/New_York' }]
    expect(
      iso(occurrencesBetween(entries, at('2024-11-02T00:00Z'), at('2024-11-05T00:00Z')))
    ).toEqual(['2024-11-02T05:30:00.000Z', '2024-11-03T05:30:00.000Z', '2024-11-04T06:30:00.000Z'])
  })

  test('a half-hour clock change (Lord Howe Island) moves a skipped 02:00 to 02:30', () => {
    const entries = [{ cron: '0 2 * * *', timezone: 'Australia/Lord_Howe' }]
    expect(
      iso(occurrencesBetween(entries, at('2024-10-04T00:00Z'), at('2024-10-07T00:00Z')))
    ).toEqual(['2024-10-04T15:30:00.000Z', '2024-10-05T15:30:00.000Z', '2024-10-06T15:00:00.000Z'])
  })
})

/** Every instant cron-parser gives in [from, to): the reference for days without a clock change. */
function cronParserInstants(entry: ScheduleEntry, from: Date, to: Date): string[] {
  const expression = CronExpressionParser.parse(entry.cron, {
    tz: entry.timezone ?? 'UTC',
    currentDate: new Date(from.getTime() - 1),
    endDate: new Date(to.getTime() - 1)
  })
  const instants: string[] = []
  // next() throws past endDate; hasNext() would compute every instant twice.
  for (;;) {
    try {
      instants.push(expression.next().toDate().toISOString())
    } catch {
      return instants
    }
  }
}

describe('agreement with cron-parser away from clock changes', () => {
  // cron-parser reads 'JAN/3' as every month and 'MON/2' as reaching a Sunday '7'; those rows
  // have their own expectations above.
  const crons = accepted
    .map(([cron]) => cron)
    .filter(cron => !cron.includes('JAN/3') && !cron.includes('MON/2'))
  const zones = [undefined, 'Asia/Kolkata', 'America/New_York', 'Pacific/Auckland']

  test.each(zones)('every accepted cron, 1–14 January 2024, time zone %p', timezone => {
    const from = at('2024-01-01T00:00Z')
    const to = at('2024-01-15T00:00Z')
    for (const cron of crons) {
      const entry: ScheduleEntry = timezone === undefined ? { cron } : { cron, timezone }
      const ours = occurrencesBetween([entry], from, to).map(date => date.toISOString())
      expect({ cron, instants: ours }).toEqual({
        cron,
        instants: cronParserInstants(entry, from, to)
      })
    }
  })
})

describe('describeEntry', () => {
  test.each<[ScheduleEntry, string]>([
    [{ cron: '0 8 * * *' }, 'At 08:00'],
    [{ cron: '0 */2 * * *' }, 'On the hour, every 2 hours'],
    [{ cron: '0 8 * * *', timezone: 'America/New_York' }, 'At 08:00 (America/New_York)'],
    [{ cron: '0 0 * * MON-FRI' }, 'At 00:00, Monday through Friday'],
    [
      { cron: '*/15 9-17 * * 1-5' },
      'Every 15 minutes, between 09:00 and 17:59, Monday through Friday'
    ],
    [{ cron: '0  1 * * *' }, 'At 01:00'],
    [{ cron: '30 5,17 * * *' }, 'At 05:30 and 17:30'],
    [{ cron: '@daily' }, "invalid cron '@daily'"],
    [{ cron: '0 0 L * *', timezone: 'UTC' }, "invalid cron '0 0 L * *' (UTC)"]
  ])('%j → %p', (entry, words) => {
    expect(describeEntry(entry)).toBe(words)
  })
})

describe('sameCron', () => {
  test.each([
    ['a weekday by number and by name', '31 18 * * 5', '31 18 * * FRI'],
    ['a zero-padded minute', '0 0 * * *', '00 0 * * *'],
    ['a step and the list it makes', '*/15 * * * *', '0,15,30,45 * * * *'],
    ['a range of weekdays by number and by name', '0 9 * * 1-5', '0 9 * * MON-FRI'],
    ['a month by name, in lower case', '0 0 1 jan *', '0 0 1 1 *'],
    ['double spaces between fields', '0  1 * * *', '0 1 * * *'],
    ['every day of the week written out', '0 6 * * 0-6', '0 6 * * *'],
    ['every day of the month written out', '0 6 1-31 * *', '0 6 * * *'],
    ['a list in another order', '0 8,20 * * *', '0 20,8 * * *']
  ])('equals crons that run at the same times: %s', (_name, a, b) => {
    expect(sameCron(a, b)).toBe(true)
    expect(sameCron(b, a)).toBe(true)
  })

  test.each([
    ['another minute', '31 18 * * 5', '32 18 * * 5'],
    ['another weekday', '31 18 * * 5', '31 18 * * SAT'],
    // Both day fields restricted: either may match (Vixie cron), so this runs on the 1st and on every Monday.
    ['day of month or day of week', '0 0 1 * 1', '0 0 * * 1'],
    ['day of month or day of week, the other way', '0 0 1 * 1', '0 0 1 * *'],
    ['a step against a shorter list', '*/15 * * * *', '0,15,30 * * * *'],
    ['two invalid crons spelt differently', '@daily', '0 0 * * *']
  ])('tells apart crons that do not: %s', (_name, a, b) => {
    expect(sameCron(a, b)).toBe(false)
    expect(sameCron(b, a)).toBe(false)
  })

  test('equals an invalid cron only to its own text', () => {
    expect(sameCron('@daily', '@daily')).toBe(true)
  })
})
