/**
 * Budgets in words (DESIGN §13): the job summary's Budgets section — each cap with its limit, the figure this run
 * measured and what came of it — the pauses made and lifted, and the log's warnings.
 */
import { BUDGET_CAPS, type BudgetCapName } from '../core/usage/budgets.js'
import { budgetChanges } from '../core/usage/paused.js'
import { type BudgetResult } from '../use-cases/budgets/enforce-budgets.js'
import { changeLines, figureText } from './pause-report.js'

function capRow(result: BudgetResult, cap: BudgetCapName): string | undefined {
  const budget = result.budgets[cap]
  if (!budget) return undefined
  const figure = result.figures[cap][budget.unit]
  const spent = result.spent.find(s => s.cap === cap)
  const unchecked = result.unchecked.find(u => u.cap === cap)
  const what = spent
    ? `🚨 spent: managed workflows paused until ${spent.until}`
    : unchecked
      ? `⚠️ not checked: ${unchecked.why}`
      : 'within the budget'
  const shown = figure === undefined ? '—' : figureText(figure, budget.unit)
  return `| ${cap} (${budget.unit}) | ${figureText(budget.limit, budget.unit)} | ${shown} | ${what} |`
}

/** The summary's Budgets section; empty when no cap is configured and nothing was paused or resumed. */
export function budgetMarkdown(result: BudgetResult): string {
  const rows = BUDGET_CAPS.map(cap => capRow(result, cap)).filter((r): r is string => !!r)
  const lines = [
    ...changeLines(budgetChanges(result.paused, result.resumed)).map(l => `- ${l}`),
    ...result.leftAlone.map(id => `- ${id} was disabled by a person: left alone`)
  ]
  if (rows.length === 0 && lines.length === 0) return ''
  const table =
    rows.length === 0
      ? []
      : ['| Budget | Limit | Spent so far | |', '|---|---|---|---|', ...rows, '']
  return `## Budgets\n\n${[...table, ...lines].join('\n').trimEnd()}\n`
}

/** The log's warnings: each spent cap, and each cap this run could not check. */
export function budgetWarnings(result: BudgetResult): string[] {
  return [
    ...result.spent.map(
      s =>
        `The ${s.cap} budget is spent (${figureText(s.figure, s.unit)} of ${figureText(s.limit, s.unit)}): managed workflows paused until ${s.until}`
    ),
    ...result.unchecked.map(u => `The ${u.cap} budget in ${u.unit} was not checked: ${u.why}`)
  ]
}
