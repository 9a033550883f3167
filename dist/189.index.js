export const id = 189;
export const ids = [189];
export const modules = {

/***/ 1336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ stateOnBranch),
/* harmony export */   H: () => (/* binding */ RUNS_PATH),
/* harmony export */   K: () => (/* binding */ STATE_PATH),
/* harmony export */   Vi: () => (/* binding */ stateName)
/* harmony export */ });
/* harmony import */ var _ports_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8309);

/** Where the state file lives on the state branch. */
const STATE_PATH = 'orchestrator/state.json';
/** Where the run records live on the state branch, apart from the state so that it stays small (DESIGN §10). */
const RUNS_PATH = 'orchestrator/runs.json';
/**
 * The state as one file on its own branch, never the base branch (`path`, default the state's; the run records use
 * their own). When no state was found the branch is made from `baseHead` before the first write; a branch that exists
 * already (or another run made in between) is written onto. `known`, shared by a run's storages, holds the branches
 * seen to exist — a file read from one, or one made — so that the run records beside a state file (or the state
 * just made) do not ask for the branch again.
 */
function stateOnBranch(files, where) {
    const path = where.path ?? STATE_PATH;
    const known = where.known ?? new Set();
    let found;
    return {
        // One read: a missing branch and a missing file both answer 404.
        async read() {
            const file = await files.readFile(path, where.branch);
            found = file !== undefined;
            if (found)
                known.add(where.branch);
            return file && { text: file.text, version: file.sha };
        },
        async write(text, version, message) {
            if (found === false && !known.has(where.branch)) {
                try {
                    await files.createBranch(where.branch, where.baseHead);
                }
                catch (error) {
                    if (!(error instanceof _ports_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AlreadyExistsError */ .Tm))
                        throw error;
                }
            }
            found = true;
            known.add(where.branch);
            await files.writeFile({ branch: where.branch, path, text, message, sha: version });
        }
    };
}
/** How the state is named in messages. */
function stateName(branch, path = STATE_PATH) {
    return `${branch}:${path}`;
}


/***/ }),

/***/ 9595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* binding */ fixHook),
/* harmony export */   TL: () => (/* binding */ observedRecords),
/* harmony export */   Y$: () => (/* binding */ readRunRecords),
/* harmony export */   jn: () => (/* binding */ auditBase),
/* harmony export */   so: () => (/* binding */ reportAudit)
/* harmony export */ });
/* harmony import */ var _adapters_github_state_branch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1336);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _ports_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8309);
/* harmony import */ var _use_cases_audit_workflows_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4049);
/* harmony import */ var _use_cases_observe_runs_record_runs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7773);
/* harmony import */ var _use_cases_observe_runs_run_records_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2806);
/**
 * The audit's steps in the action (DESIGN §13), for apply-action.ts and audit-action.ts: the repository's facts and
 * every workflow file of the base head come from the run's GraphQL snapshot (no call of their own), the run records
 * from `orchestrator/runs.json` on the state branch. Nothing here writes.
 */






/** Reads the base and the repository's facts (answered from the snapshot). */
async function auditBase(github, settings) {
    const info = await github.info();
    const base = settings.base || info.defaultBranch;
    const baseHead = await github.branchHead(base);
    if (!baseHead)
        throw new Error(`input 'base': branch '${base}' does not exist in the repository`);
    const facts = {
        defaultBranch: info.defaultBranch,
        ...(info.public === undefined ? {} : { public: info.public }),
        ...(info.pushedAt ? { pushedAt: info.pushedAt } : {})
    };
    return { base, baseHead, facts };
}
/** The records as the audit reads them: every workflow's runs and jobs. */
function asRecords(store) {
    if (store.workflows.length === 0)
        return undefined;
    return (0,_use_cases_observe_runs_record_runs_js__WEBPACK_IMPORTED_MODULE_4__/* .recordedApiOf */ .OL)(store, store.workflows.map(w => w.path));
}
/** The records observing read this run; undefined when it read none. */
function observedRecords(observed) {
    if (!observed || observed.saved === 'not-read')
        return undefined;
    return asRecords(observed.store);
}
/** The run records on the state branch (one read); none without a state branch, with a problem when unreadable. */
async function readRunRecords(github, settings, baseHead) {
    if (!settings.stateBranch)
        return {};
    const name = (0,_adapters_github_state_branch_js__WEBPACK_IMPORTED_MODULE_0__/* .stateName */ .Vi)(settings.stateBranch, _adapters_github_state_branch_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNS_PATH */ .H);
    const storage = (0,_adapters_github_state_branch_js__WEBPACK_IMPORTED_MODULE_0__/* .stateOnBranch */ .$m)(github, { branch: settings.stateBranch, baseHead, path: _adapters_github_state_branch_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNS_PATH */ .H });
    try {
        const loaded = await (0,_use_cases_observe_runs_run_records_file_js__WEBPACK_IMPORTED_MODULE_5__/* .loadRuns */ .l)(storage, name);
        const records = asRecords(loaded.store);
        return {
            ...(records ? { records } : {}),
            ...(loaded.problem ? { problem: loaded.problem } : {})
        };
    }
    catch (error) {
        if (!(error instanceof _ports_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PortError */ .U7))
            throw error;
        return { problem: `The run records ${name} could not be read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}` };
    }
}
/**
 * The apply run's fix hook (input `fix`): audits the base head's workflow files and makes the fixes on the planned
 * texts. Only `timeouts` needs the run records (the jobs' durations): those this run observed, else read once.
 */
