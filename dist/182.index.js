export const id = 182;
export const ids = [182];
export const modules = {

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

/***/ 8182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreOperation: () => (/* binding */ restoreOperation)
});

// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/outputs.ts + 1 modules
var outputs = __webpack_require__(4437);
// EXTERNAL MODULE: ./src/reports/diff.ts
var reports_diff = __webpack_require__(2618);
// EXTERNAL MODULE: ./src/reports/restore-report.ts
var restore_report = __webpack_require__(9006);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/core/schedule/plan.ts + 1 modules
var plan = __webpack_require__(6841);
// EXTERNAL MODULE: ./src/core/cron/cron.ts
var cron_cron = __webpack_require__(9820);
// EXTERNAL MODULE: ./src/core/cron/occurrences.ts
var occurrences = __webpack_require__(6452);
// EXTERNAL MODULE: ./src/core/schedule/consolidate.ts + 1 modules
var consolidate = __webpack_require__(5410);
// EXTERNAL MODULE: ./src/core/schedule/schedule-editor.ts + 1 modules
var schedule_editor = __webpack_require__(2097);
// EXTERNAL MODULE: ./src/core/state/schedule-changes.ts
var schedule_changes = __webpack_require__(4734);
;// CONCATENATED MODULE: ./src/core/state/restore.ts
/**
 * Restoring the schedules the state records: the backup (each workflow's crons before the orchestrator's first change)
 * or the crons in force at a given time.
 */






function groupByPath(changes) {
    const groups = new Map();
    const sorted = [...changes].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    for (const change of sorted)
        groups.set(change.path, [...(groups.get(change.path) ?? []), change]);
    return groups;
}
/** The crons in force at `at`: the last change in force by then, else what the file had before the first change. */
function cronsAt(changes, at) {
    const backup = changes[0].from;
    if (at === undefined)
        return backup;
    const last = (0,schedule_changes/* inForceChanges */._h)(changes)
        .filter(c => (0,schedule_changes/* inForceTime */.gX)(c) <= at.getTime())
        .at(-1);
    return last?.to ?? backup;
}
/**
 * What each workflow file the orchestrator ever changed goes back to: with no time, the backup — the `from` of its
 * first recorded change, whatever became of that change; at a time, the crons in force then. Workflows the state never
 * recorded are left alone.
 */
function restoreTargets(changes, at) {
    return [...groupByPath(changes)].map(([path, own]) => ({
        workflow: own.at(-1).workflow,
        path,
        crons: [...cronsAt(own, at)]
    }));
}
function restoreWorkflow(target, text, now) {
    // A workflow consolidated for dispatch (DESIGN §12) has no schedule left: it is put back.
    const from = (0,consolidate/* hasScheduleTrigger */.QM)(text, target.path) ? (0,schedule_editor/* readSchedule */.Cu)(text, target.path) : [];
    const to = target.crons.map(cron => ({ cron }));
    const newText = (0,consolidate/* putScheduleBack */.Cy)(text, target.path, to);
    return {
        id: target.workflow,
        path: target.path,
        from,
        to,
        changed: newText !== text,
        runsBefore: (0,occurrences/* runsPer30Days */.s8)(from, now),
        runsAfter: (0,occurrences/* runsPer30Days */.s8)(to, now),
        oldText: text,
        newText
    };
}
/**
 * Each target's file edited back to its crons (a `timezone` the file has is kept). A missing file or a recorded cron
 * GitHub would reject is listed in one ValidationError; nothing is edited then.
 */
function restoredWorkflows(targets, texts, now) {
    const problems = targets.flatMap(t => [
        ...(texts.get(t.path) === undefined
            ? [`${t.path}: file not found — it cannot be restored`]
            : []),
        ...(t.crons.length === 0 ? [`${t.path}: the state records no cron to restore`] : []),
        ...t.crons.flatMap(cron => (0,cron_cron/* entryProblems */.VF)({ cron }).map(p => `${t.path}: recorded cron '${cron}' — ${p}`))
    ]);
    if (problems.length > 0)
        throw new errors/* ValidationError */.yI(problems, 'Cannot restore');
    return targets.map(t => restoreWorkflow(t, texts.get(t.path), now));
}

// EXTERNAL MODULE: ./src/ports/workflow-files.ts
var workflow_files = __webpack_require__(7751);
// EXTERNAL MODULE: ./src/use-cases/apply-schedules/apply-schedules.ts + 4 modules
var apply_schedules = __webpack_require__(1965);
// EXTERNAL MODULE: ./src/use-cases/apply-schedules/pull-request.ts + 1 modules
var pull_request = __webpack_require__(1021);
// EXTERNAL MODULE: ./src/use-cases/state-store.ts
var state_store = __webpack_require__(4648);
;// CONCATENATED MODULE: ./src/use-cases/restore-schedules.ts









