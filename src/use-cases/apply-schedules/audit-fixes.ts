/**
 * The audit's fixes in the schedule pull request (input `fix`, DESIGN §13): the proposal the delivery writes is the
 * plan's, with each fixed file's text in place — a managed workflow's planned text with the fixes on it, or another
 * workflow file of the repository as a change of its own. The plan itself (the state's record, the reports) is left as
 * it was: the fixes change no managed cron.
 */
import type { FixResult } from '../../core/audit/apply-fixes.js'
import type { WorkflowPlan } from '../../core/schedule/plan.js'
import type { Proposal } from './pull-request.js'

/** The fixes a run proposes, with the base text of each file they change. */
export interface ProposedFixes extends FixResult {
  /** Every workflow file as read from the base head: path → text. */
  base: Readonly<Record<string, string>>
}

/** Works out the fixes once the plan is known; called before anything is written. */
export type FixHook = (
  plan: Proposal,
  where: { base: string; baseHead: string }
) => Promise<ProposedFixes | undefined>

/** A workflow file the config does not manage, changed only by the fixes. */
function unmanaged(path: string, oldText: string, newText: string): WorkflowPlan {
  return {
    id: path,
    path,
    from: [],
    to: [],
    changed: true,
    runsBefore: 0,
    runsAfter: 0,
    oldText,
    newText
  }
}

/** The plan's proposal with the fixed texts: what the branch, the pull request or the direct commit carries. */
export function proposalWithFixes(plan: Proposal, fixes: ProposedFixes | undefined): Proposal {
  if (!fixes || fixes.files.size === 0) return plan
  const managed = new Set(plan.workflows.map(w => w.path))
  const workflows = plan.workflows.map(w => {
    const text = fixes.files.get(w.path)
    return text === undefined ? w : { ...w, newText: text, changed: text !== w.oldText }
  })
  const others = [...fixes.files]
    .filter(([path]) => !managed.has(path))
    .map(([path, text]) => unmanaged(path, fixes.base[path] ?? '', text))
  return { mode: plan.mode, workflows: [...workflows, ...others] }
}
