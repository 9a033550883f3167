export const id = 296;
export const ids = [296];
export const modules = {

/***/ 322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ stateOnBranch),
/* harmony export */   H: () => (/* binding */ RUNS_PATH),
/* harmony export */   K: () => (/* binding */ STATE_PATH),
/* harmony export */   Vi: () => (/* binding */ stateName)
/* harmony export */ });
/* harmony import */ var _ports_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2055);

/** Where the state file lives on the state branch. */
const STATE_PATH = 'orchestrator/state.json';
/** Where the run records live on the state branch, apart from the state so that it stays small (DESIGN §10). */
const RUNS_PATH = 'orchestrator/runs.json';
/**
 * The state as one file on its own branch, never the base branch (`path`, default the state's; the run records use
 * their own). When no state was found the branch is made from `baseHead` before the first write; a branch that exists
 * already (or another run made in between) is written onto.
 */
function stateOnBranch(files, where) {
    const path = where.path ?? STATE_PATH;
    let found;
    return {
        // One read: a missing branch and a missing file both answer 404.
        async read() {
            const file = await files.readFile(path, where.branch);
            found = file !== undefined;
            return file && { text: file.text, version: file.sha };
        },
        async write(text, version, message) {
            if (found === false) {
                try {
                    await files.createBranch(where.branch, where.baseHead);
                }
                catch (error) {
                    if (!(error instanceof _ports_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AlreadyExistsError */ .Tm))
                        throw error;
                }
                found = true;
            }
            await files.writeFile({ branch: where.branch, path, text, message, sha: version });
        }
    };
}
/** How the state is named in messages. */
function stateName(branch, path = STATE_PATH) {
    return `${branch}:${path}`;
}


/***/ }),

/***/ 2296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyOperation: () => (/* binding */ applyOperation)
});

// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/adapters/github/state-branch.ts
var state_branch = __webpack_require__(322);
;// CONCATENATED MODULE: ./src/core/runs/call-budget.ts
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
 * Whether one more call fits: `reserve` calls stay free for what must follow (the schedule part, saving what was
 * read), under the budget and under GitHub's rate limit alike. Undefined when it fits, else why not: the budget is
 * spent, or GitHub said no more than the reserve is left of the rate limit (waiting it out would hold the run up to an
 * hour).
 */
function refusal(budget, reserve = 0) {
    if (budget.spent() + reserve >= budget.limit)
        return 'call-budget';
    const left = budget.rateLimitRemaining?.();
    if (left !== undefined && left <= reserve)
        return 'rate-limit';
    return undefined;
}
/** Calls left under the limit after `reserve`, never below 0. */
function callsLeft(budget, reserve = 0) {
    return Math.max(0, budget.limit - budget.spent() - reserve);
}

// EXTERNAL MODULE: ./src/core/schedule/schedule-history.ts
var schedule_history = __webpack_require__(5499);
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

// EXTERNAL MODULE: ./src/reports/analytics-markdown.ts + 1 modules
var analytics_markdown = __webpack_require__(3209);
// EXTERNAL MODULE: ./src/reports/format.ts
var format = __webpack_require__(6302);
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
    const total = totalCalls(facts.phases);
    const phases = facts.phases
        .filter(p => p.calls > 0 || p.notModified > 0)
        .map(p => `${p.phase} ${p.calls}${p.notModified > 0 ? ` (+${p.notModified} × 304)` : ''}`);
    const left = facts.rateLimitRemaining === undefined ? 'unknown' : (0,format/* count */.U9)(facts.rateLimitRemaining);
    return `API calls: ${total.calls} of max-api-calls ${facts.limit} (${phases.join(', ') || 'none'}); ${total.notModified} answered 304 at no cost; rate limit left: ${left}`;
}
/** The job summary's calls table. */
function callsMarkdown(facts) {
    const total = totalCalls(facts.phases);
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
    const total = totalCalls(facts.phases);
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

;// CONCATENATED MODULE: ./src/core/runs/run-store.ts
const DEFAULT_RUN_LIMITS = { days: 90, runs: 500 };
const DAY_MS = 86_400_000;
/** A run still going after this long no longer holds the next query back (GitHub cancels queued runs after 24 h). */
const STILL_RUNNING_MS = 3 * DAY_MS;
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
    const horizon = now.getTime() - days * DAY_MS;
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
    const cutoff = now.getTime() - limits.days * DAY_MS;
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
var errors = __webpack_require__(2055);
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
        const stop = refusal(budget, reserve);
        if (stop)
            throw new CallsStopped(stop);
        try {
            return await work();
        }
        catch (error) {
            if (error instanceof errors/* RateLimitError */.OE)
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
            if (!(error instanceof errors/* NotFoundError */.m_))
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
        if (error instanceof errors/* PortError */.U7)
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
            if (!(error instanceof errors/* NotFoundError */.m_))
                throw error;
            ingestion.missing.push(path);
        }
    }
}
/**
 * Ingests what is new within the budget: the workflows' states first (one list for the repository, every run: a
 * workflow GitHub disabled for inactivity has no new run to tell it), then the runs, then their jobs.
 */
