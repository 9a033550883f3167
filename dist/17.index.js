export const id = 17;
export const ids = [17];
export const modules = {

/***/ 6624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ recordInState),
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   I$: () => (/* binding */ latestSample),
/* harmony export */   J1: () => (/* binding */ usageSamples),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   sU: () => (/* binding */ serializeState),
/* harmony export */   ti: () => (/* binding */ mergeStates)
/* harmony export */ });
/* unused harmony export CHANGE_STATUSES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _usage_billing_sum_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6722);


const CHANGE_STATUSES = ['proposed', 'in-force', 'abandoned'];
/** A state with nothing in it. */
function emptyState() {
    return { version: 2, samples: [], changes: [] };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function sampleProblems(samples, name) {
    return samples.flatMap((s, i) => {
        const where = `${name}: samples[${i}]`;
        if (!isRecord(s))
            return [`${where} must be an object {"at": "<ISO time>", "used": <number>}`];
        const problems = [];
        if (typeof s.at !== 'string' || Number.isNaN(Date.parse(s.at))) {
            problems.push(`${where}.at must be an ISO 8601 time, got ${JSON.stringify(s.at)}`);
        }
        if (typeof s.used !== 'number' || !Number.isFinite(s.used) || s.used < 0) {
            problems.push(`${where}.used must be a number ≥ 0, got ${JSON.stringify(s.used)}`);
        }
        return problems;
    });
}
const isTime = (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isCronList = (value) => Array.isArray(value) && value.every(c => typeof c === 'string');
function changeProblems(changes, name, version) {
    return changes.flatMap((c, i) => {
        const where = `${name}: changes[${i}]`;
        if (!isRecord(c))
            return [`${where} must be an object`];
        const problems = [];
        if (!isTime(c.at))
            problems.push(`${where}.at must be an ISO 8601 time, got ${JSON.stringify(c.at)}`);
        for (const key of ['workflow', 'path', 'mode'])
            if (typeof c[key] !== 'string')
                problems.push(`${where}.${key} must be a string`);
        for (const key of ['from', 'to'])
            if (!isCronList(c[key]))
                problems.push(`${where}.${key} must be a list of crons`);
        if (version === 2 && !CHANGE_STATUSES.includes(c.status))
            problems.push(`${where}.status must be one of ${CHANGE_STATUSES.join(', ')}, got ${JSON.stringify(c.status)}`);
        return problems;
    });
}
/**
 * A version-1 file recorded every change as in force from its `at` (the pull request taken as merged at once); that
 * is what its changes become. Every other field is kept.
 */
function migrateChanges(changes) {
    return changes.map(c => ({ ...c, status: 'in-force' }));
}
function readJson(text, name) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI([`${name} is not valid JSON (${error.message})`], 'Invalid state file');
    }
    if (!isRecord(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI([`${name} must hold a JSON object`], 'Invalid state file');
    return data;
}
/**
 * Parses and checks a state file's text; `name` (a path or branch:path) is used in messages. A version-1 file is
 * migrated on read (its changes in force from their `at`) and written back as version 2.
 */
function parseState(text, name) {
    const data = readJson(text, name);
    const samples = data.samples ?? [];
    const changes = data.changes ?? [];
    const version = data.version ?? 1;
    const problems = [];
    if (version !== 1 && version !== 2)
        problems.push(`${name}: version must be 1 or 2, got ${JSON.stringify(data.version)}`);
    if (!Array.isArray(samples))
        problems.push(`${name}: samples must be an array`);
    else
        problems.push(...sampleProblems(samples, name));
    if (!Array.isArray(changes))
        problems.push(`${name}: changes must be an array`);
    else
        problems.push(...changeProblems(changes, name, version));
    problems.push(...(0,_usage_billing_sum_js__WEBPACK_IMPORTED_MODULE_1__/* .billingCacheProblems */ .yX)(data.billing, name));
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI(problems, 'Invalid state file');
    const read = changes;
    return {
        ...data,
        version: 2,
        samples,
        changes: version === 1 ? migrateChanges(read) : read
    };
}
/** The samples as dated values, oldest first. */
function usageSamples(state) {
    return state.samples
        .map(s => ({ at: new Date(s.at), used: s.used }))
        .sort((a, b) => a.at.getTime() - b.at.getTime());
}
/** The newest sample taken in [since, until], if any. */
function latestSample(state, since, until) {
    return usageSamples(state)
        .filter(s => s.at.getTime() >= since.getTime() && s.at.getTime() <= until.getTime())
        .at(-1);
}
function byTime(items) {
    return [...items].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
function key(item) {
    return JSON.stringify(item);
}
/** One proposal, whatever became of it: a status never makes a second record of the same change. */
function changeId(c) {
    return JSON.stringify([c.at, c.workflow, c.path, c.from, c.to]);
}
/** A status only moves forward; the base branch carrying the crons outranks anything a run concluded without it. */
const RANK = { proposed: 0, abandoned: 1, 'in-force': 2 };
/** The changes of both lists, one record per change: the one whose status is further along wins. */
function mergeChanges(existing, added) {
    const merged = new Map();
    for (const change of [...existing, ...added]) {
        const id = changeId(change);
        const known = merged.get(id);
        if (!known || RANK[change.status] > RANK[known.status])
            merged.set(id, change);
    }
    return [...merged.values()];
}
/**
 * Adds samples and changes, keeping both in time order and never adding an identical item twice. A change already
 * recorded is updated when the added copy's status is further along.
 */
function recordInState(state, additions) {
    const samples = [
        ...state.samples,
        ...(additions.samples ?? []).map(s => ({ at: s.at.toISOString(), used: s.used }))
    ];
    const dedupe = (items) => [
        ...new Map(items.map(i => [key(i), i])).values()
    ];
    const changes = mergeChanges(state.changes, additions.changes ?? []);
    const billing = additions.billing ? { billing: additions.billing } : {};
    return { ...state, samples: byTime(dedupe(samples)), changes: byTime(changes), ...billing };
}
/** Merges what this run added or updated into a newer copy of the state (after a 409 on write). */
function mergeStates(newer, ours, base) {
    const known = new Set([...base.samples, ...base.changes].map(key));
    return recordInState({ ...newer }, {
        samples: ours.samples
            .filter(s => !known.has(key(s)))
            .map(s => ({ at: new Date(s.at), used: s.used })),
        changes: ours.changes.filter(c => !known.has(key(c))),
        // The billing cache this run read replaces the newer one only when this run changed it.
        ...(ours.billing && key(ours.billing) !== key(base.billing ?? {})
            ? { billing: ours.billing }
            : {})
    });
}
/** The state as written to its file: stable two-space JSON with a final newline. */
function serializeState(state) {
    return `${JSON.stringify(state, null, 2)}\n`;
}


/***/ }),

/***/ 3816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ planBillingRead),
/* harmony export */   Is: () => (/* binding */ isSettled)
/* harmony export */ });
/* unused harmony exports SETTLE_MS, dayKey */
/* harmony import */ var _period_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6666);
/**
 * Which billing report queries cover the current period (DESIGN §10): the reports take a year, a month and a day, so
 * a month the period holds from its first day is one month query, and the days of a month it holds only in part (the
 * period starts on the reset day) are one query each — unless a finished day is in the cache.
 */

/**
 * How long after its end a day's figures are trusted to be final: GitHub's reports fill in over some hours, so a day
 * is cached only once a whole day has passed since it ended.
 */
