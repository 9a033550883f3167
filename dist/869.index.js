export const id = 869;
export const ids = [869];
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

/***/ 5869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyOperation: () => (/* binding */ applyOperation)
});

// EXTERNAL MODULE: ../main/node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(2561);
// EXTERNAL MODULE: ./src/core/schedule/plan.ts + 1 modules
var schedule_plan = __webpack_require__(6841);
// EXTERNAL MODULE: ./src/core/cron/occurrences.ts
var occurrences = __webpack_require__(6452);
// EXTERNAL MODULE: ./src/core/schedule/schedule.ts + 1 modules
var schedule = __webpack_require__(4331);
// EXTERNAL MODULE: ./src/core/cron/cron.ts
var cron = __webpack_require__(9820);
;// CONCATENATED MODULE: ./src/core/forecast/recommend-conflicts.ts
/**
 * The conflicts of recommended schedules (DESIGN §11): managed workflows whose predicted run windows — from each
 * occurrence to occurrence + the p90 duration (the top of the 80% interval) — overlap in the next 7 days; crons at
 * minute 0, when GitHub's scheduler is busiest and delays or drops runs; and schedules whose runs outlast the
 * shortest gap between their own starts. Facts only; reports/ words them.
 */


const DAY_MS = 86_400_000;
/** How far ahead run windows are compared. */
const OVERLAP_HORIZON_MS = 7 * DAY_MS;
/** Two months: every day of the month and of the week comes up, so every gap a schedule has shows. */
const GAP_HORIZON_MS = 62 * DAY_MS;
/** Index of the first value of an ascending list past `at` (at or past it when `inclusive`). */
function firstPast(values, at, inclusive) {
    let [low, high] = [0, values.length];
    while (low < high) {
        const middle = (low + high) >>> 1;
        const value = values[middle];
        if (value < at || (!inclusive && value === at))
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** Run windows of the next 7 days, ascending (every window of one workflow has the same length). */
function windowsOf(workflow, now) {
    const p90 = (workflow.expectedDuration?.high ?? 0) * 1000;
    const until = new Date(now.getTime() + OVERLAP_HORIZON_MS);
    return (0,occurrences/* occurrencesBetween */.xl)(workflow.recommended, now, until).map(t => ({
        start: t.getTime(),
        end: t.getTime() + p90
    }));
}
/** Pairs of intersecting windows (half-open) and the earliest instant two of them share; undefined when none. */
function intersections(a, b) {
    const starts = b.map(w => w.start);
    const ends = b.map(w => w.end);
    let windows = 0;
    let first = Infinity;
    for (const w of a) {
        // b's windows share one length, so both their starts and their ends ascend.
        const from = firstPast(ends, w.start, false);
        const to = firstPast(starts, w.end, true);
        if (to <= from)
            continue;
        windows += to - from;
        first = Math.min(first, Math.max(w.start, starts[from]));
    }
    return windows === 0 ? undefined : { windows, first: new Date(first) };
}
/** Every pair of workflows with predicted run windows that overlap, in the order the workflows come. */
function overlapConflicts(workflows, now) {
    const timed = workflows.filter(w => w.expectedDuration !== null);
    const windows = timed.map(w => windowsOf(w, now));
    const conflicts = [];
    timed.forEach((a, i) => {
        for (let j = i + 1; j < timed.length; j++) {
            const found = intersections(windows[i], windows[j]);
            const b = timed[j];
            if (found)
                conflicts.push({ kind: 'overlap', workflows: [a.id, b.id], detail: found });
        }
    });
    return conflicts;
}
/** Each workflow whose recommended crons include minute 0 (as the audit reads them). */
function minuteZeroConflicts(workflows) {
    return workflows.flatMap(w => {
        const crons = w.recommended
            .filter(entry => {
            const parsed = (0,cron/* parseCron */.E$)(entry.cron);
            return parsed.ok && parsed.cron.minutes.includes(0);
        })
            .map(entry => entry.cron);
        return crons.length === 0
            ? []
            : [{ kind: 'minute-zero', workflows: [w.id], detail: { crons } }];
    });
}
/** The shortest time in seconds between two distinct starts of the schedule; undefined with fewer than two. */
function shortestGap(entries, now) {
    const times = (0,occurrences/* occurrencesBetween */.xl)(entries, now, new Date(now.getTime() + GAP_HORIZON_MS));
    let shortest;
    for (let i = 1; i < times.length; i++) {
        const gap = (times[i].getTime() - times[i - 1].getTime()) / 1000;
        if (gap > 0 && (shortest === undefined || gap < shortest))
            shortest = gap;
    }
    return shortest;
}
/** Each workflow whose p90 duration is longer than the shortest gap between its starts. */
function outlastsConflicts(workflows, now) {
    return workflows.flatMap(w => {
        const p90 = w.expectedDuration?.high;
        const gap = shortestGap(w.recommended, now);
        if (p90 === undefined || gap === undefined || !(p90 > gap))
            return [];
        return [
            { kind: 'outlasts-interval', workflows: [w.id], detail: { p90, shortestGap: gap } }
        ];
    });
}
/** Every conflict: overlaps first, then minute-0 crons, then schedules outlasted by their runs. */
function scheduleConflicts(workflows, now) {
    return [
        ...overlapConflicts(workflows, now),
        ...minuteZeroConflicts(workflows),
        ...outlastsConflicts(workflows, now)
    ];
}

;// CONCATENATED MODULE: ./src/core/runs/runner-pricing.ts
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

;// CONCATENATED MODULE: ./src/core/runs/run-figures.ts

/** Jobs by run id. */
function jobsByRun(jobs) {
    const byRun = new Map();
    for (const job of jobs) {
        const list = byRun.get(job.runId);
        if (list)
            list.push(job);
        else
            byRun.set(job.runId, [job]);
    }
    return byRun;
}
/** Whether the run has finished (GitHub sets a conclusion then). */
function isCompleted(run) {
    return run.status === 'completed' || (run.status === null && run.conclusion !== null);
}
function seconds(from, to) {
    return (Date.parse(to) - Date.parse(from)) / 1000;
}
function earliest(times) {
    const known = times.filter((t) => t !== null);
    return known.length === 0
        ? undefined
        : known.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
}
function latest(times) {
    const known = times.filter((t) => t !== null);
    return known.length === 0
        ? undefined
        : known.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}
function durationOf(run, jobs) {
    if (!isCompleted(run))
        return undefined;
    const first = earliest(jobs.map(j => j.startedAt));
    const last = latest(jobs.map(j => j.completedAt));
    if (first !== undefined && last !== undefined)
        return seconds(first, last);
    return seconds(run.startedAt ?? run.createdAt, run.updatedAt);
}
function chargesOf(jobs, prices) {
    let billableMinutes = 0;
    let microDollars = 0;
    const unknownLabels = [];
    for (const job of jobs) {
        const charge = jobCharge(job, prices);
        billableMinutes += charge.billableMinutes;
        microDollars += charge.microDollars;
        if (charge.runner.unknown !== undefined && charge.minutes > 0)
            unknownLabels.push(charge.runner.unknown);
    }
    return { billableMinutes, microDollars, unknownLabels };
}
/** The figures of a run from its recorded jobs (any attempt's; only the run's own attempt counts). */
function runFacts(run, recordedJobs, prices = DEFAULT_PRICES) {
    const jobs = recordedJobs.filter(job => job.runId === run.id && job.attempt === run.attempt);
    const duration = durationOf(run, jobs);
    const facts = { run, hasJobs: jobs.length > 0, unknownLabels: [] };
    if (duration !== undefined)
        facts.duration = duration;
    if (jobs.length === 0)
        return facts;
    const firstStart = earliest(jobs.map(j => j.startedAt));
    if (firstStart !== undefined)
        facts.queue = seconds(run.createdAt, firstStart);
    return { ...facts, ...chargesOf(jobs, prices) };
}

;// CONCATENATED MODULE: ./src/core/forecast/duration-of-run.ts
/** The jobs of each run, by run id. */
function duration_of_run_jobsByRun(jobs) {
    const byRun = new Map();
    for (const job of jobs) {
        const list = byRun.get(job.runId);
        if (list)
            list.push(job);
        else
            byRun.set(job.runId, [job]);
    }
    return byRun;
}
/** The span of the jobs that ran (skipped ones have no real times), in ms; undefined when none did. */
function jobSpan(run, jobs) {
    let first = Infinity;
    let last = -Infinity;
    for (const job of jobs) {
        if (job.attempt !== run.attempt || job.conclusion === 'skipped')
            continue;
        if (job.startedAt === null || job.completedAt === null)
            continue;
        first = Math.min(first, Date.parse(job.startedAt));
        last = Math.max(last, Date.parse(job.completedAt));
    }
    return last >= first ? last - first : undefined;
}
/** Whether the run has finished: completed, or recorded without a status but with a conclusion. */
function isFinished(run) {
    return run.status === 'completed' || (run.status === null && run.conclusion !== null);
}
/**
 * The run's duration in seconds, or undefined while it has not finished (or its times make no sense). `jobs` are
 * the run's jobs (any attempt; only the run's own attempt counts).
 */
function runDurationSeconds(run, jobs = []) {
    if (!isFinished(run))
        return undefined;
    const span = jobSpan(run, jobs);
    if (span !== undefined)
        return span / 1000;
    const ms = Date.parse(run.updatedAt) - Date.parse(run.startedAt ?? run.createdAt);
    return Number.isFinite(ms) && ms >= 0 ? ms / 1000 : undefined;
}

;// CONCATENATED MODULE: ./src/core/forecast/duration-model.ts
/**
 * The duration predictor's point estimate (DESIGN §11), from a workflow's successful runs: the recent runs most
 * like the one to predict (same event, same branch class — default branch or not —, first attempt or re-run) when
 * there are enough of them, else a broader set; a level-shift check that drops the runs before a lasting change; then
 * a recency-weighted median whose weights also fall as 1/duration. That weighting puts the estimate where the mean
 * absolute percentage error is smallest (an overestimate of a short run costs more percent than an underestimate
 * of a long one), and the median keeps one odd run from moving it.
 */
const DEFAULT_MODEL = {
    minRuns: 5,
    window: 60,
    decay: 0.9,
    shift: { down: 3, up: 5, threshold: 0.3 }
};
/** The durations (oldest first) of the narrowest set of like runs that has at least minRuns runs. */
function likeRuns(samples, context, defaultBranch, options) {
    const onDefault = (branch) => defaultBranch === undefined ? undefined : branch === defaultBranch;
    const wanted = { branch: onDefault(context.branch), rerun: (context.attempt ?? 1) > 1 };
    const tests = [
        s => s.event === context.event &&
            onDefault(s.branch) === wanted.branch &&
            s.rerun === wanted.rerun,
        s => s.event === context.event && onDefault(s.branch) === wanted.branch,
        s => onDefault(s.branch) === wanted.branch
    ];
    const sets = tests.map(() => []);
    const all = [];
    const full = (set) => set.length >= options.window;
    for (let i = samples.length - 1; i >= 0 && !full(sets[0]); i--) {
        const sample = samples[i];
        if (!full(all))
            all.push(sample.seconds);
        tests.forEach((test, t) => {
            const set = sets[t];
            if (!full(set) && test(sample))
                set.push(sample.seconds);
        });
    }
    const chosen = sets.find(set => set.length >= options.minRuns) ?? all;
    return chosen.reverse();
}
/** Indices of the values, smallest value first. */
function ascending(values) {
    const order = Array.from(values.keys());
    return order.sort((a, b) => values[a] - values[b]);
}
/** The value where the weights' running total, in the values' order, first reaches half. */
function weightedMedian(values, weights, order = ascending(values)) {
    let half = 0;
    for (const w of weights)
        half += w / 2;
    let total = 0;
    for (const i of order) {
        total += weights[i];
        if (total >= half)
            return values[i];
    }
    return values[order.at(-1)];
}
/**
 * The recency- and 1/duration-weighted median of durations (oldest first). The 1/duration factor is bounded to
 * within ×/÷ 2 of the recency-weighted median, so one run that took seconds cannot outweigh all the others.
 */
function recentMedian(durations, decay) {
    const order = ascending(durations);
    const recency = new Array(durations.length);
    for (let i = durations.length - 1, w = 1; i >= 0; i--, w *= decay)
        recency[i] = w;
    const typical = Math.max(weightedMedian(durations, recency, order), 1);
    const [floor, ceiling] = [typical / 2, typical * 2];
    const weights = recency.map((w, i) => w / Math.min(Math.max(durations[i], floor), ceiling));
    return weightedMedian(durations, weights, order);
}
/** The runs since a lasting change of level, or all of them when there was none. */
function sinceShift(durations, options) {
    const { down, up, threshold } = options.shift;
    const ratio = 1 + threshold;
    const changed = (k, beyond) => {
        if (k === 0 || durations.length < k + options.minRuns)
            return false;
        const [before, recent] = [durations.slice(0, -k), durations.slice(-k)];
        // The level lies between the shortest and the longest run before: check those first, it is cheaper.
        const [shortest, longest] = [Math.min(...before), Math.max(...before)];
        if (!recent.every(d => beyond(d, longest) || beyond(d, shortest)))
            return false;
        const level = recentMedian(before, options.decay);
        return recent.every(d => beyond(d, level));
    };
    if (changed(down, (d, level) => d * ratio < level))
        return durations.slice(-down);
    if (changed(up, (d, level) => d > level * ratio))
        return durations.slice(-up);
    return durations;
}
/** The point estimate in seconds from like runs (oldest first, at least one). */
function pointEstimate(durations, options) {
    return recentMedian(sinceShift(durations, options), options.decay);
}

;// CONCATENATED MODULE: ./src/core/forecast/duration-residuals.ts
/**
 * The duration predictor's own past errors (DESIGN §11), kept as log residuals ln(actual / predicted): a workflow's
 * recent ones, and everyone's, blended so a workflow with few residuals borrows the others' spread. The 80% interval
 * and the confidence are read from that blend (split conformal, with no distribution assumed), and a running
 * adjustment of the two tail levels (adaptive conformal inference, Gibbs & Candès 2021) keeps the share of actuals
 * that fall outside each end at its target as the stream drifts.
 */
/** The last `capacity` values, kept both in arrival order and sorted, so counts below a value cost a binary search. */
class SortedWindow {
    capacity;
    arrivals = [];
    sorted = [];
    head = 0;
    constructor(capacity) {
        this.capacity = capacity;
    }
    get size() {
        return this.sorted.length;
    }
    add(value) {
        this.arrivals.push(value);
        this.sorted.splice(this.countBelow(value), 0, value);
        if (this.arrivals.length - this.head > this.capacity) {
            const oldest = this.arrivals[this.head++];
            this.sorted.splice(this.countBelow(oldest), 1);
        }
        if (this.head > this.capacity) {
            this.arrivals.splice(0, this.head);
            this.head = 0;
        }
    }
    /** How many values are below `value`, or at most `value` when `inclusive`. */
    countBelow(value, inclusive = false) {
        let [lo, hi] = [0, this.sorted.length];
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            const v = this.sorted[mid];
            if (v < value || (inclusive && v === value))
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    at(index) {
        return this.sorted[index];
    }
    /** The median (the lower middle value); undefined when empty. */
    median() {
        return this.size === 0 ? undefined : this.at((this.size - 1) >> 1);
    }
}
/**
 * A workflow's residuals blended with everyone's: the workflow's own count as they are, the pool weighs `poolWeight`
 * in all, so n own residuals carry n / (n + poolWeight) of the blend.
 */
class ResidualBlend {
    own;
    pool;
    poolWeight;
    constructor(own, pool, poolWeight) {
        this.own = own;
        this.pool = pool;
        this.poolWeight = poolWeight;
    }
    get empty() {
        return this.own.size === 0 && this.pool.size === 0;
    }
    /** The blend's CDF at x: the weighted share of residuals ≤ x (or < x when `strict`). */
    cdf(x, strict = false) {
        const count = (w) => w.countBelow(x, !strict);
        const own = this.own.size;
        const pool = this.pool.size === 0 ? 0 : this.poolWeight;
        const ownShare = own === 0 ? 0 : count(this.own);
        const poolShare = pool === 0 ? 0 : (count(this.pool) / this.pool.size) * pool;
        return (ownShare + poolShare) / (own + pool);
    }
    /** The smallest residual whose blended CDF reaches q (0 < q < 1). */
    quantile(q) {
        const candidates = (w) => {
            let [lo, hi] = [0, w.size - 1];
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (this.cdf(w.at(mid)) >= q)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            return w.size === 0 || this.cdf(w.at(lo)) < q ? Infinity : w.at(lo);
        };
        return Math.min(candidates(this.own), candidates(this.pool));
    }
    /** The residuals' effective count: the workflow's own plus the pool's weight. */
    get weight() {
        return this.own.size + (this.pool.size === 0 ? 0 : this.poolWeight);
    }
    /** The level of the lower end for a tail `miss` of n residuals (split conformal's finite-sample correction). */
    lowerLevel(miss) {
        return Math.max(0.0005, 1 - ((1 - miss) * (this.weight + 1)) / this.weight);
    }
    /** The level of the upper end for a tail `miss`. */
    upperLevel(miss) {
        return Math.min(0.9995, ((1 - miss) * (this.weight + 1)) / this.weight);
    }
    /** The blended share of residuals inside [from, to]. */
    share(from, to) {
        return this.cdf(to) - this.cdf(from, true);
    }
}
/** The two tail levels of the interval, each nudged after every outcome towards its target miss rate. */
class TailLevels {
    coverage;
    step;
    lower;
    upper;
    /** `coverage` 0.8: each tail aims at 10% of the actuals; `step` is how fast the levels move. */
    constructor(coverage, step) {
        this.coverage = coverage;
        this.step = step;
        this.lower = this.upper = (1 - coverage) / 2;
    }
    /** After an outcome: below the interval, above it, or inside. */
    record(below, above) {
        const target = (1 - this.coverage) / 2;
        const clamp = (level) => Math.min(0.49, Math.max(0.0005, level));
        this.lower = clamp(this.lower + this.step * (target - (below ? 1 : 0)));
        this.upper = clamp(this.upper + this.step * (target - (above ? 1 : 0)));
    }
}

;// CONCATENATED MODULE: ./src/core/forecast/success-rate.ts
/**
 * A workflow's success rate (DESIGN §10, §11): the posterior of a Beta prior after the runs seen, its mean and a 95%
 * equal-tailed credible interval. Cancelled, timed-out and startup failures count against it; skipped and neutral
 * runs (and runs without a conclusion) are left out.
 */
const FAILURES = new Set(['failure', 'cancelled', 'timed_out', 'startup_failure']);
/** success → success; failure, cancelled, timed_out, startup_failure → failure; anything else is left out. */
function outcomeOf(conclusion) {
    if (conclusion === 'success')
        return 'success';
    return conclusion && FAILURES.has(conclusion) ? 'failure' : undefined;
}
const UNIFORM_PRIOR = { alpha: 1, beta: 1 };
/** The posterior after `successes` and `failures` (whole or weighted counts ≥ 0). */
function successRate(successes, failures, prior = UNIFORM_PRIOR) {
    if (!(successes >= 0 && failures >= 0))
        throw new RangeError('counts must be 0 or more');
    const a = successes + prior.alpha;
    const b = failures + prior.beta;
    return {
        successes,
        failures,
        rate: a / (a + b),
        low: betaQuantile(0.025, a, b),
        high: betaQuantile(0.975, a, b)
    };
}
/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms: ~15 significant digits). */
function logGamma(x) {
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let sum = c[0];
    for (let i = 1; i < 9; i++)
        sum += c[i] / (z + i);
    const t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(x, a, b) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    let h = d;
    for (let m = 1; m <= 300; m++) {
        for (const num of [
            (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)),
            -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1))
        ]) {
            d = 1 + num * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + num / c;
            if (Math.abs(c) < tiny)
                c = tiny;
            h *= d * c;
        }
        if (Math.abs(d * c - 1) < 1e-15)
            break;
    }
    return h;
}
/** The regularized incomplete beta function I_x(a, b): the Beta(a, b) distribution's CDF at x. */
function betaCdf(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    if (x < (a + 1) / (a + b + 2))
        return (front * betaFraction(x, a, b)) / a;
    return 1 - (front * betaFraction(1 - x, b, a)) / b;
}
/** The p-quantile of Beta(a, b), by bisection (the CDF is monotone; 60 halvings reach double precision). */
function betaQuantile(p, a, b) {
    let [lo, hi] = [0, 1];
    for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (betaCdf(mid, a, b) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

;// CONCATENATED MODULE: ./src/core/forecast/duration-predictor.ts
/**
 * Predicting a workflow's run duration (DESIGN §11): a point estimate in seconds, an 80% interval, and a confidence —
 * the calibrated probability that the actual lands within 25% of the estimate, measured as the accuracy score
 * measures it (|estimate − actual| ≤ 25% of the actual). It learns from the runs it is shown, one at a time and in
 * the order they completed, so a prediction only ever uses runs that finished before it; successful runs train the
 * duration, every run with a conclusion trains the success rate. Pure and incremental: no I/O, no clock.
 */



/** Successful runs kept per workflow (DESIGN §10 keeps 500 runs a workflow). */
const HISTORY = 500;
/** Own residuals kept per workflow, everyone's kept in the pool, and the pool's weight in a workflow's blend. */
const OWN_RESIDUALS = 100;
const POOL_RESIDUALS = 2000;
const POOL_WEIGHT = 10;
/** How fast the interval's tail levels follow the misses. */
const TAIL_STEP = 0.005;
/** ln(actual / estimate) inside this band ⇔ the estimate is within 25% of the actual. */
const WITHIN_25 = [Math.log(1 / 1.25), Math.log(1 / 0.75)];
/** Before any residual exists: ± this in log space (about ×/÷ 1.5). */
const FIRST_SPREAD = 0.4;
/** With no run of the workflow and none of any other: an estimate of two minutes, wide open. */
const NOTHING_KNOWN = 120;
function newState() {
    return {
        samples: [],
        residuals: new SortedWindow(OWN_RESIDUALS),
        successes: 0,
        failures: 0,
        branchCounts: new Map()
    };
}
/** The default branch: as told, else the one scheduled runs use, else the one most runs used. */
function defaultBranchOf(state, context) {
    if (context.defaultBranch !== undefined)
        return context.defaultBranch;
    if (state.knownDefault !== undefined)
        return state.knownDefault;
    if (state.scheduleBranch !== undefined)
        return state.scheduleBranch;
    let best;
    for (const entry of state.branchCounts)
        if (!best || entry[1] > best[1])
            best = entry;
    return best?.[0];
}
function learnBranch(state, run) {
    if (run.defaultBranch !== undefined)
        state.knownDefault = run.defaultBranch;
    if (run.branch === null)
        return;
    if (run.event === 'schedule')
        state.scheduleBranch = run.branch;
    state.branchCounts.set(run.branch, (state.branchCounts.get(run.branch) ?? 0) + 1);
}
/** Under minRuns runs: their median, an interval from half the shortest to twice the longest, low confidence. */
function sparse(state, typical) {
    const seconds = state?.samples.map(s => s.seconds) ?? [];
    if (seconds.length === 0) {
        const predicted = typical.median() ?? NOTHING_KNOWN;
        return {
            predicted,
            low: predicted / 10,
            high: predicted * 10,
            confidence: 0,
            moreDataNeeded: true,
            runs: 0
        };
    }
    const sorted = [...seconds].sort((a, b) => a - b);
    const predicted = sorted[(sorted.length - 1) >> 1];
    const near = sorted.filter(s => Math.abs(predicted - s) <= 0.25 * Math.max(s, 1)).length;
    const n = sorted.length;
    return {
        predicted,
        low: sorted[0] / 2,
        high: sorted[n - 1] * 2,
        // The runs near the estimate, shrunk by five pseudo-runs that missed: always under 0.5 below five runs.
        confidence: near / (n + 5),
        moreDataNeeded: true,
        runs: n
    };
}
/** createPredictor's state and the steps of a prediction. */
class DurationModel {
    options;
    states = new Map();
    pool = new SortedWindow(POOL_RESIDUALS);
    typical = new SortedWindow(HISTORY);
    tails;
    constructor(options) {
        this.options = options;
        this.tails = new TailLevels(options.coverage, TAIL_STEP);
    }
    predict(workflow, context) {
        const state = this.states.get(workflow);
        if (!state || state.samples.length < this.options.minRuns)
            return sparse(state, this.typical);
        return this.full(state, context);
    }
    observe(run, seconds) {
        let state = this.states.get(run.workflow);
        if (!state)
            this.states.set(run.workflow, (state = newState()));
        learnBranch(state, run);
        const outcome = outcomeOf(run.conclusion);
        if (outcome === 'failure')
            state.failures++;
        if (outcome === 'success')
            state.successes++;
        if (outcome !== 'success' || !(seconds >= 0))
            return;
        if (state.samples.length >= this.options.minRuns)
            this.learnError(state, run, seconds);
        state.samples.push({
            seconds,
            event: run.event,
            branch: run.branch,
            rerun: (run.attempt ?? 1) > 1
        });
        if (state.samples.length > 2 * HISTORY)
            state.samples.splice(0, state.samples.length - HISTORY);
        this.typical.add(seconds);
    }
    successRate(workflow) {
        const state = this.states.get(workflow);
        return successRate(state?.successes ?? 0, state?.failures ?? 0, UNIFORM_PRIOR);
    }
    /** The error this run's prediction has, made now, before the run is learned: the residuals are out of sample. */
    learnError(state, run, seconds) {
        const prediction = this.full(state, run);
        const residual = Math.log(Math.max(seconds, 1) / Math.max(prediction.predicted, 1));
        this.tails.record(seconds < prediction.low, seconds > prediction.high);
        state.residuals.add(residual);
        this.pool.add(residual);
    }
    full(state, context) {
        const like = likeRuns(state.samples, context, defaultBranchOf(state, context), this.options);
        const predicted = pointEstimate(like, this.options);
        const blend = new ResidualBlend(state.residuals, this.pool, POOL_WEIGHT);
        const [down, up] = blend.empty
            ? [-FIRST_SPREAD, FIRST_SPREAD]
            : [
                blend.quantile(blend.lowerLevel(this.tails.lower)),
                blend.quantile(blend.upperLevel(this.tails.upper))
            ];
        const confidence = blend.empty ? 0.5 : blend.share(WITHIN_25[0], WITHIN_25[1]);
        // The estimate shades towards the short runs (see duration-model), so the residuals can all sit on one side of
        // it; the interval still holds the estimate.
        const low = Math.min(predicted, Math.max(predicted, 1) * Math.exp(down));
        const high = Math.max(predicted, Math.max(predicted, 1) * Math.exp(up));
        const runs = state.samples.length;
        return { predicted, low, high, confidence, moreDataNeeded: false, runs };
    }
}
/**
 * A duration predictor (DESIGN §11). `predict(workflow, context)` estimates the next run from the runs observed so
 * far; `observe(run, seconds)` learns a finished run (successful runs train the duration, every run with a
 * conclusion the success rate). Options override the measured defaults (DEFAULT_MODEL, coverage 0.8).
 */
function createPredictor(options = {}) {
    const { coverage = 0.8, ...model } = options;
    return new DurationModel({ ...DEFAULT_MODEL, ...model, coverage });
}

;// CONCATENATED MODULE: ./src/core/forecast/recommend-history.ts
/**
 * What the recommender learns from the recorded runs before `now` (DESIGN §11): a duration predictor fed every
 * finished run in the order they completed (each managed workflow under its config id, other workflows under their
 * GitHub id so that their misses still calibrate everyone's intervals), the mean billable minutes of a run of each
 * managed workflow, and the branch its scheduled runs use.
 */




/** The config id of each GitHub workflow id the config manages (matched by path). */
function idsOf(history, managed) {
    const byPath = new Map(managed.map(w => [w.path, w.id]));
    const ids = new Map();
    for (const w of history.known) {
        const id = byPath.get(w.path);
        if (id !== undefined)
            ids.set(w.id, id);
    }
    return ids;
}
/** The runs recorded by `now`, each under its key, oldest first. */
function runsBefore(history, ids, now) {
    const at = now.getTime();
    return history.runs
        .filter(run => Date.parse(run.createdAt) <= at)
        .map(run => ({ run, key: ids.get(run.workflowId) ?? `#${run.workflowId}` }))
        .sort((a, b) => Date.parse(a.run.createdAt) - Date.parse(b.run.createdAt) || a.run.id - b.run.id);
}
/** Every finished run learned in the order it completed: a prediction never uses a run that ended after it. */
function trained(keyed, ofRun, now) {
    const predictor = createPredictor();
    const finished = keyed.flatMap(({ run, key }) => {
        const seconds = runDurationSeconds(run, ofRun.get(run.id));
        if (seconds === undefined)
            return [];
        const end = Math.max(Date.parse(run.updatedAt), Date.parse(run.startedAt ?? run.createdAt) + seconds * 1000);
        return end <= now.getTime() ? [{ run, key, seconds, end }] : [];
    });
    finished.sort((a, b) => a.end - b.end || a.run.id - b.run.id);
    for (const { run, key, seconds } of finished) {
        const { event, branch, attempt, conclusion } = run;
        predictor.observe({ workflow: key, event, branch, attempt, conclusion }, seconds);
    }
    return predictor;
}
/** The mean billable minutes of the completed runs with jobs, per key. */
function meanMinutes(keyed, ofRun, prices) {
    const sums = new Map();
    for (const { run, key } of keyed) {
        if (!isCompleted(run))
            continue;
        const facts = runFacts(run, ofRun.get(run.id) ?? [], prices);
        if (!facts.hasJobs || facts.billableMinutes === undefined)
            continue;
        const sum = sums.get(key) ?? { minutes: 0, runs: 0 };
        sums.set(key, { minutes: sum.minutes + facts.billableMinutes, runs: sum.runs + 1 });
    }
    return new Map([...sums].map(([key, s]) => [key, s.minutes / s.runs]));
}
/** The branch a scheduled run of each key would use: the latest scheduled run's, else the most used. */
function branchesOf(keyed) {
    const counts = new Map();
    const scheduled = new Map();
    for (const { run, key } of keyed) {
        if (run.branch === null)
            continue;
        if (run.event === 'schedule')
            scheduled.set(key, run.branch);
        const ofKey = counts.get(key) ?? new Map();
        counts.set(key, ofKey.set(run.branch, (ofKey.get(run.branch) ?? 0) + 1));
    }
    const branches = new Map(scheduled);
    for (const [key, ofKey] of counts) {
        if (branches.has(key))
            continue;
        const [most] = [...ofKey].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        if (most)
            branches.set(key, most[0]);
    }
    return branches;
}
/** Learns the history recorded by `now` for the managed workflows (ids and paths from the config). */
function learnHistory(history, managed, now, prices = DEFAULT_PRICES) {
    const keyed = runsBefore(history, idsOf(history, managed), now);
    const ofRun = duration_of_run_jobsByRun(history.jobs);
    return {
        predictor: trained(keyed, ofRun, now),
        minutesPerRun: meanMinutes(keyed, ofRun, prices),
        branches: branchesOf(keyed)
    };
}
/**
 * The prediction for a managed workflow's next scheduled run, as the recommender and the tracker both make it: a first
 * attempt, with the event its schedule starts, on the branch its scheduled runs use (taken as the default branch).
 */
function predictNextRun(learned, id, event) {
    const branch = learned.branches.get(id) ?? null;
    const context = branch === null ? { event, branch } : { event, branch, defaultBranch: branch };
    return learned.predictor.predict(id, context);
}

;// CONCATENATED MODULE: ./src/core/forecast/recommend.ts
/**
 * The recommender (DESIGN §11; the seed's integrated orchestrator): for each managed workflow its current crons and
 * the recommended ones — the crons of the chosen mode in its table, exactly what the pull request would write —, the
 * expected duration of its next run, its success rate, the billable minutes the recommended schedule uses in 30 days
 * and their impact, the prediction's confidence and the action it leads to; then the conflicts of the recommended
 * schedules. Facts only; reports/recommendations-*.ts word them. Pure: the clock is `now`.
 */




const IMPACTS = (/* unused pure expression or super */ null && (['low', 'medium', 'high']));
const ACTIONS = (/* unused pure expression or super */ null && (['APPLY', 'REVIEW', 'MORE DATA']));
const DEFAULT_RECOMMEND_THRESHOLDS = {
    apply: 0.7,
    review: 0.5,
    medium: 100,
    high: 1000
};
/** APPLY above `apply`, REVIEW from `review` up to it, MORE DATA below `review`. */
function actionOf(confidence, thresholds) {
    if (confidence > thresholds.apply)
        return 'APPLY';
    return confidence >= thresholds.review ? 'REVIEW' : 'MORE DATA';
}
/** low under `medium` minutes per 30 days, medium under `high`, high from `high` up. */
function impactOf(minutes, thresholds) {
    if (minutes < thresholds.medium)
        return 'low';
    return minutes < thresholds.high ? 'medium' : 'high';
}
/** The minutes of the runs in 30 days and what one run's minutes came from. */
function minutesOf(runs, perRun, predicted) {
    if (perRun !== undefined)
        return { minutesPer30Days: runs * perRun, minutesBasis: 'jobs' };
    // Without jobs, a run bills at least its duration, rounded up to a whole minute, on one linux runner.
    if (predicted !== undefined)
        return {
            minutesPer30Days: runs * Math.max(1, Math.ceil(predicted / 60)),
            minutesBasis: 'duration'
        };
    return { minutesPer30Days: runs === 0 ? 0 : null, minutesBasis: null };
}
/** The prediction and success rate of the workflow's next run. */
function forecastOf(workflow, learned) {
    const event = workflow.via === 'dispatch' ? 'workflow_dispatch' : 'schedule';
    const prediction = predictNextRun(learned, workflow.id, event);
    const rate = learned.predictor.successRate(workflow.id);
    const { predicted, low, high, confidence, runs } = prediction;
    return {
        expectedDuration: runs === 0 ? null : { predicted, low, high },
        successRate: rate.successes + rate.failures === 0
            ? null
            : { mean: rate.rate, low: rate.low, high: rate.high },
        runs,
        confidence
    };
}
function recommendationOf(workflow, input, learned) {
    const recommended = [...workflow.schedules[input.mode]];
    const forecast = forecastOf(workflow, learned);
    const runs = (0,occurrences/* runsPer30Days */.s8)(recommended, input.now);
    const minutes = minutesOf(runs, learned.minutesPerRun.get(workflow.id), forecast.expectedDuration?.predicted);
    return {
        id: workflow.id,
        path: workflow.path,
        current: [...workflow.current],
        recommended,
        changed: !(0,schedule/* sameSchedule */.i1)(workflow.current, recommended),
        ...forecast,
        runsPer30Days: runs,
        ...minutes,
        impact: minutes.minutesPer30Days === null
            ? null
            : impactOf(minutes.minutesPer30Days, input.thresholds),
        action: actionOf(forecast.confidence, input.thresholds)
    };
}
/**
 * Recommends each managed workflow's schedule for the mode and finds the conflicts of the recommended schedules.
 * Only runs finished by `now` are learned, in the order they finished.
 */
function recommend(input) {
    const thresholds = { ...DEFAULT_RECOMMEND_THRESHOLDS, ...input.thresholds };
    const learned = input.learned ?? learnHistory(input, input.workflows, input.now, input.prices);
    const workflows = input.workflows.map(w => recommendationOf(w, { ...input, thresholds }, learned));
    return {
        now: input.now,
        mode: input.mode,
        thresholds,
        workflows,
        conflicts: scheduleConflicts(workflows, input.now)
    };
}

;// CONCATENATED MODULE: ./src/reports/recommendations-json.ts
const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;
const tenth = (seconds) => round(seconds, 1);
const share = (value) => round(value, 4);
function cronsJson(entries) {
    return entries.map(e => e.timezone === undefined ? e.cron : { cron: e.cron, timezone: e.timezone });
}
function workflowJson(w) {
    const d = w.expectedDuration;
    const s = w.successRate;
    return {
        id: w.id,
        path: w.path,
        current: cronsJson(w.current),
        recommended: cronsJson(w.recommended),
        changed: w.changed,
        expectedDuration: d && {
            predicted: tenth(d.predicted),
            low: tenth(d.low),
            high: tenth(d.high)
        },
        successRate: s && { mean: share(s.mean), low: share(s.low), high: share(s.high) },
        runs: w.runs,
        runsPer30Days: w.runsPer30Days,
        minutesPer30Days: w.minutesPer30Days === null ? null : round(w.minutesPer30Days, 2),
        minutesBasis: w.minutesBasis,
        impact: w.impact,
        confidence: share(w.confidence),
        action: w.action
    };
}
function conflictJson(c) {
    const workflows = [...c.workflows];
    switch (c.kind) {
        case 'overlap':
            return {
                kind: c.kind,
                workflows,
                detail: { windows: c.detail.windows, first: c.detail.first.toISOString() }
            };
        case 'minute-zero':
            return { kind: c.kind, workflows, detail: { crons: [...c.detail.crons] } };
        case 'outlasts-interval':
            return {
                kind: c.kind,
                workflows,
                detail: { p90: tenth(c.detail.p90), shortestGap: c.detail.shortestGap }
            };
    }
}
/** The recommendations as the JSON report's `recommendations` key. */
function recommendationsJson(r) {
    return {
        recommendations: {
            now: r.now.toISOString(),
            mode: r.mode,
            thresholds: { ...r.thresholds },
            workflows: r.workflows.map(workflowJson),
            conflicts: r.conflicts.map(conflictJson)
        }
    };
}

// EXTERNAL MODULE: ./src/reports/format.ts
var format = __webpack_require__(6302);
;// CONCATENATED MODULE: ./src/reports/analytics-format.ts

/** What a table cell shows for a figure that cannot be known. */
const UNKNOWN = '–';
/** Seconds as `45s`, `1m 44s`, `2h 5m`, `3d 4h`; null as unknown. */
function analytics_format_seconds(value) {
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
function analytics_format_percent(share) {
    return `${Math.round(share * 100)}%`;
}
/** A success rate and its interval: `87% (71–95%)`. */
function rateWithInterval(rate, low, high) {
    if (rate === null || low === null || high === null)
        return UNKNOWN;
    return `${analytics_format_percent(rate)} (${Math.round(low * 100)}–${analytics_format_percent(high)})`;
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

;// CONCATENATED MODULE: ./src/reports/recommendations-format.ts


const ACTION_ICON = { APPLY: '✅', REVIEW: '🔍', 'MORE DATA': '⏳' };
const IMPACT_WORD = { low: 'Low', medium: 'Medium', high: 'High' };
/** A cron and its zone, in backticks when `code`: `0 6 * * 1-5` (Europe/Berlin). */
function cronText(entries, code, separator = ', ') {
    if (entries.length === 0)
        return 'none';
    const quote = (cron) => (code ? `\`${cron}\`` : cron);
    return entries.map(e => `${quote(e.cron)}${e.timezone ? ` (${e.timezone})` : ''}`).join(separator);
}
/** `4m 5s (80%: 3m 20s–5m 10s)`; unknown without a successful run. */
function durationText(w) {
    const d = w.expectedDuration;
    return d ? `${analytics_format_seconds(d.predicted)} (80%: ${analytics_format_seconds(d.low)}–${analytics_format_seconds(d.high)})` : UNKNOWN;
}
/** `95% (90–98%)`; unknown without a finished run. */
function successText(w) {
    const s = w.successRate;
    return s ? `${analytics_format_percent(s.mean)} (${Math.round(s.low * 100)}–${analytics_format_percent(s.high)})` : UNKNOWN;
}
/** `Medium (420 billable minutes / 30 days)`, marked `≈` when the minutes come from the duration, not the jobs. */
function impactText(w) {
    if (w.impact === null || w.minutesPer30Days === null)
        return UNKNOWN;
    const about = w.minutesBasis === 'duration' ? '≈' : '';
    return `${IMPACT_WORD[w.impact]} (${about}${(0,format/* count */.U9)(w.minutesPer30Days)} billable minutes / 30 days)`;
}
/** `>70%`, `50–70%`, `<50%`: the confidence each action stands for. */
function actionRange(action, t) {
    if (action === 'APPLY')
        return `>${percent(t.apply)}`;
    return action === 'REVIEW'
        ? `${Math.round(t.review * 100)}–${percent(t.apply)}`
        : `<${percent(t.review)}`;
}
/** One line on what the actions and the impact levels mean. */
function thresholdsNote(t) {
    return (`APPLY above ${analytics_format_percent(t.apply)} confidence (the chance the run lands within 25% of its estimate), ` +
        `REVIEW from ${analytics_format_percent(t.review)}, MORE DATA below; impact low under ${(0,format/* count */.U9)(t.medium)} billable minutes ` +
        `per 30 days, medium under ${(0,format/* count */.U9)(t.high)}, high from there.`);
}
function minute(date) {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** One sentence per conflict; workflow ids in backticks when `code`. */
function conflictText(c, code) {
    const name = (id) => (code ? `\`${id}\`` : id);
    switch (c.kind) {
        case 'overlap': {
            const pairs = `${(0,format/* count */.U9)(c.detail.windows)} pair${c.detail.windows === 1 ? '' : 's'} of runs`;
            return (`${name(c.workflows[0])} and ${name(c.workflows[1])} overlap: ${pairs} in the next 7 days, ` +
                `each run lasting its p90 duration, the first at ${minute(c.detail.first)}`);
        }
        case 'minute-zero':
            return (`${name(c.workflows[0])} starts at minute 0 (${cronText(c.detail.crons.map(cron => ({ cron })), code)}), ` + 'when GitHub delays and drops scheduled runs: pick another minute');
        case 'outlasts-interval':
            return (`${name(c.workflows[0])} runs for up to ${analytics_format_seconds(c.detail.p90)} (p90) but starts every ` +
                `${analytics_format_seconds(c.detail.shortestGap)} at the shortest: a run is still going when the next one is due`);
    }
}

;// CONCATENATED MODULE: ./src/reports/recommendations-markdown.ts


const cell = (text) => text.replace(/\|/g, '\\|');
function row(w) {
    const cells = [
        `\`${w.id}\``,
        cronText(w.current, true, '<br>'),
        w.changed ? cronText(w.recommended, true, '<br>') : '_unchanged_',
        durationText(w),
        successText(w),
        impactText(w),
        analytics_format_percent(w.confidence),
        `${ACTION_ICON[w.action]} ${w.action}`
    ];
    return `| ${cells.map(cell).join(' | ')} |`;
}
function table(workflows) {
    return [
        '| Workflow | Current | Recommended | Expected duration | Success rate | Resource impact | Confidence | Action |',
        '|---|---|---|---|---|---|---|---|',
        ...workflows.map(row)
    ].join('\n');
}
function conflictsBlock(conflicts) {
    if (conflicts.length === 0)
        return '**Conflicts:** none.';
    return ['**Conflicts:**', '', ...conflicts.map(c => `- ${conflictText(c, true)}`)].join('\n');
}
/** What the view shows: everything, or what the pull request changes. */
function shown(r, onlyChanged) {
    if (!onlyChanged)
        return { workflows: r.workflows, conflicts: r.conflicts };
    const changed = new Set(r.workflows.filter(w => w.changed).map(w => w.id));
    return {
        workflows: r.workflows.filter(w => changed.has(w.id)),
        conflicts: r.conflicts.filter(c => c.workflows.some(id => changed.has(id)))
    };
}
/**
 * The recommendations section: a heading, the table, the conflicts and the thresholds. With `onlyChanged`, an empty
 * string when no schedule changes (the pull request then has nothing to recommend).
 */
function recommendationsMarkdown(r, options = {}) {
    const { workflows, conflicts } = shown(r, options.onlyChanged ?? false);
    if (options.onlyChanged && workflows.length === 0)
        return '';
    const heading = `### Recommendations (${r.mode} mode)`;
    if (workflows.length === 0)
        return `${heading}\n\nNo managed workflows.\n`;
    const note = `_${thresholdsNote(r.thresholds)} Expected durations are the next run's estimate and 80% interval._`;
    return `${[heading, table(workflows), conflictsBlock(conflicts), note].join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/reports/accuracy-report.ts

/** Points the accuracy score must move between the two trend windows to count as a change. */
const TREND_POINTS = 2;
const accuracy_report_percent = (share) => `${(0,format/* decimal */._)(share * 100)}%`;
const whole = (share) => `${Math.round(share * 100)}%`;
/** Whether the accuracy score of the last 7 days moved from the 30 days before; null unless both have predictions. */
function trendDirection(summary) {
    const { recent, previous } = summary.trend;
    if (!recent || !previous)
        return null;
    const change = (recent.accuracyScore - previous.accuracyScore) * 100;
    return change > TREND_POINTS ? 'improving' : change < -TREND_POINTS ? 'worsening' : 'steady';
}
/** `last 7 days 92.0% (12) vs previous 30 days 88.5% (40): improving`; empty without predictions in either. */
function trendText(summary) {
    const { recent, previous } = summary.trend;
    const side = (label, f) => f ? `${label} ${accuracy_report_percent(f.accuracyScore)} (${(0,format/* count */.U9)(f.comparisons)})` : `${label} none`;
    if (!recent && !previous)
        return '';
    const direction = trendDirection(summary);
    const word = direction ? `: ${direction}` : '';
    return `${side('last 7 days', recent)} vs ${side('previous 30 days', previous)}${word}`;
}
function trendLine(summary) {
    const text = trendText(summary);
    return text ? [`  Trend: ${text}`] : [];
}
function overallLines(summary) {
    return [
        '📈 Overall Prediction Accuracy',
        `  Total Comparisons: ${count(summary.comparisons)}`,
        `  Mean Error: ${decimal(summary.meanError)}%`,
        `  Median Error: ${decimal(summary.medianError)}%`,
        `  Overall Accuracy Score: ${accuracy_report_percent(summary.accuracyScore)}`,
        `  80% Interval Coverage: ${accuracy_report_percent(summary.coverage)} (mean width ${summary.meanWidth.toFixed(2)}× the estimate)`,
        `  Mean Confidence: ${accuracy_report_percent(summary.meanConfidence)}`,
        ...trendLine(summary)
    ];
}
function distributionLines(summary) {
    const { excellent, good, fair, poor } = summary.buckets;
    const n = Math.max(summary.comparisons, 1);
    const row = (label, k) => `  ${label}${count(k)} (${whole(k / n)})`;
    return [
        '📊 Accuracy Distribution:',
        row('Excellent (≤10% error): ', excellent),
        row('Good (10-25% error):    ', good),
        row('Fair (25-50% error):    ', fair),
        row('Poor (>50% error):      ', poor)
    ];
}
/** The per-workflow table; a success-rate column when rates are given. */
function workflowLines(summary, rates) {
    const width = Math.max(25, ...summary.workflows.map(w => w.workflow.length + 2));
    const rateCell = (workflow) => {
        const rate = rates?.get(workflow);
        return rate ? `   ${whole(rate.rate)} (${whole(rate.low)}–${whole(rate.high)})` : '';
    };
    const head = `${'Workflow'.padEnd(width)}${'Predictions'.padStart(11)}${'Mean Error'.padStart(13)}${'Accuracy'.padStart(11)}${'Coverage'.padStart(11)}${rates ? '   Success Rate (95%)' : ''}`;
    const rows = summary.workflows.map(w => `${w.workflow.padEnd(width)}${count(w.comparisons).padStart(11)}${`${decimal(w.meanError)}%`.padStart(13)}${whole(w.accuracyScore).padStart(11)}${whole(w.coverage).padStart(11)}${rateCell(w.workflow)}`);
    return ['📋 Per-Workflow Accuracy:', head, '-'.repeat(head.length), ...rows];
}
/** The seed's accuracy report for predictions matched with actual runs. */
function renderAccuracyReport(summary, rates) {
    const title = '📊 Workflow Execution Time Prediction Accuracy Report';
    if (summary.comparisons === 0)
        return `${title}\n\n  No predictions to compare yet.\n`;
    const blocks = [overallLines(summary), distributionLines(summary), workflowLines(summary, rates)];
    return `${title}\n\n${blocks.map(b => b.join('\n')).join('\n\n')}\n`;
}
/** The backtest's report: what was replayed, then the accuracy report with each workflow's success rate. */
function renderBacktestReport(summary) {
    const rates = new Map((summary.successRates ?? []).map(r => [r.workflow, r]));
    const replayed = [
        `🔁 Backtest: ${count(summary.runs)} finished runs replayed in time order, ${count(summary.successful)} successful;`,
        `   ${count(summary.comparisons)} predicted, ${count(summary.moreDataNeeded)} not (fewer than 5 earlier successful runs: more data needed)`
    ];
    return `${replayed.join('\n')}\n\n${renderAccuracyReport(summary, rates)}`;
}

;// CONCATENATED MODULE: ./src/reports/tracking-report.ts



/** The runs predicted next that the summary lists at most. */
const AHEAD_SHOWN = 10;
const plural = (n, word) => `${(0,format/* count */.U9)(n)} ${word}${n === 1 ? '' : 's'}`;
const hours = (ms) => Math.round((ms / 3_600_000) * 10) / 10;
/** "predictions: recorded 3 for the runs due before the next orchestrator run (taken as 24 h away), matched 1 …". */
function trackingLine(forecast) {
    const f = forecast.facts;
    const sparse = f.moreDataNeeded.length
        ? `; more data needed (under 5 successful runs): ${f.moreDataNeeded.join(', ')}`
        : '';
    const h = hours(f.horizonMs);
    return (`predictions: recorded ${(0,format/* count */.U9)(f.recorded)} for the runs due before the next orchestrator run ` +
        `(taken as ${Number.isInteger(h) ? (0,format/* count */.U9)(h) : (0,format/* decimal */._)(h)} h away), matched ${(0,format/* count */.U9)(f.matched)} ` +
        `with their runs, ${plural(f.dropped, 'occurrence')} without a run${sparse}`);
}
/** The accuracy in the log: one line, the seed's headline figures. */
function accuracyLine(forecast) {
    const s = forecast.accuracy.summary;
    if (s.comparisons === 0)
        return 'prediction accuracy: no prediction matched with a finished run yet';
    const trend = trendText(s);
    return (`prediction accuracy over ${plural(s.comparisons, 'run')}: mean error ${(0,format/* decimal */._)(s.meanError)}%, ` +
        `median ${(0,format/* decimal */._)(s.medianError)}%, ${analytics_format_percent(s.accuracyScore)} within 25%, ` +
        `80% interval coverage ${analytics_format_percent(s.coverage)}${trend ? `; trend: ${trend}` : ''}`);
}
function figuresRow(name, f) {
    const { excellent, good, fair, poor } = f.buckets;
    const cells = [
        name,
        (0,format/* count */.U9)(f.comparisons),
        `${(0,format/* decimal */._)(f.meanError)}%`,
        `${(0,format/* decimal */._)(f.medianError)}%`,
        analytics_format_percent(f.accuracyScore),
        ...[excellent, good, fair, poor].map(format/* count */.U9),
        analytics_format_percent(f.coverage)
    ];
    return `| ${cells.join(' | ')} |`;
}
function figuresTable(forecast) {
    const s = forecast.accuracy.summary;
    return [
        '| Workflow | Compared | Mean error | Median error | Accuracy score | Excellent ≤10% | Good 10–25% | Fair 25–50% | Poor >50% | 80% interval coverage |',
        '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
        figuresRow('**all**', s),
        ...s.workflows.map(w => figuresRow(`\`${w.workflow}\``, w))
    ].join('\n');
}
function aheadTable(forecast) {
    const ahead = forecast.accuracy.ahead.slice(0, AHEAD_SHOWN);
    if (ahead.length === 0)
        return [];
    const rows = ahead.map(p => `| \`${p.workflow}\` | ${(p.due ?? '').slice(0, 16).replace('T', ' ')} UTC | ${analytics_format_seconds(p.predicted)} | ${analytics_format_seconds(p.low)}–${analytics_format_seconds(p.high)} | ${analytics_format_percent(p.confidence)} |`);
    const more = forecast.accuracy.ahead.length - ahead.length;
    return [
        '',
        '**Predicted next:**',
        '',
        '| Workflow | Due | Expected duration | 80% interval | Confidence |',
        '|---|---|--:|--:|--:|',
        ...rows,
        ...(more > 0 ? ['', `_…and ${plural(more, 'more prediction')}._`] : [])
    ];
}
/** The log's lines on the predictions: what this run did, and the accuracy so far. */
function trackingLines(forecast) {
    return forecast ? [trackingLine(forecast), accuracyLine(forecast)] : [];
}
/** The job summary's section on the predictions. */
function accuracyMarkdown(forecast) {
    const s = forecast.accuracy.summary;
    const a = forecast.accuracy;
    const waiting = [
        a.running ? `${plural(a.running, 'run')} still going` : '',
        a.unmatched ? `${plural(a.unmatched, 'occurrence')} not matched yet` : '',
        a.notCompared
            ? `${plural(a.notCompared, 'run')} not compared (failed, cancelled or re-run)`
            : ''
    ].filter(Boolean);
    const trend = trendText(s);
    const body = s.comparisons === 0
        ? ['No prediction has been matched with a finished run yet.']
        : [figuresTable(forecast), ...(trend ? ['', `Trend (accuracy score): ${trend}.`] : [])];
    return [
        '### Prediction accuracy',
        '',
        `${trackingLine(forecast)}.${waiting.length ? ` Also: ${waiting.join(', ')}.` : ''}`,
        '',
        ...body,
        ...aheadTable(forecast),
        '',
        '_A prediction is matched with the first run of its workflow created within 60 minutes after the occurrence; it is compared when that run’s first attempt succeeded. Error = |predicted − actual| / actual._'
    ].join('\n');
}
const tracking_report_round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;
function figuresJson(f) {
    return {
        comparisons: f.comparisons,
        meanError: tracking_report_round(f.meanError, 2),
        medianError: tracking_report_round(f.medianError, 2),
        accuracyScore: tracking_report_round(f.accuracyScore, 4),
        buckets: { ...f.buckets },
        coverage: tracking_report_round(f.coverage, 4),
        meanWidth: tracking_report_round(f.meanWidth, 4),
        meanConfidence: tracking_report_round(f.meanConfidence, 4)
    };
}
/** The JSON report's `accuracy`: errors in percent, shares from 0 to 1, seconds to a tenth. */
function accuracyJson(forecast) {
    const { facts, accuracy } = forecast;
    const s = accuracy.summary;
    return {
        accuracy: {
            ...figuresJson(s),
            workflows: s.workflows.map(w => ({ workflow: w.workflow, ...figuresJson(w) })),
            trend: {
                recent: s.trend.recent ? figuresJson(s.trend.recent) : null,
                previous: s.trend.previous ? figuresJson(s.trend.previous) : null,
                direction: trendDirection(s)
            },
            thisRun: {
                horizonHours: hours(facts.horizonMs),
                recorded: facts.recorded,
                matched: facts.matched,
                dropped: facts.dropped,
                moreDataNeeded: [...facts.moreDataNeeded]
            },
            running: accuracy.running,
            unmatched: accuracy.unmatched,
            notCompared: accuracy.notCompared,
            ahead: accuracy.ahead.map(p => ({
                workflow: p.workflow,
                due: p.due ?? null,
                predicted: p.predicted,
                low: p.low,
                high: p.high,
                confidence: p.confidence
            }))
        }
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
;// CONCATENATED MODULE: ./src/core/runs/mode-cost.ts
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
        const n = (0,occurrences/* runsPer30Days */.s8)(entries, from);
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
    for (const mode of schedule/* MODES */.FN) {
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

;// CONCATENATED MODULE: ./src/core/runs/statistics.ts
/** The two statistics the run analytics report (DESIGN §10): nearest-rank percentiles and Wilson's interval. */
/** The normal quantile of a two-sided 95% interval. */
const Z_95 = 1.959963984540054;
/**
 * The p-th percentile (0 < p ≤ 100) by the nearest-rank rule: the smallest value with at least p% of the values at
 * or below it, always one of the values. Undefined for no values.
 */
function nearestRank(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[Math.min(rank, sorted.length) - 1];
}
/**
 * `successes` out of `trials` with the 95% Wilson score interval, which stays inside 0–1 and says something even at
 * 0 or all successes; undefined when there were no trials.
 */
function wilsonInterval(successes, trials, z = Z_95) {
    if (trials <= 0)
        return undefined;
    const rate = successes / trials;
    const z2 = z * z;
    const denominator = 1 + z2 / trials;
    const centre = (rate + z2 / (2 * trials)) / denominator;
    const half = (z * Math.sqrt((rate * (1 - rate)) / trials + z2 / (4 * trials * trials))) / denominator;
    return { rate, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

;// CONCATENATED MODULE: ./src/core/runs/schedule-health.ts
/**
 * Did the schedule run when it should (DESIGN §10)? Every occurrence of the crons in force (from the schedule history)
 * is matched with the first `event: schedule` run created at or after it and before the next occurrence; the delay is
 * how late GitHub started it. An occurrence with no run within 60 minutes was dropped — GitHub drops scheduled runs
 * under load, most often at minute 0. An occurrence under 60 minutes before the window's end with no run yet is still
 * pending and is left out.
 */


/** GitHub starts a scheduled run late, or drops it; a run this late no longer counts as the occurrence's. */
const DROPPED_AFTER_MS = 60 * 60_000;
/** Occurrence instants (ms, ascending) of the spans in force within [from, until). */
function schedule_health_occurrences(spans, from, until) {
    const instants = spans.flatMap((span, i) => {
        const start = Math.max(span.since, from);
        const end = Math.min(spans[i + 1]?.since ?? Infinity, until);
        if (!(end > start))
            return [];
        return (0,occurrences/* occurrencesBetween */.xl)(span.entries, new Date(start), new Date(end)).map(d => d.getTime());
    });
    return instants.sort((a, b) => a - b);
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
/**
 * Matches the `count` occurrences at instant `at` (entries that coincide each start a run) with the runs created in
 * [at, end), in order.
 */
function matchGroup(runs, at, count, end, to, tally) {
    const first = lowerBound(runs, at);
    const matched = Math.min(count, lowerBound(runs, end) - first);
    for (let i = 0; i < matched; i++)
        tally.delays.push(((runs[first + i] ?? at) - at) / 1000);
    const pending = at + DROPPED_AFTER_MS > to;
    const dropped = pending ? 0 : count - matched;
    tally.expected += matched + dropped;
    tally.dropped += dropped;
}
/** The schedule's health over the window, from its spans and the workflow's runs (any events; schedule ones count). */
function scheduleHealth(spans, runs, window) {
    const to = window.to.getTime();
    const times = schedule_health_occurrences(spans, window.from.getTime(), to + DROPPED_AFTER_MS);
    const created = runs
        .filter(run => run.event === 'schedule')
        .map(run => Date.parse(run.createdAt))
        .sort((a, b) => a - b);
    const tally = { expected: 0, dropped: 0, delays: [] };
    for (let i = 0; i < times.length && times[i] < to;) {
        const at = times[i];
        let next = i;
        while (times[next] === at)
            next += 1;
        const end = Math.min(times[next] ?? Infinity, at + DROPPED_AFTER_MS);
        matchGroup(created, at, next - i, end, to, tally);
        i = next;
    }
    return {
        expected: tally.expected,
        started: tally.expected - tally.dropped,
        dropped: tally.dropped,
        lateP50: nearestRank(tally.delays, 50) ?? null,
        lateP90: nearestRank(tally.delays, 90) ?? null
    };
}

;// CONCATENATED MODULE: ./src/core/runs/analytics.ts





const analytics_DAY_MS = 86_400_000;
/** The window: `days` days ending at `now`, or at the newest run's creation. */
function analyticsWindow(runs, now, days = 30) {
    const newest = runs.reduce((max, run) => Math.max(max, Date.parse(run.createdAt)), -Infinity);
    const to = now ?? new Date(Number.isFinite(newest) ? newest : 0);
    return { from: new Date(to.getTime() - days * analytics_DAY_MS), to };
}
function within(window) {
    const [from, to] = [window.from.getTime(), window.to.getTime()];
    return run => {
        const t = Date.parse(run.createdAt);
        return t >= from && t <= to;
    };
}
function byEvent(runs) {
    const counts = {};
    for (const run of runs)
        counts[run.event] = (counts[run.event] ?? 0) + 1;
    return counts;
}
/** Successes over the completed runs that were not skipped or neutral; cancelled and timed out count as failures. */
function successOf(runs) {
    const judged = runs.filter(run => isCompleted(run) && run.conclusion !== 'skipped' && run.conclusion !== 'neutral');
    const share = wilsonInterval(judged.filter(run => run.conclusion === 'success').length, judged.length);
    return {
        successRate: share?.rate ?? null,
        successRateLow: share?.low ?? null,
        successRateHigh: share?.high ?? null
    };
}
function percentiles(values) {
    const known = values.filter((v) => v !== undefined);
    return [nearestRank(known, 50) ?? null, nearestRank(known, 90) ?? null];
}
/** Minutes and dollars of the runs with jobs; null when runs exist and none has jobs. */
function analytics_chargesOf(facts) {
    const priced = facts.filter(f => f.hasJobs);
    const minutes = priced.reduce((sum, f) => sum + (f.billableMinutes ?? 0), 0);
    const micro = priced.reduce((sum, f) => sum + (f.microDollars ?? 0), 0);
    const unknown = facts.length > 0 && priced.length === 0;
    const perRun = priced.length === 0
        ? null
        : { billableMinutes: minutes / priced.length, cost: micro / priced.length / 1e6 };
    return {
        runsWithoutJobs: facts.length - priced.length,
        billableMinutes: unknown ? null : minutes,
        cost: unknown ? null : micro / 1e6,
        perRun
    };
}
function figuresOf(subject, facts, window) {
    const { info, runs } = subject;
    const [queueP50, queueP90] = percentiles(facts.map(f => f.queue));
    const [durationP50, durationP90] = percentiles(facts.map(f => f.duration));
    const inWindow = facts.map(f => f.run);
    return {
        id: subject.id,
        path: info.path,
        name: info.name,
        disabledForInactivity: info.state === 'disabled_inactivity',
        runs: inWindow.length,
        byEvent: byEvent(inWindow),
        ...successOf(inWindow),
        queueP50,
        queueP90,
        durationP50,
        durationP90,
        ...analytics_chargesOf(facts),
        schedule: subject.spans ? scheduleHealth(subject.spans, runs, window) : null,
        unknownLabels: [...new Set(facts.flatMap(f => f.unknownLabels))].sort()
    };
}
/** The workflows to report: every one recorded or seen in runs, and every managed one even without runs. */
function subjectsOf(input) {
    const infos = new Map(input.api.workflows.map(w => [w.id, w]));
    for (const run of input.api.runs) {
        if (!infos.has(run.workflowId)) {
            const path = `workflow ${run.workflowId}`;
            infos.set(run.workflowId, { id: run.workflowId, path, name: path, state: 'unknown' });
        }
    }
    const list = [...infos.values()];
    for (const w of input.managed ?? []) {
        if (!list.some(info => info.path === w.path))
            list.push({ id: -1, path: w.path, name: w.id, state: 'unknown' });
    }
    return list
        .map(info => ({
        info,
        id: input.managed?.find(w => w.path === info.path)?.id ?? info.path,
        runs: input.api.runs.filter(run => run.workflowId === info.id),
        spans: input.schedules?.get(info.path)
    }))
        .sort((a, b) => a.info.path.localeCompare(b.info.path) || a.info.id - b.info.id);
}
function totalsOf(workflows) {
    const sum = (pick) => {
        const known = workflows.filter(w => pick(w) !== null);
        if (known.length === 0 && workflows.some(w => w.runs > 0))
            return null;
        return known.reduce((total, w) => total + (pick(w) ?? 0), 0);
    };
    const micro = sum(w => (w.cost === null ? null : Math.round(w.cost * 1e6)));
    return {
        runs: workflows.reduce((total, w) => total + w.runs, 0),
        billableMinutes: sum(w => w.billableMinutes),
        cost: micro === null ? null : micro / 1e6
    };
}
/** Every figure of DESIGN §10 for the recorded runs and jobs, over the window. */
function analyzeRuns(input) {
    const window = analyticsWindow(input.api.runs, input.now, input.days);
    const prices = { ...DEFAULT_PRICES, ...input.prices };
    const jobs = jobsByRun(input.api.jobs);
    const inWindow = within(window);
    const workflows = subjectsOf(input).map(subject => {
        const runs = subject.runs.filter(inWindow);
        const facts = runs.map(run => runFacts(run, jobs.get(run.id) ?? [], prices));
        return figuresOf(subject, facts, window);
    });
    const managed = input.managed;
    const perRun = (path) => workflows.find(w => w.path === path)?.perRun ?? null;
    const modes = managed
        ? costPerMode(managed.map(w => ({ schedules: w.schedules, perRun: perRun(w.path) })), window.to)
        : null;
    return { window, workflows, totals: totalsOf(workflows), costPerMode: modes };
}

;// CONCATENATED MODULE: ./src/core/runs/call-budget.ts
/**
 * The API calls of one run (DESIGN §10, §14; actions/stale's operations-per-run is the model): a limit the whole run
 * honours, and what each phase spent. A call is a request that costs rate limit: every attempt the client made,
 * retries included, except the 304 answers to conditional requests, which GitHub does not count.
 */
/** The calls a tally stands for: every request but the free 304s. */
function callsOf(tally) {
    return tally.requests - tally.notModified;
}
/** What a phase spent, from the tallies before and after it. */
function phaseCalls(phase, before, after) {
    return {
        phase,
        calls: callsOf(after) - callsOf(before),
        graphql: after.graphql - before.graphql,
        notModified: after.notModified - before.notModified
    };
}
/** The phases together. */
function totalCalls(phases) {
    return phases.reduce((sum, p) => ({
        calls: sum.calls + p.calls,
        graphql: sum.graphql + p.graphql,
        notModified: sum.notModified + p.notModified
    }), { calls: 0, graphql: 0, notModified: 0 });
}
/**
 * Whether one more call fits: `reserve` calls stay free for what must follow (saving what was read). Undefined when
 * it fits, else why not: the budget is spent, or GitHub said no rate limit is left (waiting it out would hold the run
 * up to an hour).
 */
function refusal(budget, reserve = 0) {
    if (budget.spent() + reserve >= budget.limit)
        return 'call-budget';
    if (budget.rateLimitRemaining?.() === 0)
        return 'rate-limit';
    return undefined;
}
/** Calls left under the limit after `reserve`, never below 0. */
function callsLeft(budget, reserve = 0) {
    return Math.max(0, budget.limit - budget.spent() - reserve);
}

;// CONCATENATED MODULE: ./src/core/runs/stored-predictions.ts
const ms = (time) => Date.parse(time);
/** Predictions go with the runs: a matched one while its run is kept, an unmatched one while its time is. */
function boundPredictions(predictions, runs, cutoff) {
    const kept = new Set(runs.map(r => r.run.id));
    return predictions.filter(p => (p.runId === undefined ? ms(p.due) >= cutoff : kept.has(p.runId)));
}
/** The records with these predictions; none leaves the field out, so records without any read as before. */
function withPredictions(records, predictions) {
    const rest = { ...records };
    delete rest.predictions;
    return predictions.length > 0 ? { ...rest, predictions: [...predictions] } : rest;
}
/**
 * Two runs' predictions in one: per occurrence, the side that matched more of them with runs, else ours (occurrences
 * that coincide, two crons of one workflow, come as a group).
 */
function mergePredictions(theirs = [], ours = []) {
    const dues = [...new Set([...theirs, ...ours].map(p => p.due))];
    const matched = (list) => list.filter(p => p.runId !== undefined);
    return dues
        .flatMap(due => {
        const a = theirs.filter(p => p.due === due);
        const b = ours.filter(p => p.due === due);
        return b.length > 0 && matched(b).length >= matched(a).length ? b : a;
    })
        .sort((x, y) => ms(x.due) - ms(y.due));
}

;// CONCATENATED MODULE: ./src/core/runs/run-store.ts

const DEFAULT_RUN_LIMITS = { days: 90, runs: 500 };
const run_store_DAY_MS = 86_400_000;
/** A run still going after this long no longer holds the next query back (GitHub cancels queued runs after 24 h). */
const STILL_RUNNING_MS = 3 * run_store_DAY_MS;
/** The query for new runs is asked again (for its ETag) while it matches fewer runs than this. */
const QUERY_KEPT_RUNS = 50;
const run_store_ms = (time) => Date.parse(time);
/** An instant as GitHub writes times: whole seconds, UTC. */
function isoSeconds(at) {
    return new Date(Math.floor(at / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** A store with nothing in it. */
function emptyRunStore() {
    return { workflows: [] };
}
/** The records of one workflow; empty ones when the store has none. */
function recordsOf(store, path) {
    return store.workflows.find(w => w.path === path) ?? { path, listed: [], runs: [] };
}
/** The store with one workflow's records replaced (or added). */
function withRecords(store, records) {
    const others = store.workflows.filter(w => w.path !== records.path);
    return { workflows: [...others, records].sort((a, b) => a.path.localeCompare(b.path)) };
}
function newestFirst(a, b) {
    return run_store_ms(b.run.createdAt) - run_store_ms(a.run.createdAt) || b.run.id - a.run.id;
}
/** Whether a run has finished: only then are its jobs final. */
function run_store_isFinished(run) {
    return run.status === 'completed' || (run.status === null && run.conclusion !== null);
}
/**
 * Which of two copies of a run to keep: the later attempt (a re-run replaces the earlier attempt), else the one
 * updated last, else `b`. Jobs stay with the attempt they belong to; a copy without jobs takes the other's jobs of
 * the same attempt when that one is finished.
 */
function laterCopy(a, b) {
    if (!a)
        return b;
    if (a.run.attempt !== b.run.attempt)
        return b.run.attempt > a.run.attempt ? b : a;
    const kept = run_store_ms(a.run.updatedAt) > run_store_ms(b.run.updatedAt) ? a : b;
    const other = kept === a ? b : a;
    if (kept.jobs === null && other.jobs !== null && run_store_isFinished(other.run))
        return { run: kept.run, jobs: other.jobs };
    return kept;
}
/** Runs merged into a workflow's records; `added` counts the ones it did not hold before. */
function mergeRuns(records, incoming) {
    const byId = new Map(records.runs.map(r => [r.run.id, r]));
    let added = 0;
    for (const copy of incoming) {
        const held = byId.get(copy.run.id);
        if (!held)
            added += 1;
        byId.set(copy.run.id, laterCopy(held, copy));
    }
    const workflowId = records.workflowId ?? incoming[0]?.run.workflowId;
    const runs = [...byId.values()].sort(newestFirst);
    return {
        records: { ...records, ...(workflowId === undefined ? {} : { workflowId }), runs },
        added
    };
}
/** The jobs of a run's latest attempt recorded; a run the records do not hold is left alone. */
function withJobs(records, runId, jobs) {
    const runs = records.runs.map(r => (r.run.id === runId ? { run: r.run, jobs: [...jobs] } : r));
    return { ...records, runs };
}
/** A run GitHub no longer has (its jobs answer 404) taken out of the records. */
function withoutRun(records, runId) {
    return { ...records, runs: records.runs.filter(r => r.run.id !== runId) };
}
/** Spans joined: overlapping or touching spans become one; oldest first. */
function joinSpans(spans) {
    const sorted = [...spans].sort((a, b) => run_store_ms(a.from) - run_store_ms(b.from));
    const joined = [];
    for (const span of sorted) {
        const last = joined.at(-1);
        if (last && run_store_ms(span.from) <= run_store_ms(last.to)) {
            if (run_store_ms(span.to) > run_store_ms(last.to))
                joined[joined.length - 1] = { from: last.from, to: span.to };
        }
        else
            joined.push({ ...span });
    }
    return joined;
}
/** The records with one more span listed. */
function withListed(records, span) {
    return { ...records, listed: joinSpans([...records.listed, span]) };
}
/**
 * What a page of a window's runs (newest first) shows listed: the whole window once its last page is read, else from
 * the oldest run on the page to the window's end. Runs created in the same second as that oldest one may sit on the
 * next page; the next query starts at that second again, so none is missed.
 */
function listedByPage(window, runs, last) {
    if (last)
        return window;
    const oldest = runs.reduce((min, r) => Math.min(min, run_store_ms(r.createdAt)), Infinity);
    return Number.isFinite(oldest) ? { from: isoSeconds(oldest), to: window.to } : undefined;
}
/**
 * Where the next query for new runs starts. While it matches fewer than 50 runs the query of the last run is asked
 * again, so that on a day with nothing new its ETag still holds and GitHub answers 304 at no cost; then it moves up
 * to the newest run listed (a run GitHub shows a little late is still found). Either way it is held back to the
 * oldest run still going (not older than three days), whose end is still to be read. Undefined when nothing was
 * listed yet.
 */
function newRunsFrom(records, now) {
    const latest = records.listed.at(-1);
    if (!latest)
        return undefined;
    const inLatest = records.runs.filter(r => run_store_ms(r.run.createdAt) >= run_store_ms(latest.from) && run_store_ms(r.run.createdAt) <= run_store_ms(latest.to));
    const going = inLatest
        .filter(r => !run_store_isFinished(r.run) && now.getTime() - run_store_ms(r.run.createdAt) < STILL_RUNNING_MS)
        .reduce((min, r) => Math.min(min, run_store_ms(r.run.createdAt)), Infinity);
    const kept = records.etag?.from;
    const keep = kept !== undefined &&
        run_store_ms(kept) >= run_store_ms(latest.from) &&
        run_store_ms(kept) <= going &&
        inLatest.filter(r => run_store_ms(r.run.createdAt) >= run_store_ms(kept)).length < QUERY_KEPT_RUNS;
    if (keep)
        return kept;
    const newest = inLatest[0]?.run.createdAt ?? latest.from;
    return run_store_ms(newest) <= going ? newest : isoSeconds(going);
}
/**
 * The windows still to list for analytics over the `days` before `now`, newest first: the new runs, then the holes a
 * stopped run left, then the older runs of the window not listed yet.
 */
function windowsToList(records, now, days) {
    const to = isoSeconds(now.getTime());
    const horizon = now.getTime() - days * run_store_DAY_MS;
    const spans = records.listed;
    const first = spans[0];
    if (!first)
        return [{ from: isoSeconds(horizon), to, fresh: true }];
    const windows = [{ from: newRunsFrom(records, now) ?? first.from, to, fresh: true }];
    for (let i = spans.length - 2; i >= 0; i--) {
        const [older, newer] = [spans[i], spans[i + 1]];
        if (run_store_ms(newer.from) <= horizon)
            break;
        windows.push({
            from: isoSeconds(Math.max(run_store_ms(older.to), horizon)),
            to: newer.from,
            fresh: false
        });
    }
    if (run_store_ms(first.from) > horizon)
        windows.push({ from: isoSeconds(horizon), to: first.from, fresh: false });
    return windows;
}
/** Finished runs whose jobs were not read yet, newest first. */
function runsAwaitingJobs(records) {
    return records.runs.filter(r => r.jobs === null && run_store_isFinished(r.run)).map(r => r.run);
}
/** One workflow's records cut to the limits: older runs and spans dropped, the newest `runs` runs kept. */
function boundRecords(records, now, limits) {
    const cutoff = now.getTime() - limits.days * run_store_DAY_MS;
    const runs = records.runs.filter(r => run_store_ms(r.run.createdAt) >= cutoff).slice(0, limits.runs);
    const listed = records.listed
        .filter(s => run_store_ms(s.to) >= cutoff)
        .map(s => (run_store_ms(s.from) >= cutoff ? s : { from: isoSeconds(cutoff), to: s.to }));
    const predictions = boundPredictions(records.predictions ?? [], runs, cutoff);
    return withPredictions({ ...records, listed, runs }, predictions);
}
/** The store cut to the limits; workflows left with nothing are dropped. */
function boundStore(store, now, limits) {
    return {
        workflows: store.workflows
            .map(w => boundRecords(w, now, limits))
            .filter(w => w.runs.length > 0 || w.listed.length > 0)
    };
}
/**
 * Two stores in one, for two runs that wrote at once: every run of either (the later copy of each), every span either
 * listed, and our ETag. Both are true records of GitHub, so nothing either read is lost.
 */
function mergeStores(theirs, ours) {
    const paths = [...new Set([...theirs.workflows, ...ours.workflows].map(w => w.path))];
    return {
        workflows: paths.sort().map(path => {
            const [a, b] = [recordsOf(theirs, path), recordsOf(ours, path)];
            const merged = mergeRuns(a, b.runs).records;
            const etag = b.etag ?? a.etag;
            const listed = joinSpans([...a.listed, ...b.listed]);
            return withPredictions({ ...merged, listed, ...(etag ? { etag } : {}) }, mergePredictions(a.predictions, b.predictions));
        })
    };
}

// EXTERNAL MODULE: ./src/ports/errors.ts
var ports_errors = __webpack_require__(2055);
;// CONCATENATED MODULE: ./src/use-cases/observe-runs/budgeted-runs.ts
/**
 * The runs port with the run's call budget in front (DESIGN §10): a call that would pass `max-api-calls` (less what
 * saving needs afterwards), or that GitHub's spent rate limit would hold up, is refused before it is made.
 */


/** Ingestion stops here: the budget is spent or the rate limit is; what was read is kept. */
class CallsStopped extends Error {
    reason;
    constructor(reason, options) {
        super(reason === 'call-budget' ? 'the call budget is spent' : 'the rate limit is spent', options);
        this.reason = reason;
        this.name = 'CallsStopped';
    }
}
/** The port with each call checked against the budget first; a rate-limit refusal becomes CallsStopped too. */
function budgeted(runs, budget, reserve) {
    const call = async (work) => {
        const stop = refusal(budget, reserve);
        if (stop)
            throw new CallsStopped(stop);
        try {
            return await work();
        }
        catch (error) {
            if (error instanceof ports_errors/* RateLimitError */.OE)
                throw new CallsStopped('rate-limit', { cause: error });
            throw error;
        }
    };
    return {
        listWorkflows: () => call(() => runs.listWorkflows()),
        listRuns: (workflow, query) => call(() => runs.listRuns(workflow, query)),
        listJobs: (runId, etag) => call(() => runs.listJobs(runId, etag))
    };
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/ingestion.ts

/** The store as an ingestion changes it, with its counts. */
class Ingestion {
    store;
    newRuns = 0;
    jobsRead = 0;
    notModified = 0;
    missing = [];
    position;
    jobsUpTo;
    constructor(store) {
        this.store = store;
    }
    records(path) {
        return recordsOf(this.store, path);
    }
    /** Runs a page listed, and the span of creation times it shows listed (none when it shows no whole span). */
    addRuns(path, runs, listed) {
        const merged = mergeRuns(this.records(path), runs.map(run => ({ run, jobs: null })));
        this.newRuns += merged.added;
        this.store = withRecords(this.store, listed ? withListed(merged.records, listed) : merged.records);
        if (listed)
            this.position = { step: 'runs', workflow: path, upTo: listed.from };
    }
    keepEtag(path, from, value) {
        this.store = withRecords(this.store, { ...this.records(path), etag: { from, value } });
    }
    addJobs(path, run, jobs) {
        this.store = withRecords(this.store, withJobs(this.records(path), run.id, jobs));
        this.jobsRead += 1;
        this.jobsUpTo = run.createdAt;
    }
    dropRun(path, runId) {
        this.store = withRecords(this.store, withoutRun(this.records(path), runId));
    }
    /** Marks where the next call goes: a window of runs (listed back to its end so far), or a run's jobs. */
    at(step, workflow, windowEnd) {
        const upTo = step === 'runs' ? windowEnd : this.jobsUpTo;
        this.position = { step, workflow, ...(upTo === undefined ? {} : { upTo }) };
    }
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/list-runs.ts
/**
 * Lists one window of a workflow's runs (DESIGN §10): 100 a page, newest first; a window matching more than GitHub's
 * 1,000-result cap is split in halves, the newer half first. The query for new runs is asked with the ETag of its
 * last answer, so an unchanged answer (304) costs no rate limit.
 */

/** GitHub returns at most this many results of one run query. */
const RESULTS_CAP = 1000;
function halves(window) {
    const [from, to] = [Date.parse(window.from), Date.parse(window.to)];
    const middle = isoSeconds((from + to) / 2);
    return [
        { from: middle, to: window.to, fresh: false },
        { from: window.from, to: middle, fresh: false }
    ];
}
/** A window of two seconds or more can be halved (GitHub's `created` takes whole seconds). */
function splittable(window) {
    return Date.parse(window.to) - Date.parse(window.from) >= 2000;
}
/** Lists the window's runs into the ingestion, page by page; a stop leaves every page read so far recorded. */
async function listWindow(runs, ingestion, path, window) {
    const held = ingestion.records(path).etag;
    const etag = window.fresh && held?.from === window.from ? held.value : undefined;
    ingestion.at('runs', path, window.to);
    for (let page = 1;; page++) {
        const query = {
            from: window.from,
            to: window.to,
            page,
            ...(page === 1 && etag ? { etag } : {})
        };
        const listed = await runs.listRuns(path, query);
        if (listed.notModified)
            ingestion.notModified += 1;
        else if (page === 1 && window.fresh && listed.etag)
            ingestion.keepEtag(path, window.from, listed.etag);
        if (page === 1 && (listed.total ?? 0) > RESULTS_CAP && splittable(window)) {
            ingestion.addRuns(path, listed.items);
            for (const half of halves(window))
                await listWindow(runs, ingestion, path, half);
            return;
        }
        // 304: the page is as it was when its runs were recorded; the next query for new runs covers this window again,
        // so nothing is marked (and the records, unchanged, are not written).
        const listedSpan = listed.notModified
            ? undefined
            : listedByPage(window, listed.items, !listed.more);
        ingestion.addRuns(path, listed.items, listedSpan);
        if (!listed.more)
            return;
    }
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/read-jobs.ts
/**
 * Reads the jobs of the finished runs whose jobs are not recorded yet (DESIGN §10), newest first, one call a run
 * (`filter=latest`): a run's jobs are read once, after it finished; a run still going waits for the next run.
 */


/** The finished runs created since `since` without jobs, across the workflows, newest first. */
function awaitingJobs(ingestion, paths, since) {
    return paths
        .flatMap(path => runsAwaitingJobs(ingestion.records(path)).map(run => ({ path, run })))
        .filter(({ run }) => Date.parse(run.createdAt) >= since)
        .sort((a, b) => Date.parse(b.run.createdAt) - Date.parse(a.run.createdAt));
}
/** Reads the jobs of every run awaiting them; a run GitHub no longer has (404) is dropped from the records. */
async function readJobs(runs, ingestion, paths, since) {
    for (const { path, run } of awaitingJobs(ingestion, paths, since)) {
        ingestion.at('jobs', path);
        try {
            const listed = await runs.listJobs(run.id);
            ingestion.addJobs(path, run, listed.items);
        }
        catch (error) {
            if (!(error instanceof ports_errors/* NotFoundError */.m_))
                throw error;
            ingestion.dropRun(path, run.id);
        }
    }
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/observe-runs.ts






const observe_runs_DAY_MS = 86_400_000;
/** Calls kept back for saving the records after ingesting (a write, and the state branch made if missing). */
const SAVE_RESERVE = 2;
/** The records kept for an analytics window: 90 days, or the window when it is longer; 500 runs a workflow. */
function runLimits(windowDays) {
    return { ...DEFAULT_RUN_LIMITS, days: Math.max(DEFAULT_RUN_LIMITS.days, windowDays) };
}
/** Runs `work`; a stop (budget, rate limit, a refusal) is returned with where it happened, anything else thrown. */
async function stopping(ingestion, work) {
    try {
        await work();
        return undefined;
    }
    catch (error) {
        const at = ingestion.position ?? {};
        if (error instanceof CallsStopped)
            return { reason: error.reason, ...at };
        if (error instanceof ports_errors/* PortError */.U7)
            return { reason: 'error', message: error.message, ...at };
        throw error;
    }
}
/** Every workflow's new runs first, then the older windows; a workflow GitHub does not know is skipped. */
async function listAll(runs, ingestion, input) {
    const planned = input.workflows.map(w => windowsToList(ingestion.records(w.path), input.now, input.windowDays).map(window => ({
        path: w.path,
        window
    })));
    const order = [...planned.map(p => p.slice(0, 1)), ...planned.map(p => p.slice(1))].flat();
    for (const { path, window } of order) {
        if (ingestion.missing.includes(path))
            continue;
        try {
            await listWindow(runs, ingestion, path, window);
        }
        catch (error) {
            if (!(error instanceof ports_errors/* NotFoundError */.m_))
                throw error;
            ingestion.missing.push(path);
        }
    }
}
/** Ingests what is new within the budget; returns the grown store (bounded) and what was done. */
async function observeRuns(runs, input) {
    const port = budgeted(runs, input.budget, input.reserve ?? SAVE_RESERVE);
    const ingestion = new Ingestion(input.stored);
    const paths = input.workflows.map(w => w.path);
    const since = input.now.getTime() - input.windowDays * observe_runs_DAY_MS;
    const start = input.budget.spent();
    let stopped = await stopping(ingestion, () => listAll(port, ingestion, input));
    const listed = input.budget.spent();
    // Bounded before the jobs are read: no call for the jobs of a run the records will not keep.
    ingestion.store = boundStore(ingestion.store, input.now, runLimits(input.windowDays));
    stopped ??= await stopping(ingestion, () => readJobs(port, ingestion, paths, since));
    const store = ingestion.store;
    const report = {
        workflows: input.workflows.length,
        newRuns: ingestion.newRuns,
        jobsRead: ingestion.jobsRead,
        notModified: ingestion.notModified,
        calls: { runs: listed - start, jobs: input.budget.spent() - listed },
        missing: ingestion.missing,
        awaitingJobs: awaitingJobs(ingestion, paths, since).length,
        ...(stopped ? { stopped } : {})
    };
    return { store, report };
}

;// CONCATENATED MODULE: ./src/core/runs/run-store-json.ts
/**
 * The run records' file on the state branch (`orchestrator/runs.json`), compact so that hundreds of runs a workflow
 * stay far below the 1 MB the Contents API serves: a run is one row of values (the `columns` say which), its times
 * after its creation in seconds, its jobs' names and runner labels numbered once per workflow. One run a line. The
 * tracker's predictions (DESIGN §11), when there are any, are rows too: the occurrence, made so many seconds before it,
 * the estimate, the 80% interval, the confidence and the run that answered it (null until one did).
 *
 * ```json
 * {"version": 1,
 *  "columns": {"run": ["id", "attempt", …, "jobs"], "job": ["id", "attempt", "name", …]},
 *  "workflows": [{"path": ".github/workflows/nightly.yml", "id": 50517269,
 *    "listed": [["2024-01-23T16:00:00Z", "2024-02-22T16:00:00Z"]], "etag": {"from": "…", "value": "W/\"…\""},
 *    "names": ["build"], "labels": [["ubuntu-latest"]],
 *    "predictions": [["2024-02-22T06:00:00Z", 50400, 601, 570.2, 660, 0.93, 8000161341]],
 *    "runs": [[8000161341, 2, "schedule", "main", "completed", "success", "2024-02-22T06:03:40Z", 3600, 4200,
 *              [[21950893011, 2, 0, 0, 3610, 4190, "success"]]]]}]}
 * ```
 */


const RUN_COLUMNS = [
    'id',
    'attempt',
    'event',
    'branch',
    'status',
    'conclusion',
    'created',
    'startedAfter',
    'updatedAfter',
    'jobs'
];
/** The tracker's predictions (DESIGN §11): made `madeBefore` seconds before the occurrence `due`. */
const PREDICTION_COLUMNS = [
    'due',
    'madeBefore',
    'predicted',
    'low',
    'high',
    'confidence',
    'runId'
];
const JOB_COLUMNS = [
    'id',
    'attempt',
    'name',
    'labels',
    'startedAfter',
    'completedAfter',
    'conclusion'
];
/** Below the 1 MB (1,048,576 bytes) the Contents API returns a file's content for; multi-byte text left room. */
const MAX_CHARS = 800_000;
const HEADING = 'Unreadable run records';
/** The file was written by a newer version of the action: it is left as it is. */
class NewerRunStoreError extends errors/* ValidationError */.yI {
}
/** Seconds from `from` to `time`; null stays null. */
function after(from, time) {
    return time === null ? null : Math.round((Date.parse(time) - Date.parse(from)) / 1000);
}
function at(from, seconds) {
    return seconds === null ? null : isoSeconds(Date.parse(from) + seconds * 1000);
}
/** Numbers each distinct value once, in order of first use. */
function numbering(key) {
    const index = new Map();
    const values = [];
    return {
        of(value) {
            const k = key(value);
            if (!index.has(k))
                index.set(k, values.push(value) - 1);
            return index.get(k);
        },
        values
    };
}
function run_store_json_workflowJson(w) {
    const names = numbering(n => n);
    const labels = numbering(l => JSON.stringify(l));
    const jobRow = (created, j) => [
        j.id,
        j.attempt,
        names.of(j.name),
        labels.of(j.labels),
        after(created, j.startedAt),
        after(created, j.completedAt),
        j.conclusion
    ];
    const runs = w.runs.map(({ run, jobs }) => [
        ...[run.id, run.attempt, run.event, run.branch, run.status, run.conclusion, run.createdAt],
        after(run.createdAt, run.startedAt),
        after(run.createdAt, run.updatedAt),
        jobs && jobs.map(j => jobRow(run.createdAt, j))
    ]);
    return {
        path: w.path,
        ...(w.workflowId === undefined ? {} : { id: w.workflowId }),
        listed: w.listed.map(s => [s.from, s.to]),
        ...(w.etag ? { etag: w.etag } : {}),
        names: names.values,
        labels: labels.values,
        ...(w.predictions?.length ? { predictions: w.predictions.map(predictionRow) } : {}),
        runs
    };
}
function predictionRow(p) {
    const { due, predicted, low, high, confidence } = p;
    return [due, -(after(due, p.madeAt) ?? 0), predicted, low, high, confidence, p.runId ?? null];
}
/** The file's text: readable keys, one run a line. */
function serializeRunStore(store) {
    const workflows = store.workflows.map(w => {
        const { runs, ...rest } = run_store_json_workflowJson(w);
        const head = JSON.stringify(rest).slice(0, -1);
        const rows = runs.map(r => `    ${JSON.stringify(r)}`).join(',\n');
        return `  ${head},"runs":[${rows ? `\n${rows}\n  ` : ''}]}`;
    });
    const tracked = store.workflows.some(w => w.predictions?.length);
    const columns = JSON.stringify({
        run: RUN_COLUMNS,
        job: JOB_COLUMNS,
        ...(tracked ? { prediction: PREDICTION_COLUMNS } : {})
    });
    return `{"version":1,"columns":${columns},"workflows":[\n${workflows.join(',\n')}\n]}\n`;
}
/**
 * The text of a store within `limits` and `maxChars`: when the bounded store is still too long, fewer runs a workflow
 * are kept (the oldest go first) until it fits.
 */
function fitRunStore(store, now, limits = DEFAULT_RUN_LIMITS, maxChars = MAX_CHARS) {
    let runs = limits.runs;
    for (;;) {
        const bounded = boundStore(store, now, { ...limits, runs });
        const text = serializeRunStore(bounded);
        if (text.length <= maxChars || runs === 0)
            return { store: bounded, text };
        const most = Math.max(0, ...bounded.workflows.map(w => w.runs.length));
        runs = Math.max(0, Math.min(most - 1, Math.floor((most * maxChars) / text.length / 1.05)));
    }
}
/** Typed reads of one row or object; a wrong value is a problem naming where it sits. */
function reader(where) {
    const wrong = (what, wanted, got) => new errors/* ValidationError */.yI([`${where}: ${what} should be ${wanted}, got ${JSON.stringify(got)?.slice(0, 60)}`], HEADING);
    const number = (value, what) => {
        if (typeof value !== 'number' || !Number.isFinite(value))
            throw wrong(what, 'a number', value);
        return value;
    };
    const text = (value, what) => {
        if (typeof value !== 'string')
            throw wrong(what, 'a string', value);
        return value;
    };
    const time = (value, what) => {
        if (Number.isNaN(Date.parse(text(value, what))))
            throw wrong(what, 'an ISO 8601 time', value);
        return value;
    };
    return {
        wrong,
        number,
        text,
        time,
        maybeNumber: (value, what) => (value === null ? null : number(value, what)),
        maybeText: (value, what) => (value === null ? null : text(value, what)),
        list: (value, what) => {
            if (!Array.isArray(value))
                throw wrong(what, 'a list', value);
            return value;
        }
    };
}
function readJob(row, run, table, where) {
    const r = reader(where);
    const [id, attempt, name, labels, started, completed, conclusion] = r.list(row, 'the job');
    const nameOf = table.names[r.number(name, 'name')];
    const labelsOf = table.labels[r.number(labels, 'labels')];
    if (nameOf === undefined)
        throw r.wrong('name', 'an index into names', name);
    if (labelsOf === undefined)
        throw r.wrong('labels', 'an index into labels', labels);
    return {
        id: r.number(id, 'id'),
        runId: run.id,
        attempt: r.number(attempt, 'attempt'),
        name: nameOf,
        labels: [...labelsOf],
        startedAt: at(run.createdAt, r.maybeNumber(started, 'startedAfter')),
        completedAt: at(run.createdAt, r.maybeNumber(completed, 'completedAfter')),
        conclusion: r.maybeText(conclusion, 'conclusion')
    };
}
function readRun(row, workflowId, table, where) {
    const r = reader(where);
    const values = r.list(row, 'the run');
    const [id, attempt, event, branch, status, conclusion, created, started, updated, jobs] = values;
    const createdAt = r.time(created, 'created');
    const run = {
        id: r.number(id, 'id'),
        workflowId,
        attempt: r.number(attempt, 'attempt'),
        event: r.text(event, 'event'),
        branch: r.maybeText(branch, 'branch'),
        status: r.maybeText(status, 'status'),
        conclusion: r.maybeText(conclusion, 'conclusion'),
        createdAt,
        startedAt: at(createdAt, r.maybeNumber(started, 'startedAfter')),
        updatedAt: at(createdAt, r.number(updated, 'updatedAfter'))
    };
    const jobRows = jobs === null || jobs === undefined ? null : r.list(jobs, 'jobs');
    return {
        run,
        jobs: jobRows && jobRows.map((j, i) => readJob(j, run, table, `${where} jobs[${i}]`))
    };
}
function readPrediction(row, where) {
    const r = reader(where);
    const [due, madeBefore, predicted, low, high, confidence, runId] = r.list(row, 'the prediction');
    const at = r.time(due, 'due');
    const id = r.maybeNumber(runId ?? null, 'runId');
    return {
        due: at,
        madeAt: isoSeconds(Date.parse(at) - r.number(madeBefore, 'madeBefore') * 1000),
        predicted: r.number(predicted, 'predicted'),
        low: r.number(low, 'low'),
        high: r.number(high, 'high'),
        confidence: r.number(confidence, 'confidence'),
        ...(id === null ? {} : { runId: id })
    };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function readWorkflow(raw, where) {
    const r = reader(where);
    if (!isRecord(raw))
        throw r.wrong('the workflow', 'an object', raw);
    const path = r.text(raw.path, 'path');
    const workflowId = raw.id === undefined ? undefined : r.number(raw.id, 'id');
    const names = r.list(raw.names ?? [], 'names').map((n, i) => r.text(n, `names[${i}]`));
    const labels = r
        .list(raw.labels ?? [], 'labels')
        .map((l, i) => r.list(l, `labels[${i}]`).map(v => r.text(v, `labels[${i}]`)));
    const listed = r.list(raw.listed ?? [], 'listed').map((s, i) => {
        const [from, to] = r.list(s, `listed[${i}]`);
        return { from: r.time(from, `listed[${i}] from`), to: r.time(to, `listed[${i}] to`) };
    });
    const etag = isRecord(raw.etag)
        ? { from: r.time(raw.etag.from, 'etag.from'), value: r.text(raw.etag.value, 'etag.value') }
        : undefined;
    const runs = r
        .list(raw.runs ?? [], 'runs')
        .map((row, i) => readRun(row, workflowId ?? 0, { names, labels }, `${where} runs[${i}]`));
    const predictions = r
        .list(raw.predictions ?? [], 'predictions')
        .map((row, i) => readPrediction(row, `${where} predictions[${i}]`));
    return {
        path,
        ...(workflowId === undefined ? {} : { workflowId }),
        listed: joinSpans(listed),
        ...(etag ? { etag } : {}),
        runs,
        ...(predictions.length > 0 ? { predictions } : {})
    };
}
/** Reads the file; `name` says where it lives, for messages. A newer version than this one reads is an error. */
function parseRunStore(text, name) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ValidationError */.yI([`${name} is not JSON: ${error.message}`], HEADING);
    }
    if (!isRecord(raw) || !Array.isArray(raw.workflows))
        throw new errors/* ValidationError */.yI([`${name} should be an object with a workflows list`], HEADING);
    if (typeof raw.version === 'number' && raw.version > 1)
        throw new NewerRunStoreError([
            `${name} has version ${raw.version}; this version of the action reads version 1 — update the action`
        ], HEADING);
    if (raw.version !== 1)
        throw new errors/* ValidationError */.yI([`${name} should have version 1, got ${JSON.stringify(raw.version)}`], HEADING);
    return {
        workflows: raw.workflows.map((w, i) => readWorkflow(w, `${name} workflows[${i}]`))
    };
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/run-records-file.ts
/**
 * The run records' file on the state branch (`orchestrator/runs.json`), beside the state: read once, written once
 * when it changed. When another run wrote in between, the newer file is read, both runs' records are merged and the
 * write is tried again, so nothing either read is lost.
 */




const STALE_RETRIES = 3;
/** Reads the records; nothing stored is an empty store, an unreadable file one to start over from. */
async function loadRuns(storage, name) {
    const stored = await storage.read();
    if (!stored)
        return { store: emptyRunStore(), version: undefined };
    try {
        return { store: parseRunStore(stored.text, name), version: stored.version, text: stored.text };
    }
    catch (error) {
        if (!(error instanceof errors/* ValidationError */.yI))
            throw error;
        const readOnly = error instanceof NewerRunStoreError;
        const then = readOnly ? 'left as it is' : 'it is written anew from what this run reads';
        return {
            store: emptyRunStore(),
            version: stored.version,
            problem: `${(0,errors/* errorMessage */.gJ)(error)} — ${then}`,
            ...(readOnly ? { readOnly } : {})
        };
    }
}
/** Writes the records (cut to the limits and the file's size) unless they are as read; says whether it wrote. */
async function saveRuns(storage, name, loaded, records) {
    let { text } = fitRunStore(records.store, records.now, records.limits);
    if (text === loaded.text)
        return 'unchanged';
    let version = loaded.version;
    const message = `orchestrator: record runs (${records.newRuns} new)`;
    for (let attempt = 0;; attempt++) {
        try {
            await storage.write(text, version, message);
            return 'written';
        }
        catch (error) {
            if (!(error instanceof ports_errors/* StaleFileError */.A4) || attempt >= STALE_RETRIES)
                throw error;
            const newer = await loadRuns(storage, name);
            if (newer.readOnly)
                throw error;
            text = fitRunStore(mergeStores(newer.store, records.store), records.now, records.limits).text;
            version = newer.version;
        }
    }
}

;// CONCATENATED MODULE: ./src/core/forecast/accuracy.ts
const DAY = 86_400_000;
const accuracy_tenth = (n) => Math.round(n * 10) / 10;
/** A prediction for the state: `ref` names the run (runId) or its due time. */
function predictionRecord(workflow, prediction, madeAt, ref = {}) {
    const { predicted, low, high, confidence } = prediction;
    return {
        workflow,
        ...ref,
        predicted: accuracy_tenth(predicted),
        low: accuracy_tenth(low),
        high: accuracy_tenth(high),
        confidence: Math.round(confidence * 100) / 100,
        madeAt: madeAt.toISOString()
    };
}
/** The error of a prediction in percent of the actual (an actual under a second counts as one second). */
function predictionError(predicted, actual) {
    return (100 * Math.abs(predicted - actual)) / Math.max(actual, 1);
}
function median(sorted) {
    const n = sorted.length;
    if (n === 0)
        return 0;
    const mid = n >> 1;
    return n % 2
        ? sorted[mid]
        : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** The figures of some outcomes (all zero when there are none). */
function accuracyFigures(outcomes) {
    const errors = outcomes.map(o => predictionError(o.prediction.predicted, o.actual));
    const n = outcomes.length;
    const share = (count) => (n === 0 ? 0 : count / n);
    const mean = (values) => share(values.reduce((s, v) => s + v, 0));
    const buckets = { excellent: 0, good: 0, fair: 0, poor: 0 };
    for (const e of errors)
        buckets[e <= 10 ? 'excellent' : e <= 25 ? 'good' : e <= 50 ? 'fair' : 'poor']++;
    const inside = outcomes.filter(o => o.actual >= o.prediction.low && o.actual <= o.prediction.high);
    return {
        comparisons: n,
        meanError: mean(errors),
        medianError: median([...errors].sort((a, b) => a - b)),
        accuracyScore: share(buckets.excellent + buckets.good),
        buckets,
        coverage: share(inside.length),
        meanWidth: mean(outcomes.map(o => (o.prediction.high - o.prediction.low) / Math.max(o.prediction.predicted, 1))),
        meanConfidence: mean(outcomes.map(o => o.prediction.confidence))
    };
}
function byWorkflow(outcomes) {
    const groups = new Map();
    for (const o of outcomes) {
        const group = groups.get(o.prediction.workflow);
        if (group)
            group.push(o);
        else
            groups.set(o.prediction.workflow, [o]);
    }
    return [...groups]
        .map(([workflow, group]) => ({ workflow, ...accuracyFigures(group) }))
        .sort((a, b) => a.meanError - b.meanError || a.workflow.localeCompare(b.workflow));
}
function trendOf(outcomes, now) {
    const within = (from, to) => outcomes.filter(o => {
        const at = Date.parse(o.prediction.madeAt);
        return at > now - to * DAY && at <= now - from * DAY;
    });
    const [recent, previous] = [within(0, 7), within(7, 37)];
    return {
        now: new Date(now).toISOString(),
        ...(recent.length ? { recent: accuracyFigures(recent) } : {}),
        ...(previous.length ? { previous: accuracyFigures(previous) } : {})
    };
}
/** Ten bins of confidence (0–10%, …, 90–100%), the empty ones left out. */
function calibrationOf(outcomes) {
    const bins = Array.from({ length: 10 }, (_, i) => ({
        from: i / 10,
        to: (i + 1) / 10,
        n: 0,
        conf: 0,
        hits: 0
    }));
    for (const o of outcomes) {
        const bin = bins[Math.min(9, Math.floor(o.prediction.confidence * 10))];
        if (!bin)
            continue;
        bin.n++;
        bin.conf += o.prediction.confidence;
        if (predictionError(o.prediction.predicted, o.actual) <= 25)
            bin.hits++;
    }
    return bins
        .filter(b => b.n > 0)
        .map(b => ({
        from: b.from,
        to: b.to,
        comparisons: b.n,
        meanConfidence: b.conf / b.n,
        hitRate: b.hits / b.n
    }));
}
/**
 * The tracker's figures for (prediction, actual) pairs: overall, per workflow, calibration, and the trend to `now`
 * (default: the latest prediction's time).
 */
function summarizeAccuracy(outcomes, now) {
    const latest = outcomes.reduce((t, o) => Math.max(t, Date.parse(o.prediction.madeAt)), 0);
    return {
        ...accuracyFigures(outcomes),
        workflows: byWorkflow(outcomes),
        trend: trendOf(outcomes, now ? now.getTime() : latest),
        calibration: calibrationOf(outcomes)
    };
}

;// CONCATENATED MODULE: ./src/core/forecast/tracking-match.ts

/** A run answers an occurrence when it was created at most this long after it. */
const MATCH_WINDOW_MS = DROPPED_AFTER_MS;
const tracking_match_ms = (time) => Date.parse(time);
/** Whether every run created from `from` to `to` (ms) was listed. */
function listedThrough(listed, from, to) {
    return listed.some(s => tracking_match_ms(s.from) <= from && tracking_match_ms(s.to) >= to);
}
/**
 * Matches the predictions whose time has come (due ≤ now, not matched yet) with `runs` (the workflow's runs of the
 * event its schedule starts), and drops those of occurrences that had no run.
 */
function matchPredictions(predictions, runs, listed, now) {
    const claimed = new Set(predictions.flatMap(p => (p.runId === undefined ? [] : [p.runId])));
    const free = runs
        .filter(r => !claimed.has(r.id))
        .sort((a, b) => tracking_match_ms(a.createdAt) - tracking_match_ms(b.createdAt) || a.id - b.id);
    const order = [...predictions].sort((a, b) => tracking_match_ms(a.due) - tracking_match_ms(b.due));
    const kept = [];
    let [next, matched, dropped] = [0, 0, 0];
    for (const p of order) {
        const due = tracking_match_ms(p.due);
        if (p.runId !== undefined || due > now.getTime()) {
            kept.push(p);
            continue;
        }
        while (next < free.length && tracking_match_ms(free[next].createdAt) < due)
            next++;
        const run = free[next];
        if (run && tracking_match_ms(run.createdAt) < due + MATCH_WINDOW_MS) {
            kept.push({ ...p, runId: run.id });
            next++;
            matched++;
        }
        else if (listedThrough(listed, due, due + MATCH_WINDOW_MS))
            dropped++;
        else
            kept.push(p);
    }
    return { predictions: kept, matched, dropped };
}

;// CONCATENATED MODULE: ./src/core/forecast/tracking.ts
/**
 * The tracker (DESIGN §11; the seed's execution tracker): each orchestrator run records in the run records, for every
 * managed workflow, the duration predicted for each run its schedule is due to start before the next orchestrator run,
 * and matches the predictions recorded earlier with the runs observed since (tracking-match.ts has the rule).
 *
 * - When the next orchestrator run comes is not known (its own schedule is not read): it is taken to come as long
 *   after this one as this one came after the last that recorded predictions (their newest `madeAt`), within 1 hour
 *   and 7 days; 24 hours when none did. Each workflow's next occurrence is predicted even when it lies further out
 *   (up to 35 days), and at most 48 occurrences a workflow are.
 * - A prediction still ahead is replaced by this run's, made with more runs; one whose time has come is left as made.
 * - A workflow with fewer than 5 successful runs gets none ("more data needed"), as in the backtest.
 * - A matched run is compared when its first attempt succeeded: a failed run trains no duration, and a re-run's
 *   duration (only the failed jobs run again) is not the one predicted. The actual duration is read as the backtest
 *   reads it (the jobs when recorded), so the figures are the backtest's for the same history.
 * Pure: the clock is `now`, the predictions come from the caller's predictor.
 */






const HOUR_MS = 3_600_000;
const tracking_DAY_MS = 24 * HOUR_MS;
/** Bounds of the time until the next orchestrator run, and what it is taken to be before any run recorded. */
const HORIZON = { min: HOUR_MS, max: 7 * tracking_DAY_MS, first: tracking_DAY_MS };
/** How far ahead a workflow's next occurrence is looked for. */
const NEXT_WITHIN_MS = 35 * tracking_DAY_MS;
/** Occurrences predicted a workflow at most. */
const MAX_AHEAD = 48;
const tracking_ms = (time) => Date.parse(time);
/** The time until the next orchestrator run: as long as since the last one that recorded predictions, bounded. */
function trackingHorizon(store, now) {
    const made = store.workflows.flatMap(w => (w.predictions ?? []).map(p => tracking_ms(p.madeAt)));
    const last = made.filter(t => t < now.getTime()).reduce((a, b) => Math.max(a, b), -Infinity);
    if (!Number.isFinite(last))
        return HORIZON.first;
    return Math.min(HORIZON.max, Math.max(HORIZON.min, now.getTime() - last));
}
/** The occurrences to predict: those in (now, now + horizon], at least the next one, at most MAX_AHEAD. */
function occurrencesAhead(entries, now, horizonMs) {
    const from = new Date(now.getTime() + 1);
    const within = (0,occurrences/* occurrencesBetween */.xl)(entries, from, new Date(now.getTime() + horizonMs + 1));
    if (within.length > 0)
        return within.slice(0, MAX_AHEAD);
    return (0,occurrences/* occurrencesBetween */.xl)(entries, from, new Date(now.getTime() + NEXT_WITHIN_MS)).slice(0, 1);
}
/** Whether the entries fire at `due`. */
function firesAt(entries, due) {
    return (0,occurrences/* occurrencesBetween */.xl)(entries, new Date(due), new Date(tracking_ms(due) + 1)).length > 0;
}
/** The predictions ahead: this run's for its occurrences, earlier ones kept for the occurrences it does not predict. */
function ahead(predictions, workflow, made) {
    const { prediction } = made;
    const recorded = prediction
        ? made.dues.map(due => {
            const record = predictionRecord(workflow.id, prediction, made.at);
            const { predicted, low, high, confidence, madeAt } = record;
            return { due: isoSeconds(due.getTime()), madeAt, predicted, low, high, confidence };
        })
        : [];
    const fresh = new Set(made.dues.map(due => due.getTime()));
    const kept = predictions.filter(p => tracking_ms(p.due) > made.at.getTime() && !fresh.has(tracking_ms(p.due)) && firesAt(workflow.entries, p.due));
    return { kept: kept.slice(0, Math.max(0, MAX_AHEAD - recorded.length)), recorded };
}
/** One workflow's records after matching and predicting. */
function trackWorkflow(records, workflow, context) {
    const { now } = context;
    const runs = records.runs.map(r => r.run).filter(r => r.event === workflow.event);
    const matched = matchPredictions(records.predictions ?? [], runs, records.listed, now);
    const past = matched.predictions.filter(p => tracking_ms(p.due) <= now.getTime());
    const dues = occurrencesAhead(workflow.entries, now, context.horizonMs);
    const next = ahead(matched.predictions, workflow, { at: now, dues, ...context });
    const predictions = [...past, ...next.kept, ...next.recorded].sort((a, b) => tracking_ms(a.due) - tracking_ms(b.due));
    return { records: withPredictions(records, predictions), matched, recorded: next.recorded.length };
}
/**
 * Matches the recorded predictions of the tracked workflows with their runs and records this run's predictions;
 * `predict` gives a workflow's next run's prediction. A workflow GitHub does not know (no records) is left out.
 */
function trackPredictions(store, workflows, now, predict) {
    const horizonMs = trackingHorizon(store, now);
    const facts = {
        horizonMs,
        recorded: 0,
        matched: 0,
        dropped: 0,
        moreDataNeeded: []
    };
    let tracked = store;
    for (const workflow of workflows) {
        const records = store.workflows.find(w => w.path === workflow.path);
        if (!records)
            continue;
        const predicted = predict(workflow);
        if (predicted.moreDataNeeded)
            facts.moreDataNeeded.push(workflow.id);
        const prediction = predicted.moreDataNeeded ? undefined : predicted;
        const done = trackWorkflow(records, workflow, { now, horizonMs, prediction });
        tracked = withRecords(tracked, done.records);
        facts.recorded += done.recorded;
        facts.matched += done.matched.matched;
        facts.dropped += done.matched.dropped;
    }
    return { store: tracked, facts };
}
/** The prediction and the run that answered it, compared when its first attempt succeeded. */
function tracking_outcomeOf(workflow, p, records) {
    const stored = records.runs.find(r => r.run.id === p.runId);
    if (!stored)
        return 'gone';
    const run = stored.run;
    if (!isFinished(run))
        return 'running';
    const actual = runDurationSeconds(run, stored.jobs ?? []);
    if (run.conclusion !== 'success' || run.attempt !== 1 || actual === undefined)
        return 'not compared';
    return { prediction: { workflow, ...p }, actual };
}
/** The tracked workflows' recorded predictions read against their runs; the trend runs to `now`. */
function trackedAccuracy(store, workflows, now) {
    const result = {
        ...{ outcomes: [], ahead: [], unmatched: 0, running: 0, notCompared: 0 },
        summary: summarizeAccuracy([], now)
    };
    for (const w of workflows) {
        const records = recordsOf(store, w.path);
        for (const p of records.predictions ?? []) {
            if (p.runId === undefined) {
                if (tracking_ms(p.due) > now.getTime())
                    result.ahead.push({ workflow: w.id, ...p });
                else
                    result.unmatched++;
                continue;
            }
            const outcome = tracking_outcomeOf(w.id, p, records);
            if (outcome === 'running')
                result.running++;
            else if (outcome === 'not compared')
                result.notCompared++;
            else if (outcome !== 'gone')
                result.outcomes.push(outcome);
        }
    }
    result.ahead.sort((a, b) => tracking_ms(a.due ?? '') - tracking_ms(b.due ?? '') || a.workflow.localeCompare(b.workflow));
    result.summary = summarizeAccuracy(result.outcomes, now);
    return result;
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/track-runs.ts
/**
 * The tracker's part of observing runs (DESIGN §11): the predictor learns the records (every run that finished by
 * now, in the order they finished — what the backtest replays), the predictions recorded earlier are matched with the
 * runs just ingested, this run's predictions are recorded beside the runs (saved with them), and the accuracy of the
 * matched ones is worked out. What was learned is handed on, so the recommender does not learn it again.
 */


/** Learns the records, matches and records the predictions; the store comes back with them. */
function trackRuns(store, api, input) {
    const { workflows } = input.tracking;
    const history = { runs: api.runs, jobs: api.jobs, known: api.workflows };
    const learned = learnHistory(history, workflows, input.now, input.prices);
    const tracked = trackPredictions(store, workflows, input.now, w => predictNextRun(learned, w.id, w.event));
    const accuracy = trackedAccuracy(tracked.store, workflows, input.now);
    return { store: tracked.store, forecast: { facts: tracked.facts, accuracy, learned } };
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/record-runs.ts
/**
 * Observe runs as the action runs it (DESIGN §10): read the records from the state branch, ingest what is new within
 * what is left of the call budget, save them (not in a dry run), and work out the analytics over the window from the
 * records. A stop or a failure here never undoes the schedule part: it is reported, and the next run carries on.
 */








/** The records of the managed workflows as the analytics read them. */
function recordedApiOf(store, paths) {
    const kept = store.workflows.filter(w => paths.includes(w.path));
    const workflows = kept.flatMap(w => w.workflowId === undefined
        ? []
        : [{ id: w.workflowId, path: w.path, name: w.path, state: 'unknown' }]);
    const runs = kept.flatMap(w => w.runs);
    return { workflows, runs: runs.map(r => r.run), jobs: runs.flatMap(r => r.jobs ?? []) };
}
function analyse(store, input) {
    const api = recordedApiOf(store, input.workflows.map(w => w.path));
    return analyzeRuns({ api, now: input.now, days: input.windowDays, ...input.analytics });
}
/** Nothing ingested: the budget left no room, or the records could not be read. */
function notRead(input, stopped, read = 0) {
    const report = {
        workflows: input.workflows.length,
        ...{ newRuns: 0, jobsRead: 0, notModified: 0, calls: { runs: 0, jobs: 0 }, missing: [] },
        awaitingJobs: 0,
        stopped
    };
    const store = emptyRunStore();
    const fileCalls = { read, save: 0 };
    return {
        report,
        fileCalls,
        saved: 'not-read',
        problems: [],
        store,
        analytics: analyse(store, input)
    };
}
async function save(ports, loaded, observed, input) {
    if (input.dryRun)
        return { saved: 'dry-run' };
    try {
        const saved = await saveRuns(ports.storage, ports.name, loaded, {
            store: observed.store,
            now: input.now,
            limits: runLimits(input.windowDays),
            newRuns: observed.report.newRuns
        });
        return { saved };
    }
    catch (error) {
        if (!(error instanceof ports_errors/* PortError */.U7))
            throw error;
        return {
            saved: 'failed',
            problem: `The run records could not be saved: ${(0,errors/* errorMessage */.gJ)(error)}`
        };
    }
}
/** Reads the records, or why they cannot be used. */
async function load(ports) {
    try {
        const loaded = await loadRuns(ports.storage, ports.name);
        return loaded.readOnly ? { reason: 'error', message: loaded.problem } : loaded;
    }
    catch (error) {
        if (!(error instanceof ports_errors/* PortError */.U7))
            throw error;
        return { reason: 'error', message: (0,errors/* errorMessage */.gJ)(error) };
    }
}
/**
 * Reads the records when the budget leaves room for a read, at least one listing and the save; undefined when it
 * does not. The action reads them early when the pull request's body needs them; recordRuns then reads nothing.
 */
async function readRecords(ports, budget) {
    if (callsLeft(budget, SAVE_RESERVE) < 2)
        return undefined;
    const before = budget.spent();
    const loaded = await load(ports);
    return { loaded, calls: budget.spent() - before };
}
/**
 * Reads (unless `read` already did, with the same ports), ingests, saves and analyses; with no room left in the
 * budget for a read and a save, reads nothing.
 */
async function recordRuns(ports, input, read) {
    const { budget } = input;
    const records = read ?? (await readRecords(ports, budget));
    if (!records)
        return notRead(input, { reason: 'call-budget' });
    const { loaded } = records;
    if ('reason' in loaded)
        return notRead(input, loaded, records.calls);
    const ingested = await observeRuns(ports.runs, { ...input, stored: loaded.store });
    const { observed, forecast } = tracked(ingested, input);
    const beforeSave = budget.spent();
    const { saved, problem } = await save(ports, loaded, observed, input);
    return {
        report: observed.report,
        fileCalls: { read: records.calls, save: budget.spent() - beforeSave },
        saved,
        problems: [loaded.problem, problem].filter((p) => p !== undefined),
        store: observed.store,
        analytics: analyse(observed.store, input),
        ...(forecast ? { forecast } : {})
    };
}
/** The ingested records with the tracker's predictions matched and recorded, when tracking is asked for. */
function tracked(observed, input) {
    if (!input.tracking)
        return { observed };
    const api = recordedApiOf(observed.store, input.workflows.map(w => w.path));
    const { tracking, now } = input;
    const prices = input.analytics?.prices;
    const done = trackRuns(observed.store, api, { tracking, now, ...(prices ? { prices } : {}) });
    return { observed: { ...observed, store: done.store }, forecast: done.forecast };
}

;// CONCATENATED MODULE: ./src/forecast-step.ts
/**
 * The forecasts of an `apply` run (DESIGN §11), for apply-action.ts: which crons the tracker predicts — each managed
 * workflow's crons in force (the file's, or those the orchestrator dispatches it by) — and the views of the tracker and
 * the recommender once the runs are observed: the job summary's sections, the pull request's (only the workflows it
 * changes) and the JSON report's `accuracy` and `recommendations`.
 */





/** The crons each managed workflow runs by until the next run: a dispatched one's are the plan's, started by the tick. */
function trackingOf(plan) {
    const workflows = plan.workflows.map(w => {
        const dispatched = w.via === 'dispatch' && w.from.length === 0;
        return {
            id: w.id,
            path: w.path,
            entries: dispatched ? w.to : w.from,
            event: dispatched ? 'workflow_dispatch' : 'schedule'
        };
    });
    return { workflows };
}
/** Each managed workflow's recommendation for the plan's mode, from the run records (and what was learned of them). */
function recommendationsOf(plan, store, learned) {
    const api = recordedApiOf(store, plan.config.workflows.map(w => w.path));
    const current = new Map(plan.workflows.map(w => [w.id, w.from]));
    return recommend({
        workflows: plan.config.workflows.map(w => ({
            id: w.id,
            path: w.path,
            schedules: w.schedules,
            current: current.get(w.id) ?? [],
            ...(w.via ? { via: w.via } : {})
        })),
        mode: plan.mode,
        now: plan.now,
        ...{ runs: api.runs, jobs: api.jobs, known: api.workflows },
        ...(learned ? { learned } : {})
    });
}
/**
 * The pull request body's recommendations: for the workflows it changes, from the run records as the last run left
 * them (read before the pull request is written); nothing when it changes none or no run is recorded.
 */
function pullRequestRecommendations(plan, early) {
    const loaded = early?.loaded;
    if (!loaded || 'reason' in loaded)
        return '';
    if (!loaded.store.workflows.some(w => w.runs.length > 0))
        return '';
    return recommendationsMarkdown(recommendationsOf(plan, loaded.store), { onlyChanged: true });
}
/** The views of the tracker and the recommender; none without observed runs (no state branch, or not read). */
function forecastViews(plan, observed) {
    if (!observed || observed.saved === 'not-read')
        return undefined;
    const forecast = observed.forecast;
    const r = recommendationsOf(plan, observed.store, forecast?.learned);
    return {
        summary: [forecast ? accuracyMarkdown(forecast) : '', recommendationsMarkdown(r)]
            .filter(Boolean)
            .join('\n\n'),
        json: { ...(forecast ? accuracyJson(forecast) : {}), ...recommendationsJson(r) }
    };
}

// EXTERNAL MODULE: ./src/adapters/github/state-branch.ts
var state_branch = __webpack_require__(322);
// EXTERNAL MODULE: ./src/core/schedule/schedule-history.ts
var schedule_history = __webpack_require__(5499);
;// CONCATENATED MODULE: ./src/reports/analytics-json.ts
function analytics_json_workflowJson(w) {
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
            workflows: analytics.workflows.map(analytics_json_workflowJson),
            totals: { ...analytics.totals },
            costPerMode: analytics.costPerMode && { ...analytics.costPerMode }
        }
    };
}

;// CONCATENATED MODULE: ./src/reports/analytics-markdown.ts



function scheduleCell(s) {
    if (s === null)
        return UNKNOWN;
    const late = s.started > 0 ? `, late ${pair(analytics_format_seconds(s.lateP50), analytics_format_seconds(s.lateP90))}` : '';
    return `${s.started}/${s.expected} started, ${s.dropped} dropped${late}`;
}
function workflowRow(w) {
    const cells = [
        w.id === w.path ? `\`${w.path}\`` : `${w.id} (\`${w.path}\`)`,
        (0,format/* count */.U9)(w.runs),
        (0,format/* count */.U9)(w.runsWithoutJobs),
        events(w.byEvent),
        rateWithInterval(w.successRate, w.successRateLow, w.successRateHigh),
        pair(analytics_format_seconds(w.queueP50), analytics_format_seconds(w.queueP90)),
        pair(analytics_format_seconds(w.durationP50), analytics_format_seconds(w.durationP90)),
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




const observe_report_plural = (n, word) => `${(0,format/* count */.U9)(n)} ${word}${n === 1 ? '' : 's'}`;
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
        `read ${observe_report_plural(r.newRuns, 'new run')} of ${observe_report_plural(r.workflows, 'workflow')}` +
            (r.notModified > 0 ? ` (${(0,format/* count */.U9)(r.notModified)} unchanged, 304)` : ''),
        `jobs of ${observe_report_plural(r.jobsRead, 'run')}`,
        ...(r.awaitingJobs > 0 ? [`${observe_report_plural(r.awaitingJobs, 'finished run')} still without jobs`] : [])
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
        `run records ${name}: ${SAVED[observed.saved]} (${observe_report_plural(runs, 'run')} kept)`,
        `calls: ${fileCallsText(observed)}`
    ];
}
/** One line: calls by phase, the total against the limit, 304s, and the rate limit left. */
function callsLine(facts) {
    const total = totalCalls(facts.phases);
    const phases = facts.phases
        .filter(p => p.calls > 0 || p.notModified > 0)
        .map(p => `${p.phase} ${p.calls}${p.notModified > 0 ? ` (+${p.notModified} × 304)` : ''}`);
    const left = facts.rateLimitRemaining === undefined ? 'unknown' : (0,format/* count */.U9)(facts.rateLimitRemaining);
    return `API calls: ${total.calls} of max-api-calls ${facts.limit} (${phases.join(', ') || 'none'}); ${total.notModified} answered 304 at no cost; rate limit left: ${left}`;
}
/** The job summary's calls table. */
function callsMarkdown(facts) {
    const total = totalCalls(facts.phases);
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
    const total = totalCalls(facts.phases);
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
                phases.push(phaseCalls(name, before, tally()));
            }
        },
        info: line => core/* info */.pq(line)
    };
    const budget = {
        limit,
        spent: () => callsOf(tally()),
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
/** Where the run records live and how runs are read; both base answers come from the snapshot read before planning. */
async function recordsPorts(settings, github) {
    const base = settings.base || (await github.info()).defaultBranch;
    const baseHead = (await github.branchHead(base)) ?? '';
    const storage = (0,state_branch/* stateOnBranch */.$m)(github, { branch: settings.stateBranch, baseHead, path: state_branch/* RUNS_PATH */.H });
    return { runs: github, storage, name: (0,state_branch/* stateName */.Vi)(settings.stateBranch, state_branch/* RUNS_PATH */.H) };
}
/**
 * Reads the run records before the pull request is written, within the budget; observeStep then reads them no more.
 * Nothing without a state branch.
 */
async function readRecordsEarly(settings, github, ledger) {
    if (!settings.stateBranch)
        return undefined;
    return ledger.progress.phase('Read the run records', async () => {
        const ports = await recordsPorts(settings, github);
        return { ports, read: await readRecords(ports, ledger.budget) };
    });
}
/**
 * Observes the managed workflows' runs after the schedule part; nothing without a state branch (the records live
 * there). A dry run reads and reports but writes nothing.
 */
async function observeStep(settings, github, plan, ledger, early) {
    if (!settings.stateBranch) {
        core/* info */.pq('Runs are not observed: the state is disabled (state-branch is empty) and the run records live there');
        return undefined;
    }
    const observed = await ledger.progress.phase('Observe runs', async () => {
        const ports = early?.ports ?? (await recordsPorts(settings, github));
        const result = await recordRuns(ports, {
            workflows: plan.workflows.map(w => ({ id: w.id, path: w.path })),
            now: plan.now,
            windowDays: settings.analyticsDays,
            budget: ledger.budget,
            dryRun: settings.dryRun,
            analytics: { managed: plan.config.workflows, schedules: schedulesOf(plan) },
            tracking: trackingOf(plan)
        }, early?.read);
        for (const line of [...observeLines(result, ports.name), ...trackingLines(result.forecast)])
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
function text_report_workflowLines(plan) {
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
        ...text_report_workflowLines(plan),
        '',
        RULE
    ].join('\n');
}

// EXTERNAL MODULE: ./src/use-cases/apply-schedules/apply-schedules.ts + 4 modules
var apply_schedules = __webpack_require__(1965);
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
    const forecasts = forecastViews(result.plan, more.observed);
    log(result, requests);
    logCalls(more.ledger);
    const outputs = (0,src_outputs/* actionOutputs */.d)(result.plan, {
        pullRequestOperation: result.pullRequest.operation,
        pullRequest: result.pullRequest.pullRequest,
        issue: result.alert.issue
    }, { ...observeJson(more.observed, more.ledger.facts()), ...forecasts?.json });
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
        requests,
        pullRequestSections: more.sections
    });
    const budgets = (0,enforce_budgets/* budgetMarkdown */.V6)(more.budgets);
    const observed = `${budgets ? `\n\n${budgets}` : ''}${more.observed ? `\n\n${observeMarkdown(more.observed)}` : ''}${forecasts ? `\n\n${forecasts.summary.trimEnd()}` : ''}`;
    await core/* summary */.z
        .addRaw(`${summary}${observed}\n\n${callsMarkdown(more.ledger.facts())}\n`)
        .write();
}
/** `operation: apply`: an alert issue that could not be written fails the step when `fail-on-alert-error` says so. */
async function applyOperation(github, settings, now) {
    const ledger = callLedger(github, settings.maxApiCalls);
    // A pull request's body recommends from the run records: read before it is written, observed after as before.
    const early = { sections: [] };
    const result = await (0,apply_schedules/* applySchedules */.t)(github, settings, now, ledger.progress, async (plan) => {
        if ((0,schedule_plan/* changedWorkflows */.HC)(plan).length === 0)
            return [];
        early.records = await readRecordsEarly(settings, github, ledger);
        early.sections = [pullRequestRecommendations(plan, early.records?.read)];
        return early.sections;
    });
    for (const warning of result.plan.usage.warnings)
        core/* warning */.$e((0,reports_warnings/* warningText */.i)(warning));
    const observed = await observeStep(settings, github, result.plan, ledger, early.records);
    const budgets = await ledger.progress.phase('Check the budgets', () => (0,enforce_budgets/* enforceBudgetsForRun */.v7)(github, settings, result.plan, now));
    for (const s of budgets.spent)
        core/* warning */.$e(`The ${s.cap} budget is spent (${s.figure} of ${s.limit} ${s.unit}): managed workflows paused until ${s.until}`);
    for (const u of budgets.unchecked)
        core/* warning */.$e(`The ${u.cap} budget in ${u.unit} was not checked: this run has no observed ${u.unit}`);
    await report(settings, result, { observed, ledger, budgets, sections: early.sections });
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

//# sourceMappingURL=869.index.js.map