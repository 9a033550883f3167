export const id = 336;
export const ids = [336];
export const modules = {

/***/ 4336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyOperation: () => (/* binding */ applyOperation)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/audit-step.ts
var audit_step = __webpack_require__(9595);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/reports/audit-json.ts
var audit_json = __webpack_require__(7059);
// EXTERNAL MODULE: ./src/reports/audit-markdown.ts
var audit_markdown = __webpack_require__(5728);
// EXTERNAL MODULE: ./src/adapters/github/state-branch.ts
var state_branch = __webpack_require__(1336);
// EXTERNAL MODULE: ./src/core/runs/call-budget.ts
var call_budget = __webpack_require__(5928);
// EXTERNAL MODULE: ./src/core/schedule/schedule-history.ts
var schedule_history = __webpack_require__(3221);
// EXTERNAL MODULE: ./src/reports/observe-report.ts + 1 modules
var observe_report = __webpack_require__(5291);
// EXTERNAL MODULE: ./src/reports/format.ts
var format = __webpack_require__(7712);
;// CONCATENATED MODULE: ./src/reports/accuracy-report.ts

/** Points the accuracy score must move between the two trend windows to count as a change. */
const TREND_POINTS = 2;
const accuracy_report_percent = (share) => `${(0,format/* decimal */._)(share * 100)}%`;
const whole = (share) => `${Math.round(share * 100)}%`;
/** Whether the accuracy score of the last 7 days moved from the 30 days before; null unless both have predictions. */
function trendDirection(summary) {
    const { recent, previous } = summary.trend;
    if (!recent || !previous)
        return null;
    const change = (recent.accuracyScore - previous.accuracyScore) * 100;
    return change > TREND_POINTS ? 'improving' : change < -TREND_POINTS ? 'worsening' : 'steady';
}
/** `last 7 days 92.0% (12) vs previous 30 days 88.5% (40): improving`; empty without predictions in either. */
function trendText(summary) {
    const { recent, previous } = summary.trend;
    const side = (label, f) => f ? `${label} ${accuracy_report_percent(f.accuracyScore)} (${(0,format/* count */.U9)(f.comparisons)})` : `${label} none`;
    if (!recent && !previous)
        return '';
    const direction = trendDirection(summary);
    const word = direction ? `: ${direction}` : '';
    return `${side('last 7 days', recent)} vs ${side('previous 30 days', previous)}${word}`;
}
function trendLine(summary) {
    const text = trendText(summary);
    return text ? [`  Trend: ${text}`] : [];
}
function overallLines(summary) {
    return [
        '📈 Overall Prediction Accuracy',
        `  Total Comparisons: ${count(summary.comparisons)}`,
        `  Mean Error: ${decimal(summary.meanError)}%`,
        `  Median Error: ${decimal(summary.medianError)}%`,
        `  Overall Accuracy Score: ${accuracy_report_percent(summary.accuracyScore)}`,
        `  80% Interval Coverage: ${accuracy_report_percent(summary.coverage)} (mean width ${summary.meanWidth.toFixed(2)}× the estimate)`,
        `  Mean Confidence: ${accuracy_report_percent(summary.meanConfidence)}`,
        ...trendLine(summary)
    ];
}
function distributionLines(summary) {
    const { excellent, good, fair, poor } = summary.buckets;
    const n = Math.max(summary.comparisons, 1);
    const row = (label, k) => `  ${label}${count(k)} (${whole(k / n)})`;
    return [
        '📊 Accuracy Distribution:',
        row('Excellent (≤10% error): ', excellent),
        row('Good (10-25% error):    ', good),
        row('Fair (25-50% error):    ', fair),
        row('Poor (>50% error):      ', poor)
    ];
}
/** The per-workflow table; a success-rate column when rates are given. */
function workflowLines(summary, rates) {
    const width = Math.max(25, ...summary.workflows.map(w => w.workflow.length + 2));
    const rateCell = (workflow) => {
        const rate = rates?.get(workflow);
        return rate ? `   ${whole(rate.rate)} (${whole(rate.low)}–${whole(rate.high)})` : '';
    };
    const head = `${'Workflow'.padEnd(width)}${'Predictions'.padStart(11)}${'Mean Error'.padStart(13)}${'Accuracy'.padStart(11)}${'Coverage'.padStart(11)}${rates ? '   Success Rate (95%)' : ''}`;
    const rows = summary.workflows.map(w => `${w.workflow.padEnd(width)}${count(w.comparisons).padStart(11)}${`${decimal(w.meanError)}%`.padStart(13)}${whole(w.accuracyScore).padStart(11)}${whole(w.coverage).padStart(11)}${rateCell(w.workflow)}`);
    return ['📋 Per-Workflow Accuracy:', head, '-'.repeat(head.length), ...rows];
}
/** The seed's accuracy report for predictions matched with actual runs. */
function renderAccuracyReport(summary, rates) {
    const title = '📊 Workflow Execution Time Prediction Accuracy Report';
    if (summary.comparisons === 0)
        return `${title}\n\n  No predictions to compare yet.\n`;
    const blocks = [overallLines(summary), distributionLines(summary), workflowLines(summary, rates)];
    return `${title}\n\n${blocks.map(b => b.join('\n')).join('\n\n')}\n`;
}
/** The backtest's report: what was replayed, then the accuracy report with each workflow's success rate. */
function renderBacktestReport(summary) {
    const rates = new Map((summary.successRates ?? []).map(r => [r.workflow, r]));
    const replayed = [
        `🔁 Backtest: ${count(summary.runs)} finished runs replayed in time order, ${count(summary.successful)} successful;`,
        `   ${count(summary.comparisons)} predicted, ${count(summary.moreDataNeeded)} not (fewer than 5 earlier successful runs: more data needed)`
    ];
    return `${replayed.join('\n')}\n\n${renderAccuracyReport(summary, rates)}`;
}

// EXTERNAL MODULE: ./src/reports/analytics-format.ts
var analytics_format = __webpack_require__(6307);
;// CONCATENATED MODULE: ./src/reports/tracking-report.ts



/** The runs predicted next that the summary lists at most. */
const AHEAD_SHOWN = 10;
const plural = (n, word) => `${(0,format/* count */.U9)(n)} ${word}${n === 1 ? '' : 's'}`;
const hours = (ms) => Math.round((ms / 3_600_000) * 10) / 10;
/** "predictions: recorded 3 for the runs due before the next orchestrator run (taken as 24 h away), matched 1 …". */
function trackingLine(forecast) {
    const f = forecast.facts;
    const sparse = f.moreDataNeeded.length
        ? `; more data needed (under 5 successful runs): ${f.moreDataNeeded.join(', ')}`
        : '';
    const h = hours(f.horizonMs);
    return (`predictions: recorded ${(0,format/* count */.U9)(f.recorded)} for the runs due before the next orchestrator run ` +
        `(taken as ${Number.isInteger(h) ? (0,format/* count */.U9)(h) : (0,format/* decimal */._)(h)} h away), matched ${(0,format/* count */.U9)(f.matched)} ` +
        `with their runs, ${plural(f.dropped, 'occurrence')} without a run${sparse}`);
}
/** The accuracy in the log: one line, the seed's headline figures. */
function accuracyLine(forecast) {
    const s = forecast.accuracy.summary;
    if (s.comparisons === 0)
        return 'prediction accuracy: no prediction matched with a finished run yet';
    const trend = trendText(s);
    return (`prediction accuracy over ${plural(s.comparisons, 'run')}: mean error ${(0,format/* decimal */._)(s.meanError)}%, ` +
        `median ${(0,format/* decimal */._)(s.medianError)}%, ${(0,analytics_format/* percent */.KN)(s.accuracyScore)} within 25%, ` +
        `80% interval coverage ${(0,analytics_format/* percent */.KN)(s.coverage)}${trend ? `; trend: ${trend}` : ''}`);
}
function figuresRow(name, f) {
    const { excellent, good, fair, poor } = f.buckets;
    const cells = [
        name,
        (0,format/* count */.U9)(f.comparisons),
        `${(0,format/* decimal */._)(f.meanError)}%`,
        `${(0,format/* decimal */._)(f.medianError)}%`,
        (0,analytics_format/* percent */.KN)(f.accuracyScore),
        ...[excellent, good, fair, poor].map(format/* count */.U9),
        (0,analytics_format/* percent */.KN)(f.coverage)
    ];
    return `| ${cells.join(' | ')} |`;
}
function figuresTable(forecast) {
    const s = forecast.accuracy.summary;
    return [
        '| Workflow | Compared | Mean error | Median error | Accuracy score | Excellent ≤10% | Good 10–25% | Fair 25–50% | Poor >50% | 80% interval coverage |',
        '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
        figuresRow('**all**', s),
        ...s.workflows.map(w => figuresRow(`\`${w.workflow}\``, w))
    ].join('\n');
}
function aheadTable(forecast) {
    const ahead = forecast.accuracy.ahead.slice(0, AHEAD_SHOWN);
    if (ahead.length === 0)
        return [];
    const rows = ahead.map(p => `| \`${p.workflow}\` | ${(p.due ?? '').slice(0, 16).replace('T', ' ')} UTC | ${(0,analytics_format/* seconds */.YA)(p.predicted)} | ${(0,analytics_format/* seconds */.YA)(p.low)}–${(0,analytics_format/* seconds */.YA)(p.high)} | ${(0,analytics_format/* percent */.KN)(p.confidence)} |`);
    const more = forecast.accuracy.ahead.length - ahead.length;
    return [
        '',
        '**Predicted next:**',
        '',
        '| Workflow | Due | Expected duration | 80% interval | Confidence |',
        '|---|---|--:|--:|--:|',
        ...rows,
        ...(more > 0 ? ['', `_…and ${plural(more, 'more prediction')}._`] : [])
    ];
}
/** The log's lines on the predictions: what this run did, and the accuracy so far. */
function trackingLines(forecast) {
    return forecast ? [trackingLine(forecast), accuracyLine(forecast)] : [];
}
/** The job summary's section on the predictions. */
function accuracyMarkdown(forecast) {
    const s = forecast.accuracy.summary;
    const a = forecast.accuracy;
    const waiting = [
        a.running ? `${plural(a.running, 'run')} still going` : '',
        a.unmatched ? `${plural(a.unmatched, 'occurrence')} not matched yet` : '',
        a.notCompared
            ? `${plural(a.notCompared, 'run')} not compared (failed, cancelled or re-run)`
            : ''
    ].filter(Boolean);
    const trend = trendText(s);
    const body = s.comparisons === 0
        ? ['No prediction has been matched with a finished run yet.']
        : [figuresTable(forecast), ...(trend ? ['', `Trend (accuracy score): ${trend}.`] : [])];
    return [
        '### Prediction accuracy',
        '',
        `${trackingLine(forecast)}.${waiting.length ? ` Also: ${waiting.join(', ')}.` : ''}`,
        '',
        ...body,
        ...aheadTable(forecast),
        '',
        '_A prediction is matched with the first run of its workflow created within 60 minutes after the occurrence; it is compared when that run’s first attempt succeeded. Error = |predicted − actual| / actual._'
    ].join('\n');
}
const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;
function figuresJson(f) {
    return {
        comparisons: f.comparisons,
        meanError: round(f.meanError, 2),
        medianError: round(f.medianError, 2),
        accuracyScore: round(f.accuracyScore, 4),
        buckets: { ...f.buckets },
        coverage: round(f.coverage, 4),
        meanWidth: round(f.meanWidth, 4),
        meanConfidence: round(f.meanConfidence, 4)
    };
}
/** The JSON report's `accuracy`: errors in percent, shares from 0 to 1, seconds to a tenth. */
function accuracyJson(forecast) {
    const { facts, accuracy } = forecast;
    const s = accuracy.summary;
    return {
        accuracy: {
            ...figuresJson(s),
            workflows: s.workflows.map(w => ({ workflow: w.workflow, ...figuresJson(w) })),
            trend: {
                recent: s.trend.recent ? figuresJson(s.trend.recent) : null,
                previous: s.trend.previous ? figuresJson(s.trend.previous) : null,
                direction: trendDirection(s)
            },
            thisRun: {
                horizonHours: hours(facts.horizonMs),
                recorded: facts.recorded,
                matched: facts.matched,
                dropped: facts.dropped,
                moreDataNeeded: [...facts.moreDataNeeded]
            },
            running: accuracy.running,
            unmatched: accuracy.unmatched,
            notCompared: accuracy.notCompared,
            ahead: accuracy.ahead.map(p => ({
                workflow: p.workflow,
                due: p.due ?? null,
                predicted: p.predicted,
                low: p.low,
                high: p.high,
                confidence: p.confidence
            }))
        }
    };
}

// EXTERNAL MODULE: ./src/use-cases/observe-runs/observe-runs.ts + 4 modules
var observe_runs = __webpack_require__(4568);
// EXTERNAL MODULE: ./src/use-cases/observe-runs/record-runs.ts + 6 modules
var record_runs = __webpack_require__(7773);
// EXTERNAL MODULE: ./src/core/cron/occurrences.ts
var occurrences = __webpack_require__(7150);
// EXTERNAL MODULE: ./src/core/schedule/schedule.ts + 1 modules
var schedule = __webpack_require__(8622);
// EXTERNAL MODULE: ./src/core/cron/cron.ts
var cron = __webpack_require__(6082);
;// CONCATENATED MODULE: ./src/core/forecast/recommend-conflicts.ts
/**
 * The conflicts of recommended schedules (DESIGN §11): managed workflows whose predicted run windows — from each
 * occurrence to occurrence + the p90 duration (the top of the 80% interval) — overlap in the next 7 days; crons at
 * minute 0, when GitHub's scheduler is busiest and delays or drops runs; and schedules whose runs outlast the
 * shortest gap between their own starts. Facts only; reports/ words them.
 */


const DAY_MS = 86_400_000;
/** How far ahead run windows are compared. */
const OVERLAP_HORIZON_MS = 7 * DAY_MS;
/** Two months: every day of the month and of the week comes up, so every gap a schedule has shows. */
const GAP_HORIZON_MS = 62 * DAY_MS;
/** Index of the first value of an ascending list past `at` (at or past it when `inclusive`). */
function firstPast(values, at, inclusive) {
    let [low, high] = [0, values.length];
    while (low < high) {
        const middle = (low + high) >>> 1;
        const value = values[middle];
        if (value < at || (!inclusive && value === at))
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** Run windows of the next 7 days, ascending (every window of one workflow has the same length). */
function windowsOf(workflow, now) {
    const p90 = (workflow.expectedDuration?.high ?? 0) * 1000;
    const until = new Date(now.getTime() + OVERLAP_HORIZON_MS);
    return (0,occurrences/* occurrencesBetween */.xl)(workflow.recommended, now, until).map(t => ({
        start: t.getTime(),
        end: t.getTime() + p90
    }));
}
/** Pairs of intersecting windows (half-open) and the earliest instant two of them share; undefined when none. */
function intersections(a, b) {
    const starts = b.map(w => w.start);
    const ends = b.map(w => w.end);
    let windows = 0;
    let first = Infinity;
    for (const w of a) {
        // b's windows share one length, so both their starts and their ends ascend.
        const from = firstPast(ends, w.start, false);
        const to = firstPast(starts, w.end, true);
        if (to <= from)
            continue;
        windows += to - from;
        first = Math.min(first, Math.max(w.start, starts[from]));
    }
    return windows === 0 ? undefined : { windows, first: new Date(first) };
}
/** Every pair of workflows with predicted run windows that overlap, in the order the workflows come. */
function overlapConflicts(workflows, now) {
    const timed = workflows.filter(w => w.expectedDuration !== null);
    const windows = timed.map(w => windowsOf(w, now));
    const conflicts = [];
    timed.forEach((a, i) => {
        for (let j = i + 1; j < timed.length; j++) {
            const found = intersections(windows[i], windows[j]);
            const b = timed[j];
            if (found)
                conflicts.push({ kind: 'overlap', workflows: [a.id, b.id], detail: found });
        }
    });
    return conflicts;
}
/** Each workflow whose recommended crons include minute 0 (as the audit reads them). */
function minuteZeroConflicts(workflows) {
    return workflows.flatMap(w => {
        const crons = w.recommended
            .filter(entry => {
            const parsed = (0,cron/* parseCron */.E$)(entry.cron);
            return parsed.ok && parsed.cron.minutes.includes(0);
        })
            .map(entry => entry.cron);
        return crons.length === 0
            ? []
            : [{ kind: 'minute-zero', workflows: [w.id], detail: { crons } }];
    });
}
/** The shortest time in seconds between two distinct starts of the schedule; undefined with fewer than two. */
function shortestGap(entries, now) {
    const times = (0,occurrences/* occurrencesBetween */.xl)(entries, now, new Date(now.getTime() + GAP_HORIZON_MS));
    let shortest;
    for (let i = 1; i < times.length; i++) {
        const gap = (times[i].getTime() - times[i - 1].getTime()) / 1000;
        if (gap > 0 && (shortest === undefined || gap < shortest))
            shortest = gap;
    }
    return shortest;
}
/** Each workflow whose p90 duration is longer than the shortest gap between its starts. */
function outlastsConflicts(workflows, now) {
    return workflows.flatMap(w => {
        const p90 = w.expectedDuration?.high;
        const gap = shortestGap(w.recommended, now);
        if (p90 === undefined || gap === undefined || !(p90 > gap))
            return [];
        return [
            { kind: 'outlasts-interval', workflows: [w.id], detail: { p90, shortestGap: gap } }
        ];
    });
}
/** Every conflict: overlaps first, then minute-0 crons, then schedules outlasted by their runs. */
function scheduleConflicts(workflows, now) {
    return [
        ...overlapConflicts(workflows, now),
        ...minuteZeroConflicts(workflows),
        ...outlastsConflicts(workflows, now)
    ];
}

// EXTERNAL MODULE: ./src/core/forecast/recommend-history.ts + 4 modules
var recommend_history = __webpack_require__(933);
;// CONCATENATED MODULE: ./src/core/forecast/recommend.ts
/**
 * The recommender (DESIGN §11; the seed's integrated orchestrator): for each managed workflow its current crons and
 * the recommended ones — the crons of the chosen mode in its table, exactly what the pull request would write —, the
 * expected duration of its next run, its success rate, the billable minutes the recommended schedule uses in 30 days
 * and their impact, the prediction's confidence and the action it leads to; then the conflicts of the recommended
 * schedules. Facts only; reports/recommendations-*.ts word them. Pure: the clock is `now`.
 */




const IMPACTS = (/* unused pure expression or super */ null && (['low', 'medium', 'high']));
const ACTIONS = (/* unused pure expression or super */ null && (['APPLY', 'REVIEW', 'MORE DATA']));
const DEFAULT_RECOMMEND_THRESHOLDS = {
    apply: 0.7,
    review: 0.5,
    medium: 100,
    high: 1000
};
/** APPLY above `apply`, REVIEW from `review` up to it, MORE DATA below `review`. */
function actionOf(confidence, thresholds) {
    if (confidence > thresholds.apply)
        return 'APPLY';
    return confidence >= thresholds.review ? 'REVIEW' : 'MORE DATA';
}
/** low under `medium` minutes per 30 days, medium under `high`, high from `high` up. */
function impactOf(minutes, thresholds) {
    if (minutes < thresholds.medium)
        return 'low';
    return minutes < thresholds.high ? 'medium' : 'high';
}
/** The minutes of the runs in 30 days and what one run's minutes came from. */
function minutesOf(runs, perRun, predicted) {
    if (perRun !== undefined)
        return { minutesPer30Days: runs * perRun, minutesBasis: 'jobs' };
    // Without jobs, a run bills at least its duration, rounded up to a whole minute, on one linux runner.
    if (predicted !== undefined)
        return {
            minutesPer30Days: runs * Math.max(1, Math.ceil(predicted / 60)),
            minutesBasis: 'duration'
        };
    return { minutesPer30Days: runs === 0 ? 0 : null, minutesBasis: null };
}
/** The prediction and success rate of the workflow's next run. */
function forecastOf(workflow, learned) {
    const event = workflow.via === 'dispatch' ? 'workflow_dispatch' : 'schedule';
    const prediction = (0,recommend_history/* predictNextRun */.u)(learned, workflow.id, event);
    const rate = learned.predictor.successRate(workflow.id);
    const { predicted, low, high, confidence, runs } = prediction;
    return {
        expectedDuration: runs === 0 ? null : { predicted, low, high },
        successRate: rate.successes + rate.failures === 0
            ? null
            : { mean: rate.rate, low: rate.low, high: rate.high },
        runs,
        confidence
    };
}
function recommendationOf(workflow, input, learned) {
    const recommended = [...workflow.schedules[input.mode]];
    const forecast = forecastOf(workflow, learned);
    const runs = (0,occurrences/* runsPer30Days */.s8)(recommended, input.now);
    const minutes = minutesOf(runs, learned.minutesPerRun.get(workflow.id), forecast.expectedDuration?.predicted);
    return {
        id: workflow.id,
        path: workflow.path,
        current: [...workflow.current],
        recommended,
        changed: !(0,schedule/* sameSchedule */.i1)(workflow.current, recommended),
        ...forecast,
        runsPer30Days: runs,
        ...minutes,
        impact: minutes.minutesPer30Days === null
            ? null
            : impactOf(minutes.minutesPer30Days, input.thresholds),
        action: actionOf(forecast.confidence, input.thresholds)
    };
}
/**
 * Recommends each managed workflow's schedule for the mode and finds the conflicts of the recommended schedules.
 * Only runs finished by `now` are learned, in the order they finished.
 */
function recommend(input) {
    const thresholds = { ...DEFAULT_RECOMMEND_THRESHOLDS, ...input.thresholds };
    const learned = input.learned ?? (0,recommend_history/* learnHistory */.f)(input, input.workflows, input.now, input.prices);
    const workflows = input.workflows.map(w => recommendationOf(w, { ...input, thresholds }, learned));
    return {
        now: input.now,
        mode: input.mode,
        thresholds,
        workflows,
        conflicts: scheduleConflicts(workflows, input.now)
    };
}

;// CONCATENATED MODULE: ./src/reports/recommendations-json.ts
const recommendations_json_round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;
const tenth = (seconds) => recommendations_json_round(seconds, 1);
const share = (value) => recommendations_json_round(value, 4);
function cronsJson(entries) {
    return entries.map(e => e.timezone === undefined ? e.cron : { cron: e.cron, timezone: e.timezone });
}
function workflowJson(w) {
    const d = w.expectedDuration;
    const s = w.successRate;
    return {
        id: w.id,
        path: w.path,
        current: cronsJson(w.current),
        recommended: cronsJson(w.recommended),
        changed: w.changed,
        expectedDuration: d && {
            predicted: tenth(d.predicted),
            low: tenth(d.low),
            high: tenth(d.high)
        },
        successRate: s && { mean: share(s.mean), low: share(s.low), high: share(s.high) },
        runs: w.runs,
        runsPer30Days: w.runsPer30Days,
        minutesPer30Days: w.minutesPer30Days === null ? null : recommendations_json_round(w.minutesPer30Days, 2),
        minutesBasis: w.minutesBasis,
        impact: w.impact,
        confidence: share(w.confidence),
        action: w.action
    };
}
function conflictJson(c) {
    const workflows = [...c.workflows];
    switch (c.kind) {
        case 'overlap':
            return {
                kind: c.kind,
                workflows,
                detail: { windows: c.detail.windows, first: c.detail.first.toISOString() }
            };
        case 'minute-zero':
            return { kind: c.kind, workflows, detail: { crons: [...c.detail.crons] } };
        case 'outlasts-interval':
            return {
                kind: c.kind,
                workflows,
                detail: { p90: tenth(c.detail.p90), shortestGap: c.detail.shortestGap }
            };
    }
}
/** The recommendations as the JSON report's `recommendations` key. */
function recommendationsJson(r) {
    return {
        recommendations: {
            now: r.now.toISOString(),
            mode: r.mode,
            thresholds: { ...r.thresholds },
            workflows: r.workflows.map(workflowJson),
            conflicts: r.conflicts.map(conflictJson)
        }
    };
}

;// CONCATENATED MODULE: ./src/reports/recommendations-format.ts


const ACTION_ICON = { APPLY: '✅', REVIEW: '🔍', 'MORE DATA': '⏳' };
const IMPACT_WORD = { low: 'Low', medium: 'Medium', high: 'High' };
/** A cron and its zone, in backticks when `code`: `0 6 * * 1-5` (Europe/Berlin). */
function cronText(entries, code, separator = ', ') {
    if (entries.length === 0)
        return 'none';
    const quote = (cron) => (code ? `\`${cron}\`` : cron);
    return entries.map(e => `${quote(e.cron)}${e.timezone ? ` (${e.timezone})` : ''}`).join(separator);
}
/** `4m 5s (80%: 3m 20s–5m 10s)`; unknown without a successful run. */
function durationText(w) {
    const d = w.expectedDuration;
    return d ? `${(0,analytics_format/* seconds */.YA)(d.predicted)} (80%: ${(0,analytics_format/* seconds */.YA)(d.low)}–${(0,analytics_format/* seconds */.YA)(d.high)})` : analytics_format/* UNKNOWN */.HV;
}
/** `95% (90–98%)`; unknown without a finished run. */
function successText(w) {
    const s = w.successRate;
    return s ? `${(0,analytics_format/* percent */.KN)(s.mean)} (${Math.round(s.low * 100)}–${(0,analytics_format/* percent */.KN)(s.high)})` : analytics_format/* UNKNOWN */.HV;
}
/** `Medium (420 billable minutes / 30 days)`, marked `≈` when the minutes come from the duration, not the jobs. */
function impactText(w) {
    if (w.impact === null || w.minutesPer30Days === null)
        return analytics_format/* UNKNOWN */.HV;
    const about = w.minutesBasis === 'duration' ? '≈' : '';
    return `${IMPACT_WORD[w.impact]} (${about}${(0,format/* count */.U9)(w.minutesPer30Days)} billable minutes / 30 days)`;
}
/** `>70%`, `50–70%`, `<50%`: the confidence each action stands for. */
function actionRange(action, t) {
    if (action === 'APPLY')
        return `>${percent(t.apply)}`;
    return action === 'REVIEW'
        ? `${Math.round(t.review * 100)}–${percent(t.apply)}`
        : `<${percent(t.review)}`;
}
/** One line on what the actions and the impact levels mean. */
function thresholdsNote(t) {
    return (`APPLY above ${(0,analytics_format/* percent */.KN)(t.apply)} confidence (the chance the run lands within 25% of its estimate), ` +
        `REVIEW from ${(0,analytics_format/* percent */.KN)(t.review)}, MORE DATA below; impact low under ${(0,format/* count */.U9)(t.medium)} billable minutes ` +
        `per 30 days, medium under ${(0,format/* count */.U9)(t.high)}, high from there.`);
}
function minute(date) {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** One sentence per conflict; workflow ids in backticks when `code`. */
function conflictText(c, code) {
    const name = (id) => (code ? `\`${id}\`` : id);
    switch (c.kind) {
        case 'overlap': {
            const pairs = `${(0,format/* count */.U9)(c.detail.windows)} pair${c.detail.windows === 1 ? '' : 's'} of runs`;
            return (`${name(c.workflows[0])} and ${name(c.workflows[1])} overlap: ${pairs} in the next 7 days, ` +
                `each run lasting its p90 duration, the first at ${minute(c.detail.first)}`);
        }
        case 'minute-zero':
            return (`${name(c.workflows[0])} starts at minute 0 (${cronText(c.detail.crons.map(cron => ({ cron })), code)}), ` + 'when GitHub delays and drops scheduled runs: pick another minute');
        case 'outlasts-interval':
            return (`${name(c.workflows[0])} runs for up to ${(0,analytics_format/* seconds */.YA)(c.detail.p90)} (p90) but starts every ` +
                `${(0,analytics_format/* seconds */.YA)(c.detail.shortestGap)} at the shortest: a run is still going when the next one is due`);
    }
}

;// CONCATENATED MODULE: ./src/reports/recommendations-markdown.ts


const cell = (text) => text.replace(/\|/g, '\\|');
function row(w) {
    const cells = [
        `\`${w.id}\``,
        cronText(w.current, true, '<br>'),
        w.changed ? cronText(w.recommended, true, '<br>') : '_unchanged_',
        durationText(w),
        successText(w),
        impactText(w),
        (0,analytics_format/* percent */.KN)(w.confidence),
        `${ACTION_ICON[w.action]} ${w.action}`
    ];
    return `| ${cells.map(cell).join(' | ')} |`;
}
function table(workflows) {
    return [
        '| Workflow | Current | Recommended | Expected duration | Success rate | Resource impact | Confidence | Action |',
        '|---|---|---|---|---|---|---|---|',
        ...workflows.map(row)
    ].join('\n');
}
function conflictsBlock(conflicts) {
    if (conflicts.length === 0)
        return '**Conflicts:** none.';
    return ['**Conflicts:**', '', ...conflicts.map(c => `- ${conflictText(c, true)}`)].join('\n');
}
/** What the view shows: everything, or what the pull request changes. */
function shown(r, onlyChanged) {
    if (!onlyChanged)
        return { workflows: r.workflows, conflicts: r.conflicts };
    const changed = new Set(r.workflows.filter(w => w.changed).map(w => w.id));
    return {
        workflows: r.workflows.filter(w => changed.has(w.id)),
        conflicts: r.conflicts.filter(c => c.workflows.some(id => changed.has(id)))
    };
}
/**
 * The recommendations section: a heading, the table, the conflicts and the thresholds. With `onlyChanged`, an empty
 * string when no schedule changes (the pull request then has nothing to recommend).
 */
function recommendationsMarkdown(r, options = {}) {
    const { workflows, conflicts } = shown(r, options.onlyChanged ?? false);
    if (options.onlyChanged && workflows.length === 0)
        return '';
    const heading = `### Recommendations (${r.mode} mode)`;
    if (workflows.length === 0)
        return `${heading}\n\nNo managed workflows.\n`;
    const note = `_${thresholdsNote(r.thresholds)} Expected durations are the next run's estimate and 80% interval._`;
    return `${[heading, table(workflows), conflictsBlock(conflicts), note].join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/forecast-step.ts
/**
 * The forecasts of an `apply` run (DESIGN §11), for apply-action.ts: which crons the tracker predicts — each managed
 * workflow's crons in force (the file's, or those the orchestrator dispatches it by) — and the views of the tracker and
 * the recommender once the runs are observed: the job summary's sections, the pull request's (only the workflows it
 * changes) and the JSON report's `accuracy` and `recommendations`.
 */





/** The crons each managed workflow runs by until the next run: a dispatched one's are the plan's, started by the tick. */
function trackingOf(plan) {
    const workflows = plan.workflows.map(w => {
        const dispatched = w.via === 'dispatch' && w.from.length === 0;
        return {
            id: w.id,
            path: w.path,
            entries: dispatched ? w.to : w.from,
            event: dispatched ? 'workflow_dispatch' : 'schedule'
        };
    });
    return { workflows };
}
/** Each managed workflow's recommendation for the plan's mode, from the run records (and what was learned of them). */
function recommendationsOf(plan, store, learned) {
    const api = (0,record_runs/* recordedApiOf */.OL)(store, plan.config.workflows.map(w => w.path));
    const current = new Map(plan.workflows.map(w => [w.id, w.from]));
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
    });
}
/**
 * The pull request body's recommendations: for the workflows it changes, worked out from the run records this run read
 * before planning; nothing when no run is recorded.
 */
function pullRequestRecommendations(store, r) {
    if (!store.workflows.some(w => w.runs.length > 0))
        return '';
    return recommendationsMarkdown(r, { onlyChanged: true });
}
/**
 * The views of the tracker and the recommender; none without observed runs (no state branch, or not read).
 * `recommended`: the recommendations the run already made for the pull request, not made again.
 */
function forecastViews(plan, observed, recommended) {
    if (!observed || observed.saved === 'not-read')
        return undefined;
    const forecast = observed.forecast;
    const r = recommended ?? recommendationsOf(plan, observed.store, forecast?.learned);
    return {
        summary: [forecast ? accuracyMarkdown(forecast) : '', recommendationsMarkdown(r)]
            .filter(Boolean)
            .join('\n\n'),
        json: { ...(forecast ? accuracyJson(forecast) : {}), ...recommendationsJson(r) }
    };
}

;// CONCATENATED MODULE: ./src/observe-step.ts
/**
 * The action's observe-runs step and its call accounting (DESIGN §10, §14), for apply-action.ts: every phase's calls
 * are counted against `max-api-calls`; the run records are read and ingested once the config is read and before the
 * plan (so that the plan is priced from them), and saved on the state branch once the schedule part has written; the
 * log says how far ingestion got and what is left of the rate limit.
 */









/** A Progress that groups each phase's log lines (core.group) and records the calls it made. */
function callLedger(counters, limit) {
    const phases = [];
    const tally = () => ({
        requests: counters.requestCount(),
        graphql: counters.graphqlCount(),
        notModified: counters.notModifiedCount()
    });
    const progress = {
        phase: async (name, work) => {
            const before = tally();
            try {
                return await core/* group */.Os(name, work);
            }
            finally {
                phases.push((0,call_budget/* phaseCalls */.ZG)(name, before, tally()));
            }
        },
        info: line => core/* info */.pq(line)
    };
    const budget = {
        limit,
        spent: () => (0,call_budget/* callsOf */.p9)(tally()),
        rateLimitRemaining: () => counters.rateLimitRemaining()
    };
    const facts = () => ({ phases, limit, rateLimitRemaining: counters.rateLimitRemaining() });
    return { progress, budget, facts, requests: () => counters.requestCount() };
}
/** The schedules each managed workflow had over time (the changes in force, then the crons its file carries now). */
function schedulesOf(read) {
    return new Map(read.config.workflows.map(w => [
        w.path,
        (0,schedule_history/* scheduleHistory */.Gg)(w, read.changes, read.current.get(w.id)?.from)
    ]));
}
/**
 * Calls kept for what follows observing: the schedule part's writes — at most DESIGN §14's N + 10 for N changed
 * workflows, N at most the managed ones — and the save of the records.
 */
function reserveAfterObserving(managed) {
    return managed + 10 + observe_runs/* SAVE_RESERVE */.T2;
}
/** What one run of each managed workflow used, by config id, from the analytics: the plan's prices. */
function perRunOf(observed, read) {
    const ids = new Set(read.config.workflows.map(w => w.id));
    return new Map(observed.analytics.workflows.flatMap(w => ids.has(w.id) && w.perRun !== null ? [[w.id, w.perRun]] : []));
}
function warnings(observed) {
    for (const problem of observed.problems)
        core/* warning */.$e(problem);
    for (const w of observed.analytics.workflows.filter(f => f.disabledForInactivity))
        core/* warning */.$e(`${w.id} (${w.path}): GitHub disabled this workflow for inactivity, so its crons start nothing — re-enable it (Actions tab, or gh workflow enable)`);
    const stop = observed.report.stopped;
    if (stop && stop.reason !== 'call-budget')
        core/* warning */.$e(`Observing runs ${(0,observe_report/* stopLine */.RF)(stop)}`);
}
function storageFor(settings, github) {
    return async () => {
        // Both answered from the snapshot the run read before planning: no call.
        const base = settings.base || (await github.info()).defaultBranch;
        const baseHead = (await github.branchHead(base)) ?? '';
        return github.runsStorage(baseHead);
    };
}
/**
 * Observes the managed workflows' runs; nothing without a state branch (the records live there). A dry run reads and
 * reports but writes nothing. Should the schedule part fail, `finish` is not called and nothing is saved.
 */
function observeStep(settings, github, ledger) {
    const name = (0,state_branch/* stateName */.Vi)(settings.stateBranch, state_branch/* RUNS_PATH */.H);
    const storage = storageFor(settings, github);
    let pending;
    const observe = async (read, now) => {
        if (!settings.stateBranch) {
            core/* info */.pq('Runs are not observed: the state is disabled (state-branch is empty) and the run records live there');
            return undefined;
        }
        const managed = read.config.workflows;
        const input = {
            workflows: managed.map(w => ({ id: w.id, path: w.path })),
            now,
            windowDays: settings.analyticsDays,
            budget: ledger.budget,
            reserve: reserveAfterObserving(managed.length),
            dryRun: settings.dryRun,
            analytics: { managed, schedules: schedulesOf(read), prices: read.config.prices }
        };
        pending = await ledger.progress.phase('Observe runs', async () => (0,record_runs/* readRuns */.xx)({ runs: github, storage: await storage(), name }, input));
        return perRunOf(pending.recorded, read);
    };
    const finish = async (plan) => {
        const save = pending?.save;
        if (!save)
            return undefined;
        const observed = await ledger.progress.phase('Save the run records', async () => {
            const result = await save(trackingOf(plan));
            for (const line of [...(0,observe_report/* observeLines */.YA)(result, name), ...trackingLines(result.forecast)])
                core/* info */.pq(line);
            return result;
        });
        warnings(observed);
        return observed;
    };
    const store = () => pending && pending.recorded.saved !== 'not-read' ? pending.recorded.store : undefined;
    return { observe, store, finish };
}
/** The calls line for the log, once every phase is done. */
function logCalls(ledger) {
    core/* info */.pq((0,observe_report/* callsLine */.WY)(ledger.facts()));
}

// EXTERNAL MODULE: ./src/outputs.ts + 1 modules
var src_outputs = __webpack_require__(8552);
// EXTERNAL MODULE: ./src/core/schedule/plan.ts + 1 modules
var schedule_plan = __webpack_require__(2040);
// EXTERNAL MODULE: ./src/reports/diff.ts
var reports_diff = __webpack_require__(8296);
// EXTERNAL MODULE: ./src/reports/analytics-markdown.ts
var analytics_markdown = __webpack_require__(6853);
// EXTERNAL MODULE: ./src/reports/markdown.ts + 2 modules
var markdown = __webpack_require__(9935);
// EXTERNAL MODULE: ./src/reports/warnings.ts
var reports_warnings = __webpack_require__(7238);
// EXTERNAL MODULE: ./src/reports/policy-text.ts
var policy_text = __webpack_require__(2741);
// EXTERNAL MODULE: ./src/reports/reasons.ts
var reasons = __webpack_require__(1902);
// EXTERNAL MODULE: ./src/reports/usage-source.ts
var usage_source = __webpack_require__(1236);
;// CONCATENATED MODULE: ./src/reports/text-report.ts





const RULE = '='.repeat(70);
function pad(label) {
    return label.padEnd(19);
}
/** The mode the base branch carries, beside the one recommended. */
function inForceLines(plan) {
    if (!plan.inForce)
        return [];
    const { mode, since } = plan.inForce;
    if (!mode)
        return [`   Mode in Force: none (the workflows match no single mode)`];
    return [`   Mode in Force: ${mode.toUpperCase()}${since ? ` since ${(0,format/* day */.vd)(since)}` : ''}`];
}
function text_report_workflowLines(plan) {
    const width = Math.max(...plan.workflows.map(w => w.id.length));
    return plan.workflows.map(w => {
        const change = w.changed
            ? `   (now ${(0,format/* crons */._j)(w.from)}; ${w.runsBefore} → ${w.runsAfter} runs/30d)`
            : '   (unchanged)';
        return `  • ${`${w.id}:`.padEnd(width + 1)} ${(0,format/* crons */._j)(w.to)}${change}`;
    });
}
/** The policy and, when history allows, the learned cost per run and background rate. */
function policyLines(plan) {
    const report = plan.policy;
    if (!(0,policy_text/* showsCosts */.DD)(report))
        return [];
    const background = (0,policy_text/* backgroundText */.qR)(report.costs);
    return [
        `🧮 ${'Cost Per Run:'.padEnd(17)}${(0,policy_text/* costPerRunText */.j2)(report.costs)}`,
        ...(background ? [`${pad('Background:')}${background} outside the managed workflows`] : []),
        `${pad('Policy:')}${(0,policy_text/* policyText */.MJ)(report)}`,
        ''
    ];
}
/** ` (premium requests of user:octocat from the billing report, …)` for a billing source's figure. */
function fromSource(usage) {
    const text = (0,usage_source/* usageSourceText */.g)(usage.reading);
    return text ? ` (${text})` : '';
}
/** The original tracker's status report (seeds/000), for a person at a terminal. */
function renderTextReport(plan) {
    const u = plan.usage;
    const basis = u.burnBasis.kind === 'history'
        ? `since ${u.burnBasis.sample.at.toISOString()}`
        : 'period average';
    return [
        RULE,
        '🤖 Dynamic Workflow Orchestrator',
        RULE,
        '',
        `📊 Usage: ${(0,format/* usageBar */.v7)(u.usagePercent)} ${(0,format/* decimal */._)(u.usagePercent)}%`,
        '',
        `${pad('Total Quota:')}${(0,format/* count */.U9)(u.quota)} requests`,
        `${pad('Used:')}${(0,format/* count */.U9)(u.used)} requests${fromSource(u)}`,
        `${pad('Remaining:')}${(0,format/* count */.U9)(u.remaining)} requests`,
        '',
        `📅 ${'Reset Date:'.padEnd(17)}${(0,format/* day */.vd)(u.period.end)}`,
        `${pad('Days Until Reset:')}${(0,format/* decimal */._)(u.period.remainingDays)} days`,
        '',
        `🔥 ${'Burn Rate:'.padEnd(17)}${(0,format/* decimal */._)(u.burnRate)} requests/day (${basis})`,
        `${pad('Projected Usage:')}${(0,format/* count */.U9)(u.projected)} requests`,
        `${pad('Pace:')}${u.pace.toFixed(2)} × an even spend`,
        '',
        ...policyLines(plan),
        `${format/* STATUS_ICON */.tW[u.status]} Status: ${format/* STATUS_TEXT */.Zt[u.status]}`,
        '',
        `${format/* MODE_ICON */.a7[plan.mode]} ${u.forced ? 'Mode' : 'Recommended Mode'}: ${plan.mode.toUpperCase()} — ${(0,reasons/* modeReasonText */.H)(u.modeReason)}`,
        ...inForceLines(plan),
        ...u.warnings.map(w => `⚠️  ${(0,reports_warnings/* warningText */.i)(w)}`),
        '',
        `📋 ${u.forced ? '' : 'Recommended '}Workflow Frequencies:`,
        ...text_report_workflowLines(plan),
        '',
        RULE
    ].join('\n');
}

// EXTERNAL MODULE: ./src/use-cases/apply-schedules/apply-schedules.ts + 4 modules
var apply_schedules = __webpack_require__(7017);
// EXTERNAL MODULE: ./src/reports/budget-report.ts
var budget_report = __webpack_require__(1625);
// EXTERNAL MODULE: ./src/reports/pause-report.ts
var pause_report = __webpack_require__(1252);
// EXTERNAL MODULE: ./src/use-cases/budgets/budget-run.ts + 3 modules
var budget_run = __webpack_require__(8996);
;// CONCATENATED MODULE: ./src/apply-action.ts
/**
 * The action's `apply` operation (the default), composed for main.ts: assess, observe the runs (before the plan, which
 * they price), plan and apply the schedules, save the run records, then the log, the outputs and the summary. Returns
 * the problem that should fail the step.
 */



















function log(result, requests) {
    core/* info */.pq(renderTextReport(result.plan));
    const diff = (0,reports_diff/* renderDiff */.i)(result.plan);
    if (diff) {
        core/* startGroup */.Oh('Diff');
        core/* info */.pq(diff);
        core/* endGroup */.N4();
    }
    core/* info */.pq(`GitHub API requests: ${requests}`);
}
/** The outputs: the plan's, the analytics totals, the pauses; the JSON report with what observing and auditing added. */
function setOutputs(result, more, alert, json) {
    const outputs = (0,src_outputs/* actionOutputs */.dr)(result.plan, {
        pullRequestOperation: result.pullRequest.operation,
        pullRequest: result.pullRequest.pullRequest,
        issue: alert.issue
    }, {
        ...(0,observe_report/* observeJson */.Hr)(more.observed, more.ledger.facts()),
        ...json,
        ...(more.audit ? (0,audit_json/* auditJson */.g)(more.audit, result.fixes) : {})
    });
    const read = more.observed?.saved === 'not-read' ? undefined : more.observed?.analytics;
    Object.assign(outputs, (0,src_outputs/* analyticsOutputs */.VL)(read));
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, value);
    core/* setOutput */.uH('paused', (0,pause_report/* pausedOutput */.Iy)(more.budgets.pausedNow));
}
/** The sections after the plan's summary: the usage chart, budgets, runs, forecasts, the audit. */
function moreSections(result, more, forecasts) {
    return [
        (0,analytics_markdown/* planUsageChart */.xd)(result.plan),
        (0,budget_report/* budgetMarkdown */.V)(more.budgets),
        more.observed ? (0,observe_report/* observeMarkdown */.Mi)(more.observed) : '',
        forecasts?.trimEnd() ?? '',
        more.audit ? (0,audit_markdown/* auditMarkdown */.lG)(more.audit, result.fixes) : ''
    ]
        .filter(Boolean)
        .map(part => `\n\n${part}`)
        .join('');
}
async function report(settings, result, more) {
    const requests = more.ledger.requests();
    // A change of pauses wrote the alert issue again after the run's own alert step.
    const alert = more.budgets.alert ?? result.alert;
    const forecasts = forecastViews(result.plan, more.observed, more.recommended);
    log(result, requests);
    logCalls(more.ledger);
    setOutputs(result, more, alert, forecasts?.json ?? {});
    const merge = result.pullRequest.autoMerge;
    if (merge && !merge.enabled)
        core/* warning */.$e(`Auto-merge was not turned on: ${merge.problem}`);
    const summary = (0,markdown/* jobSummary */.sp)(result.plan, {
        dryRun: settings.dryRun,
        pullRequest: result.pullRequest.pullRequest,
        pullRequestOperation: result.pullRequest.operation,
        delivery: result.pullRequest,
        issue: alert.issue,
        issueOperation: alert.operation,
        alertProblem: alert.problem,
        requests,
        pullRequestSections: more.sections
    });
    const rest = moreSections(result, more, forecasts?.summary);
    await core/* summary */.z.addRaw(`${summary}${rest}\n\n${(0,observe_report/* callsMarkdown */.h3)(more.ledger.facts())}\n`).write();
}
/** `operation: apply`: an alert issue that could not be written fails the step when `fail-on-alert-error` says so. */
async function applyOperation(github, settings, now) {
    const ledger = callLedger(github, settings.maxApiCalls);
    const observer = observeStep(settings, github, ledger);
    const fixes = settings.fix.length > 0
        ? (0,audit_step/* fixHook */.N9)(github, settings, now, { warn: core/* warning */.$e, observed: observer.store })
        : undefined;
    // Recommended once, from the run records this run read before planning: the pull request's body and the summary.
    let sections = [];
    let recommended;
    const beforeDelivery = async (plan) => {
        const store = observer.store();
        recommended = store && recommendationsOf(plan, store);
        if (store && recommended && (0,schedule_plan/* changedWorkflows */.HC)(plan).length > 0)
            sections = [pullRequestRecommendations(store, recommended)];
        return sections;
    };
    const result = await (0,apply_schedules/* applySchedules */.t)(github, settings, now, ledger.progress, {
        observer,
        beforeDelivery,
        ...(fixes ? { fixHook: fixes.hook } : {})
    });
    for (const warning of result.plan.usage.warnings)
        core/* warning */.$e((0,reports_warnings/* warningText */.i)(warning));
    const observed = await observer.finish(result.plan);
    const budgets = await ledger.progress.phase('Check the budgets', () => (0,budget_run/* enforceBudgetsForRun */.v)(github, settings, result, observed, now));
    for (const warning of (0,budget_report/* budgetWarnings */.H)(budgets))
        core/* warning */.$e(warning);
    // Every workflow file from the run's snapshot, judged against the records this run read: no call of its own.
    const audit = await ledger.progress
        .phase('Audit', () => (0,audit_step/* reportAudit */.so)(github, settings, now, (0,audit_step/* observedRecords */.TL)(observed) ?? fixes?.records()))
        .catch((error) => {
        core/* warning */.$e(`The audit of the workflow files was not made: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    });
    await report(settings, result, { observed, ledger, budgets, audit, sections, recommended });
    const problem = (budgets.alert ?? result.alert).problem;
    if (!problem)
        return undefined;
    if (settings.failOnAlertError)
        return `The alert issue could not be written: ${problem}`;
    core/* warning */.$e(`The alert issue could not be written: ${problem}`);
    return undefined;
}


/***/ }),

