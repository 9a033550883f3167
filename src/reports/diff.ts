import { createTwoFilesPatch } from 'diff'
import { changedWorkflows, type Plan } from '../core/schedule/plan.js'

/** The unified diff of every changed workflow, as `git diff` would show it. */
export function renderDiff(plan: Pick<Plan, 'workflows'>): string {
  return changedWorkflows(plan)
    .map(w =>
      createTwoFilesPatch(`a/${w.path}`, `b/${w.path}`, w.oldText, w.newText, '', '', {
        context: 3
      })
    )
    .map(patch =>
      patch.replace(/^(Index: .*\n)?=+\n/, '').replace(/^(---|\+\+\+) (\S+)\t$/gm, '$1 $2')
    )
    .join('')
}
