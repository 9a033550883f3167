export const id = 965;
export const ids = [965];
export const modules = {

/***/ 5808:
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

/***/ 9820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ parseCron),
/* harmony export */   NA: () => (/* binding */ cronProblems),
/* harmony export */   OY: () => (/* binding */ describeEntry),
/* harmony export */   VF: () => (/* binding */ entryProblems)
/* harmony export */ });
/* harmony import */ var _actions_workflow_parser_model_converter_cron__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7290);
/* harmony import */ var cronstrue__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4603);
/* harmony import */ var cronstrue__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(cronstrue__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bounded_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5808);
/* harmony import */ var _time_zone_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3684);
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

/***/ 6452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s8: () => (/* binding */ runsPer30Days),
/* harmony export */   tc: () => (/* binding */ runsBetween),
/* harmony export */   xl: () => (/* binding */ occurrencesBetween)
/* harmony export */ });
/* harmony import */ var _bounded_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5808);
/* harmony import */ var _cron_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9820);
/* harmony import */ var _time_zone_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3684);
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

/***/ 3684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ offsetAt),
/* harmony export */   Hd: () => (/* binding */ timezoneProblem),
/* harmony export */   VY: () => (/* binding */ resolveZone),
/* harmony export */   l3: () => (/* binding */ instantOfWall)
/* harmony export */ });
/* harmony import */ var _bounded_cache_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5808);
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

/***/ 6479:
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

/***/ 607:
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
var least_squares = __webpack_require__(7523);
// EXTERNAL MODULE: ./src/core/usage/period.ts
var period = __webpack_require__(7864);
// EXTERNAL MODULE: ./src/core/schedule/schedule-history.ts
var schedule_history = __webpack_require__(5499);
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
        shape: input.workflows.every(w => w.costPerRun !== undefined) ? 'declared' : 'shared',
        workflows: input.workflows.map(w => w.costPerRun === undefined
            ? { workflow: w.id, costPerRun: 1, source: 'default' }
            : { workflow: w.id, costPerRun: w.costPerRun, source: 'declared' }),
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
        if (w.costPerRun !== undefined)
            return { workflow: w.id, costPerRun: w.costPerRun, source: 'declared' };
        const i = shape === 'shared' ? 0 : k++;
        const [costPerRun, standardError] = [result.coefficients[i], result.standardErrors[i]];
        return { workflow: w.id, costPerRun, standardError, source: 'learned' };
    });
    const unknown = input.workflows.filter(w => w.costPerRun === undefined).map(w => w.id);
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
    const declared = input.workflows.map(w => w.costPerRun);
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

/***/ 7523:
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

/***/ 2368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mb: () => (/* binding */ CONFIG_PROBLEMS),
  Xg: () => (/* binding */ readConfig)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_PATH, DEFAULT_TARGET, POLICIES, isPolicy, parseConfig

// EXTERNAL MODULE: ../main/node_modules/yaml/dist/index.js
var dist = __webpack_require__(5820);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/core/schedule/config-names.ts
var config_names = __webpack_require__(7028);
// EXTERNAL MODULE: ./src/core/cron/cron.ts
var cron_cron = __webpack_require__(9820);
// EXTERNAL MODULE: ./src/core/cron/time-zone.ts
var time_zone = __webpack_require__(3684);
;// CONCATENATED MODULE: ./src/core/cron/stagger.ts
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
        return (0,cron_cron/* cronProblems */.NA)(cron);
    const problems = [];
    const plain = withHReplaced(cron, (text, field) => {
        const form = readH(text, field);
        if (typeof form === 'string')
            problems.push(form);
        return String(typeof form === 'string' ? field.min : form.from);
    });
    return [...problems, ...(0,cron_cron/* cronProblems */.NA)(plain)];
}
/** Problems of a config entry: its cron (`H` allowed) and, if present, its timezone. */
function staggerEntryProblems(entry) {
    if (!usesH(entry.cron))
        return (0,cron_cron/* entryProblems */.VF)(entry);
    const zone = entry.timezone === undefined ? undefined : (0,time_zone/* timezoneProblem */.Hd)(entry.timezone);
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
            const parsed = usesH(entry.cron) ? undefined : (0,cron_cron/* parseCron */.E$)(entry.cron);
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

// EXTERNAL MODULE: ./src/core/usage/budgets.ts
var budgets = __webpack_require__(4303);
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
var schedule_schedule = __webpack_require__(4331);
// EXTERNAL MODULE: ./src/core/usage/usage.ts
var usage = __webpack_require__(1070);
// EXTERNAL MODULE: ./src/core/dispatch/dispatch-config.ts
var dispatch_config = __webpack_require__(6479);
;// CONCATENATED MODULE: ./src/core/schedule/config.ts










/** The share of the quota the target policy aims to use by the reset unless the config says otherwise. */
const DEFAULT_TARGET = 0.95;
const THRESHOLD_KEYS = {
    'aggressive-below': 'aggressiveBelow',
    'conservative-above': 'conservativeAbove',
    'alert-at': 'alertAt'
};
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function readThresholds(raw, problems) {
    const thresholds = { ...usage/* DEFAULT_THRESHOLDS */.JJ };
    if (raw === undefined)
        return thresholds;
    if (!isRecord(raw)) {
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
    else if (isRecord(raw) && typeof raw.cron === 'string') {
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
    const bad = staggerEntryProblems(entry);
    problems.push(...bad.map(message => ({ at, message: `'${entry.cron}' — ${message}` })));
    return bad.length === 0 ? entry : undefined;
}
function readSchedules(raw, at, problems) {
    const schedules = { aggressive: [], normal: [], conservative: [] };
    if (!isRecord(raw)) {
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
    if (!isRecord(raw)) {
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
    if (!isRecord(raw) || Object.keys(raw).length === 0) {
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
    if (!isRecord(data))
        problems.push({ at: [], message: 'must be a map with a workflows key' });
    const raw = isRecord(data) ? data : {};
    const topKeys = ['thresholds', 'workflows', 'policy', 'target', 'stagger', 'budgets'];
    problems.push(...unknownKeys(raw, [...topKeys, ...dispatch_config/* DISPATCH_CONFIG_KEYS */.J3], []));
    const stagger = readStagger(raw.stagger, problems);
    const read = {
        thresholds: readThresholds(raw.thresholds, problems),
        // After every workflow is read: H picks minutes no other managed workflow uses.
        workflows: expandStagger(readWorkflows(raw.workflows, problems), { stagger }),
        ...readPolicy(raw, problems),
        ...(0,dispatch_config/* readDispatchLimits */.rc)(raw, problems),
        ...(stagger ? { stagger } : {}),
        ...(0,budgets/* readBudgets */.le)(raw.budgets, problems)
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

/***/ 1484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ runsADay),
/* harmony export */   z: () => (/* binding */ planDispatched)
/* harmony export */ });
/* harmony import */ var _cron_occurrences_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6452);
/* harmony import */ var _consolidate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5410);
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

/***/ 5410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vi: () => (/* binding */ consolidateSchedule),
  QM: () => (/* binding */ hasScheduleTrigger),
  Cy: () => (/* binding */ putScheduleBack)
});

// UNUSED EXPORTS: ensureWorkflowDispatch, removeSchedule

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ../main/node_modules/yaml/dist/index.js
var dist = __webpack_require__(5820);
// EXTERNAL MODULE: ./src/core/schedule/source-text.ts
var source_text = __webpack_require__(840);
// EXTERNAL MODULE: ./src/core/schedule/workflow-schedule.ts
var workflow_schedule = __webpack_require__(1786);
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
var schedule_editor = __webpack_require__(2097);
// EXTERNAL MODULE: ./src/core/schedule/schedule.ts + 1 modules
var schedule = __webpack_require__(4331);
// EXTERNAL MODULE: ./src/core/schedule/schedule-splices.ts
var schedule_splices = __webpack_require__(3098);
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

/***/ 6841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gg: () => (/* binding */ buildPlan),
  HC: () => (/* binding */ changedWorkflows),
  Qv: () => (/* binding */ readCurrentWorkflows)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/core/schedule/config.ts + 2 modules
var schedule_config = __webpack_require__(2368);
// EXTERNAL MODULE: ./src/core/cron/cron.ts
var cron = __webpack_require__(9820);
// EXTERNAL MODULE: ./src/core/cron/occurrences.ts
var occurrences = __webpack_require__(6452);
// EXTERNAL MODULE: ./src/core/schedule/schedule-editor.ts + 1 modules
var schedule_editor = __webpack_require__(2097);
// EXTERNAL MODULE: ../main/node_modules/yaml/dist/index.js
var dist = __webpack_require__(5820);
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
var consolidate_plan = __webpack_require__(1484);
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

/***/ 2097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qG: () => (/* binding */ editSchedule),
  Cu: () => (/* binding */ readSchedule),
  W8: () => (/* binding */ scheduleEdit)
});