/***/ 8552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dr: () => (/* binding */ actionOutputs),
  VL: () => (/* binding */ analyticsOutputs),
  V2: () => (/* binding */ restoreOutputs)
});

// EXTERNAL MODULE: ./src/core/schedule/plan.ts + 1 modules
var schedule_plan = __webpack_require__(2040);
// EXTERNAL MODULE: ./src/reports/format.ts
var format = __webpack_require__(7712);
// EXTERNAL MODULE: ./src/reports/warnings.ts
var warnings = __webpack_require__(7238);
// EXTERNAL MODULE: ./src/reports/reasons.ts
var reasons = __webpack_require__(1902);
// EXTERNAL MODULE: ./src/core/usage/period.ts
var period = __webpack_require__(6666);
;// CONCATENATED MODULE: ./src/reports/json-report.ts





const round = (n, digits) => Number(n.toFixed(digits));
function cronList(entries) {
    return entries.map(e => e.cron);
}
/** The cost model as JSON: every figure rounded, the standard errors beside the estimates. */
function costsJson(costs) {
    return {
        status: costs.status,
        samples: costs.samples,
        shape: costs.shape,
        ...(costs.note ? { note: costs.note } : {}),
        perRun: costs.workflows.map(w => ({
            workflow: w.workflow,
            cost: round(w.costPerRun, 3),
            ...(w.standardError === undefined ? {} : { standardError: round(w.standardError, 3) }),
            source: w.source
        })),
        ...(costs.background
            ? {
                backgroundPerDay: round(costs.background.perDay, 2),
                backgroundStandardError: round(costs.background.standardError, 2)
            }
            : {})
    };
}
function policyJson(report) {
    return {
        name: report.name,
        target: report.target,
        ...(report.decision
            ? {
                explanation: (0,reasons/* modeReasonText */.H)(report.decision.reason),
                projections: report.decision.projections.map(p => ({
                    mode: p.mode,
                    projected: round(p.projected, 1),
                    percent: round(p.share * 100, 1)
                }))
            }
            : {})
    };
}
function targetReasonJson(reason) {
    return {
        ...{ rule: reason.rule, fit: reason.fit, mode: reason.mode, quota: reason.quota },
        ...{ target: reason.target, halfway: reason.halfway },
        ...(reason.dof === undefined ? {} : { dof: reason.dof }),
        ...(reason.tQuantile === undefined ? {} : { tQuantile: round(reason.tQuantile, 3) }),
        projections: reason.projections.map(p => ({
            mode: p.mode,
            projected: round(p.projected, 1),
            standardError: round(p.standardError, 1),
            allowed: round(p.allowed, 4),
            hold: round(p.hold, 4)
        }))
    };
}
/**
 * Why the mode was chosen, as the core's facts: the rule and its figures (pace to 3 places, usage to 1), e.g.
 * `{rule: 'pace-within', pace: 0.762, low: 0.7, high: 1.3}`; the target rule lists every mode's projection and limits.
 */
