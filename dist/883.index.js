export const id = 883;
export const ids = [883];
export const modules = {

/***/ 4883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditOperation: () => (/* binding */ auditOperation)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _audit_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9595);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _ports_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8309);
/* harmony import */ var _reports_audit_json_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7059);
/* harmony import */ var _reports_audit_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5728);
/* harmony import */ var _reports_audit_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3254);
/* harmony import */ var _use_cases_audit_workflows_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4049);
/**
 * The action's `audit` operation (DESIGN §13), composed for main.ts: every workflow file of the base head (managed or
 * not) from one GraphQL query, the run records on the state branch if any, and the workflows' states; then the log, the
 * `report` output ({operation, audit, auditErrors}) and the job summary's table. It writes nothing to the repository:
 * `contents: read` and `actions: read` suffice.
 */








/** The workflows' states (disabled for inactivity); a token without `actions: read` leaves them out, with a warning. */
async function listWorkflows(github) {
    try {
        return await github.listWorkflows();
    }
    catch (error) {
        if (!(error instanceof _ports_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PortError */ .U7))
            throw error;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The workflows' states were not read, so a workflow GitHub disabled for inactivity is not reported: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
        return undefined;
    }
}
/** `operation: audit`: a file that is not a workflow is a warning naming it, not a failed step. */
async function auditOperation(github, settings, now, progress) {
    const { phase } = progress;
    const where = await phase('Read the repository', () => (0,_audit_step_js__WEBPACK_IMPORTED_MODULE_1__/* .auditBase */ .jn)(github, settings));
    progress.info(`base ${where.base} at ${where.baseHead}`);
    const read = await phase('Read the run records', () => (0,_audit_step_js__WEBPACK_IMPORTED_MODULE_1__/* .readRunRecords */ .Y$)(github, settings, where.baseHead));
    if (read.problem)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(read.problem);
    const workflows = await phase('List the workflows', () => listWorkflows(github));
    const { report, files } = await phase('Audit', () => (0,_use_cases_audit_workflows_js__WEBPACK_IMPORTED_MODULE_5__/* .auditRepository */ .Qx)(github, where.baseHead, {
        ...where.facts,
        now,
        ...(read.records ? { records: read.records } : {}),
        ...(workflows ? { workflows } : {})
    }));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_reports_audit_text_js__WEBPACK_IMPORTED_MODULE_6__/* .renderAudit */ .Wy)(report).trimEnd());
    for (const e of report.errors)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${e.path}: ${e.error}`);
    const requests = github.requestCount();
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`GitHub API requests: ${requests}`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', JSON.stringify({ operation: 'audit', ...(0,_reports_audit_json_js__WEBPACK_IMPORTED_MODULE_7__/* .auditJson */ .g)(report) }));
    const audited = `${Object.keys(files).length} workflow files of \`${where.base}\` at ${where.baseHead.slice(0, 7)}`;
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
        .addRaw(`## 🔎 Dynamic Workflow Orchestrator: audit (nothing written)\n\n${audited}${read.records ? ', with the run records of the managed workflows' : ''}.\n\n${(0,_reports_audit_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .auditMarkdown */ .lG)(report)}\n\n- GitHub API requests made: ${requests}\n`)
        .write();
    return undefined;
}


/***/ })

};

//# sourceMappingURL=883.index.js.map