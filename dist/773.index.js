export const id = 773;
export const ids = [773];
export const modules = {

/***/ 4627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ isFinished),
/* harmony export */   Dc: () => (/* binding */ runDurationSeconds),
/* harmony export */   lG: () => (/* binding */ jobsByRun)
/* harmony export */ });
/** The jobs of each run, by run id. */
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


/***/ }),

/***/ 933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ learnHistory),
  u: () => (/* binding */ predictNextRun)
});

// EXTERNAL MODULE: ./src/core/runs/runner-pricing.ts
var runner_pricing = __webpack_require__(7377);
// EXTERNAL MODULE: ./src/core/runs/run-figures.ts
var run_figures = __webpack_require__(5979);
// EXTERNAL MODULE: ./src/core/forecast/duration-of-run.ts
var duration_of_run = __webpack_require__(4627);
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
        const seconds = (0,duration_of_run/* runDurationSeconds */.Dc)(run, ofRun.get(run.id));
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
        if (!(0,run_figures/* isCompleted */.Yw)(run))
            continue;
        const facts = (0,run_figures/* runFacts */.pI)(run, ofRun.get(run.id) ?? [], prices);
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
function learnHistory(history, managed, now, prices = runner_pricing/* DEFAULT_PRICES */.f7) {
    const keyed = runsBefore(history, idsOf(history, managed), now);
    const ofRun = (0,duration_of_run/* jobsByRun */.lG)(history.jobs);
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


/***/ }),

/***/ 5928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZG: () => (/* binding */ phaseCalls),
/* harmony export */   Zn: () => (/* binding */ callsLeft),
/* harmony export */   cO: () => (/* binding */ totalCalls),
/* harmony export */   p9: () => (/* binding */ callsOf),
/* harmony export */   x5: () => (/* binding */ refusal)
/* harmony export */ });
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
 * Whether one more call fits: `reserve` calls stay free for what must follow (the schedule part, saving what was
 * read), under the budget and under GitHub's rate limit alike. Undefined when it fits, else why not: the budget is
 * spent, or GitHub said no more than the reserve is left of the rate limit (waiting it out would hold the run up to an
 * hour).
 */
function refusal(budget, reserve = 0) {
    if (budget.spent() + reserve >= budget.limit)
        return 'call-budget';
    const left = budget.rateLimitRemaining?.();
    if (left !== undefined && left <= reserve)
        return 'rate-limit';
    return undefined;
}
/** Calls left under the limit after `reserve`, never below 0. */
function callsLeft(budget, reserve = 0) {
    return Math.max(0, budget.limit - budget.spent() - reserve);
}


/***/ }),

/***/ 5979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yw: () => (/* binding */ isCompleted),
/* harmony export */   lG: () => (/* binding */ jobsByRun),
/* harmony export */   pI: () => (/* binding */ runFacts)
/* harmony export */ });
/* harmony import */ var _runner_pricing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7377);

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
        const charge = (0,_runner_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .jobCharge */ ._g)(job, prices);
        billableMinutes += charge.billableMinutes;
        microDollars += charge.microDollars;
        if (charge.runner.unknown !== undefined && charge.minutes > 0)
            unknownLabels.push(charge.runner.unknown);
    }
    return { billableMinutes, microDollars, unknownLabels };
}
/** The figures of a run from its recorded jobs (any attempt's; only the run's own attempt counts). */
function runFacts(run, recordedJobs, prices = _runner_pricing_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PRICES */ .f7) {
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


/***/ }),

/***/ 9091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ DEFAULT_RUN_LIMITS),
/* harmony export */   M$: () => (/* binding */ recordsOf),
/* harmony export */   Mr: () => (/* binding */ withoutRun),
/* harmony export */   Ri: () => (/* binding */ mergeStores),
/* harmony export */   Ws: () => (/* binding */ boundStore),
/* harmony export */   fW: () => (/* binding */ windowsToList),
/* harmony export */   gQ: () => (/* binding */ listedByPage),
/* harmony export */   kU: () => (/* binding */ joinSpans),
/* harmony export */   lm: () => (/* binding */ withRecords),
/* harmony export */   mM: () => (/* binding */ emptyRunStore),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   pe: () => (/* binding */ runsAwaitingJobs),
/* harmony export */   rV: () => (/* binding */ mergeRuns),
/* harmony export */   xM: () => (/* binding */ withJobs),
/* harmony export */   yc: () => (/* binding */ withListed)
/* harmony export */ });
/* unused harmony exports isFinished, laterCopy, newRunsFrom, boundRecords */
/* harmony import */ var _stored_predictions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7684);

