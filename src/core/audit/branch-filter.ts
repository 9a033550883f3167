/**
 * Whether a push to the default branch starts a workflow, by GitHub's filter rules: `branches` patterns (with `!`
 * negations, the last match deciding), else `branches-ignore`; a push filter with only tags never runs for a branch.
 */
import type { WorkflowModel } from './workflow-model.js'

/** A GitHub filter pattern as a regular expression: `*` stops at `/`, `**` does not; `?`, `+` and `[…]` as in regex. */
function patternRegExp(pattern: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern.charAt(i)
    if (char === '*' && pattern.charAt(i + 1) === '*') {
      source += '.*'
      i++
    } else if (char === '*') source += '[^/]*'
    else if ('?+[]-'.includes(char)) source += char
    else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

function matches(pattern: string, branch: string): boolean {
  try {
    return patternRegExp(pattern).test(branch)
  } catch {
    return pattern === branch
  }
}

/** `branches:` with `!` negations: the last pattern that matches decides. */
function included(patterns: readonly string[], branch: string): boolean {
  let result = false
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (matches(pattern.slice(1), branch)) result = false
    } else if (matches(pattern, branch)) result = true
  }
  return result
}

function patternsOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return undefined
}

/** Whether a push to `defaultBranch` triggers the workflow. */
export function pushesToBranch(model: WorkflowModel, defaultBranch: string): boolean {
  if (!model.triggers.includes('push')) return false
  const push = model.push
  if (typeof push !== 'object' || push === null || Array.isArray(push)) return true
  const filters = push as Record<string, unknown>
  const branches = patternsOf(filters.branches)
  if (branches) return included(branches, defaultBranch)
  const ignored = patternsOf(filters['branches-ignore'])
  if (ignored) return !ignored.some(pattern => matches(pattern, defaultBranch))
  return filters.tags === undefined && filters['tags-ignore'] === undefined
}
