export const id = 516;
export const ids = [516];
export const modules = {

/***/ 246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZG: () => (/* binding */ phaseCalls),
/* harmony export */   Zn: () => (/* binding */ callsLeft),
/* harmony export */   cO: () => (/* binding */ totalCalls),
/* harmony export */   p9: () => (/* binding */ callsOf),
/* harmony export */   x5: () => (/* binding */ refusal)
/* harmony export */ });
/**
 * The API calls of one run (DESIGN §10, §14; actions/stale's operations-per-run is the model): a limit the whole run
 * honours, and what each phase spent. A call is a request that costs rate limit: every attempt the client made,
 * retries included, except the 304 answers to conditional requests, which GitHub does not count.
 */
/** The calls a tally stands for: every request but the free 304s. */
function callsOf(tally) {
    return tally.requests - tally.notModified;
}
/** What a phase spent, from the tallies before and after it. */
function phaseCalls(phase, before, after) {
    return {
        phase,
        calls: callsOf(after) - callsOf(before),
        graphql: after.graphql - before.graphql,
        notModified: after.notModified - before.notModified
    };
}
/** The phases together. */
function totalCalls(phases) {
    return phases.reduce((sum, p) => ({
        calls: sum.calls + p.calls,
        graphql: sum.graphql + p.graphql,
        notModified: sum.notModified + p.notModified
    }), { calls: 0, graphql: 0, notModified: 0 });
}
/**
 * Whether one more call fits: `reserve` calls stay free for what must follow (saving what was read). Undefined when
 * it fits, else why not: the budget is spent, or GitHub said no rate limit is left (waiting it out would hold the run
 * up to an hour).
 */
function refusal(budget, reserve = 0) {
    if (budget.spent() + reserve >= budget.limit)
        return 'call-budget';
    if (budget.rateLimitRemaining?.() === 0)
        return 'rate-limit';
    return undefined;
}
/** Calls left under the limit after `reserve`, never below 0. */
function callsLeft(budget, reserve = 0) {
    return Math.max(0, budget.limit - budget.spent() - reserve);
}


/***/ }),

/***/ 213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yw: () => (/* binding */ isCompleted),
/* harmony export */   lG: () => (/* binding */ jobsByRun),
/* harmony export */   pI: () => (/* binding */ runFacts)
/* harmony export */ });
/* harmony import */ var _runner_pricing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4727);

/** Jobs by run id. */
function jobsByRun(jobs) {
    const byRun = new Map();
    for (const job of jobs) {
        const list = byRun.get(job.runId);
        if (list)
            list.push(job);
        else
            byRun.set(job.runId, [job]);
    }
    return byRun;
}
/** Whether the run has finished (GitHub sets a conclusion then). */
function isCompleted(run) {
    return run.status === 'completed' || (run.status === null && run.conclusion !== null);
}
function seconds(from, to) {
    return (Date.parse(to) - Date.parse(from)) / 1000;
}
function earliest(times) {
    const known = times.filter((t) => t !== null);
    return known.length === 0
        ? undefined
        : known.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
}
function latest(times) {
    const known = times.filter((t) => t !== null);
    return known.length === 0
        ? undefined
        : known.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}
function durationOf(run, jobs) {
    if (!isCompleted(run))
        return undefined;
    const first = earliest(jobs.map(j => j.startedAt));
    const last = latest(jobs.map(j => j.completedAt));
    if (first !== undefined && last !== undefined)
        return seconds(first, last);
    return seconds(run.startedAt ?? run.createdAt, run.updatedAt);
}
function chargesOf(jobs, prices) {
    let billableMinutes = 0;
    let microDollars = 0;
    const unknownLabels = [];
    for (const job of jobs) {
        const charge = (0,_runner_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .jobCharge */ ._g)(job, prices);
        billableMinutes += charge.billableMinutes;
        microDollars += charge.microDollars;
        if (charge.runner.unknown !== undefined && charge.minutes > 0)
            unknownLabels.push(charge.runner.unknown);
    }
    return { billableMinutes, microDollars, unknownLabels };
}
/** The figures of a run from its recorded jobs (any attempt's; only the run's own attempt counts). */
function runFacts(run, recordedJobs, prices = _runner_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PRICES */ .f7) {
    const jobs = recordedJobs.filter(job => job.runId === run.id && job.attempt === run.attempt);
    const duration = durationOf(run, jobs);
    const facts = { run, hasJobs: jobs.length > 0, unknownLabels: [] };
    if (duration !== undefined)
        facts.duration = duration;
    if (jobs.length === 0)
        return facts;
    const firstStart = earliest(jobs.map(j => j.startedAt));
    if (firstStart !== undefined)
        facts.queue = seconds(run.createdAt, firstStart);
    return { ...facts, ...chargesOf(jobs, prices) };
}


/***/ }),

/***/ 4727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _g: () => (/* binding */ jobCharge),
/* harmony export */   f7: () => (/* binding */ DEFAULT_PRICES)
/* harmony export */ });
/* unused harmony exports skuOfLabel, runnerOf, jobMinutes */
/** GitHub's per-minute rates (from January 2026) for its hosted runners; the config's `prices:` overrides any. */
const DEFAULT_PRICES = {
    linux: 0.006,
    linux_slim: 0.002,
    windows: 0.01,
    macos: 0.062,
    linux_2_core_advanced: 0.006,
    linux_4_core: 0.012,
    linux_8_core: 0.022,
    linux_16_core: 0.042,
    linux_32_core: 0.082,
    linux_64_core: 0.162,
    linux_96_core: 0.252,
    windows_4_core: 0.022,
    windows_8_core: 0.042,
    windows_16_core: 0.082,
    windows_32_core: 0.162,
    windows_64_core: 0.322,
    windows_96_core: 0.552,
    macos_l: 0.077,
    macos_xl: 0.102,
    linux_2_core_arm: 0.005,
    linux_4_core_arm: 0.008,
    linux_8_core_arm: 0.014,
    linux_16_core_arm: 0.026,
    linux_32_core_arm: 0.05,
    linux_64_core_arm: 0.098,
    windows_2_core_arm: 0.008,
    windows_4_core_arm: 0.014,
    windows_8_core_arm: 0.026,
    windows_16_core_arm: 0.05,
    windows_32_core_arm: 0.098,
    windows_64_core_arm: 0.194,
    self_hosted: 0
};
function osOf(label) {
    if (/ubuntu|linux/.test(label))
        return 'linux';
    if (/windows/.test(label))
        return 'windows';
    if (/macos|osx/.test(label))
        return 'macos';
    return undefined;
}
/** The SKU a label names: `ubuntu-latest` linux, `ubuntu-latest-4-cores` linux_4_core, `macos-14-xlarge` macos_xl. */
function skuOfLabel(raw) {
    const label = raw.toLowerCase();
    const os = osOf(label);
    if (os === undefined)
        return undefined;
    if (os === 'macos')
        return /xlarge/.test(label) ? 'macos_xl' : /large/.test(label) ? 'macos_l' : 'macos';
    if (os === 'linux' && /slim/.test(label))
        return 'linux_slim';
    const cores = /(\d+)[-_ ]?(?:cores?|v?cpus?)\b/.exec(label)?.[1];
    const arm = /arm|aarch64/.test(label);
    if (cores === undefined)
        return arm ? `${os}_2_core_arm` : os;
    if (cores === '2' && !arm)
        return os === 'linux' ? 'linux_2_core_advanced' : os;
    return `${os}_${Number(cores)}_core${arm ? '_arm' : ''}`;
}
function multiplierOf(sku) {
    if (sku === 'self_hosted')
        return 0;
    return sku.startsWith('windows') ? 2 : sku.startsWith('macos') ? 10 : 1;
}
/** The runner a job's labels ask for; labels that name no priced runner read as linux, with the labels kept. */
function runnerOf(labels, prices = DEFAULT_PRICES) {
    if (labels.some(label => label.toLowerCase() === 'self-hosted'))
        return { sku: 'self_hosted', multiplier: 0 };
    const sku = labels.map(skuOfLabel).find(found => found !== undefined);
    if (sku !== undefined && prices[sku] !== undefined)
        return { sku, multiplier: multiplierOf(sku) };
    return { sku: 'linux', multiplier: 1, unknown: labels.join(', ') };
}
/** A job's run time rounded up to whole minutes; 0 for a job that never ran (no start or no end). */
function jobMinutes(job) {
    if (job.startedAt === null || job.completedAt === null)
        return 0;
    const ms = Date.parse(job.completedAt) - Date.parse(job.startedAt);
    return ms > 0 ? Math.ceil(ms / 60_000) : 0;
}
/** A job's minutes, billable minutes and cost at the given prices (GitHub's by default). */
function jobCharge(job, prices = DEFAULT_PRICES) {
    const runner = runnerOf(job.labels, prices);
    const minutes = jobMinutes(job);
    const perMinute = Math.round((prices[runner.sku] ?? prices.linux ?? 0) * 1e6);
    return {
        minutes,
        billableMinutes: minutes * runner.multiplier,
        microDollars: minutes * perMinute,
        runner
    };
}


/***/ }),

/***/ 7795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ budgetWarnings),
/* harmony export */   V: () => (/* binding */ budgetMarkdown)
/* harmony export */ });
/* harmony import */ var _core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4303);
/* harmony import */ var _core_usage_paused_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(907);
/* harmony import */ var _pause_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(718);
/**
 * Budgets in words (DESIGN §13): the job summary's Budgets section — each cap with its limit, the figure this run
 * measured and what came of it — the pauses made and lifted, and the log's warnings.
 */



function capRow(result, cap) {
    const budget = result.budgets[cap];
    if (!budget)
        return undefined;
    const figure = result.figures[cap][budget.unit];
    const spent = result.spent.find(s => s.cap === cap);
    const unchecked = result.unchecked.find(u => u.cap === cap);
    const what = spent
        ? `🚨 spent: managed workflows paused until ${spent.until}`
        : unchecked
            ? `⚠️ not checked: ${unchecked.why}`
            : 'within the budget';
    const shown = figure === undefined ? '—' : (0,_pause_report_js__WEBPACK_IMPORTED_MODULE_1__/* .figureText */ .OP)(figure, budget.unit);
    return `| ${cap} (${budget.unit}) | ${(0,_pause_report_js__WEBPACK_IMPORTED_MODULE_1__/* .figureText */ .OP)(budget.limit, budget.unit)} | ${shown} | ${what} |`;
}
/** The summary's Budgets section; empty when no cap is configured and nothing was paused or resumed. */
function budgetMarkdown(result) {
    const rows = _core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_2__/* .BUDGET_CAPS */ .cP.map(cap => capRow(result, cap)).filter((r) => !!r);
    const lines = [
        ...(0,_pause_report_js__WEBPACK_IMPORTED_MODULE_1__/* .changeLines */ .Ow)((0,_core_usage_paused_js__WEBPACK_IMPORTED_MODULE_0__/* .budgetChanges */ .rV)(result.paused, result.resumed)).map(l => `- ${l}`),
        ...result.leftAlone.map(id => `- ${id} was disabled by a person: left alone`)
    ];
    if (rows.length === 0 && lines.length === 0)
        return '';
    const table = rows.length === 0
        ? []
        : ['| Budget | Limit | Spent so far | |', '|---|---|---|---|', ...rows, ''];
    return `## Budgets\n\n${[...table, ...lines].join('\n').trimEnd()}\n`;
}
/** The log's warnings: each spent cap, and each cap this run could not check. */
function budgetWarnings(result) {
    return [
        ...result.spent.map(s => `The ${s.cap} budget is spent (${(0,_pause_report_js__WEBPACK_IMPORTED_MODULE_1__/* .figureText */ .OP)(s.figure, s.unit)} of ${(0,_pause_report_js__WEBPACK_IMPORTED_MODULE_1__/* .figureText */ .OP)(s.limit, s.unit)}): managed workflows paused until ${s.until}`),
        ...result.unchecked.map(u => `The ${u.cap} budget in ${u.unit} was not checked: ${u.why}`)
    ];
}


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WY: () => (/* binding */ callsLine),
  h3: () => (/* binding */ callsMarkdown),
  Te: () => (/* binding */ ingestionLine),
  Hr: () => (/* binding */ observeJson),
  YA: () => (/* binding */ observeLines),
  Mi: () => (/* binding */ observeMarkdown),
  RF: () => (/* binding */ stopLine)
});