async function observeRuns(runs, input) {
    const port = budgeted(runs, input.budget, input.reserve ?? SAVE_RESERVE);
    const ingestion = new Ingestion(input.stored);
    const paths = input.workflows.map(w => w.path);
    const since = input.now.getTime() - input.windowDays * observe_runs_DAY_MS;
    const start = input.budget.spent();
    let workflows = [];
    let stopped = await stopping(ingestion, async () => {
        workflows = (await port.listWorkflows()).filter(w => paths.includes(w.path));
    });
    const states = input.budget.spent();
    stopped ??= await stopping(ingestion, () => listAll(port, ingestion, input));
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
        calls: {
            workflows: states - start,
            runs: listed - states,
            jobs: input.budget.spent() - listed
        },
        missing: ingestion.missing,
        awaitingJobs: awaitingJobs(ingestion, paths, since).length,
        ...(stopped ? { stopped } : {})
    };
    return { store, workflows, report };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/core/runs/mode-cost.ts
var mode_cost = __webpack_require__(3743);
// EXTERNAL MODULE: ./src/core/runs/runner-pricing.ts
var runner_pricing = __webpack_require__(4727);
;// CONCATENATED MODULE: ./src/core/runs/run-figures.ts

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
        const charge = (0,runner_pricing/* jobCharge */._g)(job, prices);
        billableMinutes += charge.billableMinutes;
        microDollars += charge.microDollars;
        if (charge.runner.unknown !== undefined && charge.minutes > 0)
            unknownLabels.push(charge.runner.unknown);
    }
    return { billableMinutes, microDollars, unknownLabels };
}
/** The figures of a run from its recorded jobs (any attempt's; only the run's own attempt counts). */
function runFacts(run, recordedJobs, prices = runner_pricing/* DEFAULT_PRICES */.f7) {
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

// EXTERNAL MODULE: ./src/core/cron/occurrences.ts
var occurrences = __webpack_require__(6452);
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





const analytics_DAY_MS = 86_400_000;
/** The window: `days` days ending at `now`, or at the newest run's creation. */
function analyticsWindow(runs, now, days = 30) {
    const newest = runs.reduce((max, run) => Math.max(max, Date.parse(run.createdAt)), -Infinity);
    const to = now ?? new Date(Number.isFinite(newest) ? newest : 0);
    return { from: new Date(to.getTime() - days * analytics_DAY_MS), to };
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
    const judged = runs.filter(run => isCompleted(run) && run.conclusion !== 'skipped' && run.conclusion !== 'neutral');
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
function analytics_chargesOf(facts) {
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
        ...analytics_chargesOf(facts),
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
    const jobs = jobsByRun(input.api.jobs);
    const inWindow = within(window);
    const workflows = subjectsOf(input).map(subject => {
        const runs = subject.runs.filter(inWindow);
        const facts = runs.map(run => runFacts(run, jobs.get(run.id) ?? [], prices));
        return figuresOf(subject, facts, window);
    });
    const managed = input.managed;
    const perRun = (path) => workflows.find(w => w.path === path)?.perRun ?? null;
    const modes = managed
        ? (0,mode_cost/* costPerMode */.Kw)(managed.map(w => ({ schedules: w.schedules, perRun: perRun(w.path) })), window.to)
        : null;
    return { window, workflows, totals: totalsOf(workflows), costPerMode: modes };
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
class NewerRunStoreError extends core_errors/* ValidationError */.yI {
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
function run_store_json_workflowJson(w) {
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
        const { runs, ...rest } = run_store_json_workflowJson(w);
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
    const wrong = (what, wanted, got) => new core_errors/* ValidationError */.yI([`${where}: ${what} should be ${wanted}, got ${JSON.stringify(got)?.slice(0, 60)}`], HEADING);
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
        throw new core_errors/* ValidationError */.yI([`${name} is not JSON: ${error.message}`], HEADING);
    }
    if (!isRecord(raw) || !Array.isArray(raw.workflows))
        throw new core_errors/* ValidationError */.yI([`${name} should be an object with a workflows list`], HEADING);
    if (typeof raw.version === 'number' && raw.version > 1)
        throw new NewerRunStoreError([
            `${name} has version ${raw.version}; this version of the action reads version 1 — update the action`
        ], HEADING);
    if (raw.version !== 1)
        throw new core_errors/* ValidationError */.yI([`${name} should have version 1, got ${JSON.stringify(raw.version)}`], HEADING);
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
        if (!(error instanceof core_errors/* ValidationError */.yI))
            throw error;
        const readOnly = error instanceof NewerRunStoreError;
        const then = readOnly ? 'left as it is' : 'it is written anew from what this run reads';
        return {
            store: emptyRunStore(),
            version: stored.version,
            problem: `${(0,core_errors/* errorMessage */.gJ)(error)} — ${then}`,
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
            if (!(error instanceof errors/* StaleFileError */.A4) || attempt >= STALE_RETRIES)
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
 * what is left of the call budget, work out the analytics over the window from the records, and save them (not in a
 * dry run). Reading and saving are two steps, so that the reading can price the plan before the schedule part writes
 * anything and the saving waits until it has. A stop or a failure here never undoes the schedule part: it is
 * reported, and the next run carries on.
 */







/**
 * The records of the managed workflows as the analytics read them; a workflow GitHub listed (`listed`) has its name
 * and state (`disabled_inactivity` …), even without a recorded run.
 */
function recordedApiOf(store, paths, listed = []) {
    const kept = store.workflows.filter(w => paths.includes(w.path));
    const recorded = kept.flatMap(w => w.workflowId === undefined || listed.some(l => l.path === w.path)
        ? []
        : [{ id: w.workflowId, path: w.path, name: w.path, state: 'unknown' }]);
    const workflows = [...listed.filter(l => paths.includes(l.path)), ...recorded];
    const runs = kept.flatMap(w => w.runs);
    return { workflows, runs: runs.map(r => r.run), jobs: runs.flatMap(r => r.jobs ?? []) };
}
function analyse(store, input, listed = []) {
    const paths = input.workflows.map(w => w.path);
    const api = recordedApiOf(store, paths, listed);
    return analyzeRuns({ api, now: input.now, days: input.windowDays, ...input.analytics });
}
/** Nothing ingested: the budget left no room, or the records could not be read. */
function notRead(input, stopped, read = 0) {
    const report = {
        workflows: input.workflows.length,
        ...{ newRuns: 0, jobsRead: 0, notModified: 0, missing: [] },
        calls: { workflows: 0, runs: 0, jobs: 0 },
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
async function saveRecords(ports, loaded, observed, input) {
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
        if (!(error instanceof errors/* PortError */.U7))
            throw error;
        return {
            saved: 'failed',
            problem: `The run records could not be saved: ${(0,core_errors/* errorMessage */.gJ)(error)}`
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
        if (!(error instanceof errors/* PortError */.U7))
            throw error;
        return { reason: 'error', message: (0,core_errors/* errorMessage */.gJ)(error) };
    }
}
/**
 * Reads the records, ingests and analyses, writing nothing; with no room left in the budget (less `input.reserve`)
 * for a read and a listing, reads nothing.
 */
async function readRuns(ports, input) {
    const { budget } = input;
    const unsaved = (recorded) => ({ recorded, save: async () => recorded });
    // One read and at least one listing, then what follows (the save at least).
    if (callsLeft(budget, input.reserve ?? SAVE_RESERVE) < 2)
        return unsaved(notRead(input, { reason: 'call-budget' }));
    const before = budget.spent();
    const loaded = await load(ports);
    const read = budget.spent() - before;
    if ('reason' in loaded)
        return unsaved(notRead(input, loaded, read));
    const observed = await observeRuns(ports.runs, { ...input, stored: loaded.store });
    const recorded = {
        report: observed.report,
        fileCalls: { read, save: 0 },
        saved: 'pending',
        problems: loaded.problem === undefined ? [] : [loaded.problem],
        store: observed.store,
        analytics: analyse(observed.store, input, observed.workflows)
    };
    const save = async () => {
        const beforeSave = budget.spent();
        const { saved, problem } = await saveRecords(ports, loaded, observed, input);
        return {
            ...recorded,
            fileCalls: { read, save: budget.spent() - beforeSave },
            saved,
            problems: problem === undefined ? recorded.problems : [...recorded.problems, problem]
        };
    };
    return { recorded, save };
}
/** Reads, ingests, analyses and saves at once. */
async function recordRuns(ports, input) {
    return (await readRuns(ports, input)).save();
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
                phases.push(phaseCalls(name, before, tally()));
            }
        },
        info: line => core/* info */.pq(line)
    };
    const budget = {
        limit,
        spent: () => callsOf(tally()),
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
    return managed + 10 + SAVE_RESERVE;
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
        core/* warning */.$e(`Observing runs ${stopLine(stop)}`);
}
function storageFor(settings, github) {
    return async () => {
        // Both answered from the snapshot the run read before planning: no call.
        const base = settings.base || (await github.info()).defaultBranch;
        const baseHead = (await github.branchHead(base)) ?? '';
        return (0,state_branch/* stateOnBranch */.$m)(github, { branch: settings.stateBranch, baseHead, path: state_branch/* RUNS_PATH */.H });
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
        pending = await ledger.progress.phase('Observe runs', async () => readRuns({ runs: github, storage: await storage(), name }, input));
        return perRunOf(pending.recorded, read);
    };
    const finish = async () => {
        const save = pending?.save;
        if (!save)
            return undefined;
        const observed = await ledger.progress.phase('Save the run records', async () => {
            const result = await save();
            for (const line of observeLines(result, name))
                core/* info */.pq(line);
            return result;
        });
        warnings(observed);
        return observed;
    };
    return { observe, finish };
}
/** The calls line for the log, once every phase is done. */
function logCalls(ledger) {
    core/* info */.pq(callsLine(ledger.facts()));
}

// EXTERNAL MODULE: ./src/outputs.ts + 1 modules
var src_outputs = __webpack_require__(4437);
// EXTERNAL MODULE: ./src/reports/diff.ts
var reports_diff = __webpack_require__(2618);
// EXTERNAL MODULE: ./src/reports/markdown.ts + 2 modules
var markdown = __webpack_require__(613);
// EXTERNAL MODULE: ./src/reports/warnings.ts
var reports_warnings = __webpack_require__(8440);
// EXTERNAL MODULE: ./src/reports/policy-text.ts
var policy_text = __webpack_require__(4057);
// EXTERNAL MODULE: ./src/reports/reasons.ts
var reasons = __webpack_require__(9016);
// EXTERNAL MODULE: ./src/reports/usage-source.ts
var usage_source = __webpack_require__(5398);
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
function workflowLines(plan) {
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
        ...workflowLines(plan),
        '',
        RULE
    ].join('\n');
}

// EXTERNAL MODULE: ./src/use-cases/apply-schedules/apply-schedules.ts + 4 modules
var apply_schedules = __webpack_require__(1965);
// EXTERNAL MODULE: ./src/use-cases/enforce-budgets.ts
var enforce_budgets = __webpack_require__(2900);
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
async function report(settings, result, more) {
    const requests = more.ledger.requests();
    log(result, requests);
    logCalls(more.ledger);
    const outputs = (0,src_outputs/* actionOutputs */.dr)(result.plan, {
        pullRequestOperation: result.pullRequest.operation,
        pullRequest: result.pullRequest.pullRequest,
        issue: result.alert.issue
    }, observeJson(more.observed, more.ledger.facts()));
    const read = more.observed?.saved === 'not-read' ? undefined : more.observed?.analytics;
    Object.assign(outputs, (0,src_outputs/* analyticsOutputs */.VL)(read));
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, value);
    core/* setOutput */.uH('paused', (0,enforce_budgets/* pausedOutput */.Iy)(more.budgets));
    const merge = result.pullRequest.autoMerge;
    if (merge && !merge.enabled)
        core/* warning */.$e(`Auto-merge was not turned on: ${merge.problem}`);
    const summary = (0,markdown/* jobSummary */.sp)(result.plan, {
        dryRun: settings.dryRun,
        pullRequest: result.pullRequest.pullRequest,
        pullRequestOperation: result.pullRequest.operation,
        delivery: result.pullRequest,
        issue: result.alert.issue,
        issueOperation: result.alert.operation,
        alertProblem: result.alert.problem,
        requests
    });
    const budgets = (0,enforce_budgets/* budgetMarkdown */.V6)(more.budgets);
    const chart = (0,analytics_markdown/* planUsageChart */.xd)(result.plan);
    const observed = `${chart ? `\n${chart}` : ''}${budgets ? `\n\n${budgets}` : ''}${more.observed ? `\n\n${observeMarkdown(more.observed)}` : ''}`;
    await core/* summary */.z
        .addRaw(`${summary}${observed}\n\n${callsMarkdown(more.ledger.facts())}\n`)
        .write();
}
/** `operation: apply`: an alert issue that could not be written fails the step when `fail-on-alert-error` says so. */
async function applyOperation(github, settings, now) {
    const ledger = callLedger(github, settings.maxApiCalls);
    const observer = observeStep(settings, github, ledger);
    const result = await (0,apply_schedules/* applySchedules */.t)(github, settings, now, ledger.progress, observer);
    for (const warning of result.plan.usage.warnings)
        core/* warning */.$e((0,reports_warnings/* warningText */.i)(warning));
    const observed = await observer.finish();
    const budgets = await ledger.progress.phase('Check the budgets', () => (0,enforce_budgets/* enforceBudgetsForRun */.v7)(github, settings, result.plan, now));
    for (const s of budgets.spent)
        core/* warning */.$e(`The ${s.cap} budget is spent (${s.figure} of ${s.limit} ${s.unit}): managed workflows paused until ${s.until}`);
    for (const u of budgets.unchecked)
        core/* warning */.$e(`The ${u.cap} budget in ${u.unit} was not checked: this run has no observed ${u.unit}`);
    await report(settings, result, { observed, ledger, budgets });
    const problem = result.alert.problem;
    if (!problem)
        return undefined;
    if (settings.failOnAlertError)
        return `The alert issue could not be written: ${problem}`;
    core/* warning */.$e(`The alert issue could not be written: ${problem}`);
    return undefined;
}


/***/ }),

/***/ 4437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dr: () => (/* binding */ actionOutputs),
  VL: () => (/* binding */ analyticsOutputs),
  V2: () => (/* binding */ restoreOutputs)
});