function fixHook(github, settings, now, { warn, observed }) {
    let records;
    const hook = async (plan, where) => {
        const { facts } = await auditBase(github, settings);
        if (settings.fix.includes('timeouts')) {
            // The records this run observed before the plan, when it did: no read of its own.
            const store = observed?.();
            const read = store
                ? { records: asRecords(store) }
                : await readRunRecords(github, settings, where.baseHead);
            if ('problem' in read && read.problem)
                warn(read.problem);
            records = read.records;
        }
        const audited = await (0,_use_cases_audit_workflows_js__WEBPACK_IMPORTED_MODULE_3__/* .auditRepository */ .Qx)(github, where.baseHead, {
            ...facts,
            now,
            ...(records ? { records } : {})
        });
        const fixes = (0,_use_cases_audit_workflows_js__WEBPACK_IMPORTED_MODULE_3__/* .fixesFor */ .fE)(settings.fix, audited, plan.workflows);
        return { ...fixes, base: audited.files };
    };
    return { hook, records: () => records };
}
/** The audit for the apply run's report: the snapshot's files, the records this run read (no call when served). */
async function reportAudit(github, settings, now, records) {
    const { baseHead, facts } = await auditBase(github, settings);
    const files = await (0,_use_cases_audit_workflows_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkflowTexts */ .YN)(github, baseHead);
    return (0,_use_cases_audit_workflows_js__WEBPACK_IMPORTED_MODULE_3__/* .auditFiles */ .pr)(files, { ...facts, now, ...(records ? { records } : {}) });
}


/***/ }),

/***/ 7059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ auditJson)
/* harmony export */ });
function auditJson(report, fixes) {
    return {
        audit: report.findings.map(({ workflow, path, kind, detail, savings }) => ({
            workflow,
            path,
            kind,
            detail,
            savings
        })),
        ...(report.errors.length > 0 ? { auditErrors: report.errors } : {}),
        ...(fixes ? { fixes: { applied: fixes.applied, skipped: fixes.skipped } } : {})
    };
}


/***/ }),

/***/ 4049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pr: () => (/* binding */ auditFiles),
  Qx: () => (/* binding */ auditRepository),
  fE: () => (/* binding */ fixesFor),
  YN: () => (/* binding */ readWorkflowTexts)
});

// EXTERNAL MODULE: ./src/core/audit/apply-fixes.ts
var apply_fixes = __webpack_require__(541);
;// CONCATENATED MODULE: ./src/core/audit/findings.ts
/**
 * What the audit finds (DESIGN §13), as facts: a kind, what was seen and what a fix would save. Views word them.
 */
const FINDING_KINDS = [
    'inactive',
    'throttle',
    'minute-zero',
    'duplicate-schedule',
    'concurrency',
    'timeout'
];