// UNUSED EXPORTS: locateSchedule

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/core/schedule/schedule.ts + 1 modules
var schedule = __webpack_require__(4331);
// EXTERNAL MODULE: ./src/core/schedule/schedule-splices.ts
var schedule_splices = __webpack_require__(3098);
// EXTERNAL MODULE: ./src/core/schedule/source-text.ts
var source_text = __webpack_require__(840);
// EXTERNAL MODULE: ./src/core/schedule/workflow-schedule.ts
var workflow_schedule = __webpack_require__(1786);
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

/***/ 5499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ scheduleHistory),
/* harmony export */   f8: () => (/* binding */ runsUnder),
/* harmony export */   vg: () => (/* binding */ mergedAtNextReading)
/* harmony export */ });
/* harmony import */ var _cron_occurrences_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6452);
/* harmony import */ var _schedule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4331);
/* harmony import */ var _state_schedule_changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4734);



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

/***/ 3098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ scheduleSplices),
/* harmony export */   U: () => (/* binding */ applySplices)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5820);
/* harmony import */ var _source_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(840);
/* harmony import */ var _workflow_schedule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1786);
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

/***/ 4331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FN: () => (/* reexport */ mode/* MODES */.F),
  dI: () => (/* binding */ sameEntry),
  i1: () => (/* binding */ sameSchedule)
});

// UNUSED EXPORTS: isMode

// EXTERNAL MODULE: ./src/core/cron/cron.ts
var cron = __webpack_require__(9820);
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
var time_zone = __webpack_require__(3684);
// EXTERNAL MODULE: ./src/core/schedule/mode.ts
var mode = __webpack_require__(1452);
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

/***/ 840:
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
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5820);
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

/***/ 1786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nn: () => (/* binding */ inspect),
/* harmony export */   XA: () => (/* binding */ contentEnd),
/* harmony export */   be: () => (/* binding */ rangeOf),
/* harmony export */   lA: () => (/* binding */ sequenceEnd)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5820);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
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

/***/ 4734:
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

/***/ 2818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ recordInState),
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   I$: () => (/* binding */ latestSample),
/* harmony export */   J1: () => (/* binding */ usageSamples),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   sU: () => (/* binding */ serializeState),
/* harmony export */   ti: () => (/* binding */ mergeStates)
/* harmony export */ });
/* unused harmony export CHANGE_STATUSES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _usage_billing_sum_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9564);


const CHANGE_STATUSES = ['proposed', 'in-force', 'abandoned'];
/** A state with nothing in it. */
function emptyState() {
    return { version: 2, samples: [], changes: [] };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function sampleProblems(samples, name) {
    return samples.flatMap((s, i) => {
        const where = `${name}: samples[${i}]`;
        if (!isRecord(s))
            return [`${where} must be an object {"at": "<ISO time>", "used": <number>}`];
        const problems = [];
        if (typeof s.at !== 'string' || Number.isNaN(Date.parse(s.at))) {
            problems.push(`${where}.at must be an ISO 8601 time, got ${JSON.stringify(s.at)}`);
        }
        if (typeof s.used !== 'number' || !Number.isFinite(s.used) || s.used < 0) {
            problems.push(`${where}.used must be a number ≥ 0, got ${JSON.stringify(s.used)}`);
        }
        return problems;
    });
}
const isTime = (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isCronList = (value) => Array.isArray(value) && value.every(c => typeof c === 'string');
function changeProblems(changes, name, version) {
    return changes.flatMap((c, i) => {
        const where = `${name}: changes[${i}]`;
        if (!isRecord(c))
            return [`${where} must be an object`];
        const problems = [];
        if (!isTime(c.at))
            problems.push(`${where}.at must be an ISO 8601 time, got ${JSON.stringify(c.at)}`);
        for (const key of ['workflow', 'path', 'mode'])
            if (typeof c[key] !== 'string')
                problems.push(`${where}.${key} must be a string`);
        for (const key of ['from', 'to'])
            if (!isCronList(c[key]))
                problems.push(`${where}.${key} must be a list of crons`);
        if (version === 2 && !CHANGE_STATUSES.includes(c.status))
            problems.push(`${where}.status must be one of ${CHANGE_STATUSES.join(', ')}, got ${JSON.stringify(c.status)}`);
        return problems;
    });
}
/**
 * A version-1 file recorded every change as in force from its `at` (the pull request taken as merged at once); that
 * is what its changes become. Every other field is kept.
 */
function migrateChanges(changes) {
    return changes.map(c => ({ ...c, status: 'in-force' }));
}
function readJson(text, name) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI([`${name} is not valid JSON (${error.message})`], 'Invalid state file');
    }
    if (!isRecord(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI([`${name} must hold a JSON object`], 'Invalid state file');
    return data;
}
/**
 * Parses and checks a state file's text; `name` (a path or branch:path) is used in messages. A version-1 file is
 * migrated on read (its changes in force from their `at`) and written back as version 2.
 */
function parseState(text, name) {
    const data = readJson(text, name);
    const samples = data.samples ?? [];
    const changes = data.changes ?? [];
    const version = data.version ?? 1;
    const problems = [];
    if (version !== 1 && version !== 2)
        problems.push(`${name}: version must be 1 or 2, got ${JSON.stringify(data.version)}`);
    if (!Array.isArray(samples))
        problems.push(`${name}: samples must be an array`);
    else
        problems.push(...sampleProblems(samples, name));
    if (!Array.isArray(changes))
        problems.push(`${name}: changes must be an array`);
    else
        problems.push(...changeProblems(changes, name, version));
    problems.push(...(0,_usage_billing_sum_js__WEBPACK_IMPORTED_MODULE_1__/* .billingCacheProblems */ .yX)(data.billing, name));
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI(problems, 'Invalid state file');
    const read = changes;
    return {
        ...data,
        version: 2,
        samples,
        changes: version === 1 ? migrateChanges(read) : read
    };
}
/** The samples as dated values, oldest first. */
function usageSamples(state) {
    return state.samples
        .map(s => ({ at: new Date(s.at), used: s.used }))
        .sort((a, b) => a.at.getTime() - b.at.getTime());
}
/** The newest sample taken in [since, until], if any. */
function latestSample(state, since, until) {
    return usageSamples(state)
        .filter(s => s.at.getTime() >= since.getTime() && s.at.getTime() <= until.getTime())
        .at(-1);
}
function byTime(items) {
    return [...items].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
function key(item) {
    return JSON.stringify(item);
}
/** One proposal, whatever became of it: a status never makes a second record of the same change. */
function changeId(c) {
    return JSON.stringify([c.at, c.workflow, c.path, c.from, c.to]);
}
/** A status only moves forward; the base branch carrying the crons outranks anything a run concluded without it. */
const RANK = { proposed: 0, abandoned: 1, 'in-force': 2 };
/** The changes of both lists, one record per change: the one whose status is further along wins. */
function mergeChanges(existing, added) {
    const merged = new Map();
    for (const change of [...existing, ...added]) {
        const id = changeId(change);
        const known = merged.get(id);
        if (!known || RANK[change.status] > RANK[known.status])
            merged.set(id, change);
    }
    return [...merged.values()];
}
/**
 * Adds samples and changes, keeping both in time order and never adding an identical item twice. A change already
 * recorded is updated when the added copy's status is further along.
 */
function recordInState(state, additions) {
    const samples = [
        ...state.samples,
        ...(additions.samples ?? []).map(s => ({ at: s.at.toISOString(), used: s.used }))
    ];
    const dedupe = (items) => [
        ...new Map(items.map(i => [key(i), i])).values()
    ];
    const changes = mergeChanges(state.changes, additions.changes ?? []);
    const billing = additions.billing ? { billing: additions.billing } : {};
    return { ...state, samples: byTime(dedupe(samples)), changes: byTime(changes), ...billing };
}
/** Merges what this run added or updated into a newer copy of the state (after a 409 on write). */
function mergeStates(newer, ours, base) {
    const known = new Set([...base.samples, ...base.changes].map(key));
    return recordInState({ ...newer }, {
        samples: ours.samples
            .filter(s => !known.has(key(s)))
            .map(s => ({ at: new Date(s.at), used: s.used })),
        changes: ours.changes.filter(c => !known.has(key(c))),
        // The billing cache this run read replaces the newer one only when this run changed it.
        ...(ours.billing && key(ours.billing) !== key(base.billing ?? {})
            ? { billing: ours.billing }
            : {})
    });
}
/** The state as written to its file: stable two-space JSON with a final newline. */
function serializeState(state) {
    return `${JSON.stringify(state, null, 2)}\n`;
}


/***/ }),

/***/ 7170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ planBillingRead),
/* harmony export */   Is: () => (/* binding */ isSettled)
/* harmony export */ });
/* unused harmony exports SETTLE_MS, dayKey */
/* harmony import */ var _period_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7864);
/**
 * Which billing report queries cover the current period (DESIGN §10): the reports take a year, a month and a day, so
 * a month the period holds from its first day is one month query, and the days of a month it holds only in part (the
 * period starts on the reset day) are one query each — unless a finished day is in the cache.
 */