function modeReasonJson(reason) {
    switch (reason.rule) {
        case 'projection-above-quota':
            return { ...reason, projected: round(reason.projected, 1) };
        case 'pace-above':
        case 'pace-below':
        case 'pace-within':
            return { ...reason, pace: round(reason.pace, 3) };
        case 'target':
            return targetReasonJson(reason);
        case 'target-learning':
            return { ...reason, thresholds: modeReasonJson(reason.thresholds) };
        default:
            return reason;
    }
}
/**
 * Where `used` comes from and how fresh it is: the source, a billing source's account, and the sample's time — for a
 * billing source the newest usage item's (the figure itself is read at now).
 */
function sampleJson(reading, now) {
    const at = reading?.itemAt ?? reading?.at ?? now;
    return {
        source: reading?.source ?? 'input',
        ...(reading?.account ? { account: reading.account } : {}),
        sampleAt: at.toISOString(),
        sampleAgeDays: round((now.getTime() - at.getTime()) / period/* DAY_MS */.sO, 2)
    };
}
/**
 * The changed workflows' runs, billable minutes and dollars in 30 days before → after, when the runs were observed;
 * minutes and dollars null when a changed workflow has no run with jobs.
 */
function planCostJson(plan, cost) {
    const workflows = (0,schedule_plan/* changedWorkflows */.HC)(plan).map(w => w.id);
    return { planCost: { workflows, before: { ...cost.before }, after: { ...cost.after } } };
}
/** The machine-readable report (DESIGN §8), also the action's `report` output. */
function jsonReport(plan) {
    const u = plan.usage;
    return {
        usage: {
            quota: u.quota,
            used: u.used,
            resetDate: (0,format/* day */.vd)(u.period.end),
            daysUntilReset: round(u.period.remainingDays, 2),
            burnRate: round(u.burnRate, 2),
            projected: round(u.projected, 1),
            pace: round(u.pace, 3),
            status: u.status,
            usagePercent: round(u.usagePercent, 2),
            ...sampleJson(u.reading, plan.now)
        },
        mode: plan.mode,
        ...(plan.inForce
            ? { inForce: { mode: plan.inForce.mode, since: plan.inForce.since?.toISOString() ?? null } }
            : {}),
        modeReason: modeReasonJson(u.modeReason),
        modeReasonText: (0,reasons/* modeReasonText */.H)(u.modeReason),
        changes: (0,schedule_plan/* changedWorkflows */.HC)(plan).map(w => ({
            workflow: w.id,
            path: w.path,
            from: cronList(w.from),
            to: cronList(w.to)
        })),
        workflows: plan.workflows.map(w => ({
            workflow: w.id,
            path: w.path,
            crons: cronList(w.to),
            runsPer30DaysBefore: w.runsBefore,
            runsPer30DaysAfter: w.runsAfter
        })),
        warnings: u.warnings.map(warnings/* warningText */.i),
        ...(plan.cost ? planCostJson(plan, plan.cost) : {}),
        ...(plan.policy ? { policy: policyJson(plan.policy), costs: costsJson(plan.policy.costs) } : {})
    };
}

