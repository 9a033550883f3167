import { runAnalyze } from './analyze-command.js'
import { runAudit } from './audit-command.js'
import { runBacktest } from './backtest-command.js'
import { runRecommend } from './recommend-command.js'

/** Where a command writes. */
export interface CommandTerminal {
  out(text: string): void
  err(text: string): void
}

/** A command that reads its own flags (after the command word) and returns its exit code. */
export type StandaloneCommand = (argv: string[], term: CommandTerminal) => Promise<number>

/** The commands over recorded runs and workflow files, each with its own flags. */
export const STANDALONE: Readonly<Record<string, StandaloneCommand>> = {
  analyze: runAnalyze,
  audit: runAudit,
  backtest: runBacktest,
  recommend: runRecommend
}
