// The bench's figures and how they are laid out: one block per corpus, ours beside the baselines, the aims checked,
// then one line per corpus.
import {
  type BacktestPrediction,
  type BacktestSummary
} from '../../src/core/forecast/duration-backtest.js'

/** What the table shows of one predictor's backtest. Errors are percentages, shares from 0 to 1. */
export interface Row {
  name: string
  predictions: number
  meanError: number
  medianError: number
  within25: number
}

/** Ours also gets the interval's and the confidence's figures. */
export interface OurRow extends Row {
  coverage: number
  meanWidth: number
  medianWidth: number
  /** Coverage a fixed ±50% band around our estimate would have had. */
  band50: number
  /** The workflows with ≥ 20 predictions, and how many of them have their own coverage within 70–90%. */
  bigWorkflows: number
  wellCovered: number
  meanConfidence: number
  /** Expected calibration error over ten confidence bins (0–1). */
  ece: number
  seconds: number
}

/** Whether ours meets each aim. */
export interface Aims {
  meanError: boolean
  medianError: boolean
  within25: boolean
  coverage: boolean
  meanWidth: boolean
  medianWidth: boolean
}

export function rowOf(name: string, summary: BacktestSummary): Row {
  const { comparisons, meanError, medianError, accuracyScore } = summary
  return { name, predictions: comparisons, meanError, medianError, within25: accuracyScore }
}

function medianOf(values: number[]): number {
  const sorted = values.sort((a, b) => a - b)
  return sorted.length === 0 ? 0 : (sorted[(sorted.length - 1) >> 1] as number)
}

export function ourRowOf(
  summary: BacktestSummary,
  predictions: BacktestPrediction[],
  seconds: number
): OurRow {
  const n = Math.max(predictions.length, 1)
  const band = predictions.filter(
    p => p.actual >= 0.5 * p.predicted && p.actual <= 1.5 * p.predicted
  )
  const ece = summary.calibration.reduce(
    (sum, bin) => sum + (bin.comparisons / n) * Math.abs(bin.meanConfidence - bin.hitRate),
    0
  )
  const big = summary.workflows.filter(w => w.comparisons >= 20)
  return {
    ...rowOf('ours', summary),
    coverage: summary.coverage,
    meanWidth: summary.meanWidth,
    medianWidth: medianOf(predictions.map(p => (p.high - p.low) / Math.max(p.predicted, 1))),
    band50: band.length / n,
    bigWorkflows: big.length,
    wellCovered: big.filter(w => w.coverage >= 0.7 && w.coverage <= 0.9).length,
    meanConfidence: summary.meanConfidence,
    ece,
    seconds
  }
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`
const errorPct = (percent: number) => `${percent.toFixed(1)}%`
const mark = (ok: boolean) => (ok ? '✓' : '✗')

export function header(): string {
  const cells = ['mean APE', 'median APE', 'within 25%', '80% cover', 'width']
  return `  ${'predictor'.padEnd(20)}${cells.map((c, i) => c.padStart(i < 3 ? 12 : 11)).join('')}`
}

export function line(row: Row | OurRow): string {
  const figures = [errorPct(row.meanError), errorPct(row.medianError), pct(row.within25)]
  const interval = 'coverage' in row ? [pct(row.coverage), row.meanWidth.toFixed(2)] : []
  const cells = [...figures.map(c => c.padStart(12)), ...interval.map(c => c.padStart(11))]
  return `  ${row.name.padEnd(20)}${cells.join('')}`
}

/** Ours against the best baseline of each figure, and the interval's aims. */
export function aimsOf(ours: OurRow, baselines: readonly Row[]): Aims & { best: Row } {
  const lowest = (key: 'meanError' | 'medianError') => Math.min(...baselines.map(r => r[key]))
  const best = {
    name: 'best baseline',
    predictions: ours.predictions,
    meanError: lowest('meanError'),
    medianError: lowest('medianError'),
    within25: Math.max(...baselines.map(r => r.within25))
  }
  return {
    best,
    meanError: ours.meanError < best.meanError,
    medianError: ours.medianError < best.medianError,
    within25: ours.within25 > best.within25,
    coverage: ours.coverage >= 0.78 && ours.coverage <= 0.82,
    meanWidth: ours.meanWidth < 1,
    medianWidth: ours.medianWidth < 1
  }
}

/** The aims, spelled out under a corpus's table. */
export function verdict(ours: OurRow, aims: Aims & { best: Row }): string[] {
  const { best } = aims
  const wide = ours.bigWorkflows
    ? `${ours.wellCovered} of the ${ours.bigWorkflows} workflows with ≥ 20 predictions have their own coverage within 70–90%`
    : 'no workflow has 20 predictions'
  return [
    `  vs the best baseline of each figure: mean APE ${errorPct(ours.meanError)} vs ${errorPct(best.meanError)} ${mark(
      aims.meanError
    )}, median APE ${errorPct(ours.medianError)} vs ${errorPct(best.medianError)} ${mark(aims.medianError)}, within 25% ${pct(
      ours.within25
    )} vs ${pct(best.within25)} ${mark(aims.within25)}`,
    `  80% interval: coverage ${pct(ours.coverage)} ${mark(aims.coverage)} (aim 78–82%); width ×estimate mean ${ours.meanWidth.toFixed(
      2
    )} ${mark(aims.meanWidth)}, median ${ours.medianWidth.toFixed(2)} ${mark(aims.medianWidth)} (a ±50% band is 1.00 and would cover ${pct(
      ours.band50
    )})`,
    `  per workflow: ${wide}`,
    `  confidence: mean ${pct(ours.meanConfidence)} vs ${pct(ours.within25)} within 25%, calibration error ${pct(
      ours.ece
    )}; our backtest took ${ours.seconds.toFixed(2)} s`
  ]
}

/** One line per corpus: which aims hold. */
export function closingLine(name: string, ours: OurRow, aims: Aims): string {
  const three = aims.meanError && aims.medianError && aims.within25
  return `  ${name.padEnd(28)}${ours.predictions.toLocaleString('en-US').padStart(8)}   ${`${
    three ? 'yes' : 'no'
  } (${mark(aims.meanError)}${mark(aims.medianError)}${mark(aims.within25)})`.padEnd(
    14
  )}${`${pct(ours.coverage)} ${mark(aims.coverage)}`.padEnd(
    13
  )}${`${ours.meanWidth.toFixed(2)} ${mark(aims.meanWidth)}`.padEnd(11)}${ours.medianWidth.toFixed(2)} ${mark(
    aims.medianWidth
  )}`
}

export const CLOSING_HEADER = `  ${'corpus'.padEnd(28)}${'predicted'.padStart(8)}   ${'beats all 3'.padEnd(14)}${'coverage'.padEnd(
  13
)}${'mean w.'.padEnd(11)}median w.`