const SETTLE_MS = _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
/** `YYYY-MM-DD` of an instant (UTC). */
function dayKey(at) {
    return at.toISOString().slice(0, 10);
}
function startOfDay(at) {
    return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
function nextMonth(at) {
    return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
}
/** Whether a day (`YYYY-MM-DD`) ended long enough before `now` for its figures to be final. */
function isSettled(day, now) {
    return Date.parse(`${day}T00:00:00Z`) + _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO + SETTLE_MS <= now.getTime();
}
/** The days from `first` to `last` inclusive, as `YYYY-MM-DD` (UTC midnights). */
function daysBetween(first, last) {
    const days = [];
    for (let t = first.getTime(); t <= last.getTime(); t += _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO)
        days.push(dayKey(new Date(t)));
    return days;
}
const queryOf = (day) => ({
    year: Number(day.slice(0, 4)),
    month: Number(day.slice(5, 7)),
    day: Number(day.slice(8, 10))
});
/**
 * The queries that read the period from its start (00:00 UTC on the reset day) to now: one per month the period holds
 * from the 1st (the current month's days that have not happened yet have no usage), one per day of the month it
 * starts in part-way. A settled day found in `cached` is reused instead of queried.
 */
function planBillingRead(period, now, cached) {
    const today = startOfDay(now);
    const queries = [];
    const reused = {};
    for (let month = startOfDay(period.start); month <= today; month = nextMonth(month)) {
        if (month.getUTCDate() === 1) {
            queries.push({ year: month.getUTCFullYear(), month: month.getUTCMonth() + 1 });
            continue;
        }
        const monthEnd = new Date(nextMonth(month).getTime() - _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
        for (const day of daysBetween(month, monthEnd < today ? monthEnd : today)) {
            const known = cached[day];
            if (known !== undefined && isSettled(day, now))
                reused[day] = known;
            else
                queries.push(queryOf(day));
        }
    }
    return { queries, reused };
}


/***/ }),

/***/ 6722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eK: () => (/* binding */ cachedDays),
/* harmony export */   gK: () => (/* binding */ sumBillingUsage),
/* harmony export */   yX: () => (/* binding */ billingCacheProblems)
/* harmony export */ });
/* harmony import */ var _billing_period_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3816);
/* harmony import */ var _billing_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4924);
/* harmony import */ var _period_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6666);
/**
 * The period's usage from billing report answers (DESIGN §10): the sum of the gross quantity of the items that count
 * toward the source, the cached days added, and the finished days to cache for the next run.
 */



const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * The cached days of a state's `billing` section when it is for this source and account; anything else (another
 * source or account, a malformed section) is no cache: the days are read again.
 */
function cachedDays(section, who) {
    if (!isRecord(section) || section.source !== who.source || section.account !== who.account)
        return {};
    return isRecord(section.days) ? validDays(section.days) : {};
}
/** The entries that are a `YYYY-MM-DD` day and a quantity ≥ 0. */
function validDays(days) {
    return Object.fromEntries(Object.entries(days).filter((entry) => /^\d{4}-\d{2}-\d{2}$/.test(entry[0]) &&
        typeof entry[1] === 'number' &&
        Number.isFinite(entry[1]) &&
        entry[1] >= 0));
}
/** The instant an item's usage counts up to: the end of its day (or month), or now when that is sooner. */
function itemEnd(date, now) {
    let end;
    if (/^\d{4}-\d{2}-\d{2}$/.test(date))
        end = Date.parse(`${date}T00:00:00Z`) + _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
    else if (/^\d{4}-\d{2}$/.test(date)) {
        const [year, month] = date.split('-').map(Number);
        end = Date.UTC(year, month, 1);
    }
    else
        return undefined;
    return new Date(Math.min(end, now.getTime()));
}
/** An item belongs to the read when it is dated in the query's month (or day) and not before the period. */
function inRead(item, query, periodStartDay) {
    const month = `${query.year}-${String(query.month).padStart(2, '0')}`;
    if (!item.date.startsWith(month))
        return false;
    if (item.date.length === 10 && item.date < periodStartDay)
        return false;
    return (query.day === undefined || item.date.length !== 10 || Number(item.date.slice(8)) === query.day);
}
const later = (a, b) => a === undefined || (b !== undefined && b > a) ? b : a;
const rounded = (n) => Math.round(n * 1e6) / 1e6;
const dayText = (query) => `${query.year}-${String(query.month).padStart(2, '0')}-${String(query.day).padStart(2, '0')}`;
/** Sums the reused days and the answers; the settled days read by day join the cache. */
function sumBillingUsage(input) {
    const { source, now } = input;
    const startDay = input.period.start.toISOString().slice(0, 10);
    const days = { ...input.plan.reused };
    let used = 0;
    let items = 0;
    let itemAt;
    for (const [day, quantity] of Object.entries(days)) {
        used += quantity;
        if (quantity > 0)
            [items, itemAt] = [items + 1, later(itemAt, itemEnd(day, now))];
    }
    for (const { query, items: answered } of input.answers) {
        const counted = answered.filter(i => (0,_billing_source_js__WEBPACK_IMPORTED_MODULE_1__/* .countsToward */ .kO)(source, i) && inRead(i, query, startDay));
        const sum = counted.reduce((total, i) => total + i.quantity, 0);
        used += sum;
        items += counted.length;
        for (const i of counted)
            if (i.quantity > 0)
                itemAt = later(itemAt, itemEnd(i.date, now));
        if (query.day !== undefined && (0,_billing_period_js__WEBPACK_IMPORTED_MODULE_2__/* .isSettled */ .Is)(dayText(query), now))
            days[dayText(query)] = rounded(sum);
    }
    return { used: rounded(used), itemAt, items, days };
}
/** What is wrong with a state file's `billing` section (absent is fine); `name` says where it is. */
function billingCacheProblems(section, name) {
    if (section === undefined)
        return [];
    const where = `${name}: billing`;
    if (!isRecord(section))
        return [`${where} must be an object {"source", "account", "days": {"YYYY-MM-DD": <number>}}`];
    const problems = [];
    if (typeof section.source !== 'string')
        problems.push(`${where}.source must be a string`);
    if (typeof section.account !== 'string')
        problems.push(`${where}.account must be a string`);
    if (!isRecord(section.days))
        problems.push(`${where}.days must be an object of day → quantity`);
    else if (Object.keys(validDays(section.days)).length !== Object.keys(section.days).length)
        problems.push(`${where}.days must map YYYY-MM-DD days to numbers ≥ 0`);
    return problems;
}


/***/ }),

/***/ 8893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ isWorkflowPath),
/* harmony export */   ql: () => (/* binding */ textSourceAt),
/* harmony export */   xs: () => (/* binding */ WORKFLOWS_DIR)
/* harmony export */ });
/** Port: the repository's files and branches (DESIGN §2). */
/** Where GitHub reads workflows from: the files directly in this folder. */
const WORKFLOWS_DIR = '.github/workflows';
/** Whether a path is a workflow file GitHub would run: `.yml`/`.yaml` directly in `.github/workflows/`. */
function isWorkflowPath(path) {
    const name = path.slice(WORKFLOWS_DIR.length + 1);
    return path.startsWith(`${WORKFLOWS_DIR}/`) && !name.includes('/') && /\.ya?ml$/.test(name);
}
/** The files of one ref, seen as a TextSource. */
function textSourceAt(files, ref) {
    return { readText: async (path) => (await files.readFile(path, ref))?.text };
}


/***/ }),