// EXTERNAL MODULE: ./src/core/runs/call-budget.ts
var call_budget = __webpack_require__(246);
;// CONCATENATED MODULE: ./src/reports/analytics-json.ts
function workflowJson(w) {
    return {
        id: w.id,
        path: w.path,
        runs: w.runs,
        runsWithoutJobs: w.runsWithoutJobs,
        byEvent: { ...w.byEvent },
        successRate: w.successRate,
        successRateLow: w.successRateLow,
        successRateHigh: w.successRateHigh,
        queueP50: w.queueP50,
        queueP90: w.queueP90,
        durationP50: w.durationP50,
        durationP90: w.durationP90,
        billableMinutes: w.billableMinutes,
        cost: w.cost,
        schedule: w.schedule && { ...w.schedule }
    };
}
/** `{analytics: {window, workflows, totals, costPerMode}}`, exactly. */
function analyticsJson(analytics) {
    return {
        analytics: {
            window: { from: analytics.window.from.toISOString(), to: analytics.window.to.toISOString() },
            workflows: analytics.workflows.map(workflowJson),
            totals: { ...analytics.totals },
            costPerMode: analytics.costPerMode && { ...analytics.costPerMode }
        }
    };
}

// EXTERNAL MODULE: ./src/core/schedule/schedule.ts + 1 modules
var schedule = __webpack_require__(4331);
// EXTERNAL MODULE: ./src/reports/format.ts
var format = __webpack_require__(6302);
;// CONCATENATED MODULE: ./src/reports/analytics-format.ts

/** What a table cell shows for a figure that cannot be known. */
const UNKNOWN = '–';
/** Seconds as `45s`, `1m 44s`, `2h 5m`, `3d 4h`; null as unknown. */
function seconds(value) {
    if (value === null)
        return UNKNOWN;
    const s = Math.round(value);
    if (Math.abs(s) < 60)
        return `${s}s`;
    if (Math.abs(s) < 3600)
        return `${Math.trunc(s / 60)}m ${Math.abs(s % 60)}s`;
    if (Math.abs(s) < 86_400)
        return `${Math.trunc(s / 3600)}h ${Math.abs(Math.trunc((s % 3600) / 60))}m`;
    return `${Math.trunc(s / 86_400)}d ${Math.abs(Math.trunc((s % 86_400) / 3600))}h`;
}
/** Dollars: cents from $1 up, a tenth of a cent below; null as unknown. */
function dollars(value) {
    if (value === null)
        return UNKNOWN;
    if (value !== 0 && Math.abs(value) < 1)
        return `$${value.toFixed(3)}`;
    return `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
/** Minutes as a whole number with separators; null as unknown. */
function minutes(value) {
    return value === null ? UNKNOWN : (0,format/* count */.U9)(value);
}
/** A share (0–1) as a whole percent. */
function percent(share) {
    return `${Math.round(share * 100)}%`;
}
/** A success rate and its interval: `87% (71–95%)`. */
function rateWithInterval(rate, low, high) {
    if (rate === null || low === null || high === null)
        return UNKNOWN;
    return `${percent(rate)} (${Math.round(low * 100)}–${percent(high)})`;
}
/** Two figures as `p50 / p90`. */
function pair(p50, p90) {
    return p50 === UNKNOWN && p90 === UNKNOWN ? UNKNOWN : `${p50} / ${p90}`;
}
/** Counts by event, largest first: `schedule 25, workflow_dispatch 6`. */
function events(byEvent) {
    const entries = Object.entries(byEvent).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return entries.length === 0 ? UNKNOWN : entries.map(([e, n]) => `${e} ${n}`).join(', ');
}
/** `this change: 1,440 → 480 runs a month, 2,880 → 960 minutes, $17.28 → $5.76`. */
function planCostLine(before, after) {
    return (`this change: ${count(before.runs)} → ${count(after.runs)} runs a month, ` +
        `${minutes(before.billableMinutes)} → ${minutes(after.billableMinutes)} minutes, ` +
        `${dollars(before.cost)} → ${dollars(after.cost)}`);
}

;// CONCATENATED MODULE: ./src/reports/analytics-markdown.ts



function scheduleCell(s) {
    if (s === null)
        return UNKNOWN;
    const late = s.started > 0 ? `, late ${pair(seconds(s.lateP50), seconds(s.lateP90))}` : '';
    return `${s.started}/${s.expected} started, ${s.dropped} dropped${late}`;
}
function workflowRow(w) {
    const cells = [
        w.id === w.path ? `\`${w.path}\`` : `${w.id} (\`${w.path}\`)`,
        (0,format/* count */.U9)(w.runs),
        (0,format/* count */.U9)(w.runsWithoutJobs),
        events(w.byEvent),
        rateWithInterval(w.successRate, w.successRateLow, w.successRateHigh),
        pair(seconds(w.queueP50), seconds(w.queueP90)),
        pair(seconds(w.durationP50), seconds(w.durationP90)),
        minutes(w.billableMinutes),
        dollars(w.cost),
        scheduleCell(w.schedule)
    ];
    return `| ${cells.join(' | ')} |`;
}
/** One row per workflow and a total: runs, events, success, queue and duration p50 / p90, minutes, cost, schedule. */
function analyticsTable(analytics) {
    const { totals } = analytics;
    const total = [
        '**total**',
        (0,format/* count */.U9)(totals.runs),
        '',
        '',
        '',
        '',
        '',
        minutes(totals.billableMinutes)
    ];
    return [
        '| Workflow | Runs | Without jobs | Events | Success (95% interval) | Queue p50 / p90 | Duration p50 / p90 | Billable minutes | Cost | Schedule |',
        '|---|--:|--:|---|---|---|---|--:|--:|---|',
        ...analytics.workflows.map(workflowRow),
        `| ${[...total, dollars(totals.cost), ''].join(' | ')} |`
    ].join('\n');
}
/** Each mode's runs, minutes and dollars a month; empty without the config. */
function costPerModeTable(analytics) {
    const modes = analytics.costPerMode;
    if (modes === null)
        return '';
    const rows = schedule/* MODES */.FN.map(mode => {
        const m = modes[mode];
        return `| ${mode} | ${(0,format/* count */.U9)(m.runs)} | ${minutes(m.billableMinutes)} | ${dollars(m.cost)} |`;
    });
    return ['| Mode | Runs / 30 days | Billable minutes | Cost |', '|---|--:|--:|--:|', ...rows].join('\n');
}
/** The facts a reader should act on, as sentences; none when all is well. */
function analyticsNotes(analytics) {
    return analytics.workflows.flatMap(w => {
        const notes = [];
        if (w.disabledForInactivity)
            notes.push(`${w.id}: GitHub disabled this workflow for inactivity — re-enable it to run it again`);
        if (w.runsWithoutJobs > 0)
            notes.push(`${w.id}: ${w.runsWithoutJobs} run${w.runsWithoutJobs === 1 ? '' : 's'} without recorded jobs — their queue, minutes and cost are unknown and left out`);
        for (const labels of w.unknownLabels)
            notes.push(`${w.id}: runner labels '${labels || '(none)'}' name no runner GitHub prices — priced as linux`);
        return notes;
    });
}
function axisMax(values) {
    const top = Math.max(...values, 1) * 1.1;
    const step = 10 ** Math.floor(Math.log10(top));
    return Math.ceil(top / step) * step;
}
/** The last sample of each day, oldest first: the chart's x axis is days. */
function dailySamples(samples) {
    const byDay = new Map();
    const sorted = [...samples].sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const sample of sorted)
        byDay.set(day(sample.at), sample);
    return [...byDay.values()];
}
/**
 * A Mermaid `xychart-beta` block of usage over the period: used so far, the straight line from the last sample to the
 * projection at the reset, and the quota. Empty without samples.
 */
