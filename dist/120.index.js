export const id = 120;
export const ids = [120];
export const modules = {

/***/ 541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   yZ: () => (/* binding */ applyFixes)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _fixes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(752);
/* harmony import */ var _workflow_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2542);
/**
 * The audit's fixes as the schedule pull request carries them (input `fix`, DESIGN §13): for each workflow file, the
 * findings a chosen fix answers, applied one after the other to the text the pull request writes. Each is a
 * byte-exact insertion or cron edit (fixes.ts); a fix that cannot be made is skipped with its reason, never a failure.
 */




/** The order a file gets them in: the cron edit first, then the insertions. */
const APPLY_ORDER = ['throttle', 'concurrency', 'timeouts'];
/** The cron or job a finding is about, which tells two findings of one kind in one file apart. */
function subjectOf(f) {
    if (f.kind === 'throttle')
        return { cron: f.detail.cron };
    return f.kind === 'timeout' ? { job: f.detail.job } : {};
}
const FINDING_OF = {
    throttle: 'throttle',
    concurrency: 'concurrency',
    timeouts: 'timeout'
};
function throttle(text, f, input) {
    if (f.kind !== 'throttle')
        return { reason: 'not a throttle finding' };
    const d = f.detail;
    if (input.managed.has(f.path))
        return {
            reason: `the orchestrator config sets this workflow's crons: give its modes crons at least ${d.minInterval} minutes apart there`
        };
    if (d.suggested === null)
        return {
            reason: `no throttle to ${d.minInterval} minutes keeps the cron's shape: change '${d.cron}' by hand`
        };
    const zone = d.timezone === undefined ? {} : { timezone: d.timezone };
    const applied = { workflow: f.workflow, path: f.path, kind: 'throttle' };
    return {
        text: (0,_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .applyScheduleFix */ .TZ)(text, f.path, d),
        applied: { ...applied, cron: d.cron, ...zone, to: d.suggested }
    };
}
function concurrency(text, f, input) {
    if (f.kind !== 'concurrency')
        return { reason: 'not a concurrency finding' };
    const model = (0,_workflow_model_js__WEBPACK_IMPORTED_MODULE_2__/* .readWorkflowModel */ .z)(f.path, input.files[f.path] ?? '');
    if (!('error' in model) && model.triggers.includes('workflow_call'))
        return {
            reason: 'it is also a reusable workflow (workflow_call): a group named after github.workflow would be its caller’s, and the two would wait on each other'
        };
    const { cancelInProgress, pushesToDefaultBranch, defaultBranch } = f.detail;
    return {
        text: (0,_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .addConcurrency */ .J9)(text, f.path, { cancelInProgress }),
        applied: {
            workflow: f.workflow,
            path: f.path,
            kind: 'concurrency',
            cancelInProgress,
            pushesToDefaultBranch,
            defaultBranch
        }
    };
}
function timeout(text, f) {
    if (f.kind !== 'timeout')
        return { reason: 'not a timeout finding' };
    const { job, suggestedMinutes: minutes } = f.detail;
    if (minutes === null)
        return {
            reason: `no recorded runs of job '${job}' to size its timeout from (the run records hold the managed workflows' runs)`
        };
    return {
        text: (0,_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .addTimeout */ .Z3)(text, f.path, job, minutes),
        applied: { workflow: f.workflow, path: f.path, kind: 'timeouts', job, minutes }
    };
}
function fixOne(kind, text, f, input) {
    try {
        if (kind === 'throttle')
            return throttle(text, f, input);
        return kind === 'concurrency' ? concurrency(text, f, input) : timeout(text, f);
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WorkflowFileError */ .GS))
            throw error;
        return { reason: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error) };
    }
}
/** Applies the chosen fixes file by file: throttles, then the concurrency group, then timeouts; deterministic. */
function applyFixes(input) {
    const result = { files: new Map(), applied: [], skipped: [] };
    const kinds = APPLY_ORDER.filter(k => input.kinds.includes(k));
    const paths = [...new Set(input.findings.map(f => f.path))].sort();
    for (const path of paths) {
        const start = input.planned.get(path) ?? input.files[path];
        if (start === undefined)
            continue;
        let text = start;
        for (const kind of kinds)
            for (const f of input.findings.filter(x => x.path === path && x.kind === FINDING_OF[kind])) {
                const outcome = fixOne(kind, text, f, input);
                if ('reason' in outcome)
                    result.skipped.push({
                        workflow: f.workflow,
                        path,
                        kind,
                        ...subjectOf(f),
                        reason: outcome.reason
                    });
                else {
                    text = outcome.text;
                    result.applied.push(outcome.applied);
                }
            }
        if (text !== start)
            result.files.set(path, text);
    }
    return result;
}


/***/ }),

/***/ 752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ CONCURRENCY_GROUP),
/* harmony export */   J9: () => (/* binding */ addConcurrency),
/* harmony export */   TZ: () => (/* binding */ applyScheduleFix),
/* harmony export */   Z3: () => (/* binding */ addTimeout)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _schedule_schedule_editor_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7486);
/* harmony import */ var _schedule_source_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1266);
/* harmony import */ var _schedule_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4104);
/**
 * The audit's fixes, text in and text out (STYLE 3): a `concurrency:` group after the `on:` block, `timeout-minutes`
 * in a job, a throttled or staggered cron. Each inserts whole lines in the file's own indentation and line endings;
 * every other byte stays.
 */





/** The group the seed's fix uses: one run at a time per workflow and ref. */
const CONCURRENCY_GROUP = '${{ github.workflow }}-${{ github.ref }}';
function parsed(text, path) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text);
    const [error] = doc.errors;
    if (error)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(path, `not valid YAML: ${error.message.split('\n')[0]}`);
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) || root.flow)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(path, 'the workflow is not a block map of keys, so nothing can be inserted into it');
    return root;
}
function pairOf(map, key) {
    return map.items.find(p => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === key);
}
function columnOf(text, offset) {
    return offset - (0,_schedule_source_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineStart */ .PT)(text, offset);
}
/** The step between a block map's keys and its children's, as the file writes it (2 when it cannot tell). */
function indentUnit(text, root) {
    for (const pair of root.items) {
        const value = pair.value;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value) || value.flow || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) || value.items.length === 0)
            continue;
        const child = value.items[0]?.key;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(child))
            return columnOf(text, (0,_schedule_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .rangeOf */ .be)(child)[0]) - columnOf(text, (0,_schedule_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .rangeOf */ .be)(pair.key)[0]);
    }
    return 2;
}
/** After the line holding `end`, and after the comment lines indented deeper than `column` that follow it. */
function endOfBlock(text, end, column) {
    let at = (0,_schedule_source_text_js__WEBPACK_IMPORTED_MODULE_3__/* .afterLine */ .fU)(text, end);
    const line = /([ \t]*)#[^\n]*(?:\n|$)/y;
    for (;;) {
        line.lastIndex = at;
        const found = line.exec(text);
        if (!found || (found[1] ?? '').length <= column || line.lastIndex === at)
            return at;
        at = line.lastIndex;
    }
}
/** Inserts whole lines at a line start: a line break first when the text ends without one. */
function insertLines(text, at, lines, blankBefore = false) {
    const eol = (0,_schedule_source_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineEnding */ .En)(text, at > 0 ? (0,_schedule_source_text_js__WEBPACK_IMPORTED_MODULE_3__/* .lineStart */ .PT)(text, at - 1) : 0);
    const open = at === text.length && text !== '' && !text.endsWith('\n') ? eol : '';
    const blank = blankBefore ? eol : '';
    return text.slice(0, at) + open + blank + lines.map(l => l + eol).join('') + text.slice(at);
}
/**
 * Adds the seed's top-level `concurrency:` group after the `on:` block (a blank line before it when one follows that
 * block); unchanged text when the workflow has one. `cancelInProgress: false` for a workflow a push to the default
 * branch runs, where cancelling would skip a deploy.
 */
function addConcurrency(text, path, options) {
    const root = parsed(text, path);
    if (pairOf(root, 'concurrency'))
        return text;
    const on = pairOf(root, 'on');
    if (!on || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(on.key))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(path, 'has no "on" key to put concurrency after');
    const column = columnOf(text, (0,_schedule_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .rangeOf */ .be)(on.key)[0]);
    const end = (0,_schedule_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .contentEnd */ .XA)(on.value) ?? (0,_schedule_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .rangeOf */ .be)(on.key)[1];
    const at = endOfBlock(text, end, column);
    const pad = ' '.repeat(column);
    const inner = pad + ' '.repeat(indentUnit(text, root));
    const lines = [
        `${pad}concurrency:`,
        `${inner}group: ${CONCURRENCY_GROUP}`,
        `${inner}cancel-in-progress: ${options.cancelInProgress}`
    ];
    const nextLineBlank = /^[ \t]*\r?\n/.test(text.slice(at));
    return insertLines(text, at, lines, nextLineBlank);
}
/** Adds `timeout-minutes: N` to a job, on the line after its `runs-on`; unchanged text when the job has one. */
function addTimeout(text, path, job, minutes) {
    if (!Number.isInteger(minutes) || minutes < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(path, `timeout-minutes must be a whole number of minutes ≥ 1, got ${minutes}`);
    const jobs = pairOf(parsed(text, path), 'jobs')?.value;
    const found = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(jobs) ? pairOf(jobs, job)?.value : undefined;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(found) || found.flow || found.items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(path, `has no job '${job}' written as a block map of keys`);
    if (pairOf(found, 'timeout-minutes'))
        return text;
    if (pairOf(found, 'uses'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(path, `job '${job}' calls a reusable workflow, which takes no timeout-minutes`);
    const anchor = pairOf(found, 'runs-on') ?? found.items[0];
    if (!anchor || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(anchor.key))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(path, `job '${job}' has no key to follow`);
    const indent = ' '.repeat(columnOf(text, (0,_schedule_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .rangeOf */ .be)(anchor.key)[0]));
    const at = (0,_schedule_source_text_js__WEBPACK_IMPORTED_MODULE_3__/* .afterLine */ .fU)(text, (0,_schedule_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .contentEnd */ .XA)(anchor.value) ?? (0,_schedule_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_4__/* .rangeOf */ .be)(anchor.key)[1]);
    return insertLines(text, at, [`${indent}timeout-minutes: ${minutes}`]);
}
/** Rewrites the cron a throttle or minute-0 finding names to the suggested one, through the schedule editor. */
function applyScheduleFix(text, path, detail) {
    const suggested = detail.suggested;
    if (suggested === null)
        return text;
    const entries = (0,_schedule_schedule_editor_js__WEBPACK_IMPORTED_MODULE_2__/* .readSchedule */ .Cu)(text, path);
    const next = entries.map(e => e.cron === detail.cron && e.timezone === detail.timezone ? { ...e, cron: suggested } : e);
    return (0,_schedule_schedule_editor_js__WEBPACK_IMPORTED_MODULE_2__/* .editSchedule */ .qG)(text, path, next);
}


/***/ }),

/***/ 2542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ readWorkflowModel)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * One workflow file read once for the audit (STYLE 25): its triggers, schedule, concurrency and jobs, with the parsed
 * document kept for the source ranges the fixes splice at. Nothing here judges; the finding modules do.
 */

function pairOf(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    return map.items.find(p => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === key);
}
function plain(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.toJSON() : node;
}
function triggersOf(on) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(on) && typeof on.value === 'string')
        return [on.value];
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(on))
        return on.items.flatMap(i => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(i) && typeof i.value === 'string' ? [i.value] : []));
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(on))
        return on.items.flatMap(p => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? [String(p.key.value)] : []));
    return [];
}
function scheduleOf(on) {
    const seq = pairOf(on, 'schedule')?.value;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(seq))
        return [];
    return seq.items.flatMap(item => {
        const cron = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item) ? item.get('cron') : undefined;
        const timezone = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item) ? item.get('timezone') : undefined;
        if (typeof cron !== 'string')
            return [];
        return typeof timezone === 'string' ? [{ cron, timezone }] : [{ cron }];
    });
}
function stepText(step) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(step))
        return [];
    const uses = step.get('uses');
    const run = step.get('run');
    if (typeof uses === 'string')
        return [`uses: ${uses}`];
    return typeof run === 'string' ? [`run: ${run}`] : [];
}
function jobOf(pair) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pair.value))
        return undefined;
    const job = pair.value;
    const name = job.get('name');
    const steps = job.get('steps');
    return {
        id: String(pair.key.value),
        ...(typeof name === 'string' && !name.includes('${{') ? { name } : {}),
        hasTimeout: job.has('timeout-minutes'),
        reusable: job.has('uses'),
        steps: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(steps) ? steps.items.flatMap(stepText) : []
    };
}
function modelOf(path, root) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
        return 'has no workflow in it: expected a map with on and jobs';
    const on = pairOf(root, 'on')?.value;
    if (on === undefined)
        return 'has no "on" key, so nothing triggers it';
    const name = root.get('name');
    const jobs = pairOf(root, 'jobs')?.value;
    const push = pairOf(on, 'push');
    return {
        path,
        name: typeof name === 'string' && name.trim() !== '' ? name : path,
        triggers: triggersOf(on),
        ...(push ? { push: plain(push.value) ?? null } : {}),
        schedule: scheduleOf(on),
        hasConcurrency: pairOf(root, 'concurrency') !== undefined,
        jobs: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(jobs) ? jobs.items.flatMap(p => jobOf(p) ?? []) : []
    };
}
/** Parses a workflow's text once; a text that is not a workflow gives an AuditError naming the file. */
function readWorkflowModel(path, text) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: true });
    const [error] = doc.errors;
    if (error) {
        const at = error.linePos?.[0];
        const where = at ? ` (line ${at.line}, column ${at.col})` : '';
        const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
        return { path, error: `not valid YAML${where}: ${reason}` };
    }
    const model = modelOf(path, doc.contents);
    return typeof model === 'string' ? { path, error: model } : model;
}


/***/ }),

/***/ 3958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ remember)
/* harmony export */ });
/** The one eviction rule of the memo tables behind cron parsing, zone look-ups and firing times. */
/**
 * Stores `value` under `key` and returns it; a full cache is emptied first. Forgetting everything
 * at once is enough: the callers ask about a handful of crons and zones, over and over.
 */
function remember(cache, key, value, limit) {
    if (cache.size >= limit)
        cache.clear();
    cache.set(key, value);
    return value;
}


/***/ }),

/***/ 6082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ parseCron),
/* harmony export */   NA: () => (/* binding */ cronProblems),
/* harmony export */   OY: () => (/* binding */ describeEntry),
/* harmony export */   VF: () => (/* binding */ entryProblems)
/* harmony export */ });
/* harmony import */ var _actions_workflow_parser_model_converter_cron__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5130);
/* harmony import */ var cronstrue__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2507);
/* harmony import */ var cronstrue__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(cronstrue__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bounded_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3958);
/* harmony import */ var _time_zone_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5354);
/**
 * GitHub's cron dialect: checking a cron the way GitHub does (with messages a person can act on)
 * and putting it into English words. When a cron fires is in cron-occurrences.ts.
 *
 * Validation is our own parser, kept a subset of GitHub's grammar (`isValidCron` from
 * @actions/workflow-parser is the safety net). The parsed fields it produces are also what the
 * occurrence code computes firing times from.
 */




const FIELD_LIST = '(minute hour day-of-month month day-of-week)';
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
function namesFrom(names, first) {
    return new Map(names.map((name, i) => [name, i + first]));
}
const FIELDS = [
    { label: 'minute', min: 0, max: 59 },
    { label: 'hour', min: 0, max: 23 },
    { label: 'day of month', min: 1, max: 31 },
    {
        label: 'month',
        min: 1,
        max: 12,
        names: namesFrom(MONTHS, 1),
        nameHint: 'a month name (JAN–DEC)'
    },
    {
        label: 'day of week',
        min: 0,
        max: 6,
        names: namesFrom(WEEKDAYS, 0),
        nameHint: 'a day name (SUN–SAT)'
    }
];
const MACROS = {
    '@yearly': '0 0 1 1 *',
    '@annually': '0 0 1 1 *',
    '@monthly': '0 0 1 * *',
    '@weekly': '0 0 * * 0',
    '@daily': '0 0 * * *',
    '@midnight': '0 0 * * *',
    '@hourly': '0 * * * *'
};
function plural(n, unit) {
    return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
function macroProblem(word) {
    const equivalent = MACROS[word.toLowerCase()];
    if (equivalent !== undefined) {
        return `'${word}' is a macro; GitHub does not accept macros — write '${equivalent}'`;
    }
    if (word.toLowerCase() === '@reboot') {
        return `'${word}' is a macro; GitHub does not accept macros, and '@reboot' has no cron equivalent`;
    }
    return `'${word}' is not a cron; GitHub does not accept macros`;
}
/** Problems with the cron as a whole (emptiness, macros, separators, field count). */
function shapeProblem(expr) {
    const trimmed = expr.trim();
    if (trimmed === '')
        return `the cron is empty; expected 5 fields ${FIELD_LIST}`;
    if (trimmed.startsWith('@'))
        return macroProblem(trimmed.split(/\s+/)[0] ?? trimmed);
    if (/[^\S ]/.test(expr)) {
        return 'fields must be separated by spaces; GitHub does not accept tabs or line breaks';
    }
    if (trimmed !== expr)
        return 'the cron has spaces before or after it, which GitHub rejects';
    const count = expr.split(/ +/).length;
    if (count === 5)
        return undefined;
    const extra = count === 6 || count === 7 ? '; GitHub has no seconds or years field' : '';
    return `expected 5 fields ${FIELD_LIST}, got ${count}${extra}`;
}
/** Quartz and Jenkins syntax (L, W, #, ?, H) that GitHub's grammar does not have. */
function unsupportedSyntax(text, spec) {
    const found = new Set();
    for (const word of text.match(/[a-z]+/gi) ?? []) {
        const upper = word.toUpperCase();
        if (!spec.names?.has(upper) && /^(L|W|LW|H)$/.test(upper)) {
            for (const letter of upper)
                found.add(letter);
        }
    }
    for (const mark of ['#', '?'])
        if (text.includes(mark))
            found.add(mark);
    if (found.size === 0)
        return undefined;
    const marks = [...found].map(mark => `'${mark}'`).join(' and ');
    return `${spec.label} '${text}' uses ${marks}, which GitHub does not support`;
}
function parseValue(token, spec) {
    const named = spec.names?.get(token.toUpperCase());
    if (named !== undefined)
        return named;
    if (!/^\d+$/.test(token)) {
        const names = spec.nameHint === undefined ? '' : ` or ${spec.nameHint}`;
        return `${spec.label} '${token}' is not a number ${spec.min}–${spec.max}${names}`;
    }
    const value = Number(token);
    if (value >= spec.min && value <= spec.max)
        return value;
    const sunday = spec.label === 'day of week' && value === 7 ? ' (use 0 for Sunday)' : '';
    return `${spec.label} ${value} is out of range ${spec.min}–${spec.max}${sunday}`;
}
/** How to write a wrapping range GitHub's way: '22-2' becomes '22-23,0-2'. */
function wrappedRange(start, end, spec) {
    const spell = (value, like) => /^\d+$/.test(like)
        ? String(value)
        : ([...(spec.names ?? [])].find(([, v]) => v === value)?.[0] ?? String(value));
    const startValue = parseValue(start, spec);
    const endValue = parseValue(end, spec);
    const head = startValue === spec.max ? start : `${start}-${spell(spec.max, start)}`;
    const tail = endValue === spec.min ? end : `${spell(spec.min, end)}-${end}`;
    return `${head},${tail}`;
}
function parseRange(text, spec) {
    const [start = '', end, ...rest] = text.split('-');
    if (start === '*' || end === '*') {
        return `${spec.label} '${text}' puts '*' inside a range; use '*' alone or a range of values`;
    }
    if (end === undefined || rest.length > 0 || start === '' || end === '') {
        return `${spec.label} '${text}' is not a range; write a range as 'start-end', e.g. '1-5'`;
    }
    const first = parseValue(start, spec);
    if (typeof first === 'string')
        return first;
    const last = parseValue(end, spec);
    if (typeof last === 'string')
        return last;
    if (first <= last)
        return [first, last];
    const rule = 'GitHub requires the start of a range to be at most its end';
    return `${spec.label} '${text}' runs backwards (${first} > ${last}); ${rule} — write '${wrappedRange(start, end, spec)}'`;
}
function parseBase(base, item, spec) {
    if (base === '')
        return `${spec.label} '${item}' has nothing before '/'`;
    if (base === '*')
        return [spec.min, spec.max];
    if (base.includes('-'))
        return parseRange(base, spec);
    const value = parseValue(base, spec);
    return typeof value === 'string' ? value : [value, value];
}
function parseStep(step, item, spec) {
    if (step === '')
        return `${spec.label} '${item}' has no step after '/'`;
    if (!/^\d+$/.test(step)) {
        return `${spec.label} '${item}' has a step '${step}' that is not a whole number`;
    }
    const value = Number(step);
    if (value === 0)
        return `${spec.label} '${item}' has a step of 0; a step must be at least 1`;
    if (value > spec.max) {
        return `${spec.label} '${item}' has a step of ${value}; a step must be 1–${spec.max}`;
    }
    return value;
}
/** One list item: '*', 'a' or 'a-b', each maybe '/step'; 'a/n' runs from a to the field's end. */
function parseItem(item, spec) {
    const [base = '', step, ...rest] = item.split('/');
    if (rest.length > 0)
        return `${spec.label} '${item}' has more than one '/'`;
    const bounds = parseBase(base, item, spec);
    if (typeof bounds === 'string')
        return bounds;
    const every = step === undefined ? 1 : parseStep(step, item, spec);
    if (typeof every === 'string')
        return every;
    const [start, end] = bounds;
    const single = base !== '*' && !base.includes('-');
    const last = step !== undefined && single ? spec.max : end;
    const values = [];
    for (let value = start; value <= last; value += every)
        values.push(value);
    return values;
}
function parseField(text, spec) {
    const unsupported = unsupportedSyntax(text, spec);
    if (unsupported !== undefined)
        return { problems: [unsupported] };
    const items = text.split(',');
    if (items.includes('')) {
        return { problems: [`${spec.label} '${text}' has an empty item in its list`] };
    }
    const values = new Set();
    const problems = new Set();
    for (const item of items) {
        const result = parseItem(item, spec);
        if (typeof result === 'string')
            problems.add(result);
        else
            result.forEach(value => values.add(value));
    }
    if (problems.size > 0)
        return { problems: [...problems] };
    return { values: [...values].sort((a, b) => a - b) };
}
function assemble(texts, values) {
    const [minutes = [], hours = [], days = [], months = [], weekdays = []] = values;
    const anyDay = texts[2] === '*';
    const anyWeekday = texts[4] === '*';
    // A bare '*' must stay: it is what decides how day of month and day of week combine.
    const spelled = values.map((field, i) => (texts[i] === '*' ? '*' : field.join(',')));
    return {
        minutes,
        hours,
        days,
        months,
        weekdays,
        anyDay,
        anyWeekday,
        normalized: spelled.join(' ')
    };
}
function parseUncached(expr) {
    const shape = shapeProblem(expr);
    if (shape !== undefined)
        return { ok: false, problems: [shape] };
    const texts = expr.split(/ +/);
    const results = FIELDS.map((spec, i) => parseField(texts[i] ?? '', spec));
    const problems = results.flatMap(result => ('problems' in result ? result.problems : []));
    if (problems.length > 0)
        return { ok: false, problems };
    const values = results.map(result => ('values' in result ? result.values : []));
    return { ok: true, cron: assemble(texts, values), github: (0,_actions_workflow_parser_model_converter_cron__WEBPACK_IMPORTED_MODULE_0__/* .isValidCron */ .lg)(expr) };
}
const parsedCrons = new Map();
/** A cron read by our grammar; memoised, as validation and the occurrences ask about a few crons. */
function parseCron(expr) {
    return parsedCrons.get(expr) ?? (0,_bounded_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .remember */ .k)(parsedCrons, expr, parseUncached(expr), 2_000);
}
/** Whether some hour is followed by the next: then minute 58 and minute 0 are 2 minutes apart. */
function hasConsecutiveHours(hours) {
    return hours.some(hour => hours.includes((hour + 1) % 24));
}
function minuteGaps(minutes, wraps) {
    const gaps = minutes.slice(1).map((to, i) => {
        const from = minutes[i] ?? to;
        return { minutes: to - from, from, to, nextHour: false };
    });
    const first = minutes[0];
    const last = minutes[minutes.length - 1];
    if (wraps && first !== undefined && last !== undefined) {
        gaps.push({ minutes: 60 - last + first, from: last, to: first, nextHour: true });
    }
    return gaps;
}
/** GitHub runs a schedule at most every 5 minutes: flag any two runs closer than that. */
function intervalProblem(cron) {
    const gaps = minuteGaps(cron.minutes, hasConsecutiveHours(cron.hours));
    const shortest = gaps.reduce((a, b) => (a && a.minutes <= b.minutes ? a : b), undefined);
    if (shortest === undefined || shortest.minutes >= 5)
        return undefined;
    const limit = 'GitHub runs schedules at most every 5 minutes';
    if (gaps.every(gap => gap.minutes === shortest.minutes)) {
        return `runs every ${plural(shortest.minutes, 'minute')}; ${limit} — use a step of at least 5 (e.g. '*/5')`;
    }
    const where = shortest.nextHour
        ? `minute ${shortest.from}, then minute ${shortest.to} of the next hour`
        : `minutes ${shortest.from} and ${shortest.to}`;
    return `runs ${plural(shortest.minutes, 'minute')} apart (${where}); ${limit} — keep runs at least 5 minutes apart`;
}
/** Problems with one cron in GitHub's dialect; [] when GitHub would accept it and it runs at most every 5 minutes. */
function cronProblems(expr) {
    const parsed = parseCron(expr);
    if (!parsed.ok)
        return parsed.problems;
    const problems = [];
    const interval = intervalProblem(parsed.cron);
    if (interval !== undefined)
        problems.push(interval);
    // Our grammar is meant to be a subset of GitHub's; should they ever disagree, GitHub wins.
    if (!parsed.github)
        problems.push(`GitHub's cron grammar rejects '${expr}'`);
    return problems;
}
/** Problems of one schedule entry (its cron and, if present, its timezone). */
function entryProblems(entry) {
    const problems = cronProblems(entry.cron);
    const zone = entry.timezone === undefined ? undefined : (0,_time_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .timezoneProblem */ .Hd)(entry.timezone);
    return zone === undefined ? problems : [...problems, zone];
}
/** English words for an entry, e.g. "At 08:00" / "Every 2 hours", with " (America/New_York)" appended when it has a timezone. */
function describeEntry(entry) {
    const zone = entry.timezone === undefined ? '' : ` (${entry.timezone})`;
    if (!parseCron(entry.cron).ok)
        return `invalid cron '${entry.cron}'${zone}`;
    try {
        const words = cronstrue__WEBPACK_IMPORTED_MODULE_1___default().toString(entry.cron.replace(/ +/g, ' '), {
            use24HourTimeFormat: true,
            verbose: false
        });
        return `${words}${zone}`;
    }
    catch {
        return `cron '${entry.cron}'${zone}`;
    }
}


/***/ }),