/***/ 239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ findAlertIssue),
/* harmony export */   O3: () => (/* binding */ publishAlert),
/* harmony export */   OH: () => (/* binding */ worsened),
/* harmony export */   Tj: () => (/* binding */ createAlert),
/* harmony export */   uF: () => (/* binding */ ISSUES_DISABLED)
/* harmony export */ });
/* harmony import */ var _core_usage_paused_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5793);
/* harmony import */ var _ports_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8309);
/* harmony import */ var _reports_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9935);



const RANK = { SAFE: 0, WARNING: 1, CRITICAL: 2 };
const ISSUES_DISABLED = 'issues are disabled in this repository, so the alert issue cannot be opened — enable them under Settings → ' +
    'General → Features → Issues';
const alertOf = (threads) => threads.find(t => t.body.includes(_reports_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .ALERT_MARKER */ .E$));
/** Open alert issues (labelled with the first label, carrying the hidden marker), oldest first. */
async function openAlerts(repo, label) {
    return (await repo.listIssues(label, 'open'))
        .filter(t => t.body.includes(_reports_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .ALERT_MARKER */ .E$))
        .sort((a, b) => a.number - b.number);
}
/**
 * The one open alert issue. Duplicates — left by an overlapping run or a create GitHub applied but answered with an
 * error — are closed with a link to the oldest, which is kept.
 */
async function findAlertIssue(repo, label) {
    const [kept, ...duplicates] = await openAlerts(repo, label);
    for (const duplicate of duplicates) {
        await repo.comment(duplicate.number, `Duplicate of #${kept?.number}: the orchestrator keeps one alert issue.`);
        await repo.closeIssue(duplicate.number);
    }
    return kept;
}
/** Opens the alert; when the create fails or races another run, the issue an attempt made is taken instead. */
async function createAlert(repo, issue) {
    const label = issue.labels[0];
    let created;
    try {
        created = await repo.createIssue(issue);
    }
    catch (error) {
        const made = await findAlertIssue(repo, label).catch(() => undefined);
        if (made)
            return made;
        // Not made: a failure before GitHub acted (a dropped connection, a 5xx) is safe to try once more.
        if (!(error instanceof _ports_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RemoteError */ .Hi))
            throw error;
        created = await repo.createIssue(issue);
    }
    const oldest = await findAlertIssue(repo, label);
    return oldest ?? created;
}
function worsened(before, now) {
    return RANK[now] !== undefined && RANK[now] > (RANK[before ?? 'SAFE'] ?? 0);
}
async function closeAlert(repo, plan, issue) {
    const u = plan.usage;
    await repo.comment(issue.number, `✅ Usage is back to SAFE and nothing is paused: ${u.used.toLocaleString('en-US')} of ${u.quota.toLocaleString('en-US')} used, ${Math.round(u.projected).toLocaleString('en-US')} projected at the reset. Closing.`);
    await repo.closeIssue(issue.number);
}
/** An alert closed by hand while the usage is still not SAFE is reopened, not opened anew every day. */
async function reopenClosed(repo, status, paused, label) {
    const closed = alertOf(await repo.listIssues(label, 'closed'));
    if (!closed)
        return undefined;
    await repo.reopenIssue(closed.number);
    const still = (0,_core_usage_paused_js__WEBPACK_IMPORTED_MODULE_0__/* .isPausedAny */ .b4)(paused)
        ? `workflows are still paused (**${status}**). Close it again once nothing is paused and the usage is SAFE`
        : `usage is still **${status}**. Close it again once the usage is back to SAFE`;
    await repo.comment(closed.number, `🔁 Reopened: ${still}, or leave it to the orchestrator.`);
    return closed;
}
async function raiseAlert(repo, plan, options) {
    const title = (0,_reports_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .issueTitle */ .al)(plan, options.paused);
    const body = (0,_reports_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .issueBody */ .y6)(plan, options.pullRequest, options.paused);
    const status = (0,_core_usage_paused_js__WEBPACK_IMPORTED_MODULE_0__/* .alertStatus */ .hp)(plan.usage.status, options.paused);
    const label = options.labels[0];
    const existing = options.open ?? (await reopenClosed(repo, status, options.paused, label));
    if (!existing) {
        for (const name of options.labels)
            await repo.ensureLabel(name);
        return {
            operation: 'created',
            issue: await createAlert(repo, { title, body, labels: options.labels })
        };
    }
    const unchanged = existing.title === title && existing.body === body;
    const issue = unchanged ? existing : await repo.updateIssue(existing.number, { title, body });
    if (options.open && worsened((0,_reports_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .recordedStatus */ .Jl)(existing.body), status)) {
        await repo.comment(existing.number, `🚨 Status worsened to **${status}**.`);
    }
    const operation = options.open ? (unchanged ? 'none' : 'updated') : 'reopened';
    return { operation, issue };
}
/**
 * Opens, updates, reopens or closes the one alert issue (DESIGN §6): open while the usage is not SAFE or something is
 * paused (§12, §13), with the pauses in its body. In dry run it only reads.
 */
async function publishAlert(repo, plan, options) {
    const paused = options.paused ?? _core_usage_paused_js__WEBPACK_IMPORTED_MODULE_0__/* .NOTHING_PAUSED */ .fL;
    const status = (0,_core_usage_paused_js__WEBPACK_IMPORTED_MODULE_0__/* .alertStatus */ .hp)(plan.usage.status, paused);
    if (!options.issuesEnabled) {
        return status === 'SAFE'
            ? { operation: 'none' }
            : { operation: 'none', problem: ISSUES_DISABLED };
    }
    try {
        const open = await findAlertIssue(repo, options.labels[0]);
        if (status === 'SAFE') {
            if (!open)
                return { operation: 'none' };
            if (!options.dryRun)
                await closeAlert(repo, plan, open);
            return { operation: 'closed', issue: open };
        }
        if (options.dryRun)
            return { operation: open ? 'updated' : 'created', issue: open };
        return await raiseAlert(repo, plan, { ...options, open, paused });
    }
    catch (error) {
        if (error instanceof _ports_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PermissionError */ .i_ || error instanceof _ports_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NotFoundError */ .m_)
            return { operation: 'none', problem: error.message };
        throw error;
    }
}


/***/ }),

/***/ 7017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ applySchedules),
  g: () => (/* binding */ resolveBase)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/schedule/plan.ts + 1 modules
var schedule_plan = __webpack_require__(2040);
// EXTERNAL MODULE: ./src/core/state/schedule-changes.ts
var schedule_changes = __webpack_require__(8628);
// EXTERNAL MODULE: ./src/core/usage/budgets.ts
var budgets = __webpack_require__(5537);
// EXTERNAL MODULE: ./src/core/usage/paused.ts
var usage_paused = __webpack_require__(5793);
// EXTERNAL MODULE: ./src/ports/workflow-files.ts
var workflow_files = __webpack_require__(8893);
// EXTERNAL MODULE: ./src/reports/markdown.ts + 2 modules
var markdown = __webpack_require__(9935);
// EXTERNAL MODULE: ./src/core/forecast/cost-model.ts + 1 modules
var cost_model = __webpack_require__(6691);
// EXTERNAL MODULE: ./src/core/cron/occurrences.ts
var occurrences = __webpack_require__(7150);
// EXTERNAL MODULE: ./src/core/forecast/least-squares.ts
var least_squares = __webpack_require__(9953);
// EXTERNAL MODULE: ./src/core/usage/period.ts
var period = __webpack_require__(6666);
// EXTERNAL MODULE: ./src/core/schedule/schedule.ts + 1 modules
var schedule = __webpack_require__(8622);
;// CONCATENATED MODULE: ./src/core/forecast/policy.ts