function usageChart(input) {
    const samples = dailySamples(input.samples);
    const last = samples.at(-1);
    if (last === undefined)
        return '';
    const points = input.projection ? [...samples, input.projection] : samples;
    const labels = points.map(p => `"${day(p.at).slice(5)}"`);
    const used = samples.map(s => Math.round(s.used));
    const projected = points.map(p => Math.round(p.used));
    const top = axisMax([input.quota, ...points.map(p => p.used)]);
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${(input.title ?? 'Usage this period').replace(/"/g, "'")}"`,
        `    x-axis [${labels.join(', ')}]`,
        `    y-axis "Used" 0 --> ${top}`,
        ...(input.projection ? [`    line [${projected.join(', ')}]`] : []),
        `    line [${used.join(', ')}]`,
        `    line [${points.map(() => Math.round(input.quota)).join(', ')}]`,
        '```',
        `_Lines: used so far${input.projection ? ', projected to the reset' : ''}, and the quota (${count(input.quota)})._`
    ].join('\n');
}
/** The job summary's analytics section: the window, the table, the cost of each mode, and the notes. */
function analyticsMarkdown(analytics) {
    const { from, to } = analytics.window;
    const modes = costPerModeTable(analytics);
    const notes = analyticsNotes(analytics);
    return [
        `### Runs from ${(0,format/* day */.vd)(from)} to ${(0,format/* day */.vd)(to)}`,
        '',
        analyticsTable(analytics),
        ...(modes ? ['', '#### Cost of each mode (30 days)', '', modes] : []),
        ...(notes.length > 0 ? ['', ...notes.map(n => `- ${n}`)] : [])
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/reports/observe-report.ts
/**
 * Observing runs in words (DESIGN §10): how far ingestion got and why it stopped, the calls each phase made against
 * `max-api-calls`, and what is left of GitHub's rate limit — for the log, the job summary and the JSON report.
 */




const plural = (n, word) => `${(0,format/* count */.U9)(n)} ${word}${n === 1 ? '' : 's'}`;
const dayOf = (time) => (0,format/* day */.vd)(new Date(time));
function where(stop) {
    if (stop.step === 'runs')
        return ` while listing the runs of ${stop.workflow}${stop.upTo ? ` (listed back to ${dayOf(stop.upTo)})` : ''}`;
    if (stop.step === 'jobs')
        return ` while reading jobs${stop.upTo ? ` (read for the runs back to ${dayOf(stop.upTo)})` : ''}`;
    return ' before reading the run records';
}
/** Why ingestion stopped and what happens next; undefined when it finished. */
function stopLine(stop) {
    if (!stop)
        return undefined;
    if (stop.reason === 'call-budget')
        return `stopped at the call budget (max-api-calls)${where(stop)} — continues next run`;
    if (stop.reason === 'rate-limit')
        return `stopped: GitHub's rate limit is spent${where(stop)} — what was read is kept; the next run carries on`;
    return `stopped${where(stop)}: ${stop.message ?? 'GitHub refused'} — what was read is kept`;
}
/** "read 240 new runs of 3 workflows, jobs of 231 runs; stopped at the call budget … — continues next run". */
function ingestionLine(observed) {
    const r = observed.report;
    const parts = [
        `read ${plural(r.newRuns, 'new run')} of ${plural(r.workflows, 'workflow')}` +
            (r.notModified > 0 ? ` (${(0,format/* count */.U9)(r.notModified)} unchanged, 304)` : ''),
        `jobs of ${plural(r.jobsRead, 'run')}`,
        ...(r.awaitingJobs > 0 ? [`${plural(r.awaitingJobs, 'finished run')} still without jobs`] : [])
    ];
    const stop = stopLine(r.stopped);
    return `${parts.join(', ')}${stop ? `; ${stop}` : ''}`;
}
const SAVED = {
    written: 'saved',
    unchanged: 'unchanged, not written',
    'dry-run': 'not saved (dry run)',
    failed: 'not saved',
    'not-read': 'not read'
};
/** "read the records 1, list runs 1, read jobs 26, save the records 2". */
function fileCallsText(observed) {
    const { read, save } = observed.fileCalls;
    const { runs, jobs } = observed.report.calls;
    return `read the records ${read}, list runs ${runs}, read jobs ${jobs}, save the records ${save}`;
}
/** The log's lines for the observe phase. */
function observeLines(observed, name) {
    const runs = observed.store.workflows.reduce((sum, w) => sum + w.runs.length, 0);
    return [
        ingestionLine(observed),
        ...observed.report.missing.map(path => `${path}: GitHub has no such workflow (404) — its runs are not read`),
        `run records ${name}: ${SAVED[observed.saved]} (${plural(runs, 'run')} kept)`,
        `calls: ${fileCallsText(observed)}`
    ];
}
/** One line: calls by phase, the total against the limit, 304s, and the rate limit left. */
function callsLine(facts) {
    const total = (0,call_budget/* totalCalls */.cO)(facts.phases);
    const phases = facts.phases
        .filter(p => p.calls > 0 || p.notModified > 0)
        .map(p => `${p.phase} ${p.calls}${p.notModified > 0 ? ` (+${p.notModified} × 304)` : ''}`);
    const left = facts.rateLimitRemaining === undefined ? 'unknown' : (0,format/* count */.U9)(facts.rateLimitRemaining);
    return `API calls: ${total.calls} of max-api-calls ${facts.limit} (${phases.join(', ') || 'none'}); ${total.notModified} answered 304 at no cost; rate limit left: ${left}`;
}
/** The job summary's calls table. */
function callsMarkdown(facts) {
    const total = (0,call_budget/* totalCalls */.cO)(facts.phases);
    const rows = facts.phases.map(p => `| ${p.phase} | ${p.calls} | ${p.graphql} | ${p.notModified} |`);
    const left = facts.rateLimitRemaining === undefined ? 'unknown' : (0,format/* count */.U9)(facts.rateLimitRemaining);
    return [
        '### API calls',
        '',
        '| Phase | Calls | of which GraphQL | 304 (free) |',
        '|---|--:|--:|--:|',
        ...rows,
        `| **total** (max-api-calls ${facts.limit}) | ${total.calls} | ${total.graphql} | ${total.notModified} |`,
        '',
        `Rate limit left: ${left}`
    ].join('\n');
}
/** The job summary's section on the runs observed: progress, then the analytics. */
function observeMarkdown(observed) {
    const stopped = observed.report.stopped;
    return [
        '### Runs observed',
        '',
        `${stopped && stopped.reason !== 'call-budget' ? '⚠️ ' : ''}${ingestionLine(observed)}.`,
        ...observed.problems.map(p => `\n⚠️ ${p}`),
        '',
        analyticsMarkdown(observed.analytics)
    ].join('\n');
}
/** The JSON report's `runs`, `calls` and `analytics`. */
function observeJson(observed, facts) {
    const total = (0,call_budget/* totalCalls */.cO)(facts.phases);
    const calls = {
        limit: facts.limit,
        total: total.calls,
        notModified: total.notModified,
        rateLimitRemaining: facts.rateLimitRemaining ?? null,
        phases: facts.phases.map(p => ({ ...p }))
    };
    if (!observed)
        return { calls };
    const r = observed.report;
    const runs = {
        newRuns: r.newRuns,
        jobsRead: r.jobsRead,
        notModified: r.notModified,
        awaitingJobs: r.awaitingJobs,
        missing: r.missing,
        stopped: r.stopped ?? null,
        saved: observed.saved,
        calls: { ...observed.fileCalls, ...r.calls }
    };
    return { runs, calls, ...analyticsJson(observed.analytics) };
}


/***/ }),

/***/ 6078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ enforceBudgetsForRun),
  R: () => (/* binding */ enforceBudgetsForTick)
});

// EXTERNAL MODULE: ./src/core/usage/budgets.ts
var usage_budgets = __webpack_require__(4303);
// EXTERNAL MODULE: ./src/core/usage/paused.ts
var paused = __webpack_require__(907);
// EXTERNAL MODULE: ./src/ports/errors.ts
var errors = __webpack_require__(2055);
// EXTERNAL MODULE: ./src/reports/observe-report.ts + 3 modules
var observe_report = __webpack_require__(8689);
// EXTERNAL MODULE: ./src/reports/pause-report.ts
var pause_report = __webpack_require__(718);
// EXTERNAL MODULE: ./src/use-cases/apply-schedules/alert-issue.ts
var alert_issue = __webpack_require__(817);
// EXTERNAL MODULE: ./src/use-cases/apply-schedules/apply-schedules.ts + 3 modules
var apply_schedules = __webpack_require__(6143);
// EXTERNAL MODULE: ./src/use-cases/observe-runs/record-runs.ts + 12 modules
var record_runs = __webpack_require__(6863);
// EXTERNAL MODULE: ./src/use-cases/state-store.ts
var state_store = __webpack_require__(4648);
// EXTERNAL MODULE: ./src/core/usage/period.ts
var period = __webpack_require__(7864);
// EXTERNAL MODULE: ./src/core/state/state.ts
var state_state = __webpack_require__(2818);
// EXTERNAL MODULE: ./src/core/runs/run-figures.ts
var run_figures = __webpack_require__(213);
// EXTERNAL MODULE: ./src/core/runs/runner-pricing.ts
var runner_pricing = __webpack_require__(4727);
;// CONCATENATED MODULE: ./src/core/runs/spend.ts


/** What the runs created in [from, to] spent. */
function spendBetween(api, from, to, prices = runner_pricing/* DEFAULT_PRICES */.f7) {
    const jobs = (0,run_figures/* jobsByRun */.lG)(api.jobs);
    const runs = api.runs.filter(run => {
        const at = Date.parse(run.createdAt);
        return at >= from.getTime() && at <= to.getTime();
    });
    const facts = runs.map(run => (0,run_figures/* runFacts */.pI)(run, jobs.get(run.id) ?? [], prices));
    const priced = facts.filter(f => f.hasJobs);
    const micro = priced.reduce((sum, f) => sum + (f.microDollars ?? 0), 0);
    return {
        runs: runs.length,
        unpriced: runs.length - priced.length,
        billableMinutes: priced.reduce((sum, f) => sum + (f.billableMinutes ?? 0), 0),
        dollars: micro / 1e6
    };
}
/** Whether a span's spend is a figure at all: no runs (0), or at least one priced run (a lower bound if not all). */
function spendKnown(spend) {
    return spend.runs === 0 || spend.unpriced < spend.runs;
}

;// CONCATENATED MODULE: ./src/use-cases/budgets/budget-figures.ts
/**
 * The figures the budgets are checked against (DESIGN §13): in the quota's unit, the period's usage and today's rise
 * (from the state's samples); in dollars and minutes, what the managed workflows' runs created today (UTC) and in the
 * period cost, priced from their recorded jobs (§10). A figure this run cannot know is missing, with the reason.
 */


const NO_SAMPLE = 'no usage sample at or before 00:00 UTC today to measure the day’s rise from (the next run after midnight records one)';
const NO_JOBS = 'the runs of the span have no jobs recorded yet (their cost is read once they finish)';
/** Every figure the run has, by cap and unit. */
function spendFigures(input, samples) {
    const today = (0,usage_budgets/* dailyRise */.JT)(samples, input.usage.used, input.now);
    const figures = {
        daily: today === undefined ? {} : { usage: today },
        period: { usage: input.usage.used }
    };
    const missing = today === undefined ? { daily: { usage: NO_SAMPLE } } : {};
    const from = { daily: (0,usage_budgets/* dayStart */.J7)(input.now), period: input.usage.period.start };
    for (const cap of usage_budgets/* BUDGET_CAPS */.cP) {
        const spend = input.observed && spendBetween(input.observed, from[cap], input.now);
        if (spend && spendKnown(spend)) {
            figures[cap] = { ...figures[cap], dollars: spend.dollars, minutes: spend.billableMinutes };
            continue;
        }
        const why = spend ? NO_JOBS : (input.notObserved ?? 'the runs were not observed in this run');
        missing[cap] = { ...missing[cap], dollars: why, minutes: why };
    }
    return { figures, missing };
}

// EXTERNAL MODULE: ./src/use-cases/budgets/pause-state.ts
var pause_state = __webpack_require__(8686);
;// CONCATENATED MODULE: ./src/use-cases/budgets/enforce-budgets.ts
/**
 * Budgets (DESIGN §13, issue 12), checked on every run and tick: a spent cap pauses the managed workflows at once —
 * cron-driven ones are disabled, dispatched ones are skipped by the tick — and the pauses are recorded in the state's
 * `pauses`; when the day or the period turns, exactly the workflows recorded as disabled by the orchestrator are
 * enabled again. A workflow a person disabled (disabled, and not recorded as ours) is never touched. When nothing
 * changes, no call is made.
 */





/** Nothing configured and nothing recorded: nothing to say. */
function noBudgets(loaded) {
    return {
        budgets: {},
        figures: { daily: {}, period: {} },
        spent: [],
        unchecked: [],
        pauses: [],
        paused: [],
        resumed: [],
        leftAlone: [],
        loaded
    };
}
/**
 * One list of the workflows tells which are ours to touch: a cron-driven workflow to pause must be active (else a
 * person disabled it: left alone); one to resume must be recorded as disabled by us and still disabled.
 */
