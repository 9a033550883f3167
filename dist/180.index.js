export const id = 180;
export const ids = [180];
export const modules = {

/***/ 1180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dispatchOperation: () => (/* binding */ dispatchOperation),
  resumeOperation: () => (/* binding */ resumeOperation)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/reports/warnings.ts
var warnings = __webpack_require__(8440);
;// CONCATENATED MODULE: ./src/reports/dispatch-report.ts
const REASON_TEXT = {
    overlap: 'a run is queued or in progress',
    'max-dispatches': 'max-dispatches reached: next tick',
    paused: 'paused after failed runs',
    budget: 'the quota is spent',
    missed: 'older than the catch-up window'
};
/** The outputs of `operation: dispatch`. */
function dispatchOutputs(facts) {
    const { report } = facts;
    const dispatched = report.dispatched.map(d => ({
        workflow: d.workflow,
        path: d.path,
        due: d.due,
        occurrences: d.occurrences,
        runId: d.runId,
        url: d.url
    }));
    return {
        mode: facts.mode,
        status: facts.usage.status,
        dispatched: JSON.stringify(dispatched),
        skipped: JSON.stringify(report.skipped),
        report: JSON.stringify({
            operation: 'dispatch',
            ...report,
            mode: facts.mode,
            paused: facts.paused
        })
    };
}
/** A line for each paused workflow: since when, and the failed runs that paused it. */
function pauseLines(paused) {
    return Object.entries(paused).map(([id, p]) => `⏸️ ${id} is paused since ${p.since} after ${p.runs.length} failed runs in a row (${p.runs.map(r => `#${r}`).join(', ')}) — a successful run, or operation: resume with workflows: ${id}, resumes it`);
}
/** The log: one line per dispatch, skip and failure. */
function dispatchLogLines(facts) {
    const { report } = facts;
    const would = facts.dryRun ? ' (dry run: would be)' : '';
    const interval = `(${report.from ?? 'catch-up window'}, ${report.to}]`;
    if (report.dispatched.length + report.skipped.length + report.failed.length === 0)
        return [`nothing due in ${interval}`];
    return [
        `tick ${interval}, mode ${facts.mode}`,
        ...report.dispatched.map(d => `dispatched${would} ${d.workflow} (${d.path}) for ${d.due} (${d.occurrences} occurrence${d.occurrences === 1 ? '' : 's'})${d.runId === null ? '' : `: run ${d.runId}${d.found ? ', found already made' : ''}`}`),
        ...report.skipped.map(s => `skipped ${s.workflow} due ${s.due}: ${REASON_TEXT[s.reason]}`),
        ...report.failed.map(f => `not dispatched ${f.workflow}${f.retried ? ' (next tick tries again)' : ''}: ${f.error}`)
    ];
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** The job summary of a tick. */
function dispatchSummary(facts) {
    const { report } = facts;
    const lines = [
        `## Dispatch tick${facts.dryRun ? ' (dry run)' : ''}`,
        '',
        `Interval (${report.from ?? 'catch-up window'}, ${report.to}], mode **${facts.mode}**, status **${facts.usage.status}**.`,
        ''
    ];
    const rows = [
        ...report.dispatched.map(d => `| ${d.workflow} | ${d.due} | dispatched${d.runId === null ? '' : ` ([run ${d.runId}](${d.url ?? ''}))`} | ${d.occurrences} |`),
        ...report.skipped.map(s => `| ${s.workflow} | ${s.due} | skipped: ${REASON_TEXT[s.reason]} | |`),
        ...report.failed.map(f => `| ${f.workflow} | ${f.due} | not dispatched: ${cell(f.error)} | |`)
    ];
    if (rows.length === 0)
        lines.push('Nothing was due.');
    else
        lines.push('| Workflow | Due | What happened | Occurrences |', '|---|---|---|---|', ...rows);
    const pauses = pauseLines(facts.paused);
    if (pauses.length > 0)
        lines.push('', '### Paused', '', ...pauses.map(p => `- ${p}`));
    lines.push('', `GitHub API requests: ${facts.requests}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/dispatch/dispatch-config.ts
var dispatch_config = __webpack_require__(6479);
;// CONCATENATED MODULE: ./src/core/dispatch/tick-claim.ts
/** Whether deciding the workflow needs its recent runs (to see a run in flight, or a streak of failures). */
function needsRuns(workflow, rules) {
    if (rules.budgetSpent)
        return false;
    return rules.pauseAfterFailures > 0 || workflow.dispatch?.overlap !== 'allow';
}
/** Whether the runs say the workflow is paused under the rules. */
function isPaused(facts, rules) {
    return rules.pauseAfterFailures > 0 && (facts?.failures ?? 0) >= rules.pauseAfterFailures;
}
/** One candidate's fate: the budget, a pause, a run in flight, then the dispatches left in this tick. */
function decide(candidate, facts, context) {
    if (context.budgetSpent)
        return { status: 'skipped', reason: 'budget' };
    if (context.slotsLeft <= 0)
        return { status: 'deferred', reason: 'max-dispatches' };
    if (isPaused(facts, context))
        return { status: 'skipped', reason: 'paused' };
    const overlap = candidate.workflow.dispatch?.overlap ?? 'skip';
    if (overlap === 'skip' && facts?.inFlight)
        return { status: 'skipped', reason: 'overlap' };
    return { status: 'claimed' };
}
const MISSED_LISTED = 20;
const iso = (dates) => dates.map(d => d.toISOString());
function item(candidate, status, extra = {}) {
    const { workflow, occurrences } = candidate;
    return {
        workflow: workflow.id,
        path: workflow.path,
        occurrences: iso(occurrences),
        status,
        ...extra
    };
}
function missedItem(candidate) {
    const listed = candidate.occurrences.slice(-MISSED_LISTED);
    const count = candidate.occurrences.length;
    const extra = count > listed.length ? { count } : {};
    return item({ ...candidate, occurrences: listed }, 'skipped', { reason: 'missed', ...extra });
}
/** The tick's record: dead claims it finishes, each candidate as decided, the missed occurrences. */
function tickRecord(ctx, plan, decisions) {
    const now = ctx.now.toISOString();
    const recovering = plan.recoveries.map(r => item(r, 'claimed', { recoverSince: r.since }));
    const decided = plan.candidates.map((c, i) => {
        const d = decisions[i] ?? { status: 'deferred', reason: 'max-dispatches' };
        return d.status === 'claimed' ? item(c, 'claimed') : item(c, d.status, { reason: d.reason });
    });
    return {
        from: plan.from?.toISOString() ?? null,
        to: now,
        claimedAt: now,
        by: ctx.by,
        workflows: [...recovering, ...decided, ...plan.missed.map(missedItem)]
    };
}
/** The dispatch state with the tick's claim: the items it took marked, its record added. */
function withClaim(dispatch, taken, record) {
    const ticks = dispatch.ticks.map((tick, t) => ({
        ...tick,
        workflows: tick.workflows.map((w, i) => {
            if (!taken.some(ref => ref.tick === t && ref.item === i))
                return w;
            const status = w.status === 'claimed' ? 'taken-over' : 'carried';
            return { ...w, status };
        })
    }));
    return { ...dispatch, ticks: [...ticks, record] };
}
/** The dispatch state with the outcomes (by item index) written into this tick's record; items no longer claimed stay. */
function withOutcomes(dispatch, by, outcomes) {
    const ticks = dispatch.ticks.map(tick => {
        if (tick.by !== by)
            return tick;
        const workflows = tick.workflows.map((w, i) => {
            const outcome = outcomes.get(i);
            return outcome && w.status === 'claimed' ? { ...w, ...outcome } : w;
        });
        return { ...tick, workflows };
    });
    return { ...dispatch, ticks };
}

;// CONCATENATED MODULE: ./src/core/dispatch/pauses.ts
/**
 * Pauses of dispatched workflows (DESIGN §12): set when a workflow's latest completed runs failed
 * `pause-after-failures` times in a row, cleared when a success ends the streak or a person resumes it.
 */

/** The pauses after this tick read some workflows' runs (id → facts); workflows it did not read stay as they were. */
function withPauses(dispatch, facts, rules, now) {
    const paused = { ...dispatch.paused };
    for (const [id, f] of facts) {
        if (!isPaused(f, rules))
            delete paused[id];
        else
            paused[id] = { since: paused[id]?.since ?? now.toISOString(), runs: f.failedRuns };
    }
    return { ...dispatch, paused };
}
/** The workflows resumed by a person now: unpaused, their earlier failed runs no longer counted. */
function withResumed(dispatch, ids, now) {
    const paused = { ...dispatch.paused };
    const resumed = { ...dispatch.resumed };
    for (const id of ids) {
        delete paused[id];
        resumed[id] = now.toISOString();
    }
    return { ...dispatch, paused, resumed };
}
/** Workflows newly paused by this tick, for the alert: paused now, not before. */
function newlyPaused(before, after) {
    return Object.keys(after.paused).filter(id => before.paused[id] === undefined);
}

;// CONCATENATED MODULE: ./src/core/dispatch/tick-report.ts
const due = (item) => item.occurrences.at(-1) ?? '';
const base = (item) => ({ workflow: item.workflow, path: item.path, due: due(item) });
function dispatched(item) {
    return {
        ...base(item),
        occurrences: item.count ?? item.occurrences.length,
        runId: item.runId ?? null,
        url: item.url ?? null,
        ...(item.found ? { found: true } : {})
    };
}
/** The tick's record read as what was dispatched, skipped (with the reason) and failed. */
function tickReport(record) {
    const items = record.workflows;
    return {
        from: record.from,
        to: record.to,
        dispatched: items.filter(i => i.status === 'dispatched').map(dispatched),
        skipped: items.flatMap(i => (i.status === 'skipped' || i.status === 'deferred') && i.reason
            ? [{ ...base(i), reason: i.reason }]
            : []),
        failed: items.flatMap(i => i.status === 'failed' || (i.status === 'deferred' && i.error)
            ? [{ ...base(i), error: i.error ?? '', retried: i.status === 'deferred' }]
            : [])
    };
}
/** A tick with nothing due: nothing dispatched, skipped or failed. */
function emptyReport(now, from) {
    return { from, to: now.toISOString(), dispatched: [], skipped: [], failed: [] };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
;// CONCATENATED MODULE: ./src/core/dispatch/tick-state.ts
/**
 * What the dispatch ticks keep in the state (DESIGN §12), under its `dispatch` key: each tick's claim — the interval
 * `(from, to]`, when and by whom it was claimed, and what it planned per workflow — then what came of it; which
 * workflows are paused, and when a person resumed them. Claims are written with the state's version before anything
 * is dispatched, so two ticks never both own an occurrence.
 */

/** Tick records kept besides the unfinished ones and the latest. */
const KEPT_TICKS = 50;
const KEPT_MS = 2 * 86_400_000;
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
function tickProblems(tick, where) {
    if (!isRecord(tick))
        return [`${where} must be an object`];
    const problems = ['to', 'claimedAt']
        .filter(key => !isTime(tick[key]))
        .map(key => `${where}.${key} must be an ISO 8601 time, got ${JSON.stringify(tick[key])}`);
    if (tick.from !== null && !isTime(tick.from))
        problems.push(`${where}.from must be a time or null`);
    if (typeof tick.by !== 'string')
        problems.push(`${where}.by must be a string`);
    const items = tick.workflows;
    if (!Array.isArray(items))
        return [...problems, `${where}.workflows must be an array`];
    items.forEach((item, i) => {
        if (!isRecord(item) || typeof item.workflow !== 'string' || !Array.isArray(item.occurrences))
            problems.push(`${where}.workflows[${i}] must be {workflow, path, occurrences, status}`);
    });
    return problems;
}
/** The dispatch part of a state; an empty one when no tick ran yet. Throws a ValidationError naming a bad record. */
function readDispatchState(state, name) {
    const raw = state.dispatch;
    if (raw === undefined)
        return { ticks: [], paused: {}, resumed: {} };
    const where = `${name}: dispatch`;
    if (!isRecord(raw) || !Array.isArray(raw.ticks))
        throw new errors/* ValidationError */.yI([`${where} must be {ticks: [...]}`], 'Invalid state file');
    const problems = raw.ticks.flatMap((t, i) => tickProblems(t, `${where}.ticks[${i}]`));
    if (problems.length > 0)
        throw new errors/* ValidationError */.yI(problems, 'Invalid state file');
    return {
        ticks: raw.ticks,
        paused: isRecord(raw.paused) ? raw.paused : {},
        resumed: isRecord(raw.resumed) ? raw.resumed : {}
    };
}
/** The state with this dispatch part, its tick records bounded (see boundTicks). */
function withDispatchState(state, dispatch, now) {
    return { ...state, dispatch: { ...dispatch, ticks: boundTicks(dispatch.ticks, now) } };
}
const tick_state_open = (tick) => tick.workflows.some(w => w.status === 'claimed' || w.status === 'deferred');
/**
 * Keeps the state small: the latest tick (its end is where the next interval starts), every tick with a claim or a
 * deferral still open, and of the rest the newest KEPT_TICKS of the last two days.
 */
function boundTicks(ticks, now) {
    const latest = lastTick(ticks);
    const recent = ticks
        .filter(t => t !== latest && !tick_state_open(t) && now.getTime() - Date.parse(t.to) <= KEPT_MS)
        .slice(-KEPT_TICKS);
    return ticks.filter(t => t === latest || tick_state_open(t) || recent.includes(t));
}
/** The tick whose interval ends last. */
function lastTick(ticks) {
    return ticks.reduce((latest, t) => (!latest || Date.parse(t.to) > Date.parse(latest.to) ? t : latest), undefined);
}
/** Every run id a tick recorded: a run found while recovering is never one already accounted for. */
function knownRunIds(dispatch) {
    return new Set(dispatch.ticks.flatMap(t => t.workflows.flatMap(w => (w.runId === undefined ? [] : [w.runId]))));
}

// EXTERNAL MODULE: ./src/core/usage/budgets.ts
var budgets = __webpack_require__(4303);
// EXTERNAL MODULE: ./src/core/cron/occurrences.ts
var occurrences = __webpack_require__(6452);
;// CONCATENATED MODULE: ./src/core/dispatch/due.ts
/**
 * Which occurrences of a dispatched workflow's crons a tick must act on (DESIGN §12): those in (last tick, now], or in
 * the catch-up window (now − catch-up, now] when the last tick is older (the ones before it were missed). The first
 * tick, with no last tick, takes the catch-up window. Crons run in their own `timezone`, clock changes included.
 */

/** How far before the catch-up window missed occurrences are still listed (older ones are not counted). */
const MISSED_LOOKBACK_MS = 7 * 86_400_000;
/** The instants in (after, until], each once (two entries firing together start one dispatch). */
function between(entries, after, until) {
    if (!(after < until))
        return [];
    const found = (0,occurrences/* occurrencesBetween */.xl)(entries, new Date(after + 1), new Date(until + 1));
    return [...new Set(found.map(d => d.getTime()))].map(t => new Date(t));
}
/** The due and missed occurrences of the entries for a tick at `now` whose last tick ended at `last`. */
function dueOccurrences(entries, tick) {
    const now = tick.now.getTime();
    const windowStart = now - tick.catchUpMs;
    if (tick.last === undefined)
        return { due: between(entries, windowStart, now), missed: [] };
    const last = tick.last.getTime();
    const due = between(entries, Math.max(last, windowStart), now);
    const missedFrom = Math.max(last, windowStart - MISSED_LOOKBACK_MS);
    return { due, missed: between(entries, missedFrom, windowStart) };
}
/** Whether an occurrence is still inside a workflow's catch-up window at `now`. */
function insideCatchUp(occurrence, now, catchUpMs) {
    return occurrence.getTime() > now.getTime() - catchUpMs;
}

;// CONCATENATED MODULE: ./src/core/dispatch/tick-plan.ts


/** A claim older than this, never recorded, is a dead tick's: the next tick finishes it. */
const LEASE_MS = 5 * 60_000;
/** A tick starts no dispatch this long after its claim, so a live tick's claim never reaches the lease. */
const DISPATCH_DEADLINE_MS = 2 * 60_000;
const times = (item) => item.occurrences.map(o => new Date(o));
/** Items of earlier ticks with the status, each with its ref. */
function itemsWith(dispatch, keep) {
    return dispatch.ticks.flatMap((tick, t) => tick.workflows.flatMap((item, i) => keep(item, Date.parse(tick.claimedAt)) ? [{ item, ref: { tick: t, item: i }, tick }] : []));
}
function recoveries(ctx, byId) {
    const now = ctx.now.getTime();
    const dead = itemsWith(ctx.dispatch, (item, claimedAt) => item.status === 'claimed' && now - claimedAt >= LEASE_MS).filter(found => found.tick.by !== ctx.by);
    const list = dead.flatMap(({ item, tick }) => {
        const workflow = byId.get(item.workflow);
        const since = item.recoverSince ?? tick.claimedAt;
        return workflow ? [{ workflow, occurrences: times(item), since }] : [];
    });
    return { list, refs: dead.map(found => found.ref) };
}
/** Adds occurrences to a workflow's list, keeping it sorted and each instant once. */
function add(lists, workflow, more) {
    if (more.length === 0)
        return;
    const known = lists.get(workflow.id)?.occurrences ?? [];
    const all = [...new Set([...known, ...more].map(d => d.getTime()))].sort((a, b) => a - b);
    lists.set(workflow.id, { workflow, occurrences: all.map(t => new Date(t)) });
}
/** Deferred occurrences still inside their catch-up window become due again; older ones are missed. */
function carried(ctx, byId, due, missed) {
    const deferred = itemsWith(ctx.dispatch, item => item.status === 'deferred');
    for (const { item } of deferred) {
        const workflow = byId.get(item.workflow);
        if (!workflow?.dispatch)
            continue;
        const catchUp = workflow.dispatch.catchUpMs;
        add(due, workflow, times(item).filter(o => insideCatchUp(o, ctx.now, catchUp)));
        add(missed, workflow, times(item).filter(o => !insideCatchUp(o, ctx.now, catchUp)));
    }
    return deferred.map(found => found.ref);
}
const oldestFirst = (a, b) => (a.occurrences[0]?.getTime() ?? 0) - (b.occurrences[0]?.getTime() ?? 0) ||
    a.workflow.id.localeCompare(b.workflow.id);
/** What a tick at `now` must do: finish dead claims, carry deferrals, take what fell due since the last tick. */
function planTick(ctx) {
    const byId = new Map(ctx.workflows.map(w => [w.id, w]));
    const last = lastTick(ctx.dispatch.ticks);
    const from = last ? new Date(last.to) : undefined;
    const due = new Map();
    const missed = new Map();
    const dead = recoveries(ctx, byId);
    const deferred = carried(ctx, byId, due, missed);
    for (const workflow of ctx.workflows) {
        const entries = workflow.schedules[ctx.mode];
        const catchUpMs = workflow.dispatch?.catchUpMs ?? 0;
        const found = dueOccurrences(entries, { last: from, now: ctx.now, catchUpMs });
        add(due, workflow, found.due);
        add(missed, workflow, found.missed);
    }
    return {
        from,
        candidates: [...due.values()].sort(oldestFirst),
        recoveries: dead.list,
        missed: [...missed.values()].sort(oldestFirst),
        taken: [...dead.refs, ...deferred]
    };
}
/** Whether the plan asks for anything to be written: no tick record is made for a tick with nothing to do. */
function hasWork(plan) {
    return (plan.candidates.length + plan.recoveries.length + plan.missed.length + plan.taken.length > 0);
}

// EXTERNAL MODULE: ./src/core/state/state.ts
var state_state = __webpack_require__(2818);
// EXTERNAL MODULE: ./src/ports/errors.ts
var ports_errors = __webpack_require__(2055);
// EXTERNAL MODULE: ./src/use-cases/state-store.ts
var state_store = __webpack_require__(4648);
// EXTERNAL MODULE: ./src/use-cases/apply-schedules/git-blob.ts
var git_blob = __webpack_require__(1893);
;// CONCATENATED MODULE: ./src/core/dispatch/run-facts.ts
const IN_FLIGHT = new Set(['queued', 'in_progress', 'waiting', 'requested', 'pending']);
const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);
/** The facts of a workflow's latest runs (any order); `resumedAt` drops runs created before it from the streak. */
function runFacts(runs, resumedAt) {
    const inFlight = runs.some(r => r.status !== null && IN_FLIGHT.has(r.status));
    const since = resumedAt === undefined ? -Infinity : Date.parse(resumedAt);
    const completed = runs
        .filter(r => r.status === 'completed' && Date.parse(r.createdAt) >= since)
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
    const failedRuns = [];
    for (const run of completed) {
        if (run.conclusion === 'success')
            break;
        if (run.conclusion !== null && FAILED.has(run.conclusion))
            failedRuns.push(run.id);
    }
    return { inFlight, failures: failedRuns.length, failedRuns };
}
/** How many recent runs to read: enough for the streak that pauses, and for a run in flight among them. */
function runsToRead(pauseAfterFailures) {
    return Math.min(100, Math.max(10, pauseAfterFailures * 2 + 5));
}

;// CONCATENATED MODULE: ./src/use-cases/dispatch-workflows/run-lookup.ts
/**
 * The two questions a tick asks of a workflow's runs, each one small request: its latest runs (a run in flight, a
 * streak of failures), and the `workflow_dispatch` run created since a time that no tick has accounted for (a dispatch
 * that happened although its answer was lost, or a dead tick's).
 */

const EVER = '2000-01-01T00:00:00Z';
/** Runner and GitHub clocks may differ by this much; a run created this long before a claim may still be its. */
const CLOCK_SKEW_MS = 60_000;
const later = (now) => new Date(now.getTime() + 86_400_000).toISOString();
/** The workflow's latest runs and what they say; the runs are returned too, as runs that predate this tick. */
async function readRunFacts(runs, path, context) {
    const listed = await runs.listRuns(path, {
        from: EVER,
        to: later(context.now),
        page: 1,
        perPage: runsToRead(context.pauseAfterFailures)
    });
    return { facts: runFacts(listed.items, context.resumedAt), seen: listed.items };
}
/**
 * The oldest `workflow_dispatch` run of the workflow created from `since` (less the clock skew) whose id is not in
 * `known`; undefined when there is none. The id found is added to `known`, so no run is claimed twice.
 */
async function findDispatchedRun(runs, path, context) {
    const from = new Date(Date.parse(context.since) - CLOCK_SKEW_MS).toISOString();
    const listed = await runs.listRuns(path, {
        from,
        to: later(context.now),
        page: 1,
        perPage: 20,
        event: 'workflow_dispatch'
    });
    const found = listed.items
        .filter(r => !context.known.has(r.id))
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id)[0];
    if (found)
        context.known.add(found.id);
    return found;
}

;// CONCATENATED MODULE: ./src/use-cases/dispatch-workflows/claim.ts
/**
 * Claiming a tick's interval (DESIGN §12 Exactly once): the plan is decided — each candidate's recent runs read once —
 * and written into the state with the version it was read at. A tick that loses the race (StaleFileError) reads the
 * winner's state and plans again from the winner's claim, so it never takes an occurrence the winner claimed.
 */









const CLAIM_ATTEMPTS = 6;
async function factsOf(input, dispatch, id, path) {
    const known = input.facts.get(id);
    if (known)
        return known;
    const read = await readRunFacts(input.runs, path, {
        now: input.context.now,
        pauseAfterFailures: input.rules.pauseAfterFailures,
        resumedAt: dispatch.resumed[id]
    });
    read.seen.forEach((r) => input.seen.add(r.id));
    input.facts.set(id, read.facts);
    return read.facts;
}
/** Each candidate decided oldest first; runs are read only for the candidates that may still be dispatched. */
async function decideAll(input, dispatch, plan) {
    const decisions = [];
    let slotsLeft = input.rules.maxDispatches;
    for (const candidate of plan.candidates) {
        const { id, path } = candidate.workflow;
        const read = slotsLeft > 0 && needsRuns(candidate.workflow, input.rules);
        const facts = read ? await factsOf(input, dispatch, id, path) : undefined;
        const decision = decide(candidate, facts, { ...input.rules, slotsLeft });
        if (decision.status === 'claimed')
            slotsLeft -= 1;
        decisions.push(decision);
    }
    return decisions;
}
/** The state with this tick's claim, from the state as read; undefined when the tick has nothing to do. */
async function planClaim(input, loaded, name) {
    const dispatch = readDispatchState(loaded.state, name);
    const own = dispatch.ticks.find(t => t.by === input.context.by);
    // An earlier attempt's write was applied although its answer was lost: the claim is ours already.
    if (own)
        return { state: loaded.state, record: own, before: dispatch, written: true };
    const context = { ...input.context, dispatch };
    const plan = planTick(context);
    if (!hasWork(plan))
        return undefined;
    const record = tickRecord(context, plan, await decideAll(input, dispatch, plan));
    const claimed = withClaim(dispatch, plan.taken, record);
    const next = withPauses(claimed, input.facts, input.rules, input.context.now);
    const state = withDispatchState(loaded.state, next, input.context.now);
    return { state, record, before: dispatch, written: false };
}
/** Claims the tick's work in the state; undefined when there is nothing to do (nothing is written then). */
async function claimTick(storage, name, first, input) {
    let loaded = first;
    for (let attempt = 1;; attempt++) {
        const planned = await planClaim(input, loaded, name);
        if (!planned)
            return undefined;
        const text = (0,state_state/* serializeState */.sU)(planned.state);
        const claim = { ...planned, version: (0,git_blob/* gitBlobSha */.A)(text) };
        if (planned.written)
            return { ...claim, version: loaded.version ?? claim.version };
        if (input.dryRun)
            return claim;
        try {
            await storage.write(text, loaded.version, `orchestrator: claim dispatch tick ${planned.record.to}`);
            return claim;
        }
        catch (error) {
            if (!(error instanceof ports_errors/* StaleFileError */.A4) || attempt >= CLAIM_ATTEMPTS)
                throw error;
            loaded = await (0,state_store/* loadState */.C7)(storage, name);
        }
    }
}

;// CONCATENATED MODULE: ./src/use-cases/dispatch-workflows/deliver.ts
/**
 * Dispatching what a tick claimed (DESIGN §12): a dead tick's claim is looked for among the runs first; a dispatch
 * that fails is looked for before it is tried again (GitHub may have applied it and answered with an error), so no
 * occurrence runs twice. A refusal is final; a failure that persists leaves the occurrences to the next tick.
 */





const ATTEMPTS = 3;
const isFinal = (error) => error instanceof ports_errors/* PermissionError */.i_ ||
    error instanceof ports_errors/* NotFoundError */.m_ ||
    error instanceof ports_errors/* RefusedError */.fk;
const found = (runId) => ({ status: 'dispatched', runId, found: true });
/** One dispatch, looked for after each failed attempt before the next. */
async function dispatchOnce(item, workflow, ctx) {
    let last;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        try {
            const inputs = workflow.dispatch?.inputs ?? {};
            const run = await ctx.control.dispatch(item.path, {
                ref: ctx.ref,
                ...(Object.keys(inputs).length > 0 ? { inputs } : {})
            });
            if (run.runId !== undefined)
                ctx.known.add(run.runId);
            return {
                status: 'dispatched',
                ...(run.runId === undefined ? {} : { runId: run.runId }),
                ...(run.url ? { url: run.url } : {})
            };
        }
        catch (error) {
            if (isFinal(error))
                return { status: 'failed', error: (0,errors/* errorMessage */.gJ)(error) };
            last = error;
            const known = new Set([...ctx.known, ...ctx.seen]);
            const made = await findDispatchedRun(ctx.runs, item.path, {
                ...ctx,
                known,
                since: ctx.claimedAt
            });
            if (made) {
                ctx.known.add(made.id);
                return found(made.id);
            }
        }
    }
    return { status: 'deferred', error: (0,errors/* errorMessage */.gJ)(last) };
}
/** A dead tick's claim: its run if it was made; else dispatched now, or missed when out of its catch-up window. */
async function recover(item, workflow, ctx) {
    const made = await findDispatchedRun(ctx.runs, item.path, { ...ctx, since: item.recoverSince });
    if (made)
        return found(made.id);
    const latest = new Date(item.occurrences.at(-1) ?? item.recoverSince);
    if (!insideCatchUp(latest, ctx.now, workflow.dispatch?.catchUpMs ?? 0))
        return { status: 'skipped', reason: 'missed' };
    return dispatchOnce(item, workflow, ctx);
}
/** What came of one claimed item. Past the deadline nothing is dispatched: the item waits for the next tick. */
async function deliver(item, workflow, ctx) {
    if (ctx.dryRun)
        return { status: 'dispatched' };
    if (ctx.elapsedMs() > DISPATCH_DEADLINE_MS)
        return { status: 'deferred', error: 'the tick ran out of time before this dispatch' };
    const since = item.recoverSince;
    if (since !== undefined)
        return recover({ ...item, recoverSince: since }, workflow, ctx);
    return dispatchOnce(item, workflow, ctx);
}

// EXTERNAL MODULE: ./src/core/schedule/config.ts + 2 modules
var schedule_config = __webpack_require__(2368);
// EXTERNAL MODULE: ./src/core/schedule/plan.ts + 1 modules
var plan = __webpack_require__(6841);
// EXTERNAL MODULE: ./src/ports/workflow-files.ts
var workflow_files = __webpack_require__(7751);
// EXTERNAL MODULE: ./src/use-cases/apply-schedules/apply-schedules.ts + 4 modules
var apply_schedules = __webpack_require__(1965);
// EXTERNAL MODULE: ./src/use-cases/assess-usage.ts
var assess_usage = __webpack_require__(6393);
// EXTERNAL MODULE: ./src/use-cases/read-usage.ts
var read_usage = __webpack_require__(1144);
;// CONCATENATED MODULE: ./src/use-cases/dispatch-workflows/read-tick.ts
/**
 * What a dispatch tick reads before it decides anything (DESIGN §12): the base branch, the state, the config and the
 * `via: dispatch` workflows' files (checked as the schedule run checks them), and the usage — the state's samples or
 * the live usage source, assessed by the assess-usage use case — whose mode says which crons are in force.
 */








/**
 * The config and its `via: dispatch` workflows; their files are read (one batch) and checked with the config. A file
 * that still has its schedule runs by its own crons until the schedule pull request removes them: not dispatched.
 */
async function readDispatchConfig(source, path) {
    const text = await source.readText(path);
    if (text === undefined)
        throw new errors/* ValidationError */.yI([`${path} not found — add the orchestrator config there, or point the config setting at it`], 'Missing orchestrator config');
    const { config, problems } = (0,schedule_config/* readConfig */.Xg)(text, path);
    const workflows = config.workflows.filter(w => w.via === 'dispatch');
    const texts = await Promise.all(workflows.map(w => source.readText(w.path)));
    const files = new Map(workflows.map((w, i) => [w.path, texts[i]]));
    // Throws with the config's problems and the files' together.
    const current = (0,plan/* readCurrentWorkflows */.Qv)({ ...config, workflows }, files, problems);
    const scheduled = (w) => (current.get(w.id)?.from.length ?? 0) > 0;
    return {
        config,
        workflows: workflows.filter(w => !scheduled(w)),
        scheduled: workflows.filter(scheduled)
    };
}
async function assess(ports, settings, read, now) {
    const { source, account } = settings.billing;
    const live = await (0,read_usage/* liveUsageFor */.zj)(ports.billing, {
        source,
        account,
        used: settings.usage.used,
        resetDay: settings.usage.resetDay,
        owner: read.owner,
        now,
        cached: read.loaded.state.billing
    });
    return (0,assess_usage/* assessUsageNow */.S7)({
        usage: settings.usage,
        thresholds: read.config.thresholds,
        state: read.loaded.state,
        now,
        usedName: "input 'used'",
        usageSource: source,
        live
    }).usage;
}
/** Reads the tick's inputs; a config or workflow problem, or a missing state branch, stops it before any write. */
async function readTick(ports, settings, now, progress) {
    const where = await progress.phase('Read the repository', () => (0,apply_schedules/* resolveBase */.g)(ports, settings));
    const storage = ports.stateStorage(where.baseHead);
    if (!storage)
        throw new errors/* ValidationError */.yI([
            "operation 'dispatch' claims its interval in the state, but input 'state-branch' is empty — name the state branch"
        ]);
    const loaded = await progress.phase('Read the state', () => (0,state_store/* loadState */.C7)(storage, ports.stateName));
    const { config, workflows, scheduled } = await progress.phase('Read the config', () => readDispatchConfig((0,workflow_files/* textSourceAt */.q)(ports, where.baseHead), settings.config));
    const usage = await progress.phase('Assess the usage', () => assess(ports, settings, { loaded, config, owner: where.owner }, now));
    for (const w of scheduled)
        progress.info(`${w.id} still runs by its own crons on ${where.base} (${w.path} has a schedule): not dispatched until the schedule pull request moves it to the tick`);
    return { base: where.base, storage, loaded, config, workflows, scheduled, usage };
}

;// CONCATENATED MODULE: ./src/use-cases/dispatch-workflows/record.ts
/**
 * Recording what came of a tick's dispatches (DESIGN §12): the run ids go into the tick's own record, written with
 * the version the claim left; when another run wrote in between, the newer state is read and the outcomes are put
 * into it (only items still claimed change), so nothing the other run wrote is lost.
 */





const RECORD_ATTEMPTS = 6;
/** The tick's record with the outcomes in it, as written. */
async function recordOutcomes(storage, name, claim, outcomes) {
    let current = { state: claim.state, version: claim.version };
    for (let attempt = 1;; attempt++) {
        const dispatch = withOutcomes(readDispatchState(current.state, name), claim.by, outcomes);
        const state = withDispatchState(current.state, dispatch, claim.now);
        const record = dispatch.ticks.find(t => t.by === claim.by);
        if ((0,state_state/* serializeState */.sU)(state) === (0,state_state/* serializeState */.sU)(current.state))
            return record;
        try {
            await storage.write((0,state_state/* serializeState */.sU)(state), current.version, `orchestrator: record dispatch tick ${claim.now.toISOString()}`);
            return record;
        }
        catch (error) {
            if (!(error instanceof ports_errors/* StaleFileError */.A4) || attempt >= RECORD_ATTEMPTS)
                throw error;
            current = await (0,state_store/* loadState */.C7)(storage, name);
        }
    }
}

;// CONCATENATED MODULE: ./src/use-cases/dispatch-workflows/dispatch-workflows.ts
/**
 * `operation: dispatch` (DESIGN §12): one tick of the orchestrator that starts `via: dispatch` workflows itself. It
 * reads the config, the state and the usage; claims what fell due since the last tick (the mode in force choosing the
 * crons) with a version-guarded write; dispatches each claimed workflow once, coalescing its occurrences; records the
 * run ids. A tick that finds nothing due writes nothing.
 */










/** Dispatches each claimed item in the record's order and says what came of it (item index → outcome). */
async function deliverAll(ports, inputs, claim, context) {
    const byId = new Map(inputs.workflows.map(w => [w.id, w]));
    const known = knownRunIds(readDispatchState(claim.state, ''));
    const ctx = {
        runs: ports,
        control: ports,
        ref: inputs.base,
        now: context.now,
        claimedAt: claim.record.claimedAt,
        known,
        seen: context.seen,
        elapsedMs: context.tick.elapsedMs,
        dryRun: context.dryRun
    };
    const outcomes = new Map();
    for (const [index, item] of claim.record.workflows.entries()) {
        const workflow = byId.get(item.workflow);
        if (item.status !== 'claimed' || !workflow)
            continue;
        outcomes.set(index, await deliver(item, workflow, ctx));
    }
    return outcomes;
}
function settled(claim, by, outcomes) {
    const dispatch = withOutcomes(readDispatchState(claim.state, ''), by, outcomes);
    return dispatch.ticks.find(t => t.by === by) ?? claim.record;
}
/** What claiming needs: the workflows, the mode in force, the rules (a spent quota is the budget), the runs port. */
function claimInputOf(inputs, settings, now, ports, by) {
    const { usage, workflows } = inputs;
    return {
        context: { workflows, mode: usage.mode, now, by },
        rules: {
            // A spent quota, or a budget cap (DESIGN §13) whose pause holds.
            budgetSpent: usage.used >= usage.quota || (0,budgets/* budgetPaused */.Qw)((0,budgets/* readPauses */.QE)(inputs.loaded.state.pauses), now),
            ...(0,dispatch_config/* dispatchLimits */.L0)(inputs.config)
        },
        runs: ports,
        facts: new Map(),
        seen: new Set(),
        dryRun: settings.dryRun
    };
}
/** A tick with nothing to do: nothing written. */
function idle(inputs, settings, now, ports) {
    const dispatch = readDispatchState(inputs.loaded.state, ports.stateName);
    return {
        mode: inputs.usage.mode,
        usage: inputs.usage,
        dryRun: settings.dryRun,
        report: emptyReport(now, lastTick(dispatch.ticks)?.to ?? null),
        paused: dispatch.paused,
        newlyPaused: [],
        requests: ports.requestCount()
    };
}
/** One tick: read, claim, dispatch, record (DESIGN §12). */
async function dispatchWorkflows(ports, settings, now, tick, progress) {
    const inputs = await readTick(ports, settings, now, progress);
    const claimInput = claimInputOf(inputs, settings, now, ports, tick.by);
    progress.info(`mode ${inputs.usage.mode}; ${inputs.workflows.length} workflows via dispatch`);
    const claim = await progress.phase('Claim the tick', () => claimTick(inputs.storage, ports.stateName, inputs.loaded, claimInput));
    if (!claim)
        return idle(inputs, settings, now, ports);
    const context = { now, seen: claimInput.seen, tick, dryRun: settings.dryRun };
    const outcomes = await progress.phase('Dispatch', () => deliverAll(ports, inputs, claim, context));
    const record = settings.dryRun
        ? undefined
        : await progress.phase('Record the runs', () => recordOutcomes(inputs.storage, ports.stateName, { ...claim, by: tick.by, now }, outcomes));
    const after = readDispatchState(claim.state, ports.stateName);
    return {
        ...idle(inputs, settings, now, ports),
        report: tickReport(record ?? settled(claim, tick.by, outcomes)),
        paused: after.paused,
        newlyPaused: newlyPaused(claim.before, after)
    };
}

;// CONCATENATED MODULE: ./src/use-cases/dispatch-workflows/resume.ts
/**
 * `operation: resume` (DESIGN §12): a person clears the pause of dispatched workflows (the `workflows` input, config
 * ids). Their failed runs so far stop counting; the next tick dispatches them again. Written with the state's version;
 * a run that wrote in between is read again and the resume applied to its state.
 */









const resume_ATTEMPTS = 6;
/** The ids given, each a `via: dispatch` workflow of the config; any other is named with the ones there are. */
async function checkIds(ports, settings, baseHead) {
    const text = await (0,workflow_files/* textSourceAt */.q)(ports, baseHead).readText(settings.config);
    const config = text === undefined ? undefined : (0,schedule_config/* readConfig */.Xg)(text, settings.config).config;
    const ids = (config?.workflows ?? []).filter(w => w.via === 'dispatch').map(w => w.id);
    const unknown = settings.workflows.filter(id => !ids.includes(id));
    if (settings.workflows.length === 0 || unknown.length > 0)
        throw new errors/* ValidationError */.yI([
            `input 'workflows' must list config ids of via: dispatch workflows (${ids.join(', ') || 'none in the config'}), got '${settings.workflows.join(',')}'`
        ]);
}
/** Resumes the workflows named by the `workflows` input. */
async function resumeWorkflows(ports, settings, now) {
    const where = await (0,apply_schedules/* resolveBase */.g)(ports, settings);
    await checkIds(ports, settings, where.baseHead);
    const storage = ports.stateStorage(where.baseHead);
    if (!storage)
        throw new errors/* ValidationError */.yI(["operation 'resume' needs input 'state-branch'"]);
    let loaded = await (0,state_store/* loadState */.C7)(storage, ports.stateName);
    for (let attempt = 1;; attempt++) {
        const dispatch = readDispatchState(loaded.state, ports.stateName);
        const wasPaused = settings.workflows.filter(id => dispatch.paused[id] !== undefined);
        const next = withResumed(dispatch, settings.workflows, now);
        const result = { resumed: settings.workflows, wasPaused, requests: 0 };
        if (settings.dryRun)
            return { ...result, requests: ports.requestCount() };
        try {
            const text = (0,state_state/* serializeState */.sU)(withDispatchState(loaded.state, next, now));
            await storage.write(text, loaded.version, `orchestrator: resume ${settings.workflows.join(', ')}`);
            return { ...result, requests: ports.requestCount() };
        }
        catch (error) {
            if (!(error instanceof ports_errors/* StaleFileError */.A4) || attempt >= resume_ATTEMPTS)
                throw error;
            loaded = await (0,state_store/* loadState */.C7)(storage, ports.stateName);
        }
    }
}

// EXTERNAL MODULE: ./src/use-cases/enforce-budgets.ts
var enforce_budgets = __webpack_require__(2900);
;// CONCATENATED MODULE: ./src/dispatch-action.ts
/**
 * The action's `dispatch` and `resume` operations (DESIGN §12), composed for main.ts: the tick's identity and real
 * clock, the use case, then the outputs, the log and the summary. Returns the problem that should fail the step.
 */








/** This tick as its claim names it: the workflow run and attempt, and a nonce (two ticks of one run differ). */
function tickName() {
    const run = process.env.GITHUB_RUN_ID ?? 'local';
    const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1';
    return `run ${run}.${attempt} ${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`;
}
/** `operation: dispatch`: one tick; a refused dispatch fails the step after everything else was recorded. */
async function dispatchOperation(ports, settings, now, progress) {
    const started = external_node_perf_hooks_.performance.now();
    const tick = { by: tickName(), elapsedMs: () => external_node_perf_hooks_.performance.now() - started };
    const result = await dispatchWorkflows(ports, settings, now, tick, progress);
    // Checked after the tick (its usage is read once); a cap spent now stops the next tick's dispatches.
    const budgets = await (0,enforce_budgets/* enforceBudgetsForTick */.RE)(ports, settings, result.usage, now);
    for (const warning of result.usage.warnings)
        core/* warning */.$e((0,warnings/* warningText */.i)(warning));
    for (const line of dispatchLogLines(result))
        core/* info */.pq(line);
    for (const id of result.newlyPaused)
        core/* warning */.$e(pauseLines({ [id]: result.paused[id] ?? { since: '', runs: [] } }).join(''));
    core/* info */.pq(`GitHub API requests: ${result.requests}`);
    for (const [name, value] of Object.entries(dispatchOutputs(result)))
        core/* setOutput */.uH(name, value);
    // The tick's failure pauses carry no path.
    const failures = Object.keys(result.paused).map(id => ({ workflow: id, path: '' }));
    core/* setOutput */.uH('paused', (0,enforce_budgets/* pausedOutput */.Iy)(budgets, failures));
    await core/* summary */.z.addRaw(`${dispatchSummary(result)}\n${(0,enforce_budgets/* budgetMarkdown */.V6)(budgets)}`).write();
    const refused = result.report.failed.filter(f => !f.retried);
    if (refused.length === 0)
        return undefined;
    return refused.map(f => `${f.workflow} (${f.path}) was not dispatched: ${f.error}`).join('\n');
}
/** `operation: resume`: the named workflows dispatched again from the next tick. */
async function resumeOperation(ports, settings, now) {
    const result = await resumeWorkflows(ports, settings, now);
    const was = result.wasPaused.length > 0 ? ` (paused: ${result.wasPaused.join(', ')})` : '';
    core/* info */.pq(`resumed ${result.resumed.join(', ')}${was}; GitHub API requests: ${result.requests}`);
    core/* setOutput */.uH('report', JSON.stringify({ operation: 'resume', ...result }));
    await core/* summary */.z
        .addRaw(`## Resumed\n\n${result.resumed.map(id => `- ${id}${result.wasPaused.includes(id) ? ' (was paused)' : ''}`).join('\n')}\n`)
        .write();
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
/* harmony import */ var _core_schedule_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2368);
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

//# sourceMappingURL=180.index.js.map