const DEFAULT_RUN_LIMITS = { days: 90, runs: 500 };
const DAY_MS = 86_400_000;
/** A run still going after this long no longer holds the next query back (GitHub cancels queued runs after 24 h). */
const STILL_RUNNING_MS = 3 * DAY_MS;
/** The query for new runs is asked again (for its ETag) while it matches fewer runs than this. */
const QUERY_KEPT_RUNS = 50;
const ms = (time) => Date.parse(time);
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
    return ms(b.run.createdAt) - ms(a.run.createdAt) || b.run.id - a.run.id;
}
/** Whether a run has finished: only then are its jobs final. */
function isFinished(run) {
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
    const kept = ms(a.run.updatedAt) > ms(b.run.updatedAt) ? a : b;
    const other = kept === a ? b : a;
    if (kept.jobs === null && other.jobs !== null && isFinished(other.run))
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
    const sorted = [...spans].sort((a, b) => ms(a.from) - ms(b.from));
    const joined = [];
    for (const span of sorted) {
        const last = joined.at(-1);
        if (last && ms(span.from) <= ms(last.to)) {
            if (ms(span.to) > ms(last.to))
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
    const oldest = runs.reduce((min, r) => Math.min(min, ms(r.createdAt)), Infinity);
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
    const inLatest = records.runs.filter(r => ms(r.run.createdAt) >= ms(latest.from) && ms(r.run.createdAt) <= ms(latest.to));
    const going = inLatest
        .filter(r => !isFinished(r.run) && now.getTime() - ms(r.run.createdAt) < STILL_RUNNING_MS)
        .reduce((min, r) => Math.min(min, ms(r.run.createdAt)), Infinity);
    const kept = records.etag?.from;
    const keep = kept !== undefined &&
        ms(kept) >= ms(latest.from) &&
        ms(kept) <= going &&
        inLatest.filter(r => ms(r.run.createdAt) >= ms(kept)).length < QUERY_KEPT_RUNS;
    if (keep)
        return kept;
    const newest = inLatest[0]?.run.createdAt ?? latest.from;
    return ms(newest) <= going ? newest : isoSeconds(going);
}
/**
 * The windows still to list for analytics over the `days` before `now`, newest first: the new runs, then the holes a
 * stopped run left, then the older runs of the window not listed yet.
 */
function windowsToList(records, now, days) {
    const to = isoSeconds(now.getTime());
    const horizon = now.getTime() - days * DAY_MS;
    const spans = records.listed;
    const first = spans[0];
    if (!first)
        return [{ from: isoSeconds(horizon), to, fresh: true }];
    const windows = [{ from: newRunsFrom(records, now) ?? first.from, to, fresh: true }];
    for (let i = spans.length - 2; i >= 0; i--) {
        const [older, newer] = [spans[i], spans[i + 1]];
        if (ms(newer.from) <= horizon)
            break;
        windows.push({
            from: isoSeconds(Math.max(ms(older.to), horizon)),
            to: newer.from,
            fresh: false
        });
    }
    if (ms(first.from) > horizon)
        windows.push({ from: isoSeconds(horizon), to: first.from, fresh: false });
    return windows;
}
/** Finished runs whose jobs were not read yet, newest first. */
function runsAwaitingJobs(records) {
    return records.runs.filter(r => r.jobs === null && isFinished(r.run)).map(r => r.run);
}
/** One workflow's records cut to the limits: older runs and spans dropped, the newest `runs` runs kept. */
function boundRecords(records, now, limits) {
    const cutoff = now.getTime() - limits.days * DAY_MS;
    const runs = records.runs.filter(r => ms(r.run.createdAt) >= cutoff).slice(0, limits.runs);
    const listed = records.listed
        .filter(s => ms(s.to) >= cutoff)
        .map(s => (ms(s.from) >= cutoff ? s : { from: isoSeconds(cutoff), to: s.to }));
    const predictions = (0,_stored_predictions_js__WEBPACK_IMPORTED_MODULE_0__/* .boundPredictions */ .l1)(records.predictions ?? [], runs, cutoff);
    return (0,_stored_predictions_js__WEBPACK_IMPORTED_MODULE_0__/* .withPredictions */ .ZK)({ ...records, listed, runs }, predictions);
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
            return (0,_stored_predictions_js__WEBPACK_IMPORTED_MODULE_0__/* .withPredictions */ .ZK)({ ...merged, listed, ...(etag ? { etag } : {}) }, (0,_stored_predictions_js__WEBPACK_IMPORTED_MODULE_0__/* .mergePredictions */ .pD)(a.predictions, b.predictions));
        })
    };
}