// EXTERNAL MODULE: ./src/core/schedule/plan.ts + 1 modules
var schedule_plan = __webpack_require__(6841);
// EXTERNAL MODULE: ./src/reports/format.ts
var format = __webpack_require__(6302);
// EXTERNAL MODULE: ./src/reports/warnings.ts
var warnings = __webpack_require__(8440);
// EXTERNAL MODULE: ./src/reports/reasons.ts
var reasons = __webpack_require__(9016);
// EXTERNAL MODULE: ./src/core/usage/period.ts
var period = __webpack_require__(7864);
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
var restore_report = __webpack_require__(9006);
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

/***/ 9006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ restoreBody),
/* harmony export */   lt: () => (/* binding */ restoreJson),
/* harmony export */   rk: () => (/* binding */ restoreSummary),
/* harmony export */   rz: () => (/* binding */ restoreTitle)
/* harmony export */ });
/* harmony import */ var _core_schedule_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6841);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2618);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(613);



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


/***/ }),

/***/ 2900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iy: () => (/* binding */ pausedOutput),
/* harmony export */   RE: () => (/* binding */ enforceBudgetsForTick),
/* harmony export */   V6: () => (/* binding */ budgetMarkdown),
/* harmony export */   v7: () => (/* binding */ enforceBudgetsForRun)
/* harmony export */ });
/* unused harmony export enforceBudgets */
/* harmony import */ var _core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4303);
/* harmony import */ var _core_usage_period_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7864);
/* harmony import */ var _core_state_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2818);
/* harmony import */ var _ports_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2055);
/* harmony import */ var _core_schedule_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5400);
/* harmony import */ var _ports_workflow_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7751);
/* harmony import */ var _apply_schedules_apply_schedules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1965);
/* harmony import */ var _state_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4648);
/**
 * Budgets (DESIGN §13, issue 12), checked on every run and tick: a spent cap pauses the managed workflows at once —
 * cron-driven ones are disabled, dispatched ones are skipped by the tick — and recorded in the state's `pauses`; when
 * the day or the period turns, exactly the workflows recorded there are enabled again. A workflow a person disabled
 * (disabled, but not recorded as ours) is never touched.
 */