/** Most productive first: the order in which the target policy tries the modes. */
const BY_PRODUCTIVITY = ['aggressive', 'normal', 'conservative'];
/** used + Σ cost × runs from now to the reset + background × remaining days (weekend days at their own rate). */
function projectMode(mode, input) {
    const days = Math.max(input.end.getTime() - input.now.getTime(), 0) / period/* DAY_MS */.sO;
    const weekend = (0,cost_model/* weekendDays */.TD)(input.now, input.end);
    const weekendRate = input.weekendPerDay ?? input.backgroundPerDay;
    let projected = input.used + input.backgroundPerDay * (days - weekend) + weekendRate * weekend;
    const runs = new Map();
    for (const w of input.workflows) {
        runs.set(w.id, (0,occurrences/* runsBetween */.tc)(w.schedules[mode], input.now, input.end));
        projected += (input.costs.get(w.id) ?? 1) * runs.get(w.id);
    }
    const standardError = input.spread ? (0,cost_model/* projectionError */.ql)(input.spread, runs, days, weekend) : 0;
    return { mode, projected, share: projected / input.quota, standardError };
}
/**
 * Fewer spare intervals than this in the cost model's fit and its standard errors are themselves guesses: a projection
 * may then reach the target and no more.
 */
const MIN_DEGREES_OF_FREEDOM = 4;
/**
 * The mode in force keeps its place up to halfway from the target to the quota: once a mode lands near the target, its
 * projection wanders around it day to day, and without this band every wander would open a pull request.
 */
function holdShare(target) {
    return target + (1 - target) / 2;
}
/**
 * How far a projection may go. To be chosen: the target, raised to the quota less its 95% margin (t × standard error)
 * once that is higher — the margin shrinks with the days left, and a policy that decides again every day can spend
 * what a firm projection shows. To stay chosen as the mode in force: the hold share, raised to the quota less half a
 * standard error. Never above the quota; without a trustworthy standard error, the target and the hold share.
 */
function limits(target, projection, quota, dof) {
    const plain = { allowed: target, hold: holdShare(target) };
    if (dof === undefined || dof < MIN_DEGREES_OF_FREEDOM)
        return plain;
    const se = projection.standardError / quota;
    return {
        allowed: Math.max(plain.allowed, 1 - (0,least_squares/* tQuantile95 */.q8)(dof) * se),
        hold: Math.max(plain.hold, 1 - se / 2)
    };
}
/**
 * The most productive mode whose projection is within its allowance (for the mode in force: within its hold); see
 * `limits`. Conservative when none is.
 */
function chooseByTarget(input, target, inForce) {
    const dof = input.spread?.dof;
    const projections = BY_PRODUCTIVITY.map((mode) => {
        const p = projectMode(mode, input);
        return { ...p, ...limits(target, p, input.quota, dof) };
    });
    const fits = (p) => p.projected <= p.allowed * input.quota;
    // Conservative is the floor: there is nothing to keep it against.
    const kept = (p) => p.mode === inForce && p.mode !== 'conservative' && p.projected <= p.hold * input.quota;
    const chosen = projections.find(p => fits(p) || kept(p));
    const mode = (chosen ?? projections[projections.length - 1]).mode;
    const fit = chosen === undefined ? 'none' : fits(chosen) ? 'fits' : 'kept';
    const trusted = dof !== undefined && dof >= MIN_DEGREES_OF_FREEDOM;
    const reason = {
        ...{ rule: 'target', fit, mode, quota: input.quota, target, halfway: holdShare(target) },
        ...(dof === undefined ? {} : { dof }),
        ...(trusted ? { tQuantile: (0,least_squares/* tQuantile95 */.q8)(dof) } : {}),
        projections
    };
    return { mode, reason, projections };
}
/** The mode whose crons every managed workflow has now; undefined when the files match no single mode. */
function modeInForce(workflows, current) {
    // A dispatched workflow whose file handed its crons to the orchestrator (DESIGN §12) shows no mode.
    const voting = workflows.filter(w => !(w.via === 'dispatch' && current.get(w.id)?.length === 0));
    if (voting.length === 0)
        return undefined;
    return schedule/* MODES */.FN.find(mode => voting.every(w => {
        const now = current.get(w.id);
        return now !== undefined && (0,schedule/* sameSchedule */.i1)(now, w.schedules[mode]);
    }));
}
function targetDecision(input, costs, target) {
    const u = input.usage;
    if (costs.background === undefined)
        return {
            mode: u.mode,
            reason: {
                rule: 'target-learning',
                note: costs.note ?? 'learning',
                mode: u.mode,
                thresholds: u.modeReason
            },
            projections: []
        };
    const quota = (0,budgets/* budgetedQuota */.fu)(u.quota, input.config.budgets);
    const projection = {
        workflows: input.config.workflows,
        costs: (0,cost_model/* costsById */.dM)(costs),
        backgroundPerDay: costs.background.perDay,
        ...(costs.background.weekend ? { weekendPerDay: costs.background.weekend.perDay } : {}),
        used: u.used,
        // A period budget in the quota's unit below the quota is what the policy aims under (DESIGN §13).
        quota,
        now: input.now,
        end: u.period.end,
        ...(costs.spread ? { spread: costs.spread } : {})
    };
    const decision = chooseByTarget(projection, target, modeInForce(input.config.workflows, input.current));
    if (quota >= u.quota)
        return decision;
    return { ...decision, reason: { ...decision.reason, budgeted: true } };
}
/**
 * Fits the cost model and, under the target policy, replaces the threshold mode with the target choice. A forced mode
 * stands under either policy; the status is the usage report's, whichever policy chose the mode.
 */
function applyPolicy(input) {
    const name = input.policy ?? input.config.policy;
    const target = input.config.target;
    const costs = (0,cost_model/* fitCostModel */.si)({
        workflows: input.config.workflows,
        samples: (0,cost_model/* periodSamples */.zQ)(input.history, input.reading, input.usage.period),
        changes: input.changes,
        current: input.current,
        ...(input.observed ? { observed: input.observed } : {})
    });
    if (name === 'thresholds' || input.usage.forced)
        return { usage: input.usage, report: { name, target, costs } };
    const decision = targetDecision(input, costs, target);
    return {
        usage: { ...input.usage, mode: decision.mode, modeReason: decision.reason },
        report: { name, target, costs, decision }
    };
}

// EXTERNAL MODULE: ./src/core/runs/mode-cost.ts
var mode_cost = __webpack_require__(6357);
// EXTERNAL MODULE: ./src/core/schedule/config.ts + 2 modules
var config = __webpack_require__(9853);
// EXTERNAL MODULE: ./src/use-cases/assess-usage.ts
var assess_usage = __webpack_require__(8007);
;// CONCATENATED MODULE: ./src/use-cases/plan-schedules.ts