/***/ }),

/***/ 1023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ wilsonInterval),
/* harmony export */   p: () => (/* binding */ nearestRank)
/* harmony export */ });
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


/***/ }),

/***/ 7684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZK: () => (/* binding */ withPredictions),
/* harmony export */   l1: () => (/* binding */ boundPredictions),
/* harmony export */   pD: () => (/* binding */ mergePredictions)
/* harmony export */ });
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


/***/ }),

/***/ 4568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T2: () => (/* binding */ SAVE_RESERVE),
  $9: () => (/* binding */ observeRuns),
  g2: () => (/* binding */ runLimits)
});

// EXTERNAL MODULE: ./src/core/runs/run-store.ts
var run_store = __webpack_require__(9091);
// EXTERNAL MODULE: ./src/ports/errors.ts
var errors = __webpack_require__(8309);
// EXTERNAL MODULE: ./src/core/runs/call-budget.ts
var call_budget = __webpack_require__(5928);
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
        const stop = (0,call_budget/* refusal */.x5)(budget, reserve);
        if (stop)
            throw new CallsStopped(stop);
        try {
            return await work();
        }
        catch (error) {
            if (error instanceof errors/* RateLimitError */.OE)
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
        return (0,run_store/* recordsOf */.M$)(this.store, path);
    }
    /** Runs a page listed, and the span of creation times it shows listed (none when it shows no whole span). */
    addRuns(path, runs, listed) {
        const merged = (0,run_store/* mergeRuns */.rV)(this.records(path), runs.map(run => ({ run, jobs: null })));
        this.newRuns += merged.added;
        this.store = (0,run_store/* withRecords */.lm)(this.store, listed ? (0,run_store/* withListed */.yc)(merged.records, listed) : merged.records);
        if (listed)
            this.position = { step: 'runs', workflow: path, upTo: listed.from };
    }
    keepEtag(path, from, value) {
        this.store = (0,run_store/* withRecords */.lm)(this.store, { ...this.records(path), etag: { from, value } });
    }
    addJobs(path, run, jobs) {
        this.store = (0,run_store/* withRecords */.lm)(this.store, (0,run_store/* withJobs */.xM)(this.records(path), run.id, jobs));
        this.jobsRead += 1;
        this.jobsUpTo = run.createdAt;
    }
    dropRun(path, runId) {
        this.store = (0,run_store/* withRecords */.lm)(this.store, (0,run_store/* withoutRun */.Mr)(this.records(path), runId));
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
    const middle = (0,run_store/* isoSeconds */.nE)((from + to) / 2);
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
            : (0,run_store/* listedByPage */.gQ)(window, listed.items, !listed.more);
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
        .flatMap(path => (0,run_store/* runsAwaitingJobs */.pe)(ingestion.records(path)).map(run => ({ path, run })))
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
            if (!(error instanceof errors/* NotFoundError */.m_))
                throw error;
            ingestion.dropRun(path, run.id);
        }
    }
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/observe-runs.ts