;// CONCATENATED MODULE: ./src/core/audit/branch-filter.ts
/** A GitHub filter pattern as a regular expression: `*` stops at `/`, `**` does not; `?`, `+` and `[…]` as in regex. */
function patternRegExp(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern.charAt(i);
        if (char === '*' && pattern.charAt(i + 1) === '*') {
            source += '.*';
            i++;
        }
        else if (char === '*')
            source += '[^/]*';
        else if ('?+[]-'.includes(char))
            source += char;
        else
            source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
function matches(pattern, branch) {
    try {
        return patternRegExp(pattern).test(branch);
    }
    catch {
        return pattern === branch;
    }
}
/** `branches:` with `!` negations: the last pattern that matches decides. */
function included(patterns, branch) {
    let result = false;
    for (const pattern of patterns) {
        if (pattern.startsWith('!')) {
            if (matches(pattern.slice(1), branch))
                result = false;
        }
        else if (matches(pattern, branch))
            result = true;
    }
    return result;
}
function patternsOf(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.filter((v) => typeof v === 'string');
    return undefined;
}
/** Whether a push to `defaultBranch` triggers the workflow. */
function pushesToBranch(model, defaultBranch) {
    if (!model.triggers.includes('push'))
        return false;
    const push = model.push;
    if (typeof push !== 'object' || push === null || Array.isArray(push))
        return true;
    const filters = push;
    const branches = patternsOf(filters.branches);
    if (branches)
        return included(branches, defaultBranch);
    const ignored = patternsOf(filters['branches-ignore']);
    if (ignored)
        return !ignored.some(pattern => matches(pattern, defaultBranch));
    return filters.tags === undefined && filters['tags-ignore'] === undefined;
}

// EXTERNAL MODULE: ./src/core/runs/runner-pricing.ts
var runner_pricing = __webpack_require__(7377);
// EXTERNAL MODULE: ./src/core/runs/statistics.ts
var statistics = __webpack_require__(1023);
;// CONCATENATED MODULE: ./src/core/audit/observed.ts


const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const LINUX_PRICE = runner_pricing/* DEFAULT_PRICES */.f7.linux ?? 0.006;
function span(from, to) {
    if (from === null || to === null)
        return undefined;
    const ms = Date.parse(to) - Date.parse(from);
    return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}
/** Whole minutes, rounded up as GitHub bills them. */
function billed(ms) {
    return Math.ceil(ms / MINUTE_MS);
}
/** Billable minutes (SKU multiplier applied) and dollars of a run's jobs, by §10's pricing. */
function jobsCost(jobs) {
    const charges = jobs.map(job => (0,runner_pricing/* jobCharge */._g)(job));
    const minutes = charges.reduce((sum, c) => sum + c.billableMinutes, 0);
    const micro = charges.reduce((sum, c) => sum + c.microDollars, 0);
    return { minutes, dollars: micro / 1e6 };
}
/** Scheduled runs when there are any (what a throttle removes), else every run. */
function sample(runs) {
    const done = runs.filter(run => run.conclusion !== null);
    const scheduled = done.filter(run => run.event === 'schedule');
    return scheduled.length > 0 ? scheduled : done;
}
/** The mean cost of one run, or undefined when nothing was observed. */
function runCost({ runs, jobs }) {
    const measured = sample(runs);
    const byRun = new Map();
    for (const job of jobs)
        byRun.set(job.runId, [...(byRun.get(job.runId) ?? []), job]);
    const withJobs = measured.filter(run => byRun.has(run.id));
    if (withJobs.length > 0) {
        // Every recorded attempt's jobs: a re-run is billed too.
        const costs = withJobs.map(run => jobsCost(byRun.get(run.id) ?? []));
        const total = costs.reduce((a, c) => ({
            minutes: a.minutes + c.minutes,
            dollars: a.dollars + c.dollars
        }));
        return { ...mean(total, withJobs.length), runs: withJobs.length, basis: 'jobs' };
    }
    const minutes = measured.flatMap(run => {
        const ms = span(run.startedAt ?? run.createdAt, run.updatedAt);
        return ms === undefined ? [] : [billed(ms)];
    });
    if (minutes.length === 0)
        return undefined;
    const total = minutes.reduce((a, b) => a + b, 0);
    return {
        ...mean({ minutes: total, dollars: total * LINUX_PRICE }, minutes.length),
        runs: minutes.length,
        basis: 'runs'
    };
}
function mean(total, count) {
    return { minutes: total.minutes / count, dollars: total.dollars / count };
}
/** Runs that started while an earlier run of the same workflow on the same branch was still going; and those of the last 30 days. */
function overlappingRuns(runs, now) {
    const byBranch = new Map();
    for (const run of runs) {
        const start = Date.parse(run.startedAt ?? run.createdAt);
        const end = Date.parse(run.updatedAt);
        if (run.conclusion === null || !(end >= start))
            continue;
        const list = byBranch.get(run.branch ?? '') ?? [];
        byBranch.set(run.branch ?? '', [...list, { start, end }]);
    }
    const since = now.getTime() - 30 * DAY_MS;
    let all = 0;
    let last30Days = 0;
    for (const list of byBranch.values()) {
        list.sort((a, b) => a.start - b.start);
        let runningUntil = -Infinity;
        for (const run of list) {
            if (run.start < runningUntil) {
                all++;
                if (run.start >= since)
                    last30Days++;
            }
            runningUntil = Math.max(runningUntil, run.end);
        }
    }
    return { all, last30Days };
}
/** The durations in minutes of a job's recorded runs: by its name, or `name (matrix values)` for a matrix. */
function jobMinutes(jobs, name) {
    return jobs.flatMap(job => {
        if (job.name !== name && !job.name.startsWith(`${name} (`))
            return [];
        const ms = span(job.startedAt, job.completedAt);
        return ms === undefined ? [] : [ms / MINUTE_MS];
    });
}
/** `timeout-minutes` for a job: its p99 (nearest rank) doubled, rounded up, at least 10. */
function suggestedTimeout(minutes) {
    const p99 = (0,statistics/* nearestRank */.p)(minutes, 99);
    return p99 === undefined ? undefined : Math.max(10, Math.ceil(p99 * 2));
}

;// CONCATENATED MODULE: ./src/core/audit/hygiene-findings.ts
/**
 * Findings about how a workflow runs rather than when: no `concurrency:` group, jobs without `timeout-minutes`, and
 * scheduled workflows GitHub disables (or will) after 60 days without activity in a public repository.
 */


const hygiene_findings_DAY_MS = 86_400_000;
/** GitHub disables a public repository's scheduled workflows after 60 days without activity. */
const INACTIVE_DAYS = 60;
const WARNING_DAYS = 7;
/** The events on which runs of one branch pile up. */
const CONCURRENT_EVENTS = ['schedule', 'push', 'pull_request'];
/** A workflow without `concurrency:` that runs on schedule, push or pull_request; never cancelling a default-branch push. */
function concurrencyFinding(model, observed, facts) {
    const triggers = CONCURRENT_EVENTS.filter(event => model.triggers.includes(event));
    if (model.hasConcurrency || triggers.length === 0)
        return [];
    const pushesToDefaultBranch = pushesToBranch(model, facts.defaultBranch);
    const overlaps = observed && observed.runs.length > 0 ? overlappingRuns(observed.runs, facts.now) : undefined;
    const cancelInProgress = !pushesToDefaultBranch;
    const detail = {
        triggers,
        overlappingRuns: overlaps?.all ?? null,
        cancelInProgress,
        pushesToDefaultBranch,
        defaultBranch: facts.defaultBranch
    };
    // Cancelling in progress stops a run that a newer one overtakes; queueing saves nothing.
    const savings = cancelInProgress
        ? { runs: overlaps?.last30Days ?? null, minutes: null, dollars: null }
        : null;
    return [{ workflow: model.name, path: model.path, kind: 'concurrency', detail, savings }];
}
/** Jobs without `timeout-minutes` (reusable-workflow calls take none), with their longest recorded duration. */
function timeoutFindings(model, observed) {
    return model.jobs.flatMap(job => {
        if (job.hasTimeout || job.reusable)
            return [];
        const minutes = jobMinutes(observed?.jobs ?? [], job.name ?? job.id);
        const longest = minutes.length > 0 ? Math.ceil(Math.max(...minutes)) : null;
        const detail = {
            job: job.id,
            longestMinutes: longest,
            observedJobs: minutes.length,
            suggestedMinutes: suggestedTimeout(minutes) ?? null
        };
        return [
            { workflow: model.name, path: model.path, kind: 'timeout', detail, savings: null }
        ];
    });
}
/** Disabled for inactivity by GitHub's record, or a public scheduled workflow within 7 days of the 60-day limit. */
function inactiveFinding(model, facts) {
    const last = facts.lastActivity;
    const days = last ? Math.floor((facts.now.getTime() - last.getTime()) / hygiene_findings_DAY_MS) : null;
    const lastActivity = last?.toISOString() ?? null;
    const base = { workflow: model.name, path: model.path, kind: 'inactive', savings: null };
    if (facts.state === 'disabled_inactivity')
        return [
            { ...base, detail: { state: 'disabled', lastActivity, daysInactive: days, disablesOn: null } }
        ];
    const scheduled = model.triggers.includes('schedule');
    if (!scheduled || !facts.public || !last || days === null || days < INACTIVE_DAYS - WARNING_DAYS)
        return [];
    const disablesOn = new Date(last.getTime() + INACTIVE_DAYS * hygiene_findings_DAY_MS).toISOString();
    return [
        { ...base, detail: { state: 'disabling-soon', lastActivity, daysInactive: days, disablesOn } }
    ];
}

// EXTERNAL MODULE: ./src/core/cron/cron.ts
var cron_cron = __webpack_require__(6082);
// EXTERNAL MODULE: ./src/core/cron/occurrences.ts
var occurrences = __webpack_require__(7150);
// EXTERNAL MODULE: ./src/core/cron/stagger.ts
var stagger = __webpack_require__(6121);
// EXTERNAL MODULE: ./src/core/cron/time-zone.ts
var time_zone = __webpack_require__(5354);
// EXTERNAL MODULE: ./src/core/schedule/schedule.ts + 1 modules
var schedule_schedule = __webpack_require__(8622);
;// CONCATENATED MODULE: ./src/core/audit/throttle.ts
/**
 * How often a cron runs at its busiest, and the cron a throttle to a minimum interval would leave: an evenly spaced
 * field (`*\/5`) becomes the next even spacing at least the interval apart (`*\/15`); any other drops the times that
 * come too soon after the one kept before them. A throttle never adds a time the cron did not have.
 */


const throttle_MINUTE_MS = 60_000;
/** Two months: every day of the month and of the week comes up, so every gap the cron has shows. */
const WINDOW_MS = 62 * 86_400_000;
/** The shortest time in minutes between two runs of the entry, or undefined when it runs at most once in two months. */
function shortestGap(entry, from) {
    const times = (0,occurrences/* occurrencesBetween */.xl)([entry], from, new Date(from.getTime() + WINDOW_MS));
    let shortest;
    for (let i = 1; i < times.length; i++) {
        const gap = ((times[i]?.getTime() ?? 0) - (times[i - 1]?.getTime() ?? 0)) / throttle_MINUTE_MS;
        if (gap > 0 && (shortest === undefined || gap < shortest))
            shortest = gap;
    }
    return shortest;
}
function divisors(period) {
    return Array.from({ length: period }, (_, i) => i + 1).filter(d => period % d === 0);
}
/** Values a fixed step apart that fill the whole period (0,15,30,45 of an hour). */
function evenlySpaced(values, period) {
    const [first = 0, second] = values;
    if (second === undefined)
        return false;
    const step = second - first;
    return (period % step === 0 &&
        values.length === period / step &&
        values.every((v, i) => v === first + i * step));
}
/** The values kept at least `gap` apart, the last also `gap` before the first one of the next period. */
function thin(values, gap, period) {
    const first = values[0] ?? 0;
    if (evenlySpaced(values, period)) {
        const step = divisors(period).find(d => d >= gap) ?? period;
        return Array.from({ length: period / step }, (_, i) => first + i * step);
    }
    const kept = [];
    for (const v of values)
        if (kept.length === 0 || v - (kept.at(-1) ?? v) >= gap)
            kept.push(v);
    while (kept.length > 1 && period - (kept.at(-1) ?? 0) + first < gap)
        kept.pop();
    return kept;
}
function spell(values, period) {
    if (values.length > 1 && values[0] === 0 && evenlySpaced(values, period)) {
        const step = (values[1] ?? 1) - 0;
        return step === 1 ? '*' : `*/${step}`;
    }
    return values.join(',');
}
/** The cron thinned so no two runs are closer than `minInterval` minutes, or undefined when no thinning gets there. */
function throttledCron(entry, minInterval, from) {
    const parsed = (0,cron_cron/* parseCron */.E$)(entry.cron);
    if (!parsed.ok)
        return undefined;
    const fields = entry.cron.trim().split(/ +/);
    const { minutes, hours } = parsed.cron;
    if (minInterval <= 60)
        fields[0] = spell(thin(minutes, minInterval, 60), 60);
    else {
        fields[0] = String(minutes[0] ?? 0);
        fields[1] = spell(thin(hours, Math.ceil(minInterval / 60), 24), 24);
    }
    const cron = fields.join(' ');
    const gap = shortestGap({ ...entry, cron }, from);
    return gap === undefined || gap >= minInterval ? cron : undefined;
}

;// CONCATENATED MODULE: ./src/core/audit/schedule-findings.ts
/**
 * Findings about schedules: crons more frequent than the minimum interval (throttle), crons at minute 0, entries whose
 * times another entry of the same workflow already covers, and workflows that repeat another one.
 */






const YEAR_MS = 366 * 86_400_000;
/** An entry GitHub would run: its cron in GitHub's grammar and a known time zone. */
function runnable(entry) {
    const parsed = (0,cron_cron/* parseCron */.E$)(entry.cron);
    const zoneOk = entry.timezone === undefined || (0,time_zone/* timezoneProblem */.Hd)(entry.timezone) === undefined;
    return parsed.ok && parsed.github && zoneOk;
}
/** Runs saved per 30 days, in minutes and dollars when a run's cost was observed. */
function savingsOf(runs, cost) {
    return {
        runs,
        minutes: cost ? Math.round(runs * cost.minutes) : null,
        dollars: cost ? Math.round(runs * cost.dollars * 100) / 100 : null
    };
}
function zoned(entry) {
    return entry.timezone === undefined ? {} : { timezone: entry.timezone };
}
function throttleFinding(model, entry, ctx) {
    const gap = shortestGap(entry, ctx.now);
    if (gap === undefined || gap >= ctx.minInterval)
        return [];
    const suggested = throttledCron(entry, ctx.minInterval, ctx.now) ?? null;
    const runsBefore = (0,occurrences/* runsPer30Days */.s8)([entry], ctx.now);
    const runsAfter = suggested === null ? null : (0,occurrences/* runsPer30Days */.s8)([{ ...entry, cron: suggested }], ctx.now);
    const savings = runsAfter === null
        ? { runs: null, minutes: null, dollars: null }
        : savingsOf(runsBefore - runsAfter, ctx.cost);
    const detail = {
        cron: entry.cron,
        ...zoned(entry),
        shortestGap: gap,
        minInterval: ctx.minInterval,
        suggested,
        runsBefore,
        runsAfter
    };
    return [{ workflow: model.name, path: model.path, kind: 'throttle', detail, savings }];
}
function minuteZeroFinding(model, entry, suggested) {
    const parsed = (0,cron_cron/* parseCron */.E$)(entry.cron);
    if (!parsed.ok || !parsed.cron.minutes.includes(0))
        return [];
    const detail = { cron: entry.cron, ...zoned(entry), suggested };
    return [{ workflow: model.name, path: model.path, kind: 'minute-zero', detail, savings: null }];
}
/** Whether every time `inner` runs in the coming year, `outer` runs too. */
function covers(outer, inner) {
    return inner.size > 0 && [...inner].every(t => outer.has(t));
}
/** Entries of one workflow whose times another entry already has: an identical later one, or one inside another. */
function redundantEntries(model, entries, ctx) {
    const until = new Date(ctx.now.getTime() + YEAR_MS);
    const times = entries.map(e => new Set((0,occurrences/* occurrencesBetween */.xl)([e], ctx.now, until).map(d => d.getTime())));
    return entries.flatMap((entry, j) => {
        const inner = times[j] ?? new Set();
        // Of two entries with the same times, the later one is the duplicate.
        const i = times.findIndex((outer, k) => k !== j && covers(outer, inner) && (outer.size > inner.size || k < j));
        const other = entries[i];
        if (!other)
            return [];
        const identical = (0,schedule_schedule/* sameEntry */.dI)(other, entry) || times[i]?.size === inner.size;
        const detail = {
            scope: 'entry',
            crons: [entry.cron],
            duplicateOf: other.cron,
            identical
        };
        const savings = savingsOf((0,occurrences/* runsPer30Days */.s8)([entry], ctx.now), ctx.cost);
        return [
            {
                workflow: model.name,
                path: model.path,
                kind: 'duplicate-schedule',
                detail,
                savings
            }
        ];
    });
}
/** Throttle, minute-0 and redundant-entry findings of one workflow. */
function scheduleFindings(model, ctx) {
    const entries = model.schedule.filter(runnable);
    const indexed = model.schedule.flatMap((entry, i) => (runnable(entry) ? [{ entry, i }] : []));
    return [
        ...entries.flatMap(entry => throttleFinding(model, entry, ctx)),
        ...indexed.flatMap(({ entry, i }) => minuteZeroFinding(model, entry, ctx.staggered[i] ?? null)),
        ...redundantEntries(model, entries, ctx)
    ];
}
/** A minute field of 0 (`H`) or a step from 0 (`H/15`): the `H` form that spreads it; undefined for any other. */
function hForm(entry) {
    const parsed = (0,cron_cron/* parseCron */.E$)(entry.cron);
    if (!parsed.ok || !parsed.github || !parsed.cron.minutes.includes(0))
        return undefined;
    const [, ...rest] = entry.cron.trim().split(/ +/);
    const minutes = parsed.cron.minutes;
    const step = minutes[1] ?? 60;
    const even = minutes.every((m, i) => m === i * step) && 60 % step === 0 && minutes.length === 60 / step;
    if (minutes.length === 1)
        return ['H', ...rest].join(' ');
    return even && step >= 5 ? [`H/${step}`, ...rest].join(' ') : undefined;
}
/**
 * Every workflow's minute-0 crons moved to staggered minutes, all workflows at once so the minutes differ where they
 * can (the config's `H`, hashed on the path); null where no spread keeps the cron's shape.
 */
function staggeredCrons(models) {
    const forms = models.map(m => ({
        id: m.path,
        schedules: { all: m.schedule.map(e => ({ ...e, cron: hForm(e) ?? e.cron })) }
    }));
    const expanded = (0,stagger/* expandStagger */.GW)(forms);
    return new Map(expanded.map((w, k) => [
        w.id,
        (w.schedules.all ?? []).map((e, i) => {
            const original = forms[k]?.schedules.all[i]?.cron ?? '';
            return (0,stagger/* usesH */.bM)(original) && !(0,stagger/* usesH */.bM)(e.cron) ? e.cron : null;
        })
    ]));
}
/** Workflows on the same schedule and triggers whose jobs run the same steps as an earlier one (by path). */
function repeatedWorkflows(models, costOf, now) {
    const signature = (m) => JSON.stringify([[...m.triggers].sort(), m.jobs.map(j => j.steps.join('\n')).sort()]);
    const sorted = [...models].sort((a, b) => (a.path < b.path ? -1 : 1));
    return sorted.flatMap((model, j) => {
        const schedule = model.schedule.filter(runnable);
        if (schedule.length === 0 || model.jobs.every(job => job.steps.length === 0))
            return [];
        const earlier = sorted
            .slice(0, j)
            .find(other => signature(other) === signature(model) &&
            (0,schedule_schedule/* sameSchedule */.i1)(other.schedule.filter(runnable), schedule));
        if (!earlier)
            return [];
        const detail = {
            scope: 'workflow',
            crons: schedule.map(e => e.cron),
            duplicateOf: earlier.path,
            identical: true
        };
        const savings = savingsOf((0,occurrences/* runsPer30Days */.s8)(schedule, now), costOf(model.path));
        return [
            {
                workflow: model.name,
                path: model.path,
                kind: 'duplicate-schedule',
                detail,
                savings
            }
        ];
    });
}

// EXTERNAL MODULE: ./src/core/audit/workflow-model.ts
var workflow_model = __webpack_require__(2542);
;// CONCATENATED MODULE: ./src/core/audit/audit.ts





/** Crons closer together than this many minutes are offered a throttle unless the caller says otherwise. */
const DEFAULT_MIN_INTERVAL = 15;
const DEFAULT_BRANCH = 'main';
/** The recorded runs and jobs of each file, by path; undefined when no runs were given at all. */
function observations(input) {
    if (input.runs === undefined)
        return undefined;
    const ids = new Map();
    for (const w of input.workflows ?? [])
        ids.set(w.id, w.path);
    const byPath = new Map();
    const runPaths = new Map();
    for (const run of input.runs) {
        const path = ids.get(run.workflowId);
        if (path === undefined)
            continue;
        runPaths.set(run.id, path);
        const seen = byPath.get(path) ?? { runs: [], jobs: [] };
        byPath.set(path, { ...seen, runs: [...seen.runs, run] });
    }
    for (const job of input.jobs ?? []) {
        const path = runPaths.get(job.runId);
        const seen = path === undefined ? undefined : byPath.get(path);
        if (path !== undefined && seen)
            byPath.set(path, { ...seen, jobs: [...seen.jobs, job] });
    }
    return path => byPath.get(path) ?? { runs: [], jobs: [] };
}
function stateOf(workflows, path) {
    const known = (workflows ?? []).filter(w => w.path === path && w.state !== 'unknown');
    return known.at(-1)?.state;
}
function byPathAndKind(a, b) {
    if (a.path !== b.path)
        return a.path < b.path ? -1 : 1;
    return FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind);
}
/** Audits every workflow file; deterministic for the same input. */
function auditWorkflows(input) {
    const read = Object.entries(input.files).map(([path, text]) => (0,workflow_model/* readWorkflowModel */.z)(path, text));
    const models = read.filter((r) => !('error' in r));
    const errors = read
        .filter((r) => 'error' in r)
        .sort((a, b) => (a.path < b.path ? -1 : 1));
    const observed = observations(input);
    const costOf = (path) => (observed ? runCost(observed(path)) : undefined);
    const staggered = staggeredCrons(models);
    const minInterval = input.minInterval ?? DEFAULT_MIN_INTERVAL;
    const findings = models.flatMap(model => {
        const facts = {
            now: input.now,
            defaultBranch: input.defaultBranch ?? DEFAULT_BRANCH,
            public: input.repository?.public ?? false,
            ...(input.repository?.lastActivity ? { lastActivity: input.repository.lastActivity } : {}),
            ...(stateOf(input.workflows, model.path)
                ? { state: stateOf(input.workflows, model.path) }
                : {})
        };
        const seen = observed?.(model.path);
        const cost = costOf(model.path);
        const ctx = {
            now: input.now,
            minInterval,
            staggered: staggered.get(model.path) ?? [],
            ...(cost ? { cost } : {})
        };
        return [
            ...inactiveFinding(model, facts),
            ...scheduleFindings(model, ctx),
            ...concurrencyFinding(model, seen, facts),
            ...timeoutFindings(model, seen)
        ];
    });
    findings.push(...repeatedWorkflows(models, costOf, input.now));
    return { findings: findings.sort(byPathAndKind), errors };
}