/** Reads the config and lists its problems without throwing for them; a missing file is an error that names it. */
async function readConfigFile(source, path) {
    const text = await source.readText(path);
    if (text === undefined) {
        throw new errors/* ValidationError */.yI([`${path} not found — add the orchestrator config there, or point the config setting at it`], 'Missing orchestrator config');
    }
    return (0,config/* readConfig */.Xg)(text, path);
}
/** Reads and validates the config; a missing file is an error that names it. */
async function loadConfig(source, path) {
    const { config, problems } = await readConfigFile(source, path);
    if (problems.length > 0)
        throw new ValidationError(problems, CONFIG_PROBLEMS);
    return config;
}
/** Reads each managed workflow's text once. */
async function readWorkflowTexts(source, config) {
    const paths = config.workflows.map(w => w.path);
    const texts = await Promise.all(paths.map(p => source.readText(p)));
    return new Map(paths.map((p, i) => [p, texts[i]]));
}
/** The crons each managed workflow (by id) has on the base branch. */
function baseCrons(current) {
    return new Map([...current].map(([id, file]) => [id, file.from.map(e => e.cron)]));
}
/** The mode the base branch carries, and since when the state says it has been in force. */
function inForceOf(config, current, changes) {
    const entries = new Map([...current].map(([id, file]) => [id, file.from]));
    const mode = modeInForce(config.workflows, entries) ?? null;
    return { mode, since: mode === null ? null : (0,schedule_changes/* inForceSince */.Rs)(changes, baseCrons(current)) };
}
/**
 * Reads the config and the managed workflows from `source` and settles the recorded changes against them — a
 * proposal the base branch now carries counts as in force from now. The config's problems and the workflow files'
 * are listed together, in one error. Writes nothing.
 */
async function readSchedules(source, input) {
    const { config, problems } = await readConfigFile(source, input.configPath);
    const current = (0,schedule_plan/* readCurrentWorkflows */.Qv)(config, await readWorkflowTexts(source, config), problems);
    const changes = (0,schedule_changes/* settleChanges */.DK)(input.state?.changes ?? [], baseCrons(current), input.now);
    return { config, current, changes };
}
/** The cost per run the policy takes from the jobs: billable minutes, when the usage is Actions minutes. */
function observedCosts(input) {
    if (input.usageSource !== 'actions-minutes' || !input.observed)
        return undefined;
    return new Map([...input.observed].map(([id, perRun]) => [id, perRun.billableMinutes]));
}
/** The changed workflows' 30 days before → after at what one of their runs was observed to use. */
function costOfChange(plan, observed) {
    const priced = (0,schedule_plan/* changedWorkflows */.HC)(plan).map(w => ({ ...w, perRun: observed.get(w.id) ?? null }));
    return (0,mode_cost/* planCost */.b0)(priced, plan.now);
}
/**
 * Decides the run once from what was read: the usage assessed, the mode chosen by the thresholds or, under the target
 * policy, by the cost model learned from the state (from the changes in force only), and each workflow's new text.
 */
function decideSchedules(read, input) {
    const { config, current, changes } = read;
    const assessed = (0,assess_usage/* assessUsageNow */.S7)({ ...input, thresholds: config.thresholds });
    const observed = observedCosts(input);
    const chosen = applyPolicy({
        usage: assessed.usage,
        config,
        policy: input.policy,
        history: assessed.history,
        changes,
        current: new Map([...current].map(([id, file]) => [id, file.from])),
        reading: assessed.reading,
        now: input.now,
        ...(observed ? { observed } : {})
    });
    const plan = (0,schedule_plan/* buildPlan */.Gg)({ usage: chosen.usage, config, current, now: input.now });
    const u = chosen.usage;
    return {
        ...plan,
        policy: chosen.report,
        inForce: inForceOf(config, current, changes),
        config,
        changes,
        samples: (0,cost_model/* periodSamples */.zQ)(assessed.history, assessed.reading, u.period),
        ...(input.observed ? { cost: costOfChange(plan, input.observed) } : {})
    };
}
/** The plan of one run, built once from the files `source` reads (readSchedules, then decideSchedules). Writes nothing. */
async function planSchedules(source, input) {
    return decideSchedules(await readSchedules(source, input), input);
}

// EXTERNAL MODULE: ./src/use-cases/read-usage.ts
var read_usage = __webpack_require__(7205);
// EXTERNAL MODULE: ./src/use-cases/state-store.ts
var state_store = __webpack_require__(4962);
// EXTERNAL MODULE: ./src/reports/audit-markdown.ts
var audit_markdown = __webpack_require__(5728);
// EXTERNAL MODULE: ./src/use-cases/apply-schedules/alert-issue.ts
var alert_issue = __webpack_require__(239);
;// CONCATENATED MODULE: ./src/use-cases/apply-schedules/audit-fixes.ts
/** A workflow file the config does not manage, changed only by the fixes. */
function unmanaged(path, oldText, newText) {
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
    };
}
/** The plan's proposal with the fixed texts: what the branch, the pull request or the direct commit carries. */
function proposalWithFixes(plan, fixes) {
    if (!fixes || fixes.files.size === 0)
        return plan;
    const managed = new Set(plan.workflows.map(w => w.path));
    const workflows = plan.workflows.map(w => {
        const text = fixes.files.get(w.path);
        return text === undefined ? w : { ...w, newText: text, changed: text !== w.oldText };
    });
    const others = [...fixes.files]
        .filter(([path]) => !managed.has(path))
        .map(([path, text]) => unmanaged(path, fixes.base[path] ?? '', text));
    return { mode: plan.mode, workflows: [...workflows, ...others] };
}

// EXTERNAL MODULE: ./src/ports/errors.ts
var ports_errors = __webpack_require__(8309);
// EXTERNAL MODULE: ./src/use-cases/apply-schedules/pull-request.ts + 1 modules
var pull_request = __webpack_require__(5027);
;// CONCATENATED MODULE: ./src/use-cases/apply-schedules/delivery.ts
/**
 * How a schedule change reaches the base branch (input `delivery`): the pull request a person merges (the default),
 * the same pull request with GitHub's auto-merge turned on, or one commit straight onto the base branch for a
 * repository without branch protection. Whatever the way, nothing is left half-made: a refused commit leaves the base
 * branch and every other branch as they were.
 */




/** Delivers the proposal the way `target.delivery` says (see the module comment). In dry run it only reads. */
async function deliverSchedules(repo, plan, target, text) {
    const { delivery } = target;
    if (delivery === 'direct' && (0,schedule_plan/* changedWorkflows */.HC)(plan).length > 0)
        return commitToBase(repo, plan, target);
    const outcome = { ...(await (0,pull_request/* publishPullRequest */.g)(repo, plan, target, text)), delivery };
    if (delivery !== 'auto-merge' || target.dryRun)
        return outcome;
    const pull = outcome.operation === 'closed' ? undefined : outcome.pullRequest;
    return pull ? { ...outcome, autoMerge: await autoMerge(repo, pull) } : outcome;
}
/** Auto-merge turned on, or GitHub's refusal in words: the pull request stays open for a person either way. */
async function autoMerge(repo, pull) {
    try {
        await repo.enableAutoMerge(pull.number);
        return { enabled: true };
    }
    catch (error) {
        if (!(error instanceof ports_errors/* PortError */.U7))
            throw error;
        return { enabled: false, problem: (0,errors/* errorMessage */.gJ)(error) };
    }
}
/**
 * One commit of the changed workflows on the base head, then the base branch moved forward to it (never forced). A
 * refusal (branch protection, the base moved, a token that cannot write workflows) is thrown before anything is
 * visible: the commit stays unreferenced and no branch is made. A schedule pull request left open from an earlier run
 * is closed then, with a comment naming the commit, and its branch deleted.
 */