const DAY_MS = 86_400_000;
/** Calls kept back for saving the records after ingesting (a write, and the state branch made if missing). */
const SAVE_RESERVE = 2;
/** The records kept for an analytics window: 90 days, or the window when it is longer; 500 runs a workflow. */
function runLimits(windowDays) {
    return { ...run_store/* DEFAULT_RUN_LIMITS */.FI, days: Math.max(run_store/* DEFAULT_RUN_LIMITS */.FI.days, windowDays) };
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
        if (error instanceof errors/* PortError */.U7)
            return { reason: 'error', message: error.message, ...at };
        throw error;
    }
}
/** Every workflow's new runs first, then the older windows; a workflow GitHub does not know is skipped. */
async function listAll(runs, ingestion, input) {
    const planned = input.workflows.map(w => (0,run_store/* windowsToList */.fW)(ingestion.records(w.path), input.now, input.windowDays).map(window => ({
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
            if (!(error instanceof errors/* NotFoundError */.m_))
                throw error;
            ingestion.missing.push(path);
        }
    }
}
/**
 * Ingests what is new within the budget: the workflows' states first (one list for the repository, every run: a
 * workflow GitHub disabled for inactivity has no new run to tell it), then the runs, then their jobs.
 */
async function observeRuns(runs, input) {
    const port = budgeted(runs, input.budget, input.reserve ?? SAVE_RESERVE);
    const ingestion = new Ingestion(input.stored);
    const paths = input.workflows.map(w => w.path);
    const since = input.now.getTime() - input.windowDays * DAY_MS;
    const start = input.budget.spent();
    let workflows = [];
    let stopped = await stopping(ingestion, async () => {
        workflows = (await port.listWorkflows()).filter(w => paths.includes(w.path));
    });
    const states = input.budget.spent();
    stopped ??= await stopping(ingestion, () => listAll(port, ingestion, input));
    const listed = input.budget.spent();
    // Bounded before the jobs are read: no call for the jobs of a run the records will not keep.
    ingestion.store = (0,run_store/* boundStore */.Ws)(ingestion.store, input.now, runLimits(input.windowDays));
    stopped ??= await stopping(ingestion, () => readJobs(port, ingestion, paths, since));
    const store = ingestion.store;
    const report = {
        workflows: input.workflows.length,
        newRuns: ingestion.newRuns,
        jobsRead: ingestion.jobsRead,
        notModified: ingestion.notModified,
        calls: {
            workflows: states - start,
            runs: listed - states,
            jobs: input.budget.spent() - listed
        },
        missing: ingestion.missing,
        awaitingJobs: awaitingJobs(ingestion, paths, since).length,
        ...(stopped ? { stopped } : {})
    };
    return { store, workflows, report };
}


/***/ }),

/***/ 7773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xx: () => (/* binding */ readRuns),
  _P: () => (/* binding */ recordRuns),
  OL: () => (/* binding */ recordedApiOf)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/runs/mode-cost.ts
var mode_cost = __webpack_require__(6357);
// EXTERNAL MODULE: ./src/core/runs/run-figures.ts
var run_figures = __webpack_require__(5979);
// EXTERNAL MODULE: ./src/core/runs/runner-pricing.ts
var runner_pricing = __webpack_require__(7377);
// EXTERNAL MODULE: ./src/core/cron/occurrences.ts
var occurrences = __webpack_require__(7150);
// EXTERNAL MODULE: ./src/core/runs/statistics.ts
var statistics = __webpack_require__(1023);
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
        lateP50: (0,statistics/* nearestRank */.p)(tally.delays, 50) ?? null,
        lateP90: (0,statistics/* nearestRank */.p)(tally.delays, 90) ?? null
    };
}

;// CONCATENATED MODULE: ./src/core/runs/analytics.ts