/***/ 7150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s8: () => (/* binding */ runsPer30Days),
/* harmony export */   tc: () => (/* binding */ runsBetween),
/* harmony export */   xl: () => (/* binding */ occurrencesBetween)
/* harmony export */ });
/* harmony import */ var _bounded_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3958);
/* harmony import */ var _cron_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6082);
/* harmony import */ var _time_zone_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5354);
/**
 * When schedule entries fire: counting and listing the instants in a span of time.
 *
 * Firing times are computed from the parsed fields (parseCron) rather than by cron-parser:
 * cron-parser costs ~60 µs per occurrence (seconds for a year of a five-minute cron in a zone),
 * misreads 'JAN/3' and 'MON/2', and moves a skipped 2:30 to 3:30 where GitHub documents 3:00.
 * Outside clock changes the two agree exactly (the tests check).
 */



const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/**
 * An entry GitHub would reject (bad grammar or time zone) never fires. A cron that runs more often
 * than every 5 minutes is still counted at face value: an upper bound on what GitHub starts.
 */
function compile(entry) {
    const parsed = (0,_cron_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCron */ .E$)(entry.cron);
    if (!parsed.ok || !parsed.github)
        return undefined;
    if (entry.timezone === undefined)
        return { cron: parsed.cron, timezone: null };
    if ((0,_time_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .timezoneProblem */ .Hd)(entry.timezone) !== undefined)
        return undefined;
    const utc = (0,_time_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveZone */ .VY)(entry.timezone) === 'UTC';
    return { cron: parsed.cron, timezone: utc ? null : entry.timezone };
}
/** Vixie cron's rule (cron-parser's too): if both day fields are restricted, either may match. */
function matchesDay(cron, day, weekday) {
    const dayMatches = cron.days.includes(day);
    const weekdayMatches = cron.weekdays.includes(weekday);
    if (!cron.anyDay && !cron.anyWeekday)
        return dayMatches || weekdayMatches;
    return dayMatches && weekdayMatches;
}
/** The wall-clock times (ms since the epoch, read as if UTC) the cron names on one calendar day. */
function wallTimes(cron, day) {
    const midnight = day * DAY_MS;
    const date = new Date(midnight);
    if (!cron.months.includes(date.getUTCMonth() + 1))
        return [];
    if (!matchesDay(cron, date.getUTCDate(), date.getUTCDay()))
        return [];
    const walls = [];
    for (const hour of cron.hours) {
        for (const minute of cron.minutes)
            walls.push(midnight + hour * HOUR_MS + minute * MINUTE_MS);
    }
    return walls;
}
/** The instants (ms, ascending, each once) an entry fires on one calendar day of its zone. */
function localDayTimes(entry, day) {
    const walls = wallTimes(entry.cron, day);
    if (walls.length === 0)
        return walls;
    // Bracket the day with instants before its first and after its last possible moment in any zone.
    const before = (0,_time_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .offsetAt */ .HA)(entry.timezone, day * DAY_MS - 14 * HOUR_MS);
    const after = (0,_time_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .offsetAt */ .HA)(entry.timezone, (day + 1) * DAY_MS + 12 * HOUR_MS);
    if (before === after)
        return walls.map(wall => wall - before);
    const instants = walls.map(wall => (0,_time_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .instantOfWall */ .l3)(entry.timezone, wall, before, after));
    // Several skipped times land on the same clock change; one entry starts one run per instant.
    return [...new Set(instants)].sort((x, y) => x - y);
}
const dayTimesCache = new Map();
/** Memoised per entry and day: simulators ask about the same days hour by hour. */
function dayTimes(entry, day) {
    const key = `${entry.cron.normalized}|${entry.timezone ?? 'UTC'}|${day}`;
    const cached = dayTimesCache.get(key);
    if (cached !== undefined)
        return cached;
    return (0,_bounded_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .remember */ .k)(dayTimesCache, key, localDayTimes(entry, day), 20_000);
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
/** Hands each calendar day's firing times to `visit`, with the index range lying in [from, to). */
function eachDay(entry, from, to, visit) {
    const compiled = compile(entry);
    if (compiled === undefined)
        return;
    const start = from.getTime();
    const stop = to.getTime();
    if (!(start < stop))
        return;
    // Wall-clock days of any zone (UTC−12 to UTC+14) that can hold an instant of [from, to).
    const lastDay = Math.floor((stop + 14 * HOUR_MS) / DAY_MS);
    for (let day = Math.floor((start - 12 * HOUR_MS) / DAY_MS); day <= lastDay; day++) {
        const times = dayTimes(compiled, day);
        visit(times, lowerBound(times, start), lowerBound(times, stop));
    }
}
/** Number of times the entries fire in [from, to) (an instant where two entries coincide counts once per entry — GitHub starts one run per matching entry). */
function runsBetween(entries, from, to) {
    let runs = 0;
    for (const entry of entries) {
        eachDay(entry, from, to, (_times, first, end) => {
            runs += end - first;
        });
    }
    return runs;
}
/** Runs in the 30 days from `from`. */
function runsPer30Days(entries, from) {
    return runsBetween(entries, from, new Date(from.getTime() + 30 * DAY_MS));
}
/** The instants (Date[]) at which the entries fire in [from, to), sorted ascending, duplicates across entries kept. */
function occurrencesBetween(entries, from, to) {
    const instants = [];
    for (const entry of entries) {
        eachDay(entry, from, to, (times, first, end) => {
            for (let i = first; i < end; i++)
                instants.push(times[i] ?? 0);
        });
    }
    return instants.sort((a, b) => a - b).map(instant => new Date(instant));
}


/***/ }),

/***/ 6121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ expandStagger),
/* harmony export */   UH: () => (/* binding */ staggerEntryProblems),
/* harmony export */   bM: () => (/* binding */ usesH)
/* harmony export */ });
/* unused harmony export staggerProblems */
/* harmony import */ var _cron_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6082);
/* harmony import */ var _time_zone_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5354);
/**
 * Jenkins' `H` in config crons (DESIGN §13): `H H * * 1`, `H(0-29) 8 * * *`, `H/15 * * * *`. A stable
 * hash of the workflow id ranks every value a field may take (rendezvous hashing, so a workflow keeps its value when
 * others come and go); minutes also avoid 0 and the minutes other managed workflows use, where the ranges allow. What
 * leaves here is plain numbers, the same for the same config on every run: the files never churn.
 */


const FIELDS = [
    { label: 'minute', min: 0, max: 59, hashMax: 59 },
    { label: 'hour', min: 0, max: 23, hashMax: 23 },
    { label: 'day of month', min: 1, max: 31, hashMax: 28 },
    { label: 'month', min: 1, max: 12, hashMax: 12 },
    { label: 'day of week', min: 0, max: 6, hashMax: 6 }
];
const MINUTE = 0;
/** GitHub starts a schedule at most every 5 minutes. */
const SHORTEST_GAP = 5;
const FORMS = "write H, H(start-end), H/step or H(start-end)/step, e.g. 'H(0-29)'";
/** Whether an item of a field is an `H` form (and not a day name such as THU). */
function isHItem(item) {
    return /^h(?![a-z])/i.test(item);
}
/** Whether any field of the cron uses `H`. */
function usesH(cron) {
    return cron.split(/\s+/).some(field => field.split(',').some(isHItem));
}
function fieldProblem(text, field, problem) {
    return `${field.label} '${text}' ${problem}`;
}
function readRange(inner, text, field) {
    const range = /^(\d+)-(\d+)$/.exec(inner);
    if (!range)
        return fieldProblem(text, field, `has no 'start-end' range inside H(…); ${FORMS}`);
    const [from, to] = [Number(range[1]), Number(range[2])];
    for (const value of [from, to]) {
        if (value < field.min || value > field.max)
            return fieldProblem(text, field, `picks from ${value}, out of range ${field.min}–${field.max}`);
    }
    if (from > to)
        return fieldProblem(text, field, `runs backwards (${from} > ${to}); an H range must be written low to high, e.g. 'H(${to}-${from})'`);
    return [from, to];
}
function readStep(step, text, field, width) {
    if (!/^\d+$/.test(step))
        return fieldProblem(text, field, `has a step '${step}' that is not a whole number`);
    const every = Number(step);
    if (every === 0)
        return fieldProblem(text, field, 'has a step of 0; a step must be at least 1');
    if (every > field.max)
        return fieldProblem(text, field, `has a step of ${every}; a step must be 1–${field.max}`);
    if (field === FIELDS[MINUTE] && every < SHORTEST_GAP && every <= width)
        return fieldProblem(text, field, `runs every ${every} minute${every === 1 ? '' : 's'}; GitHub runs schedules at most every 5 minutes — use a step of at least 5 (e.g. 'H/5')`);
    return every;
}
/** Reads one field's `H` form; a string is what is wrong with it. */
function readH(text, field) {
    if (text.split(',').length > 1)
        return fieldProblem(text, field, 'mixes H into a list; H stands alone in its field');
    if (text.startsWith('h'))
        return fieldProblem(text, field, "writes H in lower case; write 'H'");
    const form = /^H(?:\(([^)]*)\))?(?:\/(.*))?$/.exec(text);
    if (!form)
        return fieldProblem(text, field, `is not an H form; ${FORMS}`);
    const range = form[1] === undefined ? [field.min, field.hashMax] : readRange(form[1], text, field);
    if (typeof range === 'string')
        return range;
    const [from = field.min, to = field.hashMax] = range;
    if (form[2] === undefined)
        return { from, to };
    const step = readStep(form[2], text, field, to - from);
    return typeof step === 'string' ? step : { from, to, step };
}
/** The cron with each `H` field replaced by a plain value, so the other fields can be checked as GitHub would. */
function withHReplaced(cron, replace) {
    let index = 0;
    return cron.replace(/\S+/g, text => {
        const field = FIELDS[index++];
        return field && text.split(',').some(isHItem) ? replace(text, field) : text;
    });
}
/** Problems with a cron that may use `H`: each bad `H` form explained, then the other fields checked as GitHub would. */
function staggerProblems(cron) {
    if (!usesH(cron))
        return (0,_cron_js__WEBPACK_IMPORTED_MODULE_0__/* .cronProblems */ .NA)(cron);
    const problems = [];
    const plain = withHReplaced(cron, (text, field) => {
        const form = readH(text, field);
        if (typeof form === 'string')
            problems.push(form);
        return String(typeof form === 'string' ? field.min : form.from);
    });
    return [...problems, ...(0,_cron_js__WEBPACK_IMPORTED_MODULE_0__/* .cronProblems */ .NA)(plain)];
}
/** Problems of a config entry: its cron (`H` allowed) and, if present, its timezone. */
function staggerEntryProblems(entry) {
    if (!usesH(entry.cron))
        return (0,_cron_js__WEBPACK_IMPORTED_MODULE_0__/* .entryProblems */ .VF)(entry);
    const zone = entry.timezone === undefined ? undefined : (0,_time_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .timezoneProblem */ .Hd)(entry.timezone);
    const problems = staggerProblems(entry.cron);
    return zone === undefined ? problems : [...problems, zone];
}
/** FNV-1a, then murmur3's finaliser: a stable 32-bit hash that spreads neighbouring ids apart. */
function hash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
/** The candidates of a form, best first for this workflow and field. */
function ranked(id, index, form) {
    const last = form.step === undefined ? form.to : Math.min(form.to, form.from + form.step - 1);
    const candidates = [];
    for (let offset = form.from; offset <= last; offset++) {
        const values = [];
        for (let v = offset; v <= form.to; v += form.step ?? Infinity)
            values.push(v);
        candidates.push({ offset, values, score: hash(`${id}\u0000${index}\u0000${offset}`) });
    }
    return candidates.sort((a, b) => b.score - a.score || a.offset - b.offset);
}
/** Minutes at least 5 apart, counting the wrap into the next hour (the hour field may run consecutive hours). */
function keepsGap(values) {
    if (values.length < 2)
        return true;
    const gaps = values.slice(1).map((v, i) => v - (values[i] ?? v));
    gaps.push(60 - (values.at(-1) ?? 0) + (values[0] ?? 0));
    return gaps.every(gap => gap >= SHORTEST_GAP);
}
function collisions(values, taken, id) {
    return values.filter(v => [...(taken.get(v) ?? [])].some(other => other !== id)).length;
}
/** The best-ranked minute candidate that avoids 0 and other workflows' minutes, as far as the range allows. */
function chooseMinute(id, form, taken) {
    const valid = ranked(id, MINUTE, form).filter(c => keepsGap(c.values));
    const nonZero = valid.filter(c => !c.values.includes(0));
    const pool = nonZero.length > 0 ? nonZero : valid;
    let best;
    let fewest = Infinity;
    for (const candidate of pool) {
        const clashes = collisions(candidate.values, taken, id);
        if (clashes < fewest)
            [best, fewest] = [candidate, clashes];
        if (clashes === 0)
            break;
    }
    return best;
}
function take(taken, values, id) {
    for (const v of values)
        taken.set(v, (taken.get(v) ?? new Set()).add(id));
}
/** Resolves one workflow's `H` fields; one choice per distinct field text, so every mode shares it. */
function resolver(id, taken) {
    const chosen = new Map();
    const resolve = (text, field) => {
        const index = FIELDS.indexOf(field);
        const key = `${index}|${text}`;
        const known = chosen.get(key);
        if (known !== undefined)
            return known;
        const form = readH(text, field);
        if (typeof form === 'string')
            return text;
        const pick = index === MINUTE ? chooseMinute(id, form, taken) : ranked(id, index, form)[0];
        if (index === MINUTE && pick)
            take(taken, pick.values, id);
        const written = pick ? pick.values.join(',') : text;
        chosen.set(key, written);
        return written;
    };
    return cron => (usesH(cron) ? withHReplaced(cron, resolve) : cron);
}
/** Under `stagger: true` a plain cron whose minutes are exactly {0} is spread like `H`. */
function respread(entry) {
    const [minute, ...rest] = entry.cron.split(' ');
    if (minute === undefined || !/^0{1,2}$/.test(minute) || rest.length !== 4)
        return entry;
    return { ...entry, cron: ['H', ...rest].join(' ') };
}
function mapEntries(w, map) {
    const schedules = Object.fromEntries(Object.entries(w.schedules).map(([mode, entries]) => [mode, entries.map(map)]));
    return { ...w, schedules };
}
/** The minutes the plain crons of every workflow use, its own included: an `H` minute steers clear of them too. */
function plainMinutes(workflows) {
    const taken = new Map();
    for (const w of workflows) {
        for (const entry of Object.values(w.schedules).flat()) {
            const parsed = usesH(entry.cron) ? undefined : (0,_cron_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCron */ .E$)(entry.cron);
            // Held apart from the workflow's own H picks, so its H does not land on its own plain crons either.
            if (parsed?.ok)
                take(taken, parsed.cron.minutes, `plain\u0000${w.id}`);
        }
    }
    return taken;
}
/**
 * The same workflows with every `H` resolved to plain numbers (and, with `stagger: true`, every plain cron at minute 0
 * re-spread): deterministic for the same workflows, minutes distinct across workflows where the ranges allow, never
 * minute 0 unless the range is only 0. Workflows are resolved in id order, whatever their order in the config.
 */
function expandStagger(workflows, options = {}) {
    const spread = options.stagger ? workflows.map(w => mapEntries(w, respread)) : [...workflows];
    const taken = plainMinutes(spread);
    const resolved = new Map();
    const byId = [...spread].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const w of byId) {
        const resolve = resolver(w.id, taken);
        resolved.set(w.id, mapEntries(w, entry => (usesH(entry.cron) ? { ...entry, cron: resolve(entry.cron) } : entry)));
    }
    return spread.map(w => resolved.get(w.id) ?? w);
}


/***/ }),

/***/ 5354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ offsetAt),
/* harmony export */   Hd: () => (/* binding */ timezoneProblem),
/* harmony export */   VY: () => (/* binding */ resolveZone),
/* harmony export */   l3: () => (/* binding */ instantOfWall)
/* harmony export */ });
/* harmony import */ var _bounded_cache_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3958);
/**
 * IANA time zones: checking a zone name (with messages a person can act on), and the offset and
 * wall-clock arithmetic the occurrence code uses to place a cron's wall-clock times on the UTC
 * timeline, clock changes included.
 */

const MINUTE_MS = 60_000;
const ZONE_EXAMPLES = "(e.g. 'Europe/Berlin', 'America/New_York', 'UTC')";
const ianaZones = new Set(Intl.supportedValuesOf('timeZone'));
const ianaZonesByLowerCase = new Map([...ianaZones].map(zone => [zone.toLowerCase(), zone]));
const resolvedZones = new Map();
/** The zone Intl resolves a name to, or null when Intl does not know the name. */
function resolveZone(timezone) {
    const known = resolvedZones.get(timezone);
    if (known !== undefined)
        return known;
    let resolved = null;
    try {
        resolved = new Intl.DateTimeFormat('en-US', { timeZone: timezone }).resolvedOptions().timeZone;
    }
    catch {
        resolved = null;
    }
    return (0,_bounded_cache_js__WEBPACK_IMPORTED_MODULE_0__/* .remember */ .k)(resolvedZones, timezone, resolved, 1_000);
}
/** The spelling to suggest when Intl accepts a name only by ignoring case ('utc'). */
function respelling(timezone, resolved) {
    if (ianaZones.has(timezone) || timezone === resolved)
        return undefined;
    const sameLetters = ianaZonesByLowerCase.get(timezone.toLowerCase());
    if (sameLetters !== undefined)
        return sameLetters;
    return /(^|\/)[a-z]/.test(timezone) ? resolved : undefined;
}
/** A problem with an IANA time zone name, or undefined when valid. */
function timezoneProblem(timezone) {
    const resolved = resolveZone(timezone);
    if (resolved === null) {
        const trimmed = timezone.trim();
        if (trimmed !== timezone && trimmed !== '' && resolveZone(trimmed) !== null) {
            return `timezone '${timezone}' has spaces around it; write '${trimmed}'`;
        }
        return `timezone '${timezone}' is not an IANA time zone name ${ZONE_EXAMPLES}`;
    }
    const spelling = respelling(timezone, resolved);
    if (spelling === undefined)
        return undefined;
    return `timezone '${timezone}' is not spelled as in the IANA database; write '${spelling}'`;
}
const offsetFormatters = new Map();
function offsetFormatter(timezone) {
    const known = offsetFormatters.get(timezone);
    if (known !== undefined)
        return known;
    const formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: timezone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric'
    });
    return (0,_bounded_cache_js__WEBPACK_IMPORTED_MODULE_0__/* .remember */ .k)(offsetFormatters, timezone, formatter, 500);
}
/** How far (ms) the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(timezone, instant) {
    if (timezone === null)
        return 0;
    const parts = offsetFormatter(timezone).formatToParts(instant);
    const part = (type) => Number(parts.find(p => p.type === type)?.value);
    const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
    return wall - (instant - (((instant % 1000) + 1000) % 1000));
}
/** The first instant after `low` whose offset differs from the one at `low`: the clock change. */
function clockChange(timezone, low, high) {
    const before = offsetAt(timezone, low);
    let lo = low;
    let hi = high;
    while (hi - lo > MINUTE_MS) {
        const middle = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
        if (offsetAt(timezone, middle) === before)
            lo = middle;
        else
            hi = middle;
    }
    return hi;
}
/**
 * The instant a wall-clock time (ms, read as if UTC) happens on a day whose offset moves between
 * `a` and `b`. A repeated time (clocks going back) fires once, at its first occurrence; a skipped
 * time (clocks going forward) fires when the clock jumps, as GitHub documents ("a 2:30 AM schedule
 * advances to 3:00 AM").
 */
function instantOfWall(timezone, wall, a, b) {
    const early = wall - Math.max(a, b);
    const late = wall - Math.min(a, b);
    if (offsetAt(timezone, early) === Math.max(a, b))
        return early;
    if (offsetAt(timezone, late) === Math.min(a, b))
        return late;
    return clockChange(timezone, early, late);
}


/***/ }),

/***/ 9437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J3: () => (/* binding */ DISPATCH_CONFIG_KEYS),
/* harmony export */   L0: () => (/* binding */ dispatchLimits),
/* harmony export */   nR: () => (/* binding */ readDelivery),
/* harmony export */   rc: () => (/* binding */ readDispatchLimits),
/* harmony export */   sm: () => (/* binding */ DISPATCH_WORKFLOW_KEYS)
/* harmony export */ });
/* unused harmony exports VIAS, OVERLAPS, DEFAULT_CATCH_UP_MS, DEFAULT_LIMITS, parseDuration */
/** How a managed workflow is started: by its own crons, or dispatched by the orchestrator's tick. */
const VIAS = ['cron', 'dispatch'];
/** What a tick does when a run of the workflow is queued or in progress: skip the occurrence, or dispatch anyway. */
const OVERLAPS = ['skip', 'allow'];
const DEFAULT_CATCH_UP_MS = 3_600_000;
const DEFAULT_LIMITS = { maxDispatches: 10, pauseAfterFailures: 3 };
/** The per-workflow keys this module reads, for the config's unknown-key check. */
const DISPATCH_WORKFLOW_KEYS = ['via', 'inputs', 'overlap', 'catch-up'];
/** The top-level keys this module reads. */
const DISPATCH_CONFIG_KEYS = ['max-dispatches', 'pause-after-failures'];
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
const LONGEST_CATCH_UP_MS = 7 * 86_400_000;
/** `30m`, `2h`, `1d` in ms; undefined when the text is no such duration. */
function parseDuration(text) {
    const match = /^\s*(\d+)\s*([mhd])\s*$/.exec(text);
    if (!match)
        return undefined;
    return Number(match[1]) * UNIT_MS[match[2]];
}
const shown = (value) => JSON.stringify(value);
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function readInputs(raw, at, problems) {
    if (raw === undefined)
        return {};
    if (!isRecord(raw)) {
        problems.push({ at, message: `must be a map of input name → value, got ${shown(raw)}` });
        return {};
    }
    const inputs = {};
    for (const [name, value] of Object.entries(raw)) {
        if (['string', 'number', 'boolean'].includes(typeof value))
            inputs[name] = String(value);
        else
            problems.push({
                at: [...at, name],
                message: `must be a string (workflow_dispatch inputs are strings), got ${shown(value)}`
            });
    }
    return inputs;
}
function readCatchUp(raw, at, problems) {
    if (raw === undefined)
        return DEFAULT_CATCH_UP_MS;
    const ms = typeof raw === 'string' ? parseDuration(raw) : undefined;
    if (ms !== undefined && ms > 0 && ms <= LONGEST_CATCH_UP_MS)
        return ms;
    problems.push({
        at,
        message: `must be a duration from 1m to 7d such as 30m, 2h or 1d, got ${shown(raw)}`
    });
    return DEFAULT_CATCH_UP_MS;
}
function readChoice(raw, choices, at, problems) {
    if (raw === undefined || choices.includes(raw))
        return raw;
    problems.push({ at, message: `must be one of ${choices.join(', ')}, got ${shown(raw)}` });
    return undefined;
}
/**
 * A workflow's `via` and, for `via: dispatch`, its dispatch options. The dispatch keys on a `via: cron` workflow are a
 * problem: nothing would read them.
 */
function readDelivery(raw, at, problems) {
    const via = readChoice(raw.via, VIAS, [...at, 'via'], problems);
    if (via !== 'dispatch') {
        const stray = DISPATCH_WORKFLOW_KEYS.filter(k => k !== 'via' && raw[k] !== undefined);
        for (const key of stray)
            problems.push({ at: [...at, key], message: 'is read only with via: dispatch' });
        return via === undefined ? {} : { via };
    }
    const dispatch = {
        inputs: readInputs(raw.inputs, [...at, 'inputs'], problems),
        overlap: readChoice(raw.overlap, OVERLAPS, [...at, 'overlap'], problems) ?? 'skip',
        catchUpMs: readCatchUp(raw['catch-up'], [...at, 'catch-up'], problems)
    };
    return { via, dispatch };
}
function readCount(raw, name, min, problems) {
    if (raw === undefined)
        return undefined;
    if (typeof raw === 'number' && Number.isInteger(raw) && raw >= min)
        return raw;
    problems.push({ at: [name], message: `must be a whole number ≥ ${min}, got ${shown(raw)}` });
    return undefined;
}
/** The top-level `max-dispatches` (≥ 1) and `pause-after-failures` (≥ 0, 0 never pauses); only the keys given. */
function readDispatchLimits(raw, problems) {
    const max = readCount(raw['max-dispatches'], 'max-dispatches', 1, problems);
    const pause = readCount(raw['pause-after-failures'], 'pause-after-failures', 0, problems);
    return {
        ...(max === undefined ? {} : { maxDispatches: max }),
        ...(pause === undefined ? {} : { pauseAfterFailures: pause })
    };
}
/** The limits in force: the config's, defaults for the keys it leaves out. */
function dispatchLimits(config) {
    return {
        maxDispatches: config.maxDispatches ?? DEFAULT_LIMITS.maxDispatches,
        pauseAfterFailures: config.pauseAfterFailures ?? DEFAULT_LIMITS.pauseAfterFailures
    };
}


/***/ }),

