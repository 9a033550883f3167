export const id = 540;
export const ids = [540];
export const modules = {

/***/ 1625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ budgetWarnings),
/* harmony export */   V: () => (/* binding */ budgetMarkdown)
/* harmony export */ });
/* harmony import */ var _core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5537);
/* harmony import */ var _core_usage_paused_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5793);
/* harmony import */ var _pause_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1252);
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

/***/ 5291:
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
var call_budget = __webpack_require__(5928);
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

// EXTERNAL MODULE: ./src/reports/analytics-markdown.ts
var analytics_markdown = __webpack_require__(6853);
// EXTERNAL MODULE: ./src/reports/format.ts
var format = __webpack_require__(7712);
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
    'not-read': 'not read',
    pending: 'not saved yet'
};
/** "read the records 1, list workflows 1, list runs 1, read jobs 26, save the records 2". */
function fileCallsText(observed) {
    const { read, save } = observed.fileCalls;
    const { workflows, runs, jobs } = observed.report.calls;
    return `read the records ${read}, list workflows ${workflows}, list runs ${runs}, read jobs ${jobs}, save the records ${save}`;
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
        (0,analytics_markdown/* analyticsMarkdown */.Mk)(observed.analytics)
    ].join('\n');
}
/**
 * The JSON report's `runs`, `calls`, `analytics` and `disabledForInactivity` (the managed workflows GitHub disabled
 * for inactivity, as its list of workflows said this run: `[{workflow, path}]`).
 */
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
    const disabledForInactivity = observed.analytics.workflows
        .filter(w => w.disabledForInactivity)
        .map(w => ({ workflow: w.id, path: w.path }));
    return { runs, calls, ...analyticsJson(observed.analytics), disabledForInactivity };
}


/***/ }),

/***/ 8996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ enforceBudgetsForRun),
  R: () => (/* binding */ enforceBudgetsForTick)
});

// EXTERNAL MODULE: ./src/core/usage/budgets.ts
var usage_budgets = __webpack_require__(5537);
// EXTERNAL MODULE: ./src/core/usage/paused.ts
var paused = __webpack_require__(5793);
// EXTERNAL MODULE: ./src/ports/errors.ts
var errors = __webpack_require__(8309);
// EXTERNAL MODULE: ./src/reports/observe-report.ts + 1 modules
var observe_report = __webpack_require__(5291);
// EXTERNAL MODULE: ./src/reports/pause-report.ts
var pause_report = __webpack_require__(1252);
// EXTERNAL MODULE: ./src/use-cases/apply-schedules/alert-issue.ts
var alert_issue = __webpack_require__(239);
// EXTERNAL MODULE: ./src/use-cases/apply-schedules/apply-schedules.ts + 4 modules
var apply_schedules = __webpack_require__(7017);
// EXTERNAL MODULE: ./src/use-cases/observe-runs/record-runs.ts + 6 modules
var record_runs = __webpack_require__(7773);
// EXTERNAL MODULE: ./src/use-cases/state-store.ts
var state_store = __webpack_require__(4962);
// EXTERNAL MODULE: ./src/core/usage/period.ts
var period = __webpack_require__(6666);
// EXTERNAL MODULE: ./src/core/state/state.ts
var state_state = __webpack_require__(6624);
// EXTERNAL MODULE: ./src/core/runs/run-figures.ts
var run_figures = __webpack_require__(5979);
// EXTERNAL MODULE: ./src/core/runs/runner-pricing.ts
var runner_pricing = __webpack_require__(7377);
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
        const spend = input.observed && spendBetween(input.observed, from[cap], input.now, input.prices);
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
var pause_state = __webpack_require__(5032);
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
    const prices = input.config.prices;
    const { figures, missing } = spendFigures({ ...input, ...(prices ? { prices } : {}) }, (0,state_state/* usageSamples */.J1)(state));
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
        ...(read ? { observed: (0,record_runs/* recordedApiOf */.OL)(observed.store, paths) } : { notObserved: NOT_READ })
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
    return (0,record_runs/* recordRuns */._P)({ runs: ports, storage, name: ports.runsName }, {
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
            ...(read ? { observed: (0,record_runs/* recordedApiOf */.OL)(observed.store, paths) } : { notObserved: NOT_READ })
        });
    });
}


/***/ }),

/***/ 5032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ withPauseRecord),
/* harmony export */   rI: () => (/* binding */ writePauses)
/* harmony export */ });
/* unused harmony export mergePauses */
/* harmony import */ var _core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5537);
/* harmony import */ var _core_state_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6624);
/* harmony import */ var _ports_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8309);
/* harmony import */ var _apply_schedules_git_blob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5611);
/* harmony import */ var _state_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4962);
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


/***/ })

};

//# sourceMappingURL=540.index.js.map