;// CONCATENATED MODULE: ./src/use-cases/audit-workflows.ts
/**
 * The audit as the action runs it (DESIGN §13): every workflow file of the base head, managed or not, read through the
 * ports (the run's snapshot answers the listing and the files with no call), judged against the run records given;
 * and the fixes the schedule pull request carries (input `fix`). Writes nothing.
 */


/** Every workflow file at `ref`: path → text (a file gone between the listing and the read is left out). */
async function readWorkflowTexts(ports, ref) {
    const paths = await ports.listWorkflowFiles(ref);
    const read = await Promise.all(paths.map(path => ports.readFile(path, ref)));
    return Object.fromEntries(paths.flatMap((path, i) => {
        const file = read[i];
        return file ? [[path, file.text]] : [];
    }));
}
/** The audit of the given files. */
function auditFiles(files, facts) {
    const lastActivity = facts.pushedAt ? new Date(facts.pushedAt) : undefined;
    const records = facts.records;
    const workflows = [...(records?.workflows ?? []), ...(facts.workflows ?? [])];
    return auditWorkflows({
        files,
        now: facts.now,
        defaultBranch: facts.defaultBranch,
        repository: {
            ...(facts.public === undefined ? {} : { public: facts.public }),
            ...(lastActivity && !Number.isNaN(lastActivity.getTime()) ? { lastActivity } : {})
        },
        ...(records ? { runs: records.runs, jobs: records.jobs } : {}),
        ...(workflows.length > 0 ? { workflows } : {})
    });
}
/** Reads every workflow file at `ref` and audits them; also returns the files, for the fixes. */
async function auditRepository(ports, ref, facts) {
    const files = await readWorkflowTexts(ports, ref);
    return { report: auditFiles(files, facts), files };
}
/** The fixes the schedule pull request carries, made on the text the plan writes for each managed workflow. */
function fixesFor(kinds, audited, managed) {
    return (0,apply_fixes/* applyFixes */.yZ)({
        kinds,
        findings: audited.report.findings,
        files: audited.files,
        planned: new Map(managed.map(w => [w.path, w.newText])),
        managed: new Set(managed.map(w => w.path))
    });
}


/***/ })

};

//# sourceMappingURL=189.index.js.map