/***/ 6691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pu: () => (/* binding */ MIN_SAMPLES),
  dM: () => (/* binding */ costsById),
  si: () => (/* binding */ fitCostModel),
  zQ: () => (/* binding */ periodSamples),
  ql: () => (/* binding */ projectionError),
  TD: () => (/* reexport */ weekendDays)
});

// EXTERNAL MODULE: ./src/core/forecast/least-squares.ts
var least_squares = __webpack_require__(9953);
// EXTERNAL MODULE: ./src/core/usage/period.ts
var period = __webpack_require__(6666);
// EXTERNAL MODULE: ./src/core/schedule/schedule-history.ts
var schedule_history = __webpack_require__(3221);
;// CONCATENATED MODULE: ./src/core/forecast/cost-fit.ts
/**
 * The regression behind the cost model: the intervals between readings, their columns, and the optional columns (the
 * merge lag of schedule changes, a weekend background rate) that the model takes only when the data support them.
 */



/** Days of [from, to) that fall on a Saturday or a Sunday, in UTC. */
function weekendDays(from, to) {
    let total = 0;
    for (let t = from.getTime(); t < to.getTime();) {
        const next = Math.min((Math.floor(t / period/* DAY_MS */.sO) + 1) * period/* DAY_MS */.sO, to.getTime());
        const weekday = new Date(t).getUTCDay();
        if (weekday === 0 || weekday === 6)
            total += next - t;
        t = next;
    }
    return total / period/* DAY_MS */.sO;
}
/** One row per pair of consecutive readings; a drop in `used` (a correction) leaves its interval out. */
function intervals(samples, spans) {
    const late = spans.map(s => (0,schedule_history/* mergedAtNextReading */.vg)(s, samples.map(r => r.at.getTime())));
    const rows = [];
    samples.forEach((b, i) => {
        const a = samples[i - 1];
        if (a === undefined || b.at.getTime() <= a.at.getTime() || b.used < a.used)
            return;
        rows.push({
            days: (b.at.getTime() - a.at.getTime()) / period/* DAY_MS */.sO,
            weekend: weekendDays(a.at, b.at),
            used: b.used - a.used,
            runs: spans.map(s => (0,schedule_history/* runsUnder */.f8)(s, a.at, b.at)),
            late: late.map(s => (0,schedule_history/* runsUnder */.f8)(s, a.at, b.at))
        });
    });
    return rows;
}
/**
 * Columns: one per unknown cost (or their run total when shared); with `lag`, what the replaced schedules would have
 * added had the changes been merged only at the next reading, runs of unknown cost counted 1 (its coefficient: how far
 * towards that reading the changes took effect, times the cost per run when it is learned); then the days, split into
 * weekdays and weekend days with `weekend`.
 */
function design(rows, declared, shared, options) {
    const unknown = declared.flatMap((c, i) => (c === undefined ? [i] : []));
    const costs = unknown.length === 0 ? 0 : shared ? 1 : unknown.length;
    const x = rows.map(r => {
        const counts = unknown.map(i => r.runs[i]);
        const learned = shared && costs > 0 ? [counts.reduce((s, n) => s + n, 0)] : counts;
        const lag = declared.reduce((s, c, i) => s + (c ?? 1) * (r.late[i] - r.runs[i]), 0);
        const time = options.weekend ? [r.days - r.weekend, r.weekend] : [r.days];
        return [...learned, ...(options.lag ? [lag] : []), ...time];
    });
    const known = rows.map(r => declared.reduce((s, c, i) => s + (c ?? 0) * r.runs[i], 0));
    // Usage accumulates over the interval, so its noise grows with the interval's length: weigh by 1/Δt.
    const w = rows.map(r => 1 / r.days);
    return { x, y: rows.map((r, i) => r.used - known[i]), w, layout: { costs, ...options } };
}
function attempt(rows, declared, shared, options) {
    const d = design(rows, declared, shared, options);
    const result = (0,least_squares/* robustLeastSquares */.vG)(d.x, d.y, d.w);
    return result && { result, layout: d.layout };
}
/** Weekends get a rate of their own once it differs from the weekdays' at 95% (a team that rests on Saturdays). */
function weekendDiffers({ result }) {
    const [p, v] = [result.coefficients.length, result.covariance];
    const difference = result.coefficients[p - 1] - result.coefficients[p - 2];
    const variance = v[p - 1][p - 1] + v[p - 2][p - 2] - 2 * v[p - 1][p - 2];
    return Math.abs(difference) > (0,least_squares/* tQuantile95 */.q8)(result.dof) * Math.sqrt(Math.max(variance, 0));
}
/**
 * The merge lag is taken only when it stands out at three standard errors (more at few degrees of freedom) and lands
 * between merged at once and merged at the next reading: with a few mode changes it can always explain some noise, and
 * a lag that fits noise moves the cost per run with it.
 */
function lagSupported({ result, layout }) {
    const lag = result.coefficients[layout.costs];
    const share = lag / (layout.costs > 0 ? result.coefficients[0] : 1);
    const t = Math.max(3, (0,least_squares/* tQuantile95 */.q8)(result.dof));
    return Math.abs(lag) > t * result.standardErrors[layout.costs] && share > 0 && share <= 1;
}
/**
 * The fit of the intervals with the columns the data support: the merge lag first (a pull request merged hours after
 * it was recorded leaves those hours to the old crons, which otherwise reads as a cheaper run), then the weekend rate.
 */
function fitIntervals(rows, declared, shared) {
    for (const lag of [true, false]) {
        const plain = attempt(rows, declared, shared, { lag, weekend: false });
        if (!plain || (lag && !lagSupported(plain)))
            continue;
        const split = attempt(rows, declared, shared, { lag, weekend: true });
        return split && weekendDiffers(split) ? split : plain;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/forecast/cost-model.ts




/** Fewer samples than this in the period and the model is still learning (three intervals, one spare for the error). */
const MIN_SAMPLES = 4;
/** A cost per run known before any fit: observed from the jobs, else declared in the config. */
function givenCost(input, w) {
    const observed = input.observed?.get(w.id);
    if (observed !== undefined)
        return { costPerRun: observed, source: 'observed' };
    return w.costPerRun === undefined ? undefined : { costPerRun: w.costPerRun, source: 'declared' };
}
/** The readings of the period up to now, the current one included; a reading above `used` is a correction and dropped. */
function periodSamples(history, current, period) {
    const now = current.at.getTime();
    const kept = history.filter(s => s.at.getTime() >= period.start.getTime() && s.at.getTime() < now && s.used <= current.used);
    return [...kept, current].sort((a, b) => a.at.getTime() - b.at.getTime());
}
/**
 * A learned cost is trusted once its 95% interval excludes zero, with Student's t for the degrees of freedom: at one or
 * two spare intervals a standard error is itself a guess, and t = 2 would trust a lucky fit.
 */
function trusted({ result }, costs) {
    const t = (0,least_squares/* tQuantile95 */.q8)(result.dof);
    return result.coefficients
        .slice(0, costs)
        .every((c, i) => c > 0 && result.standardErrors[i] * t <= c);
}
function learning(input, note) {
    return {
        status: 'learning',
        samples: input.samples.length,
        shape: input.workflows.every(w => givenCost(input, w)) ? 'declared' : 'shared',
        workflows: input.workflows.map(w => ({
            workflow: w.id,
            ...(givenCost(input, w) ?? { costPerRun: 1, source: 'default' })
        })),
        note
    };
}
/** The uncertainty of what a projection uses: the costs and the background rates, not the merge lag. */
function spreadOf({ result, layout }, columns) {
    const used = result.coefficients.map((_, i) => i).filter(i => !layout.lag || i !== layout.costs);
    return {
        columns,
        weekend: layout.weekend,
        covariance: used.map(i => used.map(j => result.covariance[i][j])),
        dailyVariance: result.residualVariance,
        dof: result.dof
    };
}
function learned(input, fitted, shape) {
    const { result, layout } = fitted;
    let k = 0;
    const workflows = input.workflows.map((w) => {
        const given = givenCost(input, w);
        if (given)
            return { workflow: w.id, ...given };
        const i = shape === 'shared' ? 0 : k++;
        const [costPerRun, standardError] = [result.coefficients[i], result.standardErrors[i]];
        return { workflow: w.id, costPerRun, standardError, source: 'learned' };
    });
    const unknown = input.workflows.filter(w => !givenCost(input, w)).map(w => w.id);
    const columns = shape === 'shared' ? [unknown] : unknown.map(id => [id]);
    const last = result.coefficients.length - 1;
    const rate = (i) => ({
        perDay: Math.max(result.coefficients[i], 0),
        standardError: result.standardErrors[i]
    });
    return {
        status: 'learned',
        samples: input.samples.length,
        shape,
        workflows,
        background: layout.weekend ? { ...rate(last - 1), weekend: rate(last) } : rate(last),
        spread: spreadOf(fitted, columns)
    };
}
/**
 * Standard error of a projection that adds `runs` (by workflow id) and `days` of background, `weekend` of them on
 * Saturdays and Sundays: the learned unknowns' uncertainty carried over those runs and days (with their covariance — a
 * cost set too high comes with a background set too low), plus the day-to-day scatter of the days themselves.
 */
function projectionError(spread, runs, days, weekend) {
    const time = spread.weekend ? [days - weekend, weekend] : [days];
    const g = [
        ...spread.columns.map(ids => ids.reduce((s, id) => s + (runs.get(id) ?? 0), 0)),
        ...time
    ];
    let variance = spread.dailyVariance * days;
    g.forEach((gi, i) => g.forEach((gj, j) => (variance += gi * gj * spread.covariance[i][j])));
    return Math.sqrt(Math.max(variance, 0));
}
/**
 * Fits the cost model by robust weighted least squares over the period's samples. It prefers one cost per workflow,
 * falls back to one cost shared by the workflows that declare none, and stays `learning` (declared costs, else 1) while
 * there are fewer than MIN_SAMPLES readings, the run counts cannot be told apart from time, or the learned cost is too
 * uncertain. A merge lag of the schedule changes and a weekend background rate join the fit when the data support them.
 */
function fitCostModel(input) {
    const n = input.samples.length;
    if (n < MIN_SAMPLES)
        return learning(input, `learning (${n} of ${MIN_SAMPLES} samples)`);
    const spans = input.workflows.map(w => (0,schedule_history/* scheduleHistory */.Gg)(w, input.changes, input.current.get(w.id)));
    const rows = intervals(input.samples, spans);
    const declared = input.workflows.map(w => givenCost(input, w)?.costPerRun);
    const unknown = declared.filter(c => c === undefined).length;
    if (unknown === 0) {
        const result = fitIntervals(rows, declared, false);
        if (result)
            return learned(input, result, 'declared');
        return learning(input, `learning (${n} samples): too few usable intervals`);
    }
    const separate = unknown > 1 ? fitIntervals(rows, declared, false) : undefined;
    if (separate && trusted(separate, unknown))
        return learned(input, separate, 'per-workflow');
    const shared = fitIntervals(rows, declared, true);
    if (shared === undefined)
        return learning(input, `learning (${n} samples): the runs kept pace with time (one schedule all along), so cost and background cannot be told apart yet`);
    if (!trusted(shared, 1)) {
        const [c, se] = [shared.result.coefficients[0], shared.result.standardErrors[0]];
        return learning(input, `learning (${n} samples): cost per run ${c.toFixed(2)} ± ${se.toFixed(2)} is not yet precise enough`);
    }
    return learned(input, shared, 'shared');
}
/** The cost per run the policy should use for each workflow id. */
function costsById(model) {
    return new Map(model.workflows.map(w => [w.workflow, w.costPerRun]));
}


/***/ }),

/***/ 9953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q8: () => (/* binding */ tQuantile95),
/* harmony export */   vG: () => (/* binding */ robustLeastSquares)
/* harmony export */ });
/* unused harmony export weightedLeastSquares */
/** Weighted least squares for the handful of unknowns of the cost model (at most one per workflow, plus one). */
/**
 * Share of a column's variation that must be left once the earlier columns explain what they can (1 − R²). Below it
 * the columns are collinear: the data cannot tell the unknowns apart, whatever the estimates would say.
 */
const MIN_INDEPENDENT_SHARE = 1e-6;
/** Lower-triangular Cholesky factor of a symmetric matrix; undefined when a pivot falls under `minPivot`. */
function cholesky(a, minPivot) {
    const n = a.length;
    const l = a.map(() => new Array(n).fill(0));
    for (let j = 0; j < n; j++) {
        let d = a[j][j];
        for (let k = 0; k < j; k++)
            d -= l[j][k] ** 2;
        if (!(d > minPivot))
            return undefined;
        l[j][j] = Math.sqrt(d);
        for (let i = j + 1; i < n; i++) {
            let s = a[i][j];
            for (let k = 0; k < j; k++)
                s -= l[i][k] * l[j][k];
            l[i][j] = s / l[j][j];
        }
    }
    return l;
}
/** The inverse of A = LLᵀ, column by column through forward and back substitution. */
function inverseFromCholesky(l) {
    const n = l.length;
    const inverse = l.map(() => new Array(n).fill(0));
    for (let c = 0; c < n; c++) {
        const y = new Array(n).fill(0);
        for (let i = 0; i < n; i++) {
            let s = i === c ? 1 : 0;
            for (let k = 0; k < i; k++)
                s -= l[i][k] * y[k];
            y[i] = s / l[i][i];
        }
        for (let i = n - 1; i >= 0; i--) {
            let s = y[i];
            for (let k = i + 1; k < n; k++)
                s -= l[k][i] * inverse[k][c];
            inverse[i][c] = s / l[i][i];
        }
    }
    return inverse;
}
function dot(columns, f) {
    let s = 0;
    for (let k = 0; k < columns; k++)
        s += f(k);
    return s;
}
/**
 * Fits y ≈ Xβ minimising Σ wᵢ(yᵢ − xᵢβ)². Undefined when there are no more rows than unknowns or the columns are
 * collinear (checked on the column-scaled normal matrix, so units do not matter).
 */
function weightedLeastSquares(rows, y, weights) {
    const p = rows[0]?.length ?? 0;
    const dof = rows.length - p;
    if (p === 0 || dof < 1)
        return undefined;
    const xtwx = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => dot(rows.length, r => weights[r] * rows[r][i] * rows[r][j])));
    const scale = xtwx.map((row, i) => Math.sqrt(row[i]) || 1);
    const scaled = xtwx.map((row, i) => row.map((v, j) => v / (scale[i] * scale[j])));
    const factor = cholesky(scaled, MIN_INDEPENDENT_SHARE);
    if (factor === undefined)
        return undefined;
    const unscaled = inverseFromCholesky(factor).map((row, i) => row.map((v, j) => v / (scale[i] * scale[j])));
    const xtwy = Array.from({ length: p }, (_, i) => dot(rows.length, r => weights[r] * rows[r][i] * y[r]));
    const coefficients = unscaled.map(row => dot(p, j => row[j] * xtwy[j]));
    const rss = dot(rows.length, r => weights[r] * (y[r] - dot(p, j => rows[r][j] * coefficients[j])) ** 2);
    const covariance = unscaled.map(row => row.map(v => (v * rss) / dof));
    return {
        coefficients,
        covariance,
        standardErrors: covariance.map((row, i) => Math.sqrt(Math.max(row[i], 0))),
        dof,
        residualVariance: rss / dof
    };
}
/** Huber's tuning constant: 95% efficiency when the errors are normal. */
const HUBER_K = 1.345;
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Residuals scaled to unit weight, and their spread (1.4826 × the median absolute residual: σ for normal errors). */
function scaledResiduals(rows, y, weights, beta) {
    const scaled = rows.map((row, r) => (y[r] - dot(row.length, j => row[j] * beta[j])) * Math.sqrt(weights[r]));
    return { scaled, spread: 1.4826 * median(scaled.map(Math.abs)) };
}
/**
 * A start that a minority of outlying rows (a four-day burst) does not drag the way it drags plain least squares:
 * concentration steps of least trimmed squares from the plain fit — refit on the rows it explains best, half of them
 * plus the unknowns, until that set stops changing. A row that carries what no other row does (high leverage: the one
 * day of another mode) is never trimmed: nothing could tell it is an outlier.
 */
function trimmedStart(rows, y, weights) {
    let fit = weightedLeastSquares(rows, y, weights);
    if (!fit || !(fit.residualVariance > 0))
        return fit;
    const p = rows[0].length;
    const inverse = fit.covariance.map(row => row.map(v => v / fit.residualVariance));
    const leverage = (x, w) => w * dot(p, i => x[i] * dot(p, j => inverse[i][j] * x[j]));
    const fixed = rows.map((x, r) => leverage(x, weights[r]) > (2 * p) / rows.length);
    const size = Math.ceil((rows.length + p + 1) / 2);
    let kept = '';
    for (let step = 0; step < 10 && fit; step++) {
        const { scaled } = scaledResiduals(rows, y, weights, fit.coefficients);
        const best = scaled
            .map((u, r) => ({ r, key: fixed[r] ? -1 : Math.abs(u) }))
            .sort((a, b) => a.key - b.key)
            .slice(0, size)
            .map(({ r }) => r)
            .sort((a, b) => a - b);
        if (best.join() === kept)
            break;
        kept = best.join();
        const chosen = new Set(best);
        fit =
            weightedLeastSquares(rows, y, weights.map((w, r) => (chosen.has(r) ? w : 0))) ?? fit;
    }
    return fit;
}
/**
 * The fit's uncertainty at Huber's variance of its residuals, s² Σψ²/(n − p) over the share of rows inside the Huber
 * band squared: a burst counts as a residual of 1.345 spreads, not at its size, so it does not make every estimate look
 * vaguer; the share is floored at a half, past which no fit is robust anyway.
 */
function withHuberVariance(fit, rows, y, weights, spread) {
    const k = HUBER_K * spread;
    const { scaled } = scaledResiduals(rows, y, weights, fit.coefficients);
    const inside = scaled.filter(u => Math.abs(u) <= k).length / scaled.length;
    const psi = scaled.reduce((sum, u) => sum + Math.min(u * u, k * k), 0);
    const variance = psi / fit.dof / Math.max(inside, 0.5) ** 2;
    const ratio = fit.residualVariance > 0 ? variance / fit.residualVariance : 0;
    const covariance = fit.covariance.map(row => row.map(v => v * ratio));
    return {
        ...fit,
        covariance,
        standardErrors: covariance.map((row, i) => Math.sqrt(Math.max(row[i], 0))),
        residualVariance: variance
    };
}
/**
 * Weighted least squares made robust: Huber's weights on the residuals scaled by their median absolute deviation. Once
 * there are rows enough to trim (three per unknown, and three more), the fit starts from a trimmed one and keeps that
 * start's scale, as an MM-estimate does; with fewer, the scale follows each reweighting. A burst or a spike of manual
 * use is an outlier for a rate, and must not set the rate — nor the rate's uncertainty.
 */
function robustLeastSquares(rows, y, weights, iterations = 20) {
    const trim = rows.length >= 3 * (rows[0]?.length ?? 0) + 3;
    let fit = trim ? trimmedStart(rows, y, weights) : weightedLeastSquares(rows, y, weights);
    if (!fit)
        return undefined;
    let spread = scaledResiduals(rows, y, weights, fit.coefficients).spread;
    const tiny = 1e-9 * (1 + Math.max(...y.map(Math.abs)));
    for (let i = 0; i < iterations && spread > tiny; i++) {
        const { scaled } = scaledResiduals(rows, y, weights, fit.coefficients);
        const huber = scaled.map(u => Math.min(1, (HUBER_K * spread) / Math.abs(u)));
        fit =
            weightedLeastSquares(rows, y, weights.map((w, r) => w * huber[r])) ?? fit;
        if (!trim)
            spread = scaledResiduals(rows, y, weights, fit.coefficients).spread;
    }
    return spread > tiny ? withHuberVariance(fit, rows, y, weights, spread) : fit;
}
/** Two-sided 95% quantiles of Student's t for 1–10 degrees of freedom; beyond, 2 is close enough. */
const T_95 = [12.71, 4.3, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23];
/** The t value an estimate must reach to be told from zero at 95% with `dof` degrees of freedom. */
function tQuantile95(dof) {
    return T_95[dof - 1] ?? 2;
}


/***/ }),

/***/ 6357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ costPerMode),
/* harmony export */   b0: () => (/* binding */ planCost)
/* harmony export */ });
/* unused harmony export costOfSchedules */
/* harmony import */ var _cron_occurrences_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7150);
/* harmony import */ var _schedule_schedule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8622);
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
        const n = (0,_cron_occurrences_js__WEBPACK_IMPORTED_MODULE_0__/* .runsPer30Days */ .s8)(entries, from);
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
    for (const mode of _schedule_schedule_js__WEBPACK_IMPORTED_MODULE_1__/* .MODES */ .FN) {
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


/***/ }),

/***/ 7377:
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

/***/ 9853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mb: () => (/* binding */ CONFIG_PROBLEMS),
  Xg: () => (/* binding */ readConfig)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_PATH, DEFAULT_TARGET, POLICIES, isPolicy, parseConfig

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/schedule/config-names.ts
var config_names = __webpack_require__(9398);
// EXTERNAL MODULE: ./src/core/cron/stagger.ts
var cron_stagger = __webpack_require__(6121);
// EXTERNAL MODULE: ./src/core/usage/budgets.ts
var budgets = __webpack_require__(5537);
// EXTERNAL MODULE: ./src/core/runs/runner-pricing.ts
var runner_pricing = __webpack_require__(7377);
;// CONCATENATED MODULE: ./src/core/runs/prices-config.ts

/** The SKU names a runner's labels can be priced as (`skuOfLabel`): GitHub's list and any size of larger runner. */
const SKU = /^(?:(?:linux|windows)_\d+_core(?:_arm)?|linux_2_core_advanced|self_hosted)$/;
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Whether a runner can be priced under this name. */
function isSku(name) {
    return runner_pricing/* DEFAULT_PRICES */.f7[name] !== undefined || SKU.test(name);
}
function skuProblem(name, at) {
    return {
        at: [...at, name],
        message: `'${name}' is not a runner SKU — use GitHub's names, e.g. linux, windows, macos, linux_4_core, macos_xl`
    };
}
/** `prices: {linux: 0.005, linux_4_core: 0.01}`; absent: GitHub's list as it is. */
function readPrices(raw, problems) {
    if (raw === undefined)
        return {};
    const at = ['prices'];
    if (!isRecord(raw)) {
        problems.push({
            at,
            message: `must be a map of runner SKU to dollars per minute, e.g. { linux: 0.006, macos: 0.062 }, got ${JSON.stringify(raw)}`
        });
        return {};
    }
    const prices = {};
    for (const [name, value] of Object.entries(raw)) {
        if (!isSku(name))
            problems.push(skuProblem(name, at));
        else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
            problems.push({
                at: [...at, name],
                message: `must be dollars per minute, a number ≥ 0 (GitHub's is ${runner_pricing/* DEFAULT_PRICES */.f7[name] ?? 'not listed'}), got ${JSON.stringify(value)}`
            });
        else
            prices[name] = value;
    }
    return Object.keys(prices).length > 0 ? { prices } : {};
}

;// CONCATENATED MODULE: ./src/core/schedule/config-problems.ts
/** Problems found in the orchestrator config, and how each is written: its path in the file and the line it is on. */

/** The keys of a map that are not allowed there. */
function unknownKeys(value, allowed, at) {
    return Object.keys(value)
        .filter(k => !allowed.includes(k))
        .map(k => ({
        at: [...at, k],
        message: `unknown key '${k}'; expected one of: ${allowed.join(', ')}`
    }));
}
/** `file: workflows.nightly.schedules.normal[1] (line 6): message`. */
function problemText(problem, file, doc, lines) {
    const line = lineOf(doc, lines, problem.near ?? problem.at);
    const where = line === undefined ? '' : ` (line ${line})`;
    return `${file}: ${formatPath(problem.at)}${where}: ${problem.message}`;
}
function formatPath(at) {
    return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}
/** The line of the deepest key (or list item) of the path found in the file; a key's own line, not its value's. */
function lineOf(doc, lines, at) {
    let node = doc.contents;
    let start;
    for (const key of at) {
        const pair = (0,dist/* isMap */.jh)(node)
            ? node.items.find(p => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(key))
            : undefined;
        const item = (0,dist/* isSeq */.oP)(node) && typeof key === 'number' ? node.items[key] : undefined;
        const found = pair ? pair.key : item;
        if (!(0,dist/* isScalar */.jn)(found) && !(0,dist/* isMap */.jh)(found) && !(0,dist/* isSeq */.oP)(found))
            break;
        start = found.range?.[0] ?? start;
        node = pair ? pair.value : item;
    }
    return start === undefined ? undefined : lines.linePos(start).line;
}

// EXTERNAL MODULE: ./src/core/schedule/schedule.ts + 1 modules
var schedule_schedule = __webpack_require__(8622);
// EXTERNAL MODULE: ./src/core/usage/usage.ts
var usage = __webpack_require__(820);
// EXTERNAL MODULE: ./src/core/dispatch/dispatch-config.ts
var dispatch_config = __webpack_require__(9437);
;// CONCATENATED MODULE: ./src/core/schedule/config.ts











