export const id = 838;
export const ids = [838];
export const modules = {

/***/ 6838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionPorts: () => (/* binding */ actionPorts),
  progress: () => (/* binding */ progress)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/ports/errors.ts
var errors = __webpack_require__(8309);
;// CONCATENATED MODULE: ./src/adapters/github/github-error.ts
/**
 * GitHub's refusals, turned into the ports' error classes with messages that say what to change. Every wrapped error
 * keeps GitHub's own as `cause`. This is the only module that reads an HTTP status.
 */

function isHttpError(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number');
}
/**
 * Whether GitHub answered at all: Octokit reports a dropped connection or an abandoned attempt as status 500 with no
 * response, which must not be worded as an answer GitHub gave.
 */
function answered(error) {
    return !isHttpError(error) || error.status !== 500 || error.response !== undefined;
}
/** The HTTP status of a failed request, or undefined when the error did not come from GitHub. */
function statusOf(error) {
    return isHttpError(error) ? error.status : undefined;
}
/** GitHub's own message, read from the response body when there is one. */
function githubMessage(error) {
    if (!isHttpError(error))
        return String(error);
    const data = error.response?.data;
    const details = (data?.errors ?? []).map(e => e.message).filter(m => typeof m === 'string');
    const message = typeof data?.message === 'string' ? data.message : error.message;
    return [message, ...details].join(' — ');
}
const WORKFLOW_TOKEN_FIX = 'GITHUB_TOKEN cannot create or update files under .github/workflows/. Give the action a token that can: a classic PAT ' +
    'with the repo and workflow scopes, or a fine-grained PAT / GitHub App token with Contents: write and Workflows: write ' +
    '(plus Pull requests and Issues: write), stored as a secret and passed as `token: ${{ secrets.COPILOT_PAT }}`.';
const ACTIONS_PR_SETTING = 'GitHub Actions is not permitted to create pull requests in this repository. Allow it under Settings → Actions → ' +
    'General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" (for an organisation, ' +
    'the same setting in the organisation first), or pass a PAT as `token`.';
function permissionHint(action, status, message) {
    if (/not permitted to create or approve pull requests/i.test(message))
        return ACTIONS_PR_SETTING;
    if (/refusing to allow .* workflow/i.test(message))
        return WORKFLOW_TOKEN_FIX;
    if (status === 401)
        return 'the token was refused (Bad credentials) — check the `token` input and that the secret is set';
    if (status === 410 && /issues/i.test(message)) {
        return 'issues are disabled in this repository — enable them under Settings → General → Features → Issues';
    }
    if (status === 403 && /Resource not accessible/i.test(message)) {
        const scope = /issue|label|comment/i.test(action)
            ? 'issues'
            : /pull/i.test(action)
                ? 'pull-requests'
                : 'contents';
        return `the token lacks permission to ${action} — grant \`${scope}: write\` in the workflow's \`permissions:\` (or to the PAT / App)`;
    }
    return undefined;
}
/** The port error class for a status and message. */
function errorClass(status, message) {
    if (/refusing to allow .* workflow/i.test(message))
        return errors/* PermissionError */.i_;
    if ((status === 401 || status === 403 || status === 429) && /rate limit/i.test(message))
        return errors/* RateLimitError */.OE;
    if (status === 401 || status === 403)
        return errors/* PermissionError */.i_;
    if (status === 404 || status === 410)
        return errors/* NotFoundError */.m_;
    if (status === 409)
        return errors/* StaleFileError */.A4;
    if (status === 422 && /already exists/i.test(message))
        return errors/* AlreadyExistsError */.Tm;
    return errors/* RemoteError */.Hi;
}
/** Wraps a failed call: `action` says what the run was doing, in words ("create the pull request"). */
function wrapGitHubError(action, error) {
    if (error instanceof errors/* PortError */.U7)
        return error;
    if (!answered(error)) {
        const message = `Could not ${action}: the connection to GitHub failed before an answer came (${githubMessage(error)}); GitHub may or may not have done it — the next run checks`;
        return new errors/* RemoteError */.Hi(message, { cause: error });
    }
    const status = statusOf(error);
    const message = githubMessage(error);
    const hint = permissionHint(action, status, message);
    // A 5xx is GitHub failing, not refusing: nothing to fix but to try again.
    const prefix = status !== undefined && status >= 500
        ? `GitHub failed to ${action} (HTTP ${status}, a server error; the next run tries again): ${message}`
        : `GitHub refused to ${action}${status ? ` (HTTP ${status})` : ''}: ${message}`;
    const Class = errorClass(status, message);
    return new Class(hint ? `${prefix}\n${hint}` : prefix, { cause: error });
}
/** Wraps a failed write to a workflow file; only GitHub's actual workflow refusal gets the token advice. */
function wrapWorkflowWriteError(path, error) {
    const status = statusOf(error);
    const message = githubMessage(error);
    // 409: the sha is stale; 422 "sha wasn't supplied": the file appeared since it was read. Both mean read again.
    if (status === 409 || (status === 422 && /\bsha\b/.test(message))) {
        return new errors/* StaleFileError */.A4(`${path} changed on GitHub while this run was writing it`, {
            cause: error
        });
    }
    // An App token gets GitHub's refusal in words; a classic PAT without the workflow scope gets a bare "Not Found".
    const refused = /refusing to allow .* workflow/i.test(message);
    const patWithoutScope = status === 404 && path.startsWith('.github/workflows/') && message === 'Not Found';
    if (refused || patWithoutScope) {
        return new errors/* PermissionError */.i_(`GitHub refused to update ${path} (HTTP ${status}: ${message}).\n${WORKFLOW_TOKEN_FIX}`, { cause: error });
    }
    return wrapGitHubError(`update ${path}`, error);
}
/** Runs one GitHub call; a failure comes back wrapped, saying what the run was doing. */
async function calling(action, work) {
    try {
        return await work();
    }
    catch (error) {
        throw wrapGitHubError(action, error);
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/refusal.ts
/**
 * Refusals of the Actions and billing endpoints, where the fix depends on which call was refused (`actions: read`
 * for listing runs, `actions: write` for a dispatch, a billing manager's token for billing). Statuses are read
 * through github-error.ts; anything without a fix here is wrapped as wrapGitHubError does.
 */


const CLASS_OF = {
    401: errors/* PermissionError */.i_,
    403: errors/* PermissionError */.i_,
    404: errors/* NotFoundError */.m_,
    410: errors/* NotFoundError */.m_
};
/** Wraps a failed call: `action` says what was being done, `fixes` what to change for each refusal. */
function refusal(action, error, fixes) {
    const status = statusOf(error);
    const message = githubMessage(error);
    const fix = fixes[status];
    // A rate limit also answers 403; the throttling plugin has already waited, so it stays a RemoteError.
    if (fix === undefined || /rate limit/i.test(message))
        return wrapGitHubError(action, error);
    const Class = status === 422 ? errors/* RefusedError */.fk : CLASS_OF[status];
    const words = typeof fix === 'function' ? fix(message) : fix;
    return new Class(`GitHub refused to ${action} (HTTP ${status}): ${message}\n${words}`, {
        cause: error
    });
}
/** Runs one call; a failure comes back as `refusal` words it. */
async function refusing(action, fixes, work) {
    try {
        return await work();
    }
    catch (error) {
        throw refusal(action, error, fixes);
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/billing.ts

const PATHS = {
    usage: 'usage',
    'premium-requests': 'premium_request/usage',
    'ai-credits': 'ai_credit/usage'
};
const NAMES = {
    usage: 'billing usage report',
    'premium-requests': 'premium request usage report',
    'ai-credits': 'AI credit usage report'
};
/** The endpoint a report is read from, as GitHub's documentation names it. */
function billingEndpoint(account, report) {
    const owner = account.kind === 'org' ? 'organizations' : 'users';
    return `GET /${owner}/${account.name}/settings/billing/${PATHS[report]}`;
}
function describe(account) {
    return `${account.kind === 'org' ? 'organisation' : 'user'} ${account.name}`;
}
/** What to grant, per refusal; GitHub answers 404 as often as 403 when the token may not read the account. */
function billingFixes(account) {
    const token = account.kind === 'org'
        ? `use a token of an owner or billing manager of ${account.name}: a fine-grained PAT or GitHub App token with the organisation permission "Administration: read"`
        : `use a personal access token of the user ${account.name} (fine-grained: the user permission "Plan: read")`;
    const grant = `${token}, passed as \`billing-token\`. GITHUB_TOKEN cannot read billing.`;
    const missing = `GitHub has no such report for the ${describe(account)}, or the token may not read it (the account must exist, be a ${account.kind === 'org' ? 'organisation' : 'user'}, and use the enhanced billing platform) — ${grant}`;
    return {
        401: `the token was refused (Bad credentials) — check \`billing-token\`; ${grant}`,
        403: `the token may not read the billing of the ${describe(account)} — ${grant}`,
        404: missing,
        410: missing
    };
}
/** The report's raw answer: one call, chosen by report and account kind. */
async function fetchReport(client, account, report, when) {
    const org = { org: account.name, ...when };
    const user = { username: account.name, ...when };
    const billing = client.rest.billing;
    if (report === 'usage') {
        return account.kind === 'org'
            ? (await billing.getGithubBillingUsageReportOrg(org)).data
            : (await billing.getGithubBillingUsageReportUser(user)).data;
    }
    if (report === 'premium-requests') {
        return account.kind === 'org'
            ? (await billing.getGithubBillingPremiumRequestUsageReportOrg(org)).data
            : (await billing.getGithubBillingPremiumRequestUsageReportUser(user)).data;
    }
    // Octokit has no method for the AI credit reports yet; the routes are typed all the same.
    return account.kind === 'org'
        ? (await client.request('GET /organizations/{org}/settings/billing/ai_credit/usage', org)).data
        : (await client.request('GET /users/{username}/settings/billing/ai_credit/usage', user)).data;
}
const pad = (n) => String(n).padStart(2, '0');
/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: how finely a period is known. */
function periodText(period) {
    const month = period.month === undefined ? '' : `-${pad(period.month)}`;
    const day = period.month === undefined || period.day === undefined ? '' : `-${pad(period.day)}`;
    return `${period.year}${month}${day}`;
}
/** A usage item's date as a UTC day (`2025-01-15T00:00:00Z` → `2025-01-15`). */
function dayOf(date) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(date))
        return date;
    const time = Date.parse(date);
    return Number.isNaN(time) ? date : new Date(time).toISOString().slice(0, 10);
}
/** One item, normalised: items without a date (aggregated over the period) carry the period they cover. */
function toUsageItem(item, period) {
    return {
        date: item.date === undefined ? period : dayOf(item.date),
        product: item.product ?? '',
        sku: item.sku ?? '',
        unitType: item.unitType ?? '',
        quantity: item.grossQuantity ?? item.quantity ?? 0
    };
}
/** Items of a report for a year, a month or a day (UTC). */
function usageItems(client, account, report, when) {
    const action = `read the ${NAMES[report]} of the ${describe(account)} (${billingEndpoint(account, report)})`;
    return refusing(action, billingFixes(account), async () => {
        const data = await fetchReport(client, account, report, when);
        const period = periodText(data.timePeriod ?? when);
        return (data.usageItems ?? []).map(item => toUsageItem(item, period));
    });
}
/** Whether a login is a user or an organisation (`GET /users/{owner}` says which in `type`). */
function accountOf(client, owner) {
    const fixes = { 404: `no user or organisation is named ${owner}: check \`billing-account\`` };
    return refusing(`look up the account ${owner}`, fixes, async () => {
        const { data } = await client.rest.users.getByUsername({ username: owner });
        return { kind: data.type === 'Organization' ? 'org' : 'user', name: data.login };
    });
}
/** The billing port over one client. */
function gitHubBilling(client) {
    return {
        usageItems: (account, report, when) => usageItems(client, account, report, when),
        accountOf: owner => accountOf(client, owner)
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 20 modules
var github = __webpack_require__(2270);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(2203);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/adapters/github/client.ts





const RETRIES = 4;
/** Counts every HTTP attempt, GraphQL ones apart; registered first, so it sits inside the retry and throttle wrappers. */
function countingPlugin(octokit) {
    let attempts = 0;
    let graphql = 0;
    let notModified = 0;
    let remaining;
    // GraphQL has a rate limit of its own; only REST (`core`) answers say what is left of the one REST calls spend.
    const read = (headers) => {
        const left = Number(headers?.['x-ratelimit-remaining'] ?? NaN);
        const resource = headers?.['x-ratelimit-resource'] ?? 'core';
        if (Number.isFinite(left) && resource === 'core')
            remaining = left;
    };
    octokit.hook.before('request', options => {
        attempts += 1;
        if (String(options.url).endsWith('/graphql'))
            graphql += 1;
    });
    octokit.hook.after('request', response => read(response.headers));
    octokit.hook.error('request', error => {
        const failed = error;
        if (failed.status === 304)
            notModified += 1;
        read(failed.response?.headers);
        throw error;
    });
    return {
        requestCount: () => attempts,
        graphqlCount: () => graphql,
        notModifiedCount: () => notModified,
        rateLimitRemaining: () => remaining
    };
}
function onLimit(kind) {
    return (retryAfter, options, _octokit, retryCount) => {
        core/* warning */.$e(`GitHub ${kind} on ${options.method} ${options.url}; retry ${retryCount + 1} in ${retryAfter}s`);
        return retryCount < RETRIES;
    };
}
/**
 * Gives every attempt its own deadline: a connection that hangs is abandoned (and retried as a failure) instead of
 * holding the run until the job's own timeout. Registered first, so it wraps each attempt, not the retry loop.
 */
function deadlinePlugin(timeoutMs) {
    return (octokit) => {
        octokit.hook.wrap('request', (request, options) => request({
            ...options,
            request: { ...options.request, signal: AbortSignal.timeout(timeoutMs) }
        }));
    };
}
/** Builds the client: 5xx retried with backoff, rate limits waited out, writes spaced, 409 left to the caller. */
function createClient(options) {
    const backoff = options.backoffMs ?? 1000;
    const client = (0,github/* getOctokit */.Q)(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        retry: {
            retries: RETRIES,
            retryAfterBaseValue: backoff,
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451]
        },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: backoff,
            write: new (lib_default()).Group({ maxConcurrent: 1, minTime: options.writeSpacingMs ?? 1000 })
        }
    }, countingPlugin, deadlinePlugin(options.timeoutMs ?? 30_000), dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    return client;
}

// EXTERNAL MODULE: ./src/ports/workflow-files.ts
var workflow_files = __webpack_require__(8893);
;// CONCATENATED MODULE: ./src/adapters/github/contents.ts


/** A file's text and blob sha at a ref; undefined when GitHub answers 404. */
async function readFile(client, repo, path, ref) {
    try {
        const { data } = await client.rest.repos.getContent({ ...repo, path, ref });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) {
            throw new Error(`${path} at ${ref} is a ${Array.isArray(data) ? 'directory' : data.type}, not a file`);
        }
        return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw wrapGitHubError(`read ${path} at ${ref}`, error);
    }
}
/** The workflow files at a ref: one directory listing; none when `.github/workflows/` does not exist (404). */
async function listWorkflowFiles(client, repo, ref) {
    try {
        const { data } = await client.rest.repos.getContent({ ...repo, path: workflow_files/* WORKFLOWS_DIR */.xs, ref });
        const entries = Array.isArray(data) ? data : [];
        return entries
            .filter(e => e.type === 'file')
            .map(e => `${workflow_files/* WORKFLOWS_DIR */.xs}/${e.name}`)
            .filter(workflow_files/* isWorkflowPath */.$u)
            .sort();
    }
    catch (error) {
        if (statusOf(error) === 404)
            return [];
        throw wrapGitHubError(`list ${workflow_files/* WORKFLOWS_DIR */.xs} at ${ref}`, error);
    }
}
/** Creates or updates one file as one commit on `branch`. */
async function writeFile(client, repo, change) {
    try {
        await client.rest.repos.createOrUpdateFileContents({
            ...repo,
            path: change.path,
            branch: change.branch,
            message: change.message,
            content: Buffer.from(change.text, 'utf8').toString('base64'),
            ...(change.sha ? { sha: change.sha } : {})
        });
    }
    catch (error) {
        throw wrapWorkflowWriteError(change.path, error);
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/git-data.ts

/**
 * One commit on top of `parent` that changes exactly these files, through the Git Data API: a tree made from the
 * parent's tree with the new contents inline, then the commit. No branch moves, so a failure leaves nothing visible.
 */
function commitFiles(client, repo, change) {
    return calling('commit the schedule changes', async () => {
        const baseTree = change.baseTree ??
            (await client.rest.git.getCommit({ ...repo, commit_sha: change.parent })).data.tree.sha;
        const tree = await client.rest.git.createTree({
            ...repo,
            base_tree: baseTree,
            tree: change.files.map(f => ({
                path: f.path,
                mode: '100644',
                type: 'blob',
                content: f.text
            }))
        });
        const commit = await client.rest.git.createCommit({
            ...repo,
            message: change.message,
            tree: tree.data.sha,
            parents: [change.parent]
        });
        return commit.data.sha;
    });
}

;// CONCATENATED MODULE: ./src/adapters/github/thread.ts
/** A pull request or an issue as plain data. */
function toThread(data) {
    return {
        number: data.number,
        url: data.html_url,
        title: data.title,
        body: data.body ?? '',
        labels: (data.labels ?? []).flatMap(l => {
            const name = typeof l === 'string' ? l : l.name;
            return name ? [name] : [];
        }),
        createdAt: data.created_at
    };
}

;// CONCATENATED MODULE: ./src/adapters/github/issues.ts


/**
 * Issues with the label in a state, pull requests left out (the issues list returns both). Never the search API.
 * Closed ones: only the most recently updated page, enough to find an alert closed by hand.
 */
function listIssues(client, repo, label, state) {
    return calling(`list ${state} issues labelled ${label}`, async () => {
        const options = { ...repo, state, labels: label, per_page: 100 };
        const issues = state === 'open'
            ? await client.paginate(client.rest.issues.listForRepo, options)
            : (await client.rest.issues.listForRepo({ ...options, sort: 'updated', per_page: 30 })).data;
        return issues.filter(i => !i.pull_request).map(toThread);
    });
}
/** Opens an issue with labels. */
function createIssue(client, repo, issue) {
    return calling('create the alert issue', async () => {
        const { title, body, labels } = issue;
        return toThread(
        // Not retried: a POST that GitHub applied but answered with an error would open a second issue. The use case
        // looks for what an attempt made instead.
        (await client.rest.issues.create({
            ...repo,
            title,
            body,
            labels: [...labels],
            request: { retries: 0 }
        })).data);
    });
}
/** Replaces an issue's title and body. */
function updateIssue(client, repo, number, issue) {
    return calling(`update issue #${number}`, async () => toThread((await client.rest.issues.update({ ...repo, issue_number: number, ...issue })).data));
}
/** Closes an issue as completed. */
function closeIssue(client, repo, number) {
    return calling(`close issue #${number}`, async () => {
        await client.rest.issues.update({
            ...repo,
            issue_number: number,
            state: 'closed',
            state_reason: 'completed'
        });
    });
}
/** Reopens an issue. */
function reopenIssue(client, repo, number) {
    return calling(`reopen issue #${number}`, async () => {
        await client.rest.issues.update({ ...repo, issue_number: number, state: 'open' });
    });
}
/** Comments on an issue or a pull request. */
function comment(client, repo, number, body) {
    return calling(`comment on #${number}`, async () => {
        await client.rest.issues.createComment({ ...repo, issue_number: number, body });
    });
}
/** Adds labels to an issue or a pull request. */
function addLabels(client, repo, number, labels) {
    return calling(`label #${number}`, async () => {
        await client.rest.issues.addLabels({ ...repo, issue_number: number, labels: [...labels] });
    });
}
const LABEL_COLOUR = '5319e7';
const LABEL_DESCRIPTION = 'Schedule changes and quota alerts from the Dynamic Workflow Orchestrator';
/** Creates the label when the repository does not have it yet: one request, "already exists" is fine. */
async function ensureLabel(client, repo, name) {
    try {
        await client.rest.issues.createLabel({
            ...repo,
            name,
            color: LABEL_COLOUR,
            description: LABEL_DESCRIPTION
        });
    }
    catch (error) {
        if (statusOf(error) !== 422)
            throw wrapGitHubError(`create label ${name}`, error);
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/pulls.ts


/** The open pull request from `branch` into `base`; GitHub needs `head` as owner:branch or it ignores the filter. */
function findOpenPullRequest(client, repo, branch, base) {
    return calling('list pull requests', async () => {
        const head = `${repo.owner}:${branch}`;
        const pulls = await client.paginate(client.rest.pulls.list, {
            ...repo,
            state: 'open',
            head,
            base,
            per_page: 100
        });
        const pull = pulls.find(p => p.head.ref === branch && p.base.ref === base);
        return pull ? toThread(pull) : undefined;
    });
}
/** Opens a pull request. */
function createPullRequest(client, repo, pull) {
    return calling('create the pull request', async () => {
        const { branch: head, base, title, body } = pull;
        return toThread((await client.rest.pulls.create({ ...repo, head, base, title, body })).data);
    });
}
/** Replaces a pull request's title and body. */
function updatePullRequest(client, repo, number, pull) {
    return calling(`update pull request #${number}`, async () => toThread((await client.rest.pulls.update({ ...repo, pull_number: number, ...pull })).data));
}
/** Closes a pull request without merging it. */
function closePullRequest(client, repo, number) {
    return calling(`close pull request #${number}`, async () => {
        await client.rest.pulls.update({ ...repo, pull_number: number, state: 'closed' });
    });
}

;// CONCATENATED MODULE: ./src/adapters/github/refs.ts


/** The commit sha a branch points at; undefined when the branch does not exist. */
async function branchHead(client, repo, branch) {
    try {
        const { data } = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw wrapGitHubError(`read branch ${branch}`, error);
    }
}
/** Creates a branch at a commit. */
function createBranch(client, repo, branch, sha) {
    return calling(`create branch ${branch}`, async () => {
        await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
    });
}
/** Moves a branch to a commit, discarding what it had (force). */
function resetBranch(client, repo, branch, sha) {
    return calling(`reset branch ${branch}`, async () => {
        await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
    });
}
/** GitHub's answers when branch protection or a ruleset keeps a branch from moving outside a pull request. */
const PROTECTED = /protected branch|must be made through a pull request|repository rule violations|required status check/i;
/**
 * Moves a branch forward to a commit built on its head (a fast-forward, never forced): StaleFileError when the branch
 * moved meanwhile, PermissionError naming the way out when branch protection refuses; the branch is untouched then.
 */
async function advanceBranch(client, repo, branch, sha) {
    try {
        await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false });
    }
    catch (error) {
        const message = githubMessage(error);
        if (PROTECTED.test(message)) {
            const fix = `branch protection keeps '${branch}' from moving outside a pull request — use delivery: auto-merge or pull-request, or let this token bypass the protection`;
            throw new errors/* PermissionError */.i_(`GitHub refused to commit to ${branch} (HTTP ${statusOf(error)}: ${message}).\n${fix}`, { cause: error });
        }
        if (/not a fast.?forward/i.test(message))
            throw new errors/* StaleFileError */.A4(`${branch} moved while this run was committing to it; the next run applies the change on top`, { cause: error });
        throw wrapGitHubError(`commit to ${branch}`, error);
    }
}
/** Deletes a branch; one that is already gone is fine. */
async function deleteBranch(client, repo, branch) {
    try {
        await client.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
    }
    catch (error) {
        if (statusOf(error) === 422 || statusOf(error) === 404)
            return;
        throw wrapGitHubError(`delete branch ${branch}`, error);
    }
}
/** What `head` changes against `base`, and whether it already contains base's head. */
function compare(client, repo, base, head) {
    return calling(`compare ${head} with ${base}`, async () => {
        const { data } = await client.rest.repos.compareCommitsWithBasehead({
            ...repo,
            basehead: `${base}...${head}`
        });
        return {
            upToDate: data.behind_by === 0,
            files: new Map((data.files ?? []).map(f => [f.filename, f.sha ?? '']))
        };
    });
}

;// CONCATENATED MODULE: ./src/adapters/github/auto-merge.ts
/**
 * GitHub's auto-merge on the schedule pull request (`delivery: auto-merge`), through GraphQL: REST has no call for
 * it. One query reads whether the repository allows it, the merge methods it allows and the pull request's node id;
 * one mutation enables it. GitHub's refusals come back as the ports' errors, saying what to change.
 */


/** The setting to change when the repository does not allow auto-merge. */
const AUTO_MERGE_FIX = "enable 'Allow auto-merge' under Settings → General → Pull Requests, or use delivery: pull-request";
const SETTINGS = `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    autoMergeAllowed mergeCommitAllowed squashMergeAllowed rebaseMergeAllowed
    pullRequest(number: $number) { id autoMergeRequest { enabledAt } }
  }
}`;
const ENABLE = `mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { clientMutationId }
}`;
/** GitHub's GraphQL error messages (`errors[].message`), or the error's own message. */
function graphqlMessages(error) {
    const errors = error?.errors;
    const messages = (errors ?? []).map(e => e.message).filter(m => typeof m === 'string');
    return messages.length > 0 ? messages.join(' — ') : String(error?.message ?? error);
}
function auto_merge_refusal(number, error) {
    const message = graphqlMessages(error);
    const prefix = `GitHub refused to enable auto-merge on pull request #${number}: ${message}`;
    if (/auto.?merge is not allowed/i.test(message))
        return new errors/* PermissionError */.i_(`${prefix}\n${AUTO_MERGE_FIX}`, { cause: error });
    if (/clean status/i.test(message)) {
        const why = 'GitHub only auto-merges while a required status check or review is pending, and nothing is pending here — ' +
            'merge it, require a status check on the base branch, or use delivery: direct';
        return new errors/* RemoteError */.Hi(`${prefix}\n${why}`, { cause: error });
    }
    if (/not accessible|forbidden/i.test(message)) {
        const grant = 'the token needs Pull requests: write and Contents: write to enable auto-merge';
        return new errors/* PermissionError */.i_(`${prefix}\n${grant}`, { cause: error });
    }
    return wrapGitHubError(`enable auto-merge on pull request #${number}`, error);
}
/**
 * Enables auto-merge on pull request `number` with a merge method the repository allows (merge commit, else squash,
 * else rebase); nothing to do when it is enabled already. PermissionError (naming the setting) when the repository
 * does not allow auto-merge.
 */
async function enableAutoMerge(client, repo, number) {
    try {
        const { repository: r } = await client.graphql(SETTINGS, {
            owner: repo.owner,
            name: repo.repo,
            number
        });
        if (r.pullRequest.autoMergeRequest)
            return;
        if (!r.autoMergeAllowed)
            throw new errors/* PermissionError */.i_(`Auto-merge is not allowed in ${repo.owner}/${repo.repo}, so pull request #${number} waits for a person: ${AUTO_MERGE_FIX}`);
        const allowed = [r.mergeCommitAllowed, r.squashMergeAllowed, r.rebaseMergeAllowed];
        const method = ['MERGE', 'SQUASH', 'REBASE'][Math.max(allowed.indexOf(true), 0)];
        await client.graphql(ENABLE, { id: r.pullRequest.id, mergeMethod: method });
    }
    catch (error) {
        if (error instanceof errors/* PermissionError */.i_)
            throw error;
        throw auto_merge_refusal(number, error);
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/snapshot-query.ts

const THREAD = 'number url title body createdAt labels(first: 50) { nodes { name } }';
const BLOB = 'oid text isTruncated isBinary';
const ENTRIES = `entries { name type object { ... on Blob { ${BLOB} } } }`;
const COMMIT = `tree { oid } config: file(path: $config) { object { ... on Blob { ${BLOB} } } }
  workflows: file(path: "${workflow_files/* WORKFLOWS_DIR */.xs}") { object { ... on Tree { ${ENTRIES} } } }`;
// The base's files are read from the base ref: with a base named, the default branch gives only its name.
const QUERY = `query($owner: String!, $name: String!, $base: String!, $useBase: Boolean!, $config: String!,
  $stateExpr: String!, $branch: String!, $label: String!, $threads: Boolean!) {
  repository(owner: $owner, name: $name) {
    hasIssuesEnabled
    isPrivate
    pushedAt
    owner { __typename login }
    defaultBranchRef { name target { oid ... on Commit @skip(if: $useBase) { ${COMMIT} } } }
    baseRef: ref(qualifiedName: $base) @include(if: $useBase) { name target { oid ... on Commit { ${COMMIT} } } }
    stateFile: object(expression: $stateExpr) { ... on Blob { ${BLOB} } }
    pullRequests(headRefName: $branch, states: OPEN, first: 20) @include(if: $threads) { nodes { ${THREAD} baseRefName } }
    issues(labels: [$label], states: OPEN, first: 100) @include(if: $threads) { totalCount nodes { ${THREAD} } }
  }
}`;
/** A blob as GraphQL gave it. */
function blobVersion(blob) {
    if (!blob?.oid)
        return 'missing';
    if (blob.isTruncated || blob.isBinary || typeof blob.text !== 'string')
        return 'rest';
    return { text: blob.text, sha: blob.oid };
}
function thread(data) {
    const { number, url, title, body, createdAt } = data;
    return { number, url, title, body, createdAt, labels: data.labels.nodes.map(l => l.name) };
}
/** The files of the workflows folder (none when it does not exist); undefined when the base commit was not read. */
function workflowFiles(ref) {
    if (!ref?.target.tree)
        return undefined;
    const entries = ref.target.workflows?.object?.entries ?? [];
    return new Map(entries
        .filter(e => e.type === 'blob')
        .map(e => [`${workflow_files/* WORKFLOWS_DIR */.xs}/${e.name}`, blobVersion(e.object)]));
}
function fromAnswer(data, request) {
    const ref = request.base ? data.baseRef : data.defaultBranchRef;
    return {
        defaultBranch: data.defaultBranchRef?.name ?? '',
        issuesEnabled: data.hasIssuesEnabled,
        owner: data.owner.login,
        ownerIsOrganization: data.owner.__typename === 'Organization',
        base: request.base || (data.defaultBranchRef?.name ?? ''),
        baseHead: ref?.target.oid,
        baseTree: ref?.target.tree?.oid,
        config: blobVersion(ref?.target.config?.object),
        state: blobVersion(data.stateFile),
        workflows: workflowFiles(ref),
        public: !data.isPrivate,
        pushedAt: data.pushedAt ?? undefined,
        pulls: (data.pullRequests?.nodes ?? []).map(p => ({ ...thread(p), base: p.baseRefName ?? '' })),
        alerts: alertsOf(data.issues)
    };
}
/** The open alert issues; undefined when there were more than one page, or they were not read. */
function alertsOf(issues) {
    if (!issues || issues.totalCount > issues.nodes.length)
        return undefined;
    return issues.nodes.map(thread);
}
/** One GraphQL query for everything a run reads before it plans. */
async function readSnapshot(client, repo, request) {
    const answer = await client.graphql(QUERY, {
        owner: repo.owner,
        name: repo.repo,
        base: `refs/heads/${request.base || 'HEAD'}`,
        useBase: request.base !== '',
        config: request.configPath,
        stateExpr: request.stateBranch ? `refs/heads/${request.stateBranch}:${request.statePath}` : '',
        branch: request.branch,
        label: request.label,
        threads: request.threads !== false
    });
    return fromAnswer(answer.repository, request);
}
/** Several files of one commit in one GraphQL query; a file GraphQL cannot give whole is left out. */
async function readBlobs(client, repo, commit, paths) {
    const fields = paths.map((_, i) => `f${i}: object(expression: $e${i}) { ... on Blob { ${BLOB} } }`);
    const params = paths.map((_, i) => `$e${i}: String!`).join(', ');
    const query = `query($owner: String!, $name: String!, ${params}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
    const variables = Object.fromEntries(paths.map((p, i) => [`e${i}`, `${commit}:${p}`]));
    const answer = await client.graphql(query, {
        owner: repo.owner,
        name: repo.repo,
        ...variables
    });
    return new Map(paths.map((p, i) => [p, blobVersion(answer.repository[`f${i}`])]));
}

;// CONCATENATED MODULE: ./src/adapters/github/snapshot-ports.ts


/**
 * The ports, with the reads a run makes before it plans answered from GraphQL (DESIGN §14): one query for the
 * repository, the base head, the config, the state, every file of `.github/workflows/` (the managed workflows and
 * the audit's), the open pull request and the alert issues, and one for any other file read in the same tick. Each is served once; anything else, and every read after a write
 * (recovering from a failed create), goes to REST as before. When the query fails, every read goes to REST.
 */
function withSnapshot(ports, client, repo, request) {
    let snapshot;
    const served = {
        read: () => (snapshot ??= readSnapshot(client, repo, request).catch(() => undefined)),
        batch: blobBatcher(client, repo),
        first: (once => (key) => !once.has(key) && (once.add(key), true))(new Set())
    };
    return {
        ...ports,
        ...repositoryReads(ports, request, served),
        ...workflowReads(ports, served),
        ...threadReads(ports, request, served)
    };
}
const resolved = (blob, rest) => blob === 'rest' ? rest() : Promise.resolve(blob === 'missing' ? undefined : blob);
function repositoryReads(ports, request, { read, batch, first }) {
    return {
        info: async () => {
            const s = await read();
            if (!s)
                return ports.info();
            const { defaultBranch, issuesEnabled, owner, ownerIsOrganization, pushedAt } = s;
            const facts = { defaultBranch, issuesEnabled, owner, ownerIsOrganization, public: s.public };
            return pushedAt ? { ...facts, pushedAt } : facts;
        },
        branchHead: async (branch) => {
            const s = await read();
            return s?.baseHead && branch === s.base ? s.baseHead : ports.branchHead(branch);
        },
        readFile: async (path, ref) => {
            const s = await read();
            const rest = () => ports.readFile(path, ref);
            if (s && ref === request.stateBranch && path === request.statePath && first('state'))
                return resolved(s.state, rest);
            if (!s || ref !== s.baseHead)
                return rest();
            if (path === request.configPath && first('config'))
                return resolved(s.config, rest);
            return resolved(listed(s, path) ?? (await batch(ref, path)), rest);
        },
        commitFiles: async (change) => {
            const s = await read();
            const baseTree = s && change.parent === s.baseHead ? s.baseTree : undefined;
            return ports.commitFiles({ ...change, ...(baseTree ? { baseTree } : {}) });
        }
    };
}
/** A file of the workflows folder as the snapshot listed it (missing when not listed); undefined for any other. */
function listed(s, path) {
    const inFolder = path.startsWith(`${workflow_files/* WORKFLOWS_DIR */.xs}/`) && !path.slice(workflow_files/* WORKFLOWS_DIR */.xs.length + 1).includes('/');
    return s.workflows && inFolder ? (s.workflows.get(path) ?? 'missing') : undefined;
}
/** The workflow files of the base head from the snapshot's listing: no call. */
function workflowReads(ports, { read }) {
    return {
        listWorkflowFiles: async (ref) => {
            const s = await read();
            if (!s?.workflows || ref !== s.baseHead)
                return ports.listWorkflowFiles(ref);
            return [...s.workflows.keys()].filter(workflow_files/* isWorkflowPath */.$u).sort();
        }
    };
}
function threadReads(ports, request, { read, first }) {
    return {
        findOpenPullRequest: async (branch, base) => {
            const s = await read();
            if (!s || request.threads === false || branch !== request.branch || !first('pulls'))
                return ports.findOpenPullRequest(branch, base);
            const pull = s.pulls.find(p => p.base === base);
            if (!pull)
                return undefined;
            const { number, url, title, body, labels, createdAt } = pull;
            return { number, url, title, body, labels, createdAt };
        },
        listIssues: async (label, state) => {
            const s = await read();
            if (s?.alerts && state === 'open' && label === request.label && first('alerts'))
                return s.alerts;
            return ports.listIssues(label, state);
        }
    };
}
/** Collects the file reads made in one tick at one commit into one GraphQL query. */
function blobBatcher(client, repo) {
    let open;
    return async (commit, path) => {
        if (!open || open.commit !== commit) {
            const batch = {
                commit,
                paths: [],
                answer: Promise.resolve(new Map())
            };
            // Runs after every read already waiting in this tick has joined the batch.
            batch.answer = Promise.resolve()
                .then(() => {
                if (open === batch)
                    open = undefined;
                return readBlobs(client, repo, commit, batch.paths);
            })
                .catch(() => new Map());
            open = batch;
        }
        open.paths.push(path);
        return (await open.answer).get(path) ?? 'rest';
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/runs/json-values.ts
/**
 * Reads text holding one or more JSON values back to back, as `gh api --paginate` prints a list endpoint's pages
 * (`{…}{…}`, with or without whitespace between them). Each value keeps the line it starts on, so a later error
 * can say where the broken page is.
 */

/** Line and column (both 1-based) of an offset into the text. */
function positionOf(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}
function where(text, offset) {
    const { line, column } = positionOf(text, offset);
    return `line ${line}, column ${column}`;
}
/** The offset just past the object or array opening at `start`; -1 when the text ends before it closes. */
function endOfValue(text, start) {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i += 1) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i += 1;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '{' || c === '[')
            depth += 1;
        else if (c === '}' || c === ']') {
            depth -= 1;
            if (depth === 0)
                return i + 1;
        }
    }
    return -1;
}
/** Parses one value; a syntax error names the line and column GitHub's JSON broke at. */
function parseAt(text, start, end, source) {
    try {
        return JSON.parse(text.slice(start, end));
    }
    catch (error) {
        const message = errorMessage(error);
        const offset = /at position (\d+)/.exec(message);
        const at = offset ? start + Number(offset[1]) : start;
        throw new ValidationError([`${where(text, at)}: ${message.replace(/ in JSON at position \d+.*$/, '')}`], `${source} is not the JSON GitHub's API prints`);
    }
}
/** Counts lines up to offsets that only grow, so a file of many pages is scanned once. */
function lineCounter(text) {
    let at = 0;
    let line = 1;
    return offset => {
        for (; at < offset; at += 1)
            if (text.charCodeAt(at) === 10)
                line += 1;
        return line;
    };
}
/** Every top-level object or array of the text, in order. Throws a ValidationError naming the line that broke. */
function json_values_jsonValues(text, source) {
    const values = [];
    const lineAt = lineCounter(text);
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i += 1;
            continue;
        }
        const problem = (p) => new ValidationError([`${where(text, i)}: ${p}`], `${source} is not the JSON GitHub's API prints`);
        if (c !== '{' && c !== '[')
            throw problem(`expected an object or an array, found '${c}'`);
        const end = endOfValue(text, i);
        if (end < 0)
            throw problem('this value is never closed (the file ends inside it)');
        values.push({ value: parseAt(text, i, end, source), line: lineAt(i) });
        i = end;
    }
    if (values.length === 0)
        throw new ValidationError([`${source} holds no JSON value`]);
    return values;
}

;// CONCATENATED MODULE: ./src/core/runs/records.ts
/**
 * Compact records of what ran (DESIGN §10): workflows, runs and jobs, read out of GitHub's Actions API objects.
 * The same readers serve the GitHub adapter (one response at a time) and recorded API JSON on disk: a list
 * response, the pages `gh api --paginate` prints back to back (or `--slurp`s into an array), a bare array, or a map
 * of id → object. A field that is missing or of the wrong type is an error naming where the object sits.
 */


const HEADING = 'Unreadable GitHub API JSON';
const LISTS = { workflow_runs: 'run', jobs: 'job', workflows: 'workflow' };
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function shown(value) {
    return value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 60);
}
/** Typed reads of one API object's fields; `place` names the object in errors. */
function fields(raw, place) {
    if (!isObject(raw))
        throw new core_errors/* ValidationError */.yI([`${place}: expected an object, got ${shown(raw)}`], HEADING);
    const wrong = (key, wanted) => new core_errors/* ValidationError */.yI([`${place}: ${key} should be ${wanted}, got ${shown(raw[key])}`], HEADING);
    const text = (key) => {
        if (typeof raw[key] !== 'string')
            throw wrong(key, 'a string');
        return raw[key];
    };
    const maybeText = (key) => (raw[key] == null ? null : text(key));
    const time = (key) => {
        const value = text(key);
        if (Number.isNaN(Date.parse(value)))
            throw wrong(key, 'an ISO 8601 time');
        return value;
    };
    return {
        number: (key, fallback) => {
            if (raw[key] === undefined && fallback !== undefined)
                return fallback;
            if (typeof raw[key] !== 'number' || !Number.isFinite(raw[key]))
                throw wrong(key, 'a number');
            return raw[key];
        },
        text,
        maybeText,
        time,
        maybeTime: (key) => (raw[key] == null ? null : time(key)),
        texts: (key) => {
            const value = raw[key] ?? [];
            if (!Array.isArray(value) || value.some(v => typeof v !== 'string'))
                throw wrong(key, 'a list of strings');
            return value;
        }
    };
}
/** A run object (`GET …/actions/runs`, `…/runs/{id}`) as a RunRecord. Without `run_attempt` it is the first. */
function toRunRecord(raw, place) {
    const f = fields(raw, place);
    return {
        id: f.number('id'),
        workflowId: f.number('workflow_id'),
        attempt: f.number('run_attempt', 1),
        event: f.text('event'),
        branch: f.maybeText('head_branch'),
        status: f.maybeText('status'),
        conclusion: f.maybeText('conclusion'),
        createdAt: f.time('created_at'),
        startedAt: f.maybeTime('run_started_at'),
        updatedAt: f.time('updated_at')
    };
}
/** A job object (`GET …/runs/{id}/jobs`) as a JobRecord. */
function toJobRecord(raw, place) {
    const f = fields(raw, place);
    return {
        id: f.number('id'),
        runId: f.number('run_id'),
        attempt: f.number('run_attempt', 1),
        name: f.text('name'),
        labels: f.texts('labels'),
        startedAt: f.maybeTime('started_at'),
        completedAt: f.maybeTime('completed_at'),
        conclusion: f.maybeText('conclusion')
    };
}
/** A workflow object (`GET …/actions/workflows`) as a WorkflowInfo. */
function toWorkflowInfo(raw, place) {
    const f = fields(raw, place);
    return { id: f.number('id'), path: f.text('path'), name: f.text('name'), state: f.text('state') };
}
/** What an API object is, told by the fields only that kind has. */
function kindOf(value) {
    if ('run_id' in value && 'name' in value)
        return 'job';
    if ('workflow_id' in value && 'event' in value)
        return 'run';
    if ('path' in value && 'state' in value && 'id' in value)
        return 'workflow';
    return undefined;
}
function listKey(value) {
    return Object.keys(LISTS).find(key => Array.isArray(value[key]));
}
/** Where an object sits: the page's line, then a path into it (`workflow_runs[4]`, `["8000161341"]`). */
function placeOf(page, path) {
    return path === '' ? page : `${page}, ${path}`;
}
/** Collects API objects by kind, remembering where each one sat. */
class Collector {
    objects = [];
    /** A top-level value: a list response, a bare array, one API object, or a map of id → object. */
    value(value, page) {
        if (Array.isArray(value))
            value.forEach((v, i) => this.item(v, page, `[${i}]`));
        else if (isObject(value) && (listKey(value) || kindOf(value)))
            this.item(value, page, '');
        else if (isObject(value)) {
            for (const [key, v] of Object.entries(value))
                this.item(v, page, `["${key}"]`);
        }
        else
            throw new ValidationError([`${page}: expected an object or an array`], HEADING);
    }
    /** An element: a list response (`gh api --paginate --slurp` pages) or one API object. */
    item(value, page, path) {
        const list = isObject(value) ? listKey(value) : undefined;
        if (isObject(value) && list) {
            const kind = LISTS[list];
            const items = value[list];
            items.forEach((v, i) => this.object(v, kind, placeOf(page, `${path}${path && '.'}${list}[${i}]`)));
            return;
        }
        const kind = isObject(value) ? kindOf(value) : undefined;
        if (!kind) {
            const problem = `${placeOf(page, path)}: not a workflow run, a job or a workflow (${shown(value)})`;
            throw new ValidationError([problem], HEADING);
        }
        this.object(value, kind, placeOf(page, path));
    }
    object(raw, kind, place) {
        if (!isObject(raw))
            throw new ValidationError([`${place}: expected an object, got ${shown(raw)}`], HEADING);
        this.objects.push({ kind, raw, place });
    }
}
/** The workflows a run object names (`workflow_id`, `path`, `name`), for recordings without workflow objects. */
function workflowOfRun(raw) {
    const { workflow_id: id, path, name } = raw;
    if (typeof id !== 'number' || typeof path !== 'string')
        return undefined;
    return { id, path, name: typeof name === 'string' ? name : path, state: 'unknown' };
}
function newerRun(a, b) {
    if (!a)
        return true;
    if (a.attempt !== b.attempt)
        return b.attempt > a.attempt;
    return Date.parse(b.updatedAt) >= Date.parse(a.updatedAt);
}
/** Combines recordings: a run seen twice keeps its latest attempt, a job its last copy, explicit workflows win. */
function mergeRecordedApi(parts) {
    const runs = new Map();
    const jobs = new Map();
    const workflows = new Map();
    for (const part of parts) {
        for (const run of part.runs)
            if (newerRun(runs.get(run.id), run))
                runs.set(run.id, run);
        for (const job of part.jobs)
            jobs.set(job.id, job);
        for (const w of part.workflows) {
            if (w.state !== 'unknown' || !workflows.has(w.id))
                workflows.set(w.id, w);
        }
    }
    const newestFirst = (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id;
    return {
        workflows: [...workflows.values()].sort((a, b) => a.id - b.id),
        runs: [...runs.values()].sort(newestFirst),
        jobs: [...jobs.values()]
    };
}
/**
 * Reads recorded API JSON (`source` names it in errors: a file name). Throws a ValidationError naming the line of
 * the page that broke and the index or key of the object in it.
 */
function parseRecordedApi(text, source) {
    const collector = new Collector();
    for (const { value, line } of jsonValues(text, source))
        collector.value(value, `${source} line ${line}`);
    const part = { workflows: [], runs: [], jobs: [] };
    for (const { kind, raw, place } of collector.objects) {
        if (kind === 'job')
            part.jobs.push(toJobRecord(raw, place));
        if (kind === 'workflow')
            part.workflows.push(toWorkflowInfo(raw, place));
        if (kind !== 'run')
            continue;
        part.runs.push(toRunRecord(raw, place));
        const workflow = workflowOfRun(raw);
        if (workflow)
            part.workflows.push(workflow);
    }
    return mergeRecordedApi([part]);
}
/** The runs of recorded API JSON, newest first. */
function parseRuns(text, source) {
    return parseRecordedApi(text, source).runs;
}
/** The jobs of recorded API JSON, in recorded order. */
function parseJobs(text, source) {
    return parseRecordedApi(text, source).jobs;
}

;// CONCATENATED MODULE: ./src/adapters/github/workflow-runs.ts
/**
 * WorkflowRuns over GitHub's Actions API: one small function per call. Lists are asked conditionally when an ETag
 * is given (a 304 costs no rate limit) and come back as the core's compact records.
 */



const PER_PAGE = 100;
/** Reading runs needs `actions: read`; GitHub answers 404 for what the token may not see. */
function readFixes(what) {
    return {
        403: "the token lacks `actions: read` — grant it in the workflow's `permissions:` (or to the PAT / GitHub App)",
        404: `${what} does not exist, or the token cannot see it — check the name, and that the token has \`actions: read\` on the repository`
    };
}
/** The workflow as `{workflow_id}` takes it: an id or a file name (a path is cut to its file name). */
function workflowParam(workflow) {
    return typeof workflow === 'number' ? workflow : (workflow.split('/').pop() ?? workflow);
}
/** GitHub's date search syntax has no fractions of a second (`…T03:00:00.000Z` → `…T03:00:00Z`). */
function searchTime(time) {
    return time.replace(/\.\d+(?=Z$|[+-]\d{2}:?\d{2}$)/, '');
}
function conditional(etag) {
    return etag ? { 'if-none-match': etag } : {};
}
function hasNext(link) {
    return /rel="next"/.test(link ?? '');
}
/** Octokit throws a 304 as an error: that answer means the list is as it was. Undefined for any other error. */
function notModified(error, etag) {
    if (statusOf(error) !== 304)
        return undefined;
    const headers = error.response?.headers ??
        {};
    return { items: [], etag: headers.etag ?? etag, notModified: true, more: hasNext(headers.link) };
}
/** Every workflow of the repository, all pages. */
function listWorkflows(client, repo) {
    const name = `${repo.owner}/${repo.repo}`;
    return refusing(`list the workflows of ${name}`, readFixes(`the repository ${name}`), async () => {
        const workflows = await client.paginate(client.rest.actions.listRepoWorkflows, {
            ...repo,
            per_page: PER_PAGE
        });
        return workflows.map((w, i) => toWorkflowInfo(w, `${name} workflows[${i}]`));
    });
}
/** One page (100 runs unless `perPage`, newest first) of a workflow's runs created in [from, to]; notModified when the ETag holds. */
async function listRuns(client, repo, workflow, query) {
    const created = `${searchTime(query.from)}..${searchTime(query.to)}`;
    const action = `list the runs of workflow ${workflow} created ${created}`;
    try {
        const { data, headers } = await client.rest.actions.listWorkflowRuns({
            ...repo,
            workflow_id: workflowParam(workflow),
            created,
            ...(query.event ? { event: query.event } : {}),
            per_page: query.perPage ?? PER_PAGE,
            page: query.page,
            headers: conditional(query.etag)
        });
        const place = (i) => `workflow ${workflow} page ${query.page} workflow_runs[${i}]`;
        return {
            items: data.workflow_runs.map((r, i) => toRunRecord(r, place(i))),
            etag: headers.etag,
            notModified: false,
            more: hasNext(headers.link),
            total: data.total_count
        };
    }
    catch (error) {
        const unchanged = notModified(error, query.etag);
        if (unchanged)
            return unchanged;
        throw refusal(action, error, readFixes(`workflow ${workflow}`));
    }
}
/** The jobs of a run's latest attempt, every page; notModified when the first page's ETag holds. */
async function listJobs(client, repo, runId, etag) {
    const pages = client.paginate.iterator(client.rest.actions.listJobsForWorkflowRun, {
        ...repo,
        run_id: runId,
        filter: 'latest',
        per_page: PER_PAGE,
        headers: conditional(etag)
    });
    const raw = [];
    const etags = [];
    try {
        for await (const page of pages) {
            etags.push(page.headers.etag);
            raw.push(...page.data);
        }
    }
    catch (error) {
        const unchanged = notModified(error, etag);
        if (unchanged)
            return unchanged;
        throw refusal(`list the jobs of run ${runId}`, error, readFixes(`run ${runId}`));
    }
    const items = raw.map((j, i) => toJobRecord(j, `run ${runId} jobs[${i}]`));
    return { items, etag: etags[0], notModified: false, more: false, total: items.length };
}
/** The WorkflowRuns port over one client and repository. */
function gitHubRuns(client, repo) {
    return {
        listWorkflows: () => listWorkflows(client, repo),
        listRuns: (workflow, query) => listRuns(client, repo, workflow, query),
        listJobs: (runId, etag) => listJobs(client, repo, runId, etag)
    };
}

;// CONCATENATED MODULE: ./src/adapters/github/workflow-control.ts


const DISPATCH = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';
const WRITE_FIX = "the token lacks `actions: write` — grant it in the workflow's `permissions:` (or to the PAT / GitHub App)";
/** GitHub's 422 reasons for refusing a dispatch, each with its fix. */
function dispatchFix(workflow, ref) {
    const inputs = `under \`on.workflow_dispatch.inputs\` in ${workflow}`;
    const fixes = [
        [
            /'workflow_dispatch' trigger/i,
            `add \`workflow_dispatch:\` under \`on:\` in ${workflow} on ${ref}`
        ],
        [
            /disabled workflow/i,
            `${workflow} is disabled — enable it (Actions → the workflow → "Enable workflow", or \`gh workflow enable\`) first`
        ],
        [/Unexpected inputs/i, `pass only the inputs declared ${inputs}`],
        [/Required input/i, `pass every required input declared ${inputs}`],
        [
            /No ref found/i,
            `${ref} is neither a branch nor a tag of the repository: dispatch on one that exists`
        ]
    ];
    return message => fixes.find(([pattern]) => pattern.test(message))?.[1] ??
        `check the \`workflow_dispatch\` trigger and inputs of ${workflow}, and the ref ${ref}`;
}
function writeFixes(workflow, repo) {
    return {
        403: WRITE_FIX,
        404: `${workflow} is not a workflow of ${repo.owner}/${repo.repo} (or the token cannot see it): check its file name or id`
    };
}
/** Starts a workflow_dispatch run on a ref; the run's id and page when GitHub returns them (200), else undefined. */
function dispatch(client, repo, workflow, request) {
    const fixes = { ...writeFixes(workflow, repo), 422: dispatchFix(workflow, request.ref) };
    return refusing(`dispatch workflow ${workflow} on ${request.ref}`, fixes, async () => {
        // The typed method knows only the 204 answer; the route's own types know the 200 with the run's details.
        const response = await client.request(DISPATCH, {
            ...repo,
            workflow_id: workflowParam(workflow),
            ref: request.ref,
            ...(request.inputs ? { inputs: request.inputs } : {}),
            return_run_details: true,
            // Never resent blindly: a dispatch GitHub applied but answered with an error would run twice. The caller looks
            // for the run before it tries again.
            request: { retries: 0 }
        });
        if (response.status !== 200)
            return { runId: undefined, url: undefined };
        return { runId: Number(response.data.workflow_run_id), url: response.data.html_url };
    });
}
/** Enables a workflow (active again, its schedule runs). */
function enableWorkflow(client, repo, workflow) {
    return refusing(`enable workflow ${workflow}`, writeFixes(workflow, repo), async () => {
        await client.rest.actions.enableWorkflow({ ...repo, workflow_id: workflowParam(workflow) });
    });
}
/** Disables a workflow (disabled_manually: no scheduled or dispatched runs). */
function disableWorkflow(client, repo, workflow) {
    return refusing(`disable workflow ${workflow}`, writeFixes(workflow, repo), async () => {
        await client.rest.actions.disableWorkflow({ ...repo, workflow_id: workflowParam(workflow) });
    });
}
/** The WorkflowControl port over one client and repository. */
function gitHubControl(client, repo) {
    return {
        dispatch: (workflow, request) => dispatch(client, repo, workflow, request),
        enable: workflow => enableWorkflow(client, repo, workflow),
        disable: workflow => disableWorkflow(client, repo, workflow)
    };
}

;// CONCATENATED MODULE: ./src/adapters/github/github-repository.ts












/**
 * Whether the repository has issues. GitHub may leave `has_issues` out of a repository answer (some tokens and
 * proxies do): only an explicit `false` means disabled.
 */
function issuesEnabled(data) {
    return data.has_issues !== false;
}
function repositoryInfo(client, repo) {
    return calling(`read the repository ${repo.owner}/${repo.repo}`, async () => {
        const { data } = await client.rest.repos.get({ ...repo });
        return {
            defaultBranch: data.default_branch,
            issuesEnabled: issuesEnabled(data),
            owner: data.owner.login,
            ownerIsOrganization: data.owner.type === 'Organization',
            public: !data.private,
            ...(data.pushed_at ? { pushedAt: data.pushed_at } : {})
        };
    });
}
function github_repository_workflowFiles(client, repo) {
    return {
        info: () => repositoryInfo(client, repo),
        readFile: (path, ref) => readFile(client, repo, path, ref),
        branchHead: branch => branchHead(client, repo, branch),
        compare: (base, head) => compare(client, repo, base, head),
        createBranch: (branch, sha) => createBranch(client, repo, branch, sha),
        resetBranch: (branch, sha) => resetBranch(client, repo, branch, sha),
        advanceBranch: (branch, sha) => advanceBranch(client, repo, branch, sha),
        deleteBranch: branch => deleteBranch(client, repo, branch),
        writeFile: change => writeFile(client, repo, change),
        commitFiles: change => commitFiles(client, repo, change)
    };
}
function threads(client, repo) {
    return {
        comment: (number, body) => comment(client, repo, number, body),
        ensureLabel: (name) => ensureLabel(client, repo, name),
        addLabels: (number, labels) => addLabels(client, repo, number, labels)
    };
}
function pullRequests(client, repo) {
    return {
        ...threads(client, repo),
        findOpenPullRequest: (branch, base) => findOpenPullRequest(client, repo, branch, base),
        createPullRequest: pull => createPullRequest(client, repo, pull),
        updatePullRequest: (number, pull) => updatePullRequest(client, repo, number, pull),
        closePullRequest: number => closePullRequest(client, repo, number),
        enableAutoMerge: number => enableAutoMerge(client, repo, number)
    };
}
function issues(client, repo) {
    return {
        ...threads(client, repo),
        listIssues: (label, state) => listIssues(client, repo, label, state),
        createIssue: issue => createIssue(client, repo, issue),
        updateIssue: (number, issue) => updateIssue(client, repo, number, issue),
        closeIssue: number => closeIssue(client, repo, number),
        reopenIssue: number => reopenIssue(client, repo, number)
    };
}
/** The ports over GitHub's REST API: each method is one small call in this folder. */
function gitHubPorts(repo, options, snapshot) {
    const client = createClient(options);
    const ports = {
        ...github_repository_workflowFiles(client, repo),
        listWorkflowFiles: ref => listWorkflowFiles(client, repo, ref),
        ...pullRequests(client, repo),
        ...issues(client, repo),
        ...gitHubRuns(client, repo),
        ...gitHubControl(client, repo),
        requestCount: () => client.requestCount(),
        graphqlCount: () => client.graphqlCount(),
        notModifiedCount: () => client.notModifiedCount(),
        rateLimitRemaining: () => client.rateLimitRemaining()
    };
    return snapshot ? withSnapshot(ports, client, repo, snapshot) : ports;
}
/** Billing usage over its own client: the billing token may not be the repository's (`billing-token`). */
function gitHubBillingPorts(options) {
    const client = createClient(options);
    return { ...gitHubBilling(client), requestCount: () => client.requestCount() };
}

;// CONCATENATED MODULE: ./src/adapters/github/repo-id.ts
/** Reads `owner/name` (GITHUB_REPOSITORY). */
function parseRepoId(value) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(value ?? '');
    if (!match)
        throw new Error(`GITHUB_REPOSITORY must be owner/name, got '${value ?? ''}' — run the action inside a workflow`);
    return { owner: match[1], repo: match[2] };
}

// EXTERNAL MODULE: ./src/adapters/github/state-branch.ts
var state_branch = __webpack_require__(1336);
;// CONCATENATED MODULE: ./src/action-ports.ts
/**
 * What every operation of the action runs on: the GitHub ports for the settings (billing over its own client), the
 * test and demo knobs, and the progress that groups log lines. Loaded by main.ts once an operation starts.
 */




/** Test and demo knobs for runs against a local GitHub fake: shorter backoff, write spacing and deadline. */
function timing() {
    const ms = (name) => (process.env[name] ? Number(process.env[name]) : undefined);
    return {
        backoffMs: ms('ORCHESTRATOR_BACKOFF_MS'),
        writeSpacingMs: ms('ORCHESTRATOR_WRITE_SPACING_MS'),
        timeoutMs: ms('ORCHESTRATOR_TIMEOUT_MS')
    };
}
/** The ports of the repository the workflow runs in, with the run's request count over both clients. */
function actionPorts(settings) {
    const github = gitHubPorts(parseRepoId(process.env.GITHUB_REPOSITORY), { token: settings.token, baseUrl: process.env.GITHUB_API_URL, ...timing() }, {
        base: settings.base,
        configPath: settings.config,
        stateBranch: settings.stateBranch,
        statePath: state_branch/* STATE_PATH */.K,
        branch: settings.branch,
        label: settings.labels[0] ?? 'orchestrator',
        // The audit reads no pull request or issue, so it runs with contents: read and actions: read only.
        threads: settings.operation !== 'audit'
    });
    // Billing is read with its own token (`billing-token`), over its own client; both count toward the run's calls.
    const billing = gitHubBillingPorts({
        token: settings.billing.token,
        baseUrl: process.env.GITHUB_API_URL,
        ...timing()
    });
    // The state branch as this run has seen it: the state and the run records share what is known of it.
    const known = new Set();
    return {
        ...github,
        billing,
        requestCount: () => github.requestCount() + billing.requestCount(),
        stateName: (0,state_branch/* stateName */.Vi)(settings.stateBranch),
        stateStorage: (baseHead) => (0,state_branch/* stateOnBranch */.$m)(github, { branch: settings.stateBranch, baseHead, known }),
        // The run records beside the state: a tick reads them for a budget in dollars or minutes (DESIGN §13).
        runsName: (0,state_branch/* stateName */.Vi)(settings.stateBranch, state_branch/* RUNS_PATH */.H),
        runsStorage: (baseHead) => (0,state_branch/* stateOnBranch */.$m)(github, { branch: settings.stateBranch, baseHead, path: state_branch/* RUNS_PATH */.H, known })
    };
}
/** Each phase's log lines in a group. */
const progress = {
    phase: (name, work) => core/* group */.Os(name, work),
    info: line => core/* info */.pq(line)
};


/***/ }),

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


/***/ })

};

//# sourceMappingURL=838.index.js.map