const DAY_MS = 86_400_000;
/** The window: `days` days ending at `now`, or at the newest run's creation. */
function analyticsWindow(runs, now, days = 30) {
    const newest = runs.reduce((max, run) => Math.max(max, Date.parse(run.createdAt)), -Infinity);
    const to = now ?? new Date(Number.isFinite(newest) ? newest : 0);
    return { from: new Date(to.getTime() - days * DAY_MS), to };
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
    const judged = runs.filter(run => (0,run_figures/* isCompleted */.Yw)(run) && run.conclusion !== 'skipped' && run.conclusion !== 'neutral');
    const share = (0,statistics/* wilsonInterval */.Y)(judged.filter(run => run.conclusion === 'success').length, judged.length);
    return {
        successRate: share?.rate ?? null,
        successRateLow: share?.low ?? null,
        successRateHigh: share?.high ?? null
    };
}
function percentiles(values) {
    const known = values.filter((v) => v !== undefined);
    return [(0,statistics/* nearestRank */.p)(known, 50) ?? null, (0,statistics/* nearestRank */.p)(known, 90) ?? null];
}
/** Minutes and dollars of the runs with jobs; null when runs exist and none has jobs. */
function chargesOf(facts) {
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
        ...chargesOf(facts),
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
    const prices = { ...runner_pricing/* DEFAULT_PRICES */.f7, ...input.prices };
    const jobs = (0,run_figures/* jobsByRun */.lG)(input.api.jobs);
    const inWindow = within(window);
    const workflows = subjectsOf(input).map(subject => {
        const runs = subject.runs.filter(inWindow);
        const facts = runs.map(run => (0,run_figures/* runFacts */.pI)(run, jobs.get(run.id) ?? [], prices));
        return figuresOf(subject, facts, window);
    });
    const managed = input.managed;
    const perRun = (path) => workflows.find(w => w.path === path)?.perRun ?? null;
    const modes = managed
        ? (0,mode_cost/* costPerMode */.Kw)(managed.map(w => ({ schedules: w.schedules, perRun: perRun(w.path) })), window.to)
        : null;
    return { window, workflows, totals: totalsOf(workflows), costPerMode: modes };
}