/** The share of the quota the target policy aims to use by the reset unless the config says otherwise. */
const DEFAULT_TARGET = 0.95;
const THRESHOLD_KEYS = {
    'aggressive-below': 'aggressiveBelow',
    'conservative-above': 'conservativeAbove',
    'alert-at': 'alertAt'
};
function config_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function readThresholds(raw, problems) {
    const thresholds = { ...usage/* DEFAULT_THRESHOLDS */.JJ };
    if (raw === undefined)
        return thresholds;
    if (!config_isRecord(raw)) {
        problems.push({
            at: ['thresholds'],
            message: 'must be a map, e.g. { aggressive-below: 0.7, conservative-above: 1.3, alert-at: 0.9 }'
        });
        return thresholds;
    }
    problems.push(...unknownKeys(raw, Object.keys(THRESHOLD_KEYS), ['thresholds']));
    for (const [name, field] of Object.entries(THRESHOLD_KEYS)) {
        const value = raw[name];
        if (value === undefined)
            continue;
        if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
            problems.push({
                at: ['thresholds', name],
                message: `must be a number above 0, got ${JSON.stringify(value)}`
            });
        }
        else
            thresholds[field] = value;
    }
    if (thresholds.aggressiveBelow >= thresholds.conservativeAbove) {
        problems.push({
            at: ['thresholds'],
            message: 'aggressive-below must be lower than conservative-above'
        });
    }
    if (thresholds.alertAt > 1)
        problems.push({
            at: ['thresholds', 'alert-at'],
            message: 'must be at most 1 (a share of the quota)'
        });
    return thresholds;
}
function readEntry(raw, at, problems) {
    let entry;
    if (typeof raw === 'string')
        entry = { cron: raw };
    else if (config_isRecord(raw) && typeof raw.cron === 'string') {
        problems.push(...unknownKeys(raw, ['cron', 'timezone'], at));
        if (raw.timezone !== undefined && typeof raw.timezone !== 'string') {
            problems.push({ at: [...at, 'timezone'], message: 'must be a string such as Europe/Berlin' });
            return undefined;
        }
        entry =
            raw.timezone === undefined ? { cron: raw.cron } : { cron: raw.cron, timezone: raw.timezone };
    }
    else {
        problems.push({
            at,
            message: `must be a cron string or { cron, timezone }, got ${JSON.stringify(raw)}`
        });
        return undefined;
    }
    // `H` is allowed here; expandStagger turns it into plain numbers once every workflow is read.
    const bad = (0,cron_stagger/* staggerEntryProblems */.UH)(entry);
    problems.push(...bad.map(message => ({ at, message: `'${entry.cron}' — ${message}` })));
    return bad.length === 0 ? entry : undefined;
}
function readSchedules(raw, at, problems) {
    const schedules = { aggressive: [], normal: [], conservative: [] };
    if (!config_isRecord(raw)) {
        problems.push({ at, message: 'must be a map with aggressive, normal and conservative crons' });
        return schedules;
    }
    problems.push(...unknownKeys(raw, schedule_schedule/* MODES */.FN, at));
    for (const mode of schedule_schedule/* MODES */.FN) {
        const value = raw[mode];
        if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
            problems.push({
                at: [...at, mode],
                message: `missing: give at least one cron for the ${mode} mode`,
                near: at.slice(0, -1)
            });
            continue;
        }
        const items = Array.isArray(value) ? value : [value];
        const where = (i) => (Array.isArray(value) ? [...at, mode, i] : [...at, mode]);
        const entries = items.map((item, i) => readEntry(item, where(i), problems));
        problems.push(...duplicates(entries, `the ${mode} schedule of '${String(at[1])}'`, where));
        schedules[mode] = entries.flatMap(entry => entry ?? []);
    }
    return schedules;
}
/** Entries of one mode that run at the same times as an earlier one (`0 8 * * *` and `00 8 * * *`). */
function duplicates(entries, schedule, where) {
    return entries.flatMap((entry, i) => {
        const first = entries.findIndex(other => other && entry && (0,schedule_schedule/* sameEntry */.dI)(other, entry));
        const earlier = entries[first];
        if (!entry || !earlier || first === i)
            return [];
        const name = formatKey(where(first));
        const said = earlier.cron === entry.cron
            ? `'${entry.cron}' is already listed as ${name}`
            : `'${entry.cron}' runs at the same times as '${earlier.cron}' (${name})`;
        return [{ at: where(i), message: `${said} — list each cron once in ${schedule}` }];
    });
}
/** `normal[0]`: the mode and index at the end of an entry's path. */
function formatKey(at) {
    const [mode, index] = at.slice(-2);
    return `${String(mode)}[${String(index)}]`;
}
function pathProblem(path) {
    if (typeof path !== 'string' || path === '')
        return 'missing: the workflow file, e.g. .github/workflows/nightly.yml';
    if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || path.includes('..')) {
        return `'${path}' must be a .yml or .yaml file directly under .github/workflows/`;
    }
    return undefined;
}
function isNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
function readCost(raw, at, problems) {
    if (raw === undefined || (isNumber(raw) && raw >= 0))
        return raw;
    problems.push({
        at,
        message: `must be a number ≥ 0 (the quota one run consumes), got ${JSON.stringify(raw)}`
    });
    return undefined;
}
function readWorkflow(id, raw, problems) {
    const at = ['workflows', id];
    if (!config_isRecord(raw)) {
        problems.push({ at, message: 'must be a map with path and schedules' });
        return undefined;
    }
    const keys = ['path', 'schedules', 'cost-per-run', ...dispatch_config/* DISPATCH_WORKFLOW_KEYS */.sm];
    problems.push(...unknownKeys(raw, keys, at));
    const bad = pathProblem(raw.path);
    if (bad)
        problems.push({ at: [...at, 'path'], message: bad });
    const schedules = readSchedules(raw.schedules, [...at, 'schedules'], problems);
    const cost = readCost(raw['cost-per-run'], [...at, 'cost-per-run'], problems);
    const delivery = (0,dispatch_config/* readDelivery */.nR)(raw, at, problems);
    if (bad)
        return undefined;
    const workflow = { id, path: raw.path, schedules, ...delivery };
    return cost === undefined ? workflow : { ...workflow, costPerRun: cost };
}
function readWorkflows(raw, problems) {
    if (!config_isRecord(raw) || Object.keys(raw).length === 0) {
        problems.push({
            at: ['workflows'],
            message: 'missing: list at least one workflow to manage, keyed by an id'
        });
        return [];
    }
    const workflows = Object.entries(raw).flatMap(([id, value]) => readWorkflow(id, value, problems) ?? []);
    const seen = new Map();
    for (const w of workflows) {
        const first = seen.get(w.path);
        if (first)
            problems.push({
                at: ['workflows', w.id, 'path'],
                message: `'${w.path}' is already managed as '${first}'`
            });
        else
            seen.set(w.path, w.id);
    }
    return workflows;
}
function readPolicy(raw, problems) {
    let policy = 'thresholds';
    let target = DEFAULT_TARGET;
    const name = raw.policy;
    if (typeof name === 'string' && (0,config_names/* isPolicy */.pn)(name))
        policy = name;
    else if (name !== undefined)
        problems.push({
            at: ['policy'],
            message: `must be one of ${config_names/* POLICIES */.PQ.join(', ')}, got ${JSON.stringify(name)}`
        });
    if (isNumber(raw.target) && raw.target > 0 && raw.target <= 1)
        target = raw.target;
    else if (raw.target !== undefined)
        problems.push({
            at: ['target'],
            message: `must be a share of the quota above 0 and at most 1 (e.g. 0.95), got ${JSON.stringify(raw.target)}`
        });
    return { policy, target };
}
function readStagger(raw, problems) {
    if (raw === undefined || typeof raw === 'boolean')
        return raw === true;
    problems.push({
        at: ['stagger'],
        message: `must be true or false (re-spread crons at minute 0 of the managed workflows), got ${JSON.stringify(raw)}`
    });
    return false;
}
/** Reads a config file's text, listing every problem at once with its path and line in the file; never throws for a problem. */
function readConfig(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    const config = {
        thresholds: { ...usage/* DEFAULT_THRESHOLDS */.JJ },
        workflows: [],
        policy: 'thresholds',
        target: DEFAULT_TARGET
    };
    if (doc.errors.length > 0) {
        const messages = doc.errors.map(e => `not valid YAML (line ${lines.linePos(e.pos[0]).line}): ${e.message.split('\n')[0]}`);
        return { config, problems: messages.map(m => `${file}: ${m}`) };
    }
    const data = doc.toJS();
    const problems = [];
    if (!config_isRecord(data))
        problems.push({ at: [], message: 'must be a map with a workflows key' });
    const raw = config_isRecord(data) ? data : {};
    const topKeys = ['thresholds', 'workflows', 'policy', 'target', 'stagger', 'budgets', 'prices'];
    problems.push(...unknownKeys(raw, [...topKeys, ...dispatch_config/* DISPATCH_CONFIG_KEYS */.J3], []));
    const stagger = readStagger(raw.stagger, problems);
    const read = {
        thresholds: readThresholds(raw.thresholds, problems),
        // After every workflow is read: H picks minutes no other managed workflow uses.
        workflows: (0,cron_stagger/* expandStagger */.GW)(readWorkflows(raw.workflows, problems), { stagger }),
        ...readPolicy(raw, problems),
        ...(0,dispatch_config/* readDispatchLimits */.rc)(raw, problems),
        ...(stagger ? { stagger } : {}),
        ...(0,budgets/* readBudgets */.le)(raw.budgets, problems),
        ...readPrices(raw.prices, problems)
    };
    return { config: read, problems: problems.map(p => problemText(p, file, doc, lines)) };
}
/** Parses and validates a config file's text; a ValidationError lists every problem at once. */
function parseConfig(text, file) {
    const { config, problems } = readConfig(text, file);
    if (problems.length > 0)
        throw new ValidationError(problems, CONFIG_PROBLEMS);
    return config;
}
/** The heading of an error listing config problems. */
const CONFIG_PROBLEMS = 'Invalid orchestrator config';


/***/ }),

/***/ 5642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ runsADay),
/* harmony export */   z: () => (/* binding */ planDispatched)
/* harmony export */ });
/* harmony import */ var _cron_occurrences_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7150);
/* harmony import */ var _consolidate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8499);
/**
 * The plan of a `via: dispatch` workflow (DESIGN §12): its file loses its own `schedule:` (with `workflow_dispatch`
 * added if missing) and the orchestrator's tick dispatches it at the mode's crons instead. The runs a day before (the
 * file's scheduled runs) and after (the dispatched runs) are what the reports show of the consolidation.
 */


/** A dispatched workflow's plan: `to` are the dispatch times of the mode, `newText` the consolidated file. */
function planDispatched(workflow, file, mode, now) {
    const to = workflow.schedules[mode];
    const newText = (0,_consolidate_js__WEBPACK_IMPORTED_MODULE_1__/* .consolidateSchedule */ .vi)(file.text, workflow.path);
    return {
        id: workflow.id,
        path: workflow.path,
        from: file.from,
        to,
        changed: newText !== file.text,
        runsBefore: (0,_cron_occurrences_js__WEBPACK_IMPORTED_MODULE_0__/* .runsPer30Days */ .s8)(file.from, now),
        runsAfter: (0,_cron_occurrences_js__WEBPACK_IMPORTED_MODULE_0__/* .runsPer30Days */ .s8)(to, now),
        oldText: file.text,
        newText,
        staleComments: [],
        via: 'dispatch'
    };
}
/** Runs a day of a workflow plan's schedule before and after (runs in the next 30 days over 30). */
function runsADay(plan) {
    return { before: plan.runsBefore / 30, after: plan.runsAfter / 30 };
}


/***/ }),

/***/ 8499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vi: () => (/* binding */ consolidateSchedule),
  QM: () => (/* binding */ hasScheduleTrigger),
  Cy: () => (/* binding */ putScheduleBack)
});

// UNUSED EXPORTS: ensureWorkflowDispatch, removeSchedule

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/schedule/source-text.ts
var source_text = __webpack_require__(1266);
// EXTERNAL MODULE: ./src/core/schedule/workflow-schedule.ts
var workflow_schedule = __webpack_require__(4104);
;// CONCATENATED MODULE: ./src/core/schedule/consolidate-triggers.ts
/**
 * A workflow's `on:` value seen as a list of triggers, whatever its spelling: a block or flow map (`push:`,
 * `{push: …}`), a block or flow list (`- push`, `[push, schedule]`) or one name (`on: push`). Each trigger knows the
 * text it spans, so one can be cut out or another added as a splice of the original text (DESIGN §5, §12).
 */




/** Parses a workflow and reads its `on:`; WorkflowFileError names the file when it is not YAML or has no triggers. */
function readTriggers(text, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const [error] = doc.errors;
    if (error)
        throw new errors/* WorkflowFileError */.GS(file, `not valid YAML: ${error.message.split('\n')[0] ?? ''}`);
    const root = doc.contents;
    const pair = (0,dist/* isMap */.jh)(root)
        ? root.items.find(p => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'on')
        : undefined;
    const on = pair?.value;
    if ((0,dist/* isMap */.jh)(on))
        return { kind: on.flow ? 'flow-map' : 'block-map', node: on, items: pairs(on) };
    if ((0,dist/* isSeq */.oP)(on))
        return { kind: on.flow ? 'flow-list' : 'block-list', node: on, items: names(on) };
    if ((0,dist/* isScalar */.jn)(on) && typeof on.value === 'string' && on.value !== '') {
        const [start, end] = (0,workflow_schedule/* rangeOf */.be)(on);
        return { kind: 'name', node: on, items: [{ name: on.value, start, end }] };
    }
    throw new errors/* WorkflowFileError */.GS(file, 'no triggers under "on" — the workflow names no event to run on');
}
function pairs(map) {
    return map.items.map((pair) => {
        const key = pair.key;
        const value = pair.value;
        const end = value && isNodeWithRange(value) ? (0,workflow_schedule/* rangeOf */.be)(value)[1] : (0,workflow_schedule/* rangeOf */.be)(key)[1];
        return { name: String(key.value), start: (0,workflow_schedule/* rangeOf */.be)(key)[0], end, value };
    });
}
function names(seq) {
    return seq.items.map(item => {
        const node = ((0,dist/* isPair */.tO)(item) ? item.key : item);
        const [start, end] = (0,workflow_schedule/* rangeOf */.be)(node);
        return { name: (0,dist/* isScalar */.jn)(node) ? String(node.value) : '', start, end };
    });
}
function isNodeWithRange(node) {
    return typeof node === 'object' && node !== null && 'range' in node && Boolean(node.range);
}
/** The splice that cuts trigger `index` out; the last trigger cannot go (a workflow needs one). */
function removeTrigger(text, file, triggers, index) {
    const { kind, items } = triggers;
    const item = items[index];
    if (items.length === 1) {
        throw new errors/* WorkflowFileError */.GS(file, `"${item.name}" is the only trigger under "on" — a workflow needs one; add workflow_dispatch first`);
    }
    if (kind === 'flow-map' || kind === 'flow-list') {
        const next = items[index + 1];
        // Up to the next trigger (the comma with it), or from the end of the one before when it is the last.
        if (next)
            return { start: item.start, end: next.start, text: '' };
        return { start: items[index - 1].end, end: item.end, text: '' };
    }
    if (kind === 'block-list')
        return { start: dashLine(text, file, item), end: (0,source_text/* afterLine */.fU)(text, item.end), text: '' };
    if (!(0,source_text/* startsLine */.QC)(text, item.start))
        throw new errors/* WorkflowFileError */.GS(file, `on.${item.name} does not start its own line`);
    return { start: (0,source_text/* lineStart */.PT)(text, item.start), end: blockPairEnd(text, item), text: '' };
}
/** Where a block map pair's lines end: its value's lines, a block list's comment lines below it included. */
function blockPairEnd(text, item) {
    const value = item.value;
    if ((0,dist/* isSeq */.oP)(value) && !value.flow)
        return (0,workflow_schedule/* sequenceEnd */.lA)(text, value);
    const last = (0,workflow_schedule/* contentEnd */.XA)(value) ?? item.end;
    return (0,source_text/* afterLine */.fU)(text, last);
}
/** The start of the line of a block list item's `-`. */
function dashLine(text, file, item) {
    let at = item.start - 1;
    while (at >= 0 && (text[at] === ' ' || text[at] === '\t'))
        at--;
    if (text[at] !== '-' || !(0,source_text/* startsLine */.QC)(text, at))
        throw new errors/* WorkflowFileError */.GS(file, `the "- ${item.name}" trigger does not start its own line`);
    return (0,source_text/* lineStart */.PT)(text, at);
}
/**
 * The splice that adds a trigger before trigger `before` (the first when absent), in the file's own style: a line
 * `name:` (then `block`'s lines, indented under it) in a block map, `name: flow` in a flow map, `- name` in a block
 * list, `name` appended to a flow list, and a one-name `on:` turned into a flow list.
 */
function addTrigger(text, file, triggers, trigger, before = 0) {
    const { kind, node, items } = triggers;
    const anchor = items[before] ?? items[0];
    const [open, close] = (0,workflow_schedule/* rangeOf */.be)(node);
    if (kind === 'name') {
        const source = text.slice(open, close);
        return { start: open, end: close, text: `[${source}, ${trigger.name}]` };
    }
    if (kind === 'flow-list') {
        const last = items.at(-1);
        const at = last ? last.end : open + 1;
        return { start: at, end: at, text: last ? `, ${trigger.name}` : trigger.name };
    }
    if (kind === 'flow-map') {
        const at = anchor ? anchor.start : open + 1;
        const entry = `${trigger.name}: ${trigger.flow}`;
        return { start: at, end: at, text: anchor ? `${entry}, ` : entry };
    }
    const first = anchor;
    const at = kind === 'block-list' ? dashLine(text, file, first) : (0,source_text/* lineStart */.PT)(text, first.start);
    const eol = (0,source_text/* lineEnding */.En)(text, at);
    const indent = kind === 'block-list'
        ? text.slice(at, first.start).replace(/-.*$/, '')
        : (0,source_text/* indentBefore */.YF)(text, first.start);
    const lines = kind === 'block-list'
        ? [`${indent}- ${trigger.name}`]
        : [`${indent}${trigger.name}:`, ...trigger.block.map(line => `${indent}${line}`)];
    return { start: at, end: at, text: lines.map(line => line + eol).join('') };
}

// EXTERNAL MODULE: ./src/core/schedule/schedule-editor.ts + 1 modules
var schedule_editor = __webpack_require__(7486);
// EXTERNAL MODULE: ./src/core/schedule/schedule.ts + 1 modules
var schedule = __webpack_require__(8622);
// EXTERNAL MODULE: ./src/core/schedule/schedule-splices.ts
var schedule_splices = __webpack_require__(8508);
;// CONCATENATED MODULE: ./src/core/schedule/consolidate.ts
/**
 * Consolidation (DESIGN §12): a workflow run `via: dispatch` loses its own `schedule:` trigger and keeps (or gains)
 * `workflow_dispatch`, so only the orchestrator starts it; a restore puts the schedule back. Text in, text out: the
 * removed key's lines and the added trigger are the only bytes that change (comments, line endings, quoting and every
 * other trigger stay as they were).
 */





const SCHEDULE = 'schedule';
const DISPATCH = 'workflow_dispatch';
const indexOf = (triggers, name) => triggers.items.findIndex(item => item.name === name);
/** Whether the workflow names a `schedule` trigger (with crons or not); throws WorkflowFileError when it has no `on`. */
function hasScheduleTrigger(text, file) {
    return indexOf(readTriggers(text, file), SCHEDULE) !== -1;
}
/**
 * The text without its `schedule` trigger: the key's lines through the end of its list (the comment lines below the
 * last entry as deep as its dashes go too, as the schedule editor counts them), a flow entry with its comma, or a
 * list item. Unchanged (the same string) when there is none. The last trigger cannot go: call
 * ensureWorkflowDispatch first.
 */
function removeSchedule(text, file) {
    const triggers = readTriggers(text, file);
    const index = indexOf(triggers, SCHEDULE);
    if (index === -1)
        return text;
    const result = (0,schedule_splices/* applySplices */.U)(text, [removeTrigger(text, file, triggers, index)]);
    if (hasScheduleTrigger(result, file))
        throw new Error(`${file}: removing on.schedule left a schedule trigger behind`);
    return result;
}
/**
 * The text with a `workflow_dispatch` trigger, added just before `schedule` (or before the first trigger) in the
 * file's own style; unchanged when it has one. `on: push` becomes `on: [push, workflow_dispatch]`.
 */
function ensureWorkflowDispatch(text, file) {
    const triggers = readTriggers(text, file);
    if (indexOf(triggers, DISPATCH) !== -1)
        return text;
    const before = Math.max(indexOf(triggers, SCHEDULE), 0);
    const trigger = { name: DISPATCH, flow: '{}', block: [] };
    const result = (0,schedule_splices/* applySplices */.U)(text, [addTrigger(text, file, triggers, trigger, before)]);
    if (indexOf(readTriggers(result, file), DISPATCH) === -1)
        throw new Error(`${file}: adding workflow_dispatch produced text without it`);
    return result;
}
/** A workflow the orchestrator dispatches: `workflow_dispatch` ensured, then `schedule` removed. */
function consolidateSchedule(text, file) {
    return removeSchedule(ensureWorkflowDispatch(text, file), file);
}
function quoted(value) {
    return `'${value.replace(/'/g, "''")}'`;
}
/** A schedule's lines in block style (`- cron: '…'`, `timezone` under it) and in flow style. */
function scheduleText(entries) {
    const block = entries.flatMap(e => [
        `  - cron: ${quoted(e.cron)}`,
        ...(e.timezone ? [`    timezone: ${quoted(e.timezone)}`] : [])
    ]);
    const flow = entries.map(e => `{cron: ${quoted(e.cron)}${e.timezone ? `, timezone: ${quoted(e.timezone)}` : ''}}`);
    return { block, flow: `[${flow.join(', ')}]` };
}
/**
 * Puts a schedule back (restore): a workflow that has one gets it edited to `entries` (editSchedule); one without gets
 * a `schedule:` trigger with `entries` just before `workflow_dispatch` (where consolidation took it from) in a map
 * `on`. A list or one-name `on` cannot carry crons: that is a WorkflowFileError naming the file.
 */
function putScheduleBack(text, file, entries) {
    if (hasScheduleTrigger(text, file))
        return (0,schedule_editor/* editSchedule */.qG)(text, file, entries);
    if (entries.length === 0)
        throw new errors/* WorkflowFileError */.GS(file, 'no cron to put back into on.schedule');
    const triggers = readTriggers(text, file);
    if (triggers.kind !== 'block-map' && triggers.kind !== 'flow-map') {
        throw new errors/* WorkflowFileError */.GS(file, '"on" is a list of event names, which cannot carry crons — write it as a map to put on.schedule back');
    }
    const { block, flow } = scheduleText(entries);
    const before = Math.max(indexOf(triggers, DISPATCH), 0);
    const trigger = { name: SCHEDULE, flow, block };
    const result = (0,schedule_splices/* applySplices */.U)(text, [addTrigger(text, file, triggers, trigger, before)]);
    if (!(0,schedule/* sameSchedule */.i1)((0,schedule_editor/* readSchedule */.Cu)(result, file), entries))
        throw new Error(`${file}: putting on.schedule back produced text that reads back differently`);
    return result;
}


/***/ }),

/***/ 2040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gg: () => (/* binding */ buildPlan),
  HC: () => (/* binding */ changedWorkflows),
  Qv: () => (/* binding */ readCurrentWorkflows)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/schedule/config.ts + 2 modules
var schedule_config = __webpack_require__(9853);
// EXTERNAL MODULE: ./src/core/cron/cron.ts
var cron = __webpack_require__(6082);
// EXTERNAL MODULE: ./src/core/cron/occurrences.ts
var occurrences = __webpack_require__(7150);
// EXTERNAL MODULE: ./src/core/schedule/schedule-editor.ts + 1 modules
var schedule_editor = __webpack_require__(7486);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/dispatch/dispatch-trigger.ts
/**
 * A `via: dispatch` workflow's file against its config (DESIGN §12): the file must carry a `workflow_dispatch`
 * trigger, and the config's `inputs` must be what that trigger declares (names, required ones, choice options, the
 * boolean and number types), as GitHub would refuse the dispatch otherwise. Problems name both places.
 */

const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function declared(trigger) {
    const inputs = isRecord(trigger) && isRecord(trigger.inputs) ? trigger.inputs : {};
    return new Map(Object.entries(inputs).map(([name, spec]) => {
        const s = isRecord(spec) ? spec : {};
        const options = Array.isArray(s.options) ? s.options.map(String) : [];
        const type = typeof s.type === 'string' ? s.type : 'string';
        return [name, { required: s.required === true && s.default === undefined, type, options }];
    }));
}
/** The triggers of a workflow's text; a text that is not YAML has none (its own problem is reported elsewhere). */
function readTriggers(text) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch {
        return { dispatchInputs: undefined, schedule: false };
    }
    const on = isRecord(doc) ? doc.on : undefined;
    const listed = typeof on === 'string' ? [on] : Array.isArray(on) ? on : undefined;
    if (listed)
        return {
            dispatchInputs: listed.includes('workflow_dispatch') ? new Map() : undefined,
            schedule: listed.includes('schedule')
        };
    if (!isRecord(on))
        return { dispatchInputs: undefined, schedule: false };
    return {
        dispatchInputs: 'workflow_dispatch' in on ? declared(on.workflow_dispatch) : undefined,
        schedule: 'schedule' in on
    };
}
function valueProblem(name, value, input) {
    if (input.type === 'choice' && !input.options.includes(value))
        return `'${value}' is not one of its options (${input.options.join(', ')})`;
    if (input.type === 'boolean' && value !== 'true' && value !== 'false')
        return `'${value}' is not true or false (it is a boolean input)`;
    if (input.type === 'number' && !Number.isFinite(Number(value)))
        return `'${value}' is not a number (it is a number input)`;
    return undefined;
}
function inputProblems(workflow, given, inputs) {
    const where = `${workflow.path} (on.workflow_dispatch.inputs)`;
    const config = (name) => `config workflows.${workflow.id}.inputs.${name}`;
    const names = [...inputs.keys()].join(', ') || 'none';
    const problems = Object.entries(given).flatMap(([name, value]) => {
        const input = inputs.get(name);
        if (!input)
            return [`${config(name)} is not an input of ${where} — declared: ${names}`];
        const bad = valueProblem(name, value, input);
        return bad ? [`${config(name)}: ${bad} of input '${name}' in ${where}`] : [];
    });
    for (const [name, input] of inputs)
        if (input.required && given[name] === undefined)
            problems.push(`${where} requires input '${name}' (no default), but config workflows.${workflow.id}.inputs does not give it`);
    return problems;
}
/** Why the file cannot be dispatched as the config says; none for a `via: cron` workflow. */
function dispatchProblems(workflow, triggers) {
    if (workflow.via !== 'dispatch' || !workflow.dispatch)
        return [];
    // Without inputs, the schedule pull request that removes the schedule adds a bare `workflow_dispatch:` too.
    const added = triggers.schedule && Object.keys(workflow.dispatch.inputs).length === 0;
    if (!triggers.dispatchInputs && !added)
        return [
            `${workflow.path}: managed as '${workflow.id}' with via: dispatch, but it has no workflow_dispatch trigger — add \`workflow_dispatch:\` under \`on:\`, or set via: cron in the config`
        ];
    return inputProblems(workflow, workflow.dispatch.inputs, triggers.dispatchInputs ?? new Map());
}