/**
 * How long after its end a day's figures are trusted to be final: GitHub's reports fill in over some hours, so a day
 * is cached only once a whole day has passed since it ended.
 */
const SETTLE_MS = _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
/** `YYYY-MM-DD` of an instant (UTC). */
function dayKey(at) {
    return at.toISOString().slice(0, 10);
}
function startOfDay(at) {
    return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
function nextMonth(at) {
    return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
}
/** Whether a day (`YYYY-MM-DD`) ended long enough before `now` for its figures to be final. */
function isSettled(day, now) {
    return Date.parse(`${day}T00:00:00Z`) + _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO + SETTLE_MS <= now.getTime();
}
/** The days from `first` to `last` inclusive, as `YYYY-MM-DD` (UTC midnights). */
function daysBetween(first, last) {
    const days = [];
    for (let t = first.getTime(); t <= last.getTime(); t += _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO)
        days.push(dayKey(new Date(t)));
    return days;
}
const queryOf = (day) => ({
    year: Number(day.slice(0, 4)),
    month: Number(day.slice(5, 7)),
    day: Number(day.slice(8, 10))
});
/**
 * The queries that read the period from its start (00:00 UTC on the reset day) to now: one per month the period holds
 * from the 1st (the current month's days that have not happened yet have no usage), one per day of the month it
 * starts in part-way. A settled day found in `cached` is reused instead of queried.
 */
function planBillingRead(period, now, cached) {
    const today = startOfDay(now);
    const queries = [];
    const reused = {};
    for (let month = startOfDay(period.start); month <= today; month = nextMonth(month)) {
        if (month.getUTCDate() === 1) {
            queries.push({ year: month.getUTCFullYear(), month: month.getUTCMonth() + 1 });
            continue;
        }
        const monthEnd = new Date(nextMonth(month).getTime() - _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
        for (const day of daysBetween(month, monthEnd < today ? monthEnd : today)) {
            const known = cached[day];
            if (known !== undefined && isSettled(day, now))
                reused[day] = known;
            else
                queries.push(queryOf(day));
        }
    }
    return { queries, reused };
}


/***/ }),

/***/ 9564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eK: () => (/* binding */ cachedDays),
/* harmony export */   gK: () => (/* binding */ sumBillingUsage),
/* harmony export */   yX: () => (/* binding */ billingCacheProblems)
/* harmony export */ });
/* harmony import */ var _billing_period_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7170);
/* harmony import */ var _billing_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9742);
/* harmony import */ var _period_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7864);
/**
 * The period's usage from billing report answers (DESIGN §10): the sum of the gross quantity of the items that count
 * toward the source, the cached days added, and the finished days to cache for the next run.
 */



const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * The cached days of a state's `billing` section when it is for this source and account; anything else (another
 * source or account, a malformed section) is no cache: the days are read again.
 */
function cachedDays(section, who) {
    if (!isRecord(section) || section.source !== who.source || section.account !== who.account)
        return {};
    return isRecord(section.days) ? validDays(section.days) : {};
}
/** The entries that are a `YYYY-MM-DD` day and a quantity ≥ 0. */
function validDays(days) {
    return Object.fromEntries(Object.entries(days).filter((entry) => /^\d{4}-\d{2}-\d{2}$/.test(entry[0]) &&
        typeof entry[1] === 'number' &&
        Number.isFinite(entry[1]) &&
        entry[1] >= 0));
}
/** The instant an item's usage counts up to: the end of its day (or month), or now when that is sooner. */
function itemEnd(date, now) {
    let end;
    if (/^\d{4}-\d{2}-\d{2}$/.test(date))
        end = Date.parse(`${date}T00:00:00Z`) + _period_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
    else if (/^\d{4}-\d{2}$/.test(date)) {
        const [year, month] = date.split('-').map(Number);
        end = Date.UTC(year, month, 1);
    }
    else
        return undefined;
    return new Date(Math.min(end, now.getTime()));
}
/** An item belongs to the read when it is dated in the query's month (or day) and not before the period. */
function inRead(item, query, periodStartDay) {
    const month = `${query.year}-${String(query.month).padStart(2, '0')}`;
    if (!item.date.startsWith(month))
        return false;
    if (item.date.length === 10 && item.date < periodStartDay)
        return false;
    return (query.day === undefined || item.date.length !== 10 || Number(item.date.slice(8)) === query.day);
}
const later = (a, b) => a === undefined || (b !== undefined && b > a) ? b : a;
const rounded = (n) => Math.round(n * 1e6) / 1e6;
const dayText = (query) => `${query.year}-${String(query.month).padStart(2, '0')}-${String(query.day).padStart(2, '0')}`;
/** Sums the reused days and the answers; the settled days read by day join the cache. */
function sumBillingUsage(input) {
    const { source, now } = input;
    const startDay = input.period.start.toISOString().slice(0, 10);
    const days = { ...input.plan.reused };
    let used = 0;
    let items = 0;
    let itemAt;
    for (const [day, quantity] of Object.entries(days)) {
        used += quantity;
        if (quantity > 0)
            [items, itemAt] = [items + 1, later(itemAt, itemEnd(day, now))];
    }
    for (const { query, items: answered } of input.answers) {
        const counted = answered.filter(i => (0,_billing_source_js__WEBPACK_IMPORTED_MODULE_1__/* .countsToward */ .kO)(source, i) && inRead(i, query, startDay));
        const sum = counted.reduce((total, i) => total + i.quantity, 0);
        used += sum;
        items += counted.length;
        for (const i of counted)
            if (i.quantity > 0)
                itemAt = later(itemAt, itemEnd(i.date, now));
        if (query.day !== undefined && (0,_billing_period_js__WEBPACK_IMPORTED_MODULE_2__/* .isSettled */ .Is)(dayText(query), now))
            days[dayText(query)] = rounded(sum);
    }
    return { used: rounded(used), itemAt, items, days };
}
/** What is wrong with a state file's `billing` section (absent is fine); `name` says where it is. */
function billingCacheProblems(section, name) {
    if (section === undefined)
        return [];
    const where = `${name}: billing`;
    if (!isRecord(section))
        return [`${where} must be an object {"source", "account", "days": {"YYYY-MM-DD": <number>}}`];
    const problems = [];
    if (typeof section.source !== 'string')
        problems.push(`${where}.source must be a string`);
    if (typeof section.account !== 'string')
        problems.push(`${where}.account must be a string`);
    if (!isRecord(section.days))
        problems.push(`${where}.days must be an object of day → quantity`);
    else if (Object.keys(validDays(section.days)).length !== Object.keys(section.days).length)
        problems.push(`${where}.days must map YYYY-MM-DD days to numbers ≥ 0`);
    return problems;
}


/***/ }),

/***/ 4303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J7: () => (/* binding */ dayStart),
/* harmony export */   JT: () => (/* binding */ dailyRise),
/* harmony export */   N3: () => (/* binding */ checkBudgets),
/* harmony export */   QE: () => (/* binding */ readPauses),
/* harmony export */   Qw: () => (/* binding */ budgetPaused),
/* harmony export */   RM: () => (/* binding */ planPauses),
/* harmony export */   le: () => (/* binding */ readBudgets)
/* harmony export */ });
/* unused harmony exports BUDGET_UNITS, BUDGET_CAPS, budgetedQuota */
/* harmony import */ var _period_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7864);

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
/**
 * With caps spent, every managed workflow is paused until the last of them turns (a pause already made keeps its
 * `since`); with none spent, every recorded pause is resumed.
 */
function planPauses(current, spent, workflows, now) {
    if (spent.length === 0)
        return { pauses: [], pause: [], resume: [...current] };
    const last = [...spent].sort((a, b) => Date.parse(a.until) - Date.parse(b.until)).at(-1);
    const reason = last.cap === 'daily' ? 'daily-budget' : 'period-budget';
    const byId = new Map(current.map(p => [p.workflow, p]));
    const pauses = workflows.map(w => ({
        workflow: w.id,
        path: w.path,
        reason,
        since: byId.get(w.id)?.since ?? now.toISOString(),
        until: last.until
    }));
    const ids = new Set(workflows.map(w => w.id));
    return {
        pauses,
        pause: pauses.filter(p => !byId.has(p.workflow)),
        resume: current.filter(p => !ids.has(p.workflow))
    };
}
/** The budget pauses a state records (its `pauses` key); anything malformed is dropped. */
function readPauses(raw) {
    if (!Array.isArray(raw))
        return [];
    return raw.filter((p) => isRecord(p) &&
        typeof p.workflow === 'string' &&
        typeof p.path === 'string' &&
        (p.reason === 'daily-budget' || p.reason === 'period-budget') &&
        typeof p.until === 'string');
}
/** Whether a budget pause holds at `now`. */
function budgetPaused(pauses, now) {
    return pauses.some(p => Date.parse(p.until) > now.getTime());
}