const silent = { phase: (_name, work) => work(), info: () => { } };
/** What the restore puts back; nothing recorded is an error that names the state. */
function targetsOrFail(state, name, to) {
    const targets = restoreTargets(state.changes, to);
    if (targets.length === 0)
        throw new errors/* ValidationError */.yI([
            `${name} records no schedule change, so there is no backup to restore — the orchestrator has not proposed any change to these workflows yet`
        ], 'Nothing recorded');
    return targets;
}
/** Each recorded workflow edited back to its restored crons, read from `source` (the base branch, or a checkout). */
async function restoreFrom(source, targets, now) {
    const texts = await Promise.all(targets.map(t => source.readText(t.path)));
    return restoredWorkflows(targets, new Map(targets.map((t, i) => [t.path, texts[i]])), now);
}
/** The restore pull request's changes, recorded as proposed; the pending proposals it replaced are abandoned. */
async function recordProposals(storage, name, loaded, result) {
    const at = result.now.toISOString();
    const changes = (0,schedule_changes/* reconcileChanges */.mg)(loaded.state.changes, {
        now: result.now,
        base: new Map(result.workflows.map(w => [w.id, w.from.map(e => e.cron)])),
        proposals: (0,plan/* changedWorkflows */.HC)(result).map(w => ({
            ...{ at, mode: 'restore', workflow: w.id, path: w.path },
            ...{ from: w.from.map(e => e.cron), to: w.to.map(e => e.cron) }
        })),
        fresh: result.pullRequest.operation === 'created'
    });
    await (0,state_store/* saveState */.LZ)(storage, name, loaded, { changes });
}
/**
 * Opens the pull request that puts the managed workflows back to the backup recorded in the state (or to the crons in
 * force at `settings.restoreTo`): the same fixed branch and pull request as the schedule changes, so one replaces the
 * other. When every workflow already has those crons nothing is written and an open pull request is left alone.
 */
async function restoreSchedules(ports, settings, now, progress = silent) {
    const { phase, info } = progress;
    const to = settings.restoreTo;
    const where = await phase('Read the repository', () => (0,apply_schedules/* resolveBase */.g)(ports, settings));
    const storage = ports.stateStorage(where.baseHead);
    if (!storage)
        throw new errors/* ValidationError */.yI(["operation 'restore' needs the state branch"]);
    const loaded = await phase('Read the state', () => (0,state_store/* loadState */.C7)(storage, ports.stateName));
    const targets = targetsOrFail(loaded.state, ports.stateName, to);
    const workflows = await phase('Plan', () => restoreFrom((0,workflow_files/* textSourceAt */.q)(ports, where.baseHead), targets, now));
    info(`${(0,plan/* changedWorkflows */.HC)({ workflows }).length} of ${workflows.length} workflows to restore`);
    const result = { to, workflows, requests: 0 };
    if ((0,plan/* changedWorkflows */.HC)(result).length === 0)
        return {
            ...result,
            pullRequest: { operation: 'none', pushed: false },
            requests: ports.requestCount()
        };
    const target = {
        ...where,
        branch: settings.branch,
        labels: settings.labels,
        dryRun: settings.dryRun
    };
    const text = () => ({ title: (0,restore_report/* restoreTitle */.rz)(result), body: (0,restore_report/* restoreBody */.BS)(result) });
    const pullRequest = await phase('Pull request', () => (0,pull_request/* publishPullRequest */.g)(ports, { mode: 'restored', workflows }, target, text));
    if (!settings.dryRun)
        await phase('Record the state', () => recordProposals(storage, ports.stateName, loaded, { now, workflows, pullRequest }));
    return { ...result, pullRequest, requests: ports.requestCount() };
}

;// CONCATENATED MODULE: ./src/restore-action.ts
/**
 * The action's `restore` operation, composed for main.ts: the pull request back to the recorded crons, then its log,
 * outputs and summary.
 */





/** `operation: restore`: the pull request back to the recorded crons, its outputs and summary. */
async function restoreOperation(ports, settings, now, progress) {
    const result = await restoreSchedules(ports, settings, now, progress);
    const diff = (0,reports_diff/* renderDiff */.i)(result);
    if (diff)
        core/* info */.pq(diff);
    core/* info */.pq(`GitHub API requests: ${result.requests}`);
    const published = {
        pullRequestOperation: result.pullRequest.operation,
        pullRequest: result.pullRequest.pullRequest
    };
    for (const [name, value] of Object.entries((0,outputs/* restoreOutputs */.V)(result, published)))
        core/* setOutput */.uH(name, value);
    await core/* summary */.z
        .addRaw((0,restore_report/* restoreSummary */.rk)(result, { ...published, dryRun: settings.dryRun, requests: result.requests }))
        .write();
}


/***/ })

};

//# sourceMappingURL=182.index.js.map