// EXTERNAL MODULE: ./src/core/schedule/consolidate-plan.ts
var consolidate_plan = __webpack_require__(5642);
;// CONCATENATED MODULE: ./src/core/schedule/plan.ts







function currentSchedule(workflow, text) {
    if (text === undefined) {
        throw new Error(`${workflow.path}: file not found (managed as '${workflow.id}') — create it or fix its path in the config`);
    }
    const entries = (0,schedule_editor/* readSchedule */.Cu)(text, workflow.path);
    const bad = entries.flatMap(e => (0,cron/* entryProblems */.VF)(e).map(p => `${workflow.path}: current cron '${e.cron}' — ${p}`));
    if (bad.length > 0)
        throw new errors/* ValidationError */.yI(bad);
    return entries;
}
/**
 * Parses each managed workflow once into the schedule it carries (id → file). The config's own problems (from
 * readConfig) and every unreadable or invalid workflow are listed together in one ValidationError.
 */
function readCurrentWorkflows(config, files, configProblems = []) {
    const problems = [];
    const current = new Map();
    for (const workflow of config.workflows) {
        const text = files.get(workflow.path);
        const triggers = workflow.via === 'dispatch' && text !== undefined ? readTriggers(text) : undefined;
        try {
            // A dispatched workflow may have handed its crons to the orchestrator (DESIGN §12): no schedule is no error.
            const from = triggers && !triggers.schedule ? [] : currentSchedule(workflow, text);
            current.set(workflow.id, { text: text, from });
        }
        catch (error) {
            if (error instanceof errors/* ValidationError */.yI)
                problems.push(...error.problems);
            else
                problems.push((0,errors/* errorMessage */.gJ)(error));
        }
        if (triggers)
            problems.push(...dispatchProblems(workflow, triggers));
    }
    if (problems.length > 0 || configProblems.length > 0) {
        throw new errors/* ValidationError */.yI([...configProblems, ...problems], problemsHeading(configProblems, problems));
    }
    return current;
}
function problemsHeading(config, workflows) {
    if (workflows.length === 0)
        return schedule_config/* CONFIG_PROBLEMS */.Mb;
    return config.length === 0
        ? 'Invalid managed workflows'
        : `${schedule_config/* CONFIG_PROBLEMS */.Mb} and managed workflows`;
}
function planWorkflow(workflow, file, mode, now) {
    if (workflow.via === 'dispatch')
        return (0,consolidate_plan/* planDispatched */.z)(workflow, file, mode, now);
    const to = workflow.schedules[mode];
    const edit = (0,schedule_editor/* scheduleEdit */.W8)(file.text, workflow.path, to);
    return {
        id: workflow.id,
        path: workflow.path,
        from: file.from,
        to,
        changed: edit.text !== file.text,
        runsBefore: (0,occurrences/* runsPer30Days */.s8)(file.from, now),
        runsAfter: (0,occurrences/* runsPer30Days */.s8)(to, now),
        oldText: file.text,
        newText: edit.text,
        staleComments: edit.staleComments
    };
}
/** Builds the plan from the workflows as read: each one's new text in the usage report's mode. */
function buildPlan(input) {
    const workflows = input.config.workflows.map(workflow => {
        const file = input.current.get(workflow.id);
        if (!file)
            throw new Error(`${workflow.path} was not read before planning`);
        return planWorkflow(workflow, file, input.usage.mode, input.now);
    });
    return { now: input.now, usage: input.usage, mode: input.usage.mode, workflows };
}
/** The workflows whose file text changes. */
function changedWorkflows(plan) {
    return plan.workflows.filter(w => w.changed);
}


/***/ }),

/***/ 7486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qG: () => (/* binding */ editSchedule),
  Cu: () => (/* binding */ readSchedule),
  W8: () => (/* binding */ scheduleEdit)
});

// UNUSED EXPORTS: locateSchedule

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/schedule/schedule.ts + 1 modules
var schedule = __webpack_require__(8622);
// EXTERNAL MODULE: ./src/core/schedule/schedule-splices.ts
var schedule_splices = __webpack_require__(8508);
// EXTERNAL MODULE: ./src/core/schedule/source-text.ts
var source_text = __webpack_require__(1266);
// EXTERNAL MODULE: ./src/core/schedule/workflow-schedule.ts
var workflow_schedule = __webpack_require__(4104);
;// CONCATENATED MODULE: ./src/core/schedule/stale-comments.ts
/**
 * Comments that may no longer describe their cron once a schedule is edited: the comments of each entry whose times
 * changed (on its lines, or on the comment lines just above it), and those on and just above the `schedule:` key.
 */



/** The comments of the edited schedule that may no longer describe their cron, in line order of the new text. */
function staleComments(edit) {
    const { text, located, wanted, facts } = edit;
    const offsets = new Set(facts.comments.map(c => c.offset));
    const keyLine = (0,source_text/* lineStart */.PT)(text, (0,workflow_schedule/* rangeOf */.be)(located.key)[0]);
    const stale = [...onLine(facts.comments, text, keyLine), ...above(text, keyLine, offsets)];
    located.items.forEach((item, i) => {
        const now = wanted[i];
        if (now !== undefined && (0,schedule/* sameEntry */.dI)(item.entry, now))
            return;
        const [start, end] = entrySpan(edit, i);
        stale.push(...facts.comments.filter(c => c.offset >= start && c.offset < end).map(c => c.offset));
        stale.push(...above(text, start, offsets));
    });
    const byOffset = new Map(facts.comments.map(c => [c.offset, c.text]));
    return [...new Set(stale)]
        .sort((a, b) => a - b)
        .flatMap(offset => {
        const moved = newOffset(offset, edit.splices);
        if (moved === undefined)
            return [];
        return [{ line: (0,source_text/* lineNumber */.eT)(edit.result, moved), text: byOffset.get(offset) ?? '' }];
    });
}
/** The lines an entry's text spans, from the start of its first to the end of its last. */
function entrySpan(edit, index) {
    const { text, located, facts } = edit;
    const map = located.items[index].map;
    const [start, end] = (0,workflow_schedule/* rangeOf */.be)(map);
    if (located.seq.flow)
        return [(0,source_text/* lineStart */.PT)(text, start), (0,source_text/* lineEnd */.kd)(text, end)];
    const dash = facts.dashes[index] ?? start;
    return [(0,source_text/* lineStart */.PT)(text, dash), (0,source_text/* afterLine */.fU)(text, (0,workflow_schedule/* contentEnd */.XA)(map) ?? end)];
}
function onLine(comments, text, line) {
    const end = (0,source_text/* lineEnd */.kd)(text, line);
    return comments.filter(c => c.offset >= line && c.offset < end).map(c => c.offset);
}
/** The comment-only lines right above the line starting at `line`, up to a blank or any other line. */
function above(text, line, comments) {
    const found = [];
    for (let end = line; end > 0;) {
        const start = (0,source_text/* lineStart */.PT)(text, end - 1);
        const hash = text.indexOf('#', start);
        if (hash === -1 || hash >= end || !(0,source_text/* startsLine */.QC)(text, hash) || !comments.has(hash))
            break;
        found.push(hash);
        end = start;
    }
    return found;
}
/** Where an offset of the old text is in the new one; undefined when a splice removed it. */
function newOffset(offset, splices) {
    let delta = 0;
    for (const splice of [...splices].sort((a, b) => a.start - b.start)) {
        if (splice.end <= offset) {
            delta += splice.text.length - (splice.end - splice.start);
        }
        else if (splice.start <= offset) {
            const moved = splice.moved?.find(m => m.from === offset);
            return moved === undefined ? undefined : splice.start + delta + moved.at;
        }
        else
            break;
    }
    return offset + delta;
}

;// CONCATENATED MODULE: ./src/core/schedule/schedule-editor.ts
/**
 * Text in, text out editing of a workflow's `on.schedule`. The document is never re-serialised (yaml's
 * `toString()` re-pads flow lists, merges blank lines and turns CRLF into LF): we parse for source ranges only and
 * splice new text into the original, so every byte outside the edited ranges survives (DESIGN.md §5).
 */






/** Finds `on.schedule` (also spelt `"on"` or `'on'`) and its entries; throws WorkflowFileError naming the file when the text is not valid YAML, has no `on` key, no `schedule` under it, an empty schedule, or an entry without a string `cron`. */
function locateSchedule(text, file) {
    const { entries, seq, items } = inspect(text, file);
    return {
        entries,
        sequenceRange: [rangeOf(seq)[0], sequenceEnd(text, seq)],
        cronRanges: items.map(item => [rangeOf(item.cron)[0], rangeOf(item.cron)[1]])
    };
}
/** The current schedule entries (locateSchedule(...).entries). */
function readSchedule(text, file) {
    return (0,workflow_schedule/* inspect */.Nn)(text, file).entries;
}
/** Returns the text with the schedule replaced by `next`; every byte outside the edited ranges stays as it was. Returns the input unchanged (same string) when the file already runs at the same times. */
function editSchedule(text, file, next) {
    return scheduleEdit(text, file, next).text;
}
/**
 * Edits the schedule to `next` (see editSchedule) and names the comments left describing a cron that changed. Nothing
 * is rewritten when the file's entries already run at the same times (sameSchedule), whatever their spelling or order.
 */
function scheduleEdit(text, file, next) {
    if (next.length === 0) {
        throw new errors/* WorkflowFileError */.GS(file, 'refusing to write an empty on.schedule — pass at least one cron');
    }
    const located = (0,workflow_schedule/* inspect */.Nn)(text, file);
    // An entry keeps a timezone it already has unless `next` names one.
    const wanted = next.map((entry, i) => withTimezone(entry.cron, entry.timezone ?? located.entries[i]?.timezone));
    if ((0,schedule/* sameSchedule */.i1)(located.entries, wanted))
        return { text, staleComments: [] };
    // Every edited line ends with a line break; a file without a final one gets it back off after the edit.
    const eol = (0,source_text/* lineEnding */.En)(text, 0);
    const open = text.endsWith('\n') ? text : text + eol;
    const facts = (0,source_text/* scanSource */.bX)(open, (0,workflow_schedule/* rangeOf */.be)(located.seq)[0]);
    const splices = (0,schedule_splices/* scheduleSplices */.H)(open, located, wanted, facts);
    const edited = (0,schedule_splices/* applySplices */.U)(open, splices);
    const result = open !== text && edited.endsWith(eol) ? edited.slice(0, -eol.length) : edited;
    assertReads(result, file, wanted);
    const input = { text: open, located, wanted, facts, splices, result: edited };
    return { text: result, staleComments: staleComments(input) };
}
function withTimezone(cron, timezone) {
    return timezone === undefined ? { cron } : { cron, timezone };
}
/** A last guard before a pull request is opened: the edited text must read back as exactly what was asked for. */
function assertReads(text, file, wanted) {
    const read = readSchedule(text, file);
    const same = read.length === wanted.length &&
        read.every((entry, i) => entry.cron === wanted[i]?.cron && entry.timezone === wanted[i]?.timezone);
    if (!same)
        throw new Error(`${file}: editing on.schedule produced text that reads back differently`);
}


/***/ }),

/***/ 3221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ scheduleHistory),
/* harmony export */   f8: () => (/* binding */ runsUnder),
/* harmony export */   vg: () => (/* binding */ mergedAtNextReading)
/* harmony export */ });
/* harmony import */ var _cron_occurrences_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7150);
/* harmony import */ var _schedule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8622);
/* harmony import */ var _state_schedule_changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8628);



/**
 * The state keeps crons as bare strings; when they are the config's crons for some mode, take the config's entries so
 * that a `timezone` is not lost.
 */
function entriesOf(workflow, crons, mode) {
    const same = (entries) => entries.length === crons.length && entries.every((e, i) => e.cron === crons[i]);
    const preferred = _schedule_js__WEBPACK_IMPORTED_MODULE_1__/* .MODES */ .FN.find(m => m === mode);
    const modes = preferred ? [preferred, ..._schedule_js__WEBPACK_IMPORTED_MODULE_1__/* .MODES */ .FN.filter(m => m !== preferred)] : [..._schedule_js__WEBPACK_IMPORTED_MODULE_1__/* .MODES */ .FN];
    const match = modes.map(m => workflow.schedules[m]).find(same);
    return match ?? crons.map(cron => ({ cron }));
}
/**
 * The schedules a workflow had over time, from the changes recorded in force: each from the time the base branch was
 * seen carrying it. A proposal still waiting, or abandoned, never changed anything. The last span is the schedule in the
 * file now when it is known (it differs only after an edit by hand).
 */
function scheduleHistory(workflow, changes, current) {
    const own = (0,_state_schedule_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .inForceChanges */ ._h)(changes.filter(c => c.workflow === workflow.id));
    const first = own[0];
    if (first === undefined)
        return [{ since: -Infinity, entries: current ?? [] }];
    const spans = [
        { since: -Infinity, entries: entriesOf(workflow, first.from, '') },
        ...own.map(c => ({ since: (0,_state_schedule_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .inForceTime */ .gX)(c), entries: entriesOf(workflow, c.to, c.mode) }))
    ];
    if (current !== undefined)
        spans[spans.length - 1] = { ...spans[spans.length - 1], entries: current };
    return spans;
}
/** Runs the workflow started in [from, to) under the schedules in force at the time. */
function runsUnder(spans, from, to) {
    let runs = 0;
    spans.forEach((span, i) => {
        const start = Math.max(span.since, from.getTime());
        const end = Math.min(spans[i + 1]?.since ?? Infinity, to.getTime());
        if (end > start)
            runs += (0,_cron_occurrences_js__WEBPACK_IMPORTED_MODULE_0__/* .runsBetween */ .tc)(span.entries, new Date(start), new Date(end));
    });
    return runs;
}
/**
 * The same history as if every change had taken effect only at the first reading after it was recorded: the readings
 * cannot tell when, in between, the pull request was merged, and the cost model weighs this against `scheduleHistory`.
 */
function mergedAtNextReading(spans, readings) {
    return spans.map(span => {
        const next = readings.find(t => t > span.since);
        return next === undefined || span.since === -Infinity ? span : { ...span, since: next };
    });
}


/***/ }),

/***/ 8508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ scheduleSplices),
/* harmony export */   U: () => (/* binding */ applySplices)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _source_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1266);
/* harmony import */ var _workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4104);
/**
 * The splices that turn a workflow's schedule into another: each kept entry's scalars rewritten where they stand,
 * new entries added after the last one, dropped entries' lines removed. Comments, blank lines and every other byte
 * stay where they are; the comments of a dropped entry stay too, each on a line of its own (DESIGN.md §5).
 */



/** The splices that make the schedule read `wanted`; `text` must end with a line break. */
function scheduleSplices(text, located, wanted, facts) {
    const style = styleOf(text, located);
    const { items } = located;
    const splices = items
        .slice(0, wanted.length)
        .flatMap((item, i) => entrySplices(text, item, wanted[i], style));
    if (wanted.length > items.length) {
        splices.push(appendEntries(text, located, wanted.slice(items.length), style));
    }
    if (wanted.length < items.length) {
        const drop = style.flow ? dropFlow : dropBlock;
        splices.push(...drop(text, located, wanted.length, facts, style.eol));
    }
    return splices;
}
/** Applies splices that do not overlap, from the last to the first. */
function applySplices(text, splices) {
    let result = text;
    for (const { start, end, text: replacement } of [...splices].sort((a, b) => b.start - a.start)) {
        result = result.slice(0, start) + replacement + result.slice(end);
    }
    return result;
}
function styleOf(text, located) {
    const { seq, items } = located;
    const first = items[0];
    const start = (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeOf */ .be)(seq)[0];
    const indent = (0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .indentBefore */ .YF)(text, start);
    const mapStart = (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeOf */ .be)(first.map)[0];
    const keyIndent = first.map.flow ? `${indent}  ` : (0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .indentBefore */ .YF)(text, mapStart);
    return {
        flow: Boolean(seq.flow),
        eol: (0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .lineEnding */ .En)(text, start),
        indent,
        dash: `${indent}-${' '.repeat(Math.max(keyIndent.length - indent.length - 1, 1))}`,
        keyIndent,
        inner: text[mapStart + 1] === ' ' ? ' ' : '',
        cron: first.cron.type,
        zone: items.find(item => item.timezone)?.timezone?.type ?? first.cron.type,
        flowItems: Boolean(first.map.flow)
    };
}
function entrySplices(text, item, entry, style) {
    const flow = style.flow || Boolean(item.map.flow);
    const splices = [];
    if (entry.cron !== item.entry.cron) {
        splices.push(replaceScalar(text, item.cron, entry.cron, flow, style.eol));
    }
    const zone = entry.timezone;
    if (zone !== undefined && zone !== item.entry.timezone) {
        splices.push(item.timezone
            ? replaceScalar(text, item.timezone, zone, flow, style.eol)
            : addTimezone(text, item, zone, style));
    }
    return splices;
}
function replaceScalar(text, node, value, flow, eol) {
    const [start, end] = (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeOf */ .be)(node);
    // A block scalar owns its line ends; a quoted scalar stands in for it on one line.
    if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL || node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_FOLDED) {
        return {
            start,
            end,
            text: formatScalar(value, undefined, flow) + (text[end - 1] === '\n' ? eol : '')
        };
    }
    return { start, end, text: formatScalar(value, node.type, flow) };
}
function addTimezone(text, item, zone, style) {
    if (item.map.flow) {
        const last = item.map.items.at(-1);
        const end = (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeOf */ .be)(((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(last.value) ? last.value : last.key))[1];
        return { start: end, end, text: `, timezone: ${formatScalar(zone, style.zone, true)}` };
    }
    const at = (0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .afterLine */ .fU)(text, (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .contentEnd */ .XA)(item.map) ?? (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeOf */ .be)(item.map)[1]);
    const keys = (0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .indentBefore */ .YF)(text, (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeOf */ .be)(item.map)[0]);
    return {
        start: at,
        end: at,
        text: `${keys}timezone: ${formatScalar(zone, style.zone, false)}${style.eol}`
    };
}
function flowItem(entry, style) {
    const zone = entry.timezone === undefined
        ? ''
        : `, timezone: ${formatScalar(entry.timezone, style.zone, true)}`;
    return `{${style.inner}cron: ${formatScalar(entry.cron, style.cron, true)}${zone}${style.inner}}`;
}
function blockItem(entry, style) {
    if (style.flowItems)
        return `${style.indent}- ${flowItem(entry, style)}${style.eol}`;
    const cron = `${style.dash}cron: ${formatScalar(entry.cron, style.cron, false)}${style.eol}`;
    if (entry.timezone === undefined)
        return cron;
    return `${cron}${style.keyIndent}timezone: ${formatScalar(entry.timezone, style.zone, false)}${style.eol}`;
}
function appendEntries(text, located, added, style) {
    const last = located.items.at(-1).map;
    if (style.flow) {
        const end = (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeOf */ .be)(last)[1];
        return { start: end, end, text: added.map(entry => `, ${flowItem(entry, style)}`).join('') };
    }
    const at = (0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .afterLine */ .fU)(text, (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .contentEnd */ .XA)(last) ?? (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeOf */ .be)(last)[1]);
    return { start: at, end: at, text: added.map(entry => blockItem(entry, style)).join('') };
}
/** Removes each dropped entry's own lines; its comments stay, each on a line of its own. */
function dropBlock(text, located, keep, facts, eol) {
    return located.items.slice(keep).map((item, k) => {
        // The dash is on the line where the entry's map starts, unless it stands alone on the line above.
        const dash = facts.dashes[keep + k] ?? (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeOf */ .be)(item.map)[0];
        const start = (0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .lineStart */ .PT)(text, dash);
        const end = (0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .afterLine */ .fU)(text, (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .contentEnd */ .XA)(item.map) ?? (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeOf */ .be)(item.map)[1]);
        const indent = (0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .indentBefore */ .YF)(text, dash);
        let replacement = '';
        const moved = [];
        for (const comment of facts.comments.filter(c => c.offset >= start && c.offset < end)) {
            const own = (0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .startsLine */ .QC)(text, comment.offset);
            const before = own ? text.slice((0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .lineStart */ .PT)(text, comment.offset), comment.offset) : indent;
            moved.push({ from: comment.offset, at: replacement.length + before.length });
            const line = own
                ? text.slice((0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .lineStart */ .PT)(text, comment.offset), (0,_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .lineEnd */ .kd)(text, comment.offset))
                : indent + comment.text;
            replacement += line + eol;
        }
        return { start, end, text: replacement, moved };
    });
}
/** Removes the dropped entries of a flow sequence with their commas, leaving any comment between them. */
function dropFlow(text, located, keep, facts) {
    const ends = located.items.map(item => (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeOf */ .be)(item.map)[1]);
    const from = ends[keep - 1];
    const to = ends[ends.length - 1];
    if (!facts.comments.some(c => c.offset > from && c.offset < to))
        return [{ start: from, end: to, text: '' }];
    return located.items.slice(keep).flatMap((item, k) => {
        const comma = text.indexOf(',', ends[keep + k - 1]);
        const [start, end] = (0,_workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .rangeOf */ .be)(item.map);
        const spaces = /[ \t]*(?=#)/y;
        spaces.lastIndex = end;
        const skip = spaces.exec(text)?.[0].length ?? 0;
        return [
            { start: comma, end: comma + 1, text: '' },
            { start, end: end + skip, text: '' }
        ];
    });
}
function formatScalar(value, style, flow) {
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE || /[\p{Cc}]/u.test(value))
        return JSON.stringify(value);
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN && isSafePlain(value, flow))
        return value;
    return `'${value.replaceAll("'", "''")}'`;
}
function isSafePlain(value, flow) {
    // Leading indicators (`*` is an alias, `&` an anchor, `#` a comment…), `: ` and ` #` change what YAML reads.
    if (value === '' || /^[\s!"#%&'*,:>?@[\]`{|}-]|[\s:]$|: | #/.test(value))
        return false;
    if (flow && /[,[\]{}]/.test(value))
        return false;
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(value);
    return doc.errors.length === 0 && doc.toJS() === value;
}


/***/ }),

/***/ 8622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FN: () => (/* reexport */ mode/* MODES */.F),
  dI: () => (/* binding */ sameEntry),
  i1: () => (/* binding */ sameSchedule)
});

// UNUSED EXPORTS: isMode

// EXTERNAL MODULE: ./src/core/cron/cron.ts
var cron = __webpack_require__(6082);
;// CONCATENATED MODULE: ./src/core/cron/same-times.ts
/**
 * When two crons run at the same times: `31 18 * * 5` and `31 18 * * FRI`, a step of 15 minutes and `0,15,30,45`. Compared on the
 * parsed fields (parseCron), with the day-of-month / day-of-week rule the occurrence code applies.
 */

const DAYS_IN_MONTH = 31;
const DAYS_IN_WEEK = 7;
/** Which days a cron runs on, spelt one way per set of days: both fields restricted means either may match. */
function dayRule(cron) {
    const everyDay = cron.days.length === DAYS_IN_MONTH;
    const everyWeekday = cron.weekdays.length === DAYS_IN_WEEK;
    const days = `days ${cron.days.join(',')}`;
    const weekdays = `weekdays ${cron.weekdays.join(',')}`;
    if (cron.anyDay && cron.anyWeekday)
        return 'every day';
    if (!cron.anyDay && !cron.anyWeekday) {
        return everyDay || everyWeekday ? 'every day' : `${days} or ${weekdays}`;
    }
    if (cron.anyDay)
        return everyWeekday ? 'every day' : weekdays;
    return everyDay ? 'every day' : days;
}
/** A key two crons share exactly when they run at the same times; undefined for a cron our grammar rejects. */
function cronTimesKey(expr) {
    const parsed = (0,cron/* parseCron */.E$)(expr);
    if (!parsed.ok)
        return undefined;
    const { minutes, hours, months } = parsed.cron;
    return `${minutes.join(',')} | ${hours.join(',')} | ${dayRule(parsed.cron)} | ${months.join(',')}`;
}
/** Whether two crons run at exactly the same times; a cron our grammar rejects equals only its own text. */
function sameCron(a, b) {
    if (a === b)
        return true;
    const key = cronTimesKey(a);
    return key !== undefined && key === cronTimesKey(b);
}

// EXTERNAL MODULE: ./src/core/cron/time-zone.ts
var time_zone = __webpack_require__(5354);
// EXTERNAL MODULE: ./src/core/schedule/mode.ts
var mode = __webpack_require__(9190);
;// CONCATENATED MODULE: ./src/core/schedule/schedule.ts



/** Whether two entries run at the same times: the same cron by its parsed fields, in the same zone (none is UTC). */
function sameEntry(a, b) {
    return sameCron(a.cron, b.cron) && zoneOf(a) === zoneOf(b);
}
function zoneOf(entry) {
    const zone = entry.timezone ?? 'UTC';
    return (0,time_zone/* resolveZone */.VY)(zone) ?? zone;
}
/**
 * Whether two schedules run at exactly the same times: the same set of entries by sameEntry, whatever their order or
 * spelling (`0 0 * * *` and `00 0 * * *`).
 */
function sameSchedule(a, b) {
    const covers = (x, y) => x.every(entry => y.some(other => sameEntry(entry, other)));
    return covers(a, b) && covers(b, a);
}


/***/ }),

/***/ 1266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ lineEnding),
/* harmony export */   PT: () => (/* binding */ lineStart),
/* harmony export */   QC: () => (/* binding */ startsLine),
/* harmony export */   YF: () => (/* binding */ indentBefore),
/* harmony export */   bX: () => (/* binding */ scanSource),
/* harmony export */   eT: () => (/* binding */ lineNumber),
/* harmony export */   fU: () => (/* binding */ afterLine),
/* harmony export */   kd: () => (/* binding */ lineEnd)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Lines and comments of a workflow's source text. Comments are read from yaml's concrete syntax tree, which knows a
 * `#` inside a quoted cron from one that starts a comment.
 */