/***/ }),

/***/ 7864:
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

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IQ: () => (/* binding */ assessUsage),
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS)
/* harmony export */ });
/* unused harmony export burnRate */
/* harmony import */ var _period_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7864);

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

/***/ 2055:
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

/***/ 7751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ textSourceAt)
/* harmony export */ });
/** Port: the repository's files and branches (DESIGN §2). */
/** The files of one ref, seen as a TextSource. */
function textSourceAt(files, ref) {
    return { readText: async (path) => (await files.readFile(path, ref))?.text };
}


/***/ }),

/***/ 2618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ renderDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8763);
/* harmony import */ var _core_schedule_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6841);


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

/***/ 6302:
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

/***/ 613:
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
var warnings = __webpack_require__(8440);
// EXTERNAL MODULE: ./src/core/cron/cron.ts
var cron = __webpack_require__(9820);
// EXTERNAL MODULE: ./src/core/schedule/plan.ts + 1 modules
var schedule_plan = __webpack_require__(6841);
// EXTERNAL MODULE: ./src/core/usage/period.ts
var period = __webpack_require__(7864);
// EXTERNAL MODULE: ./src/reports/policy-text.ts
var policy_text = __webpack_require__(4057);
// EXTERNAL MODULE: ./src/reports/reasons.ts
var reasons = __webpack_require__(9016);
// EXTERNAL MODULE: ./src/reports/usage-source.ts
var usage_source = __webpack_require__(5398);
// EXTERNAL MODULE: ./src/reports/diff.ts
var reports_diff = __webpack_require__(2618);
// EXTERNAL MODULE: ./src/reports/format.ts
var format = __webpack_require__(6302);
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
var consolidate_plan = __webpack_require__(1484);
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
/** The pull request's body: usage, one row per changed workflow, the sections given (forecasts), and the marker. */
function pullRequestBody(plan, sections = []) {
    const changed = (0,schedule_plan/* changedWorkflows */.HC)(plan);
    return fitBody([
        `The Dynamic Workflow Orchestrator moves ${changed.length} workflow${changed.length === 1 ? '' : 's'} to the **${plan.mode}** schedule. Only the \`on.schedule\` ${changed.some(w => w.via === 'dispatch') ? 'triggers' : 'crons'} change; merge to apply.`,
        '',
        usageTable(plan),
        '',
        workflowTable(changed),
        '',
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
function issueTitle(plan) {
    const u = plan.usage;
    return `Orchestrator: usage ${u.status} — ${(0,format/* decimal */._)(u.usagePercent)}% used, ${(0,format/* count */.U9)(u.projected)} of ${(0,format/* count */.U9)(u.quota)} projected`;
}
/** The alert issue's body; it records the status so the next run can tell whether it worsened. */
function issueBody(plan, pull) {
    const u = plan.usage;
    const advice = u.status === 'CRITICAL'
        ? 'The quota is used up or projected to run out before the reset. The managed workflows move to the conservative schedule; consider pausing manual runs.'
        : 'Usage is approaching the quota. Keep an eye on manual runs until the reset.';
    return fitBody([
        `### ${format/* STATUS_ICON */.tW[u.status]} ${format/* STATUS_TEXT */.Zt[u.status]}`,
        '',
        advice,
        '',
        usageTable(plan),
        '',
        pull
            ? `Schedule pull request: #${pull.number}${waitingSuffix(plan.now, pull)}`
            : 'No schedule change is pending.',
        '',
        `_Updated ${plan.now.toISOString()}. This issue closes itself when usage is back to SAFE._`,
        '',
        ALERT_MARKER,
        `<!-- orchestrator-status: ${u.status} -->`
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

/***/ 4057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ showsCosts),
/* harmony export */   MJ: () => (/* binding */ policyText),
/* harmony export */   j2: () => (/* binding */ costPerRunText),
/* harmony export */   qR: () => (/* binding */ backgroundText)
/* harmony export */ });
/* unused harmony export figure */
/* harmony import */ var _core_forecast_cost_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(607);
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

/***/ 9016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ modeReasonText)
/* harmony export */ });
/* unused harmony export targetReasonText */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6302);

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
    const head = `${chosen.mode}: projects ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(chosen.projected)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(r.quota)} (${percent(chosen.share)})`;
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

/***/ 5398:
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

/***/ 8440:
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


/***/ }),

/***/ 1965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ applySchedules),
  g: () => (/* binding */ resolveBase)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./src/core/schedule/plan.ts + 1 modules
var schedule_plan = __webpack_require__(6841);
// EXTERNAL MODULE: ./src/core/state/schedule-changes.ts
var schedule_changes = __webpack_require__(4734);
// EXTERNAL MODULE: ./src/ports/workflow-files.ts
var workflow_files = __webpack_require__(7751);
// EXTERNAL MODULE: ./src/reports/markdown.ts + 2 modules
var markdown = __webpack_require__(613);
// EXTERNAL MODULE: ./src/core/forecast/cost-model.ts + 1 modules
var cost_model = __webpack_require__(607);
// EXTERNAL MODULE: ./src/core/cron/occurrences.ts
var occurrences = __webpack_require__(6452);
// EXTERNAL MODULE: ./src/core/forecast/least-squares.ts
var least_squares = __webpack_require__(7523);
// EXTERNAL MODULE: ./src/core/usage/period.ts
var period = __webpack_require__(7864);
// EXTERNAL MODULE: ./src/core/schedule/schedule.ts + 1 modules
var schedule = __webpack_require__(4331);
;// CONCATENATED MODULE: ./src/core/forecast/policy.ts





/** Most productive first: the order in which the target policy tries the modes. */
const BY_PRODUCTIVITY = ['aggressive', 'normal', 'conservative'];
/** used + Σ cost × runs from now to the reset + background × remaining days (weekend days at their own rate). */
function projectMode(mode, input) {
    const days = Math.max(input.end.getTime() - input.now.getTime(), 0) / period/* DAY_MS */.sO;
    const weekend = (0,cost_model/* weekendDays */.TD)(input.now, input.end);
    const weekendRate = input.weekendPerDay ?? input.backgroundPerDay;
    let projected = input.used + input.backgroundPerDay * (days - weekend) + weekendRate * weekend;
    const runs = new Map();
    for (const w of input.workflows) {
        runs.set(w.id, (0,occurrences/* runsBetween */.tc)(w.schedules[mode], input.now, input.end));
        projected += (input.costs.get(w.id) ?? 1) * runs.get(w.id);
    }
    const standardError = input.spread ? (0,cost_model/* projectionError */.ql)(input.spread, runs, days, weekend) : 0;
    return { mode, projected, share: projected / input.quota, standardError };
}
/**
 * Fewer spare intervals than this in the cost model's fit and its standard errors are themselves guesses: a projection
 * may then reach the target and no more.
 */
const MIN_DEGREES_OF_FREEDOM = 4;
/**
 * The mode in force keeps its place up to halfway from the target to the quota: once a mode lands near the target, its
 * projection wanders around it day to day, and without this band every wander would open a pull request.
 */
function holdShare(target) {
    return target + (1 - target) / 2;
}
/**
 * How far a projection may go. To be chosen: the target, raised to the quota less its 95% margin (t × standard error)
 * once that is higher — the margin shrinks with the days left, and a policy that decides again every day can spend
 * what a firm projection shows. To stay chosen as the mode in force: the hold share, raised to the quota less half a
 * standard error. Never above the quota; without a trustworthy standard error, the target and the hold share.
 */
function limits(target, projection, quota, dof) {
    const plain = { allowed: target, hold: holdShare(target) };
    if (dof === undefined || dof < MIN_DEGREES_OF_FREEDOM)
        return plain;
    const se = projection.standardError / quota;
    return {
        allowed: Math.max(plain.allowed, 1 - (0,least_squares/* tQuantile95 */.q8)(dof) * se),
        hold: Math.max(plain.hold, 1 - se / 2)
    };
}
/**
 * The most productive mode whose projection is within its allowance (for the mode in force: within its hold); see
 * `limits`. Conservative when none is.
 */
