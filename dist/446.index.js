export const id = 446;
export const ids = [446];
export const modules = {

/***/ 3446:
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
// EXTERNAL MODULE: ./src/use-cases/observe-runs/observe-runs.ts + 4 modules
var observe_runs = __webpack_require__(4568);
// EXTERNAL MODULE: ./src/use-cases/observe-runs/record-runs.ts + 2 modules
var record_runs = __webpack_require__(6133);
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
        pending = await ledger.progress.phase('Observe runs', async () => (0,record_runs/* readRuns */.xx)({ runs: github, storage: await storage(), name }, input));
        return perRunOf(pending.recorded, read);
    };
    const finish = async () => {
        const save = pending?.save;
        if (!save)
            return undefined;
        const observed = await ledger.progress.phase('Save the run records', async () => {
            const result = await save();
            for (const line of (0,observe_report/* observeLines */.YA)(result, name))
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
    core/* info */.pq((0,observe_report/* callsLine */.WY)(ledger.facts()));
}

// EXTERNAL MODULE: ./src/outputs.ts + 1 modules
var src_outputs = __webpack_require__(8552);
// EXTERNAL MODULE: ./src/reports/diff.ts
var reports_diff = __webpack_require__(8296);
// EXTERNAL MODULE: ./src/reports/analytics-markdown.ts + 1 modules
var analytics_markdown = __webpack_require__(5634);
// EXTERNAL MODULE: ./src/reports/markdown.ts + 2 modules
var markdown = __webpack_require__(9935);
// EXTERNAL MODULE: ./src/reports/warnings.ts
var reports_warnings = __webpack_require__(7238);
// EXTERNAL MODULE: ./src/reports/format.ts
var format = __webpack_require__(7712);
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
async function report(settings, result, more) {
    const requests = more.ledger.requests();
    // A change of pauses wrote the alert issue again after the run's own alert step.
    const alert = more.budgets.alert ?? result.alert;
    log(result, requests);
    logCalls(more.ledger);
    const outputs = (0,src_outputs/* actionOutputs */.dr)(result.plan, {
        pullRequestOperation: result.pullRequest.operation,
        pullRequest: result.pullRequest.pullRequest,
        issue: alert.issue
    }, {
        ...(0,observe_report/* observeJson */.Hr)(more.observed, more.ledger.facts()),
        ...(more.audit ? (0,audit_json/* auditJson */.g)(more.audit, result.fixes) : {})
    });
    const read = more.observed?.saved === 'not-read' ? undefined : more.observed?.analytics;
    Object.assign(outputs, (0,src_outputs/* analyticsOutputs */.VL)(read));
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, value);
    core/* setOutput */.uH('paused', (0,pause_report/* pausedOutput */.Iy)(more.budgets.pausedNow));
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
        requests
    });
    const budgets = (0,budget_report/* budgetMarkdown */.V)(more.budgets);
    const chart = (0,analytics_markdown/* planUsageChart */.xd)(result.plan);
    const audit = more.audit ? `\n\n${(0,audit_markdown/* auditMarkdown */.lG)(more.audit, result.fixes)}` : '';
    const observed = `${chart ? `\n${chart}` : ''}${budgets ? `\n\n${budgets}` : ''}${more.observed ? `\n\n${(0,observe_report/* observeMarkdown */.Mi)(more.observed)}` : ''}${audit}`;
    await core/* summary */.z
        .addRaw(`${summary}${observed}\n\n${(0,observe_report/* callsMarkdown */.h3)(more.ledger.facts())}\n`)
        .write();
}
/** `operation: apply`: an alert issue that could not be written fails the step when `fail-on-alert-error` says so. */
async function applyOperation(github, settings, now) {
    const ledger = callLedger(github, settings.maxApiCalls);
    const observer = observeStep(settings, github, ledger);
    const fixes = settings.fix.length > 0 ? (0,audit_step/* fixHook */.N9)(github, settings, now, core/* warning */.$e) : undefined;
    const result = await (0,apply_schedules/* applySchedules */.t)(github, settings, now, ledger.progress, {
        observer,
        ...(fixes ? { fixHook: fixes.hook } : {})
    });
    for (const warning of result.plan.usage.warnings)
        core/* warning */.$e((0,reports_warnings/* warningText */.i)(warning));
    const observed = await observer.finish();
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
    await report(settings, result, { observed, ledger, budgets, audit });
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

//# sourceMappingURL=446.index.js.map