/** Reads the comments of a text and the dashes of the block sequence that starts at `seqStart`. */
function scanSource(text, seqStart) {
    const facts = { comments: [], dashes: [] };
    const visit = (node) => {
        if (typeof node !== 'object' || node === null)
            return;
        const token = node;
        if (token.type === 'comment' && typeof token.offset === 'number') {
            facts.comments.push({ offset: token.offset, text: String(token.source).replace(/\r$/, '') });
        }
        if (token.type === 'block-seq' && token.offset === seqStart)
            facts.dashes = dashes(token.items);
        Object.values(node).forEach(visit);
    };
    for (const token of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX().parse(text))
        visit(token);
    facts.comments.sort((a, b) => a.offset - b.offset);
    return facts;
}
function dashes(items) {
    if (!Array.isArray(items))
        return [];
    return items.map((item) => item.start?.find(token => token.type === 'seq-item-ind')?.offset);
}
/** Where the line holding `offset` starts. */
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Where the line holding `offset` ends, its `\r\n` or `\n` excluded. */
function lineEnd(text, offset) {
    const at = text.indexOf('\n', offset);
    if (at === -1)
        return text.length;
    return at > 0 && text[at - 1] === '\r' ? at - 1 : at;
}
/** The start of the line after the one that ends at `end` (a block scalar's range already ends past its line). */
function afterLine(text, end) {
    if (text[end - 1] === '\n')
        return end;
    const at = text.indexOf('\n', end);
    return at === -1 ? text.length : at + 1;
}
/** The 1-based line number of an offset. */
function lineNumber(text, offset) {
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1))
        line++;
    return line;
}
/** The file's line ending, as found on the line at `from` or else the first line. */
function lineEnding(text, from) {
    const at = text.indexOf('\n', from);
    const found = at === -1 ? text.indexOf('\n') : at;
    return found > 0 && text[found - 1] === '\r' ? '\r\n' : '\n';
}
/** The whitespace before `start` on its line (spaces standing in for any other text there). */
function indentBefore(text, start) {
    const prefix = text.slice(lineStart(text, start), start);
    return /^[ \t]*$/.test(prefix) ? prefix : ' '.repeat(prefix.length);
}
/** Whether only whitespace stands before `offset` on its line. */
function startsLine(text, offset) {
    return text.slice(lineStart(text, offset), offset).trim() === '';
}


/***/ }),

/***/ 4104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nn: () => (/* binding */ inspect),
/* harmony export */   XA: () => (/* binding */ contentEnd),
/* harmony export */   be: () => (/* binding */ rangeOf),
/* harmony export */   lA: () => (/* binding */ sequenceEnd)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * Finding a workflow's `on.schedule` in its parsed YAML: the sequence, each entry's nodes and their source ranges. The
 * editor splices text at these ranges; nothing here writes.
 */


const REMOVE_HINT = 'add a schedule trigger or remove this workflow from the orchestrator config';
/** Parses a workflow and finds its schedule; throws WorkflowFileError naming the file when it cannot. */
function inspect(text, file) {
    const { key, seq } = findScheduleSequence(findOn(parseWorkflow(text, file), file), file);
    const items = seq.items.map((item, i) => readItem(item, i, file));
    return { entries: items.map(item => item.entry), key, seq, items };
}
/** A node's source range; every node of a parsed text has one. */
function rangeOf(node) {
    if (!node.range)
        throw new Error('yaml node without a source range');
    return node.range;
}
/** Where a block collection's last value ends (comment lines below it and the next key's indentation excluded). */
function contentEnd(node) {
    if (((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) && !node.flow) {
        const last = node.items.at(-1);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(last))
            return contentEnd(last.value) ?? contentEnd(last.key);
        return contentEnd(last);
    }
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node) ? node.range?.[1] : undefined;
}
/** The end of a sequence's own lines: a block sequence's range, stretched over the comment lines under its entries. */
function sequenceEnd(text, seq) {
    const [start, valueEnd] = rangeOf(seq);
    if (seq.flow)
        return valueEnd;
    // yaml's own end may stop inside the next key's indentation; the sequence's lines end at a line break.
    const last = contentEnd(seq) ?? valueEnd;
    const lineBreak = text[last - 1] === '\n' ? last - 1 : text.indexOf('\n', last);
    let end = lineBreak === -1 ? text.length : lineBreak + 1;
    const column = start - (text.lastIndexOf('\n', start - 1) + 1);
    const line = /([ \t]*)(#[^\r\n]*)?(?:\r?\n|$)/y;
    for (let at = end; at < text.length; at = line.lastIndex) {
        line.lastIndex = at;
        const found = line.exec(text);
        if (!found || line.lastIndex === at)
            break;
        const [, indent = '', comment] = found;
        if (comment !== undefined && indent.length < column)
            break;
        if (comment !== undefined)
            end = line.lastIndex;
    }
    return end;
}
function parseWorkflow(text, file) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text);
    const [error] = doc.errors;
    if (error) {
        const at = error.linePos?.[0];
        const where = at ? ` (line ${at.line}, column ${at.col})` : '';
        const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(file, `not valid YAML${where}: ${reason}`);
    }
    return doc;
}
function findOn(doc, file) {
    const root = doc.contents;
    // Only the string `on`: a `true:` key (what YAML 1.1 writers make of a bare `on`) is not a trigger to GitHub's parser.
    const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root)
        ? root.items.find(p => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === 'on')
        : undefined;
    if (!pair)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(file, `no "on" key, so no on.schedule — ${REMOVE_HINT}`);
    return pair.value;
}
function findScheduleSequence(on, file) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(on) && on.value === 'schedule')
        throw noCrons(file, 'on: schedule');
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(on) && on.items.some(item => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item) && item.value === 'schedule')) {
        throw noCrons(file, 'on: [..., schedule]');
    }
    const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(on)
        ? on.items.find(p => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === 'schedule')
        : undefined;
    if (!pair)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(file, `no on.schedule — ${REMOVE_HINT}`);
    const seq = pair.value;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(seq) && seq.items.length > 0)
        return { key: pair.key, seq };
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(seq) || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(seq) && seq.value === null)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(file, `on.schedule is empty — add a "- cron: ..." entry or ${REMOVE_HINT}`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(file, 'on.schedule is not a list of "- cron: ..." entries written out in place (aliases are not followed) — rewrite it as a list');
}
function noCrons(file, spelling) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(file, `${spelling} names the schedule trigger without any crons — write it as a map with on.schedule: [{cron: ...}]`);
}
function readItem(item, index, file) {
    const field = (key) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item) ? item.get(key, true) : undefined);
    const cron = field('cron');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(cron) || typeof cron.value !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(file, `on.schedule entry ${index + 1} has no string cron — write it as "- cron: '...'"`);
    }
    const timezone = field('timezone');
    if (timezone === undefined)
        return { entry: { cron: cron.value }, map: item, cron };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(timezone) || typeof timezone.value !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkflowFileError */ .GS(file, `on.schedule entry ${index + 1} has a timezone that is not a string`);
    }
    return { entry: { cron: cron.value, timezone: timezone.value }, map: item, cron, timezone };
}


/***/ }),

/***/ 8628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DK: () => (/* binding */ settleChanges),
/* harmony export */   Rs: () => (/* binding */ inForceSince),
/* harmony export */   _h: () => (/* binding */ inForceChanges),
/* harmony export */   gX: () => (/* binding */ inForceTime),
/* harmony export */   mg: () => (/* binding */ reconcileChanges)
/* harmony export */ });
/* unused harmony export replaceProposals */
const sameCrons = (a, b) => a.length === b.length && a.every((cron, i) => cron === b[i]);
/** When a change took effect (ms since the epoch): when it was seen in force, or its `at` for a migrated one. */
function inForceTime(change) {
    return Date.parse(change.inForceAt ?? change.at);
}
/** The changes that were in force, in the order they took effect. */
function inForceChanges(changes) {
    return changes
        .filter(c => c.status === 'in-force')
        .sort((a, b) => inForceTime(a) - inForceTime(b));
}
/**
 * Pending proposals whose crons the base branch now carries become in force at `now`: the run that first saw them.
 * (The commit that brought them would be closer, at the cost of one more request per workflow.)
 */
function settleChanges(changes, base, now) {
    return changes.map(c => {
        const crons = base.get(c.workflow);
        if (c.status !== 'proposed' || crons === undefined || !sameCrons(crons, c.to))
            return c;
        return { ...c, status: 'in-force', inForceAt: now.toISOString() };
    });
}
const sameProposal = (a, b) => a.workflow === b.workflow && sameCrons(a.from, b.from) && sameCrons(a.to, b.to);
/**
 * The pending proposals become exactly what the pull request open after this run carries (`proposals`; none when no
 * pull request is open). A pending proposal it still carries keeps its record, unless the pull request is new
 * (`fresh`: the one it was written for was closed); every other pending one is abandoned; the rest are recorded as
 * proposed.
 */
function replaceProposals(changes, proposals, now, fresh) {
    const carried = (c) => !fresh && proposals.some(p => sameProposal(p, c));
    const kept = changes.map((c) => {
        if (c.status !== 'proposed' || carried(c))
            return c;
        return { ...c, status: 'abandoned', abandonedAt: now.toISOString() };
    });
    const pending = kept.filter(c => c.status === 'proposed');
    const added = proposals
        .filter(p => !pending.some(c => sameProposal(p, c)))
        .map((p) => ({ ...p, status: 'proposed' }));
    return [...kept, ...added];
}
/** The changes after a run: what the base now carries is in force, then the pending ones follow the pull request. */
function reconcileChanges(changes, run) {
    return replaceProposals(settleChanges(changes, run.base, run.now), run.proposals, run.now, run.fresh);
}
/**
 * Since when every managed workflow has had the crons it has on the base branch: the latest time one of them
 * took effect. Null when unknown: nothing recorded for any of them, or a workflow's crons are not those of its last
 * change in force (edited by hand).
 */
function inForceSince(changes, base) {
    const inForce = inForceChanges(changes);
    let since = -Infinity;
    for (const [workflow, crons] of base) {
        const last = inForce.filter(c => c.workflow === workflow).at(-1);
        if (last === undefined)
            continue;
        if (!sameCrons(last.to, crons))
            return null;
        since = Math.max(since, inForceTime(last));
    }
    return since === -Infinity ? null : new Date(since);
}


/***/ }),

/***/ 5537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J7: () => (/* binding */ dayStart),
/* harmony export */   JT: () => (/* binding */ dailyRise),
/* harmony export */   N3: () => (/* binding */ checkBudgets),
/* harmony export */   QE: () => (/* binding */ readPauses),
/* harmony export */   RM: () => (/* binding */ planPauses),
/* harmony export */   cP: () => (/* binding */ BUDGET_CAPS),
/* harmony export */   fu: () => (/* binding */ budgetedQuota),
/* harmony export */   jW: () => (/* binding */ holdingPauses),
/* harmony export */   le: () => (/* binding */ readBudgets),
/* harmony export */   rj: () => (/* binding */ readLifts)
/* harmony export */ });
/* unused harmony exports BUDGET_UNITS, budgetPaused */
/* harmony import */ var _period_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6666);

const BUDGET_UNITS = ['usage', 'dollars', 'minutes'];
const BUDGET_CAPS = ['daily', 'period'];
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function readCap(raw, at, problems) {
    if (!isRecord(raw)) {
        problems.push({ at, message: 'must be a map {limit: <number>, unit: usage|dollars|minutes}' });
        return undefined;
    }
    const bad = Object.keys(raw).filter(k => k !== 'limit' && k !== 'unit');
    for (const k of bad)
        problems.push({ at: [...at, k], message: `unknown key '${k}'; expected one of: limit, unit` });
    const limit = raw.limit;
    const unit = raw.unit ?? 'usage';
    if (typeof limit !== 'number' || !Number.isFinite(limit) || limit <= 0)
        problems.push({
            at: [...at, 'limit'],
            message: `must be a number > 0, got ${JSON.stringify(limit)}`
        });
    if (!BUDGET_UNITS.includes(unit))
        problems.push({
            at: [...at, 'unit'],
            message: `must be one of ${BUDGET_UNITS.join(', ')}, got ${JSON.stringify(unit)}`
        });
    return bad.length === 0 && typeof limit === 'number' && limit > 0
        ? { limit, unit: unit }
        : undefined;
}
/** The config's `budgets:` key (absent: no budgets); problems are added to `problems`. */
function readBudgets(raw, problems) {
    if (raw === undefined)
        return {};
    if (!isRecord(raw)) {
        problems.push({ at: ['budgets'], message: 'must be a map with daily and/or period' });
        return {};
    }
    const budgets = {};
    for (const k of Object.keys(raw)) {
        if (!BUDGET_CAPS.includes(k)) {
            problems.push({
                at: ['budgets', k],
                message: `unknown key '${k}'; expected one of: daily, period`
            });
            continue;
        }
        const cap = readCap(raw[k], ['budgets', k], problems);
        if (cap)
            budgets[k] = cap;
    }
    return { budgets };
}
/** 00:00 UTC of the day holding `now`. */
function dayStart(now) {
    return new Date(Math.floor(now.getTime() / _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO) * _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
}
/** Today's rise in usage: `used` less the newest sample at or before 00:00 UTC today; undefined without one. */
function dailyRise(samples, used, now) {
    const midnight = dayStart(now).getTime();
    const before = samples.filter(s => s.at.getTime() <= midnight).at(-1);
    return before === undefined ? undefined : Math.max(0, used - before.used);
}
/** The caps spent now and the ones without a figure; `ends` says when the day and the period turn. */
function checkBudgets(budgets, figures, ends) {
    const spent = [];
    const unchecked = [];
    for (const cap of BUDGET_CAPS) {
        const budget = budgets[cap];
        if (!budget)
            continue;
        const figure = figures[cap][budget.unit];
        if (figure === undefined)
            unchecked.push({ cap, unit: budget.unit });
        else if (figure >= budget.limit)
            spent.push({ cap, ...budget, figure, until: ends[cap].toISOString() });
    }
    return { spent, unchecked };
}
/** The quota the target policy aims under: the tighter of the quota and a period budget in the quota's unit. */
function budgetedQuota(quota, budgets) {
    const period = budgets?.period;
    return period?.unit === 'usage' ? Math.min(quota, period.limit) : quota;
}
const reasonOf = (cap) => (cap === 'daily' ? 'daily-budget' : 'period-budget');
/** Whether a person lifted the workflow's pause for a cap that turns at `until` or sooner. */
function lifted(lifts, workflow, until) {
    return lifts.some(l => l.workflow === workflow && Date.parse(l.until) >= Date.parse(until));
}
/**
 * With caps spent, every managed workflow is paused until the last of them turns — but one a person resumed for that
 * cap (`lifts`); a pause already made for the same cap is kept as it was (its `since` and its figure). With none
 * spent, every recorded pause is resumed.
 */
function planPauses(current, spent, workflows, now, lifts = []) {
    if (spent.length === 0)
        return { pauses: [], pause: [], resume: [...current] };
    const last = [...spent].sort((a, b) => Date.parse(a.until) - Date.parse(b.until)).at(-1);
    const reason = reasonOf(last.cap);
    const byId = new Map(current.map(p => [p.workflow, p]));
    const pauses = workflows
        .filter(w => !lifted(lifts, w.id, last.until))
        .map((w) => {
        const made = byId.get(w.id);
        if (made && made.reason === reason && made.until === last.until)
            return made;
        const { limit, unit, figure, until } = last;
        const since = made?.since ?? now.toISOString();
        return { workflow: w.id, path: w.path, reason, since, until, limit, unit, figure };
    });
    const ids = new Set(pauses.map(p => p.workflow));
    return {
        pauses,
        pause: pauses.filter(p => !byId.has(p.workflow)),
        resume: current.filter(p => !ids.has(p.workflow))
    };
}
const isUnit = (v) => BUDGET_UNITS.includes(v);
/** The budget pauses a state records (its `pauses` key); anything malformed is dropped. */
function readPauses(raw) {
    if (!Array.isArray(raw))
        return [];
    return raw.filter((p) => isRecord(p) &&
        typeof p.workflow === 'string' &&
        typeof p.path === 'string' &&
        (p.reason === 'daily-budget' || p.reason === 'period-budget') &&
        typeof p.until === 'string' &&
        (p.unit === undefined || isUnit(p.unit)));
}
/** The lifted pauses a state records (its `pauseLifts` key) that still matter at `now`; malformed ones dropped. */
function readLifts(raw, now) {
    if (!Array.isArray(raw))
        return [];
    return raw.filter((l) => isRecord(l) &&
        typeof l.workflow === 'string' &&
        typeof l.until === 'string' &&
        Date.parse(l.until) > now.getTime());
}
/** The budget pauses that hold at `now` (one whose day or period turned is resumed by the next check). */
function holdingPauses(pauses, now) {
    return pauses.filter(p => Date.parse(p.until) > now.getTime());
}
/** Whether a budget pause holds at `now`. */
function budgetPaused(pauses, now) {
    return holdingPauses(pauses, now).length > 0;
}


/***/ }),

/***/ 5793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IG: () => (/* binding */ pausedRows),
/* harmony export */   Uw: () => (/* binding */ failurePauses),
/* harmony export */   b4: () => (/* binding */ isPausedAny),
/* harmony export */   bE: () => (/* binding */ failurePausesOf),
/* harmony export */   fL: () => (/* binding */ NOTHING_PAUSED),
/* harmony export */   hp: () => (/* binding */ alertStatus),
/* harmony export */   rV: () => (/* binding */ budgetChanges),
/* harmony export */   uv: () => (/* binding */ failureChanges)
/* harmony export */ });
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const NOTHING_PAUSED = { budget: [], failures: [] };
/** The failure pauses of a dispatch state (id → {since, runs}), with their paths from the config. */
function failurePauses(paused, workflows) {
    return Object.entries(paused).map(([workflow, p]) => ({
        workflow,
        path: workflows.find(w => w.id === workflow)?.path ?? '',
        since: p.since,
        runs: p.runs
    }));
}
/**
 * The failure pauses a state's `dispatch` key records, read leniently: a run that does not dispatch only reports
 * them, and a malformed record is the tick's to refuse.
 */
function failurePausesOf(dispatch, workflows) {
    const paused = isRecord(dispatch) && isRecord(dispatch.paused) ? dispatch.paused : {};
    const valid = Object.entries(paused).filter((e) => isRecord(e[1]) && typeof e[1].since === 'string' && Array.isArray(e[1].runs));
    return failurePauses(Object.fromEntries(valid), workflows);
}
function isPausedAny(paused) {
    return paused.budget.length > 0 || paused.failures.length > 0;
}
const RANK = { SAFE: 0, WARNING: 1, CRITICAL: 2 };
/**
 * The alert's status: a spent budget is CRITICAL (the managed workflows are stopped), a workflow paused after failures
 * at least WARNING; otherwise the usage's.
 */
function alertStatus(usage, paused) {
    const raised = paused.budget.length > 0 ? 'CRITICAL' : paused.failures.length > 0 ? 'WARNING' : 'SAFE';
    return RANK[raised] > RANK[usage] ? raised : usage;
}
/** The `paused` output's rows: `{workflow, path, reason, until}`, a workflow once (its budget pause first). */
function pausedRows(paused) {
    const budget = paused.budget.map(p => ({
        workflow: p.workflow,
        path: p.path,
        reason: p.reason,
        until: p.until
    }));
    const failures = paused.failures
        .filter(f => !paused.budget.some(p => p.workflow === f.workflow))
        .map(f => ({ workflow: f.workflow, path: f.path, reason: 'failures', until: null }));
    return [...budget, ...failures];
}
/** The failure pauses made and lifted between two dispatch states' `paused` maps. */
function failureChanges(before, after, workflows, byHand = false) {
    const now = new Set(after.map(f => f.workflow));
    const pathOf = (id) => workflows.find(w => w.id === id)?.path ?? '';
    const made = after.filter(f => before[f.workflow] === undefined);
    const lifted = Object.keys(before).filter(id => !now.has(id));
    return [
        ...made.map(f => change(f.workflow, f.path, 'failures', 'paused', null)),
        ...lifted.map(id => ({ ...change(id, pathOf(id), 'failures', 'resumed', null), byHand }))
    ];
}
function change(workflow, path, reason, kind, until) {
    return { workflow, path, reason, change: kind, until };
}
/** The budget pauses made and lifted by a run. */
function budgetChanges(paused, resumed, byHand = false) {
    return [
        ...paused.map(p => change(p.workflow, p.path, p.reason, 'paused', p.until)),
        ...resumed.map(p => ({ ...change(p.workflow, p.path, p.reason, 'resumed', p.until), byHand }))
    ];
}


/***/ }),

/***/ 6666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vw: () => (/* binding */ periodAt),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/* unused harmony export resetInstant */
/** The quota period: all instants are UTC, every figure is derived from the reset day and the clock passed in. */
const DAY_MS = 86_400_000;
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}
/** 00:00 UTC of the reset day in the given month, the day clamped to the month's length (31 → 28/29 in February). */
function resetInstant(year, month, resetDay) {
    const normalised = new Date(Date.UTC(year, month, 1));
    const y = normalised.getUTCFullYear();
    const m = normalised.getUTCMonth();
    return new Date(Date.UTC(y, m, Math.min(resetDay, daysInMonth(y, m))));
}
/** The period that contains `now`: it starts at the latest reset instant at or before `now`. */
function periodAt(now, resetDay) {
    const year = now.getUTCFullYear();
    const month = now.getUTCMonth();
    let startMonth = month;
    if (resetInstant(year, month, resetDay).getTime() > now.getTime())
        startMonth = month - 1;
    const start = resetInstant(year, startMonth, resetDay);
    const end = resetInstant(year, startMonth + 1, resetDay);
    return {
        start,
        end,
        days: (end.getTime() - start.getTime()) / DAY_MS,
        elapsedDays: (now.getTime() - start.getTime()) / DAY_MS,
        remainingDays: (end.getTime() - now.getTime()) / DAY_MS
    };
}


/***/ }),

/***/ 820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IQ: () => (/* binding */ assessUsage),
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS)
/* harmony export */ });
/* unused harmony export burnRate */
/* harmony import */ var _period_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6666);

const DEFAULT_THRESHOLDS = {
    aggressiveBelow: 0.7,
    conservativeAbove: 1.3,
    alertAt: 0.9
};
const WEEK_MS = 7 * _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
/** Samples of the current period up to now; a sample above `used` is a correction and is dropped with a warning. */
function usableSamples(input, period, warnings) {
    const inPeriod = (input.history ?? []).filter(s => s.at.getTime() >= period.start.getTime() && s.at.getTime() <= input.now.getTime());
    return inPeriod.filter(s => {
        if (s.used <= input.used)
            return true;
        warnings.push({ kind: 'correction', at: s.at, sampleUsed: s.used, used: input.used });
        return false;
    });
}
/** Burn rate per day: from the newest sample at least 7 days old, else the period's average. */
function burnRate(input, period, samples) {
    const cutoff = input.now.getTime() - WEEK_MS;
    const old = samples.filter(s => s.at.getTime() <= cutoff);
    const sample = old.reduce((newest, s) => (newest && newest.at.getTime() >= s.at.getTime() ? newest : s), undefined);
    if (sample) {
        const days = (input.now.getTime() - sample.at.getTime()) / _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
        return {
            rate: (input.used - sample.used) / days,
            basis: { kind: 'history', sample }
        };
    }
    return {
        rate: input.used / Math.max(period.elapsedDays, 1),
        basis: { kind: 'period-average' }
    };
}
function statusOf(used, projected, quota, alertAt) {
    if (used >= quota || projected > quota)
        return 'CRITICAL';
    if (projected >= alertAt * quota || used >= alertAt * quota)
        return 'WARNING';
    return 'SAFE';
}
function chooseMode(pace, projected, quota, t) {
    if (projected > quota)
        return reasoned('conservative', { rule: 'projection-above-quota', projected, quota });
    if (pace > t.conservativeAbove)
        return reasoned('conservative', { rule: 'pace-above', pace, threshold: t.conservativeAbove });
    if (pace < t.aggressiveBelow)
        return reasoned('aggressive', { rule: 'pace-below', pace, threshold: t.aggressiveBelow });
    const [low, high] = [t.aggressiveBelow, t.conservativeAbove];
    return reasoned('normal', { rule: 'pace-within', pace, low, high });
}
function reasoned(mode, reason) {
    return { mode, reason };
}
/** Computes the period, burn rate, projection, pace, status and mode of DESIGN §3. */
function assessUsage(input) {
    const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS;
    const period = (0,_period_js__WEBPACK_IMPORTED_MODULE_0__/* .periodAt */ .Vw)(input.now, input.resetDay);
    const warnings = [];
    const burn = burnRate(input, period, usableSamples(input, period, warnings));
    const projected = input.used + burn.rate * period.remainingDays;
    const pace = input.used / ((input.quota * Math.max(period.elapsedDays, 1)) / period.days);
    const chosen = chooseMode(pace, projected, input.quota, thresholds);
    return {
        quota: input.quota,
        used: input.used,
        remaining: Math.max(input.quota - input.used, 0),
        usagePercent: (input.used / input.quota) * 100,
        resetDay: input.resetDay,
        period,
        burnRate: burn.rate,
        burnBasis: burn.basis,
        projected,
        pace,
        status: statusOf(input.used, projected, input.quota, thresholds.alertAt),
        mode: input.forcedMode ?? chosen.mode,
        modeReason: input.forcedMode ? { rule: 'forced', mode: input.forcedMode } : chosen.reason,
        forced: input.forcedMode !== undefined,
        thresholds,
        warnings
    };
}


/***/ }),

/***/ 8309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ StaleFileError),
/* harmony export */   Hi: () => (/* binding */ RemoteError),
/* harmony export */   OE: () => (/* binding */ RateLimitError),
/* harmony export */   Tm: () => (/* binding */ AlreadyExistsError),
/* harmony export */   U7: () => (/* binding */ PortError),
/* harmony export */   fk: () => (/* binding */ RefusedError),
/* harmony export */   i_: () => (/* binding */ PermissionError),
/* harmony export */   m_: () => (/* binding */ NotFoundError)
/* harmony export */ });
/**
 * The errors every port throws, whatever the backend (GitHub or the local file system). Use cases catch these
 * classes; none of them ever looks at an HTTP status. Each message names what was being done and the fix.
 */