function chooseByTarget(input, target, inForce) {
    const dof = input.spread?.dof;
    const projections = BY_PRODUCTIVITY.map((mode) => {
        const p = projectMode(mode, input);
        return { ...p, ...limits(target, p, input.quota, dof) };
    });
    const fits = (p) => p.projected <= p.allowed * input.quota;
    // Conservative is the floor: there is nothing to keep it against.
    const kept = (p) => p.mode === inForce && p.mode !== 'conservative' && p.projected <= p.hold * input.quota;
    const chosen = projections.find(p => fits(p) || kept(p));
    const mode = (chosen ?? projections[projections.length - 1]).mode;
    const fit = chosen === undefined ? 'none' : fits(chosen) ? 'fits' : 'kept';
    const trusted = dof !== undefined && dof >= MIN_DEGREES_OF_FREEDOM;
    const reason = {
        ...{ rule: 'target', fit, mode, quota: input.quota, target, halfway: holdShare(target) },
        ...(dof === undefined ? {} : { dof }),
        ...(trusted ? { tQuantile: (0,least_squares/* tQuantile95 */.q8)(dof) } : {}),
        projections
    };
    return { mode, reason, projections };
}
/** The mode whose crons every managed workflow has now; undefined when the files match no single mode. */
function modeInForce(workflows, current) {
    // A dispatched workflow whose file handed its crons to the orchestrator (DESIGN §12) shows no mode.
    const voting = workflows.filter(w => !(w.via === 'dispatch' && current.get(w.id)?.length === 0));
    if (voting.length === 0)
        return undefined;
    return schedule/* MODES */.FN.find(mode => voting.every(w => {
        const now = current.get(w.id);
        return now !== undefined && (0,schedule/* sameSchedule */.i1)(now, w.schedules[mode]);
    }));
}
function targetDecision(input, costs, target) {
    const u = input.usage;
    if (costs.background === undefined)
        return {
            mode: u.mode,
            reason: {
                rule: 'target-learning',
                note: costs.note ?? 'learning',
                mode: u.mode,
                thresholds: u.modeReason
            },
            projections: []
        };
    const projection = {
        workflows: input.config.workflows,
        costs: (0,cost_model/* costsById */.dM)(costs),
        backgroundPerDay: costs.background.perDay,
        ...(costs.background.weekend ? { weekendPerDay: costs.background.weekend.perDay } : {}),
        used: u.used,
        quota: u.quota,
        now: input.now,
        end: u.period.end,
        ...(costs.spread ? { spread: costs.spread } : {})
    };
    return chooseByTarget(projection, target, modeInForce(input.config.workflows, input.current));
}
/**
 * Fits the cost model and, under the target policy, replaces the threshold mode with the target choice. A forced mode
 * stands under either policy; the status is the usage report's, whichever policy chose the mode.
 */
function applyPolicy(input) {
    const name = input.policy ?? input.config.policy;
    const target = input.config.target;
    const costs = (0,cost_model/* fitCostModel */.si)({
        workflows: input.config.workflows,
        samples: (0,cost_model/* periodSamples */.zQ)(input.history, input.reading, input.usage.period),
        changes: input.changes,
        current: input.current
    });
    if (name === 'thresholds' || input.usage.forced)
        return { usage: input.usage, report: { name, target, costs } };
    const decision = targetDecision(input, costs, target);
    return {
        usage: { ...input.usage, mode: decision.mode, modeReason: decision.reason },
        report: { name, target, costs, decision }
    };
}

// EXTERNAL MODULE: ./src/core/schedule/config.ts + 2 modules
var config = __webpack_require__(2368);
// EXTERNAL MODULE: ./src/use-cases/assess-usage.ts
var assess_usage = __webpack_require__(6393);
;// CONCATENATED MODULE: ./src/use-cases/plan-schedules.ts






/** Reads the config and lists its problems without throwing for them; a missing file is an error that names it. */
async function readConfigFile(source, path) {
    const text = await source.readText(path);
    if (text === undefined) {
        throw new errors/* ValidationError */.yI([`${path} not found — add the orchestrator config there, or point the config setting at it`], 'Missing orchestrator config');
    }
    return (0,config/* readConfig */.Xg)(text, path);
}
/** Reads and validates the config; a missing file is an error that names it. */
async function loadConfig(source, path) {
    const { config, problems } = await readConfigFile(source, path);
    if (problems.length > 0)
        throw new ValidationError(problems, CONFIG_PROBLEMS);
    return config;
}
/** Reads each managed workflow's text once. */
async function readWorkflowTexts(source, config) {
    const paths = config.workflows.map(w => w.path);
    const texts = await Promise.all(paths.map(p => source.readText(p)));
    return new Map(paths.map((p, i) => [p, texts[i]]));
}
/** The crons each managed workflow (by id) has on the base branch. */
function baseCrons(current) {
    return new Map([...current].map(([id, file]) => [id, file.from.map(e => e.cron)]));
}
/** The mode the base branch carries, and since when the state says it has been in force. */
function inForceOf(config, current, changes) {
    const entries = new Map([...current].map(([id, file]) => [id, file.from]));
    const mode = modeInForce(config.workflows, entries) ?? null;
    return { mode, since: mode === null ? null : (0,schedule_changes/* inForceSince */.Rs)(changes, baseCrons(current)) };
}
/**
 * The plan of one run, built once: the config and the managed workflows read from `source`, the usage assessed, the
 * mode chosen by the thresholds or, under the target policy, by the cost model learned from the state — from the
 * changes in force only, a proposal the base branch now carries counting as in force from now. Writes nothing.
 */
async function planSchedules(source, input) {
    // The config's problems and the workflow files' are listed together, in one error.
    const { config, problems } = await readConfigFile(source, input.configPath);
    const current = (0,schedule_plan/* readCurrentWorkflows */.Qv)(config, await readWorkflowTexts(source, config), problems);
    const changes = (0,schedule_changes/* settleChanges */.DK)(input.state?.changes ?? [], baseCrons(current), input.now);
    const assessed = (0,assess_usage/* assessUsageNow */.S7)({ ...input, thresholds: config.thresholds });
    const chosen = applyPolicy({
        usage: assessed.usage,
        config,
        policy: input.policy,
        history: assessed.history,
        changes,
        current: new Map([...current].map(([id, file]) => [id, file.from])),
        reading: assessed.reading,
        now: input.now
    });
    const plan = (0,schedule_plan/* buildPlan */.Gg)({ usage: chosen.usage, config, current, now: input.now });
    return {
        ...plan,
        policy: chosen.report,
        inForce: inForceOf(config, current, changes),
        config,
        changes
    };
}

// EXTERNAL MODULE: ./src/use-cases/read-usage.ts
var read_usage = __webpack_require__(1144);
// EXTERNAL MODULE: ./src/use-cases/state-store.ts
var state_store = __webpack_require__(4648);
// EXTERNAL MODULE: ./src/ports/errors.ts
var ports_errors = __webpack_require__(2055);
;// CONCATENATED MODULE: ./src/use-cases/apply-schedules/alert-issue.ts


const RANK = { SAFE: 0, WARNING: 1, CRITICAL: 2 };
const ISSUES_DISABLED = 'issues are disabled in this repository, so the alert issue cannot be opened — enable them under Settings → ' +
    'General → Features → Issues';
const alertOf = (threads) => threads.find(t => t.body.includes(markdown/* ALERT_MARKER */.E$));
/** Open alert issues (labelled with the first label, carrying the hidden marker), oldest first. */
async function openAlerts(repo, label) {
    return (await repo.listIssues(label, 'open'))
        .filter(t => t.body.includes(markdown/* ALERT_MARKER */.E$))
        .sort((a, b) => a.number - b.number);
}
/**
 * The one open alert issue. Duplicates — left by an overlapping run or a create GitHub applied but answered with an
 * error — are closed with a link to the oldest, which is kept.
 */