async function callsFor(ports, config, plan) {
    const listed = await ports.listWorkflows();
    const stateOf = (path) => listed.find(w => w.path === path)?.state;
    const viaCron = new Set(config.workflows.filter(w => w.via !== 'dispatch').map(w => w.id));
    const cron = plan.pause.filter(p => viaCron.has(p.workflow));
    const leftAlone = cron.filter(p => stateOf(p.path) !== 'active').map(p => p.workflow);
    return {
        disable: cron.filter(p => !leftAlone.includes(p.workflow)),
        enable: plan.resume.filter(p => (p.disabled ?? viaCron.has(p.workflow)) && stateOf(p.path) === 'disabled_manually'),
        leftAlone
    };
}
const ends = (input) => ({
    daily: new Date((0,usage_budgets/* dayStart */.J7)(input.now).getTime() + period/* DAY_MS */.sO),
    period: input.usage.period.end
});
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/** Checks the caps and pauses or resumes; writes the state's `pauses` (not in a dry run). */
async function enforceBudgets(ports, input) {
    const { state } = input.loaded;
    const current = (0,usage_budgets/* readPauses */.QE)(state.pauses);
    const budgets = input.config.budgets;
    if (!budgets && current.length === 0)
        return noBudgets(input.loaded);
    const { figures, missing } = spendFigures(input, (0,state_state/* usageSamples */.J1)(state));
    const checked = (0,usage_budgets/* checkBudgets */.N3)(budgets ?? {}, figures, ends(input));
    const unchecked = checked.unchecked.map(u => ({ ...u, why: missing[u.cap]?.[u.unit] ?? '' }));
    const lifts = (0,usage_budgets/* readLifts */.rj)(state.pauseLifts, input.now);
    const plan = (0,usage_budgets/* planPauses */.RM)(current, checked.spent, input.config.workflows, input.now, lifts);
    const result = { ...noBudgets(input.loaded), budgets: budgets ?? {}, figures };
    Object.assign(result, { spent: checked.spent, unchecked, pauses: current });
    if (same(current, plan.pauses))
        return result;
    const calls = await callsFor(ports, input.config, plan);
    const disabled = new Set(calls.disable.map(p => p.workflow));
    const pauses = plan.pauses
        .filter(p => !calls.leftAlone.includes(p.workflow))
        .map(p => (disabled.has(p.workflow) ? { ...p, disabled: true } : p));
    // New pauses, and pauses moved to a later cap (the period's spent too): both are news for the alert.
    const paused = pauses.filter(p => !current.some(c => same([c], [p])));
    const done = { ...result, pauses, paused, resumed: plan.resume, leftAlone: calls.leftAlone };
    if (input.dryRun || same(current, pauses))
        return done;
    const loaded = await applyPauses(ports, input, { current, pauses, lifts, calls });
    // Merged with another run's pauses if one wrote in between.
    return { ...done, pauses: (0,usage_budgets/* readPauses */.QE)(loaded.state.pauses), loaded };
}
/**
 * Makes the pauses so that a failure part-way leaves nothing half-made: resumes first (a workflow leaves the record
 * only once it is enabled), then the record of the new pauses, then the disables — a refused disable enables again the
 * ones this run disabled and puts the record back, so no workflow is ever disabled without being recorded as ours.
 */
async function applyPauses(ports, input, plan) {
    const { current, pauses, calls } = plan;
    const write = (next, loaded) => (0,pause_state/* writePauses */.rI)(input.storage, input.stateName, loaded, { pauses: next, lifts: plan.lifts });
    const enabled = [];
    const resumedOnly = () => current.filter(p => !enabled.includes(p.workflow));
    try {
        for (const p of calls.enable) {
            await ports.enable(p.path);
            enabled.push(p.workflow);
        }
    }
    catch (error) {
        await write(resumedOnly(), input.loaded);
        throw pauseError(`${calls.enable[enabled.length]?.workflow} could not be enabled again`, error);
    }
    const loaded = await write(pauses, input.loaded);
    const disabled = [];
    try {
        for (const p of calls.disable) {
            await ports.disable(p.path);
            disabled.push(p);
        }
    }
    catch (error) {
        for (const p of disabled)
            await ports.enable(p.path);
        await write(resumedOnly(), loaded);
        const failed = calls.disable[disabled.length];
        throw pauseError(`a budget is spent, but ${failed?.workflow} could not be disabled (nothing was paused)`, error);
    }
    return loaded;
}
function pauseError(what, cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return new Error(`Budgets: ${what}: ${message}`, { cause });
}

;// CONCATENATED MODULE: ./src/use-cases/budgets/budget-run.ts










const NOT_READ = 'the run records could not be read in this run (see Observe runs)';
/**
 * A change of pauses in an apply run's alert issue: a comment on the issue the run's alert step left open saying
 * what changed, then the alert written again from the plan with the pauses after the check (opened, updated, or
 * closed when nothing is paused and the usage is SAFE).
 */
async function alertPauses(ports, settings, run, change) {
    if (change.changes.length === 0 || settings.dryRun)
        return undefined;
    const open = run.alert.operation === 'closed' ? undefined : run.alert.issue;
    if (open && change.issuesEnabled)
        await ports.comment(open.number, (0,pause_report/* changeComment */.EM)(change.changes)).catch((error) => {
            if (!(error instanceof errors/* PermissionError */.i_ || error instanceof errors/* NotFoundError */.m_))
                throw error;
        });
    const pull = run.pullRequest.operation === 'closed' ? undefined : run.pullRequest.pullRequest;
    return (0,alert_issue/* publishAlert */.O3)(ports, run.plan, {
        ...{ labels: settings.labels, dryRun: false, issuesEnabled: change.issuesEnabled },
        ...{ paused: change.paused, ...(pull ? { pullRequest: pull } : {}) }
    });
}
/** The apply run's check, from the plan's config and the runs it observed; no budgets and no pauses: no call. */
async function enforceBudgetsForRun(ports, settings, run, observed, now) {
    const { plan } = run;
    const where = await (0,apply_schedules/* resolveBase */.g)(ports, settings);
    const storage = settings.stateBranch ? ports.stateStorage(where.baseHead) : undefined;
    const idle = { budget: (0,usage_budgets/* holdingPauses */.jW)(run.paused.budget, now), failures: run.paused.failures };
    if ((!plan.config.budgets && run.paused.budget.length === 0) || !storage)
        return { ...noBudgets((0,state_store/* emptyLoadedState */.kz)()), pausedNow: idle };
    const loaded = await (0,state_store/* loadState */.C7)(storage, ports.stateName);
    const paths = plan.config.workflows.map(w => w.path);
    const read = observed && observed.saved !== 'not-read';
    const result = await enforceBudgets(ports, {
        ...{ config: plan.config, usage: plan.usage, now, dryRun: settings.dryRun },
        ...{ storage, stateName: ports.stateName, loaded },
        ...(read ? { observed: (0,record_runs/* recordedApiOf */.O)(observed.store, paths) } : { notObserved: NOT_READ })
    });
    const pausedNow = { ...idle, budget: (0,usage_budgets/* holdingPauses */.jW)(result.pauses, now) };
    const changes = (0,paused/* budgetChanges */.rV)(result.paused, result.resumed);
    const alert = await alertPauses(ports, settings, run, {
        ...{ paused: pausedNow, changes, issuesEnabled: where.issuesEnabled }
    });
    return { ...result, pausedNow, ...(alert ? { alert } : {}) };
}
/** A cap in dollars or minutes: read from the runs, which the tick then observes. */
const needsRuns = (budgets) => Object.values(budgets ?? {}).some(cap => cap.unit !== 'usage');
/** The tick observes the managed workflows' runs (incrementally, within max-api-calls) for a cap in dollars or minutes. */
async function observeForTick(ports, settings, inputs, now) {
    const storage = ports.runsStorage(inputs.baseHead);
    if (!storage)
        return undefined;
    const budget = {
        limit: settings.maxApiCalls,
        spent: () => ports.requestCount() - (ports.notModifiedCount?.() ?? 0),
        rateLimitRemaining: () => ports.rateLimitRemaining?.()
    };
    return (0,record_runs/* recordRuns */._)({ runs: ports, storage, name: ports.runsName }, {
        workflows: inputs.config.workflows.map(w => ({ id: w.id, path: w.path })),
        ...{ now, windowDays: settings.analyticsDays, budget, dryRun: settings.dryRun }
    });
}
/** A tick's check, before it claims, from the config, state and usage it read; no budgets and no pauses: no call. */
async function enforceBudgetsForTick(ports, settings, inputs, now, progress) {
    const { config, loaded } = inputs;
    if (!config.budgets && (0,usage_budgets/* readPauses */.QE)(loaded.state.pauses).length === 0)
        return noBudgets(loaded);
    return progress.phase('Check the budgets', async () => {
        const observed = needsRuns(config.budgets)
            ? await observeForTick(ports, settings, inputs, now)
            : undefined;
        if (observed)
            progress.info(`runs: ${(0,observe_report/* ingestionLine */.Te)(observed)}`);
        const paths = config.workflows.map(w => w.path);
        const read = observed && observed.saved !== 'not-read';
        return enforceBudgets(ports, {
            ...{ config, usage: inputs.usage, now, dryRun: settings.dryRun },
            ...{ storage: inputs.storage, stateName: ports.stateName, loaded },
            ...(read ? { observed: (0,record_runs/* recordedApiOf */.O)(observed.store, paths) } : { notObserved: NOT_READ })
        });
    });
}


/***/ }),

/***/ 8686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ withPauseRecord),
/* harmony export */   rI: () => (/* binding */ writePauses)
/* harmony export */ });
/* unused harmony export mergePauses */
/* harmony import */ var _core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4303);
/* harmony import */ var _core_state_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2818);
/* harmony import */ var _ports_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2055);
/* harmony import */ var _apply_schedules_git_blob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1893);
/* harmony import */ var _state_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4648);
/**
 * The budget pauses in the state (DESIGN §13): `pauses` (what the orchestrator paused, and whether it disabled the
 * workflow) and `pauseLifts` (pauses a person lifted with `operation: resume`). Written with the state's version; a
 * run that wrote in between is read again and the pauses set on its state.
 */





const ATTEMPTS = 4;
/** The state with these pauses and lifts (no `pauseLifts` key when there is none). */
function withPauseRecord(state, record) {
    const rest = { ...state };
    delete rest.pauseLifts;
    return {
        ...rest,
        pauses: record.pauses,
        ...(record.lifts.length > 0 ? { pauseLifts: record.lifts } : {})
    };
}
/**
 * This run's pauses on a state another run wrote since `base` was read: the other run's new pauses are kept (it
 * disabled those workflows: a run that saw them disabled took them for a person's), and a pause the other run lifted
 * stays lifted unless this run changed it.
 */
function mergePauses(ours, base, newer) {
    const key = (p) => JSON.stringify(p);
    const known = new Set(base.map(p => p.workflow));
    const liftedByThem = new Set(base.filter(b => !newer.some(n => n.workflow === b.workflow)).map(key));
    const kept = ours.filter(p => !liftedByThem.has(key(p)));
    const theirs = newer.filter(p => !known.has(p.workflow) && !kept.some(o => o.workflow === p.workflow));
    return [...kept, ...theirs];
}
/** Lifts of both runs, the later end kept for a workflow in both. */
function mergeLifts(ours, newer) {
    const byId = new Map();
    for (const l of [...newer, ...ours]) {
        const had = byId.get(l.workflow);
        if (!had || Date.parse(l.until) > Date.parse(had.until))
            byId.set(l.workflow, l);
    }
    return [...byId.values()];
}
/**
 * Writes the pauses into the state; nothing when they are already there. Another run's write in between is read
 * again and the pauses merged (`mergePauses`). The state after, with its version.
 */
async function writePauses(storage, name, first, ours) {
    let loaded = first;
    let record = ours;
    const base = (0,_core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_4__/* .readPauses */ .QE)(first.state.pauses);
    for (let attempt = 1;; attempt++) {
        const before = (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_0__/* .serializeState */ .sU)(loaded.state);
        const state = withPauseRecord(loaded.state, record);
        const text = (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_0__/* .serializeState */ .sU)(state);
        if (text === before)
            return loaded;
        const ids = record.pauses.map(p => p.workflow).join(', ') || 'none';
        try {
            await storage.write(text, loaded.version, `orchestrator: budget pauses ${ids}`);
            return { state, version: (0,_apply_schedules_git_blob_js__WEBPACK_IMPORTED_MODULE_2__/* .gitBlobSha */ .A)(text) };
        }
        catch (error) {
            if (!(error instanceof _ports_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StaleFileError */ .A4) || attempt >= ATTEMPTS)
                throw error;
            loaded = await (0,_state_store_js__WEBPACK_IMPORTED_MODULE_3__/* .loadState */ .C7)(storage, name);
            const newer = loaded.state;
            record = {
                pauses: mergePauses(ours.pauses, base, (0,_core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_4__/* .readPauses */ .QE)(newer.pauses)),
                lifts: mergeLifts(ours.lifts, (0,_core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_4__/* .readLifts */ .rj)(newer.pauseLifts, new Date(0)))
            };
        }
    }
}


