export const id = 296;
export const ids = [296];
export const modules = {

/***/ 9296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyOperation: () => (/* binding */ applyOperation)
});

// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/audit-step.ts
var audit_step = __webpack_require__(5581);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/reports/audit-json.ts
var audit_json = __webpack_require__(2229);
// EXTERNAL MODULE: ./src/reports/audit-markdown.ts
var audit_markdown = __webpack_require__(2230);
// EXTERNAL MODULE: ./src/adapters/github/state-branch.ts
var state_branch = __webpack_require__(322);
// EXTERNAL MODULE: ./src/core/runs/call-budget.ts
var call_budget = __webpack_require__(246);
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

// EXTERNAL MODULE: ./src/use-cases/observe-runs/record-runs.ts + 9 modules
var record_runs = __webpack_require__(495);
;// CONCATENATED MODULE: ./src/observe-step.ts
/**
 * The action's observe-runs step and its call accounting (DESIGN §10, §14), for apply-action.ts: every phase's calls
 * are counted against `max-api-calls`, the run records are read and saved on the state branch, and the log says how
 * far ingestion got and what is left of the rate limit.
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
function schedulesOf(plan) {
    return new Map(plan.config.workflows.map(w => {
        const now = plan.workflows.find(p => p.id === w.id)?.from;
        return [w.path, (0,schedule_history/* scheduleHistory */.Gg)(w, plan.changes, now)];
    }));
}
function warnings(observed) {
    for (const problem of observed.problems)
        core/* warning */.$e(problem);
    const stop = observed.report.stopped;
    if (stop && stop.reason !== 'call-budget')
        core/* warning */.$e(`Observing runs ${stopLine(stop)}`);
}
/**
 * Observes the managed workflows' runs after the schedule part; nothing without a state branch (the records live
 * there). A dry run reads and reports but writes nothing.
 */
async function observeStep(settings, github, plan, ledger) {
    if (!settings.stateBranch) {
        core/* info */.pq('Runs are not observed: the state is disabled (state-branch is empty) and the run records live there');
        return undefined;
    }
    const name = (0,state_branch/* stateName */.Vi)(settings.stateBranch, state_branch/* RUNS_PATH */.H);
    const observed = await ledger.progress.phase('Observe runs', async () => {
        // Both answered from the snapshot the run read before planning: no call.
        const base = settings.base || (await github.info()).defaultBranch;
        const baseHead = (await github.branchHead(base)) ?? '';
        const storage = (0,state_branch/* stateOnBranch */.$m)(github, {
            branch: settings.stateBranch,
            baseHead,
            path: state_branch/* RUNS_PATH */.H
        });
        const result = await (0,record_runs/* recordRuns */._)({ runs: github, storage, name }, {
            workflows: plan.workflows.map(w => ({ id: w.id, path: w.path })),
            now: plan.now,
            windowDays: settings.analyticsDays,
            budget: ledger.budget,
            dryRun: settings.dryRun,
            analytics: { managed: plan.config.workflows, schedules: schedulesOf(plan) }
        });
        for (const line of observeLines(result, name))
            core/* info */.pq(line);
        return result;
    });
    warnings(observed);
    return observed;
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

// EXTERNAL MODULE: ./src/use-cases/apply-schedules/apply-schedules.ts + 5 modules
var apply_schedules = __webpack_require__(8469);
// EXTERNAL MODULE: ./src/use-cases/enforce-budgets.ts
var enforce_budgets = __webpack_require__(2900);
;// CONCATENATED MODULE: ./src/apply-action.ts
/**
 * The action's `apply` operation (the default), composed for main.ts: assess, plan and apply the schedules, observe
 * the runs, then the log, the outputs and the summary. Returns the problem that should fail the step.
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
    const outputs = (0,src_outputs/* actionOutputs */.d)(result.plan, {
        pullRequestOperation: result.pullRequest.operation,
        pullRequest: result.pullRequest.pullRequest,
        issue: result.alert.issue
    }, {
        ...observeJson(more.observed, more.ledger.facts()),
        ...(more.audit ? (0,audit_json/* auditJson */.g)(more.audit, result.fixes) : {})
    });
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
    const audit = more.audit ? `\n\n${(0,audit_markdown/* auditMarkdown */.lG)(more.audit, result.fixes)}` : '';
    const observed = `${budgets ? `\n\n${budgets}` : ''}${more.observed ? `\n\n${observeMarkdown(more.observed)}` : ''}${audit}`;
    await core/* summary */.z
        .addRaw(`${summary}${observed}\n\n${callsMarkdown(more.ledger.facts())}\n`)
        .write();
}
/** `operation: apply`: an alert issue that could not be written fails the step when `fail-on-alert-error` says so. */
async function applyOperation(github, settings, now) {
    const ledger = callLedger(github, settings.maxApiCalls);
    const fixes = settings.fix.length > 0 ? (0,audit_step/* fixHook */.N9)(github, settings, now, core/* warning */.$e) : undefined;
    const result = await (0,apply_schedules/* applySchedules */.t)(github, settings, now, ledger.progress, fixes?.hook);
    for (const warning of result.plan.usage.warnings)
        core/* warning */.$e((0,reports_warnings/* warningText */.i)(warning));
    const observed = await observeStep(settings, github, result.plan, ledger);
    const budgets = await ledger.progress.phase('Check the budgets', () => (0,enforce_budgets/* enforceBudgetsForRun */.v7)(github, settings, result.plan, now));
    for (const s of budgets.spent)
        core/* warning */.$e(`The ${s.cap} budget is spent (${s.figure} of ${s.limit} ${s.unit}): managed workflows paused until ${s.until}`);
    for (const u of budgets.unchecked)
        core/* warning */.$e(`The ${u.cap} budget in ${u.unit} was not checked: this run has no observed ${u.unit}`);
    // Every workflow file from the run's snapshot, judged against the records this run read: no call of its own.
    const audit = await ledger.progress
        .phase('Audit', () => (0,audit_step/* reportAudit */.so)(github, settings, now, (0,audit_step/* observedRecords */.TL)(observed) ?? fixes?.records()))
        .catch((error) => {
        core/* warning */.$e(`The audit of the workflow files was not made: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    });
    await report(settings, result, { observed, ledger, budgets, audit });
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
  d: () => (/* binding */ actionOutputs),
  V: () => (/* binding */ restoreOutputs)
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
/* harmony import */ var _core_schedule_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3143);
/* harmony import */ var _ports_workflow_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7751);
/* harmony import */ var _apply_schedules_apply_schedules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8469);
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
    const text = await (0,_ports_workflow_files_js__WEBPACK_IMPORTED_MODULE_7__/* .textSourceAt */ .ql)(ports, where.baseHead).readText(settings.config);
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