/** Base of the ports' errors; `cause` keeps the backend's own error. */
class PortError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** The thing asked for does not exist (a branch, a file, a workflow, an account). */
class NotFoundError extends PortError {
}
/** A write lost a race: the file or branch changed since it was read. Read again and retry. */
class StaleFileError extends PortError {
}
/** A create found the thing already there (a branch, a label): made by an earlier attempt or another run. */
class AlreadyExistsError extends PortError {
}
/** The token, or a repository setting, does not allow the call; the message names the permission to grant. */
class PermissionError extends PortError {
}
/** Any other refusal or failure of the backend (5xx after retries, a rate limit, a validation error). */
class RemoteError extends PortError {
}
/** The backend refused the request as it was made (GitHub's 422): sending it again changes nothing. */
class RefusedError extends RemoteError {
}
/** GitHub's rate limit is spent (after the client waited what it could): stop calling, keep what was read. */
class RateLimitError extends RemoteError {
}


/***/ }),

/***/ 6307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ events),
/* harmony export */   Dv: () => (/* binding */ planCostLine),
/* harmony export */   E9: () => (/* binding */ dollars),
/* harmony export */   Gx: () => (/* binding */ minutes),
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   V2: () => (/* binding */ pair),
/* harmony export */   WF: () => (/* binding */ rateWithInterval),
/* harmony export */   YA: () => (/* binding */ seconds)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7712);

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
    return value === null ? UNKNOWN : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(value);
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
    return (`this change: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(before.runs)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(after.runs)} runs a month, ` +
        `${minutes(before.billableMinutes)} → ${minutes(after.billableMinutes)} minutes, ` +
        `${dollars(before.cost)} → ${dollars(after.cost)}`);
}


/***/ }),

/***/ 6853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ planCostLines),
/* harmony export */   Mk: () => (/* binding */ analyticsMarkdown),
/* harmony export */   xd: () => (/* binding */ planUsageChart)
/* harmony export */ });
/* unused harmony exports analyticsTable, costPerModeTable, analyticsNotes, usageChart */
/* harmony import */ var _core_schedule_schedule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8622);
/* harmony import */ var _analytics_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6307);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7712);



function scheduleCell(s) {
    if (s === null)
        return _analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV;
    const late = s.started > 0 ? `, late ${(0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pair */ .V2)((0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(s.lateP50), (0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(s.lateP90))}` : '';
    return `${s.started}/${s.expected} started, ${s.dropped} dropped${late}`;
}
function workflowRow(w) {
    const cells = [
        w.id === w.path ? `\`${w.path}\`` : `${w.id} (\`${w.path}\`)`,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(w.runs),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(w.runsWithoutJobs),
        (0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .events */ .AZ)(w.byEvent),
        (0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .rateWithInterval */ .WF)(w.successRate, w.successRateLow, w.successRateHigh),
        (0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pair */ .V2)((0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(w.queueP50), (0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(w.queueP90)),
        (0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pair */ .V2)((0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(w.durationP50), (0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .seconds */ .YA)(w.durationP90)),
        (0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .minutes */ .Gx)(w.billableMinutes),
        (0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .dollars */ .E9)(w.cost),
        scheduleCell(w.schedule)
    ];
    return `| ${cells.join(' | ')} |`;
}
/** One row per workflow and a total: runs, events, success, queue and duration p50 / p90, minutes, cost, schedule. */
function analyticsTable(analytics) {
    const { totals } = analytics;
    const total = [
        '**total**',
        (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(totals.runs),
        '',
        '',
        '',
        '',
        '',
        (0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .minutes */ .Gx)(totals.billableMinutes)
    ];
    return [
        '| Workflow | Runs | Without jobs | Events | Success (95% interval) | Queue p50 / p90 | Duration p50 / p90 | Billable minutes | Cost | Schedule |',
        '|---|--:|--:|---|---|---|---|--:|--:|---|',
        ...analytics.workflows.map(workflowRow),
        `| ${[...total, (0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .dollars */ .E9)(totals.cost), ''].join(' | ')} |`
    ].join('\n');
}
/** Each mode's runs, minutes and dollars a month; empty without the config. */
function costPerModeTable(analytics) {
    const modes = analytics.costPerMode;
    if (modes === null)
        return '';
    const rows = _core_schedule_schedule_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN.map(mode => {
        const m = modes[mode];
        return `| ${mode} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(m.runs)} | ${(0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .minutes */ .Gx)(m.billableMinutes)} | ${(0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .dollars */ .E9)(m.cost)} |`;
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
        byDay.set((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .day */ .vd)(sample.at), sample);
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
    const labels = points.map(p => `"${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .day */ .vd)(p.at).slice(5)}"`);
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
        `_Lines: used so far${input.projection ? ', projected to the reset' : ''}, and the quota (${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(input.quota)})._`
    ].join('\n');
}
/**
 * The plan's cost for the PR body and the job summary: "**Cost** — this change: 1,440 → 480 runs a month, 2,880 → 960
 * minutes, $17.28 → $5.76 …"; nothing when no runs were observed or nothing changes.
 */
function planCostLines(plan) {
    if (!plan.cost || !plan.workflows.some(w => w.changed))
        return [];
    const line = (0,_analytics_format_js__WEBPACK_IMPORTED_MODULE_1__/* .planCostLine */ .Dv)(plan.cost.before, plan.cost.after);
    return [
        `**Cost** — ${line} (the changed workflows, at the billable minutes and dollars a run of each was observed to use)`,
        ''
    ];
}
/**
 * The job summary's usage section: a chart of the period's readings, the projection at the reset and the quota;
 * empty without readings.
 */
function planUsageChart(plan) {
    const u = plan.usage;
    const chart = usageChart({
        samples: plan.samples ?? [],
        quota: u.quota,
        projection: { at: u.period.end, used: u.projected },
        title: `Usage this period (resets ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .day */ .vd)(u.period.end)})`
    });
    return chart ? `### Usage this period\n\n${chart}` : '';
}
/** The job summary's analytics section: the window, the table, the cost of each mode, and the notes. */
function analyticsMarkdown(analytics) {
    const { from, to } = analytics.window;
    const modes = costPerModeTable(analytics);
    const notes = analyticsNotes(analytics);
    return [
        `### Runs from ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .day */ .vd)(from)} to ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .day */ .vd)(to)}`,
        '',
        analyticsTable(analytics),
        ...(modes ? ['', '#### Cost of each mode (30 days)', '', modes] : []),
        ...(notes.length > 0 ? ['', ...notes.map(n => `- ${n}`)] : [])
    ].join('\n');
}


/***/ }),

/***/ 5728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oq: () => (/* binding */ withFixes),
/* harmony export */   lG: () => (/* binding */ auditMarkdown)
/* harmony export */ });
/* unused harmony exports fixChanges, fixesSection */
/* harmony import */ var _core_audit_apply_fixes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(541);
/* harmony import */ var _core_audit_fixes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(752);
/* harmony import */ var _core_schedule_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2040);
/* harmony import */ var _audit_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3254);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8296);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9935);






/** The `fix` value that answers a finding, if any. */
const FIX_OF = {
    throttle: 'throttle',
    concurrency: 'concurrency',
    timeout: 'timeouts'
};
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** What ties a finding to the fix made or skipped for it: the file, the kind, and the cron or job. */
function key(path, kind, subject) {
    return `${path}\n${kind}\n${subject.cron ?? subject.job ?? ''}`;
}
function fixKey(f) {
    const subject = {
        ...('cron' in f && f.cron !== undefined ? { cron: f.cron } : {}),
        ...('job' in f && f.job !== undefined ? { job: f.job } : {})
    };
    return key(f.path, f.kind, subject);
}
function savingsCell(savings) {
    return savings === null || savings.runs === null ? '—' : (0,_audit_text_js__WEBPACK_IMPORTED_MODULE_5__/* .savingsParts */ .wW)(savings);
}
/** The fix column: made in the pull request, skipped and why, or the `fix` value that would make it. */
function fixCell(f, fixes) {
    const kind = FIX_OF[f.kind];
    if (!kind)
        return '—';
    if (!fixes)
        return `\`${kind}\``;
    const wanted = key(f.path, kind, (0,_core_audit_apply_fixes_js__WEBPACK_IMPORTED_MODULE_0__/* .subjectOf */ .et)(f));
    if (fixes.applied.some(a => fixKey(a) === wanted))
        return `✅ \`${kind}\`: in the pull request`;
    const skipped = fixes.skipped.find(s => fixKey(s) === wanted);
    return skipped ? `not fixed: ${skipped.reason}` : `\`${kind}\``;
}
/** The job summary's audit: one row per finding, the savings together, and the files that could not be read. */
function auditMarkdown(report, fixes) {
    const files = new Set(report.findings.map(f => f.path)).size;
    const heading = `### Audit: ${plural(report.findings.length, 'finding')} in ${plural(files, 'workflow file')}`;
    if (report.findings.length === 0 && report.errors.length === 0)
        return `${heading}\n\nNo findings.`;
    const rows = report.findings.map(f => {
        const name = f.workflow === f.path ? `\`${f.path}\`` : `\`${f.path}\` (${cell(f.workflow)})`;
        return `| ${name} | **${f.kind}**: ${cell((0,_audit_text_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFinding */ .jb)(f))} | ${savingsCell(f.savings)} | ${cell(fixCell(f, fixes))} |`;
    });
    const total = (0,_audit_text_js__WEBPACK_IMPORTED_MODULE_5__/* .totalSavings */ .Yj)(report.findings);
    return [
        heading,
        '',
        '| workflow | finding | saves per 30 days | fix |',
        '|---|---|---|---|',
        ...rows,
        ...(total
            ? [
                '',
                `Throttling and removing duplicate schedules saves ${(0,_audit_text_js__WEBPACK_IMPORTED_MODULE_5__/* .savingsParts */ .wW)(total)} per 30 days.`
            ]
            : []),
        ...(report.errors.length > 0
            ? ['', 'Not audited:', ...report.errors.map(e => `- \`${e.path}\`: ${e.error}`)]
            : [])
    ].join('\n');
}
function appliedLine(f) {
    if (f.kind === 'throttle')
        return `- \`${f.path}\`: cron \`${f.cron}\`${f.timezone ? ` (${f.timezone})` : ''} → \`${f.to}\` (throttle)`;
    if (f.kind === 'timeouts')
        return `- \`${f.path}\`: job \`${f.job}\` gets \`timeout-minutes: ${f.minutes}\` (twice its recorded p99, at least 10)`;
    const group = `\`concurrency\` group \`${_core_audit_fixes_js__WEBPACK_IMPORTED_MODULE_1__/* .CONCURRENCY_GROUP */ .EX}\``;
    return f.cancelInProgress
        ? `- \`${f.path}\`: ${group}, \`cancel-in-progress: true\``
        : `- \`${f.path}\`: ${group}, **\`cancel-in-progress: false\`**: a push to \`${f.defaultBranch}\` runs it, and cancelling a run in progress could skip a deploy — runs queue instead`;
}
/** The fixes alone, as changes from the text the schedule change writes. */
function fixChanges(plan, fixes) {
    const planned = new Map(plan.workflows.map(w => [w.path, w]));
    return [...fixes.files].map(([path, text]) => {
        const w = planned.get(path);
        const oldText = w ? w.newText : (fixes.base[path] ?? '');
        return {
            ...{ id: w?.id ?? path, path, from: [], to: [], changed: true },
            ...{ runsBefore: 0, runsAfter: 0, oldText, newText: text }
        };
    });
}
/** The pull request's section on the fixes: each one, those left out and why, and their diff. */
function fixesSection(plan, fixes) {
    const skipped = fixes.skipped.map(s => `- \`${s.path}\` (${s.kind}): ${s.reason}`);
    return [
        '### Audit fixes (input `fix`)',
        '',
        ...fixes.applied.map(appliedLine),
        '',
        ...(skipped.length > 0 ? ['Not fixed:', '', ...skipped, ''] : []),
        '<details><summary>Diff of the fixes</summary>',
        '',
        '```diff',
        (0,_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .renderDiff */ .i)({ workflows: fixChanges(plan, fixes) }).trimEnd(),
        '```',
        '</details>',
        ''
    ].join('\n');
}
/** The pull request's title and body with the fixes: added to the schedule change's, or alone when no cron changes. */
function withFixes(text, plan, fixes) {
    if (!fixes || fixes.files.size === 0)
        return text;
    const files = plural(fixes.files.size, 'workflow file');
    const section = fixesSection(plan, fixes);
    if ((0,_core_schedule_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .changedWorkflows */ .HC)(plan).length === 0)
        return {
            title: `Orchestrator: audit fixes in ${files}`,
            body: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .fitBody */ .KM)([
                `The Dynamic Workflow Orchestrator's audit fixes ${files}; no schedule changes. Merge to apply.`,
                '',
                section,
                _markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .PULL_MARKER */ .hs
            ].join('\n'))
        };
    const at = text.body.lastIndexOf(_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .PULL_MARKER */ .hs);
    const body = at < 0 ? `${text.body}\n${section}` : `${text.body.slice(0, at)}${section}\n${_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .PULL_MARKER */ .hs}`;
    return { title: `${text.title}, audit fixes in ${files}`, body: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .fitBody */ .KM)(body) };
}


/***/ }),

/***/ 3254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wy: () => (/* binding */ renderAudit),
/* harmony export */   Yj: () => (/* binding */ totalSavings),
/* harmony export */   jb: () => (/* binding */ describeFinding),
/* harmony export */   wW: () => (/* binding */ savingsParts)
/* harmony export */ });
function plural(n, unit) {
    return `${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;
}
function savingsParts(savings) {
    const parts = [plural(savings.runs ?? 0, 'run')];
    if (savings.minutes !== null)
        parts.push(plural(savings.minutes, 'minute'));
    if (savings.dollars !== null)
        parts.push(`$${savings.dollars.toFixed(2)}`);
    return parts.join(', ');
}
function savingsText(savings) {
    if (savings === null || savings.runs === null)
        return '';
    return ` — saves ${savingsParts(savings)} per 30 days`;
}
function zone(detail) {
    return detail.timezone ? ` (${detail.timezone})` : '';
}
/** One finding in words. */
function describeFinding(f) {
    switch (f.kind) {
        case 'throttle': {
            const d = f.detail;
            const to = d.suggested ? `throttle to '${d.suggested}'` : 'no throttle keeps its shape';
            return `'${d.cron}'${zone(d)} runs ${d.shortestGap} minutes apart at its closest, under the ${d.minInterval}-minute minimum: ${to}`;
        }
        case 'minute-zero': {
            const d = f.detail;
            const to = d.suggested ? `; move it to '${d.suggested}'` : '';
            return `'${d.cron}'${zone(d)} runs at minute 0, when GitHub delays and drops the most scheduled runs${to}`;
        }
        case 'duplicate-schedule': {
            const d = f.detail;
            if (d.scope === 'workflow')
                return `repeats ${d.duplicateOf}: the same schedule, triggers and steps`;
            const how = d.identical
                ? 'runs at the same times as'
                : 'runs only at times already covered by';
            return `'${d.crons[0]}' ${how} '${d.duplicateOf}', so those runs start twice — remove it`;
        }
        default:
            return describeHygiene(f);
    }
}
function describeHygiene(f) {
    if (f.kind === 'concurrency') {
        const d = f.detail;
        const seen = d.overlappingRuns === null
            ? ''
            : `; ${plural(d.overlappingRuns, 'run')} overlapped another on the same branch`;
        const cancel = d.cancelInProgress
            ? 'cancel-in-progress: true'
            : `cancel-in-progress: false, as a push to ${d.defaultBranch} runs it and cancelling could skip a deploy`;
        return `runs on ${d.triggers.join(', ')} without a concurrency group${seen} — add one (${cancel})`;
    }
    if (f.kind === 'timeout') {
        const d = f.detail;
        const seen = d.longestMinutes === null
            ? ''
            : ` (longest of ${d.observedJobs} recorded: ${d.longestMinutes} min)`;
        const add = d.suggestedMinutes === null ? '' : ` — add timeout-minutes: ${d.suggestedMinutes}`;
        return `job '${d.job}' has no timeout-minutes, so a hung run bills up to 6 hours${seen}${add}`;
    }
    if (f.kind === 'inactive') {
        const d = f.detail;
        if (d.state === 'disabled')
            return 'GitHub disabled it for inactivity — re-enable it';
        return `GitHub disables it on ${d.disablesOn?.slice(0, 10)} (no activity for ${d.daysInactive} days) unless the repository sees activity`;
    }
    return f.kind;
}
/** What the throttles and duplicate schedules save together; minutes and dollars only when known for each. */
function totalSavings(findings) {
    const parts = findings.flatMap(f => f.kind === 'throttle' || f.kind === 'duplicate-schedule' ? [f.savings] : []);
    const known = parts.filter(p => p.runs !== null);
    if (known.length === 0)
        return undefined;
    const sum = (pick) => known.every(p => pick(p) !== null) ? known.reduce((a, p) => a + (pick(p) ?? 0), 0) : null;
    const dollars = sum(p => p.dollars);
    return {
        runs: sum(p => p.runs),
        minutes: sum(p => p.minutes),
        dollars: dollars === null ? null : Math.round(dollars * 100) / 100
    };
}
/** The text report: findings grouped by file, then the files that could not be read, then the total savings. */
function renderAudit(report) {
    const lines = [];
    let current = '';
    for (const f of report.findings) {
        if (f.path !== current) {
            current = f.path;
            lines.push(f.workflow === f.path ? f.path : `${f.path} (${f.workflow})`);
        }
        lines.push(`  - ${f.kind}: ${describeFinding(f)}${savingsText(f.savings)}`);
    }
    if (report.findings.length === 0)
        lines.push('No findings.');
    const total = totalSavings(report.findings);
    if (total)
        lines.push(`Throttling and removing duplicate schedules saves ${savingsParts(total)} per 30 days.`);
    if (report.errors.length > 0)
        lines.push('Not audited:', ...report.errors.map(e => `  - ${e.path}: ${e.error}`));
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 8296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ renderDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7291);
/* harmony import */ var _core_schedule_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2040);


/** The unified diff of every changed workflow, as `git diff` would show it. */
function renderDiff(plan) {
    return (0,_core_schedule_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .changedWorkflows */ .HC)(plan)
        .map(w => (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .createTwoFilesPatch */ .ss)(`a/${w.path}`, `b/${w.path}`, w.oldText, w.newText, '', '', {
        context: 3
    }))
        .map(patch => patch.replace(/^(Index: .*\n)?=+\n/, '').replace(/^(---|\+\+\+) (\S+)\t$/gm, '$1 $2'))
        .join('');
}


/***/ }),

/***/ 7712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   Zt: () => (/* binding */ STATUS_TEXT),
/* harmony export */   _: () => (/* binding */ decimal),
/* harmony export */   _j: () => (/* binding */ crons),
/* harmony export */   a7: () => (/* binding */ MODE_ICON),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   v7: () => (/* binding */ usageBar),
/* harmony export */   vd: () => (/* binding */ day)
/* harmony export */ });
/** A whole number with thousands separators: 1,500. */
function count(n) {
    return Math.round(n).toLocaleString('en-US');
}
/** One decimal place: 27.0. */
function decimal(n) {
    return n.toFixed(1);
}
/** A UTC date as YYYY-MM-DD. */
function day(date) {
    return date.toISOString().slice(0, 10);
}
/** A usage bar of `width` cells, e.g. [██████░░░░] for 60%. */
function usageBar(percent, width = 50) {
    const filled = Math.max(0, Math.min(width, Math.round((percent / 100) * width)));
    return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
}
/** The crons of a schedule, joined for a table cell or a log line. */
function crons(entries) {
    return entries.map(e => (e.timezone ? `${e.cron} (${e.timezone})` : e.cron)).join(', ');
}
const STATUS_TEXT = {
    SAFE: 'SAFE - On track or under budget',
    WARNING: 'WARNING - Approaching the quota',
    CRITICAL: 'CRITICAL - At or projected over the quota'
};
const STATUS_ICON = { SAFE: '✅', WARNING: '⚠️', CRITICAL: '🚨' };
const MODE_ICON = {
    aggressive: '🚀',
    normal: '🎯',
    conservative: '🛡️'
};


/***/ }),

/***/ 9935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E$: () => (/* binding */ ALERT_MARKER),
  hs: () => (/* binding */ PULL_MARKER),
  KM: () => (/* binding */ fitBody),
  y6: () => (/* binding */ issueBody),
  al: () => (/* binding */ issueTitle),
  sp: () => (/* binding */ jobSummary),
  NF: () => (/* binding */ pullRequestBody),
  Zr: () => (/* binding */ pullRequestTitle),
  Jl: () => (/* binding */ recordedStatus),
  cB: () => (/* binding */ workflowTable)
});

// UNUSED EXPORTS: BODY_LIMIT

// EXTERNAL MODULE: ./src/reports/warnings.ts
var warnings = __webpack_require__(7238);
// EXTERNAL MODULE: ./src/core/cron/cron.ts
var cron = __webpack_require__(6082);
// EXTERNAL MODULE: ./src/core/schedule/plan.ts + 1 modules
var schedule_plan = __webpack_require__(2040);
// EXTERNAL MODULE: ./src/core/usage/period.ts
var period = __webpack_require__(6666);
// EXTERNAL MODULE: ./src/core/usage/paused.ts
var usage_paused = __webpack_require__(5793);
// EXTERNAL MODULE: ./src/reports/policy-text.ts
var policy_text = __webpack_require__(2741);
// EXTERNAL MODULE: ./src/reports/reasons.ts
var reasons = __webpack_require__(1902);
// EXTERNAL MODULE: ./src/reports/usage-source.ts
var usage_source = __webpack_require__(1236);
// EXTERNAL MODULE: ./src/reports/diff.ts
var reports_diff = __webpack_require__(8296);
// EXTERNAL MODULE: ./src/reports/format.ts
var format = __webpack_require__(7712);
;// CONCATENATED MODULE: ./src/reports/delivery-lines.ts
/**
 * What the summary and the alert issue say about how a schedule change reached (or waits to reach) the base branch:
 * a direct commit, auto-merge turned on or refused, and a pull request left waiting for more than a day.
 */


/** A proposed change waiting longer than this many days to be merged is pointed out. */
const WAITING_DAYS = 1;
/** Days since the pull request was opened, when that is more than WAITING_DAYS; undefined otherwise. */
function waitedDays(now, pull) {
    if (!pull)
        return undefined;
    const days = (now.getTime() - Date.parse(pull.createdAt)) / period/* DAY_MS */.sO;
    return days > WAITING_DAYS ? days : undefined;
}
/** " — waiting 2.3 days to be merged" for a pull request open more than a day; '' otherwise. */
function waitingSuffix(now, pull) {
    const days = waitedDays(now, pull);
    return days === undefined ? '' : ` — waiting ${(0,format/* decimal */._)(days)} days to be merged`;
}
const oneLine = (text) => text.split('\n').join(' — ');
/** The job summary's lines about the delivery and a pull request that has waited more than a day. */
function deliveryLines(now, links, facts) {
    const lines = [];
    if (facts?.commit)
        lines.push(`- Committed directly to the base branch: \`${facts.commit}\``);
    else if (facts?.delivery === 'direct' && links.dryRun)
        lines.push('- Delivery: direct — the change would be committed to the base branch, no pull request');
    const pull = links.pullRequestOperation === 'closed' ? undefined : links.pullRequest;
    if (pull && facts?.autoMerge?.enabled)
        lines.push(`- Auto-merge: on for #${pull.number} — GitHub merges it once its required checks pass`);
    if (pull && facts?.autoMerge?.enabled === false)
        lines.push(`- ⚠️ Auto-merge not turned on: ${oneLine(facts.autoMerge.problem ?? '')}`);
    const days = facts?.commit ? undefined : waitedDays(now, pull);
    if (pull && days !== undefined)
        lines.push(`- ⚠️ The schedule change in #${pull.number} has waited ${(0,format/* decimal */._)(days)} days to be merged — merge it, or use delivery: auto-merge or direct`);
    return lines;
}

// EXTERNAL MODULE: ./src/core/schedule/consolidate-plan.ts
var consolidate_plan = __webpack_require__(5642);
;// CONCATENATED MODULE: ./src/reports/consolidation-lines.ts
/**
 * What the pull request body and the job summary say of the `via: dispatch` workflows (DESIGN §12): their schedule
 * leaves the file and the orchestrator dispatches them instead, scheduled runs a day before → dispatched runs a day
 * after, in the plan's mode.
 */

/** "12 scheduled runs a day", "1 dispatched run a day", "0.3 dispatched runs a day". */
function perDay(runs, kind) {
    const count = Number.isInteger(runs) ? String(runs) : runs.toFixed(1);
    return `${count} ${kind} run${count === '1' ? '' : 's'} a day`;
}
/** "dispatched by the orchestrator: 12 scheduled runs a day → 12 dispatched runs a day (normal)". */
function consolidationText(workflow, mode) {
    const { before, after } = (0,consolidate_plan/* runsADay */.K)(workflow);
    const was = workflow.from.length > 0 ? `${perDay(before, 'scheduled')} → ` : '';
    return `dispatched by the orchestrator: ${was}${perDay(after, 'dispatched')} (${mode})`;
}
/** One line per `via: dispatch` workflow among `workflows`, under a heading; none when there is none. */
function consolidationLines(workflows, mode) {
    const dispatched = workflows.filter(w => w.via === 'dispatch');
    if (dispatched.length === 0)
        return [];
    return [
        "Dispatched by the orchestrator (`via: dispatch`): the file's `schedule:` trigger is removed (`workflow_dispatch` added if missing) and the orchestrator's tick starts the workflow at the mode's crons.",
        '',
        ...dispatched.map(w => `- **${w.id}** (\`${w.path}\`): ${consolidationText(w, mode)}`),
        ''
    ];
}

// EXTERNAL MODULE: ./src/reports/analytics-markdown.ts
var analytics_markdown = __webpack_require__(6853);
// EXTERNAL MODULE: ./src/reports/pause-report.ts
var pause_report = __webpack_require__(1252);
;// CONCATENATED MODULE: ./src/reports/markdown.ts














