/**
 * `backtest --runs <file|dir> [--jobs <file|dir>] [--json]` (DESIGN §11): replays recorded GitHub API JSON (the pages
 * `gh api --paginate …/actions/runs` and `…/runs/{id}/jobs` print, or folders of them) through the duration
 * predictor in time order and prints the tracker's accuracy report, or with --json one line per prediction and then
 * a summary line. Exit codes: 0 done, 1 a file that cannot be read or holds no runs, 2 a bad command line.
 */
import { parseArgs } from 'node:util'
import { loadRecordedApi } from '../adapters/local/recorded-runs.js'
import { errorMessage } from '../core/errors.js'
import { backtest, type BacktestPrediction } from '../core/forecast/duration-backtest.js'
import { type RecordedApi } from '../core/runs/records.js'
import { renderBacktestReport } from '../reports/accuracy-report.js'

/** Where the command writes. */
export interface BacktestTerminal {
  out(text: string): void
  err(text: string): void
}

/** The command's usage, for --help and the CLI's own help. */
export const BACKTEST_USAGE = `Usage: dynamic-workflow-orchestrator backtest --runs <file|dir> [--jobs <file|dir>] [--json]

Replays recorded workflow runs in time order: each successful run is predicted from the runs that completed before
it started, then compared with how long it took.

  --runs <file|dir>   recorded API JSON holding workflow runs (a file, or a folder of .json files); repeatable
  --jobs <file|dir>   recorded API JSON holding their jobs (durations then come from the jobs); repeatable
  --json              one JSON line per prediction {workflow, runId, predicted, low, high, confidence, actual}
                      (seconds), then {"summary": {...}}
`

const OPTIONS = {
  runs: { type: 'string', multiple: true },
  jobs: { type: 'string', multiple: true },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false }
} as const

interface BacktestFlags {
  runs: string[]
  jobs: string[]
  json: boolean
  help: boolean
}

/** Strict flags; the command word itself may lead. A problem is thrown as a message for exit code 2. */
function parseFlags(argv: string[]): BacktestFlags {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true
  })
  const extra = positionals[0] === 'backtest' ? positionals.slice(1) : positionals
  if (extra.length > 0) throw new Error(`backtest takes flags only; got '${extra.join(' ')}'`)
  const flags = {
    runs: values.runs ?? [],
    jobs: values.jobs ?? [],
    json: values.json,
    help: values.help
  }
  if (!flags.help && flags.runs.length === 0)
    throw new Error('backtest needs --runs <file|dir>: the recorded runs to replay')
  return flags
}

/** Workflow names by id; two workflows with one name are told apart by their paths. */
function workflowNames(api: RecordedApi): Map<number, string> {
  const uses = new Map<string, number>()
  for (const w of api.workflows) uses.set(w.name, (uses.get(w.name) ?? 0) + 1)
  return new Map(
    api.workflows.map(w => [w.id, (uses.get(w.name) ?? 0) > 1 ? `${w.name} (${w.path})` : w.name])
  )
}

const tenth = (n: number) => Math.round(n * 10) / 10

/** A prediction's line: the seven fields, seconds to a tenth. */
function predictionLine(p: BacktestPrediction): string {
  const { workflow, runId, predicted, low, high, confidence, actual } = p
  return JSON.stringify({
    workflow,
    runId,
    predicted,
    low,
    high,
    confidence,
    actual: tenth(actual)
  })
}

function print(api: RecordedApi, json: boolean, term: BacktestTerminal): void {
  const { predictions, summary } = backtest(api.runs, api.jobs, { names: workflowNames(api) })
  if (!json) return term.out(renderBacktestReport(summary))
  for (let i = 0; i < predictions.length; i += 1000)
    term.out(
      `${predictions
        .slice(i, i + 1000)
        .map(predictionLine)
        .join('\n')}\n`
    )
  term.out(`${JSON.stringify({ summary })}\n`)
}

/** Runs `backtest` with its arguments (with or without the word `backtest` first); returns the exit code. */
export async function runBacktest(argv: string[], term: BacktestTerminal): Promise<number> {
  let flags: BacktestFlags
  try {
    flags = parseFlags(argv)
  } catch (error) {
    term.err(`error: ${errorMessage(error)}\nRun with --help to see the flags.\n`)
    return 2
  }
  if (flags.help) {
    term.out(BACKTEST_USAGE)
    return 0
  }
  try {
    const api = await loadRecordedApi([...flags.runs, ...flags.jobs])
    if (api.runs.length === 0)
      throw new Error(`no workflow runs in ${flags.runs.join(', ')} (give --runs the runs' JSON)`)
    print(api, flags.json, term)
    return 0
  } catch (error) {
    term.err(`error: ${errorMessage(error)}\n`)
    return 1
  }
}