async function commitToBase(repo, plan, target) {
    const open = await repo.findOpenPullRequest(target.branch, target.base);
    const operation = open ? 'closed' : 'none';
    const base = { operation, pullRequest: open, delivery: target.delivery };
    if (target.dryRun)
        return { ...base, pushed: false };
    const changed = (0,schedule_plan/* changedWorkflows */.HC)(plan);
    const commit = await repo.commitFiles({
        parent: target.baseHead,
        files: changed.map(w => ({ path: w.path, text: w.newText })),
        message: `orchestrator: ${plan.mode} schedule for ${changed.map(w => w.id).join(', ')}`
    });
    await repo.advanceBranch(target.base, commit);
    if (open) {
        await repo.comment(open.number, `The **${plan.mode}** schedule was committed to \`${target.base}\` directly (${commit}); closing this pull request.`);
        await repo.closePullRequest(open.number);
        await repo.deleteBranch(target.branch);
    }
    return { ...base, pushed: true, commit };
}

;// CONCATENATED MODULE: ./src/use-cases/apply-schedules/apply-schedules.ts














const silent = { phase: (_name, work) => work(), info: () => { } };
/** The base branch and its head, checked against the schedule and state branches before anything is written. */
async function resolveBase(ports, settings) {
    const info = await ports.info();
    const base = settings.base || info.defaultBranch;
    const problems = [];
    if (settings.branch === base)
        problems.push(`input 'branch' is the base branch '${base}'; the schedule changes need a branch of their own`);
    if (settings.stateBranch === base)
        problems.push(`input 'state-branch' is the base branch '${base}'; the state must live on its own branch`);
    if (problems.length > 0)
        throw new errors/* ValidationError */.yI(problems);
    const baseHead = await ports.branchHead(base);
    if (!baseHead)
        throw new errors/* ValidationError */.yI([`input 'base': branch '${base}' does not exist in the repository`]);
    const kind = info.ownerIsOrganization ? 'org' : 'user';
    return { base, baseHead, issuesEnabled: info.issuesEnabled, owner: { kind, name: info.owner } };
}
function proposedChanges(plan) {
    const at = plan.now.toISOString();
    return (0,schedule_plan/* changedWorkflows */.HC)(plan).map(w => ({
        at,
        mode: plan.mode,
        workflow: w.id,
        path: w.path,
        from: w.from.map(e => e.cron),
        // A dispatched workflow's file keeps no crons: recorded so, the change settles in force once merged.
        to: w.via === 'dispatch' ? [] : w.to.map(e => e.cron)
    }));
}
/**
 * The state after the run: a proposal the base branch now carries is in force; the pending proposals become those of
 * the pull request open after the run (none when it was closed or not made), the others abandoned.
 */
async function recordState(storage, name, loaded, result) {
    if (!storage)
        return;
    const { plan, pullRequest } = result;
    const samples = result.given === undefined ? [] : [{ at: plan.now, used: result.given }];
    // A direct commit's changes are proposals the base already carries: the next run settles them in force.
    const open = pullRequest.commit !== undefined ||
        (pullRequest.pullRequest !== undefined && pullRequest.operation !== 'closed');
    const changes = (0,schedule_changes/* reconcileChanges */.mg)(loaded.state.changes, {
        now: plan.now,
        base: new Map(plan.workflows.map(w => [w.id, w.from.map(e => e.cron)])),
        proposals: open ? proposedChanges(plan) : [],
        fresh: pullRequest.operation === 'created'
    });
    await (0,state_store/* saveState */.LZ)(storage, name, loaded, { samples, changes, billing: result.live?.cache });
}
/** The usage from the billing report when the usage source is one (and `used` was not given); logged. */
async function readLiveUsage(ports, settings, context, progress) {
    const { source, account } = settings.billing;
    const { used, resetDay } = settings.usage;
    if (source === 'input' || used !== undefined)
        return undefined;
    const live = await progress.phase('Read the usage', () => (0,read_usage/* liveUsageFor */.zj)(ports.billing, { source, account, used, resetDay, ...context }));
    if (live)
        progress.info((0,read_usage/* liveUsageLine */.sN)(live));
    return live;
}
/** Reads the state (when there is one), the usage, the config and files, and the runs; plans the run from the base branch. */
async function readAndPlan(ports, settings, where, now, progress, observer) {
    const { phase } = progress;
    const storage = settings.stateBranch ? ports.stateStorage(where.baseHead) : undefined;
    const loaded = await phase('Read the state', () => storage ? (0,state_store/* loadState */.C7)(storage, ports.stateName) : Promise.resolve((0,state_store/* emptyLoadedState */.kz)()));
    const cached = loaded.state.billing;
    const live = await readLiveUsage(ports, settings, { owner: where.owner, now, cached }, progress);
    const source = (0,workflow_files/* textSourceAt */.ql)(ports, where.baseHead);
    const read = await phase('Read the config and workflows', () => readSchedules(source, { configPath: settings.config, state: loaded.state, now }));
    const observed = await observer?.observe(read, now);
    const plan = await phase('Plan', async () => decideSchedules(read, {
        usage: settings.usage,
        configPath: settings.config,
        state: loaded.state,
        now,
        usedName: "input 'used'",
        policy: settings.policy,
        usageSource: settings.billing.source,
        live,
        ...(observed ? { observed } : {})
    }));
    // Budgets pause through the state (DESIGN §13): refused before any write when there is none.
    if (plan.config.budgets && !storage)
        throw new errors/* ValidationError */.yI([
            `${settings.config}: budgets record their pauses in the state, but input 'state-branch' is empty — name the state branch (e.g. orchestrator-state) or remove budgets`
        ]);
    const paused = {
        budget: (0,budgets/* readPauses */.QE)(loaded.state.pauses),
        failures: (0,usage_paused/* failurePausesOf */.bE)(loaded.state.dispatch, plan.config.workflows)
    };
    return { storage, loaded, plan, live, paused };
}
const numbered = (thread) => (thread ? ` #${thread.number}` : '');
/** The schedule pull request (or direct commit): the plan's files with the audit's fixes, and the body's sections. */
async function deliverPlan(ports, settings, where, plan, { progress, hooks }) {
    const { fixHook, beforeDelivery } = hooks;
    const fixes = fixHook
        ? await progress.phase('Audit fixes', () => fixHook(plan, where))
        : undefined;
    const sections = beforeDelivery ? await beforeDelivery(plan) : [];
    const text = () => (0,audit_markdown/* withFixes */.Oq)({ title: (0,markdown/* pullRequestTitle */.Zr)(plan), body: (0,markdown/* pullRequestBody */.NF)(plan, sections) }, plan, fixes);
    const target = {
        ...where,
        branch: settings.branch,
        labels: settings.labels,
        dryRun: settings.dryRun,
        delivery: settings.delivery
    };
    const pullRequest = await progress.phase('Pull request', () => deliverSchedules(ports, proposalWithFixes(plan, fixes), target, text));
    return { pullRequest, fixes };
}
/**
 * One run (DESIGN §1): read the usage and the files from the base branch (and, with an observer, the runs), plan,
 * write the branch and the pull request, raise or close the alert, record the state. Every check happens before the
 * first write.
 */