const NONE = {
    spent: [],
    unchecked: [],
    pauses: [],
    paused: [],
    resumed: [],
    leftAlone: []
};
/** The figures this run has: usage today (from the state's samples) and in the period; dollars and minutes only if observed. */
function figures(input, samples) {
    const today = (0,_core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_5__/* .dailyRise */ .JT)(samples, input.usage.used, input.now);
    return {
        daily: today === undefined ? {} : { usage: today },
        period: { usage: input.usage.used }
    };
}
/** Checks the caps and pauses or resumes; writes the state's `pauses` (not in a dry run). */
async function enforceBudgets(ports, input) {
    const budgets = input.config.budgets;
    if (!input.storage)
        return NONE;
    const loaded = await (0,_state_store_js__WEBPACK_IMPORTED_MODULE_4__/* .loadState */ .C7)(input.storage, input.stateName);
    const current = (0,_core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_5__/* .readPauses */ .QE)(loaded.state.pauses);
    if (!budgets && current.length === 0)
        return NONE;
    const { spent, unchecked } = (0,_core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_5__/* .checkBudgets */ .N3)(budgets ?? {}, figures(input, (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_0__/* .usageSamples */ .J1)(loaded.state)), {
        daily: new Date((0,_core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_5__/* .dayStart */ .J7)(input.now).getTime() + _core_usage_period_js__WEBPACK_IMPORTED_MODULE_6__/* .DAY_MS */ .sO),
        period: input.usage.period.end
    });
    const plan = (0,_core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_5__/* .planPauses */ .RM)(current, spent, input.config.workflows, input.now);
    const listed = await ports.listWorkflows();
    const stateOf = (path) => listed.find(w => w.path === path);
    const viaCron = new Set(input.config.workflows.filter(w => w.via !== 'dispatch').map(w => w.id));
    const leftAlone = [];
    const paused = plan.pause.filter(p => {
        const known = stateOf(p.path);
        if (viaCron.has(p.workflow) && known && known.state !== 'active')
            leftAlone.push(p.workflow);
        return !leftAlone.includes(p.workflow);
    });
    const pauses = plan.pauses.filter(p => !leftAlone.includes(p.workflow));
    if (!input.dryRun) {
        for (const p of paused)
            if (viaCron.has(p.workflow))
                await ports.disable(p.path);
        for (const p of plan.resume) {
            const known = stateOf(p.path);
            if (known?.state === 'disabled_manually')
                await ports.enable(p.path);
        }
        await writePauses(input.storage, input.stateName, pauses);
    }
    return { spent, unchecked, pauses, paused, resumed: plan.resume, leftAlone };
}
/** Writes the pauses into the newest state; another run's write in between is read again. */
async function writePauses(storage, name, pauses) {
    for (let attempt = 1;; attempt++) {
        const loaded = await (0,_state_store_js__WEBPACK_IMPORTED_MODULE_4__/* .loadState */ .C7)(storage, name);
        const before = (0,_core_usage_budgets_js__WEBPACK_IMPORTED_MODULE_5__/* .readPauses */ .QE)(loaded.state.pauses);
        if (JSON.stringify(before) === JSON.stringify(pauses))
            return;
        try {
            const text = (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_0__/* .serializeState */ .sU)({ ...loaded.state, pauses });
            const ids = pauses.map(p => p.workflow).join(', ') || 'none';
            return await storage.write(text, loaded.version, `orchestrator: budget pauses ${ids}`);
        }
        catch (error) {
            if (!(error instanceof _ports_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StaleFileError */ .A4) || attempt >= 4)
                throw error;
        }
    }
}
/** Reads the config on the base branch and enforces its budgets (DESIGN §13); for the apply operation. */
async function enforceBudgetsForRun(ports, settings, plan, now) {
    // The plan already read the config: no budgets configured → no call at all. Pauses left by budgets since removed
    // from the config are lifted by `operation: resume`.
    if (!plan.config.budgets)
        return NONE;
    const where = await (0,_apply_schedules_apply_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveBase */ .g)(ports, settings);
    const storage = settings.stateBranch ? ports.stateStorage(where.baseHead) : undefined;
    const input = {
        config: plan.config,
        usage: plan.usage,
        now,
        dryRun: settings.dryRun,
        storage,
        stateName: ports.stateName
    };
    return enforceBudgets(ports, input);
}
/** The same check for a dispatch tick, which has not read the config's budgets: it reads the config first. */
async function enforceBudgetsForTick(ports, settings, usage, now) {
    const where = await (0,_apply_schedules_apply_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveBase */ .g)(ports, settings);
    const text = await (0,_ports_workflow_files_js__WEBPACK_IMPORTED_MODULE_7__/* .textSourceAt */ .q)(ports, where.baseHead).readText(settings.config);
    if (text === undefined)
        return NONE;
    const { config, problems } = (0,_core_schedule_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readConfig */ .Xg)(text, settings.config);
    if (problems.length > 0)
        return NONE;
    return enforceBudgetsForRun(ports, settings, { usage, config }, now);
}
/** The `paused` output: budget pauses and failure pauses, `{workflow, path, reason, until}`. */
function pausedOutput(result, failures = []) {
    return JSON.stringify([
        ...result.pauses.map(p => ({
            workflow: p.workflow,
            path: p.path,
            reason: p.reason,
            until: p.until
        })),
        ...failures
            .filter(f => !result.pauses.some(p => p.workflow === f.workflow))
            .map(f => ({ ...f, reason: 'failures', until: null }))
    ]);
}
/** The summary's Budgets section; empty when there is nothing to say. */
function budgetMarkdown(result) {
    const lines = [];
    for (const s of result.spent)
        lines.push(`- **${s.cap} budget spent**: ${s.figure} of ${s.limit} ${s.unit}; managed workflows paused until ${s.until}`);
    for (const u of result.unchecked)
        lines.push(`- ${u.cap} budget in ${u.unit} not checked: no observed ${u.unit} in this run`);
    for (const p of result.paused)
        lines.push(`- paused ${p.workflow} (${p.path}) until ${p.until}`);
    for (const p of result.resumed)
        lines.push(`- resumed ${p.workflow} (${p.path})`);
    for (const id of result.leftAlone)
        lines.push(`- ${id} was disabled by a person: left alone`);
    return lines.length === 0 ? '' : `## Budgets\n\n${lines.join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=296.index.js.map