/***/ }),

/***/ 6863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ recordRuns),
  O: () => (/* binding */ recordedApiOf)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/core/cron/occurrences.ts
var occurrences = __webpack_require__(6452);
// EXTERNAL MODULE: ./src/core/schedule/schedule.ts + 1 modules
var schedule = __webpack_require__(4331);
;// CONCATENATED MODULE: ./src/core/runs/mode-cost.ts
/**
 * What a schedule costs a month (DESIGN §10): the runs its crons start in 30 days, from their occurrences, times what
 * one run of the workflow uses — the observed mean billable minutes and dollars per run with jobs. The mean, not the
 * median: a month's bill is a sum, and runs × mean is that sum's expectation, long jobs included.
 */


function rounded(value, digits) {
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
}
/** The 30 days from `from` of several workflows' schedules together. */
function costOfSchedules(schedules, from) {
    let runs = 0;
    let minutes = 0;
    let dollars = 0;
    for (const { entries, perRun } of schedules) {
        const n = (0,occurrences/* runsPer30Days */.s8)(entries, from);
        runs += n;
        if (n === 0)
            continue;
        minutes = perRun === null || minutes === null ? null : minutes + n * perRun.billableMinutes;
        dollars = perRun === null || dollars === null ? null : dollars + n * perRun.cost;
    }
    return {
        runs,
        billableMinutes: minutes === null ? null : rounded(minutes, 2),
        cost: dollars === null ? null : rounded(dollars, 4)
    };
}
/** The cost of each mode: every managed workflow on that mode's crons for the 30 days from `from`. */
function costPerMode(workflows, from) {
    const costs = {};
    for (const mode of schedule/* MODES */.FN) {
        costs[mode] = costOfSchedules(workflows.map(w => ({ entries: w.schedules[mode], perRun: w.perRun })), from);
    }
    return costs;
}
/** Before → after of a plan: each workflow's current crons, then its planned ones, for the 30 days from `at`. */
function planCost(workflows, at) {
    return {
        before: costOfSchedules(workflows.map(w => ({ entries: w.from, perRun: w.perRun })), at),
        after: costOfSchedules(workflows.map(w => ({ entries: w.to, perRun: w.perRun })), at)
    };
}

// EXTERNAL MODULE: ./src/core/runs/run-figures.ts
var run_figures = __webpack_require__(213);
// EXTERNAL MODULE: ./src/core/runs/runner-pricing.ts
var runner_pricing = __webpack_require__(4727);
;// CONCATENATED MODULE: ./src/core/runs/statistics.ts
/** The two statistics the run analytics report (DESIGN §10): nearest-rank percentiles and Wilson's interval. */
/** The normal quantile of a two-sided 95% interval. */
const Z_95 = 1.959963984540054;
/**
 * The p-th percentile (0 < p ≤ 100) by the nearest-rank rule: the smallest value with at least p% of the values at
 * or below it, always one of the values. Undefined for no values.
 */
function nearestRank(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[Math.min(rank, sorted.length) - 1];
}
/**
 * `successes` out of `trials` with the 95% Wilson score interval, which stays inside 0–1 and says something even at
 * 0 or all successes; undefined when there were no trials.
 */