/** Hidden markers that let later runs find their own pull request and alert issue. */
const PULL_MARKER = '<!-- dynamic-workflow-orchestrator:schedules -->';
const ALERT_MARKER = '<!-- dynamic-workflow-orchestrator:alert -->';
const STATUS_MARKER = /<!-- orchestrator-status: (SAFE|WARNING|CRITICAL) -->/;
/** GitHub refuses bodies over 65,536 characters; cut at a line boundary below that. */
const BODY_LIMIT = 65_536;
/** Cuts a body at the last line that fits, saying so. */
function fitBody(body, limit = BODY_LIMIT) {
    if (body.length <= limit)
        return body;
    const note = '\n\n_…cut to fit GitHub’s size limit; the full diff is in the job summary._\n';
    const cut = body.lastIndexOf('\n', limit - note.length);
    return body.slice(0, Math.max(cut, 0)) + note;
}
/** The status recorded in an alert issue's body by an earlier run. */
function recordedStatus(body) {
    return STATUS_MARKER.exec(body)?.[1];
}
function schedule(entries) {
    return entries
        .map(e => `\`${e.cron}\`${e.timezone ? ` (${e.timezone})` : ''} — ${(0,cron/* describeEntry */.OY)({ cron: e.cron })}`)
        .join('<br>');
}
function policyRows(plan) {
    if (!(0,policy_text/* showsCosts */.DD)(plan.policy))
        return [];
    const background = (0,policy_text/* backgroundText */.qR)(plan.policy.costs);
    return [
        `| Cost per run | ${(0,policy_text/* costPerRunText */.j2)(plan.policy.costs)} |`,
        ...(background ? [`| Background | ${background} outside the managed workflows |`] : []),
        `| Policy | ${(0,policy_text/* policyText */.MJ)(plan.policy)} |`
    ];
}
const fromSource = (reading) => {
    const text = (0,usage_source/* usageSourceText */.g)(reading);
    return text ? ` — ${text}` : '';
};
function usageTable(plan) {
    const u = plan.usage;
    return [
        '| | |',
        '|---|---|',
        `| Usage | \`${(0,format/* usageBar */.v7)(u.usagePercent, 30)}\` ${(0,format/* decimal */._)(u.usagePercent)}% |`,
        `| Quota | ${(0,format/* count */.U9)(u.quota)} |`,
        `| Used | ${(0,format/* count */.U9)(u.used)} (${(0,format/* count */.U9)(u.remaining)} remaining)${fromSource(u.reading)} |`,
        `| Reset | ${(0,format/* day */.vd)(u.period.end)}, in ${(0,format/* decimal */._)(u.period.remainingDays)} days |`,
        `| Burn rate | ${(0,format/* decimal */._)(u.burnRate)} a day (${u.burnBasis.kind === 'history' ? `since the sample of ${(0,format/* day */.vd)(u.burnBasis.sample.at)}` : 'period average'}) |`,
        `| Projected at reset | ${(0,format/* count */.U9)(u.projected)} (${(0,format/* decimal */._)((u.projected / u.quota) * 100)}% of the quota) |`,
        `| Pace | ${u.pace.toFixed(2)} × an even spend |`,
        `| Status | ${format/* STATUS_ICON */.tW[u.status]} ${format/* STATUS_TEXT */.Zt[u.status]} |`,
        `| Mode | ${format/* MODE_ICON */.a7[plan.mode]} **${plan.mode}** — ${(0,reasons/* modeReasonText */.H)(u.modeReason)} |`,
        ...policyRows(plan)
    ].join('\n');
}
function workflowRow(w) {
    const to = w.changed ? schedule(w.to) : '_unchanged_';
    // A dispatched workflow's new crons are the times the orchestrator dispatches it; its file may keep none.
    const next = w.via === 'dispatch' ? `dispatched: ${schedule(w.to)}` : to;
    const from = w.from.length > 0 ? schedule(w.from) : '_none_';
    return `| ${w.id} | \`${w.path}\` | ${from} | ${next} | ${w.runsBefore} → ${w.runsAfter} |`;
}
/** One row per workflow: current and new crons, runs per 30 days before → after. */
function workflowTable(workflows) {
    return [
        '| Workflow | File | Current crons | New crons | Runs / 30 days |',
        '|---|---|---|---|---|',
        ...workflows.map(workflowRow)
    ].join('\n');
}
/** The pull request's title. */
function pullRequestTitle(plan) {
    const n = (0,schedule_plan/* changedWorkflows */.HC)(plan).length;
    return `Orchestrator: ${plan.mode} schedules for ${n} workflow${n === 1 ? '' : 's'}`;
}
/** One line per comment an edit left beside a cron that changed. */
function staleCommentLines(workflows) {
    const code = (text) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
    const lines = workflows.flatMap(w => (w.staleComments ?? []).map(c => `- \`${w.path}\` line ${c.line}: ${code(c.text)} — comment may no longer describe its cron`));
    return lines.length === 0 ? [] : ['Comments to check:', '', ...lines, ''];
}
/** The pull request's body: usage, one row per changed workflow, the cost of the change, the sections given (forecasts), and the marker. */
function pullRequestBody(plan, sections = []) {
    const changed = (0,schedule_plan/* changedWorkflows */.HC)(plan);
    return fitBody([
        `The Dynamic Workflow Orchestrator moves ${changed.length} workflow${changed.length === 1 ? '' : 's'} to the **${plan.mode}** schedule. Only the \`on.schedule\` ${changed.some(w => w.via === 'dispatch') ? 'triggers' : 'crons'} change; merge to apply.`,
        '',
        usageTable(plan),
        '',
        workflowTable(changed),
        '',
        ...(0,analytics_markdown/* planCostLines */.GF)(plan),
        ...consolidationLines(changed, plan.mode),
        ...staleCommentLines(changed),
        ...sections.filter(Boolean).flatMap(section => [section.trimEnd(), '']),
        '<details><summary>Diff</summary>',
        '',
        '```diff',
        (0,reports_diff/* renderDiff */.i)(plan).trimEnd(),
        '```',
        '</details>',
        '',
        PULL_MARKER
    ].join('\n'));
}
/** The alert issue's title. */
function issueTitle(plan, paused = usage_paused/* NOTHING_PAUSED */.fL) {
    return (0,pause_report/* alertTitle */.Ro)((0,pause_report/* usageTitle */.S1)(plan.usage), paused);
}
function advice(status) {
    if (status === 'CRITICAL')
        return 'The quota is used up or projected to run out before the reset. The managed workflows move to the conservative schedule; consider pausing manual runs.';
    if (status === 'WARNING')
        return 'Usage is approaching the quota. Keep an eye on manual runs until the reset.';
    return 'Usage is on track. This issue stays open while workflows are paused.';
}
/**
 * The alert issue's body; it records the status (the usage's, raised by pauses) so the next run can tell whether it
 * worsened, and the usage's own status for a run that does not read the usage (`operation: resume`).
 */
function issueBody(plan, pull, paused = usage_paused/* NOTHING_PAUSED */.fL) {
    const u = plan.usage;
    return fitBody([
        `### ${format/* STATUS_ICON */.tW[u.status]} ${format/* STATUS_TEXT */.Zt[u.status]}`,
        '',
        advice(u.status),
        '',
        (0,pause_report/* pausesSection */.Fq)(paused),
        '',
        usageTable(plan),
        '',
        pull
            ? `Schedule pull request: #${pull.number}${waitingSuffix(plan.now, pull)}`
            : 'No schedule change is pending.',
        '',
        `_Updated ${plan.now.toISOString()}. This issue closes itself when usage is back to SAFE and nothing is paused._`,
        '',
        ALERT_MARKER,
        (0,pause_report/* statusMarkers */.oi)(u.status, paused)
    ].join('\n'));
}
function linkLine(kind, operation, thread, dryRun) {
    const verb = dryRun ? `would be ${operation}` : operation;
    if (operation === 'none')
        return `- ${kind}: none`;
    return thread
        ? `- ${kind}: [#${thread.number} ${thread.title}](${thread.url}) — ${verb}`
        : `- ${kind}: ${verb}`;
}
/** "Mode in force: normal (since 2025-11-02); proposed: conservative, PR waiting 2.3 days". */
function inForceLine(plan, links) {
    if (!plan.inForce)
        return [];
    const { mode, since } = plan.inForce;
    const held = mode
        ? `**${mode}** (since ${since ? (0,format/* day */.vd)(since) : 'an unrecorded time'})`
        : '_none_ (the workflows on the base branch match no single mode)';
    const pull = links.pullRequest;
    const waiting = pull
        ? `, PR waiting ${(0,format/* decimal */._)(Math.max(plan.now.getTime() - Date.parse(pull.createdAt), 0) / period/* DAY_MS */.sO)} days`
        : '';
    const proposed = (0,schedule_plan/* changedWorkflows */.HC)(plan).length > 0 && links.pullRequestOperation !== 'closed'
        ? `; proposed: **${plan.mode}**${waiting}`
        : '';
    return [`- Mode in force: ${held}${proposed}`];
}
/** The job summary: usage, mode and why, every workflow, links, API calls; in dry run also the diff and would-be texts. */
function jobSummary(plan, links) {
    const parts = [
        `## ${format/* MODE_ICON */.a7[plan.mode]} Dynamic Workflow Orchestrator${links.dryRun ? ' (dry run: nothing written)' : ''}`,
        '',
        usageTable(plan),
        '',
        workflowTable(plan.workflows),
        '',
        ...(0,analytics_markdown/* planCostLines */.GF)(plan),
        ...consolidationLines(plan.workflows, plan.mode),
        ...inForceLine(plan, links),
        linkLine('Pull request', links.pullRequestOperation, links.pullRequest, links.dryRun),
        ...deliveryLines(plan.now, links, links.delivery),
        links.alertProblem
            ? `- ⚠️ Alert issue not written: ${links.alertProblem}`
            : linkLine('Alert issue', links.issueOperation, links.issue, links.dryRun),
        `- GitHub API requests made: ${links.requests}`,
        ...plan.usage.warnings.map(w => `- ⚠️ ${(0,warnings/* warningText */.i)(w)}`)
    ];
    const diff = (0,reports_diff/* renderDiff */.i)(plan);
    if (diff)
        parts.push('', '<details><summary>Diff</summary>', '', '```diff', diff.trimEnd(), '```', '</details>');
    if (links.dryRun && (0,schedule_plan/* changedWorkflows */.HC)(plan).length > 0) {
        parts.push('', `<details><summary>Would-be pull request: ${pullRequestTitle(plan)}</summary>`, '', pullRequestBody(plan, links.pullRequestSections), '</details>');
    }
    if (links.dryRun && plan.usage.status !== 'SAFE') {
        parts.push('', `<details><summary>Would-be alert issue: ${issueTitle(plan)}</summary>`, '', issueBody(plan), '</details>');
    }
    return `${parts.join('\n')}\n`;
}


/***/ }),

/***/ 1252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ changeComment),
/* harmony export */   Eb: () => (/* binding */ PAUSES_END),
/* harmony export */   Fq: () => (/* binding */ pausesSection),
/* harmony export */   Iy: () => (/* binding */ pausedOutput),
/* harmony export */   OP: () => (/* binding */ figureText),
/* harmony export */   Ow: () => (/* binding */ changeLines),
/* harmony export */   Ro: () => (/* binding */ alertTitle),
/* harmony export */   S1: () => (/* binding */ usageTitle),
/* harmony export */   gq: () => (/* binding */ recordedUsageStatus),
/* harmony export */   oi: () => (/* binding */ statusMarkers),
/* harmony export */   qO: () => (/* binding */ usagePartOf),
/* harmony export */   v$: () => (/* binding */ PAUSES_START)
/* harmony export */ });
/* unused harmony exports spentText, usageMarker */
/* harmony import */ var _core_usage_paused_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5793);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7712);


const PAUSES_START = '<!-- orchestrator-pauses -->';
const PAUSES_END = '<!-- /orchestrator-pauses -->';
const USAGE_MARKER = /<!-- orchestrator-usage: (SAFE|WARNING|CRITICAL) -->/;
const TITLE_PREFIX = 'Orchestrator: ';
const TITLE_JOIN = ' · ';
/** A figure in its unit: $12.40, 1,234 billable minutes, 1,500 (the quota's unit). */
function figureText(value, unit) {
    if (unit === 'dollars')
        return `$${value.toFixed(2)}`;
    const n = Number.isInteger(value) || value >= 100 ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(value) : value.toFixed(2);
    return unit === 'minutes' ? `${n} billable minutes` : n;
}
const CAP = {
    'daily-budget': 'daily budget',
    'period-budget': 'period budget'
};
const TURN = {
    'daily-budget': 'the day turns (UTC)',
    'period-budget': 'the usage period resets'
};
/** "the daily budget is spent: $12.40 of $10.00" (older records carry no figure). */
function spentText(p) {
    const of = p.figure === undefined || p.limit === undefined
        ? ''
        : `: ${figureText(p.figure, p.unit)} of ${figureText(p.limit, p.unit)}`;
    return `the ${CAP[p.reason]} is spent${of}`;
}
/** The distinct budget pauses' causes (one per cap, figure and end). */
function causes(pauses) {
    const seen = new Map();
    for (const p of pauses)
        seen.set(`${p.reason} ${p.until} ${p.figure} ${p.limit}`, p);
    return [...seen.values()];
}
function pauseRows(paused) {
    return [
        ...paused.budget.map(p => `| ${p.workflow} | \`${p.path}\` | ${CAP[p.reason]} spent | ${p.since} | ${p.until} |`),
        ...paused.failures.map(f => `| ${f.workflow} | \`${f.path}\` | ${f.runs.length} failed runs in a row (${f.runs.map(r => `#${r}`).join(', ')}) | ${f.since} | a successful run, or \`operation: resume\` |`)
    ];
}
/** The alert issue's Paused section, between its markers; only the markers when nothing is paused. */
function pausesSection(paused) {
    if (paused.budget.length + paused.failures.length === 0)
        return `${PAUSES_START}\n${PAUSES_END}`;
    const budget = causes(paused.budget).map(p => `🚨 **CRITICAL: ${spentText(p)}.** The managed workflows are paused until **${p.until}**, when ${TURN[p.reason]}: cron-driven ones are disabled, dispatched ones are not dispatched. \`operation: resume\` resumes them sooner.`);
    return [
        PAUSES_START,
        '### ⏸️ Paused',
        '',
        ...budget.flatMap(line => [line, '']),
        '| Workflow | File | Why | Since | Until |',
        '|---|---|---|---|---|',
        ...pauseRows(paused),
        PAUSES_END
    ].join('\n');
}
/** The alert title's usage part: "usage WARNING — 93.0% used, 1,400 of 1,500 projected". */
function usageTitle(u) {
    return `usage ${u.status} — ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .decimal */ ._)(u.usagePercent)}% used, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(u.projected)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(u.quota)} projected`;
}
/** The alert title's pause part; empty when nothing is paused. */
function pauseTitle(paused) {
    const budget = paused.budget[0];
    if (budget)
        return `⏸️ CRITICAL — ${spentText(budget).replace(/^the /, '')}, managed workflows paused until ${budget.until}`;
    const ids = paused.failures.map(f => f.workflow);
    if (ids.length === 0)
        return '';
    return `⏸️ ${ids.join(', ')} paused after failed runs`;
}
/** The alert issue's title: what is paused first, then the usage. */
function alertTitle(usagePart, paused) {
    const pause = pauseTitle(paused);
    return `${TITLE_PREFIX}${pause ? `${pause}${TITLE_JOIN}` : ''}${usagePart}`;
}
/** The usage part of a title an earlier run wrote. */
function usagePartOf(title) {
    const rest = title.startsWith(TITLE_PREFIX) ? title.slice(TITLE_PREFIX.length) : title;
    return rest.split(TITLE_JOIN).at(-1) ?? rest;
}
/** The hidden marker recording the usage status (the status marker records the alert's, pauses included). */
function usageMarker(status) {
    return `<!-- orchestrator-usage: ${status} -->`;
}
/** The usage status an earlier run recorded in the body. */
function recordedUsageStatus(body) {
    return USAGE_MARKER.exec(body)?.[1];
}
/** The alert status marker and both markers' status, for a body. */
function statusMarkers(usage, paused) {
    return `<!-- orchestrator-status: ${(0,_core_usage_paused_js__WEBPACK_IMPORTED_MODULE_0__/* .alertStatus */ .hp)(usage, paused)} -->\n${usageMarker(usage)}`;
}
function group(changes) {
    const groups = new Map();
    for (const c of changes) {
        const key = `${c.change} ${c.reason} ${c.until} ${c.byHand === true}`;
        groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    return groups;
}
function changeLine(changes) {
    const first = changes[0];
    const ids = changes.map(c => c.workflow).join(', ');
    const hand = first.byHand ? 'by `operation: resume`' : undefined;
    if (first.reason === 'failures')
        return first.change === 'paused'
            ? `⏸️ Paused after failed runs in a row: ${ids} — not dispatched until a run succeeds or \`operation: resume\``
            : `▶️ Resumed ${hand ?? 'after a successful run'}: ${ids}`;
    const cap = CAP[first.reason];
    return first.change === 'paused'
        ? `⏸️ Paused until ${first.until} (the ${cap} is spent): ${ids}`
        : `▶️ Resumed ${hand ?? `(the ${cap} turned)`}: ${ids}`;
}
/** The comment a change of pauses leaves on the alert issue. */
function changeComment(changes) {
    return [...group(changes).values()].map(changeLine).join('\n');
}
/** The log lines of a change of pauses. */
function changeLines(changes) {
    return [...group(changes).values()].map(changeLine);
}
/** The `paused` output: JSON list of `{workflow, path, reason, until}`. */
function pausedOutput(paused) {
    return JSON.stringify((0,_core_usage_paused_js__WEBPACK_IMPORTED_MODULE_0__/* .pausedRows */ .IG)(paused));
}


/***/ }),

/***/ 2741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ showsCosts),
/* harmony export */   MJ: () => (/* binding */ policyText),
/* harmony export */   j2: () => (/* binding */ costPerRunText),
/* harmony export */   qR: () => (/* binding */ backgroundText)
/* harmony export */ });
/* unused harmony export figure */
/* harmony import */ var _core_forecast_cost_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6691);
/** Words for the cost model and the policy, shared by every view (text report, job summary, JSON notes). */

/** Two decimals below 10, one above: 1.96 a run, 12.4 a day. */
function figure(n) {
    return Math.abs(n) < 10 ? n.toFixed(2) : n.toFixed(1);
}
/** A value and its standard error at the value's precision: 1.96 ± 0.12, 11.6 ± 1.4. */
function withError(value, error) {
    const digits = Math.abs(value) < 10 ? 2 : 1;
    return error === undefined ? figure(value) : `${value.toFixed(digits)} ± ${error.toFixed(digits)}`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function listed(costs) {
    return costs.map(c => `${c.workflow} ${withError(c.costPerRun, c.standardError)}`).join(', ');
}
/**
 * The cost per run, e.g. "1.96 ± 0.12 (learned from 14 samples, shared by 6 workflows)"; while learning, what the
 * projections assume until there is enough history.
 */
function costPerRunText(costs) {
    const declared = costs.workflows.filter(c => c.source === 'declared');
    const observed = costs.workflows.filter(c => c.source === 'observed');
    const learned = costs.workflows.filter(c => c.source === 'learned');
    const parts = [];
    if (costs.status === 'learning') {
        const assumed = costs.workflows.filter(c => c.source === 'default').length;
        parts.push(`${costs.note ?? `learning (${costs.samples} of ${_core_forecast_cost_model_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_SAMPLES */ .Pu} samples)`}`);
        if (assumed > 0)
            parts.push(`${plural(assumed, 'workflow')} without a declared cost count 1 a run`);
    }
    else if (costs.shape === 'shared' && learned[0]) {
        const c = learned[0];
        parts.push(`${withError(c.costPerRun, c.standardError)} (learned from ${costs.samples} samples, shared by ${plural(learned.length, 'workflow')})`);
    }
    else if (learned.length > 0) {
        parts.push(`learned from ${costs.samples} samples: ${listed(learned)}`);
    }
    if (observed.length > 0)
        parts.push(`observed billable minutes a run (from the jobs): ${listed(observed)}`);
    if (declared.length > 0)
        parts.push(`declared: ${listed(declared)}`);
    return parts.join('; ');
}
/**
 * The background rate, e.g. "9.8 ± 1.1 a day", or "19.6 ± 1.2 a weekday, 5.1 ± 1.9 a weekend day" once Saturdays and
 * Sundays have a rate of their own; undefined while the model is learning.
 */
function backgroundText(costs) {
    const b = costs.background;
    if (b === undefined)
        return undefined;
    if (b.weekend === undefined)
        return `${withError(b.perDay, b.standardError)} a day`;
    const weekend = withError(b.weekend.perDay, b.weekend.standardError);
    return `${withError(b.perDay, b.standardError)} a weekday, ${weekend} a weekend day`;
}
/** The policy in force, e.g. "target (95% of the quota by the reset; up to the quota as the projection firms up)". */
function policyText(report) {
    return report.name === 'target'
        ? `target (${Math.round(report.target * 100)}% of the quota by the reset; up to the quota as the projection firms up)`
        : 'thresholds (pace)';
}
/** Whether a view should show the cost model: always under the target policy, otherwise once history allows. */
function showsCosts(report) {
    return report !== undefined && (report.name === 'target' || report.costs.status === 'learned');
}


/***/ }),

/***/ 1902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ modeReasonText)
/* harmony export */ });
/* unused harmony export targetReasonText */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7712);

/** A projection as a whole percentage of the quota: 93%. */
function percent(share) {
    return `${Math.round(share * 100)}%`;
}
/** A setting as a percentage, keeping a half: 97.5%. */
function level(share) {
    return `${Number((share * 100).toFixed(1))}%`;
}
/** The target when the projection is within it; otherwise the allowance it needed. */
function within(p, r) {
    if (p.projected <= r.target * r.quota || r.tQuantile === undefined)
        return `within the ${level(r.target)} target`;
    const t = Number(r.tQuantile.toFixed(2));
    return `within the ${level(p.allowed)} allowed (the quota less ${t} standard errors of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(p.standardError)})`;
}
function keptText(p, r) {
    const why = p.hold === r.halfway
        ? `halfway from the ${level(r.target)} target to the quota`
        : `the quota less half its standard error of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(p.standardError)}`;
    return `, kept as the mode in force (under ${level(p.hold)}, ${why})`;
}
function noneFits(head, r) {
    if (r.projections.every(p => p.allowed === r.target))
        return `${head}: no mode stays within the ${level(r.target)} target`;
    const allowed = r.projections.map(p => `${p.mode} ${level(p.allowed)}`).join(', ');
    return `${head}: no mode stays within what it is allowed (${allowed})`;
}
/**
 * The target policy's choice, e.g. "normal: projects 1,402 of 1,500 (93%); aggressive would project 1,688 (113%)":
 * the mode's projection, why it won, and what the next more productive mode would have projected.
 */
function targetReasonText(r) {
    const index = r.projections.findIndex(p => p.mode === r.mode);
    const chosen = r.projections[index];
    const of = r.budgeted ? `the ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(r.quota)} period budget` : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(r.quota);
    const head = `${chosen.mode}: projects ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(chosen.projected)} of ${of} (${percent(chosen.share)})`;
    if (r.fit === 'none')
        return noneFits(head, r);
    const why = r.fit === 'kept' ? keptText(chosen, r) : '';
    const better = r.projections[index - 1];
    if (!better)
        return `${head}${why || `, ${within(chosen, r)}`}`;
    const over = better.allowed === r.target ? '' : `, over the ${level(better.allowed)} allowed`;
    return `${head}${why}; ${better.mode} would project ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(better.projected)} (${percent(better.share)})${over}`;
}
/** Why the mode is what it is, e.g. "pace 0.76 is within 0.7–1.3" or "forced to aggressive". */
function modeReasonText(reason) {
    switch (reason.rule) {
        case 'forced':
            return `forced to ${reason.mode}`;
        case 'projection-above-quota':
            return `projected ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(reason.projected)} exceeds the quota of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(reason.quota)}`;
        case 'pace-above':
            return `pace ${reason.pace.toFixed(2)} is above ${reason.threshold}`;
        case 'pace-below':
            return `pace ${reason.pace.toFixed(2)} is below ${reason.threshold}: quota to spare`;
        case 'pace-within':
            return `pace ${reason.pace.toFixed(2)} is within ${reason.low}–${reason.high}`;
        case 'target':
            return targetReasonText(reason);
        case 'target-learning':
            return `${reason.note}: the thresholds choose ${reason.mode} (${modeReasonText(reason.thresholds)})`;
    }
}


/***/ }),

/***/ 1236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ usageSourceText)
/* harmony export */ });
const NAMES = {
    'premium-requests': 'premium requests',
    'ai-credits': 'AI credits',
    'actions-minutes': 'Actions minutes'
};
/**
 * Where a billing source's figure comes from, in words: "premium requests of user:octocat from the billing report,
 * newest usage 2025-11-12 02:24 UTC"; undefined for a figure given or taken from the state.
 */
function usageSourceText(reading) {
    if (!reading || reading.source === 'input' || reading.source === 'state')
        return undefined;
    const newest = reading.itemAt
        ? `newest usage ${reading.itemAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`
        : 'no usage this period';
    return `${NAMES[reading.source]} of ${reading.account ?? 'the account'} from the billing report, ${newest}`;
}


/***/ }),

/***/ 7238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ warningText)
/* harmony export */ });
/** A usage warning in words. */
function warningText(warning) {
    switch (warning.kind) {
        case 'correction':
            return (`usage sample of ${warning.at.toISOString()} (${warning.sampleUsed}) is above the current usage ` +
                `(${warning.used}); treating it as corrected and ignoring it`);
        case 'stale-sample':
            return (`the usage figure is the state's sample of ${warning.at.toISOString()}, ${warning.ageDays.toFixed(1)} days ` +
                'old — pass `used` (or a usage source) so the figures are current');
        case 'used-overrides-source':
            return (`\`used\` (${warning.used}) was given, so it wins over the usage source ${warning.source}: ` +
                'the billing report was not read');
        case 'no-usage-items':
            return (`the ${warning.source} usage of ${warning.account} has no item since ${warning.since.toISOString().slice(0, 10)}: ` +
                'used is 0 — check the billing account if usage was expected');
    }
}


/***/ })

};

//# sourceMappingURL=120.index.js.map