// EXTERNAL MODULE: ./src/reports/restore-report.ts
var restore_report = __webpack_require__(1440);
;// CONCATENATED MODULE: ./src/outputs.ts




/** Every output of DESIGN §7, as the strings the runner stores; `extra` joins the JSON report (runs, calls). */
function actionOutputs(plan, published, extra = {}) {
    const u = plan.usage;
    return {
        mode: plan.mode,
        'mode-in-force': plan.inForce?.mode ?? '',
        status: u.status,
        'burn-rate': u.burnRate.toFixed(2),
        'projected-usage': u.projected.toFixed(1),
        'usage-percent': u.usagePercent.toFixed(2),
        'days-until-reset': u.period.remainingDays.toFixed(2),
        'reset-date': (0,format/* day */.vd)(u.period.end),
        'changed-workflows': JSON.stringify((0,schedule_plan/* changedWorkflows */.HC)(plan).map(w => w.path)),
        'pull-request-number': published.pullRequest ? String(published.pullRequest.number) : '',
        'pull-request-url': published.pullRequest?.url ?? '',
        'pull-request-operation': published.pullRequestOperation,
        'issue-number': published.issue ? String(published.issue.number) : '',
        'issue-url': published.issue?.url ?? '',
        report: JSON.stringify({ ...jsonReport(plan), ...extra })
    };
}
/** The outputs of `operation: restore`: what changed, the pull request and the restore report; the others stay unset. */
function restoreOutputs(facts, published) {
    return {
        'changed-workflows': JSON.stringify((0,schedule_plan/* changedWorkflows */.HC)(facts).map(w => w.path)),
        'pull-request-number': published.pullRequest ? String(published.pullRequest.number) : '',
        'pull-request-url': published.pullRequest?.url ?? '',
        'pull-request-operation': published.pullRequestOperation,
        report: JSON.stringify((0,restore_report/* restoreJson */.lt)(facts))
    };
}
/**
 * `billable-minutes` and `cost`: the analytics totals over the window (minutes, dollars), each empty when it is not
 * known — no runs observed (no state branch, the records not read) or none of the window's runs with jobs.
 */