async function findAlertIssue(repo, label) {
    const [kept, ...duplicates] = await openAlerts(repo, label);
    for (const duplicate of duplicates) {
        await repo.comment(duplicate.number, `Duplicate of #${kept?.number}: the orchestrator keeps one alert issue.`);
        await repo.closeIssue(duplicate.number);
    }
    return kept;
}
/** Opens the alert; when the create fails or races another run, the issue an attempt made is taken instead. */
async function createAlert(repo, issue) {
    const label = issue.labels[0];
    let created;
    try {
        created = await repo.createIssue(issue);
    }
    catch (error) {
        const made = await findAlertIssue(repo, label).catch(() => undefined);
        if (made)
            return made;
        // Not made: a failure before GitHub acted (a dropped connection, a 5xx) is safe to try once more.
        if (!(error instanceof ports_errors/* RemoteError */.Hi))
            throw error;
        created = await repo.createIssue(issue);
    }
    const oldest = await findAlertIssue(repo, label);
    return oldest ?? created;
}
function worsened(before, now) {
    return RANK[now] !== undefined && RANK[now] > (RANK[before ?? 'SAFE'] ?? 0);
}
async function closeAlert(repo, plan, issue) {
    const u = plan.usage;
    await repo.comment(issue.number, `✅ Usage is back to SAFE: ${u.used.toLocaleString('en-US')} of ${u.quota.toLocaleString('en-US')} used, ${Math.round(u.projected).toLocaleString('en-US')} projected at the reset. Closing.`);
    await repo.closeIssue(issue.number);
}
/** An alert closed by hand while the usage is still not SAFE is reopened, not opened anew every day. */
async function reopenClosed(repo, plan, label) {
    const closed = alertOf(await repo.listIssues(label, 'closed'));
    if (!closed)
        return undefined;
    await repo.reopenIssue(closed.number);
    await repo.comment(closed.number, `🔁 Reopened: usage is still **${plan.usage.status}**. Close it again once the usage is back to SAFE, or leave it to the orchestrator.`);
    return closed;
}
async function raiseAlert(repo, plan, options) {
    const title = (0,markdown/* issueTitle */.al)(plan);
    const body = (0,markdown/* issueBody */.y6)(plan, options.pullRequest);
    const label = options.labels[0];
    const existing = options.open ?? (await reopenClosed(repo, plan, label));
    if (!existing) {
        for (const name of options.labels)
            await repo.ensureLabel(name);
        return {
            operation: 'created',
            issue: await createAlert(repo, { title, body, labels: options.labels })
        };
    }
    const unchanged = existing.title === title && existing.body === body;
    const issue = unchanged ? existing : await repo.updateIssue(existing.number, { title, body });
    if (options.open && worsened((0,markdown/* recordedStatus */.Jl)(existing.body), plan.usage.status)) {
        await repo.comment(existing.number, `🚨 Status worsened to **${plan.usage.status}**.`);
    }
    const operation = options.open ? (unchanged ? 'none' : 'updated') : 'reopened';
    return { operation, issue };
}
/** Opens, updates, reopens or closes the one alert issue (DESIGN §6). In dry run it only reads. */
async function publishAlert(repo, plan, options) {
    if (!options.issuesEnabled) {
        return plan.usage.status === 'SAFE'
            ? { operation: 'none' }
            : { operation: 'none', problem: ISSUES_DISABLED };
    }
    try {
        const open = await findAlertIssue(repo, options.labels[0]);
        if (plan.usage.status === 'SAFE') {
            if (!open)
                return { operation: 'none' };
            if (!options.dryRun)
                await closeAlert(repo, plan, open);
            return { operation: 'closed', issue: open };
        }
        if (options.dryRun)
            return { operation: open ? 'updated' : 'created', issue: open };
        return await raiseAlert(repo, plan, { ...options, open });
    }
    catch (error) {
        if (error instanceof ports_errors/* PermissionError */.i_ || error instanceof ports_errors/* NotFoundError */.m_)
            return { operation: 'none', problem: error.message };
        throw error;
    }
}

// EXTERNAL MODULE: ./src/use-cases/apply-schedules/pull-request.ts + 1 modules
var pull_request = __webpack_require__(1021);
;// CONCATENATED MODULE: ./src/use-cases/apply-schedules/delivery.ts
/**
 * How a schedule change reaches the base branch (input `delivery`): the pull request a person merges (the default),
 * the same pull request with GitHub's auto-merge turned on, or one commit straight onto the base branch for a
 * repository without branch protection. Whatever the way, nothing is left half-made: a refused commit leaves the base
 * branch and every other branch as they were.
 */




/** Delivers the proposal the way `target.delivery` says (see the module comment). In dry run it only reads. */
async function deliverSchedules(repo, plan, target, text) {
    const { delivery } = target;
    if (delivery === 'direct' && (0,schedule_plan/* changedWorkflows */.HC)(plan).length > 0)
        return commitToBase(repo, plan, target);
    const outcome = { ...(await (0,pull_request/* publishPullRequest */.g)(repo, plan, target, text)), delivery };
    if (delivery !== 'auto-merge' || target.dryRun)
        return outcome;
    const pull = outcome.operation === 'closed' ? undefined : outcome.pullRequest;
    return pull ? { ...outcome, autoMerge: await autoMerge(repo, pull) } : outcome;
}
/** Auto-merge turned on, or GitHub's refusal in words: the pull request stays open for a person either way. */
async function autoMerge(repo, pull) {
    try {
        await repo.enableAutoMerge(pull.number);
        return { enabled: true };
    }
    catch (error) {
        if (!(error instanceof ports_errors/* PortError */.U7))
            throw error;
        return { enabled: false, problem: (0,errors/* errorMessage */.gJ)(error) };
    }
}
/**
 * One commit of the changed workflows on the base head, then the base branch moved forward to it (never forced). A
 * refusal (branch protection, the base moved, a token that cannot write workflows) is thrown before anything is
 * visible: the commit stays unreferenced and no branch is made. A schedule pull request left open from an earlier run
 * is closed then, with a comment naming the commit, and its branch deleted.
 */
async function commitToBase(repo, plan, target) {
    const open = await repo.findOpenPullRequest(target.branch, target.base);
    const operation = open ? 'closed' : 'none';
    const base = { operation, pullRequest: open, delivery: target.delivery };
    if (target.dryRun)
        return { ...base, pushed: false };
    const changed = (0,schedule_plan/* changedWorkflows */.HC)(plan);
    const commit = await repo.commitFiles({
        parent: target.baseHead,
        files: changed.map(w => ({ path: w.path, text: w.newText })),
        message: `orchestrator: ${plan.mode} schedule for ${changed.map(w => w.id).join(', ')}`
    });
    await repo.advanceBranch(target.base, commit);
    if (open) {
        await repo.comment(open.number, `The **${plan.mode}** schedule was committed to \`${target.base}\` directly (${commit}); closing this pull request.`);
        await repo.closePullRequest(open.number);
        await repo.deleteBranch(target.branch);
    }
    return { ...base, pushed: true, commit };
}

;// CONCATENATED MODULE: ./src/use-cases/apply-schedules/apply-schedules.ts










const silent = { phase: (_name, work) => work(), info: () => { } };
/** The base branch and its head, checked against the schedule and state branches before anything is written. */
async function resolveBase(ports, settings) {
    const info = await ports.info();
    const base = settings.base || info.defaultBranch;
    const problems = [];
    if (settings.branch === base)
        problems.push(`input 'branch' is the base branch '${base}'; the schedule changes need a branch of their own`);
    if (settings.stateBranch === base)
        problems.push(`input 'state-branch' is the base branch '${base}'; the state must live on its own branch`);
    if (problems.length > 0)
        throw new errors/* ValidationError */.yI(problems);
    const baseHead = await ports.branchHead(base);
    if (!baseHead)
        throw new errors/* ValidationError */.yI([`input 'base': branch '${base}' does not exist in the repository`]);
    const kind = info.ownerIsOrganization ? 'org' : 'user';
    return { base, baseHead, issuesEnabled: info.issuesEnabled, owner: { kind, name: info.owner } };
}
function proposedChanges(plan) {
    const at = plan.now.toISOString();
    return (0,schedule_plan/* changedWorkflows */.HC)(plan).map(w => ({
        at,
        mode: plan.mode,
        workflow: w.id,
        path: w.path,
        from: w.from.map(e => e.cron),
        // A dispatched workflow's file keeps no crons: recorded so, the change settles in force once merged.
        to: w.via === 'dispatch' ? [] : w.to.map(e => e.cron)
    }));
}
/**
 * The state after the run: a proposal the base branch now carries is in force; the pending proposals become those of
 * the pull request open after the run (none when it was closed or not made), the others abandoned.
 */