async function applySchedules(ports, settings, now, progress = silent, hooks = {}) {
    const { phase, info } = progress;
    const would = settings.dryRun ? ' (dry run: would be)' : '';
    const where = await phase('Read the repository', () => resolveBase(ports, settings));
    info(`base ${where.base} at ${where.baseHead}`);
    const read = await readAndPlan(ports, settings, where, now, progress, hooks.observer);
    const { storage, loaded, plan, live, paused } = read;
    info(`mode ${plan.mode}, status ${plan.usage.status}, ${(0,schedule_plan/* changedWorkflows */.HC)(plan).length} workflows change`);
    const { pullRequest, fixes } = await deliverPlan(ports, settings, where, plan, {
        progress,
        hooks
    });
    info(`pull request${would}: ${pullRequest.operation}${numbered(pullRequest.pullRequest)}`);
    const alert = await phase('Alert issue', () => (0,alert_issue/* publishAlert */.O3)(ports, plan, {
        labels: settings.labels,
        dryRun: settings.dryRun,
        issuesEnabled: where.issuesEnabled,
        pullRequest: pullRequest.operation === 'closed' ? undefined : pullRequest.pullRequest,
        // As recorded: a pause whose day turned is resumed by the budget check, which then reports it here.
        paused
    }));
    info(`alert issue${would}: ${alert.operation}${numbered(alert.issue)}`);
    if (!settings.dryRun) {
        const given = settings.usage.used ?? live?.used;
        await phase('Record the state', () => recordState(storage, ports.stateName, loaded, { plan, pullRequest, given, live }));
    }
    return {
        plan,
        pullRequest,
        alert,
        requests: ports.requestCount(),
        paused,
        ...(fixes ? { fixes } : {})
    };
}


/***/ }),

/***/ 5611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ gitBlobSha)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** The git blob sha of a text, as GitHub reports it for a file with exactly these UTF-8 bytes. */
function gitBlobSha(text) {
    const bytes = Buffer.from(text, 'utf8');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}


/***/ }),

/***/ 5027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ publishPullRequest)
});

// EXTERNAL MODULE: ./src/core/schedule/plan.ts + 1 modules
var schedule_plan = __webpack_require__(2040);
// EXTERNAL MODULE: ./src/ports/errors.ts
var errors = __webpack_require__(8309);
// EXTERNAL MODULE: ./src/use-cases/apply-schedules/git-blob.ts
var git_blob = __webpack_require__(5611);
;// CONCATENATED MODULE: ./src/use-cases/apply-schedules/schedule-branch.ts


/**
 * Whether the branch exists, and whether it is built on the base head and changes exactly these files into exactly
 * these texts. One compare answers both: it is 404 when the branch does not exist.
 */
async function branchState(repo, target, changed) {
    try {
        const comparison = await repo.compare(target.baseHead, target.branch);
        const holdsChange = comparison.upToDate &&
            comparison.files.size === changed.length &&
            changed.every(w => comparison.files.get(w.path) === (0,git_blob/* gitBlobSha */.A)(w.newText));
        return { exists: true, holdsChange };
    }
    catch (error) {
        if (error instanceof errors/* NotFoundError */.m_)
            return { exists: false, holdsChange: false };
        throw error;
    }
}
/** Points the branch at the commit: creates it, or moves it (forced) when it exists or another run just made it. */
async function moveBranch(repo, branch, sha, exists) {
    if (exists)
        return repo.resetBranch(branch, sha);
    try {
        await repo.createBranch(branch, sha);
    }
    catch (error) {
        if (!(error instanceof errors/* AlreadyExistsError */.Tm))
            throw error;
        await repo.resetBranch(branch, sha);
    }
}
/**
 * Puts the changed workflows on the fixed branch as ONE commit on the base head (DESIGN §14), then moves the branch
 * once. Until the branch moves nothing is visible, so a failure leaves the branch as it was, and the branch never
 * holds files of two runs. Returns false when the branch already held exactly this change.
 */
async function pushScheduleBranch(repo, target, changed) {
    const branch = await branchState(repo, target, changed);
    if (branch.holdsChange)
        return false;
    const names = changed.map(w => w.id).join(', ');
    const sha = await repo.commitFiles({
        parent: target.baseHead,
        files: changed.map(w => ({ path: w.path, text: w.newText })),
        message: `orchestrator: ${target.mode} schedule for ${names}`
    });
    await moveBranch(repo, target.branch, sha, branch.exists);
    return true;
}

;// CONCATENATED MODULE: ./src/use-cases/apply-schedules/pull-request.ts


async function closeObsolete(repo, plan, target, open) {
    if (target.dryRun)
        return;
    await repo.comment(open.number, `Every managed workflow already has its **${plan.mode}** schedule on \`${target.base}\`; closing this pull request.`);
    await repo.closePullRequest(open.number);
    await repo.deleteBranch(target.branch);
}
/** Adds the labels the pull request lacks; none missing, no request. */
async function label(repo, pull, labels) {
    const missing = labels.filter(l => !pull.labels.includes(l));
    if (missing.length === 0)
        return;
    for (const name of missing)
        await repo.ensureLabel(name);
    await repo.addLabels(pull.number, missing);
}
async function openPullRequest(repo, target, title, body) {
    try {
        return await repo.createPullRequest({ branch: target.branch, base: target.base, title, body });
    }
    catch (error) {
        // GitHub may have made it and answered with an error, or an overlapping run made it: take that one.
        const made = await repo.findOpenPullRequest(target.branch, target.base).catch(() => undefined);
        if (made)
            return repo.updatePullRequest(made.number, { title, body });
        // No pull request means no reason for the branch: leave nothing half-made.
        await repo.deleteBranch(target.branch);
        throw error;
    }
}
/** Opens, updates or closes the one schedule pull request (DESIGN §6). In dry run it only reads. */
async function publishPullRequest(repo, plan, target, text) {
    const changed = (0,schedule_plan/* changedWorkflows */.HC)(plan);
    const open = await repo.findOpenPullRequest(target.branch, target.base);
    if (changed.length === 0) {
        if (!open)
            return { operation: 'none', pushed: false };
        await closeObsolete(repo, plan, target, open);
        return { operation: 'closed', pullRequest: open, pushed: false };
    }
    if (target.dryRun)
        return { operation: open ? 'updated' : 'created', pullRequest: open, pushed: false };
    const pushed = await pushScheduleBranch(repo, { branch: target.branch, baseHead: target.baseHead, mode: plan.mode }, changed);
    const { title, body } = text();
    if (open && open.title === title && open.body === body) {
        await label(repo, open, target.labels);
        return { operation: pushed ? 'updated' : 'none', pullRequest: open, pushed };
    }
    const pullRequest = open
        ? await repo.updatePullRequest(open.number, { title, body })
        : await openPullRequest(repo, target, title, body);
    await label(repo, open ?? pullRequest, target.labels);
    return { operation: open ? 'updated' : 'created', pullRequest, pushed };
}


/***/ }),

/***/ 8007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S7: () => (/* binding */ assessUsageNow)
/* harmony export */ });
/* unused harmony exports STALE_SAMPLE_DAYS, currentReading */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_state_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6624);
/* harmony import */ var _core_usage_period_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6666);
/* harmony import */ var _core_usage_usage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(820);




/** A state sample older than this is said to be stale in the log and the summary. */
const STALE_SAMPLE_DAYS = 2;
/** `used` as given at now, or the state's latest sample of the current period at its own time. */
function currentReading(input) {
    if (input.usage.used !== undefined)
        return { at: input.now, used: input.usage.used };
    if (input.live)
        return { at: input.now, used: input.live.used };
    const period = (0,_core_usage_period_js__WEBPACK_IMPORTED_MODULE_3__/* .periodAt */ .Vw)(input.now, input.usage.resetDay);
    const sample = input.state ? (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .latestSample */ .I$)(input.state, period.start, input.now) : undefined;
    if (sample)
        return sample;
    const since = period.start.toISOString().slice(0, 10);
    const history = input.usedName === '--used' ? 'the --history file' : 'the state';
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI([
        `${input.usedName} is empty and ${history} has no usage sample for the current period (since ${since}) — pass the usage figure`
    ]);
}
/**
 * Burn rate, projection, status and mode (DESIGN §3). A figure taken from the state is assessed at its own time — the
 * burn rate from the samples before it, the projection from it to the reset — so an old sample never reads as a
 * stop in spending; the report says how old it is.
 */