function analyticsOutputs(analytics) {
    const figure = (value) => (value == null ? '' : String(value));
    return {
        'billable-minutes': figure(analytics?.totals.billableMinutes),
        cost: figure(analytics?.totals.cost)
    };
}


/***/ }),

/***/ 1440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ restoreBody),
/* harmony export */   lt: () => (/* binding */ restoreJson),
/* harmony export */   rk: () => (/* binding */ restoreSummary),
/* harmony export */   rz: () => (/* binding */ restoreTitle)
/* harmony export */ });
/* harmony import */ var _core_schedule_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2040);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8296);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9935);



function target(facts) {
    return facts.to
        ? `the crons in force at ${facts.to.toISOString()}`
        : "the backup (the crons before the orchestrator's first change)";
}
function plural(n) {
    return `${n} workflow${n === 1 ? '' : 's'}`;
}
function diffBlock(facts) {
    const diff = (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDiff */ .i)(facts);
    if (!diff)
        return [];
    return [
        '',
        '<details><summary>Diff</summary>',
        '',
        '```diff',
        diff.trimEnd(),
        '```',
        '</details>'
    ];
}
/** The restore pull request's title. */
function restoreTitle(facts) {
    const n = (0,_core_schedule_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .changedWorkflows */ .HC)(facts).length;
    return `Orchestrator: restore ${plural(n)} to ${facts.to ? `the crons of ${facts.to.toISOString()}` : 'the backup'}`;
}
/** The restore pull request's body: what is put back, one row per workflow, the diff and the marker. */
function restoreBody(facts) {
    const changed = (0,_core_schedule_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .changedWorkflows */ .HC)(facts);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fitBody */ .KM)([
        `The Dynamic Workflow Orchestrator puts ${plural(changed.length)} back to ${target(facts)}, as recorded in its state. Only the \`on.schedule\` crons change; merge to apply.`,
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .workflowTable */ .cB)(changed),
        ...diffBlock(facts),
        '',
        _markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .PULL_MARKER */ .hs
    ].join('\n'));
}
function pullLine(links) {
    const verb = links.dryRun ? `would be ${links.pullRequestOperation}` : links.pullRequestOperation;
    if (links.pullRequestOperation === 'none')
        return '- Pull request: none (every workflow already has the crons to restore)';
    const pull = links.pullRequest;
    return pull
        ? `- Pull request: [#${pull.number} ${pull.title}](${pull.url}) — ${verb}`
        : `- Pull request: ${verb}`;
}
/** The restore run's job summary. */
function restoreSummary(facts, links) {
    return `${[
        `## ⏪ Dynamic Workflow Orchestrator: restore${links.dryRun ? ' (dry run: nothing written)' : ''}`,
        '',
        `Restoring ${target(facts)}: ${(0,_core_schedule_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .changedWorkflows */ .HC)(facts).length} of the ${plural(facts.workflows.length)} the state records change.`,
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .workflowTable */ .cB)(facts.workflows),
        '',
        pullLine(links),
        `- GitHub API requests made: ${links.requests}`,
        ...diffBlock(facts)
    ].join('\n')}\n`;
}
/** The restore as JSON (`to` null: the backup), the action's `report` output and the CLI's `restore --json`. */
function restoreJson(facts) {
    return {
        operation: 'restore',
        to: facts.to?.toISOString() ?? null,
        changes: (0,_core_schedule_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .changedWorkflows */ .HC)(facts).map(w => ({
            workflow: w.id,
            path: w.path,
            from: w.from.map(e => e.cron),
            to: w.to.map(e => e.cron)
        }))
    };
}


/***/ })

};

//# sourceMappingURL=336.index.js.map