export const id = 406;
export const ids = [406];
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

/***/ 1406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyOperation: () => (/* binding */ applyOperation)
});

// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/adapters/github/state-branch.ts
var state_branch = __webpack_require__(322);
// EXTERNAL MODULE: ./src/core/runs/call-budget.ts
var call_budget = __webpack_require__(246);
// EXTERNAL MODULE: ./src/core/schedule/schedule-history.ts
var schedule_history = __webpack_require__(5499);
// EXTERNAL MODULE: ./src/reports/observe-report.ts + 3 modules
var observe_report = __webpack_require__(8689);
// EXTERNAL MODULE: ./src/use-cases/observe-runs/record-runs.ts + 12 modules
var record_runs = __webpack_require__(6863);
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
        core/* warning */.$e(`Observing runs ${(0,observe_report/* stopLine */.RF)(stop)}`);
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
        for (const line of (0,observe_report/* observeLines */.YA)(result, name))
            core/* info */.pq(line);
        return result;
    });
    warnings(observed);
    return observed;
}
/** The calls line for the log, once every phase is done. */
function logCalls(ledger) {
    core/* info */.pq((0,observe_report/* callsLine */.WY)(ledger.facts()));
}

// EXTERNAL MODULE: ./src/outputs.ts + 1 modules
var src_outputs = __webpack_require__(4437);
// EXTERNAL MODULE: ./src/reports/diff.ts
var reports_diff = __webpack_require__(2618);
// EXTERNAL MODULE: ./src/reports/markdown.ts + 2 modules
var markdown = __webpack_require__(613);
// EXTERNAL MODULE: ./src/reports/warnings.ts
var reports_warnings = __webpack_require__(8440);
// EXTERNAL MODULE: ./src/reports/format.ts
var format = __webpack_require__(6302);
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

// EXTERNAL MODULE: ./src/use-cases/apply-schedules/apply-schedules.ts + 3 modules
var apply_schedules = __webpack_require__(6143);
// EXTERNAL MODULE: ./src/reports/budget-report.ts
var budget_report = __webpack_require__(7795);
// EXTERNAL MODULE: ./src/reports/pause-report.ts
var pause_report = __webpack_require__(718);
// EXTERNAL MODULE: ./src/use-cases/budgets/budget-run.ts + 3 modules
var budget_run = __webpack_require__(6078);
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
    // A change of pauses wrote the alert issue again after the run's own alert step.
    const alert = more.budgets.alert ?? result.alert;
    log(result, requests);
    logCalls(more.ledger);
    const outputs = (0,src_outputs/* actionOutputs */.d)(result.plan, {
        pullRequestOperation: result.pullRequest.operation,
        pullRequest: result.pullRequest.pullRequest,
        issue: alert.issue
    }, (0,observe_report/* observeJson */.Hr)(more.observed, more.ledger.facts()));
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
    const observed = `${budgets ? `\n\n${budgets}` : ''}${more.observed ? `\n\n${(0,observe_report/* observeMarkdown */.Mi)(more.observed)}` : ''}`;
    await core/* summary */.z
        .addRaw(`${summary}${observed}\n\n${(0,observe_report/* callsMarkdown */.h3)(more.ledger.facts())}\n`)
        .write();
}
/** `operation: apply`: an alert issue that could not be written fails the step when `fail-on-alert-error` says so. */
async function applyOperation(github, settings, now) {
    const ledger = callLedger(github, settings.maxApiCalls);
    const result = await (0,apply_schedules/* applySchedules */.t)(github, settings, now, ledger.progress);
    for (const warning of result.plan.usage.warnings)
        core/* warning */.$e((0,reports_warnings/* warningText */.i)(warning));
    const observed = await observeStep(settings, github, result.plan, ledger);
    const budgets = await ledger.progress.phase('Check the budgets', () => (0,budget_run/* enforceBudgetsForRun */.v)(github, settings, result, observed, now));
    for (const warning of (0,budget_report/* budgetWarnings */.H)(budgets))
        core/* warning */.$e(warning);
    await report(settings, result, { observed, ledger, budgets });
    const problem = (budgets.alert ?? result.alert).problem;
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


/***/ })

};

//# sourceMappingURL=406.index.js.map