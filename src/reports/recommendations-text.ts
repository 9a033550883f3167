/**
 * The original orchestrator's report (seeds/001) for the recommendations, as `recommend` prints it: the inventory,
 * one block per workflow grouped by action, the conflicts, and the summary of actions.
 */
import {
  ACTIONS,
  type Action,
  type Recommendation,
  type Recommendations
} from '../core/forecast/recommend.js'
import { percent } from './analytics-format.js'
import { count, MODE_ICON } from './format.js'
import {
  actionRange,
  conflictText,
  cronText,
  durationText,
  impactText,
  successText,
  thresholdsNote
} from './recommendations-format.js'

const HEADINGS: Record<Action, string> = {
  APPLY: '🎯 High Confidence Recommendations',
  REVIEW: '🔍 Needs Review',
  'MORE DATA': '⏳ More Data Needed'
}

const SUMMARY_LABELS: Record<Action, string> = {
  APPLY: 'Ready to Apply',
  REVIEW: 'Needs Review',
  'MORE DATA': 'More Data Needed'
}

function inventoryLines(r: Recommendations): string[] {
  const changed = r.workflows.filter(w => w.changed).length
  return [
    '📋 Workflow Inventory',
    `  Managed Workflows: ${r.workflows.length}`,
    `  Mode: ${MODE_ICON[r.mode] ?? ''} ${r.mode}`,
    `  Schedules That Change: ${changed}`
  ]
}

function workflowLines(w: Recommendation): string[] {
  const runs = `${w.runs} successful run${w.runs === 1 ? '' : 's'} learned`
  return [
    `Workflow: ${w.id} (${w.path})`,
    `  Current: ${cronText(w.current, false)}`,
    `  Recommended: ${w.changed ? cronText(w.recommended, false) : 'unchanged'}`,
    `  Confidence: ${percent(w.confidence)} (${runs})`,
    `  Expected Duration: ${durationText(w)}`,
    `  Success Rate: ${successText(w)}`,
    `  Resource Impact: ${impactText(w)}, ${count(w.runsPer30Days)} runs / 30 days`,
    `  Recommendation: ${w.action}`
  ]
}

function groupLines(r: Recommendations, action: Action): string[] {
  const group = r.workflows.filter(w => w.action === action)
  if (group.length === 0) return []
  const blocks = group.map(w => workflowLines(w).join('\n'))
  return [`${HEADINGS[action]} (${group.length}):\n${blocks.join('\n\n')}`]
}

function conflictLines(r: Recommendations): string[] {
  if (r.conflicts.length === 0) return ['✅ No conflicts']
  return [
    `⚠️ Conflicts (${r.conflicts.length}):`,
    ...r.conflicts.map(c => `  - ${conflictText(c, false)}`)
  ]
}

function summaryLines(r: Recommendations): string[] {
  return [
    '💡 Recommendations Summary:',
    ...ACTIONS.map(action => {
      const n = r.workflows.filter(w => w.action === action).length
      return `  ${SUMMARY_LABELS[action]} (${actionRange(action, r.thresholds)} confidence): ${n}`
    }),
    `  ${thresholdsNote(r.thresholds)}`
  ]
}

/** What `recommend` prints without --json. */
export function renderRecommendations(r: Recommendations): string {
  const title = '📊 Comprehensive Workflow Orchestration Report'
  const blocks = [
    inventoryLines(r).join('\n'),
    ...ACTIONS.flatMap(action => groupLines(r, action)),
    conflictLines(r).join('\n'),
    summaryLines(r).join('\n')
  ]
  return `${title}\n\n${blocks.join('\n\n')}\n`
}