async function recordState(storage, name, loaded, result) {
    if (!storage)
        return;
    const { plan, pullRequest } = result;
    const samples = result.given === undefined ? [] : [{ at: plan.now, used: result.given }];
    // A direct commit's changes are proposals the base already carries: the next run settles them in force.
    const open = pullRequest.commit !== undefined ||
        (pullRequest.pullRequest !== undefined && pullRequest.operation !== 'closed');
    const changes = (0,schedule_changes/* reconcileChanges */.mg)(loaded.state.changes, {
        now: plan.now,
        base: new Map(plan.workflows.map(w => [w.id, w.from.map(e => e.cron)])),
        proposals: open ? proposedChanges(plan) : [],
        fresh: pullRequest.operation === 'created'
    });
    await (0,state_store/* saveState */.LZ)(storage, name, loaded, { samples, changes, billing: result.live?.cache });
}
/** The usage from the billing report when the usage source is one (and `used` was not given); logged. */
async function readLiveUsage(ports, settings, context, progress) {
    const { source, account } = settings.billing;
    const { used, resetDay } = settings.usage;
    if (source === 'input' || used !== undefined)
        return undefined;
    const live = await progress.phase('Read the usage', () => (0,read_usage/* liveUsageFor */.zj)(ports.billing, { source, account, used, resetDay, ...context }));
    if (live)
        progress.info((0,read_usage/* liveUsageLine */.sN)(live));
    return live;
}
/** Reads the state (when there is one) and the usage, and plans the run from the base branch. */
async function readAndPlan(ports, settings, where, now, progress) {
    const { phase } = progress;
    const storage = settings.stateBranch ? ports.stateStorage(where.baseHead) : undefined;
    const loaded = await phase('Read the state', () => storage ? (0,state_store/* loadState */.C7)(storage, ports.stateName) : Promise.resolve((0,state_store/* emptyLoadedState */.kz)()));
    const cached = loaded.state.billing;
    const live = await readLiveUsage(ports, settings, { owner: where.owner, now, cached }, progress);
    const plan = await phase('Plan', () => planSchedules((0,workflow_files/* textSourceAt */.q)(ports, where.baseHead), {
        usage: settings.usage,
        configPath: settings.config,
        state: loaded.state,
        now,
        usedName: "input 'used'",
        policy: settings.policy,
        usageSource: settings.billing.source,
        live
    }));
    return { storage, loaded, plan, live };
}
const numbered = (thread) => (thread ? ` #${thread.number}` : '');
/**
 * One run (DESIGN §1): read the usage and the files from the base branch, plan, write the branch and the pull request,
 * raise or close the alert, record the state. Every check happens before the first write.
 */
async function applySchedules(ports, settings, now, progress = silent, beforeDelivery) {
    const { phase, info } = progress;
    const would = settings.dryRun ? ' (dry run: would be)' : '';
    const where = await phase('Read the repository', () => resolveBase(ports, settings));
    info(`base ${where.base} at ${where.baseHead}`);
    const { storage, loaded, plan, live } = await readAndPlan(ports, settings, where, now, progress);
    info(`mode ${plan.mode}, status ${plan.usage.status}, ${(0,schedule_plan/* changedWorkflows */.HC)(plan).length} workflows change`);
    const target = {
        ...where,
        branch: settings.branch,
        labels: settings.labels,
        dryRun: settings.dryRun
    };
    const sections = beforeDelivery ? await beforeDelivery(plan) : [];
    const text = () => ({ title: (0,markdown/* pullRequestTitle */.Zr)(plan), body: (0,markdown/* pullRequestBody */.NF)(plan, sections) });
    const pullRequest = await phase('Pull request', () => deliverSchedules(ports, plan, { ...target, delivery: settings.delivery }, text));
    info(`pull request${would}: ${pullRequest.operation}${numbered(pullRequest.pullRequest)}`);
    const alert = await phase('Alert issue', () => publishAlert(ports, plan, {
        labels: settings.labels,
        dryRun: settings.dryRun,
        issuesEnabled: where.issuesEnabled,
        pullRequest: pullRequest.operation === 'closed' ? undefined : pullRequest.pullRequest
    }));
    info(`alert issue${would}: ${alert.operation}${numbered(alert.issue)}`);
    if (!settings.dryRun) {
        const given = settings.usage.used ?? live?.used;
        await phase('Record the state', () => recordState(storage, ports.stateName, loaded, { plan, pullRequest, given, live }));
    }
    return { plan, pullRequest, alert, requests: ports.requestCount() };
}


/***/ }),

/***/ 1893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ gitBlobSha)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** The git blob sha of a text, as GitHub reports it for a file with exactly these UTF-8 bytes. */
function gitBlobSha(text) {
    const bytes = Buffer.from(text, 'utf8');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}


/***/ }),

/***/ 1021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ publishPullRequest)
});

// EXTERNAL MODULE: ./src/core/schedule/plan.ts + 1 modules
var schedule_plan = __webpack_require__(6841);
// EXTERNAL MODULE: ./src/ports/errors.ts
var errors = __webpack_require__(2055);
// EXTERNAL MODULE: ./src/use-cases/apply-schedules/git-blob.ts
var git_blob = __webpack_require__(1893);
;// CONCATENATED MODULE: ./src/use-cases/apply-schedules/schedule-branch.ts


/**
 * Whether the branch exists, and whether it is built on the base head and changes exactly these files into exactly
 * these texts. One compare answers both: it is 404 when the branch does not exist.
 */
async function branchState(repo, target, changed) {
    try {
        const comparison = await repo.compare(target.baseHead, target.branch);
        const holdsChange = comparison.upToDate &&
            comparison.files.size === changed.length &&
            changed.every(w => comparison.files.get(w.path) === (0,git_blob/* gitBlobSha */.A)(w.newText));
        return { exists: true, holdsChange };
    }
    catch (error) {
        if (error instanceof errors/* NotFoundError */.m_)
            return { exists: false, holdsChange: false };
        throw error;
    }
}
/** Points the branch at the commit: creates it, or moves it (forced) when it exists or another run just made it. */
async function moveBranch(repo, branch, sha, exists) {
    if (exists)
        return repo.resetBranch(branch, sha);
    try {
        await repo.createBranch(branch, sha);
    }
    catch (error) {
        if (!(error instanceof errors/* AlreadyExistsError */.Tm))
            throw error;
        await repo.resetBranch(branch, sha);
    }
}
/**
 * Puts the changed workflows on the fixed branch as ONE commit on the base head (DESIGN §14), then moves the branch
 * once. Until the branch moves nothing is visible, so a failure leaves the branch as it was, and the branch never
 * holds files of two runs. Returns false when the branch already held exactly this change.
 */
async function pushScheduleBranch(repo, target, changed) {
    const branch = await branchState(repo, target, changed);
    if (branch.holdsChange)
        return false;
    const names = changed.map(w => w.id).join(', ');
    const sha = await repo.commitFiles({
        parent: target.baseHead,
        files: changed.map(w => ({ path: w.path, text: w.newText })),
        message: `orchestrator: ${target.mode} schedule for ${names}`
    });
    await moveBranch(repo, target.branch, sha, branch.exists);
    return true;
}

;// CONCATENATED MODULE: ./src/use-cases/apply-schedules/pull-request.ts


async function closeObsolete(repo, plan, target, open) {
    if (target.dryRun)
        return;
    await repo.comment(open.number, `Every managed workflow already has its **${plan.mode}** schedule on \`${target.base}\`; closing this pull request.`);
    await repo.closePullRequest(open.number);
    await repo.deleteBranch(target.branch);
}
/** Adds the labels the pull request lacks; none missing, no request. */
async function label(repo, pull, labels) {
    const missing = labels.filter(l => !pull.labels.includes(l));
    if (missing.length === 0)
        return;
    for (const name of missing)
        await repo.ensureLabel(name);
    await repo.addLabels(pull.number, missing);
}
async function openPullRequest(repo, target, title, body) {
    try {
        return await repo.createPullRequest({ branch: target.branch, base: target.base, title, body });
    }
    catch (error) {
        // GitHub may have made it and answered with an error, or an overlapping run made it: take that one.
        const made = await repo.findOpenPullRequest(target.branch, target.base).catch(() => undefined);
        if (made)
            return repo.updatePullRequest(made.number, { title, body });
        // No pull request means no reason for the branch: leave nothing half-made.
        await repo.deleteBranch(target.branch);
        throw error;
    }
}
/** Opens, updates or closes the one schedule pull request (DESIGN §6). In dry run it only reads. */
async function publishPullRequest(repo, plan, target, text) {
    const changed = (0,schedule_plan/* changedWorkflows */.HC)(plan);
    const open = await repo.findOpenPullRequest(target.branch, target.base);
    if (changed.length === 0) {
        if (!open)
            return { operation: 'none', pushed: false };
        await closeObsolete(repo, plan, target, open);
        return { operation: 'closed', pullRequest: open, pushed: false };
    }
    if (target.dryRun)
        return { operation: open ? 'updated' : 'created', pullRequest: open, pushed: false };
    const pushed = await pushScheduleBranch(repo, { branch: target.branch, baseHead: target.baseHead, mode: plan.mode }, changed);
    const { title, body } = text();
    if (open && open.title === title && open.body === body) {
        await label(repo, open, target.labels);
        return { operation: pushed ? 'updated' : 'none', pullRequest: open, pushed };
    }
    const pullRequest = open
        ? await repo.updatePullRequest(open.number, { title, body })
        : await openPullRequest(repo, target, title, body);
    await label(repo, open ?? pullRequest, target.labels);
    return { operation: open ? 'updated' : 'created', pullRequest, pushed };
}


