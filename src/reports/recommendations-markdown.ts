/**
 * The recommendations in markdown (DESIGN §11), for the job summary and the pull request body: one table row per
 * workflow, the conflicts, and what the actions and impact levels mean. The pull request shows only what it changes.
 */
import {
  type Conflict,
  type Recommendation,
  type Recommendations
} from '../core/forecast/recommend.js'
import { percent } from './analytics-format.js'
import {
  ACTION_ICON,
  conflictText,
  cronText,
  durationText,
  impactText,
  successText,
  thresholdsNote
} from './recommendations-format.js'

export interface MarkdownOptions {
  /** Only the workflows whose crons change, and the conflicts that involve one of them (the pull request's view). */
  onlyChanged?: boolean
}

const cell = (text: string) => text.replace(/\|/g, '\\|')

function row(w: Recommendation): string {
  const cells = [
    `\`${w.id}\``,
    cronText(w.current, true, '<br>'),
    w.changed ? cronText(w.recommended, true, '<br>') : '_unchanged_',
    durationText(w),
    successText(w),
    impactText(w),
    percent(w.confidence),
    `${ACTION_ICON[w.action]} ${w.action}`
  ]
  return `| ${cells.map(cell).join(' | ')} |`
}

function table(workflows: readonly Recommendation[]): string {
  return [
    '| Workflow | Current | Recommended | Expected duration | Success rate | Resource impact | Confidence | Action |',
    '|---|---|---|---|---|---|---|---|',
    ...workflows.map(row)
  ].join('\n')
}

function conflictsBlock(conflicts: readonly Conflict[]): string {
  if (conflicts.length === 0) return '**Conflicts:** none.'
  return ['**Conflicts:**', '', ...conflicts.map(c => `- ${conflictText(c, true)}`)].join('\n')
}

/** What the view shows: everything, or what the pull request changes. */
function shown(r: Recommendations, onlyChanged: boolean) {
  if (!onlyChanged) return { workflows: r.workflows, conflicts: r.conflicts }
  const changed = new Set(r.workflows.filter(w => w.changed).map(w => w.id))
  return {
    workflows: r.workflows.filter(w => changed.has(w.id)),
    conflicts: r.conflicts.filter(c => c.workflows.some(id => changed.has(id)))
  }
}

/**
 * The recommendations section: a heading, the table, the conflicts and the thresholds. With `onlyChanged`, an empty
 * string when no schedule changes (the pull request then has nothing to recommend).
 */
export function recommendationsMarkdown(r: Recommendations, options: MarkdownOptions = {}): string {
  const { workflows, conflicts } = shown(r, options.onlyChanged ?? false)
  if (options.onlyChanged && workflows.length === 0) return ''
  const heading = `### Recommendations (${r.mode} mode)`
  if (workflows.length === 0) return `${heading}\n\nNo managed workflows.\n`
  const note = `_${thresholdsNote(r.thresholds)} Expected durations are the next run's estimate and 80% interval._`
  return `${[heading, table(workflows), conflictsBlock(conflicts), note].join('\n\n')}\n`
}