// EXTERNAL MODULE: ./src/core/runs/call-budget.ts
var call_budget = __webpack_require__(5928);
// EXTERNAL MODULE: ./src/core/runs/run-store.ts
var run_store = __webpack_require__(9091);
// EXTERNAL MODULE: ./src/ports/errors.ts
var ports_errors = __webpack_require__(8309);
// EXTERNAL MODULE: ./src/use-cases/observe-runs/observe-runs.ts + 4 modules
var observe_runs = __webpack_require__(4568);
// EXTERNAL MODULE: ./src/use-cases/observe-runs/run-records-file.ts + 1 modules
var run_records_file = __webpack_require__(2806);
// EXTERNAL MODULE: ./src/core/forecast/recommend-history.ts + 4 modules
var recommend_history = __webpack_require__(933);
// EXTERNAL MODULE: ./src/core/runs/stored-predictions.ts
var stored_predictions = __webpack_require__(7684);
;// CONCATENATED MODULE: ./src/core/forecast/accuracy.ts
const DAY = 86_400_000;
const tenth = (n) => Math.round(n * 10) / 10;
/** A prediction for the state: `ref` names the run (runId) or its due time. */
function predictionRecord(workflow, prediction, madeAt, ref = {}) {
    const { predicted, low, high, confidence } = prediction;
    return {
        workflow,
        ...ref,
        predicted: tenth(predicted),
        low: tenth(low),
        high: tenth(high),
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

// EXTERNAL MODULE: ./src/core/forecast/duration-of-run.ts
var duration_of_run = __webpack_require__(4627);
;// CONCATENATED MODULE: ./src/core/forecast/tracking-match.ts

/** A run answers an occurrence when it was created at most this long after it. */
const MATCH_WINDOW_MS = DROPPED_AFTER_MS;
const ms = (time) => Date.parse(time);
/** Whether every run created from `from` to `to` (ms) was listed. */
function listedThrough(listed, from, to) {
    return listed.some(s => ms(s.from) <= from && ms(s.to) >= to);
}
/**
 * Matches the predictions whose time has come (due ≤ now, not matched yet) with `runs` (the workflow's runs of the
 * event its schedule starts), and drops those of occurrences that had no run.
 */
function matchPredictions(predictions, runs, listed, now) {
    const claimed = new Set(predictions.flatMap(p => (p.runId === undefined ? [] : [p.runId])));
    const free = runs
        .filter(r => !claimed.has(r.id))
        .sort((a, b) => ms(a.createdAt) - ms(b.createdAt) || a.id - b.id);
    const order = [...predictions].sort((a, b) => ms(a.due) - ms(b.due));
    const kept = [];
    let [next, matched, dropped] = [0, 0, 0];
    for (const p of order) {
        const due = ms(p.due);
        if (p.runId !== undefined || due > now.getTime()) {
            kept.push(p);
            continue;
        }
        while (next < free.length && ms(free[next].createdAt) < due)
            next++;
        const run = free[next];
        if (run && ms(run.createdAt) < due + MATCH_WINDOW_MS) {
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
            return { due: (0,run_store/* isoSeconds */.nE)(due.getTime()), madeAt, predicted, low, high, confidence };
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
    return { records: (0,stored_predictions/* withPredictions */.ZK)(records, predictions), matched, recorded: next.recorded.length };
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
        tracked = (0,run_store/* withRecords */.lm)(tracked, done.records);
        facts.recorded += done.recorded;
        facts.matched += done.matched.matched;
        facts.dropped += done.matched.dropped;
    }
    return { store: tracked, facts };
}
/** The prediction and the run that answered it, compared when its first attempt succeeded. */
function outcomeOf(workflow, p, records) {
    const stored = records.runs.find(r => r.run.id === p.runId);
    if (!stored)
        return 'gone';
    const run = stored.run;
    if (!(0,duration_of_run/* isFinished */.$g)(run))
        return 'running';
    const actual = (0,duration_of_run/* runDurationSeconds */.Dc)(run, stored.jobs ?? []);
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
        const records = (0,run_store/* recordsOf */.M$)(store, w.path);
        for (const p of records.predictions ?? []) {
            if (p.runId === undefined) {
                if (tracking_ms(p.due) > now.getTime())
                    result.ahead.push({ workflow: w.id, ...p });
                else
                    result.unmatched++;
                continue;
            }
            const outcome = outcomeOf(w.id, p, records);
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
    const learned = (0,recommend_history/* learnHistory */.f)(history, workflows, input.now, input.prices);
    const tracked = trackPredictions(store, workflows, input.now, w => (0,recommend_history/* predictNextRun */.u)(learned, w.id, w.event));
    const accuracy = trackedAccuracy(tracked.store, workflows, input.now);
    return { store: tracked.store, forecast: { facts: tracked.facts, accuracy, learned } };
}

;// CONCATENATED MODULE: ./src/use-cases/observe-runs/record-runs.ts
/**
 * Observe runs as the action runs it (DESIGN §10): read the records from the state branch, ingest what is new within
 * what is left of the call budget, work out the analytics over the window from the records, and save them (not in a
 * dry run). Reading and saving are two steps, so that the reading can price the plan before the schedule part writes
 * anything and the saving waits until it has. A stop or a failure here never undoes the schedule part: it is
 * reported, and the next run carries on.
 */








/**
 * The records of the managed workflows as the analytics read them; a workflow GitHub listed (`listed`) has its name
 * and state (`disabled_inactivity` …), even without a recorded run.
 */
function recordedApiOf(store, paths, listed = []) {
    const kept = store.workflows.filter(w => paths.includes(w.path));
    const recorded = kept.flatMap(w => w.workflowId === undefined || listed.some(l => l.path === w.path)
        ? []
        : [{ id: w.workflowId, path: w.path, name: w.path, state: 'unknown' }]);
    const workflows = [...listed.filter(l => paths.includes(l.path)), ...recorded];
    const runs = kept.flatMap(w => w.runs);
    return { workflows, runs: runs.map(r => r.run), jobs: runs.flatMap(r => r.jobs ?? []) };
}
function analyse(store, input, listed = []) {
    const paths = input.workflows.map(w => w.path);
    const api = recordedApiOf(store, paths, listed);
    return analyzeRuns({ api, now: input.now, days: input.windowDays, ...input.analytics });
}
/** Nothing ingested: the budget left no room, or the records could not be read. */
function notRead(input, stopped, read = 0) {
    const report = {
        workflows: input.workflows.length,
        ...{ newRuns: 0, jobsRead: 0, notModified: 0, missing: [] },
        calls: { workflows: 0, runs: 0, jobs: 0 },
        awaitingJobs: 0,
        stopped
    };
    const store = (0,run_store/* emptyRunStore */.mM)();
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
async function saveRecords(ports, loaded, observed, input) {
    if (input.dryRun)
        return { saved: 'dry-run' };
    try {
        const saved = await (0,run_records_file/* saveRuns */.A)(ports.storage, ports.name, loaded, {
            store: observed.store,
            now: input.now,
            limits: (0,observe_runs/* runLimits */.g2)(input.windowDays),
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
        const loaded = await (0,run_records_file/* loadRuns */.l)(ports.storage, ports.name);
        return loaded.readOnly ? { reason: 'error', message: loaded.problem } : loaded;
    }
    catch (error) {
        if (!(error instanceof ports_errors/* PortError */.U7))
            throw error;
        return { reason: 'error', message: (0,errors/* errorMessage */.gJ)(error) };
    }
}
/**
 * Reads the records, ingests and analyses, writing nothing; with no room left in the budget (less `input.reserve`)
 * for a read and a listing, reads nothing.
 */
async function readRuns(ports, input) {
    const { budget } = input;
    const unsaved = (recorded) => ({ recorded, save: async () => recorded });
    // One read and at least one listing, then what follows (the save at least).
    if ((0,call_budget/* callsLeft */.Zn)(budget, input.reserve ?? observe_runs/* SAVE_RESERVE */.T2) < 2)
        return unsaved(notRead(input, { reason: 'call-budget' }));
    const before = budget.spent();
    const loaded = await load(ports);
    const read = budget.spent() - before;
    if ('reason' in loaded)
        return unsaved(notRead(input, loaded, read));
    const ingested = await (0,observe_runs/* observeRuns */.$9)(ports.runs, { ...input, stored: loaded.store });
    const recorded = {
        report: ingested.report,
        fileCalls: { read, save: 0 },
        saved: 'pending',
        problems: loaded.problem === undefined ? [] : [loaded.problem],
        store: ingested.store,
        analytics: analyse(ingested.store, input, ingested.workflows)
    };
    const save = async (tracking = input.tracking) => {
        const { observed, forecast } = tracked(ingested, {
            ...input,
            ...(tracking ? { tracking } : {})
        });
        const beforeSave = budget.spent();
        const { saved, problem } = await saveRecords(ports, loaded, observed, input);
        return {
            ...recorded,
            store: observed.store,
            fileCalls: { read, save: budget.spent() - beforeSave },
            saved,
            problems: problem === undefined ? recorded.problems : [...recorded.problems, problem],
            ...(forecast ? { forecast } : {})
        };
    };
    return { recorded, save };
}
/** Reads, ingests, analyses, tracks (with `input.tracking`) and saves at once. */
async function recordRuns(ports, input) {
    return (await readRuns(ports, input)).save();
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


/***/ }),

/***/ 2806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ loadRuns),
  A: () => (/* binding */ saveRuns)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/runs/run-store.ts
var run_store = __webpack_require__(9091);
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
    return seconds === null ? null : (0,run_store/* isoSeconds */.nE)(Date.parse(from) + seconds * 1000);
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
function workflowJson(w) {
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
        const { runs, ...rest } = workflowJson(w);
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
function fitRunStore(store, now, limits = run_store/* DEFAULT_RUN_LIMITS */.FI, maxChars = MAX_CHARS) {
    let runs = limits.runs;
    for (;;) {
        const bounded = (0,run_store/* boundStore */.Ws)(store, now, { ...limits, runs });
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
        madeAt: (0,run_store/* isoSeconds */.nE)(Date.parse(at) - r.number(madeBefore, 'madeBefore') * 1000),
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
        listed: (0,run_store/* joinSpans */.kU)(listed),
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

// EXTERNAL MODULE: ./src/ports/errors.ts
var ports_errors = __webpack_require__(8309);
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
        return { store: (0,run_store/* emptyRunStore */.mM)(), version: undefined };
    try {
        return { store: parseRunStore(stored.text, name), version: stored.version, text: stored.text };
    }
    catch (error) {
        if (!(error instanceof errors/* ValidationError */.yI))
            throw error;
        const readOnly = error instanceof NewerRunStoreError;
        const then = readOnly ? 'left as it is' : 'it is written anew from what this run reads';
        return {
            store: (0,run_store/* emptyRunStore */.mM)(),
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
            text = fitRunStore((0,run_store/* mergeStores */.Ri)(newer.store, records.store), records.now, records.limits).text;
            version = newer.version;
        }
    }
}


/***/ })

};

//# sourceMappingURL=773.index.js.map