/***/ }),

/***/ 6393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S7: () => (/* binding */ assessUsageNow)
/* harmony export */ });
/* unused harmony exports STALE_SAMPLE_DAYS, currentReading */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _core_state_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2818);
/* harmony import */ var _core_usage_period_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7864);
/* harmony import */ var _core_usage_usage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1070);




/** A state sample older than this is said to be stale in the log and the summary. */
const STALE_SAMPLE_DAYS = 2;
/** `used` as given at now, or the state's latest sample of the current period at its own time. */
function currentReading(input) {
    if (input.usage.used !== undefined)
        return { at: input.now, used: input.usage.used };
    if (input.live)
        return { at: input.now, used: input.live.used };
    const period = (0,_core_usage_period_js__WEBPACK_IMPORTED_MODULE_3__/* .periodAt */ .Vw)(input.now, input.usage.resetDay);
    const sample = input.state ? (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .latestSample */ .I$)(input.state, period.start, input.now) : undefined;
    if (sample)
        return sample;
    const since = period.start.toISOString().slice(0, 10);
    const history = input.usedName === '--used' ? 'the --history file' : 'the state';
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI([
        `${input.usedName} is empty and ${history} has no usage sample for the current period (since ${since}) — pass the usage figure`
    ]);
}
/**
 * Burn rate, projection, status and mode (DESIGN §3). A figure taken from the state is assessed at its own time — the
 * burn rate from the samples before it, the projection from it to the reset — so an old sample never reads as a
 * stop in spending; the report says how old it is.
 */
function assessUsageNow(input) {
    const reading = currentReading(input);
    const history = input.state ? (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .usageSamples */ .J1)(input.state) : [];
    const at = (0,_core_usage_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .assessUsage */ .IQ)({
        quota: input.usage.quota,
        used: reading.used,
        resetDay: input.usage.resetDay,
        now: reading.at,
        history,
        thresholds: input.thresholds,
        forcedMode: input.usage.mode === 'auto' ? undefined : input.usage.mode
    });
    const ageDays = (input.now.getTime() - reading.at.getTime()) / _core_usage_period_js__WEBPACK_IMPORTED_MODULE_3__/* .DAY_MS */ .sO;
    const usage = {
        ...at,
        period: (0,_core_usage_period_js__WEBPACK_IMPORTED_MODULE_3__/* .periodAt */ .Vw)(input.now, input.usage.resetDay),
        reading: readingOf(input, reading.at, ageDays),
        warnings: [
            ...at.warnings,
            ...(ageDays > STALE_SAMPLE_DAYS
                ? [{ kind: 'stale-sample', at: reading.at, ageDays }]
                : []),
            ...sourceWarnings(input)
        ]
    };
    return { usage, reading, history };
}
/** Where the figure came from: the input, a billing report (its account and newest item), or the state. */
function readingOf(input, at, ageDays) {
    if (input.usage.used !== undefined)
        return { at, ageDays, source: 'input' };
    const live = input.live;
    if (!live)
        return { at, ageDays, source: 'state' };
    const item = live.itemAt ? { itemAt: live.itemAt } : {};
    return { at, ageDays, source: live.source, account: live.account, ...item };
}
/** A `used` given over a usage source wins, and says so; a report with nothing for the period says used is 0. */
function sourceWarnings(input) {
    const { usageSource: source, live } = input;
    const used = input.usage.used;
    if (used !== undefined && source !== undefined && source !== 'input')
        return [{ kind: 'used-overrides-source', source, used }];
    if (live && live.items === 0)
        return [
            {
                kind: 'no-usage-items',
                source: live.source,
                account: live.account,
                since: live.since
            }
        ];
    return [];
}


/***/ }),

/***/ 1144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sN: () => (/* binding */ liveUsageLine),
/* harmony export */   zj: () => (/* binding */ liveUsageFor)
/* harmony export */ });
/* unused harmony export readUsage */
/* harmony import */ var _core_usage_billing_period_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7170);
/* harmony import */ var _core_usage_billing_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9742);
/* harmony import */ var _core_usage_billing_sum_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9564);
/* harmony import */ var _core_usage_period_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7864);
/**
 * Reads the period's usage from a billing usage report (DESIGN §10 Live usage): the queries the period needs, the
 * finished days the state already holds reused, the answers summed. Reads only; the state records the result later.
 */




const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * The period's usage from the billing port: one call per query, in order. A refusal is the port's PermissionError or
 * NotFoundError, which names the account, the endpoint and what to grant.
 */
async function readUsage(billing, input) {
    const { source, now } = input;
    const period = (0,_core_usage_period_js__WEBPACK_IMPORTED_MODULE_0__/* .periodAt */ .Vw)(now, input.resetDay);
    const account = input.label ?? (0,_core_usage_billing_source_js__WEBPACK_IMPORTED_MODULE_1__/* .accountText */ .Pm)(input.account);
    const plan = (0,_core_usage_billing_period_js__WEBPACK_IMPORTED_MODULE_2__/* .planBillingRead */ .Dh)(period, now, (0,_core_usage_billing_sum_js__WEBPACK_IMPORTED_MODULE_3__/* .cachedDays */ .eK)(input.cached, { source, account }));
    const answers = [];
    for (const query of plan.queries)
        answers.push({
            query,
            items: await billing.usageItems(input.account, (0,_core_usage_billing_source_js__WEBPACK_IMPORTED_MODULE_1__/* .billingReport */ .yt)(source), query)
        });
    const sum = (0,_core_usage_billing_sum_js__WEBPACK_IMPORTED_MODULE_3__/* .sumBillingUsage */ .gK)({ source, period, now, plan, answers });
    const kept = isRecord(input.cached) ? input.cached : {};
    return {
        source,
        account,
        used: sum.used,
        itemAt: sum.itemAt,
        items: sum.items,
        since: period.start,
        cache: { ...kept, source, account, days: sum.days },
        calls: plan.queries.length
    };
}
/**
 * The live usage a run reads: none when the source is the input or `used` was given (the report says it won); the
 * account defaults to the repository's owner, a user or an organisation as GitHub says.
 */
async function liveUsageFor(billing, input) {
    const { source } = input;
    if (source === 'input' || input.used !== undefined)
        return undefined;
    if (!billing)
        throw new Error(`usage source ${source} needs the billing port, which is missing`);
    const account = input.account ?? input.owner;
    return readUsage(billing, { ...input, source, account });
}
/** `432 premium requests of user:octocat (3 billing calls)`: the log line of a live read. */
function liveUsageLine(live) {
    const calls = `${live.calls} billing API call${live.calls === 1 ? '' : 's'}`;
    return `usage ${live.used} from ${live.source} of ${live.account} since ${live.since.toISOString().slice(0, 10)} (${calls})`;
}


/***/ }),

/***/ 4648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ loadState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   kz: () => (/* binding */ emptyLoadedState)
/* harmony export */ });
/* harmony import */ var _ports_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2055);
/* harmony import */ var _core_state_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2818);


const STALE_RETRIES = 3;
/** No state: the state is disabled, or this is the first run. */
function emptyLoadedState() {
    return { state: (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyState */ .p$)(), version: undefined };
}
/** Reads and checks the state; nothing stored is an empty state. `name` says where it lives, for messages. */
async function loadState(storage, name) {
    const stored = await storage.read();
    if (!stored)
        return emptyLoadedState();
    return { state: (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .parseState */ .Bu)(stored.text, name), version: stored.version };
}
/**
 * Adds this run's records and writes the state with its version. When another run wrote in between, the newer state
 * is read, this run's additions are merged into it and the write is tried again: nothing either run recorded is lost.
 * Writes nothing when the additions change nothing.
 */
async function saveState(storage, name, loaded, additions) {
    const ours = (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .recordInState */ .AR)(loaded.state, additions);
    if ((0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeState */ .sU)(ours) === (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeState */ .sU)(loaded.state))
        return loaded.state;
    let current = { state: ours, version: loaded.version };
    const message = `orchestrator: record ${(additions.samples ?? []).map(s => `usage ${s.used}`).join(', ') || 'state'}`;
    for (let attempt = 0;; attempt++) {
        try {
            await storage.write((0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeState */ .sU)(current.state), current.version, message);
            return current.state;
        }
        catch (error) {
            if (!(error instanceof _ports_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StaleFileError */ .A4) || attempt >= STALE_RETRIES)
                throw error;
            const newer = await loadState(storage, name);
            current = { state: (0,_core_state_state_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeStates */ .ti)(newer.state, ours, loaded.state), version: newer.version };
        }
    }
}


/***/ })

};

//# sourceMappingURL=965.index.js.map