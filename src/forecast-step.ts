/**
 * The forecasts of an `apply` run (DESIGN §11), for apply-action.ts: which crons the tracker predicts — each managed
 * workflow's crons in force (the file's, or those the orchestrator dispatches it by) — and the views of the tracker and
 * the recommender once the runs are observed: the job summary's sections, the pull request's (only the workflows it
 * changes) and the JSON report's `accuracy` and `recommendations`.
 */
import { recommend, type Recommendations } from './core/forecast/recommend.js'
import { type Learned } from './core/forecast/recommend-history.js'
import { type RunStore } from './core/runs/run-store.js'
import { type TrackedWorkflow } from './core/forecast/tracking.js'
import { recommendationsJson } from './reports/recommendations-json.js'
import { recommendationsMarkdown } from './reports/recommendations-markdown.js'
import { accuracyJson, accuracyMarkdown } from './reports/tracking-report.js'
import { type SchedulePlan } from './use-cases/plan-schedules.js'
import { recordedApiOf, type RecordedRuns } from './use-cases/observe-runs/record-runs.js'
import { type TrackInput } from './use-cases/observe-runs/track-runs.js'

/** The crons each managed workflow runs by until the next run: a dispatched one's are the plan's, started by the tick. */
export function trackingOf(plan: SchedulePlan): TrackInput {
  const workflows: TrackedWorkflow[] = plan.workflows.map(w => {
    const dispatched = w.via === 'dispatch' && w.from.length === 0
    return {
      id: w.id,
      path: w.path,
      entries: dispatched ? w.to : w.from,
      event: dispatched ? 'workflow_dispatch' : 'schedule'
    }
  })
  return { workflows }
}

/** Each managed workflow's recommendation for the plan's mode, from the run records (and what was learned of them). */
export function recommendationsOf(
  plan: SchedulePlan,
  store: RunStore,
  learned?: Learned
): Recommendations {
  const api = recordedApiOf(
    store,
    plan.config.workflows.map(w => w.path)
  )
  const current = new Map(plan.workflows.map(w => [w.id, w.from]))
  return recommend({
    workflows: plan.config.workflows.map(w => ({
      id: w.id,
      path: w.path,
      schedules: w.schedules,
      current: current.get(w.id) ?? [],
      ...(w.via ? { via: w.via } : {})
    })),
    mode: plan.mode,
    now: plan.now,
    ...{ runs: api.runs, jobs: api.jobs, known: api.workflows },
    ...(learned ? { learned } : {})
  })
}

/**
 * The pull request body's recommendations: for the workflows it changes, worked out from the run records this run read
 * before planning; nothing when no run is recorded.
 */
export function pullRequestRecommendations(store: RunStore, r: Recommendations): string {
  if (!store.workflows.some(w => w.runs.length > 0)) return ''
  return recommendationsMarkdown(r, { onlyChanged: true })
}

/** What the forecasts add to the job summary and the JSON report. */
export interface ForecastViews {
  summary: string
  json: object
}

/**
 * The views of the tracker and the recommender; none without observed runs (no state branch, or not read).
 * `recommended`: the recommendations the run already made for the pull request, not made again.
 */
export function forecastViews(
  plan: SchedulePlan,
  observed: RecordedRuns | undefined,
  recommended?: Recommendations
): ForecastViews | undefined {
  if (!observed || observed.saved === 'not-read') return undefined
  const forecast = observed.forecast
  const r = recommended ?? recommendationsOf(plan, observed.store, forecast?.learned)
  return {
    summary: [forecast ? accuracyMarkdown(forecast) : '', recommendationsMarkdown(r)]
      .filter(Boolean)
      .join('\n\n'),
    json: { ...(forecast ? accuracyJson(forecast) : {}), ...recommendationsJson(r) }
  }
}
