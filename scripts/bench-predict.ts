// npm run bench:predict: the duration predictor replayed over the real run corpora (../shared/corpus/runs) beside the
// baselines a skeptic would try, on the runs with at least 5 earlier successful runs of their workflow. Every
// predictor goes through the same replay, so all predict the same runs from the same history. Figures only; nothing
// here asserts. `--corpus <name>` runs one corpus; `--root <dir>` points at the corpora.
import { existsSync } from 'node:fs'
import { backtest } from '../src/core/forecast/duration-backtest.js'
import { BASELINES } from './bench-predict/baselines.js'
import { loadCorpora, type Corpus } from './bench-predict/corpora.js'
import {
  aimsOf,
  CLOSING_HEADER,
  closingLine,
  header,
  line,
  ourRowOf,
  rowOf,
  verdict
} from './bench-predict/table.js'

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i === -1 ? undefined : process.argv[i + 1]
}

const thousands = (n: number) => n.toLocaleString('en-US')

/** The corpus's block, and its closing line (none when nothing was predicted). */
function bench(corpus: Corpus): { block: string[]; closing?: string } {
  const { runs, jobs } = corpus.api
  const names = new Map(corpus.api.workflows.map(w => [w.id, w.name]))
  const started = performance.now()
  const ours = backtest(runs, jobs, { names })
  const ourRow = ourRowOf(ours.summary, ours.predictions, (performance.now() - started) / 1000)
  const rows = BASELINES.map(b =>
    rowOf(b.name, backtest(runs, jobs, { names, predictor: b.create() }).summary)
  )
  const same = rows.every(r => r.predictions === ourRow.predictions) ? '' : ' (SETS DIFFER)'
  const title = `${corpus.name}: ${thousands(runs.length)} runs, ${names.size} workflows, ${thousands(
    ourRow.predictions
  )} predictions${same}`
  if (ourRow.predictions === 0)
    return { block: [title, `  (${corpus.note})`, '  no run had 5 earlier successful runs', ''] }
  const aims = aimsOf(ourRow, rows)
  const table = [header(), line(ourRow), ...rows.map(line)]
  const block = [title, `  (${corpus.note})`, ...table, ...verdict(ourRow, aims), '']
  return { block, closing: closingLine(corpus.name, ourRow, aims) }
}

function main(): void {
  const root = flag('--root') ?? '../shared/corpus/runs'
  if (!existsSync(root)) throw new Error(`no corpora at ${root} (give --root <dir>)`)
  const only = flag('--corpus')
  const closing: string[] = []
  for (const corpus of loadCorpora(root)) {
    if (only && corpus.name !== only) continue
    if ('skipped' in corpus) {
      console.log(`${corpus.name}: skipped, ${corpus.skipped}\n`)
      continue
    }
    const result = bench(corpus)
    console.log(result.block.join('\n'))
    if (result.closing) closing.push(result.closing)
  }
  console.log(['Aims per corpus (✓ met, ✗ not):', CLOSING_HEADER, ...closing].join('\n'))
}

main()