function assessUsageNow(input) {
    const reading = currentReading(input);
    const history = input.state ? (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .usageSamples */ .J1)(input.state) : [];
    const at = (0,_core_usage_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .assessUsage */ .IQ)({
        quota: input.usage.quota,
        used: reading.used,
        resetDay: input.usage.resetDay,
        now: reading.at,
        history,
        thresholds: input.thresholds,
        forcedMode: input.usage.mode === 'auto' ? undefined : input.usage.mode
    });
    const ageDays = (input.now.getTime() - reading.at.getTime()) / _core_usage_period_js__WEBPACK_IMPORTED_MODULE_3__/* .DAY_MS */ .sO;
    const usage = {
        ...at,
        period: (0,_core_usage_period_js__WEBPACK_IMPORTED_MODULE_3__/* .periodAt */ .Vw)(input.now, input.usage.resetDay),
        reading: readingOf(input, reading.at, ageDays),
        warnings: [
            ...at.warnings,
            ...(ageDays > STALE_SAMPLE_DAYS
                ? [{ kind: 'stale-sample', at: reading.at, ageDays }]
                : []),
            ...sourceWarnings(input)
        ]
    };
    return { usage, reading, history };
}
/** Where the figure came from: the input, a billing report (its account and newest item), or the state. */
function readingOf(input, at, ageDays) {
    if (input.usage.used !== undefined)
        return { at, ageDays, source: 'input' };
    const live = input.live;
    if (!live)
        return { at, ageDays, source: 'state' };
    const item = live.itemAt ? { itemAt: live.itemAt } : {};
    return { at, ageDays, source: live.source, account: live.account, ...item };
}
/** A `used` given over a usage source wins, and says so; a report with nothing for the period says used is 0. */
function sourceWarnings(input) {
    const { usageSource: source, live } = input;
    const used = input.usage.used;
    if (used !== undefined && source !== undefined && source !== 'input')
        return [{ kind: 'used-overrides-source', source, used }];
    if (live && live.items === 0)
        return [
            {
                kind: 'no-usage-items',
                source: live.source,
                account: live.account,
                since: live.since
            }
        ];
    return [];
}


/***/ }),

/***/ 7205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sN: () => (/* binding */ liveUsageLine),
/* harmony export */   zj: () => (/* binding */ liveUsageFor)
/* harmony export */ });
/* unused harmony export readUsage */
/* harmony import */ var _core_usage_billing_period_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3816);
/* harmony import */ var _core_usage_billing_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4924);
/* harmony import */ var _core_usage_billing_sum_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6722);
/* harmony import */ var _core_usage_period_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6666);
/**
 * Reads the period's usage from a billing usage report (DESIGN §10 Live usage): the queries the period needs, the
 * finished days the state already holds reused, the answers summed. Reads only; the state records the result later.
 */




const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * The period's usage from the billing port: one call per query, in order. A refusal is the port's PermissionError or
 * NotFoundError, which names the account, the endpoint and what to grant.
 */
async function readUsage(billing, input) {
    const { source, now } = input;
    const period = (0,_core_usage_period_js__WEBPACK_IMPORTED_MODULE_0__/* .periodAt */ .Vw)(now, input.resetDay);
    const account = input.label ?? (0,_core_usage_billing_source_js__WEBPACK_IMPORTED_MODULE_1__/* .accountText */ .Pm)(input.account);
    const plan = (0,_core_usage_billing_period_js__WEBPACK_IMPORTED_MODULE_2__/* .planBillingRead */ .Dh)(period, now, (0,_core_usage_billing_sum_js__WEBPACK_IMPORTED_MODULE_3__/* .cachedDays */ .eK)(input.cached, { source, account }));
    const answers = [];
    for (const query of plan.queries)
        answers.push({
            query,
            items: await billing.usageItems(input.account, (0,_core_usage_billing_source_js__WEBPACK_IMPORTED_MODULE_1__/* .billingReport */ .yt)(source), query)
        });
    const sum = (0,_core_usage_billing_sum_js__WEBPACK_IMPORTED_MODULE_3__/* .sumBillingUsage */ .gK)({ source, period, now, plan, answers });
    const kept = isRecord(input.cached) ? input.cached : {};
    return {
        source,
        account,
        used: sum.used,
        itemAt: sum.itemAt,
        items: sum.items,
        since: period.start,
        cache: { ...kept, source, account, days: sum.days },
        calls: plan.queries.length
    };
}
/**
 * The live usage a run reads: none when the source is the input or `used` was given (the report says it won); the
 * account defaults to the repository's owner, a user or an organisation as GitHub says.
 */
async function liveUsageFor(billing, input) {
    const { source } = input;
    if (source === 'input' || input.used !== undefined)
        return undefined;
    if (!billing)
        throw new Error(`usage source ${source} needs the billing port, which is missing`);
    const account = input.account ?? input.owner;
    return readUsage(billing, { ...input, source, account });
}
/** `432 premium requests of user:octocat (3 billing calls)`: the log line of a live read. */
function liveUsageLine(live) {
    const calls = `${live.calls} billing API call${live.calls === 1 ? '' : 's'}`;
    return `usage ${live.used} from ${live.source} of ${live.account} since ${live.since.toISOString().slice(0, 10)} (${calls})`;
}


/***/ }),

/***/ 4962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ loadState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   kz: () => (/* binding */ emptyLoadedState)
/* harmony export */ });
/* harmony import */ var _ports_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8309);
/* harmony import */ var _core_state_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6624);


const STALE_RETRIES = 3;
/** No state: the state is disabled, or this is the first run. */
function emptyLoadedState() {
    return { state: (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyState */ .p$)(), version: undefined };
}
/** Reads and checks the state; nothing stored is an empty state. `name` says where it lives, for messages. */
async function loadState(storage, name) {
    const stored = await storage.read();
    if (!stored)
        return emptyLoadedState();
    return { state: (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .parseState */ .Bu)(stored.text, name), version: stored.version };
}
/**
 * Adds this run's records and writes the state with its version. When another run wrote in between, the newer state
 * is read, this run's additions are merged into it and the write is tried again: nothing either run recorded is lost.
 * Writes nothing when the additions change nothing.
 */
async function saveState(storage, name, loaded, additions) {
    const ours = (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .recordInState */ .AR)(loaded.state, additions);
    if ((0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeState */ .sU)(ours) === (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeState */ .sU)(loaded.state))
        return loaded.state;
    let current = { state: ours, version: loaded.version };
    const message = `orchestrator: record ${(additions.samples ?? []).map(s => `usage ${s.used}`).join(', ') || 'state'}`;
    for (let attempt = 0;; attempt++) {
        try {
            await storage.write((0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeState */ .sU)(current.state), current.version, message);
            return current.state;
        }
        catch (error) {
            if (!(error instanceof _ports_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StaleFileError */ .A4) || attempt >= STALE_RETRIES)
                throw error;
            const newer = await loadState(storage, name);
            current = { state: (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeStates */ .ti)(newer.state, ours, loaded.state), version: newer.version };
        }
    }
}


/***/ })

};

//# sourceMappingURL=17.index.js.map