function wilsonInterval(successes, trials, z = Z_95) {
    if (trials <= 0)
        return undefined;
    const rate = successes / trials;
    const z2 = z * z;
    const denominator = 1 + z2 / trials;
    const centre = (rate + z2 / (2 * trials)) / denominator;
    const half = (z * Math.sqrt((rate * (1 - rate)) / trials + z2 / (4 * trials * trials))) / denominator;
    return { rate, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

;// CONCATENATED MODULE: ./src/core/runs/schedule-health.ts
/**
 * Did the schedule run when it should (DESIGN §10)? Every occurrence of the crons in force (from the schedule history)
 * is matched with the first `event: schedule` run created at or after it and before the next occurrence; the delay is
 * how late GitHub started it. An occurrence with no run within 60 minutes was dropped — GitHub drops scheduled runs
 * under load, most often at minute 0. An occurrence under 60 minutes before the window's end with no run yet is still
 * pending and is left out.
 */


/** GitHub starts a scheduled run late, or drops it; a run this late no longer counts as the occurrence's. */
const DROPPED_AFTER_MS = 60 * 60_000;
/** Occurrence instants (ms, ascending) of the spans in force within [from, until). */
function schedule_health_occurrences(spans, from, until) {
    const instants = spans.flatMap((span, i) => {
        const start = Math.max(span.since, from);
        const end = Math.min(spans[i + 1]?.since ?? Infinity, until);
        if (!(end > start))
            return [];
        return (0,occurrences/* occurrencesBetween */.xl)(span.entries, new Date(start), new Date(end)).map(d => d.getTime());
    });
    return instants.sort((a, b) => a - b);
}
/** Index of the first time at or after `instant`. */
function lowerBound(times, instant) {
    let low = 0;
    let high = times.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if ((times[middle] ?? Infinity) < instant)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/**
 * Matches the `count` occurrences at instant `at` (entries that coincide each start a run) with the runs created in
 * [at, end), in order.
 */
function matchGroup(runs, at, count, end, to, tally) {
    const first = lowerBound(runs, at);
    const matched = Math.min(count, lowerBound(runs, end) - first);
    for (let i = 0; i < matched; i++)
        tally.delays.push(((runs[first + i] ?? at) - at) / 1000);
    const pending = at + DROPPED_AFTER_MS > to;
    const dropped = pending ? 0 : count - matched;
    tally.expected += matched + dropped;
    tally.dropped += dropped;
}
/** The schedule's health over the window, from its spans and the workflow's runs (any events; schedule ones count). */
function scheduleHealth(spans, runs, window) {
    const to = window.to.getTime();
    const times = schedule_health_occurrences(spans, window.from.getTime(), to + DROPPED_AFTER_MS);
    const created = runs
        .filter(run => run.event === 'schedule')
        .map(run => Date.parse(run.createdAt))
        .sort((a, b) => a - b);
    const tally = { expected: 0, dropped: 0, delays: [] };
    for (let i = 0; i < times.length && times[i] < to;) {
        const at = times[i];
        let next = i;
        while (times[next] === at)
            next += 1;
        const end = Math.min(times[next] ?? Infinity, at + DROPPED_AFTER_MS);
        matchGroup(created, at, next - i, end, to, tally);
        i = next;
    }
    return {
        expected: tally.expected,
        started: tally.expected - tally.dropped,
        dropped: tally.dropped,
        lateP50: nearestRank(tally.delays, 50) ?? null,
        lateP90: nearestRank(tally.delays, 90) ?? null
    };
}

;// CONCATENATED MODULE: ./src/core/runs/analytics.ts





const DAY_MS = 86_400_000;
/** The window: `days` days ending at `now`, or at the newest run's creation. */
function analyticsWindow(runs, now, days = 30) {
    const newest = runs.reduce((max, run) => Math.max(max, Date.parse(run.createdAt)), -Infinity);
    const to = now ?? new Date(Number.isFinite(newest) ? newest : 0);
    return { from: new Date(to.getTime() - days * DAY_MS), to };
}
function within(window) {
    const [from, to] = [window.from.getTime(), window.to.getTime()];
    return run => {
        const t = Date.parse(run.createdAt);
        return t >= from && t <= to;
    };
}
function byEvent(runs) {
    const counts = {};
    for (const run of runs)
        counts[run.event] = (counts[run.event] ?? 0) + 1;
    return counts;
}
/** Successes over the completed runs that were not skipped or neutral; cancelled and timed out count as failures. */
function successOf(runs) {
    const judged = runs.filter(run => (0,run_figures/* isCompleted */.Yw)(run) && run.conclusion !== 'skipped' && run.conclusion !== 'neutral');
    const share = wilsonInterval(judged.filter(run => run.conclusion === 'success').length, judged.length);
    return {
        successRate: share?.rate ?? null,
        successRateLow: share?.low ?? null,
        successRateHigh: share?.high ?? null
    };
}
function percentiles(values) {
    const known = values.filter((v) => v !== undefined);
    return [nearestRank(known, 50) ?? null, nearestRank(known, 90) ?? null];
}
/** Minutes and dollars of the runs with jobs; null when runs exist and none has jobs. */
function chargesOf(facts) {
    const priced = facts.filter(f => f.hasJobs);
    const minutes = priced.reduce((sum, f) => sum + (f.billableMinutes ?? 0), 0);
    const micro = priced.reduce((sum, f) => sum + (f.microDollars ?? 0), 0);
    const unknown = facts.length > 0 && priced.length === 0;
    const perRun = priced.length === 0
        ? null
        : { billableMinutes: minutes / priced.length, cost: micro / priced.length / 1e6 };
    return {
        runsWithoutJobs: facts.length - priced.length,
        billableMinutes: unknown ? null : minutes,
        cost: unknown ? null : micro / 1e6,
        perRun
    };
}
function figuresOf(subject, facts, window) {
    const { info, runs } = subject;
    const [queueP50, queueP90] = percentiles(facts.map(f => f.queue));
    const [durationP50, durationP90] = percentiles(facts.map(f => f.duration));
    const inWindow = facts.map(f => f.run);
    return {
        id: subject.id,
        path: info.path,
        name: info.name,
        disabledForInactivity: info.state === 'disabled_inactivity',
        runs: inWindow.length,
        byEvent: byEvent(inWindow),
        ...successOf(inWindow),
        queueP50,
        queueP90,
        durationP50,
        durationP90,
        ...chargesOf(facts),
        schedule: subject.spans ? scheduleHealth(subject.spans, runs, window) : null,
        unknownLabels: [...new Set(facts.flatMap(f => f.unknownLabels))].sort()
    };
}
/** The workflows to report: every one recorded or seen in runs, and every managed one even without runs. */
function subjectsOf(input) {
    const infos = new Map(input.api.workflows.map(w => [w.id, w]));
    for (const run of input.api.runs) {
        if (!infos.has(run.workflowId)) {
            const path = `workflow ${run.workflowId}`;
            infos.set(run.workflowId, { id: run.workflowId, path, name: path, state: 'unknown' });
        }
    }
    const list = [...infos.values()];
    for (const w of input.managed ?? []) {
        if (!list.some(info => info.path === w.path))
            list.push({ id: -1, path: w.path, name: w.id, state: 'unknown' });
    }
    return list
        .map(info => ({
        info,
        id: input.managed?.find(w => w.path === info.path)?.id ?? info.path,
        runs: input.api.runs.filter(run => run.workflowId === info.id),
        spans: input.schedules?.get(info.path)
    }))
        .sort((a, b) => a.info.path.localeCompare(b.info.path) || a.info.id - b.info.id);
}
function totalsOf(workflows) {
    const sum = (pick) => {
        const known = workflows.filter(w => pick(w) !== null);
        if (known.length === 0 && workflows.some(w => w.runs > 0))
            return null;
        return known.reduce((total, w) => total + (pick(w) ?? 0), 0);
    };
    const micro = sum(w => (w.cost === null ? null : Math.round(w.cost * 1e6)));
    return {
        runs: workflows.reduce((total, w) => total + w.runs, 0),
        billableMinutes: sum(w => w.billableMinutes),
        cost: micro === null ? null : micro / 1e6
    };
}
/** Every figure of DESIGN §10 for the recorded runs and jobs, over the window. */
function analyzeRuns(input) {
    const window = analyticsWindow(input.api.runs, input.now, input.days);
    const prices = { ...runner_pricing/* DEFAULT_PRICES */.f7, ...input.prices };
    const jobs = (0,run_figures/* jobsByRun */.lG)(input.api.jobs);
    const inWindow = within(window);
    const workflows = subjectsOf(input).map(subject => {
        const runs = subject.runs.filter(inWindow);
        const facts = runs.map(run => (0,run_figures/* runFacts */.pI)(run, jobs.get(run.id) ?? [], prices));
        return figuresOf(subject, facts, window);
    });
    const managed = input.managed;
    const perRun = (path) => workflows.find(w => w.path === path)?.perRun ?? null;
    const modes = managed
        ? costPerMode(managed.map(w => ({ schedules: w.schedules, perRun: perRun(w.path) })), window.to)
        : null;
    return { window, workflows, totals: totalsOf(workflows), costPerMode: modes };
}

// EXTERNAL MODULE: ./src/core/runs/call-budget.ts
var call_budget = __webpack_require__(246);
;// CONCATENATED MODULE: ./src/core/runs/run-store.ts
const DEFAULT_RUN_LIMITS = { days: 90, runs: 500 };
const run_store_DAY_MS = 86_400_000;
/** A run still going after this long no longer holds the next query back (GitHub cancels queued runs after 24 h). */
const STILL_RUNNING_MS = 3 * run_store_DAY_MS;
/** The query for new runs is asked again (for its ETag) while it matches fewer runs than this. */
const QUERY_KEPT_RUNS = 50;
const ms = (time) => Date.parse(time);
/** An instant as GitHub writes times: whole seconds, UTC. */
function isoSeconds(at) {
    return new Date(Math.floor(at / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** A store with nothing in it. */
function emptyRunStore() {
    return { workflows: [] };
}
/** The records of one workflow; empty ones when the store has none. */
function recordsOf(store, path) {
    return store.workflows.find(w => w.path === path) ?? { path, listed: [], runs: [] };
}
/** The store with one workflow's records replaced (or added). */
function withRecords(store, records) {
    const others = store.workflows.filter(w => w.path !== records.path);
    return { workflows: [...others, records].sort((a, b) => a.path.localeCompare(b.path)) };
}
function newestFirst(a, b) {
    return ms(b.run.createdAt) - ms(a.run.createdAt) || b.run.id - a.run.id;
}
/** Whether a run has finished: only then are its jobs final. */
function isFinished(run) {
    return run.status === 'completed' || (run.status === null && run.conclusion !== null);
}
/**
 * Which of two copies of a run to keep: the later attempt (a re-run replaces the earlier attempt), else the one
 * updated last, else `b`. Jobs stay with the attempt they belong to; a copy without jobs takes the other's jobs of
 * the same attempt when that one is finished.
 */
function laterCopy(a, b) {
    if (!a)
        return b;
    if (a.run.attempt !== b.run.attempt)
        return b.run.attempt > a.run.attempt ? b : a;
    const kept = ms(a.run.updatedAt) > ms(b.run.updatedAt) ? a : b;
    const other = kept === a ? b : a;
    if (kept.jobs === null && other.jobs !== null && isFinished(other.run))
        return { run: kept.run, jobs: other.jobs };
    return kept;
}
/** Runs merged into a workflow's records; `added` counts the ones it did not hold before. */
function mergeRuns(records, incoming) {
    const byId = new Map(records.runs.map(r => [r.run.id, r]));
    let added = 0;
    for (const copy of incoming) {
        const held = byId.get(copy.run.id);
        if (!held)
            added += 1;
        byId.set(copy.run.id, laterCopy(held, copy));
    }
    const workflowId = records.workflowId ?? incoming[0]?.run.workflowId;
    const runs = [...byId.values()].sort(newestFirst);
    return {
        records: { ...records, ...(workflowId === undefined ? {} : { workflowId }), runs },
        added
    };
}
/** The jobs of a run's latest attempt recorded; a run the records do not hold is left alone. */
function withJobs(records, runId, jobs) {
    const runs = records.runs.map(r => (r.run.id === runId ? { run: r.run, jobs: [...jobs] } : r));
    return { ...records, runs };
}
/** A run GitHub no longer has (its jobs answer 404) taken out of the records. */
function withoutRun(records, runId) {
    return { ...records, runs: records.runs.filter(r => r.run.id !== runId) };
}
/** Spans joined: overlapping or touching spans become one; oldest first. */
function joinSpans(spans) {
    const sorted = [...spans].sort((a, b) => ms(a.from) - ms(b.from));
    const joined = [];
    for (const span of sorted) {
        const last = joined.at(-1);
        if (last && ms(span.from) <= ms(last.to)) {
            if (ms(span.to) > ms(last.to))
                joined[joined.length - 1] = { from: last.from, to: span.to };
        }
        else
            joined.push({ ...span });
    }
    return joined;
}
/** The records with one more span listed. */
function withListed(records, span) {
    return { ...records, listed: joinSpans([...records.listed, span]) };
}
/**
 * What a page of a window's runs (newest first) shows listed: the whole window once its last page is read, else from
 * the oldest run on the page to the window's end. Runs created in the same second as that oldest one may sit on the
 * next page; the next query starts at that second again, so none is missed.
 */
function listedByPage(window, runs, last) {
    if (last)
        return window;
    const oldest = runs.reduce((min, r) => Math.min(min, ms(r.createdAt)), Infinity);
    return Number.isFinite(oldest) ? { from: isoSeconds(oldest), to: window.to } : undefined;
}
/**
 * Where the next query for new runs starts. While it matches fewer than 50 runs the query of the last run is asked
 * again, so that on a day with nothing new its ETag still holds and GitHub answers 304 at no cost; then it moves up
 * to the newest run listed (a run GitHub shows a little late is still found). Either way it is held back to the
 * oldest run still going (not older than three days), whose end is still to be read. Undefined when nothing was
 * listed yet.
 */
function newRunsFrom(records, now) {
    const latest = records.listed.at(-1);
    if (!latest)
        return undefined;
    const inLatest = records.runs.filter(r => ms(r.run.createdAt) >= ms(latest.from) && ms(r.run.createdAt) <= ms(latest.to));
    const going = inLatest
        .filter(r => !isFinished(r.run) && now.getTime() - ms(r.run.createdAt) < STILL_RUNNING_MS)
        .reduce((min, r) => Math.min(min, ms(r.run.createdAt)), Infinity);
    const kept = records.etag?.from;
    const keep = kept !== undefined &&
        ms(kept) >= ms(latest.from) &&
        ms(kept) <= going &&
        inLatest.filter(r => ms(r.run.createdAt) >= ms(kept)).length < QUERY_KEPT_RUNS;
    if (keep)
        return kept;
    const newest = inLatest[0]?.run.createdAt ?? latest.from;
    return ms(newest) <= going ? newest : isoSeconds(going);
}
/**
 * The windows still to list for analytics over the `days` before `now`, newest first: the new runs, then the holes a
 * stopped run left, then the older runs of the window not listed yet.
 */
function windowsToList(records, now, days) {
    const to = isoSeconds(now.getTime());
    const horizon = now.getTime() - days * run_store_DAY_MS;
    const spans = records.listed;
    const first = spans[0];
    if (!first)
        return [{ from: isoSeconds(horizon), to, fresh: true }];
    const windows = [{ from: newRunsFrom(records, now) ?? first.from, to, fresh: true }];
    for (let i = spans.length - 2; i >= 0; i--) {
        const [older, newer] = [spans[i], spans[i + 1]];
        if (ms(newer.from) <= horizon)
            break;
        windows.push({
            from: isoSeconds(Math.max(ms(older.to), horizon)),
            to: newer.from,
            fresh: false
        });
    }
    if (ms(first.from) > horizon)
        windows.push({ from: isoSeconds(horizon), to: first.from, fresh: false });
    return windows;
}
/** Finished runs whose jobs were not read yet, newest first. */
function runsAwaitingJobs(records) {
    return records.runs.filter(r => r.jobs === null && isFinished(r.run)).map(r => r.run);
}
/** One workflow's records cut to the limits: older runs and spans dropped, the newest `runs` runs kept. */
function boundRecords(records, now, limits) {
    const cutoff = now.getTime() - limits.days * run_store_DAY_MS;
    const runs = records.runs.filter(r => ms(r.run.createdAt) >= cutoff).slice(0, limits.runs);
    const listed = records.listed
        .filter(s => ms(s.to) >= cutoff)
        .map(s => (ms(s.from) >= cutoff ? s : { from: isoSeconds(cutoff), to: s.to }));
    return { ...records, listed, runs };
}
/** The store cut to the limits; workflows left with nothing are dropped. */
function boundStore(store, now, limits) {
    return {
        workflows: store.workflows
            .map(w => boundRecords(w, now, limits))
            .filter(w => w.runs.length > 0 || w.listed.length > 0)
    };
}
/**
 * Two stores in one, for two runs that wrote at once: every run of either (the later copy of each), every span either
 * listed, and our ETag. Both are true records of GitHub, so nothing either read is lost.
 */
function mergeStores(theirs, ours) {
    const paths = [...new Set([...theirs.workflows, ...ours.workflows].map(w => w.path))];
    return {
        workflows: paths.sort().map(path => {
            const [a, b] = [recordsOf(theirs, path), recordsOf(ours, path)];
            const merged = mergeRuns(a, b.runs).records;
            const etag = b.etag ?? a.etag;
            return { ...merged, listed: joinSpans([...a.listed, ...b.listed]), ...(etag ? { etag } : {}) };
        })
    };
}

// EXTERNAL MODULE: ./src/ports/errors.ts
var ports_errors = __webpack_require__(2055);
;// CONCATENATED MODULE: ./src/use-cases/observe-runs/budgeted-runs.ts
/**
 * The runs port with the run's call budget in front (DESIGN §10): a call that would pass `max-api-calls` (less what
 * saving needs afterwards), or that GitHub's spent rate limit would hold up, is refused before it is made.
 */


/** Ingestion stops here: the budget is spent or the rate limit is; what was read is kept. */
class CallsStopped extends Error {
    reason;
    constructor(reason, options) {
        super(reason === 'call-budget' ? 'the call budget is spent' : 'the rate limit is spent', options);
        this.reason = reason;
        this.name = 'CallsStopped';
    }
}
/** The port with each call checked against the budget first; a rate-limit refusal becomes CallsStopped too. */
function budgeted(runs, budget, reserve) {
    const call = async (work) => {
        const stop = (0,call_budget/* refusal */.x5)(budget, reserve);
        if (stop)
            throw new CallsStopped(stop);
        try {
            return await work();
        }
        catch (error) {
            if (error instanceof ports_errors/* RateLimitError */.OE)
                throw new CallsStopped('rate-limit', { cause: error });
            throw error;
        }
    };
    return {
        listWorkflows: () => call(() => runs.listWorkflows()),
        listRuns: (workflow, query) => call(() => runs.listRuns(workflow, query)),
        listJobs: (runId, etag) => call(() => runs.listJobs(runId, etag))
    };
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/ingestion.ts

/** The store as an ingestion changes it, with its counts. */
class Ingestion {
    store;
    newRuns = 0;
    jobsRead = 0;
    notModified = 0;
    missing = [];
    position;
    jobsUpTo;
    constructor(store) {
        this.store = store;
    }
    records(path) {
        return recordsOf(this.store, path);
    }
    /** Runs a page listed, and the span of creation times it shows listed (none when it shows no whole span). */
    addRuns(path, runs, listed) {
        const merged = mergeRuns(this.records(path), runs.map(run => ({ run, jobs: null })));
        this.newRuns += merged.added;
        this.store = withRecords(this.store, listed ? withListed(merged.records, listed) : merged.records);
        if (listed)
            this.position = { step: 'runs', workflow: path, upTo: listed.from };
    }
    keepEtag(path, from, value) {
        this.store = withRecords(this.store, { ...this.records(path), etag: { from, value } });
    }
    addJobs(path, run, jobs) {
        this.store = withRecords(this.store, withJobs(this.records(path), run.id, jobs));
        this.jobsRead += 1;
        this.jobsUpTo = run.createdAt;
    }
    dropRun(path, runId) {
        this.store = withRecords(this.store, withoutRun(this.records(path), runId));
    }
    /** Marks where the next call goes: a window of runs (listed back to its end so far), or a run's jobs. */
    at(step, workflow, windowEnd) {
        const upTo = step === 'runs' ? windowEnd : this.jobsUpTo;
        this.position = { step, workflow, ...(upTo === undefined ? {} : { upTo }) };
    }
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/list-runs.ts
/**
 * Lists one window of a workflow's runs (DESIGN §10): 100 a page, newest first; a window matching more than GitHub's
 * 1,000-result cap is split in halves, the newer half first. The query for new runs is asked with the ETag of its
 * last answer, so an unchanged answer (304) costs no rate limit.
 */

/** GitHub returns at most this many results of one run query. */
const RESULTS_CAP = 1000;
function halves(window) {
    const [from, to] = [Date.parse(window.from), Date.parse(window.to)];
    const middle = isoSeconds((from + to) / 2);
    return [
        { from: middle, to: window.to, fresh: false },
        { from: window.from, to: middle, fresh: false }
    ];
}
/** A window of two seconds or more can be halved (GitHub's `created` takes whole seconds). */
function splittable(window) {
    return Date.parse(window.to) - Date.parse(window.from) >= 2000;
}
/** Lists the window's runs into the ingestion, page by page; a stop leaves every page read so far recorded. */
async function listWindow(runs, ingestion, path, window) {
    const held = ingestion.records(path).etag;
    const etag = window.fresh && held?.from === window.from ? held.value : undefined;
    ingestion.at('runs', path, window.to);
    for (let page = 1;; page++) {
        const query = {
            from: window.from,
            to: window.to,
            page,
            ...(page === 1 && etag ? { etag } : {})
        };
        const listed = await runs.listRuns(path, query);
        if (listed.notModified)
            ingestion.notModified += 1;
        else if (page === 1 && window.fresh && listed.etag)
            ingestion.keepEtag(path, window.from, listed.etag);
        if (page === 1 && (listed.total ?? 0) > RESULTS_CAP && splittable(window)) {
            ingestion.addRuns(path, listed.items);
            for (const half of halves(window))
                await listWindow(runs, ingestion, path, half);
            return;
        }
        // 304: the page is as it was when its runs were recorded; the next query for new runs covers this window again,
        // so nothing is marked (and the records, unchanged, are not written).
        const listedSpan = listed.notModified
            ? undefined
            : listedByPage(window, listed.items, !listed.more);
        ingestion.addRuns(path, listed.items, listedSpan);
        if (!listed.more)
            return;
    }
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/read-jobs.ts
/**
 * Reads the jobs of the finished runs whose jobs are not recorded yet (DESIGN §10), newest first, one call a run
 * (`filter=latest`): a run's jobs are read once, after it finished; a run still going waits for the next run.
 */


/** The finished runs created since `since` without jobs, across the workflows, newest first. */
function awaitingJobs(ingestion, paths, since) {
    return paths
        .flatMap(path => runsAwaitingJobs(ingestion.records(path)).map(run => ({ path, run })))
        .filter(({ run }) => Date.parse(run.createdAt) >= since)
        .sort((a, b) => Date.parse(b.run.createdAt) - Date.parse(a.run.createdAt));
}
/** Reads the jobs of every run awaiting them; a run GitHub no longer has (404) is dropped from the records. */
async function readJobs(runs, ingestion, paths, since) {
    for (const { path, run } of awaitingJobs(ingestion, paths, since)) {
        ingestion.at('jobs', path);
        try {
            const listed = await runs.listJobs(run.id);
            ingestion.addJobs(path, run, listed.items);
        }
        catch (error) {
            if (!(error instanceof ports_errors/* NotFoundError */.m_))
                throw error;
            ingestion.dropRun(path, run.id);
        }
    }
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/observe-runs.ts






const observe_runs_DAY_MS = 86_400_000;
/** Calls kept back for saving the records after ingesting (a write, and the state branch made if missing). */
const SAVE_RESERVE = 2;
/** The records kept for an analytics window: 90 days, or the window when it is longer; 500 runs a workflow. */
function runLimits(windowDays) {
    return { ...DEFAULT_RUN_LIMITS, days: Math.max(DEFAULT_RUN_LIMITS.days, windowDays) };
}
/** Runs `work`; a stop (budget, rate limit, a refusal) is returned with where it happened, anything else thrown. */
async function stopping(ingestion, work) {
    try {
        await work();
        return undefined;
    }
    catch (error) {
        const at = ingestion.position ?? {};
        if (error instanceof CallsStopped)
            return { reason: error.reason, ...at };
        if (error instanceof ports_errors/* PortError */.U7)
            return { reason: 'error', message: error.message, ...at };
        throw error;
    }
}
/** Every workflow's new runs first, then the older windows; a workflow GitHub does not know is skipped. */
async function listAll(runs, ingestion, input) {
    const planned = input.workflows.map(w => windowsToList(ingestion.records(w.path), input.now, input.windowDays).map(window => ({
        path: w.path,
        window
    })));
    const order = [...planned.map(p => p.slice(0, 1)), ...planned.map(p => p.slice(1))].flat();
    for (const { path, window } of order) {
        if (ingestion.missing.includes(path))
            continue;
        try {
            await listWindow(runs, ingestion, path, window);
        }
        catch (error) {
            if (!(error instanceof ports_errors/* NotFoundError */.m_))
                throw error;
            ingestion.missing.push(path);
        }
    }
}
/** Ingests what is new within the budget; returns the grown store (bounded) and what was done. */
async function observeRuns(runs, input) {
    const port = budgeted(runs, input.budget, input.reserve ?? SAVE_RESERVE);
    const ingestion = new Ingestion(input.stored);
    const paths = input.workflows.map(w => w.path);
    const since = input.now.getTime() - input.windowDays * observe_runs_DAY_MS;
    const start = input.budget.spent();
    let stopped = await stopping(ingestion, () => listAll(port, ingestion, input));
    const listed = input.budget.spent();
    // Bounded before the jobs are read: no call for the jobs of a run the records will not keep.
    ingestion.store = boundStore(ingestion.store, input.now, runLimits(input.windowDays));
    stopped ??= await stopping(ingestion, () => readJobs(port, ingestion, paths, since));
    const store = ingestion.store;
    const report = {
        workflows: input.workflows.length,
        newRuns: ingestion.newRuns,
        jobsRead: ingestion.jobsRead,
        notModified: ingestion.notModified,
        calls: { runs: listed - start, jobs: input.budget.spent() - listed },
        missing: ingestion.missing,
        awaitingJobs: awaitingJobs(ingestion, paths, since).length,
        ...(stopped ? { stopped } : {})
    };
    return { store, report };
}

;// CONCATENATED MODULE: ./src/core/runs/run-store-json.ts
/**
 * The run records' file on the state branch (`orchestrator/runs.json`), compact so that hundreds of runs a workflow
 * stay far below the 1 MB the Contents API serves: a run is one row of values (the `columns` say which), its times
 * after its creation in seconds, its jobs' names and runner labels numbered once per workflow. One run a line.
 *
 * ```json
 * {"version": 1,
 *  "columns": {"run": ["id", "attempt", …, "jobs"], "job": ["id", "attempt", "name", …]},
 *  "workflows": [{"path": ".github/workflows/nightly.yml", "id": 50517269,
 *    "listed": [["2024-01-23T16:00:00Z", "2024-02-22T16:00:00Z"]], "etag": {"from": "…", "value": "W/\"…\""},
 *    "names": ["build"], "labels": [["ubuntu-latest"]],
 *    "runs": [[8000161341, 2, "schedule", "main", "completed", "success", "2024-02-22T06:03:40Z", 3600, 4200,
 *              [[21950893011, 2, 0, 0, 3610, 4190, "success"]]]]}]}
 * ```
 */


const RUN_COLUMNS = [
    'id',
    'attempt',
    'event',
    'branch',
    'status',
    'conclusion',
    'created',
    'startedAfter',
    'updatedAfter',
    'jobs'
];
const JOB_COLUMNS = [
    'id',
    'attempt',
    'name',
    'labels',
    'startedAfter',
    'completedAfter',
    'conclusion'
];
/** Below the 1 MB (1,048,576 bytes) the Contents API returns a file's content for; multi-byte text left room. */
const MAX_CHARS = 800_000;
const HEADING = 'Unreadable run records';
/** The file was written by a newer version of the action: it is left as it is. */
class NewerRunStoreError extends errors/* ValidationError */.yI {
}
/** Seconds from `from` to `time`; null stays null. */
function after(from, time) {
    return time === null ? null : Math.round((Date.parse(time) - Date.parse(from)) / 1000);
}
function at(from, seconds) {
    return seconds === null ? null : isoSeconds(Date.parse(from) + seconds * 1000);
}
/** Numbers each distinct value once, in order of first use. */
function numbering(key) {
    const index = new Map();
    const values = [];
    return {
        of(value) {
            const k = key(value);
            if (!index.has(k))
                index.set(k, values.push(value) - 1);
            return index.get(k);
        },
        values
    };
}
function workflowJson(w) {
    const names = numbering(n => n);
    const labels = numbering(l => JSON.stringify(l));
    const jobRow = (created, j) => [
        j.id,
        j.attempt,
        names.of(j.name),
        labels.of(j.labels),
        after(created, j.startedAt),
        after(created, j.completedAt),
        j.conclusion
    ];
    const runs = w.runs.map(({ run, jobs }) => [
        ...[run.id, run.attempt, run.event, run.branch, run.status, run.conclusion, run.createdAt],
        after(run.createdAt, run.startedAt),
        after(run.createdAt, run.updatedAt),
        jobs && jobs.map(j => jobRow(run.createdAt, j))
    ]);
    return {
        path: w.path,
        ...(w.workflowId === undefined ? {} : { id: w.workflowId }),
        listed: w.listed.map(s => [s.from, s.to]),
        ...(w.etag ? { etag: w.etag } : {}),
        names: names.values,
        labels: labels.values,
        runs
    };
}
/** The file's text: readable keys, one run a line. */
function serializeRunStore(store) {
    const workflows = store.workflows.map(w => {
        const { runs, ...rest } = workflowJson(w);
        const head = JSON.stringify(rest).slice(0, -1);
        const rows = runs.map(r => `    ${JSON.stringify(r)}`).join(',\n');
        return `  ${head},"runs":[${rows ? `\n${rows}\n  ` : ''}]}`;
    });
    const columns = JSON.stringify({ run: RUN_COLUMNS, job: JOB_COLUMNS });
    return `{"version":1,"columns":${columns},"workflows":[\n${workflows.join(',\n')}\n]}\n`;
}
/**
 * The text of a store within `limits` and `maxChars`: when the bounded store is still too long, fewer runs a workflow
 * are kept (the oldest go first) until it fits.
 */
function fitRunStore(store, now, limits = DEFAULT_RUN_LIMITS, maxChars = MAX_CHARS) {
    let runs = limits.runs;
    for (;;) {
        const bounded = boundStore(store, now, { ...limits, runs });
        const text = serializeRunStore(bounded);
        if (text.length <= maxChars || runs === 0)
            return { store: bounded, text };
        const most = Math.max(0, ...bounded.workflows.map(w => w.runs.length));
        runs = Math.max(0, Math.min(most - 1, Math.floor((most * maxChars) / text.length / 1.05)));
    }
}
/** Typed reads of one row or object; a wrong value is a problem naming where it sits. */
function reader(where) {
    const wrong = (what, wanted, got) => new errors/* ValidationError */.yI([`${where}: ${what} should be ${wanted}, got ${JSON.stringify(got)?.slice(0, 60)}`], HEADING);
    const number = (value, what) => {
        if (typeof value !== 'number' || !Number.isFinite(value))
            throw wrong(what, 'a number', value);
        return value;
    };
    const text = (value, what) => {
        if (typeof value !== 'string')
            throw wrong(what, 'a string', value);
        return value;
    };
    const time = (value, what) => {
        if (Number.isNaN(Date.parse(text(value, what))))
            throw wrong(what, 'an ISO 8601 time', value);
        return value;
    };
    return {
        wrong,
        number,
        text,
        time,
        maybeNumber: (value, what) => (value === null ? null : number(value, what)),
        maybeText: (value, what) => (value === null ? null : text(value, what)),
        list: (value, what) => {
            if (!Array.isArray(value))
                throw wrong(what, 'a list', value);
            return value;
        }
    };
}
function readJob(row, run, table, where) {
    const r = reader(where);
    const [id, attempt, name, labels, started, completed, conclusion] = r.list(row, 'the job');
    const nameOf = table.names[r.number(name, 'name')];
    const labelsOf = table.labels[r.number(labels, 'labels')];
    if (nameOf === undefined)
        throw r.wrong('name', 'an index into names', name);
    if (labelsOf === undefined)
        throw r.wrong('labels', 'an index into labels', labels);
    return {
        id: r.number(id, 'id'),
        runId: run.id,
        attempt: r.number(attempt, 'attempt'),
        name: nameOf,
        labels: [...labelsOf],
        startedAt: at(run.createdAt, r.maybeNumber(started, 'startedAfter')),
        completedAt: at(run.createdAt, r.maybeNumber(completed, 'completedAfter')),
        conclusion: r.maybeText(conclusion, 'conclusion')
    };
}
function readRun(row, workflowId, table, where) {
    const r = reader(where);
    const values = r.list(row, 'the run');
    const [id, attempt, event, branch, status, conclusion, created, started, updated, jobs] = values;
    const createdAt = r.time(created, 'created');
    const run = {
        id: r.number(id, 'id'),
        workflowId,
        attempt: r.number(attempt, 'attempt'),
        event: r.text(event, 'event'),
        branch: r.maybeText(branch, 'branch'),
        status: r.maybeText(status, 'status'),
        conclusion: r.maybeText(conclusion, 'conclusion'),
        createdAt,
        startedAt: at(createdAt, r.maybeNumber(started, 'startedAfter')),
        updatedAt: at(createdAt, r.number(updated, 'updatedAfter'))
    };
    const jobRows = jobs === null || jobs === undefined ? null : r.list(jobs, 'jobs');
    return {
        run,
        jobs: jobRows && jobRows.map((j, i) => readJob(j, run, table, `${where} jobs[${i}]`))
    };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function readWorkflow(raw, where) {
    const r = reader(where);
    if (!isRecord(raw))
        throw r.wrong('the workflow', 'an object', raw);
    const path = r.text(raw.path, 'path');
    const workflowId = raw.id === undefined ? undefined : r.number(raw.id, 'id');
    const names = r.list(raw.names ?? [], 'names').map((n, i) => r.text(n, `names[${i}]`));
    const labels = r
        .list(raw.labels ?? [], 'labels')
        .map((l, i) => r.list(l, `labels[${i}]`).map(v => r.text(v, `labels[${i}]`)));
    const listed = r.list(raw.listed ?? [], 'listed').map((s, i) => {
        const [from, to] = r.list(s, `listed[${i}]`);
        return { from: r.time(from, `listed[${i}] from`), to: r.time(to, `listed[${i}] to`) };
    });
    const etag = isRecord(raw.etag)
        ? { from: r.time(raw.etag.from, 'etag.from'), value: r.text(raw.etag.value, 'etag.value') }
        : undefined;
    const runs = r
        .list(raw.runs ?? [], 'runs')
        .map((row, i) => readRun(row, workflowId ?? 0, { names, labels }, `${where} runs[${i}]`));
    return {
        path,
        ...(workflowId === undefined ? {} : { workflowId }),
        listed: joinSpans(listed),
        ...(etag ? { etag } : {}),
        runs
    };
}
/** Reads the file; `name` says where it lives, for messages. A newer version than this one reads is an error. */
function parseRunStore(text, name) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ValidationError */.yI([`${name} is not JSON: ${error.message}`], HEADING);
    }
    if (!isRecord(raw) || !Array.isArray(raw.workflows))
        throw new errors/* ValidationError */.yI([`${name} should be an object with a workflows list`], HEADING);
    if (typeof raw.version === 'number' && raw.version > 1)
        throw new NewerRunStoreError([
            `${name} has version ${raw.version}; this version of the action reads version 1 — update the action`
        ], HEADING);
    if (raw.version !== 1)
        throw new errors/* ValidationError */.yI([`${name} should have version 1, got ${JSON.stringify(raw.version)}`], HEADING);
    return {
        workflows: raw.workflows.map((w, i) => readWorkflow(w, `${name} workflows[${i}]`))
    };
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/run-records-file.ts
/**
 * The run records' file on the state branch (`orchestrator/runs.json`), beside the state: read once, written once
 * when it changed. When another run wrote in between, the newer file is read, both runs' records are merged and the
 * write is tried again, so nothing either read is lost.
 */




const STALE_RETRIES = 3;
/** Reads the records; nothing stored is an empty store, an unreadable file one to start over from. */
async function loadRuns(storage, name) {
    const stored = await storage.read();
    if (!stored)
        return { store: emptyRunStore(), version: undefined };
    try {
        return { store: parseRunStore(stored.text, name), version: stored.version, text: stored.text };
    }
    catch (error) {
        if (!(error instanceof errors/* ValidationError */.yI))
            throw error;
        const readOnly = error instanceof NewerRunStoreError;
        const then = readOnly ? 'left as it is' : 'it is written anew from what this run reads';
        return {
            store: emptyRunStore(),
            version: stored.version,
            problem: `${(0,errors/* errorMessage */.gJ)(error)} — ${then}`,
            ...(readOnly ? { readOnly } : {})
        };
    }
}
/** Writes the records (cut to the limits and the file's size) unless they are as read; says whether it wrote. */
async function saveRuns(storage, name, loaded, records) {
    let { text } = fitRunStore(records.store, records.now, records.limits);
    if (text === loaded.text)
        return 'unchanged';
    let version = loaded.version;
    const message = `orchestrator: record runs (${records.newRuns} new)`;
    for (let attempt = 0;; attempt++) {
        try {
            await storage.write(text, version, message);
            return 'written';
        }
        catch (error) {
            if (!(error instanceof ports_errors/* StaleFileError */.A4) || attempt >= STALE_RETRIES)
                throw error;
            const newer = await loadRuns(storage, name);
            if (newer.readOnly)
                throw error;
            text = fitRunStore(mergeStores(newer.store, records.store), records.now, records.limits).text;
            version = newer.version;
        }
    }
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/record-runs.ts
/**
 * Observe runs as the action runs it (DESIGN §10): read the records from the state branch, ingest what is new within
 * what is left of the call budget, save them (not in a dry run), and work out the analytics over the window from the
 * records. A stop or a failure here never undoes the schedule part: it is reported, and the next run carries on.
 */







/** The records of the managed workflows as the analytics read them. */
function recordedApiOf(store, paths) {
    const kept = store.workflows.filter(w => paths.includes(w.path));
    const workflows = kept.flatMap(w => w.workflowId === undefined
        ? []
        : [{ id: w.workflowId, path: w.path, name: w.path, state: 'unknown' }]);
    const runs = kept.flatMap(w => w.runs);
    return { workflows, runs: runs.map(r => r.run), jobs: runs.flatMap(r => r.jobs ?? []) };
}
function analyse(store, input) {
    const api = recordedApiOf(store, input.workflows.map(w => w.path));
    return analyzeRuns({ api, now: input.now, days: input.windowDays, ...input.analytics });
}
/** Nothing ingested: the budget left no room, or the records could not be read. */
function notRead(input, stopped, read = 0) {
    const report = {
        workflows: input.workflows.length,
        ...{ newRuns: 0, jobsRead: 0, notModified: 0, calls: { runs: 0, jobs: 0 }, missing: [] },
        awaitingJobs: 0,
        stopped
    };
    const store = emptyRunStore();
    const fileCalls = { read, save: 0 };
    return {
        report,
        fileCalls,
        saved: 'not-read',
        problems: [],
        store,
        analytics: analyse(store, input)
    };
}
async function save(ports, loaded, observed, input) {
    if (input.dryRun)
        return { saved: 'dry-run' };
    try {
        const saved = await saveRuns(ports.storage, ports.name, loaded, {
            store: observed.store,
            now: input.now,
            limits: runLimits(input.windowDays),
            newRuns: observed.report.newRuns
        });
        return { saved };
    }
    catch (error) {
        if (!(error instanceof ports_errors/* PortError */.U7))
            throw error;
        return {
            saved: 'failed',
            problem: `The run records could not be saved: ${(0,errors/* errorMessage */.gJ)(error)}`
        };
    }
}
/** Reads the records, or why they cannot be used. */
async function load(ports) {
    try {
        const loaded = await loadRuns(ports.storage, ports.name);
        return loaded.readOnly ? { reason: 'error', message: loaded.problem } : loaded;
    }
    catch (error) {
        if (!(error instanceof ports_errors/* PortError */.U7))
            throw error;
        return { reason: 'error', message: (0,errors/* errorMessage */.gJ)(error) };
    }
}
/** Reads, ingests, saves and analyses; with no room left in the budget for a read and a save, reads nothing. */
async function recordRuns(ports, input) {
    const { budget } = input;
    // One read, at least one listing, and the save.
    if ((0,call_budget/* callsLeft */.Zn)(budget, SAVE_RESERVE) < 2)
        return notRead(input, { reason: 'call-budget' });
    const before = budget.spent();
    const loaded = await load(ports);
    const read = budget.spent() - before;
    if ('reason' in loaded)
        return notRead(input, loaded, read);
    const observed = await observeRuns(ports.runs, { ...input, stored: loaded.store });
    const beforeSave = budget.spent();
    const { saved, problem } = await save(ports, loaded, observed, input);
    return {
        report: observed.report,
        fileCalls: { read, save: budget.spent() - beforeSave },
        saved,
        problems: [loaded.problem, problem].filter((p) => p !== undefined),
        store: observed.store,
        analytics: analyse(observed.store, input)
    };
}


/***/ })

};

//# sourceMappingURL=516.index.js.map