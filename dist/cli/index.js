#!/usr/bin/env node
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9044:
/***/ ((module) => {

(function webpackUniversalModuleDefinition(root, factory) {
	if(true)
		module.exports = factory();
	else {}
})(globalThis, () => {
return /******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 949:
/***/ ((__unused_webpack_module, exports, __nested_webpack_require_540__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CronParser = void 0;
var rangeValidator_1 = __nested_webpack_require_540__(515);
var CronParser = (function () {
    function CronParser(expression, dayOfWeekStartIndexZero, monthStartIndexZero) {
        if (dayOfWeekStartIndexZero === void 0) { dayOfWeekStartIndexZero = true; }
        if (monthStartIndexZero === void 0) { monthStartIndexZero = false; }
        this.expression = expression;
        this.dayOfWeekStartIndexZero = dayOfWeekStartIndexZero;
        this.monthStartIndexZero = monthStartIndexZero;
    }
    CronParser.prototype.parse = function () {
        var _a;
        var parsed;
        var expression = (_a = this.expression) !== null && _a !== void 0 ? _a : '';
        if (expression === "@reboot") {
            parsed = ["@reboot", "", "", "", "", "", ""];
            return parsed;
        }
        else if (expression.startsWith('@')) {
            var special = this.parseSpecial(this.expression);
            parsed = this.extractParts(special);
        }
        else {
            parsed = this.extractParts(this.expression);
        }
        this.normalize(parsed);
        this.validate(parsed);
        return parsed;
    };
    CronParser.prototype.parseSpecial = function (expression) {
        var specialExpressions = {
            '@yearly': '0 0 1 1 *',
            '@annually': '0 0 1 1 *',
            '@monthly': '0 0 1 * *',
            '@weekly': '0 0 * * 0',
            '@daily': '0 0 * * *',
            '@midnight': '0 0 * * *',
            '@hourly': '0 * * * *',
            '@reboot': '@reboot'
        };
        var special = specialExpressions[expression];
        if (!special) {
            throw new Error('Unknown special expression.');
        }
        return special;
    };
    CronParser.prototype.extractParts = function (expression) {
        if (!this.expression) {
            throw new Error("cron expression is empty");
        }
        var parsed = expression.trim().split(/[ ]+/);
        for (var i = 0; i < parsed.length; i++) {
            if (parsed[i].includes(",")) {
                var arrayElement = parsed[i]
                    .split(",")
                    .map(function (item) { return item.trim(); })
                    .filter(function (item) { return item !== ""; })
                    .map(function (item) { return (!isNaN(Number(item)) ? Number(item) : item); })
                    .filter(function (item) { return item !== null && item !== ""; });
                if (arrayElement.length === 0) {
                    arrayElement.push("*");
                }
                arrayElement.sort(function (a, b) { return (a !== null && b !== null ? a - b : 0); });
                parsed[i] = arrayElement.map(function (item) { return (item !== null ? item.toString() : ""); }).join(",");
            }
        }
        if (parsed.length < 5) {
            throw new Error("Expression has only ".concat(parsed.length, " part").concat(parsed.length == 1 ? "" : "s", ". At least 5 parts are required."));
        }
        else if (parsed.length == 5) {
            parsed.unshift("");
            parsed.push("");
        }
        else if (parsed.length == 6) {
            var isYearWithNoSecondsPart = /\d{4}$/.test(parsed[5]) || parsed[4] == "?" || parsed[2] == "?";
            if (isYearWithNoSecondsPart) {
                parsed.unshift("");
            }
            else {
                parsed.push("");
            }
        }
        else if (parsed.length > 7) {
            throw new Error("Expression has ".concat(parsed.length, " parts; too many!"));
        }
        return parsed;
    };
    CronParser.prototype.normalize = function (expressionParts) {
        var _this = this;
        expressionParts[3] = expressionParts[3].replace("?", "*");
        expressionParts[5] = expressionParts[5].replace("?", "*");
        expressionParts[2] = expressionParts[2].replace("?", "*");
        if (expressionParts[0].indexOf("0/") == 0) {
            expressionParts[0] = expressionParts[0].replace("0/", "*/");
        }
        if (expressionParts[1].indexOf("0/") == 0) {
            expressionParts[1] = expressionParts[1].replace("0/", "*/");
        }
        if (expressionParts[2].indexOf("0/") == 0) {
            expressionParts[2] = expressionParts[2].replace("0/", "*/");
        }
        if (expressionParts[3].indexOf("1/") == 0) {
            expressionParts[3] = expressionParts[3].replace("1/", "*/");
        }
        if (expressionParts[4].indexOf("1/") == 0) {
            expressionParts[4] = expressionParts[4].replace("1/", "*/");
        }
        if (expressionParts[6].indexOf("1/") == 0) {
            expressionParts[6] = expressionParts[6].replace("1/", "*/");
        }
        expressionParts[5] = expressionParts[5].replace(/(^\d)|([^#/\s]\d)/g, function (t) {
            var dowDigits = t.replace(/\D/, "");
            var dowDigitsAdjusted = dowDigits;
            if (_this.dayOfWeekStartIndexZero) {
                if (dowDigits == "7") {
                    dowDigitsAdjusted = "0";
                }
            }
            else {
                dowDigitsAdjusted = (parseInt(dowDigits) - 1).toString();
            }
            return t.replace(dowDigits, dowDigitsAdjusted);
        });
        if (expressionParts[5] == "L") {
            expressionParts[5] = "6";
        }
        if (expressionParts[3] == "?") {
            expressionParts[3] = "*";
        }
        if (expressionParts[3].indexOf("W") > -1 &&
            (expressionParts[3].indexOf(",") > -1 || expressionParts[3].indexOf("-") > -1)) {
            throw new Error("The 'W' character can be specified only when the day-of-month is a single day, not a range or list of days.");
        }
        var days = {
            SUN: 0,
            MON: 1,
            TUE: 2,
            WED: 3,
            THU: 4,
            FRI: 5,
            SAT: 6,
        };
        for (var day in days) {
            expressionParts[5] = expressionParts[5].replace(new RegExp(day, "gi"), days[day].toString());
        }
        expressionParts[4] = expressionParts[4].replace(/(^\d{1,2})|([^#/\s]\d{1,2})/g, function (t) {
            var dowDigits = t.replace(/\D/, "");
            var dowDigitsAdjusted = dowDigits;
            if (_this.monthStartIndexZero) {
                dowDigitsAdjusted = (parseInt(dowDigits) + 1).toString();
            }
            return t.replace(dowDigits, dowDigitsAdjusted);
        });
        var months = {
            JAN: 1,
            FEB: 2,
            MAR: 3,
            APR: 4,
            MAY: 5,
            JUN: 6,
            JUL: 7,
            AUG: 8,
            SEP: 9,
            OCT: 10,
            NOV: 11,
            DEC: 12,
        };
        for (var month in months) {
            expressionParts[4] = expressionParts[4].replace(new RegExp(month, "gi"), months[month].toString());
        }
        if (expressionParts[0] == "0") {
            expressionParts[0] = "";
        }
        if (!/\*|\-|\,|\//.test(expressionParts[2]) &&
            (/\*|\//.test(expressionParts[1]) || /\*|\//.test(expressionParts[0]))) {
            expressionParts[2] += "-".concat(expressionParts[2]);
        }
        for (var i = 0; i < expressionParts.length; i++) {
            if (expressionParts[i].indexOf(",") != -1) {
                expressionParts[i] =
                    expressionParts[i]
                        .split(",")
                        .filter(function (str) { return str !== ""; })
                        .join(",") || "*";
            }
            if (expressionParts[i] == "*/1") {
                expressionParts[i] = "*";
            }
            if (expressionParts[i].indexOf("/") > -1 && !/^\*|\-|\,/.test(expressionParts[i])) {
                var stepRangeThrough = null;
                switch (i) {
                    case 4:
                        stepRangeThrough = "12";
                        break;
                    case 5:
                        stepRangeThrough = "6";
                        break;
                    case 6:
                        stepRangeThrough = "9999";
                        break;
                    default:
                        stepRangeThrough = null;
                        break;
                }
                if (stepRangeThrough !== null) {
                    var parts = expressionParts[i].split("/");
                    expressionParts[i] = "".concat(parts[0], "-").concat(stepRangeThrough, "/").concat(parts[1]);
                }
            }
        }
    };
    CronParser.prototype.validate = function (parsed) {
        var standardCronPartCharacters = "0-9,\\-*\/";
        this.validateOnlyExpectedCharactersFound(parsed[0], standardCronPartCharacters);
        this.validateOnlyExpectedCharactersFound(parsed[1], standardCronPartCharacters);
        this.validateOnlyExpectedCharactersFound(parsed[2], standardCronPartCharacters);
        this.validateOnlyExpectedCharactersFound(parsed[3], "0-9,\\-*\/LW");
        this.validateOnlyExpectedCharactersFound(parsed[4], standardCronPartCharacters);
        this.validateOnlyExpectedCharactersFound(parsed[5], "0-9,\\-*\/L#");
        this.validateOnlyExpectedCharactersFound(parsed[6], standardCronPartCharacters);
        this.validateAnyRanges(parsed);
    };
    CronParser.prototype.validateAnyRanges = function (parsed) {
        rangeValidator_1.default.secondRange(parsed[0]);
        rangeValidator_1.default.minuteRange(parsed[1]);
        rangeValidator_1.default.hourRange(parsed[2]);
        rangeValidator_1.default.dayOfMonthRange(parsed[3]);
        rangeValidator_1.default.monthRange(parsed[4], this.monthStartIndexZero);
        rangeValidator_1.default.dayOfWeekRange(parsed[5], this.dayOfWeekStartIndexZero);
    };
    CronParser.prototype.validateOnlyExpectedCharactersFound = function (cronPart, allowedCharsExpression) {
        var invalidChars = cronPart.match(new RegExp("[^".concat(allowedCharsExpression, "]+"), "gi"));
        if (invalidChars && invalidChars.length) {
            throw new Error("Expression contains invalid values: '".concat(invalidChars.toString(), "'"));
        }
    };
    return CronParser;
}());
exports.CronParser = CronParser;


/***/ }),

/***/ 333:
/***/ ((__unused_webpack_module, exports, __nested_webpack_require_10927__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ExpressionDescriptor = void 0;
var stringUtilities_1 = __nested_webpack_require_10927__(823);
var cronParser_1 = __nested_webpack_require_10927__(949);
var ExpressionDescriptor = (function () {
    function ExpressionDescriptor(expression, options) {
        this.expression = expression;
        this.options = options;
        this.expressionParts = new Array(5);
        if (!this.options.locale && ExpressionDescriptor.defaultLocale) {
            this.options.locale = ExpressionDescriptor.defaultLocale;
        }
        if (!ExpressionDescriptor.locales[this.options.locale]) {
            var fallBackLocale = Object.keys(ExpressionDescriptor.locales)[0];
            console.warn("Locale '".concat(this.options.locale, "' could not be found; falling back to '").concat(fallBackLocale, "'."));
            this.options.locale = fallBackLocale;
        }
        this.i18n = ExpressionDescriptor.locales[this.options.locale];
        if (options.use24HourTimeFormat === undefined) {
            options.use24HourTimeFormat = this.i18n.use24HourTimeFormatByDefault();
        }
    }
    ExpressionDescriptor.toString = function (expression, _a) {
        var _b = _a === void 0 ? {} : _a, _c = _b.throwExceptionOnParseError, throwExceptionOnParseError = _c === void 0 ? true : _c, _d = _b.verbose, verbose = _d === void 0 ? false : _d, _e = _b.dayOfWeekStartIndexZero, dayOfWeekStartIndexZero = _e === void 0 ? true : _e, _f = _b.monthStartIndexZero, monthStartIndexZero = _f === void 0 ? false : _f, use24HourTimeFormat = _b.use24HourTimeFormat, _g = _b.locale, locale = _g === void 0 ? null : _g;
        var options = {
            throwExceptionOnParseError: throwExceptionOnParseError,
            verbose: verbose,
            dayOfWeekStartIndexZero: dayOfWeekStartIndexZero,
            monthStartIndexZero: monthStartIndexZero,
            use24HourTimeFormat: use24HourTimeFormat,
            locale: locale,
        };
        if (options.tzOffset) {
            console.warn("'tzOffset' option has been deprecated and is no longer supported.");
        }
        var descripter = new ExpressionDescriptor(expression, options);
        return descripter.getFullDescription();
    };
    ExpressionDescriptor.initialize = function (localesLoader, defaultLocale) {
        if (defaultLocale === void 0) { defaultLocale = "en"; }
        ExpressionDescriptor.specialCharacters = ["/", "-", ",", "*"];
        ExpressionDescriptor.defaultLocale = defaultLocale;
        localesLoader.load(ExpressionDescriptor.locales);
    };
    ExpressionDescriptor.prototype.getFullDescription = function () {
        var _a, _b;
        var description = "";
        try {
            var parser = new cronParser_1.CronParser(this.expression, this.options.dayOfWeekStartIndexZero, this.options.monthStartIndexZero);
            this.expressionParts = parser.parse();
            if (this.expressionParts[0] === "@reboot") {
                return ((_b = (_a = this.i18n).atReboot) === null || _b === void 0 ? void 0 : _b.call(_a)) || "Run once, at startup";
            }
            var timeSegment = this.getTimeOfDayDescription();
            var dayOfMonthDesc = this.getDayOfMonthDescription();
            var monthDesc = this.getMonthDescription();
            var dayOfWeekDesc = this.getDayOfWeekDescription();
            var yearDesc = this.getYearDescription();
            description += timeSegment + dayOfMonthDesc + dayOfWeekDesc + monthDesc + yearDesc;
            description = this.transformVerbosity(description, !!this.options.verbose);
            description = description.charAt(0).toLocaleUpperCase() + description.substr(1);
        }
        catch (ex) {
            if (!this.options.throwExceptionOnParseError) {
                description = this.i18n.anErrorOccuredWhenGeneratingTheExpressionD();
            }
            else {
                throw "".concat(ex);
            }
        }
        return description;
    };
    ExpressionDescriptor.prototype.getTimeOfDayDescription = function () {
        var secondsExpression = this.expressionParts[0];
        var minuteExpression = this.expressionParts[1];
        var hourExpression = this.expressionParts[2];
        var description = "";
        if (!stringUtilities_1.StringUtilities.containsAny(minuteExpression, ExpressionDescriptor.specialCharacters) &&
            !stringUtilities_1.StringUtilities.containsAny(hourExpression, ExpressionDescriptor.specialCharacters) &&
            !stringUtilities_1.StringUtilities.containsAny(secondsExpression, ExpressionDescriptor.specialCharacters)) {
            description += this.i18n.atSpace() + this.formatTime(hourExpression, minuteExpression, secondsExpression);
        }
        else if (!secondsExpression &&
            minuteExpression.indexOf("-") > -1 &&
            !(minuteExpression.indexOf(",") > -1) &&
            !(minuteExpression.indexOf("/") > -1) &&
            !stringUtilities_1.StringUtilities.containsAny(hourExpression, ExpressionDescriptor.specialCharacters)) {
            var minuteParts = minuteExpression.split("-");
            description += stringUtilities_1.StringUtilities.format(this.i18n.everyMinuteBetweenX0AndX1(), this.formatTime(hourExpression, minuteParts[0], ""), this.formatTime(hourExpression, minuteParts[1], ""));
        }
        else if (!secondsExpression &&
            hourExpression.indexOf(",") > -1 &&
            hourExpression.indexOf("-") == -1 &&
            hourExpression.indexOf("/") == -1 &&
            !stringUtilities_1.StringUtilities.containsAny(minuteExpression, ExpressionDescriptor.specialCharacters)) {
            var hourParts = hourExpression.split(",");
            description += this.i18n.at();
            for (var i = 0; i < hourParts.length; i++) {
                description += " ";
                description += this.formatTime(hourParts[i], minuteExpression, "");
                if (i < hourParts.length - 2) {
                    description += ",";
                }
                if (i == hourParts.length - 2) {
                    description += this.i18n.spaceAnd();
                }
            }
        }
        else {
            var secondsDescription = this.getSecondsDescription();
            var minutesDescription = this.getMinutesDescription();
            var hoursDescription = this.getHoursDescription();
            description += secondsDescription;
            if (description && minutesDescription) {
                description += ", ";
            }
            description += minutesDescription;
            if (minutesDescription === hoursDescription) {
                return description;
            }
            if (description && hoursDescription) {
                description += ", ";
            }
            description += hoursDescription;
        }
        return description;
    };
    ExpressionDescriptor.prototype.getSecondsDescription = function () {
        var _this = this;
        var description = this.getSegmentDescription(this.expressionParts[0], this.i18n.everySecond(), function (s) {
            return s;
        }, function (s) {
            return stringUtilities_1.StringUtilities.format(_this.i18n.everyX0Seconds(s), s);
        }, function (s) {
            return _this.i18n.secondsX0ThroughX1PastTheMinute();
        }, function (s) {
            return s == "0"
                ? ""
                : parseInt(s) < 20
                    ? _this.i18n.atX0SecondsPastTheMinute(s)
                    : _this.i18n.atX0SecondsPastTheMinuteGt20() || _this.i18n.atX0SecondsPastTheMinute(s);
        });
        return description;
    };
    ExpressionDescriptor.prototype.getMinutesDescription = function () {
        var _this = this;
        var secondsExpression = this.expressionParts[0];
        var hourExpression = this.expressionParts[2];
        var description = this.getSegmentDescription(this.expressionParts[1], this.i18n.everyMinute(), function (s) {
            return s;
        }, function (s) {
            return stringUtilities_1.StringUtilities.format(_this.i18n.everyX0Minutes(s), s);
        }, function (s) {
            return _this.i18n.minutesX0ThroughX1PastTheHour();
        }, function (s) {
            try {
                return s == "0" && hourExpression.indexOf("/") == -1 && secondsExpression == ""
                    ? _this.i18n.everyHour()
                    : parseInt(s) < 20
                        ? _this.i18n.atX0MinutesPastTheHour(s)
                        : _this.i18n.atX0MinutesPastTheHourGt20() || _this.i18n.atX0MinutesPastTheHour(s);
            }
            catch (e) {
                return _this.i18n.atX0MinutesPastTheHour(s);
            }
        });
        return description;
    };
    ExpressionDescriptor.prototype.getHoursDescription = function () {
        var _this = this;
        var expression = this.expressionParts[2];
        var hourIndex = 0;
        var rangeEndValues = [];
        expression
            .split("/")[0]
            .split(",")
            .forEach(function (range) {
            var rangeParts = range.split("-");
            if (rangeParts.length === 2) {
                rangeEndValues.push({ value: rangeParts[1], index: hourIndex + 1 });
            }
            hourIndex += rangeParts.length;
        });
        var evaluationIndex = 0;
        var description = this.getSegmentDescription(expression, this.i18n.everyHour(), function (s) {
            var match = rangeEndValues.find(function (r) { return r.value === s && r.index === evaluationIndex; });
            var isRangeEndWithNonZeroMinute = match && _this.expressionParts[1] !== "0";
            evaluationIndex++;
            return isRangeEndWithNonZeroMinute ? _this.formatTime(s, "59", "") : _this.formatTime(s, "0", "");
        }, function (s) {
            return stringUtilities_1.StringUtilities.format(_this.i18n.everyX0Hours(s), s);
        }, function (s) {
            return _this.i18n.betweenX0AndX1();
        }, function (s) {
            return _this.i18n.atX0();
        });
        return description;
    };
    ExpressionDescriptor.prototype.getDayOfWeekDescription = function () {
        var _this = this;
        var daysOfWeekNames = this.i18n.daysOfTheWeek();
        var description = null;
        if (this.expressionParts[5] == "*") {
            description = "";
        }
        else {
            description = this.getSegmentDescription(this.expressionParts[5], this.i18n.commaEveryDay(), function (s, form) {
                var exp = s;
                if (s.indexOf("#") > -1) {
                    exp = s.substring(0, s.indexOf("#"));
                }
                else if (s.indexOf("L") > -1) {
                    exp = exp.replace("L", "");
                }
                var parsedExp = parseInt(exp);
                var description = _this.i18n.daysOfTheWeekInCase
                    ? _this.i18n.daysOfTheWeekInCase(form)[parsedExp]
                    : daysOfWeekNames[parsedExp];
                if (s.indexOf("#") > -1) {
                    var dayOfWeekOfMonthDescription = null;
                    var dayOfWeekOfMonthNumber = s.substring(s.indexOf("#") + 1);
                    var dayOfWeekNumber = s.substring(0, s.indexOf("#"));
                    switch (dayOfWeekOfMonthNumber) {
                        case "1":
                            dayOfWeekOfMonthDescription = _this.i18n.first(dayOfWeekNumber);
                            break;
                        case "2":
                            dayOfWeekOfMonthDescription = _this.i18n.second(dayOfWeekNumber);
                            break;
                        case "3":
                            dayOfWeekOfMonthDescription = _this.i18n.third(dayOfWeekNumber);
                            break;
                        case "4":
                            dayOfWeekOfMonthDescription = _this.i18n.fourth(dayOfWeekNumber);
                            break;
                        case "5":
                            dayOfWeekOfMonthDescription = _this.i18n.fifth(dayOfWeekNumber);
                            break;
                    }
                    description = dayOfWeekOfMonthDescription + " " + description;
                }
                return description;
            }, function (s) {
                if (parseInt(s) == 1) {
                    return "";
                }
                else {
                    return stringUtilities_1.StringUtilities.format(_this.i18n.commaEveryX0DaysOfTheWeek(s), s);
                }
            }, function (s) {
                var beginFrom = s.substring(0, s.indexOf("-"));
                var domSpecified = _this.expressionParts[3] != "*";
                return domSpecified ? _this.i18n.commaAndX0ThroughX1(beginFrom) : _this.i18n.commaX0ThroughX1(beginFrom);
            }, function (s) {
                var format = null;
                if (s.indexOf("#") > -1) {
                    var dayOfWeekOfMonthNumber = s.substring(s.indexOf("#") + 1);
                    var dayOfWeek = s.substring(0, s.indexOf("#"));
                    format = _this.i18n.commaOnThe(dayOfWeekOfMonthNumber, dayOfWeek).trim() + _this.i18n.spaceX0OfTheMonth();
                }
                else if (s.indexOf("L") > -1) {
                    format = _this.i18n.commaOnTheLastX0OfTheMonth(s.replace("L", ""));
                }
                else {
                    var domSpecified = _this.expressionParts[3] != "*";
                    format = domSpecified ? _this.i18n.commaAndOnX0() : _this.i18n.commaOnlyOnX0(s);
                }
                return format;
            });
        }
        return description;
    };
    ExpressionDescriptor.prototype.getMonthDescription = function () {
        var _this = this;
        var monthNames = this.i18n.monthsOfTheYear();
        var description = this.getSegmentDescription(this.expressionParts[4], "", function (s, form) {
            return form && _this.i18n.monthsOfTheYearInCase
                ? _this.i18n.monthsOfTheYearInCase(form)[parseInt(s) - 1]
                : monthNames[parseInt(s) - 1];
        }, function (s) {
            if (parseInt(s) == 1) {
                return "";
            }
            else {
                return stringUtilities_1.StringUtilities.format(_this.i18n.commaEveryX0Months(s), s);
            }
        }, function (s) {
            return _this.i18n.commaMonthX0ThroughMonthX1() || _this.i18n.commaX0ThroughX1();
        }, function (s) {
            return _this.i18n.commaOnlyInMonthX0 ? _this.i18n.commaOnlyInMonthX0() : _this.i18n.commaOnlyInX0();
        });
        return description;
    };
    ExpressionDescriptor.prototype.getDayOfMonthDescription = function () {
        var _this = this;
        var description = null;
        var expression = this.expressionParts[3];
        switch (expression) {
            case "L":
                description = this.i18n.commaOnTheLastDayOfTheMonth();
                break;
            case "WL":
            case "LW":
                description = this.i18n.commaOnTheLastWeekdayOfTheMonth();
                break;
            default:
                var weekDayNumberMatches = expression.match(/(\d{1,2}W)|(W\d{1,2})/);
                if (weekDayNumberMatches) {
                    var dayNumber = parseInt(weekDayNumberMatches[0].replace("W", ""));
                    var dayString = dayNumber == 1
                        ? this.i18n.firstWeekday()
                        : stringUtilities_1.StringUtilities.format(this.i18n.weekdayNearestDayX0(), dayNumber.toString());
                    description = stringUtilities_1.StringUtilities.format(this.i18n.commaOnTheX0OfTheMonth(), dayString);
                    break;
                }
                else {
                    var lastDayOffSetMatches = expression.match(/L-(\d{1,2})/);
                    if (lastDayOffSetMatches) {
                        var offSetDays = lastDayOffSetMatches[1];
                        description = stringUtilities_1.StringUtilities.format(this.i18n.commaDaysBeforeTheLastDayOfTheMonth(offSetDays), offSetDays);
                        break;
                    }
                    else if (expression == "*" && this.expressionParts[5] != "*") {
                        return "";
                    }
                    else {
                        description = this.getSegmentDescription(expression, this.i18n.commaEveryDay(), function (s) {
                            return s == "L"
                                ? _this.i18n.lastDay()
                                : _this.i18n.dayX0
                                    ? stringUtilities_1.StringUtilities.format(_this.i18n.dayX0(), s)
                                    : s;
                        }, function (s) {
                            return s == "1" ? _this.i18n.commaEveryDay() : _this.i18n.commaEveryX0Days(s);
                        }, function (s) {
                            return _this.i18n.commaBetweenDayX0AndX1OfTheMonth(s);
                        }, function (s) {
                            return _this.i18n.commaOnDayX0OfTheMonth(s);
                        });
                    }
                    break;
                }
        }
        return description;
    };
    ExpressionDescriptor.prototype.getYearDescription = function () {
        var _this = this;
        var description = this.getSegmentDescription(this.expressionParts[6], "", function (s) {
            return /^\d+$/.test(s) ? new Date(parseInt(s), 1).getFullYear().toString() : s;
        }, function (s) {
            return stringUtilities_1.StringUtilities.format(_this.i18n.commaEveryX0Years(s), s);
        }, function (s) {
            return _this.i18n.commaYearX0ThroughYearX1() || _this.i18n.commaX0ThroughX1();
        }, function (s) {
            return _this.i18n.commaOnlyInYearX0 ? _this.i18n.commaOnlyInYearX0() : _this.i18n.commaOnlyInX0();
        });
        return description;
    };
    ExpressionDescriptor.prototype.getSegmentDescription = function (expression, allDescription, getSingleItemDescription, getIncrementDescriptionFormat, getRangeDescriptionFormat, getDescriptionFormat) {
        var description = null;
        var doesExpressionContainIncrement = expression.indexOf("/") > -1;
        var doesExpressionContainRange = expression.indexOf("-") > -1;
        var doesExpressionContainMultipleValues = expression.indexOf(",") > -1;
        if (!expression) {
            description = "";
        }
        else if (expression === "*") {
            description = allDescription;
        }
        else if (!doesExpressionContainIncrement && !doesExpressionContainRange && !doesExpressionContainMultipleValues) {
            description = stringUtilities_1.StringUtilities.format(getDescriptionFormat(expression), getSingleItemDescription(expression));
        }
        else if (doesExpressionContainMultipleValues) {
            var segments = expression.split(",");
            var descriptionContent = "";
            for (var i = 0; i < segments.length; i++) {
                if (i > 0 && segments.length > 2) {
                    descriptionContent += ",";
                    if (i < segments.length - 1) {
                        descriptionContent += " ";
                    }
                }
                if (i > 0 && segments.length > 1 && (i == segments.length - 1 || segments.length == 2)) {
                    descriptionContent += "".concat(this.i18n.spaceAnd(), " ");
                }
                if (segments[i].indexOf("/") > -1 || segments[i].indexOf("-") > -1) {
                    var isSegmentRangeWithoutIncrement = segments[i].indexOf("-") > -1 && segments[i].indexOf("/") == -1;
                    var currentDescriptionContent = this.getSegmentDescription(segments[i], allDescription, getSingleItemDescription, getIncrementDescriptionFormat, isSegmentRangeWithoutIncrement ? this.i18n.commaX0ThroughX1 : getRangeDescriptionFormat, getDescriptionFormat);
                    if (isSegmentRangeWithoutIncrement) {
                        currentDescriptionContent = currentDescriptionContent.replace(", ", "");
                    }
                    descriptionContent += currentDescriptionContent;
                }
                else if (!doesExpressionContainIncrement) {
                    descriptionContent += getSingleItemDescription(segments[i]);
                }
                else {
                    descriptionContent += this.getSegmentDescription(segments[i], allDescription, getSingleItemDescription, getIncrementDescriptionFormat, getRangeDescriptionFormat, getDescriptionFormat);
                }
            }
            if (!doesExpressionContainIncrement) {
                description = stringUtilities_1.StringUtilities.format(getDescriptionFormat(expression), descriptionContent);
            }
            else {
                description = descriptionContent;
            }
        }
        else if (doesExpressionContainIncrement) {
            var segments = expression.split("/");
            description = stringUtilities_1.StringUtilities.format(getIncrementDescriptionFormat(segments[1]), segments[1]);
            if (segments[0].indexOf("-") > -1) {
                var rangeSegmentDescription = this.generateRangeSegmentDescription(segments[0], getRangeDescriptionFormat, getSingleItemDescription);
                if (rangeSegmentDescription.indexOf(", ") != 0) {
                    description += ", ";
                }
                description += rangeSegmentDescription;
            }
            else if (segments[0].indexOf("*") == -1) {
                var rangeItemDescription = stringUtilities_1.StringUtilities.format(getDescriptionFormat(segments[0]), getSingleItemDescription(segments[0]));
                rangeItemDescription = rangeItemDescription.replace(", ", "");
                description += stringUtilities_1.StringUtilities.format(this.i18n.commaStartingX0(), rangeItemDescription);
            }
        }
        else if (doesExpressionContainRange) {
            description = this.generateRangeSegmentDescription(expression, getRangeDescriptionFormat, getSingleItemDescription);
        }
        return description;
    };
    ExpressionDescriptor.prototype.generateRangeSegmentDescription = function (rangeExpression, getRangeDescriptionFormat, getSingleItemDescription) {
        var description = "";
        var rangeSegments = rangeExpression.split("-");
        var rangeSegment1Description = getSingleItemDescription(rangeSegments[0], 1);
        var rangeSegment2Description = getSingleItemDescription(rangeSegments[1], 2);
        var rangeDescriptionFormat = getRangeDescriptionFormat(rangeExpression);
        description += stringUtilities_1.StringUtilities.format(rangeDescriptionFormat, rangeSegment1Description, rangeSegment2Description);
        return description;
    };
    ExpressionDescriptor.prototype.formatTime = function (hourExpression, minuteExpression, secondExpression) {
        var hourOffset = 0;
        var minuteOffset = 0;
        var hour = parseInt(hourExpression) + hourOffset;
        var minute = parseInt(minuteExpression) + minuteOffset;
        if (minute >= 60) {
            minute -= 60;
            hour += 1;
        }
        else if (minute < 0) {
            minute += 60;
            hour -= 1;
        }
        if (hour >= 24) {
            hour = hour - 24;
        }
        else if (hour < 0) {
            hour = 24 + hour;
        }
        var period = "";
        var setPeriodBeforeTime = false;
        if (!this.options.use24HourTimeFormat) {
            setPeriodBeforeTime = !!(this.i18n.setPeriodBeforeTime && this.i18n.setPeriodBeforeTime());
            period = setPeriodBeforeTime ? "".concat(this.getPeriod(hour), " ") : " ".concat(this.getPeriod(hour));
            if (hour > 12) {
                hour -= 12;
            }
            if (hour === 0) {
                hour = 12;
            }
        }
        var second = "";
        if (secondExpression) {
            second = ":".concat(("00" + secondExpression).substring(secondExpression.length));
        }
        return "".concat(setPeriodBeforeTime ? period : "").concat(("00" + hour.toString()).substring(hour.toString().length), ":").concat(("00" + minute.toString()).substring(minute.toString().length)).concat(second).concat(!setPeriodBeforeTime ? period : "");
    };
    ExpressionDescriptor.prototype.transformVerbosity = function (description, useVerboseFormat) {
        if (!useVerboseFormat) {
            description = description.replace(new RegExp(", ".concat(this.i18n.everyMinute()), "g"), "");
            description = description.replace(new RegExp(", ".concat(this.i18n.everyHour()), "g"), "");
            description = description.replace(new RegExp(this.i18n.commaEveryDay(), "g"), "");
            description = description.replace(/\, ?$/, "");
            if (this.i18n.conciseVerbosityReplacements) {
                for (var _i = 0, _a = Object.entries(this.i18n.conciseVerbosityReplacements()); _i < _a.length; _i++) {
                    var _b = _a[_i], key = _b[0], value = _b[1];
                    description = description.replace(new RegExp(key, "g"), value);
                }
            }
        }
        return description;
    };
    ExpressionDescriptor.prototype.getPeriod = function (hour) {
        return hour >= 12 ? (this.i18n.pm && this.i18n.pm()) || "PM" : (this.i18n.am && this.i18n.am()) || "AM";
    };
    ExpressionDescriptor.locales = {};
    return ExpressionDescriptor;
}());
exports.ExpressionDescriptor = ExpressionDescriptor;


/***/ }),

/***/ 747:
/***/ ((__unused_webpack_module, exports, __nested_webpack_require_36784__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.enLocaleLoader = void 0;
var en_1 = __nested_webpack_require_36784__(486);
var enLocaleLoader = (function () {
    function enLocaleLoader() {
    }
    enLocaleLoader.prototype.load = function (availableLocales) {
        availableLocales["en"] = new en_1.en();
    };
    return enLocaleLoader;
}());
exports.enLocaleLoader = enLocaleLoader;


/***/ }),

/***/ 486:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.en = void 0;
var en = (function () {
    function en() {
    }
    en.prototype.atX0SecondsPastTheMinuteGt20 = function () {
        return null;
    };
    en.prototype.atX0MinutesPastTheHourGt20 = function () {
        return null;
    };
    en.prototype.commaMonthX0ThroughMonthX1 = function () {
        return null;
    };
    en.prototype.commaYearX0ThroughYearX1 = function () {
        return null;
    };
    en.prototype.use24HourTimeFormatByDefault = function () {
        return false;
    };
    en.prototype.anErrorOccuredWhenGeneratingTheExpressionD = function () {
        return "An error occurred when generating the expression description. Check the cron expression syntax.";
    };
    en.prototype.everyMinute = function () {
        return "every minute";
    };
    en.prototype.everyHour = function () {
        return "every hour";
    };
    en.prototype.atSpace = function () {
        return "At ";
    };
    en.prototype.everyMinuteBetweenX0AndX1 = function () {
        return "Every minute between %s and %s";
    };
    en.prototype.at = function () {
        return "At";
    };
    en.prototype.spaceAnd = function () {
        return " and";
    };
    en.prototype.everySecond = function () {
        return "every second";
    };
    en.prototype.everyX0Seconds = function () {
        return "every %s seconds";
    };
    en.prototype.secondsX0ThroughX1PastTheMinute = function () {
        return "seconds %s through %s past the minute";
    };
    en.prototype.atX0SecondsPastTheMinute = function () {
        return "at %s seconds past the minute";
    };
    en.prototype.everyX0Minutes = function () {
        return "every %s minutes";
    };
    en.prototype.minutesX0ThroughX1PastTheHour = function () {
        return "minutes %s through %s past the hour";
    };
    en.prototype.atX0MinutesPastTheHour = function () {
        return "at %s minutes past the hour";
    };
    en.prototype.everyX0Hours = function () {
        return "every %s hours";
    };
    en.prototype.betweenX0AndX1 = function () {
        return "between %s and %s";
    };
    en.prototype.atX0 = function () {
        return "at %s";
    };
    en.prototype.commaEveryDay = function () {
        return ", every day";
    };
    en.prototype.commaEveryX0DaysOfTheWeek = function () {
        return ", every %s days of the week";
    };
    en.prototype.commaX0ThroughX1 = function () {
        return ", %s through %s";
    };
    en.prototype.commaAndX0ThroughX1 = function () {
        return ", %s through %s";
    };
    en.prototype.first = function () {
        return "first";
    };
    en.prototype.second = function () {
        return "second";
    };
    en.prototype.third = function () {
        return "third";
    };
    en.prototype.fourth = function () {
        return "fourth";
    };
    en.prototype.fifth = function () {
        return "fifth";
    };
    en.prototype.commaOnThe = function () {
        return ", on the ";
    };
    en.prototype.spaceX0OfTheMonth = function () {
        return " %s of the month";
    };
    en.prototype.lastDay = function () {
        return "the last day";
    };
    en.prototype.commaOnTheLastX0OfTheMonth = function () {
        return ", on the last %s of the month";
    };
    en.prototype.commaOnlyOnX0 = function () {
        return ", only on %s";
    };
    en.prototype.commaAndOnX0 = function () {
        return ", and on %s";
    };
    en.prototype.commaEveryX0Months = function () {
        return ", every %s months";
    };
    en.prototype.commaOnlyInX0 = function () {
        return ", only in %s";
    };
    en.prototype.commaOnTheLastDayOfTheMonth = function () {
        return ", on the last day of the month";
    };
    en.prototype.commaOnTheLastWeekdayOfTheMonth = function () {
        return ", on the last weekday of the month";
    };
    en.prototype.commaDaysBeforeTheLastDayOfTheMonth = function () {
        return ", %s days before the last day of the month";
    };
    en.prototype.firstWeekday = function () {
        return "first weekday";
    };
    en.prototype.weekdayNearestDayX0 = function () {
        return "weekday nearest day %s";
    };
    en.prototype.commaOnTheX0OfTheMonth = function () {
        return ", on the %s of the month";
    };
    en.prototype.commaEveryX0Days = function () {
        return ", every %s days";
    };
    en.prototype.commaBetweenDayX0AndX1OfTheMonth = function () {
        return ", between day %s and %s of the month";
    };
    en.prototype.commaOnDayX0OfTheMonth = function () {
        return ", on day %s of the month";
    };
    en.prototype.commaEveryHour = function () {
        return ", every hour";
    };
    en.prototype.commaEveryX0Years = function () {
        return ", every %s years";
    };
    en.prototype.commaStartingX0 = function () {
        return ", starting %s";
    };
    en.prototype.daysOfTheWeek = function () {
        return ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    };
    en.prototype.monthsOfTheYear = function () {
        return [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
    };
    en.prototype.atReboot = function () {
        return "Run once, at startup";
    };
    return en;
}());
exports.en = en;


/***/ }),

/***/ 515:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
function assert(value, message) {
    if (!value) {
        throw new Error(message);
    }
}
var RangeValidator = (function () {
    function RangeValidator() {
    }
    RangeValidator.secondRange = function (parse) {
        var parsed = parse.split(',');
        for (var i = 0; i < parsed.length; i++) {
            if (!isNaN(parseInt(parsed[i], 10))) {
                var second = parseInt(parsed[i], 10);
                assert(second >= 0 && second <= 59, 'seconds part must be >= 0 and <= 59');
            }
        }
    };
    RangeValidator.minuteRange = function (parse) {
        var parsed = parse.split(',');
        for (var i = 0; i < parsed.length; i++) {
            if (!isNaN(parseInt(parsed[i], 10))) {
                var minute = parseInt(parsed[i], 10);
                assert(minute >= 0 && minute <= 59, 'minutes part must be >= 0 and <= 59');
            }
        }
    };
    RangeValidator.hourRange = function (parse) {
        var parsed = parse.split(',');
        for (var i = 0; i < parsed.length; i++) {
            if (!isNaN(parseInt(parsed[i], 10))) {
                var hour = parseInt(parsed[i], 10);
                assert(hour >= 0 && hour <= 23, 'hours part must be >= 0 and <= 23');
            }
        }
    };
    RangeValidator.dayOfMonthRange = function (parse) {
        var parsed = parse.split(',');
        for (var i = 0; i < parsed.length; i++) {
            if (!isNaN(parseInt(parsed[i], 10))) {
                var dayOfMonth = parseInt(parsed[i], 10);
                assert(dayOfMonth >= 1 && dayOfMonth <= 31, 'DOM part must be >= 1 and <= 31');
            }
        }
    };
    RangeValidator.monthRange = function (parse, monthStartIndexZero) {
        var parsed = parse.split(',');
        for (var i = 0; i < parsed.length; i++) {
            if (!isNaN(parseInt(parsed[i], 10))) {
                var month = parseInt(parsed[i], 10);
                assert(month >= 1 && month <= 12, monthStartIndexZero ? 'month part must be >= 0 and <= 11' : 'month part must be >= 1 and <= 12');
            }
        }
    };
    RangeValidator.dayOfWeekRange = function (parse, dayOfWeekStartIndexZero) {
        var parsed = parse.split(',');
        for (var i = 0; i < parsed.length; i++) {
            if (!isNaN(parseInt(parsed[i], 10))) {
                var dayOfWeek = parseInt(parsed[i], 10);
                assert(dayOfWeek >= 0 && dayOfWeek <= 6, dayOfWeekStartIndexZero ? 'DOW part must be >= 0 and <= 6' : 'DOW part must be >= 1 and <= 7');
            }
        }
    };
    return RangeValidator;
}());
exports["default"] = RangeValidator;


/***/ }),

/***/ 823:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StringUtilities = void 0;
var StringUtilities = (function () {
    function StringUtilities() {
    }
    StringUtilities.format = function (template) {
        var values = [];
        for (var _i = 1; _i < arguments.length; _i++) {
            values[_i - 1] = arguments[_i];
        }
        return template.replace(/%s/g, function (substring) {
            var args = [];
            for (var _i = 1; _i < arguments.length; _i++) {
                args[_i - 1] = arguments[_i];
            }
            return values.shift();
        });
    };
    StringUtilities.containsAny = function (text, searchStrings) {
        return searchStrings.some(function (c) {
            return text.indexOf(c) > -1;
        });
    };
    return StringUtilities;
}());
exports.StringUtilities = StringUtilities;


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nested_webpack_require_46808__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nested_webpack_require_46808__);
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
var __nested_webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __nested_webpack_exports__;

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toString = void 0;
var expressionDescriptor_1 = __nested_webpack_require_46808__(333);
var enLocaleLoader_1 = __nested_webpack_require_46808__(747);
expressionDescriptor_1.ExpressionDescriptor.initialize(new enLocaleLoader_1.enLocaleLoader());
exports["default"] = expressionDescriptor_1.ExpressionDescriptor;
var toString = expressionDescriptor_1.ExpressionDescriptor.toString;
exports.toString = toString;

})();

/******/ 	return __nested_webpack_exports__;
/******/ })()
;
});

/***/ }),

/***/ 2507:
/***/ ((module) => {

(function webpackUniversalModuleDefinition(root, factory) {
	if(true)
		module.exports = factory();
	else {}
})(globalThis, () => {
return /******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 6949
(__unused_webpack_module, exports, __nested_webpack_require_533__) {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CronParser = void 0;
var rangeValidator_1 = __nested_webpack_require_533__(9515);
var CronParser = (function () {
    function CronParser(expression, dayOfWeekStartIndexZero, monthStartIndexZero) {
        if (dayOfWeekStartIndexZero === void 0) { dayOfWeekStartIndexZero = true; }
        if (monthStartIndexZero === void 0) { monthStartIndexZero = false; }
        this.expression = expression;
        this.dayOfWeekStartIndexZero = dayOfWeekStartIndexZero;
        this.monthStartIndexZero = monthStartIndexZero;
    }
    CronParser.prototype.parse = function () {
        var _a;
        var parsed;
        var expression = (_a = this.expression) !== null && _a !== void 0 ? _a : '';
        if (expression === "@reboot") {
            parsed = ["@reboot", "", "", "", "", "", ""];
            return parsed;
        }
        else if (expression.startsWith('@')) {
            var special = this.parseSpecial(this.expression);
            parsed = this.extractParts(special);
        }
        else {
            parsed = this.extractParts(this.expression);
        }
        this.normalize(parsed);
        this.validate(parsed);
        return parsed;
    };
    CronParser.prototype.parseSpecial = function (expression) {
        var specialExpressions = {
            '@yearly': '0 0 1 JAN *',
            '@annually': '0 0 1 JAN *',
            '@monthly': '0 0 1 * *',
            '@weekly': '0 0 * * SUN',
            '@daily': '0 0 * * *',
            '@midnight': '0 0 * * *',
            '@hourly': '0 * * * *',
            '@reboot': '@reboot'
        };
        var special = specialExpressions[expression];
        if (!special) {
            throw new Error('Unknown special expression.');
        }
        return special;
    };
    CronParser.prototype.extractParts = function (expression) {
        if (!this.expression) {
            throw new Error("cron expression is empty");
        }
        var parsed = expression.trim().split(/[ ]+/);
        for (var i = 0; i < parsed.length; i++) {
            if (parsed[i].includes(",")) {
                var arrayElement = parsed[i]
                    .split(",")
                    .map(function (item) { return item.trim(); })
                    .filter(function (item) { return item !== ""; })
                    .map(function (item) { return (!isNaN(Number(item)) ? Number(item) : item); })
                    .filter(function (item) { return item !== null && item !== ""; });
                if (arrayElement.length === 0) {
                    arrayElement.push("*");
                }
                arrayElement.sort(function (a, b) { return (a !== null && b !== null ? a - b : 0); });
                parsed[i] = arrayElement.map(function (item) { return (item !== null ? item.toString() : ""); }).join(",");
            }
        }
        if (parsed.length < 5) {
            throw new Error("Expression has only ".concat(parsed.length, " part").concat(parsed.length == 1 ? "" : "s", ". At least 5 parts are required."));
        }
        else if (parsed.length == 5) {
            parsed.unshift("");
            parsed.push("");
        }
        else if (parsed.length == 6) {
            var isYearWithNoSecondsPart = /\d{4}$/.test(parsed[5]) || parsed[4] == "?" || parsed[2] == "?";
            if (isYearWithNoSecondsPart) {
                parsed.unshift("");
            }
            else {
                parsed.push("");
            }
        }
        else if (parsed.length > 7) {
            throw new Error("Expression has ".concat(parsed.length, " parts; too many!"));
        }
        return parsed;
    };
    CronParser.prototype.normalize = function (expressionParts) {
        var _this = this;
        expressionParts[3] = expressionParts[3].replace("?", "*");
        expressionParts[5] = expressionParts[5].replace("?", "*");
        expressionParts[2] = expressionParts[2].replace("?", "*");
        if (expressionParts[0].indexOf("0/") == 0) {
            expressionParts[0] = expressionParts[0].replace("0/", "*/");
        }
        if (expressionParts[1].indexOf("0/") == 0) {
            expressionParts[1] = expressionParts[1].replace("0/", "*/");
        }
        if (expressionParts[2].indexOf("0/") == 0) {
            expressionParts[2] = expressionParts[2].replace("0/", "*/");
        }
        if (expressionParts[3].indexOf("1/") == 0) {
            expressionParts[3] = expressionParts[3].replace("1/", "*/");
        }
        if (!this.monthStartIndexZero && expressionParts[4].indexOf("1/") == 0) {
            expressionParts[4] = expressionParts[4].replace("1/", "*/");
        }
        if (expressionParts[6].indexOf("1/") == 0) {
            expressionParts[6] = expressionParts[6].replace("1/", "*/");
        }
        expressionParts[5] = expressionParts[5].replace(/(^\d+)|([^#/\s\d]\d+)/g, function (t) {
            var dowDigits = t.replace(/\D/, "");
            var dowDigitsAdjusted = dowDigits;
            if (_this.dayOfWeekStartIndexZero) {
                if (dowDigits == "7") {
                    dowDigitsAdjusted = "0";
                }
            }
            else {
                dowDigitsAdjusted = (parseInt(dowDigits) - 1).toString();
            }
            return t.replace(dowDigits, dowDigitsAdjusted);
        });
        if (expressionParts[5] == "L") {
            expressionParts[5] = "6";
        }
        if (expressionParts[3] == "?") {
            expressionParts[3] = "*";
        }
        var weekdayOffsetRegex = /^\d{1,2}W[+-]\d{1,2}$/;
        if (expressionParts[3].indexOf("W") > -1 &&
            (expressionParts[3].indexOf(",") > -1 || /[-+]/.test(expressionParts[3])) &&
            !weekdayOffsetRegex.test(expressionParts[3])) {
            throw new Error("The 'W' character can be specified only when the day-of-month is a single day, not a range or list of days.");
        }
        var days = {
            SUN: 0,
            MON: 1,
            TUE: 2,
            WED: 3,
            THU: 4,
            FRI: 5,
            SAT: 6,
        };
        for (var day in days) {
            expressionParts[5] = expressionParts[5].replace(new RegExp(day, "gi"), days[day].toString());
        }
        expressionParts[4] = expressionParts[4].replace(/(^\d{1,2})|([^#/\s\d]\d{1,2})/g, function (t) {
            var dowDigits = t.replace(/\D/, "");
            var dowDigitsAdjusted = dowDigits;
            if (_this.monthStartIndexZero) {
                dowDigitsAdjusted = (parseInt(dowDigits) + 1).toString();
            }
            return t.replace(dowDigits, dowDigitsAdjusted);
        });
        var months = {
            JAN: 1,
            FEB: 2,
            MAR: 3,
            APR: 4,
            MAY: 5,
            JUN: 6,
            JUL: 7,
            AUG: 8,
            SEP: 9,
            OCT: 10,
            NOV: 11,
            DEC: 12,
        };
        for (var month in months) {
            expressionParts[4] = expressionParts[4].replace(new RegExp(month, "gi"), months[month].toString());
        }
        if (expressionParts[0] == "0") {
            expressionParts[0] = "";
        }
        if (!/\*|\-|\,|\//.test(expressionParts[2]) &&
            (/\*|\//.test(expressionParts[1]) || /\*|\//.test(expressionParts[0]))) {
            expressionParts[2] += "-".concat(expressionParts[2]);
        }
        for (var i = 0; i < expressionParts.length; i++) {
            if (expressionParts[i].indexOf(",") != -1) {
                expressionParts[i] =
                    expressionParts[i]
                        .split(",")
                        .filter(function (str) { return str !== ""; })
                        .join(",") || "*";
            }
            if (expressionParts[i] == "*/1") {
                expressionParts[i] = "*";
            }
            if (expressionParts[i].indexOf("/") > -1 && !/^\*|\-|\,/.test(expressionParts[i])) {
                var stepRangeThrough = null;
                switch (i) {
                    case 4:
                        stepRangeThrough = "12";
                        break;
                    case 5:
                        stepRangeThrough = "6";
                        break;
                    case 6:
                        stepRangeThrough = "9999";
                        break;
                    default:
                        stepRangeThrough = null;
                        break;
                }
                if (stepRangeThrough !== null) {
                    var parts = expressionParts[i].split("/");
                    expressionParts[i] = "".concat(parts[0], "-").concat(stepRangeThrough, "/").concat(parts[1]);
                }
            }
        }
    };
    CronParser.prototype.validate = function (parsed) {
        var standardCronPartCharacters = "0-9,\\-*\/";
        this.validateOnlyExpectedCharactersFound(parsed[0], standardCronPartCharacters);
        this.validateOnlyExpectedCharactersFound(parsed[1], standardCronPartCharacters);
        this.validateOnlyExpectedCharactersFound(parsed[2], standardCronPartCharacters);
        this.validateOnlyExpectedCharactersFound(parsed[3].replace(/^(\d{1,2}W)[+-]\d{1,2}$/, "$1"), "0-9,\\-*\/LW");
        this.validateOnlyExpectedCharactersFound(parsed[4], standardCronPartCharacters);
        this.validateOnlyExpectedCharactersFound(parsed[5], "0-9,\\-*\/L#");
        this.validateOnlyExpectedCharactersFound(parsed[6], standardCronPartCharacters);
        this.validateAnyRanges(parsed);
    };
    CronParser.prototype.validateAnyRanges = function (parsed) {
        parsed.forEach(function (part) { return rangeValidator_1.default.stepRange(part); });
        rangeValidator_1.default.secondRange(parsed[0]);
        rangeValidator_1.default.minuteRange(parsed[1]);
        rangeValidator_1.default.hourRange(parsed[2]);
        rangeValidator_1.default.dayOfMonthRange(parsed[3]);
        rangeValidator_1.default.monthRange(parsed[4], this.monthStartIndexZero);
        rangeValidator_1.default.dayOfWeekRange(parsed[5], this.dayOfWeekStartIndexZero);
    };
    CronParser.prototype.validateOnlyExpectedCharactersFound = function (cronPart, allowedCharsExpression) {
        var invalidChars = cronPart.match(new RegExp("[^".concat(allowedCharsExpression, "]+"), "gi"));
        if (invalidChars && invalidChars.length) {
            throw new Error("Expression contains invalid values: '".concat(invalidChars.toString(), "'"));
        }
    };
    return CronParser;
}());
exports.CronParser = CronParser;


/***/ },

/***/ 8333
(__unused_webpack_module, exports, __nested_webpack_require_11199__) {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ExpressionDescriptor = void 0;
var stringUtilities_1 = __nested_webpack_require_11199__(1823);
var cronParser_1 = __nested_webpack_require_11199__(6949);
var ExpressionDescriptor = (function () {
    function ExpressionDescriptor(expression, options) {
        this.expression = expression;
        this.options = options;
        this.expressionParts = new Array(5);
        if (!this.options.locale && ExpressionDescriptor.defaultLocale) {
            this.options.locale = ExpressionDescriptor.defaultLocale;
        }
        if (!ExpressionDescriptor.locales[this.options.locale]) {
            var fallBackLocale = Object.keys(ExpressionDescriptor.locales)[0];
            console.warn("Locale '".concat(this.options.locale, "' could not be found; falling back to '").concat(fallBackLocale, "'."));
            this.options.locale = fallBackLocale;
        }
        this.i18n = ExpressionDescriptor.locales[this.options.locale];
        if (options.use24HourTimeFormat === undefined) {
            options.use24HourTimeFormat = this.i18n.use24HourTimeFormatByDefault();
        }
    }
    ExpressionDescriptor.toString = function (expression, _a) {
        var _b = _a === void 0 ? {} : _a, _c = _b.throwExceptionOnParseError, throwExceptionOnParseError = _c === void 0 ? true : _c, _d = _b.verbose, verbose = _d === void 0 ? false : _d, _e = _b.dayOfWeekStartIndexZero, dayOfWeekStartIndexZero = _e === void 0 ? true : _e, _f = _b.monthStartIndexZero, monthStartIndexZero = _f === void 0 ? false : _f, use24HourTimeFormat = _b.use24HourTimeFormat, _g = _b.trimHoursLeadingZero, trimHoursLeadingZero = _g === void 0 ? false : _g, _h = _b.locale, locale = _h === void 0 ? null : _h, _j = _b.logicalAndDayFields, logicalAndDayFields = _j === void 0 ? false : _j;
        var options = {
            throwExceptionOnParseError: throwExceptionOnParseError,
            verbose: verbose,
            dayOfWeekStartIndexZero: dayOfWeekStartIndexZero,
            monthStartIndexZero: monthStartIndexZero,
            use24HourTimeFormat: use24HourTimeFormat,
            trimHoursLeadingZero: trimHoursLeadingZero,
            locale: locale,
            logicalAndDayFields: logicalAndDayFields,
        };
        if (options.tzOffset) {
            console.warn("'tzOffset' option has been deprecated and is no longer supported.");
        }
        var descripter = new ExpressionDescriptor(expression, options);
        return descripter.getFullDescription();
    };
    ExpressionDescriptor.initialize = function (localesLoader, defaultLocale) {
        if (defaultLocale === void 0) { defaultLocale = "en"; }
        ExpressionDescriptor.specialCharacters = ["/", "-", ",", "*"];
        ExpressionDescriptor.defaultLocale = defaultLocale;
        localesLoader.load(ExpressionDescriptor.locales);
    };
    ExpressionDescriptor.prototype.getFullDescription = function () {
        var _a, _b;
        var description = "";
        try {
            var parser = new cronParser_1.CronParser(this.expression, this.options.dayOfWeekStartIndexZero, this.options.monthStartIndexZero);
            this.expressionParts = parser.parse();
            if (this.expressionParts[0] === "@reboot") {
                return ((_b = (_a = this.i18n).atReboot) === null || _b === void 0 ? void 0 : _b.call(_a)) || "Run once, at startup";
            }
            var timeSegment = this.getTimeOfDayDescription();
            var dayOfMonthDesc = this.getDayOfMonthDescription();
            var monthDesc = this.getMonthDescription();
            var dayOfWeekDesc = this.getDayOfWeekDescription();
            var yearDesc = this.getYearDescription();
            description += timeSegment + dayOfMonthDesc + dayOfWeekDesc + monthDesc + yearDesc;
            description = this.transformVerbosity(description, !!this.options.verbose);
            description = description.charAt(0).toLocaleUpperCase() + description.substr(1);
        }
        catch (ex) {
            if (!this.options.throwExceptionOnParseError) {
                description = this.i18n.anErrorOccuredWhenGeneratingTheExpressionD();
            }
            else {
                throw "".concat(ex);
            }
        }
        return description;
    };
    ExpressionDescriptor.prototype.getTimeOfDayDescription = function () {
        var secondsExpression = this.expressionParts[0];
        var minuteExpression = this.expressionParts[1];
        var hourExpression = this.expressionParts[2];
        var description = "";
        if (!stringUtilities_1.StringUtilities.containsAny(minuteExpression, ExpressionDescriptor.specialCharacters) &&
            !stringUtilities_1.StringUtilities.containsAny(hourExpression, ExpressionDescriptor.specialCharacters) &&
            !stringUtilities_1.StringUtilities.containsAny(secondsExpression, ExpressionDescriptor.specialCharacters)) {
            description += this.i18n.atSpace() + this.formatTime(hourExpression, minuteExpression, secondsExpression);
        }
        else if (!secondsExpression &&
            minuteExpression.indexOf("-") > -1 &&
            !(minuteExpression.indexOf(",") > -1) &&
            !(minuteExpression.indexOf("/") > -1) &&
            !stringUtilities_1.StringUtilities.containsAny(hourExpression, ExpressionDescriptor.specialCharacters)) {
            var minuteParts = minuteExpression.split("-");
            description += stringUtilities_1.StringUtilities.format(this.i18n.everyMinuteBetweenX0AndX1(), this.formatTime(hourExpression, minuteParts[0], ""), this.formatTime(hourExpression, minuteParts[1], ""));
        }
        else if (!secondsExpression &&
            hourExpression.indexOf(",") > -1 &&
            hourExpression.indexOf("-") == -1 &&
            hourExpression.indexOf("/") == -1 &&
            !stringUtilities_1.StringUtilities.containsAny(minuteExpression, ExpressionDescriptor.specialCharacters)) {
            var hourParts = hourExpression.split(",");
            description += this.i18n.at();
            for (var i = 0; i < hourParts.length; i++) {
                if (description) {
                    description += " ";
                }
                description += this.formatTime(hourParts[i], minuteExpression, "");
                if (i < hourParts.length - 2) {
                    description += ",";
                }
                if (i == hourParts.length - 2) {
                    description += this.i18n.spaceAnd();
                }
            }
        }
        else {
            var secondsDescription = this.getSecondsDescription();
            var minutesDescription = this.getMinutesDescription();
            var hoursDescription = this.getHoursDescription();
            description += secondsDescription;
            if (description && minutesDescription) {
                description += ", ";
            }
            description += minutesDescription;
            if (minutesDescription === hoursDescription) {
                return description;
            }
            if (description && hoursDescription) {
                description += ", ";
            }
            description += hoursDescription;
        }
        return description;
    };
    ExpressionDescriptor.prototype.getSecondsDescription = function () {
        var _this = this;
        var description = this.getSegmentDescription(this.expressionParts[0], this.i18n.everySecond(), function (s) {
            return s;
        }, function (s) {
            return stringUtilities_1.StringUtilities.format(_this.i18n.everyX0Seconds(s), s);
        }, function (s) {
            return _this.i18n.secondsX0ThroughX1PastTheMinute();
        }, function (s) {
            return s == "0"
                ? ""
                : parseInt(s) < 20
                    ? _this.i18n.atX0SecondsPastTheMinute(s)
                    : _this.i18n.atX0SecondsPastTheMinuteGt20() || _this.i18n.atX0SecondsPastTheMinute(s);
        }, { min: 0, max: 59 });
        return description;
    };
    ExpressionDescriptor.prototype.getMinutesDescription = function () {
        var _this = this;
        var secondsExpression = this.expressionParts[0];
        var hourExpression = this.expressionParts[2];
        var description = this.getSegmentDescription(this.expressionParts[1], this.i18n.everyMinute(), function (s) {
            return s;
        }, function (s) {
            return stringUtilities_1.StringUtilities.format(_this.i18n.everyX0Minutes(s), s);
        }, function (s) {
            return _this.i18n.minutesX0ThroughX1PastTheHour();
        }, function (s) {
            var _a, _b;
            try {
                return s == "0" && hourExpression.indexOf("/") == -1 && secondsExpression == ""
                    ? _this.i18n.everyHour()
                    : s == "0"
                        ? ((_b = (_a = _this.i18n).onTheHour) === null || _b === void 0 ? void 0 : _b.call(_a)) || _this.i18n.atX0MinutesPastTheHour(s)
                        : parseInt(s) < 20
                            ? _this.i18n.atX0MinutesPastTheHour(s)
                            : _this.i18n.atX0MinutesPastTheHourGt20() || _this.i18n.atX0MinutesPastTheHour(s);
            }
            catch (e) {
                return _this.i18n.atX0MinutesPastTheHour(s);
            }
        }, { min: 0, max: 59 });
        return description;
    };
    ExpressionDescriptor.prototype.getHoursDescription = function () {
        var _this = this;
        var expression = this.expressionParts[2];
        var hourIndex = 0;
        var rangeEndValues = [];
        expression
            .split("/")[0]
            .split(",")
            .forEach(function (range) {
            var rangeParts = range.split("-");
            if (rangeParts.length === 2) {
                rangeEndValues.push({ value: rangeParts[1], index: hourIndex + 1 });
            }
            hourIndex += rangeParts.length;
        });
        var evaluationIndex = 0;
        var description = this.getSegmentDescription(expression, this.i18n.everyHour(), function (s) {
            var match = rangeEndValues.find(function (r) { return r.value === s && r.index === evaluationIndex; });
            var isRangeEndWithNonZeroMinute = match && _this.expressionParts[1] !== "0";
            evaluationIndex++;
            return isRangeEndWithNonZeroMinute ? _this.formatTime(s, "59", "") : _this.formatTime(s, "0", "");
        }, function (s) {
            return stringUtilities_1.StringUtilities.format(_this.i18n.everyX0Hours(s), s);
        }, function (s) {
            return _this.i18n.betweenX0AndX1();
        }, function (s) {
            return _this.i18n.atX0();
        }, { min: 0, max: 23 });
        return description;
    };
    ExpressionDescriptor.prototype.getDayOfWeekDescription = function (dayOfWeekExpression) {
        var _this = this;
        var _a, _b;
        if (dayOfWeekExpression === void 0) { dayOfWeekExpression = this.expressionParts[5]; }
        var daysOfWeekNames = this.i18n.daysOfTheWeek();
        var description = null;
        if (dayOfWeekExpression == "*") {
            description = "";
        }
        else {
            var dayOfWeekItems = dayOfWeekExpression.split(",");
            var lastItems = dayOfWeekItems.filter(function (s) { return s.indexOf("L") > -1; });
            var otherItems = dayOfWeekItems.filter(function (s) { return s.indexOf("L") === -1; });
            if (lastItems.length > 0 && otherItems.length > 0) {
                var lastDescription = (_a = this.getDayOfWeekDescription(lastItems.join(","))) !== null && _a !== void 0 ? _a : "";
                return (((_b = this.getDayOfWeekDescription(otherItems.join(","))) !== null && _b !== void 0 ? _b : "") +
                    "".concat(this.i18n.spaceAnd(), " ") +
                    (lastDescription.startsWith(", ") ? lastDescription.substring(2) : lastDescription));
            }
            description = this.getSegmentDescription(dayOfWeekExpression, this.i18n.commaEveryDay(), function (s, form) {
                var exp = s;
                if (s.indexOf("#") > -1) {
                    exp = s.substring(0, s.indexOf("#"));
                }
                else if (s.indexOf("L") > -1) {
                    exp = exp.replace("L", "");
                }
                var parsedExp = parseInt(exp);
                var description = _this.i18n.daysOfTheWeekInCase
                    ? _this.i18n.daysOfTheWeekInCase(form)[parsedExp]
                    : daysOfWeekNames[parsedExp];
                if (s.indexOf("#") > -1) {
                    var dayOfWeekOfMonthDescription = null;
                    var dayOfWeekOfMonthNumber = s.substring(s.indexOf("#") + 1);
                    var dayOfWeekNumber = s.substring(0, s.indexOf("#"));
                    switch (dayOfWeekOfMonthNumber) {
                        case "1":
                            dayOfWeekOfMonthDescription = _this.i18n.first(dayOfWeekNumber);
                            break;
                        case "2":
                            dayOfWeekOfMonthDescription = _this.i18n.second(dayOfWeekNumber);
                            break;
                        case "3":
                            dayOfWeekOfMonthDescription = _this.i18n.third(dayOfWeekNumber);
                            break;
                        case "4":
                            dayOfWeekOfMonthDescription = _this.i18n.fourth(dayOfWeekNumber);
                            break;
                        case "5":
                            dayOfWeekOfMonthDescription = _this.i18n.fifth(dayOfWeekNumber);
                            break;
                    }
                    description = dayOfWeekOfMonthDescription + " " + description;
                }
                return description;
            }, function (s) {
                if (parseInt(s) == 1) {
                    return "";
                }
                else {
                    return stringUtilities_1.StringUtilities.format(_this.i18n.commaEveryX0DaysOfTheWeek(s), s);
                }
            }, function (s) {
                var beginFrom = s.substring(0, s.indexOf("-"));
                var domSpecified = _this.expressionParts[3] != "*";
                return domSpecified ? _this.i18n.commaAndX0ThroughX1(beginFrom) : _this.i18n.commaX0ThroughX1(beginFrom);
            }, function (s) {
                var format = null;
                if (s.indexOf("#") > -1) {
                    var dayOfWeekOfMonthNumber = s.substring(s.indexOf("#") + 1);
                    var dayOfWeek = s.substring(0, s.indexOf("#"));
                    format = _this.i18n.commaOnThe(dayOfWeekOfMonthNumber, dayOfWeek).trim() + _this.i18n.spaceX0OfTheMonth();
                }
                else if (s.indexOf("L") > -1) {
                    format = _this.i18n.commaOnTheLastX0OfTheMonth(s.replace("L", ""));
                }
                else {
                    var domSpecified = _this.expressionParts[3] != "*";
                    if (!domSpecified) {
                        format = _this.i18n.commaOnlyOnX0(s);
                    }
                    else if (_this.options.logicalAndDayFields) {
                        format = _this.i18n.commaOnlyOnX0(s);
                    }
                    else {
                        format = _this.i18n.commaAndOnX0();
                    }
                }
                return format;
            });
        }
        return description;
    };
    ExpressionDescriptor.prototype.getMonthDescription = function () {
        var _this = this;
        var monthNames = this.i18n.monthsOfTheYear();
        var description = this.getSegmentDescription(this.expressionParts[4], "", function (s, form) {
            return form && _this.i18n.monthsOfTheYearInCase
                ? _this.i18n.monthsOfTheYearInCase(form)[parseInt(s) - 1]
                : monthNames[parseInt(s) - 1];
        }, function (s) {
            if (parseInt(s) == 1) {
                return "";
            }
            else {
                return stringUtilities_1.StringUtilities.format(_this.i18n.commaEveryX0Months(s), s);
            }
        }, function (s) {
            return _this.i18n.commaMonthX0ThroughMonthX1() || _this.i18n.commaX0ThroughX1();
        }, function (s) {
            return _this.i18n.commaOnlyInMonthX0 ? _this.i18n.commaOnlyInMonthX0() : _this.i18n.commaOnlyInX0();
        });
        return description;
    };
    ExpressionDescriptor.prototype.getDayOfMonthDescription = function () {
        var _this = this;
        var _a, _b, _c, _d;
        var description = null;
        var expression = this.expressionParts[3];
        switch (expression) {
            case "L":
                description = this.i18n.commaOnTheLastDayOfTheMonth();
                break;
            case "WL":
            case "LW":
                description = this.i18n.commaOnTheLastWeekdayOfTheMonth();
                break;
            default:
                var weekDayNumberMatches = expression.match(/^(?:(\d{1,2})W|W(\d{1,2}))(?:([+-])(\d{1,2}))?$/);
                if (weekDayNumberMatches) {
                    var dayNumber = parseInt(weekDayNumberMatches[1] || weekDayNumberMatches[2]);
                    var dayString = dayNumber == 1
                        ? this.i18n.firstWeekday()
                        : stringUtilities_1.StringUtilities.format(this.i18n.weekdayNearestDayX0(), dayNumber.toString());
                    var offsetDays = weekDayNumberMatches[4];
                    if (!offsetDays) {
                        description = stringUtilities_1.StringUtilities.format(this.i18n.commaOnTheX0OfTheMonth(), dayString);
                    }
                    else if (weekDayNumberMatches[3] == "-") {
                        description = stringUtilities_1.StringUtilities.format(((_b = (_a = this.i18n).commaDaysBeforeTheX0OfTheMonth) === null || _b === void 0 ? void 0 : _b.call(_a, offsetDays)) || ", %s days before the %s of the month", offsetDays, dayString);
                    }
                    else {
                        description = stringUtilities_1.StringUtilities.format(((_d = (_c = this.i18n).commaDaysAfterTheX0OfTheMonth) === null || _d === void 0 ? void 0 : _d.call(_c, offsetDays)) || ", %s days after the %s of the month", offsetDays, dayString);
                    }
                    break;
                }
                else {
                    var lastDayOffSetMatches = expression.match(/L-(\d{1,2})/);
                    if (lastDayOffSetMatches) {
                        var offSetDays = lastDayOffSetMatches[1];
                        description = stringUtilities_1.StringUtilities.format(this.i18n.commaDaysBeforeTheLastDayOfTheMonth(offSetDays), offSetDays);
                        break;
                    }
                    else if (expression == "*" && this.expressionParts[5] != "*") {
                        return "";
                    }
                    else {
                        description = this.getSegmentDescription(expression, this.i18n.commaEveryDay(), function (s) {
                            return s == "L"
                                ? _this.i18n.lastDay()
                                : _this.i18n.dayX0
                                    ? stringUtilities_1.StringUtilities.format(_this.i18n.dayX0(), s)
                                    : s;
                        }, function (s) {
                            return s == "1" ? _this.i18n.commaEveryDay() : _this.i18n.commaEveryX0Days(s);
                        }, function (s) {
                            return _this.i18n.commaBetweenDayX0AndX1OfTheMonth(s);
                        }, function (s) {
                            return _this.i18n.commaOnDayX0OfTheMonth(s);
                        });
                    }
                    break;
                }
        }
        return description;
    };
    ExpressionDescriptor.prototype.getYearDescription = function () {
        var _this = this;
        var description = this.getSegmentDescription(this.expressionParts[6], "", function (s) {
            return /^\d+$/.test(s) ? new Date(parseInt(s), 1).getFullYear().toString() : s;
        }, function (s) {
            return stringUtilities_1.StringUtilities.format(_this.i18n.commaEveryX0Years(s), s);
        }, function (s) {
            return _this.i18n.commaYearX0ThroughYearX1() || _this.i18n.commaX0ThroughX1();
        }, function (s) {
            return _this.i18n.commaOnlyInYearX0 ? _this.i18n.commaOnlyInYearX0() : _this.i18n.commaOnlyInX0();
        });
        return description;
    };
    ExpressionDescriptor.prototype.getSegmentDescription = function (expression, allDescription, getSingleItemDescription, getIncrementDescriptionFormat, getRangeDescriptionFormat, getDescriptionFormat, range) {
        var description = null;
        var doesExpressionContainIncrement = expression.indexOf("/") > -1;
        var doesExpressionContainRange = expression.indexOf("-") > -1;
        var doesExpressionContainMultipleValues = expression.indexOf(",") > -1;
        if (!expression) {
            description = "";
        }
        else if (expression === "*") {
            description = allDescription;
        }
        else if (!doesExpressionContainIncrement && !doesExpressionContainRange && !doesExpressionContainMultipleValues) {
            description = stringUtilities_1.StringUtilities.format(getDescriptionFormat(expression), getSingleItemDescription(expression));
        }
        else if (doesExpressionContainMultipleValues) {
            var segments = expression.split(",");
            var descriptionContent = "";
            var conjunction = this.i18n.spaceAnd();
            for (var i = 0; i < segments.length; i++) {
                if (i > 0 && segments.length > 2) {
                    descriptionContent += ",";
                    if (i < segments.length - 1) {
                        descriptionContent += " ";
                    }
                }
                if (i > 0 && segments.length > 1 && (i == segments.length - 1 || segments.length == 2)) {
                    descriptionContent += conjunction == "," && segments.length > 2 ? " " : "".concat(conjunction, " ");
                }
                if (segments[i].indexOf("/") > -1 || segments[i].indexOf("-") > -1) {
                    var isSegmentRangeWithoutIncrement = segments[i].indexOf("-") > -1 && segments[i].indexOf("/") == -1;
                    var currentDescriptionContent = this.getSegmentDescription(segments[i], allDescription, getSingleItemDescription, getIncrementDescriptionFormat, isSegmentRangeWithoutIncrement ? this.i18n.commaX0ThroughX1 : getRangeDescriptionFormat, getDescriptionFormat);
                    if (isSegmentRangeWithoutIncrement) {
                        currentDescriptionContent = currentDescriptionContent.replace(", ", "");
                    }
                    else if (i > 0 && currentDescriptionContent.startsWith(", ")) {
                        currentDescriptionContent = currentDescriptionContent.substring(2);
                    }
                    descriptionContent += currentDescriptionContent;
                }
                else if (!doesExpressionContainIncrement) {
                    descriptionContent += getSingleItemDescription(segments[i]);
                }
                else {
                    var segmentDescription = this.getSegmentDescription(segments[i], allDescription, getSingleItemDescription, getIncrementDescriptionFormat, getRangeDescriptionFormat, getDescriptionFormat);
                    if (i > 0 && segmentDescription && segmentDescription.startsWith(", ")) {
                        segmentDescription = segmentDescription.substring(2);
                    }
                    descriptionContent += segmentDescription;
                }
            }
            if (!doesExpressionContainIncrement) {
                description = stringUtilities_1.StringUtilities.format(getDescriptionFormat(expression), descriptionContent);
            }
            else {
                description = descriptionContent;
            }
        }
        else if (doesExpressionContainIncrement) {
            var segments = expression.split("/");
            description = stringUtilities_1.StringUtilities.format(getIncrementDescriptionFormat(segments[1]), segments[1]);
            if (segments[0].indexOf("-") > -1) {
                var rangeSegmentDescription = this.generateRangeSegmentDescription(segments[0], getRangeDescriptionFormat, getSingleItemDescription);
                if (rangeSegmentDescription.indexOf(", ") != 0) {
                    description += ", ";
                }
                description += rangeSegmentDescription;
            }
            else if (segments[0].indexOf("*") == -1) {
                var rangeItemDescription = stringUtilities_1.StringUtilities.format(getDescriptionFormat(segments[0]), getSingleItemDescription(segments[0]));
                rangeItemDescription = rangeItemDescription.replace(", ", "");
                description += stringUtilities_1.StringUtilities.format(this.i18n.commaStartingX0(), rangeItemDescription);
            }
            description += this.getWrappingIncrementDescription(expression, range, allDescription, getSingleItemDescription, getIncrementDescriptionFormat, getRangeDescriptionFormat, getDescriptionFormat);
        }
        else if (doesExpressionContainRange) {
            description = this.generateRangeSegmentDescription(expression, getRangeDescriptionFormat, getSingleItemDescription);
        }
        return description;
    };
    ExpressionDescriptor.prototype.getWrappingIncrementDescription = function (expression, range, allDescription, getSingleItemDescription, getIncrementDescriptionFormat, getRangeDescriptionFormat, getDescriptionFormat) {
        if (!this.options.verbose || !range) {
            return "";
        }
        var _a = expression.split("/"), start = _a[0], stepValue = _a[1];
        var step = parseInt(stepValue);
        var length = range.max - range.min + 1;
        var coversWholeField = start === "*";
        var isUsableStep = Number.isInteger(step) && step > 1;
        var dividesEvenly = isUsableStep && length % step === 0;
        if (!coversWholeField || !isUsableStep || dividesEvenly) {
            return "";
        }
        var values = [];
        for (var value = range.min; value <= range.max; value += step) {
            values.push(value);
        }
        if (values.length < 2) {
            return "";
        }
        var valuesDescription = this.getSegmentDescription(values.join(","), allDescription, getSingleItemDescription, getIncrementDescriptionFormat, getRangeDescriptionFormat, getDescriptionFormat);
        return valuesDescription ? ", ".concat(valuesDescription) : "";
    };
    ExpressionDescriptor.prototype.generateRangeSegmentDescription = function (rangeExpression, getRangeDescriptionFormat, getSingleItemDescription) {
        var description = "";
        var rangeSegments = rangeExpression.split("-");
        var rangeSegment1Description = getSingleItemDescription(rangeSegments[0], 1);
        var rangeSegment2Description = getSingleItemDescription(rangeSegments[1], 2);
        var rangeDescriptionFormat = getRangeDescriptionFormat(rangeExpression);
        description += stringUtilities_1.StringUtilities.format(rangeDescriptionFormat, rangeSegment1Description, rangeSegment2Description);
        return description;
    };
    ExpressionDescriptor.prototype.formatTime = function (hourExpression, minuteExpression, secondExpression) {
        var hourOffset = 0;
        var minuteOffset = 0;
        var hour = parseInt(hourExpression) + hourOffset;
        var minute = parseInt(minuteExpression) + minuteOffset;
        if (minute >= 60) {
            minute -= 60;
            hour += 1;
        }
        else if (minute < 0) {
            minute += 60;
            hour -= 1;
        }
        if (hour >= 24) {
            hour = hour - 24;
        }
        else if (hour < 0) {
            hour = 24 + hour;
        }
        var period = "";
        var setPeriodBeforeTime = false;
        if (!this.options.use24HourTimeFormat) {
            setPeriodBeforeTime = !!(this.i18n.setPeriodBeforeTime && this.i18n.setPeriodBeforeTime());
            period = setPeriodBeforeTime ? "".concat(this.getPeriod(hour), " ") : " ".concat(this.getPeriod(hour));
            if (hour > 12) {
                hour -= 12;
            }
            if (hour === 0) {
                hour = 12;
            }
        }
        var second = "";
        if (secondExpression) {
            second = ":".concat(("00" + secondExpression).substring(secondExpression.length));
        }
        var hourStr = hour.toString();
        var paddedHour = ("00" + hourStr).substring(hourStr.length);
        var minuteStr = minute.toString();
        var paddedMinute = ("00" + minuteStr).substring(minuteStr.length);
        var displayHour = this.options.trimHoursLeadingZero ? hourStr : paddedHour;
        return "".concat(setPeriodBeforeTime ? period : "").concat(displayHour, ":").concat(paddedMinute).concat(second).concat(!setPeriodBeforeTime ? period : "");
    };
    ExpressionDescriptor.prototype.transformVerbosity = function (description, useVerboseFormat) {
        if (!useVerboseFormat) {
            description = description.replace(new RegExp(", ".concat(this.i18n.everyMinute(), "(?!\\s*[\\p{L}\\p{N}])"), "gu"), "");
            description = description.replace(new RegExp(", ".concat(this.i18n.everyHour(), "(?!\\s*[\\p{L}\\p{N}])"), "gu"), "");
            description = description.replace(new RegExp("".concat(this.i18n.commaEveryDay(), "(?!\\s*[\\p{L}\\p{N}])"), "gu"), "");
            description = description.replace(/\, ?$/, "");
            if (this.i18n.conciseVerbosityReplacements) {
                for (var _i = 0, _a = Object.entries(this.i18n.conciseVerbosityReplacements()); _i < _a.length; _i++) {
                    var _b = _a[_i], key = _b[0], value = _b[1];
                    description = description.replace(new RegExp(key, "g"), value);
                }
            }
        }
        return description;
    };
    ExpressionDescriptor.prototype.getPeriod = function (hour) {
        return hour >= 12 ? (this.i18n.pm && this.i18n.pm()) || "PM" : (this.i18n.am && this.i18n.am()) || "AM";
    };
    ExpressionDescriptor.locales = {};
    return ExpressionDescriptor;
}());
exports.ExpressionDescriptor = ExpressionDescriptor;


/***/ },

/***/ 3747
(__unused_webpack_module, exports, __nested_webpack_require_41967__) {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.enLocaleLoader = void 0;
var en_1 = __nested_webpack_require_41967__(9486);
var enLocaleLoader = (function () {
    function enLocaleLoader() {
    }
    enLocaleLoader.prototype.load = function (availableLocales) {
        availableLocales["en"] = new en_1.en();
    };
    return enLocaleLoader;
}());
exports.enLocaleLoader = enLocaleLoader;


/***/ },

/***/ 9486
(__unused_webpack_module, exports) {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.en = void 0;
var isOne = function (s) { return Number(s) === 1; };
var en = (function () {
    function en() {
    }
    en.prototype.atX0SecondsPastTheMinuteGt20 = function () {
        return null;
    };
    en.prototype.atX0MinutesPastTheHourGt20 = function () {
        return null;
    };
    en.prototype.commaMonthX0ThroughMonthX1 = function () {
        return null;
    };
    en.prototype.commaYearX0ThroughYearX1 = function () {
        return null;
    };
    en.prototype.use24HourTimeFormatByDefault = function () {
        return false;
    };
    en.prototype.anErrorOccuredWhenGeneratingTheExpressionD = function () {
        return "An error occurred when generating the expression description. Check the cron expression syntax.";
    };
    en.prototype.everyMinute = function () {
        return "every minute";
    };
    en.prototype.everyHour = function () {
        return "every hour";
    };
    en.prototype.atSpace = function () {
        return "At ";
    };
    en.prototype.everyMinuteBetweenX0AndX1 = function () {
        return "Every minute between %s and %s";
    };
    en.prototype.at = function () {
        return "At";
    };
    en.prototype.spaceAnd = function () {
        return " and";
    };
    en.prototype.everySecond = function () {
        return "every second";
    };
    en.prototype.everyX0Seconds = function (s) {
        return isOne(s) ? "every %s second" : "every %s seconds";
    };
    en.prototype.secondsX0ThroughX1PastTheMinute = function () {
        return "seconds %s through %s past the minute";
    };
    en.prototype.atX0SecondsPastTheMinute = function (s) {
        return isOne(s) ? "at %s second past the minute" : "at %s seconds past the minute";
    };
    en.prototype.everyX0Minutes = function (s) {
        return isOne(s) ? "every %s minute" : "every %s minutes";
    };
    en.prototype.minutesX0ThroughX1PastTheHour = function () {
        return "minutes %s through %s past the hour";
    };
    en.prototype.atX0MinutesPastTheHour = function (s) {
        return isOne(s) ? "at %s minute past the hour" : "at %s minutes past the hour";
    };
    en.prototype.everyX0Hours = function (s) {
        return isOne(s) ? "every %s hour" : "every %s hours";
    };
    en.prototype.betweenX0AndX1 = function () {
        return "between %s and %s";
    };
    en.prototype.atX0 = function () {
        return "at %s";
    };
    en.prototype.commaEveryDay = function () {
        return ", every day";
    };
    en.prototype.commaEveryX0DaysOfTheWeek = function () {
        return ", every %s days of the week";
    };
    en.prototype.commaX0ThroughX1 = function () {
        return ", %s through %s";
    };
    en.prototype.commaAndX0ThroughX1 = function () {
        return ", %s through %s";
    };
    en.prototype.first = function () {
        return "first";
    };
    en.prototype.second = function () {
        return "second";
    };
    en.prototype.third = function () {
        return "third";
    };
    en.prototype.fourth = function () {
        return "fourth";
    };
    en.prototype.fifth = function () {
        return "fifth";
    };
    en.prototype.commaOnThe = function () {
        return ", on the ";
    };
    en.prototype.spaceX0OfTheMonth = function () {
        return " %s of the month";
    };
    en.prototype.lastDay = function () {
        return "the last day";
    };
    en.prototype.commaOnTheLastX0OfTheMonth = function () {
        return ", on the last %s of the month";
    };
    en.prototype.commaOnlyOnX0 = function () {
        return ", only on %s";
    };
    en.prototype.commaAndOnX0 = function () {
        return ", and on %s";
    };
    en.prototype.commaEveryX0Months = function () {
        return ", every %s months";
    };
    en.prototype.commaOnlyInX0 = function () {
        return ", only in %s";
    };
    en.prototype.commaOnTheLastDayOfTheMonth = function () {
        return ", on the last day of the month";
    };
    en.prototype.commaOnTheLastWeekdayOfTheMonth = function () {
        return ", on the last weekday of the month";
    };
    en.prototype.commaDaysBeforeTheLastDayOfTheMonth = function (s) {
        return isOne(s) ? ", %s day before the last day of the month" : ", %s days before the last day of the month";
    };
    en.prototype.firstWeekday = function () {
        return "first weekday";
    };
    en.prototype.weekdayNearestDayX0 = function () {
        return "weekday nearest day %s";
    };
    en.prototype.commaOnTheX0OfTheMonth = function () {
        return ", on the %s of the month";
    };
    en.prototype.commaDaysBeforeTheX0OfTheMonth = function (s) {
        return isOne(s) ? ", %s day before the %s of the month" : ", %s days before the %s of the month";
    };
    en.prototype.commaDaysAfterTheX0OfTheMonth = function (s) {
        return isOne(s) ? ", %s day after the %s of the month" : ", %s days after the %s of the month";
    };
    en.prototype.commaEveryX0Days = function () {
        return ", every %s days in a month";
    };
    en.prototype.commaBetweenDayX0AndX1OfTheMonth = function () {
        return ", between day %s and %s of the month";
    };
    en.prototype.commaOnDayX0OfTheMonth = function () {
        return ", on day %s of the month";
    };
    en.prototype.commaEveryHour = function () {
        return ", every hour";
    };
    en.prototype.commaEveryX0Years = function (s) {
        return isOne(s) ? ", every %s year" : ", every %s years";
    };
    en.prototype.commaStartingX0 = function () {
        return ", starting %s";
    };
    en.prototype.daysOfTheWeek = function () {
        return ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    };
    en.prototype.monthsOfTheYear = function () {
        return [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
    };
    en.prototype.atReboot = function () {
        return "Run once, at startup";
    };
    en.prototype.onTheHour = function () {
        return "on the hour";
    };
    return en;
}());
exports.en = en;


/***/ },

/***/ 9515
(__unused_webpack_module, exports) {


Object.defineProperty(exports, "__esModule", ({ value: true }));
function assert(value, message) {
    if (!value) {
        throw new Error(message);
    }
}
function rangeValues(part) {
    var values = [];
    if (!isNaN(parseInt(part, 10))) {
        values.push(parseInt(part, 10));
        var range = part.match(/^\d+-(-?\d+)/);
        if (range) {
            values.push(parseInt(range[1], 10));
        }
    }
    return values;
}
var RangeValidator = (function () {
    function RangeValidator() {
    }
    RangeValidator.stepRange = function (parse) {
        var parsed = parse.split(',');
        for (var i = 0; i < parsed.length; i++) {
            var step = parsed[i].split('/')[1];
            assert(step === undefined || !/^0+$/.test(step), 'step value must be greater than 0');
        }
    };
    RangeValidator.secondRange = function (parse) {
        var parsed = parse.split(',');
        for (var i = 0; i < parsed.length; i++) {
            for (var _i = 0, _a = rangeValues(parsed[i]); _i < _a.length; _i++) {
                var second = _a[_i];
                assert(second >= 0 && second <= 59, 'seconds part must be >= 0 and <= 59');
            }
        }
    };
    RangeValidator.minuteRange = function (parse) {
        var parsed = parse.split(',');
        for (var i = 0; i < parsed.length; i++) {
            for (var _i = 0, _a = rangeValues(parsed[i]); _i < _a.length; _i++) {
                var minute = _a[_i];
                assert(minute >= 0 && minute <= 59, 'minutes part must be >= 0 and <= 59');
            }
        }
    };
    RangeValidator.hourRange = function (parse) {
        var parsed = parse.split(',');
        for (var i = 0; i < parsed.length; i++) {
            for (var _i = 0, _a = rangeValues(parsed[i]); _i < _a.length; _i++) {
                var hour = _a[_i];
                assert(hour >= 0 && hour <= 23, 'hours part must be >= 0 and <= 23');
            }
        }
    };
    RangeValidator.dayOfMonthRange = function (parse) {
        var parsed = parse.split(',');
        for (var i = 0; i < parsed.length; i++) {
            for (var _i = 0, _a = rangeValues(parsed[i]); _i < _a.length; _i++) {
                var dayOfMonth = _a[_i];
                assert(dayOfMonth >= 1 && dayOfMonth <= 31, 'DOM part must be >= 1 and <= 31');
            }
        }
    };
    RangeValidator.monthRange = function (parse, monthStartIndexZero) {
        var parsed = parse.split(',');
        for (var i = 0; i < parsed.length; i++) {
            for (var _i = 0, _a = rangeValues(parsed[i]); _i < _a.length; _i++) {
                var month = _a[_i];
                assert(month >= 1 && month <= 12, monthStartIndexZero ? 'month part must be >= 0 and <= 11' : 'month part must be >= 1 and <= 12');
            }
        }
    };
    RangeValidator.dayOfWeekRange = function (parse, dayOfWeekStartIndexZero) {
        var parsed = parse.split(',');
        for (var i = 0; i < parsed.length; i++) {
            if (parsed[i].indexOf('#') > -1) {
                var nthString = parsed[i].substring(parsed[i].indexOf('#') + 1);
                assert(/^[1-5]$/.test(nthString), 'DOW nth weekday must be >= 1 and <= 5');
            }
            for (var _i = 0, _a = rangeValues(parsed[i]); _i < _a.length; _i++) {
                var dayOfWeek = _a[_i];
                assert(dayOfWeek >= 0 && dayOfWeek <= 6, dayOfWeekStartIndexZero ? 'DOW part must be >= 0 and <= 6' : 'DOW part must be >= 1 and <= 7');
            }
        }
    };
    return RangeValidator;
}());
exports["default"] = RangeValidator;


/***/ },

/***/ 1823
(__unused_webpack_module, exports) {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StringUtilities = void 0;
var StringUtilities = (function () {
    function StringUtilities() {
    }
    StringUtilities.format = function (template) {
        var values = [];
        for (var _i = 1; _i < arguments.length; _i++) {
            values[_i - 1] = arguments[_i];
        }
        return template.replace(/%s/g, function (substring) {
            var args = [];
            for (var _i = 1; _i < arguments.length; _i++) {
                args[_i - 1] = arguments[_i];
            }
            return values.shift();
        });
    };
    StringUtilities.containsAny = function (text, searchStrings) {
        return searchStrings.some(function (c) {
            return text.indexOf(c) > -1;
        });
    };
    return StringUtilities;
}());
exports.StringUtilities = StringUtilities;


/***/ }

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nested_webpack_require_53630__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nested_webpack_require_53630__);
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
var __nested_webpack_exports__ = {};
// This entry needs to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __nested_webpack_exports__;

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toString = void 0;
var expressionDescriptor_1 = __nested_webpack_require_53630__(8333);
var enLocaleLoader_1 = __nested_webpack_require_53630__(3747);
expressionDescriptor_1.ExpressionDescriptor.initialize(new enLocaleLoader_1.enLocaleLoader());
exports["default"] = expressionDescriptor_1.ExpressionDescriptor;
var cronstrue_toString = expressionDescriptor_1.ExpressionDescriptor.toString;
exports.toString = cronstrue_toString;

})();

/******/ 	return __nested_webpack_exports__;
/******/ })()
;
});

/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3406);

const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text)
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3406:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/adapters/local/file-system.ts


/** A repository checked out on disk: the local adapter used by the CLI. */
class FileSystemRepository {
    root;
    constructor(root) {
        this.root = root;
    }
    pathOf(path) {
        const full = (0,external_node_path_namespaceObject.resolve)(this.root, path);
        if (!full.startsWith((0,external_node_path_namespaceObject.resolve)(this.root) + external_node_path_namespaceObject.sep))
            throw new Error(`${path} is outside ${this.root}`);
        return full;
    }
    /** The file's text, or undefined when it does not exist. */
    async readText(path) {
        try {
            return await (0,promises_namespaceObject.readFile)(this.pathOf(path), 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    /** Writes through a temporary file and a rename, so a reader never sees half a file. */
    async writeText(path, text) {
        const full = this.pathOf(path);
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(full), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(`${full}.orchestrator-tmp`, text, 'utf8');
        await (0,promises_namespaceObject.rename)(`${full}.orchestrator-tmp`, full);
    }
}

;// CONCATENATED MODULE: ./src/core/errors.ts
/**
 * The project's own error classes. Every message names the thing that is wrong and the fix, so a user can act on it
 * without reading the code.
 */
/** Reads a message out of anything a `catch` can receive. */
function errorMessage(error) {
    // Not `instanceof Error`: errors thrown by Node's own modules can come from another realm (jest's VM contexts).
    if (typeof error === 'object' && error !== null && typeof error.message === 'string') {
        return error.message;
    }
    return String(error);
}
/** One or more problems found while validating user input (inputs, flags, config, crons, workflow files). */
class errors_ValidationError extends Error {
    problems;
    constructor(problems, heading = 'Invalid input') {
        super(problems.length === 1
            ? `${heading}: ${problems[0]}`
            : `${heading}:\n${problems.map(p => `  - ${p}`).join('\n')}`);
        this.name = 'ValidationError';
        this.problems = problems;
    }
}
/** A workflow file that cannot be managed: not YAML, no `on.schedule`, or a schedule GitHub itself would reject. */
class WorkflowFileError extends Error {
    file;
    constructor(file, message) {
        super(`${file}: ${message}`);
        this.name = 'WorkflowFileError';
        this.file = file;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/node_modules/cronstrue/dist/cronstrue.js
var dist_cronstrue = __nccwpck_require__(9044);
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/model/converter/cron-constants.js
// Constants for parsing and validating cron expressions
const MONTHS = {
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    may: 5,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    oct: 10,
    nov: 11,
    dec: 12
};
const DAYS = {
    sun: 0,
    mon: 1,
    tue: 2,
    wed: 3,
    thu: 4,
    fri: 5,
    sat: 6
};
const MINUTE_RANGE = { min: 0, max: 59 };
const HOUR_RANGE = { min: 0, max: 23 };
const DOM_RANGE = { min: 1, max: 31 };
const MONTH_RANGE = { min: 1, max: 12, names: MONTHS };
const DOW_RANGE = { min: 0, max: 6, names: DAYS };
//# sourceMappingURL=cron-constants.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/workflow-parser/dist/model/converter/cron.js


/**
 * Checks if a cron expression specifies an interval shorter than 5 minutes.
 * GitHub Actions schedules run at most every 5 minutes, so intervals < 5 min won't work as expected.
 */
function hasCronIntervalLessThan5Minutes(cron) {
    if (!isValidCron(cron)) {
        return false;
    }
    const parts = cron.split(/ +/);
    const minutePart = parts[0];
    // Parse the minute field to determine the effective interval
    return getMinuteInterval(minutePart) < 5;
}
/**
 * Gets the minimum interval in minutes between cron executions based on the minute field.
 * Returns 60 if there's only one execution per hour, otherwise returns the minimum gap.
 */
function getMinuteInterval(minutePart) {
    // Handle step expressions like */1, */3, 0-59/2
    if (minutePart.includes("/")) {
        const [, step] = minutePart.split("/");
        const stepNum = parseInt(step, 10);
        if (!isNaN(stepNum) && stepNum > 0) {
            return stepNum;
        }
    }
    // Handle comma-separated values like 0,2,4 or 0,1,5,10
    if (minutePart.includes(",")) {
        const values = minutePart
            .split(",")
            .map(v => parseInt(v, 10))
            .filter(n => !isNaN(n))
            .sort((a, b) => a - b);
        if (values.length >= 2) {
            let minGap = 60;
            for (let i = 1; i < values.length; i++) {
                const gap = values[i] - values[i - 1];
                if (gap < minGap) {
                    minGap = gap;
                }
            }
            // Check wrap-around gap from last minute to first minute of next hour
            const wrapGap = values[0] + 60 - values[values.length - 1];
            if (wrapGap < minGap) {
                minGap = wrapGap;
            }
            return minGap;
        }
    }
    // Handle range expressions like 0-4 (runs every minute from 0-4)
    if (minutePart.includes("-") && !minutePart.includes("/")) {
        const [start, end] = minutePart.split("-").map(v => parseInt(v, 10));
        if (!isNaN(start) && !isNaN(end) && end > start) {
            // A range without step means every minute in that range
            return 1;
        }
    }
    // * means every minute
    if (minutePart === "*") {
        return 1;
    }
    // Single value or unrecognized pattern - assume hourly (60 min interval)
    return 60;
}
function isValidCron(cron) {
    // https://docs.github.com/en/actions/using-workflows/events-that-trigger-workflows#schedule
    const parts = cron.split(/ +/);
    if (parts.length != 5) {
        return false;
    }
    const [minutes, hours, dom, months, dow] = parts;
    return (validateCronPart(minutes, MINUTE_RANGE) &&
        validateCronPart(hours, HOUR_RANGE) &&
        validateCronPart(dom, DOM_RANGE) &&
        validateCronPart(months, MONTH_RANGE) &&
        validateCronPart(dow, DOW_RANGE));
}
function getCronDescription(cronspec) {
    if (!isValidCron(cronspec)) {
        return;
    }
    let desc = "";
    try {
        desc = cronstrue.toString(cronspec, {
            dayOfWeekStartIndexZero: true,
            monthStartIndexZero: false,
            use24HourTimeFormat: true,
            // cronstrue sets the description as the error if throwExceptionOnParseError is false
            // so we need to distinguish between an error and a valid description
            throwExceptionOnParseError: true
        });
    }
    catch (err) {
        return;
    }
    // Make first character lowercase
    return "Runs " + desc.charAt(0).toLowerCase() + desc.slice(1);
}
function validateCronPart(value, range, allowSeparators = true) {
    if (range.names && range.names[value.toLowerCase()] !== undefined) {
        return true;
    }
    if (value === "*") {
        return true;
    }
    // Operator precedence: , > / > -
    if (value.includes(",")) {
        if (!allowSeparators) {
            return false;
        }
        return value.split(",").every(v => v && validateCronPart(v, range));
    }
    if (value.includes("/")) {
        if (!allowSeparators) {
            return false;
        }
        const [start, step, ...rest] = value.split("/");
        const stepNumber = +step;
        if (rest.length > 0 || isNaN(stepNumber) || stepNumber <= 0 || !start || !step) {
            return false;
        }
        // Separators are only allowed in the part before the `/`, e.g. `1-5/2`
        return validateCronPart(start, range) && validateCronPart(step, range, false);
    }
    if (value.includes("-")) {
        if (!allowSeparators) {
            return false;
        }
        const [start, end, ...rest] = value.split("-");
        if (rest.length > 0 || !start || !end) {
            return false;
        }
        // Convert name to integers so we can make sure end >= start
        const startNumber = convertToNumber(start, range.names);
        const endNumber = convertToNumber(end, range.names);
        return validateCronPart(start, range, false) && validateCronPart(end, range, false) && endNumber >= startNumber;
    }
    const number = +value;
    return !isNaN(number) && number >= range.min && number <= range.max;
}
// Converts a string integer or a short name to a number
function convertToNumber(value, names) {
    if (names && names[value.toLowerCase()] !== undefined) {
        return +names[value.toLowerCase()];
    }
    else {
        return +value;
    }
}
//# sourceMappingURL=cron.js.map
// EXTERNAL MODULE: ./node_modules/cronstrue/dist/cronstrue.js
var cronstrue_dist_cronstrue = __nccwpck_require__(2507);
;// CONCATENATED MODULE: ./src/core/cron/bounded-cache.ts
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

;// CONCATENATED MODULE: ./src/core/cron/time-zone.ts
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
    return remember(resolvedZones, timezone, resolved, 1_000);
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
    return remember(offsetFormatters, timezone, formatter, 500);
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

;// CONCATENATED MODULE: ./src/core/cron/cron.ts
/**
 * GitHub's cron dialect: checking a cron the way GitHub does (with messages a person can act on)
 * and putting it into English words. When a cron fires is in cron-occurrences.ts.
 *
 * Validation is our own parser, kept a subset of GitHub's grammar (`isValidCron` from
 * @actions/workflow-parser is the safety net). The parsed fields it produces are also what the
 * occurrence code computes firing times from.
 */




const FIELD_LIST = '(minute hour day-of-month month day-of-week)';
const cron_MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
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
        names: namesFrom(cron_MONTHS, 1),
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
    return { ok: true, cron: assemble(texts, values), github: isValidCron(expr) };
}
const parsedCrons = new Map();
/** A cron read by our grammar; memoised, as validation and the occurrences ask about a few crons. */
function parseCron(expr) {
    return parsedCrons.get(expr) ?? remember(parsedCrons, expr, parseUncached(expr), 2_000);
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
    const zone = entry.timezone === undefined ? undefined : timezoneProblem(entry.timezone);
    return zone === undefined ? problems : [...problems, zone];
}
/** English words for an entry, e.g. "At 08:00" / "Every 2 hours", with " (America/New_York)" appended when it has a timezone. */
function cron_describeEntry(entry) {
    const zone = entry.timezone === undefined ? '' : ` (${entry.timezone})`;
    if (!parseCron(entry.cron).ok)
        return `invalid cron '${entry.cron}'${zone}`;
    try {
        const words = cronstrue.toString(entry.cron.replace(/ +/g, ' '), {
            use24HourTimeFormat: true,
            verbose: false
        });
        return `${words}${zone}`;
    }
    catch {
        return `cron '${entry.cron}'${zone}`;
    }
}

;// CONCATENATED MODULE: ./src/core/cron/stagger.ts
/**
 * Jenkins' `H` in config crons (DESIGN §13): `H H * * 1`, `H(0-29) 8 * * *`, `H/15 * * * *`. A stable
 * hash of the workflow id ranks every value a field may take (rendezvous hashing, so a workflow keeps its value when
 * others come and go); minutes also avoid 0 and the minutes other managed workflows use, where the ranges allow. What
 * leaves here is plain numbers, the same for the same config on every run: the files never churn.
 */


const stagger_FIELDS = [
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
    if (field === stagger_FIELDS[MINUTE] && every < SHORTEST_GAP && every <= width)
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
        const field = stagger_FIELDS[index++];
        return field && text.split(',').some(isHItem) ? replace(text, field) : text;
    });
}
/** Problems with a cron that may use `H`: each bad `H` form explained, then the other fields checked as GitHub would. */
function staggerProblems(cron) {
    if (!usesH(cron))
        return cronProblems(cron);
    const problems = [];
    const plain = withHReplaced(cron, (text, field) => {
        const form = readH(text, field);
        if (typeof form === 'string')
            problems.push(form);
        return String(typeof form === 'string' ? field.min : form.from);
    });
    return [...problems, ...cronProblems(plain)];
}
/** Problems of a config entry: its cron (`H` allowed) and, if present, its timezone. */
function staggerEntryProblems(entry) {
    if (!usesH(entry.cron))
        return entryProblems(entry);
    const zone = entry.timezone === undefined ? undefined : timezoneProblem(entry.timezone);
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
        const index = stagger_FIELDS.indexOf(field);
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
/** The minutes the plain crons of every workflow use: an `H` minute steers clear of them too. */
function plainMinutes(workflows) {
    const taken = new Map();
    for (const w of workflows) {
        for (const entry of Object.values(w.schedules).flat()) {
            const parsed = usesH(entry.cron) ? undefined : parseCron(entry.cron);
            if (parsed?.ok)
                take(taken, parsed.cron.minutes, w.id);
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
    const parsed = parseCron(expr);
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

;// CONCATENATED MODULE: ./src/core/schedule/schedule.ts


/** The three scheduling modes, least to most productive is conservative → normal → aggressive. */
const MODES = ['aggressive', 'normal', 'conservative'];
/** Tells whether a string is one of the three modes. */
function isMode(value) {
    return MODES.includes(value);
}
/** Whether two entries run at the same times: the same cron by its parsed fields, in the same zone (none is UTC). */
function sameEntry(a, b) {
    return sameCron(a.cron, b.cron) && zoneOf(a) === zoneOf(b);
}
function zoneOf(entry) {
    const zone = entry.timezone ?? 'UTC';
    return resolveZone(zone) ?? zone;
}
/**
 * Whether two schedules run at exactly the same times: the same set of entries by sameEntry, whatever their order or
 * spelling (`0 0 * * *` and `00 0 * * *`).
 */
function sameSchedule(a, b) {
    const covers = (x, y) => x.every(entry => y.some(other => sameEntry(entry, other)));
    return covers(a, b) && covers(b, a);
}

;// CONCATENATED MODULE: ./src/core/usage/period.ts
/** The quota period: all instants are UTC, every figure is derived from the reset day and the clock passed in. */
const period_DAY_MS = 86_400_000;
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
        days: (end.getTime() - start.getTime()) / period_DAY_MS,
        elapsedDays: (now.getTime() - start.getTime()) / period_DAY_MS,
        remainingDays: (end.getTime() - now.getTime()) / period_DAY_MS
    };
}

;// CONCATENATED MODULE: ./src/core/usage/usage.ts

const DEFAULT_THRESHOLDS = {
    aggressiveBelow: 0.7,
    conservativeAbove: 1.3,
    alertAt: 0.9
};
const WEEK_MS = 7 * period_DAY_MS;
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
        const days = (input.now.getTime() - sample.at.getTime()) / period_DAY_MS;
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
    const period = periodAt(input.now, input.resetDay);
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

;// CONCATENATED MODULE: ./src/core/schedule/config.ts






/** Where the config lives on the base branch unless the `config` input says otherwise. */
const config_DEFAULT_CONFIG_PATH = '.github/orchestrator.yml';
/** How the mode is chosen: the pace thresholds of DESIGN §3, or the target-utilization policy. */
const POLICIES = ['thresholds', 'target'];
/** Tells whether a string names a policy. */
function isPolicy(value) {
    return POLICIES.includes(value);
}
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
    const thresholds = { ...DEFAULT_THRESHOLDS };
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
    problems.push(...unknownKeys(raw, MODES, at));
    for (const mode of MODES) {
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
        const first = entries.findIndex(other => other && entry && sameEntry(other, entry));
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
    problems.push(...unknownKeys(raw, ['path', 'schedules', 'cost-per-run'], at));
    const bad = pathProblem(raw.path);
    if (bad)
        problems.push({ at: [...at, 'path'], message: bad });
    const schedules = readSchedules(raw.schedules, [...at, 'schedules'], problems);
    const cost = readCost(raw['cost-per-run'], [...at, 'cost-per-run'], problems);
    if (bad)
        return undefined;
    const workflow = { id, path: raw.path, schedules };
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
    if (typeof name === 'string' && isPolicy(name))
        policy = name;
    else if (name !== undefined)
        problems.push({
            at: ['policy'],
            message: `must be one of ${POLICIES.join(', ')}, got ${JSON.stringify(name)}`
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
        thresholds: { ...DEFAULT_THRESHOLDS },
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
    problems.push(...unknownKeys(raw, ['thresholds', 'workflows', 'policy', 'target', 'stagger'], []));
    const stagger = readStagger(raw.stagger, problems);
    const read = {
        thresholds: readThresholds(raw.thresholds, problems),
        // After every workflow is read: H picks minutes no other managed workflow uses.
        workflows: expandStagger(readWorkflows(raw.workflows, problems), { stagger }),
        ...readPolicy(raw, problems),
        ...(stagger ? { stagger } : {})
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

;// CONCATENATED MODULE: ./src/core/cron/occurrences.ts
/**
 * When schedule entries fire: counting and listing the instants in a span of time.
 *
 * Firing times are computed from the parsed fields (parseCron) rather than by cron-parser:
 * cron-parser costs ~60 µs per occurrence (seconds for a year of a five-minute cron in a zone),
 * misreads 'JAN/3' and 'MON/2', and moves a skipped 2:30 to 3:30 where GitHub documents 3:00.
 * Outside clock changes the two agree exactly (the tests check).
 */



const occurrences_MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const occurrences_DAY_MS = 86_400_000;
/**
 * An entry GitHub would reject (bad grammar or time zone) never fires. A cron that runs more often
 * than every 5 minutes is still counted at face value: an upper bound on what GitHub starts.
 */
function compile(entry) {
    const parsed = parseCron(entry.cron);
    if (!parsed.ok || !parsed.github)
        return undefined;
    if (entry.timezone === undefined)
        return { cron: parsed.cron, timezone: null };
    if (timezoneProblem(entry.timezone) !== undefined)
        return undefined;
    const utc = resolveZone(entry.timezone) === 'UTC';
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
    const midnight = day * occurrences_DAY_MS;
    const date = new Date(midnight);
    if (!cron.months.includes(date.getUTCMonth() + 1))
        return [];
    if (!matchesDay(cron, date.getUTCDate(), date.getUTCDay()))
        return [];
    const walls = [];
    for (const hour of cron.hours) {
        for (const minute of cron.minutes)
            walls.push(midnight + hour * HOUR_MS + minute * occurrences_MINUTE_MS);
    }
    return walls;
}
/** The instants (ms, ascending, each once) an entry fires on one calendar day of its zone. */
function localDayTimes(entry, day) {
    const walls = wallTimes(entry.cron, day);
    if (walls.length === 0)
        return walls;
    // Bracket the day with instants before its first and after its last possible moment in any zone.
    const before = offsetAt(entry.timezone, day * occurrences_DAY_MS - 14 * HOUR_MS);
    const after = offsetAt(entry.timezone, (day + 1) * occurrences_DAY_MS + 12 * HOUR_MS);
    if (before === after)
        return walls.map(wall => wall - before);
    const instants = walls.map(wall => instantOfWall(entry.timezone, wall, before, after));
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
    return remember(dayTimesCache, key, localDayTimes(entry, day), 20_000);
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
    const lastDay = Math.floor((stop + 14 * HOUR_MS) / occurrences_DAY_MS);
    for (let day = Math.floor((start - 12 * HOUR_MS) / occurrences_DAY_MS); day <= lastDay; day++) {
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
    return runsBetween(entries, from, new Date(from.getTime() + 30 * occurrences_DAY_MS));
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

;// CONCATENATED MODULE: ./src/core/schedule/source-text.ts
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
    for (const token of new dist/* Parser */.iX().parse(text))
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

;// CONCATENATED MODULE: ./src/core/schedule/workflow-schedule.ts
/**
 * Finding a workflow's `on.schedule` in its parsed YAML: the sequence, each entry's nodes and their source ranges. The
 * editor splices text at these ranges; nothing here writes.
 */


const REMOVE_HINT = 'add a schedule trigger or remove this workflow from the orchestrator config';
/** Parses a workflow and finds its schedule; throws WorkflowFileError naming the file when it cannot. */
function workflow_schedule_inspect(text, file) {
    const { key, seq } = findScheduleSequence(findOn(parseWorkflow(text, file), file), file);
    const items = seq.items.map((item, i) => readItem(item, i, file));
    return { entries: items.map(item => item.entry), key, seq, items };
}
/** A node's source range; every node of a parsed text has one. */
function workflow_schedule_rangeOf(node) {
    if (!node.range)
        throw new Error('yaml node without a source range');
    return node.range;
}
/** Where a block collection's last value ends (comment lines below it and the next key's indentation excluded). */
function contentEnd(node) {
    if (((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) && !node.flow) {
        const last = node.items.at(-1);
        if ((0,dist/* isPair */.tO)(last))
            return contentEnd(last.value) ?? contentEnd(last.key);
        return contentEnd(last);
    }
    return (0,dist/* isNode */.Ll)(node) ? node.range?.[1] : undefined;
}
/** The end of a sequence's own lines: a block sequence's range, stretched over the comment lines under its entries. */
function workflow_schedule_sequenceEnd(text, seq) {
    const [start, valueEnd] = workflow_schedule_rangeOf(seq);
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
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const [error] = doc.errors;
    if (error) {
        const at = error.linePos?.[0];
        const where = at ? ` (line ${at.line}, column ${at.col})` : '';
        const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
        throw new WorkflowFileError(file, `not valid YAML${where}: ${reason}`);
    }
    return doc;
}
function findOn(doc, file) {
    const root = doc.contents;
    // Only the string `on`: a `true:` key (what YAML 1.1 writers make of a bare `on`) is not a trigger to GitHub's parser.
    const pair = (0,dist/* isMap */.jh)(root)
        ? root.items.find(p => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'on')
        : undefined;
    if (!pair)
        throw new WorkflowFileError(file, `no "on" key, so no on.schedule — ${REMOVE_HINT}`);
    return pair.value;
}
function findScheduleSequence(on, file) {
    if ((0,dist/* isScalar */.jn)(on) && on.value === 'schedule')
        throw noCrons(file, 'on: schedule');
    if ((0,dist/* isSeq */.oP)(on) && on.items.some(item => (0,dist/* isScalar */.jn)(item) && item.value === 'schedule')) {
        throw noCrons(file, 'on: [..., schedule]');
    }
    const pair = (0,dist/* isMap */.jh)(on)
        ? on.items.find(p => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'schedule')
        : undefined;
    if (!pair)
        throw new WorkflowFileError(file, `no on.schedule — ${REMOVE_HINT}`);
    const seq = pair.value;
    if ((0,dist/* isSeq */.oP)(seq) && seq.items.length > 0)
        return { key: pair.key, seq };
    if ((0,dist/* isSeq */.oP)(seq) || ((0,dist/* isScalar */.jn)(seq) && seq.value === null)) {
        throw new WorkflowFileError(file, `on.schedule is empty — add a "- cron: ..." entry or ${REMOVE_HINT}`);
    }
    throw new WorkflowFileError(file, 'on.schedule is not a list of "- cron: ..." entries written out in place (aliases are not followed) — rewrite it as a list');
}
function noCrons(file, spelling) {
    return new WorkflowFileError(file, `${spelling} names the schedule trigger without any crons — write it as a map with on.schedule: [{cron: ...}]`);
}
function readItem(item, index, file) {
    const field = (key) => ((0,dist/* isMap */.jh)(item) ? item.get(key, true) : undefined);
    const cron = field('cron');
    if (!(0,dist/* isMap */.jh)(item) || !(0,dist/* isScalar */.jn)(cron) || typeof cron.value !== 'string') {
        throw new WorkflowFileError(file, `on.schedule entry ${index + 1} has no string cron — write it as "- cron: '...'"`);
    }
    const timezone = field('timezone');
    if (timezone === undefined)
        return { entry: { cron: cron.value }, map: item, cron };
    if (!(0,dist/* isScalar */.jn)(timezone) || typeof timezone.value !== 'string') {
        throw new WorkflowFileError(file, `on.schedule entry ${index + 1} has a timezone that is not a string`);
    }
    return { entry: { cron: cron.value, timezone: timezone.value }, map: item, cron, timezone };
}

;// CONCATENATED MODULE: ./src/core/schedule/schedule-splices.ts
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
    const start = workflow_schedule_rangeOf(seq)[0];
    const indent = indentBefore(text, start);
    const mapStart = workflow_schedule_rangeOf(first.map)[0];
    const keyIndent = first.map.flow ? `${indent}  ` : indentBefore(text, mapStart);
    return {
        flow: Boolean(seq.flow),
        eol: lineEnding(text, start),
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
    const [start, end] = workflow_schedule_rangeOf(node);
    // A block scalar owns its line ends; a quoted scalar stands in for it on one line.
    if (node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED) {
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
        const end = workflow_schedule_rangeOf(((0,dist/* isScalar */.jn)(last.value) ? last.value : last.key))[1];
        return { start: end, end, text: `, timezone: ${formatScalar(zone, style.zone, true)}` };
    }
    const at = afterLine(text, contentEnd(item.map) ?? workflow_schedule_rangeOf(item.map)[1]);
    const keys = indentBefore(text, workflow_schedule_rangeOf(item.map)[0]);
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
        const end = workflow_schedule_rangeOf(last)[1];
        return { start: end, end, text: added.map(entry => `, ${flowItem(entry, style)}`).join('') };
    }
    const at = afterLine(text, contentEnd(last) ?? workflow_schedule_rangeOf(last)[1]);
    return { start: at, end: at, text: added.map(entry => blockItem(entry, style)).join('') };
}
/** Removes each dropped entry's own lines; its comments stay, each on a line of its own. */
function dropBlock(text, located, keep, facts, eol) {
    return located.items.slice(keep).map((item, k) => {
        // The dash is on the line where the entry's map starts, unless it stands alone on the line above.
        const dash = facts.dashes[keep + k] ?? workflow_schedule_rangeOf(item.map)[0];
        const start = lineStart(text, dash);
        const end = afterLine(text, contentEnd(item.map) ?? workflow_schedule_rangeOf(item.map)[1]);
        const indent = indentBefore(text, dash);
        let replacement = '';
        const moved = [];
        for (const comment of facts.comments.filter(c => c.offset >= start && c.offset < end)) {
            const own = startsLine(text, comment.offset);
            const before = own ? text.slice(lineStart(text, comment.offset), comment.offset) : indent;
            moved.push({ from: comment.offset, at: replacement.length + before.length });
            const line = own
                ? text.slice(lineStart(text, comment.offset), lineEnd(text, comment.offset))
                : indent + comment.text;
            replacement += line + eol;
        }
        return { start, end, text: replacement, moved };
    });
}
/** Removes the dropped entries of a flow sequence with their commas, leaving any comment between them. */
function dropFlow(text, located, keep, facts) {
    const ends = located.items.map(item => workflow_schedule_rangeOf(item.map)[1]);
    const from = ends[keep - 1];
    const to = ends[ends.length - 1];
    if (!facts.comments.some(c => c.offset > from && c.offset < to))
        return [{ start: from, end: to, text: '' }];
    return located.items.slice(keep).flatMap((item, k) => {
        const comma = text.indexOf(',', ends[keep + k - 1]);
        const [start, end] = workflow_schedule_rangeOf(item.map);
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
    if (style === dist/* Scalar */.X5.QUOTE_DOUBLE || /[\p{Cc}]/u.test(value))
        return JSON.stringify(value);
    if (style === dist/* Scalar */.X5.PLAIN && isSafePlain(value, flow))
        return value;
    return `'${value.replaceAll("'", "''")}'`;
}
function isSafePlain(value, flow) {
    // Leading indicators (`*` is an alias, `&` an anchor, `#` a comment…), `: ` and ` #` change what YAML reads.
    if (value === '' || /^[\s!"#%&'*,:>?@[\]`{|}-]|[\s:]$|: | #/.test(value))
        return false;
    if (flow && /[,[\]{}]/.test(value))
        return false;
    const doc = (0,dist/* parseDocument */.Tp)(value);
    return doc.errors.length === 0 && doc.toJS() === value;
}

;// CONCATENATED MODULE: ./src/core/schedule/stale-comments.ts
/**
 * Comments that may no longer describe their cron once a schedule is edited: the comments of each entry whose times
 * changed (on its lines, or on the comment lines just above it), and those on and just above the `schedule:` key.
 */



/** The comments of the edited schedule that may no longer describe their cron, in line order of the new text. */
function staleComments(edit) {
    const { text, located, wanted, facts } = edit;
    const offsets = new Set(facts.comments.map(c => c.offset));
    const keyLine = lineStart(text, workflow_schedule_rangeOf(located.key)[0]);
    const stale = [...onLine(facts.comments, text, keyLine), ...above(text, keyLine, offsets)];
    located.items.forEach((item, i) => {
        const now = wanted[i];
        if (now !== undefined && sameEntry(item.entry, now))
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
        return [{ line: lineNumber(edit.result, moved), text: byOffset.get(offset) ?? '' }];
    });
}
/** The lines an entry's text spans, from the start of its first to the end of its last. */
function entrySpan(edit, index) {
    const { text, located, facts } = edit;
    const map = located.items[index].map;
    const [start, end] = workflow_schedule_rangeOf(map);
    if (located.seq.flow)
        return [lineStart(text, start), lineEnd(text, end)];
    const dash = facts.dashes[index] ?? start;
    return [lineStart(text, dash), afterLine(text, contentEnd(map) ?? end)];
}
function onLine(comments, text, line) {
    const end = lineEnd(text, line);
    return comments.filter(c => c.offset >= line && c.offset < end).map(c => c.offset);
}
/** The comment-only lines right above the line starting at `line`, up to a blank or any other line. */
function above(text, line, comments) {
    const found = [];
    for (let end = line; end > 0;) {
        const start = lineStart(text, end - 1);
        const hash = text.indexOf('#', start);
        if (hash === -1 || hash >= end || !startsLine(text, hash) || !comments.has(hash))
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
    return workflow_schedule_inspect(text, file).entries;
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
        throw new WorkflowFileError(file, 'refusing to write an empty on.schedule — pass at least one cron');
    }
    const located = workflow_schedule_inspect(text, file);
    // An entry keeps a timezone it already has unless `next` names one.
    const wanted = next.map((entry, i) => withTimezone(entry.cron, entry.timezone ?? located.entries[i]?.timezone));
    if (sameSchedule(located.entries, wanted))
        return { text, staleComments: [] };
    // Every edited line ends with a line break; a file without a final one gets it back off after the edit.
    const eol = lineEnding(text, 0);
    const open = text.endsWith('\n') ? text : text + eol;
    const facts = scanSource(open, workflow_schedule_rangeOf(located.seq)[0]);
    const splices = scheduleSplices(open, located, wanted, facts);
    const edited = applySplices(open, splices);
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

;// CONCATENATED MODULE: ./src/core/schedule/plan.ts





function currentSchedule(workflow, text) {
    if (text === undefined) {
        throw new Error(`${workflow.path}: file not found (managed as '${workflow.id}') — create it or fix its path in the config`);
    }
    const entries = readSchedule(text, workflow.path);
    const bad = entries.flatMap(e => entryProblems(e).map(p => `${workflow.path}: current cron '${e.cron}' — ${p}`));
    if (bad.length > 0)
        throw new errors_ValidationError(bad);
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
        try {
            current.set(workflow.id, { text: text, from: currentSchedule(workflow, text) });
        }
        catch (error) {
            if (error instanceof errors_ValidationError)
                problems.push(...error.problems);
            else
                problems.push(errorMessage(error));
        }
    }
    if (problems.length > 0 || configProblems.length > 0) {
        throw new errors_ValidationError([...configProblems, ...problems], problemsHeading(configProblems, problems));
    }
    return current;
}
function problemsHeading(config, workflows) {
    if (workflows.length === 0)
        return CONFIG_PROBLEMS;
    return config.length === 0
        ? 'Invalid managed workflows'
        : `${CONFIG_PROBLEMS} and managed workflows`;
}
function planWorkflow(workflow, file, mode, now) {
    const to = workflow.schedules[mode];
    const edit = scheduleEdit(file.text, workflow.path, to);
    return {
        id: workflow.id,
        path: workflow.path,
        from: file.from,
        to,
        changed: edit.text !== file.text,
        runsBefore: runsPer30Days(file.from, now),
        runsAfter: runsPer30Days(to, now),
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
function plan_changedWorkflows(plan) {
    return plan.workflows.filter(w => w.changed);
}

;// CONCATENATED MODULE: ./src/core/usage/billing-sum.ts
/**
 * The period's usage from billing report answers (DESIGN §10): the sum of the gross quantity of the items that count
 * toward the source, the cached days added, and the finished days to cache for the next run.
 */



const billing_sum_isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * The cached days of a state's `billing` section when it is for this source and account; anything else (another
 * source or account, a malformed section) is no cache: the days are read again.
 */
function cachedDays(section, who) {
    if (!billing_sum_isRecord(section) || section.source !== who.source || section.account !== who.account)
        return {};
    return billing_sum_isRecord(section.days) ? validDays(section.days) : {};
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
        end = Date.parse(`${date}T00:00:00Z`) + DAY_MS;
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
    return query.day === undefined || item.date.length !== 10 || Number(item.date.slice(8)) === query.day;
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
        const counted = answered.filter(i => countsToward(source, i) && inRead(i, query, startDay));
        const sum = counted.reduce((total, i) => total + i.quantity, 0);
        used += sum;
        items += counted.length;
        for (const i of counted)
            if (i.quantity > 0)
                itemAt = later(itemAt, itemEnd(i.date, now));
        if (query.day !== undefined && isSettled(dayText(query), now))
            days[dayText(query)] = rounded(sum);
    }
    return { used: rounded(used), itemAt, items, days };
}
/** What is wrong with a state file's `billing` section (absent is fine); `name` says where it is. */
function billingCacheProblems(section, name) {
    if (section === undefined)
        return [];
    const where = `${name}: billing`;
    if (!billing_sum_isRecord(section))
        return [`${where} must be an object {"source", "account", "days": {"YYYY-MM-DD": <number>}}`];
    const problems = [];
    if (typeof section.source !== 'string')
        problems.push(`${where}.source must be a string`);
    if (typeof section.account !== 'string')
        problems.push(`${where}.account must be a string`);
    if (!billing_sum_isRecord(section.days))
        problems.push(`${where}.days must be an object of day → quantity`);
    else if (Object.keys(validDays(section.days)).length !== Object.keys(section.days).length)
        problems.push(`${where}.days must map YYYY-MM-DD days to numbers ≥ 0`);
    return problems;
}

;// CONCATENATED MODULE: ./src/core/state/state.ts


const CHANGE_STATUSES = ['proposed', 'in-force', 'abandoned'];
/** A state with nothing in it. */
function state_emptyState() {
    return { version: 2, samples: [], changes: [] };
}
function state_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function sampleProblems(samples, name) {
    return samples.flatMap((s, i) => {
        const where = `${name}: samples[${i}]`;
        if (!state_isRecord(s))
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
        if (!state_isRecord(c))
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
        throw new errors_ValidationError([`${name} is not valid JSON (${error.message})`], 'Invalid state file');
    }
    if (!state_isRecord(data))
        throw new errors_ValidationError([`${name} must hold a JSON object`], 'Invalid state file');
    return data;
}
/**
 * Parses and checks a state file's text; `name` (a path or branch:path) is used in messages. A version-1 file is
 * migrated on read (its changes in force from their `at`) and written back as version 2.
 */
function state_parseState(text, name) {
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
    problems.push(...billingCacheProblems(data.billing, name));
    if (problems.length > 0)
        throw new errors_ValidationError(problems, 'Invalid state file');
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
function state_recordInState(state, additions) {
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
function state_mergeStates(newer, ours, base) {
    const known = new Set([...base.samples, ...base.changes].map(key));
    return state_recordInState({ ...newer }, {
        samples: ours.samples
            .filter(s => !known.has(key(s)))
            .map(s => ({ at: new Date(s.at), used: s.used })),
        changes: ours.changes.filter(c => !known.has(key(c))),
        // The billing cache this run read replaces the newer one only when this run changed it.
        ...(ours.billing && key(ours.billing) !== key(base.billing ?? {}) ? { billing: ours.billing } : {})
    });
}
/** The state as written to its file: stable two-space JSON with a final newline. */
function state_serializeState(state) {
    return `${JSON.stringify(state, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/core/forecast/least-squares.ts
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

;// CONCATENATED MODULE: ./src/core/state/schedule-changes.ts
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
function schedule_changes_reconcileChanges(changes, run) {
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

;// CONCATENATED MODULE: ./src/core/schedule/schedule-history.ts



/**
 * The state keeps crons as bare strings; when they are the config's crons for some mode, take the config's entries so
 * that a `timezone` is not lost.
 */
function entriesOf(workflow, crons, mode) {
    const same = (entries) => entries.length === crons.length && entries.every((e, i) => e.cron === crons[i]);
    const preferred = MODES.find(m => m === mode);
    const modes = preferred ? [preferred, ...MODES.filter(m => m !== preferred)] : [...MODES];
    const match = modes.map(m => workflow.schedules[m]).find(same);
    return match ?? crons.map(cron => ({ cron }));
}
/**
 * The schedules a workflow had over time, from the changes recorded in force: each from the time the base branch was
 * seen carrying it. A proposal still waiting, or abandoned, never changed anything. The last span is the schedule in the
 * file now when it is known (it differs only after an edit by hand).
 */
function scheduleHistory(workflow, changes, current) {
    const own = inForceChanges(changes.filter(c => c.workflow === workflow.id));
    const first = own[0];
    if (first === undefined)
        return [{ since: -Infinity, entries: current ?? [] }];
    const spans = [
        { since: -Infinity, entries: entriesOf(workflow, first.from, '') },
        ...own.map(c => ({ since: inForceTime(c), entries: entriesOf(workflow, c.to, c.mode) }))
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
            runs += runsBetween(span.entries, new Date(start), new Date(end));
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

;// CONCATENATED MODULE: ./src/core/forecast/cost-fit.ts
/**
 * The regression behind the cost model: the intervals between readings, their columns, and the optional columns (the
 * merge lag of schedule changes, a weekend background rate) that the model takes only when the data support them.
 */



/** Days of [from, to) that fall on a Saturday or a Sunday, in UTC. */
function weekendDays(from, to) {
    let total = 0;
    for (let t = from.getTime(); t < to.getTime();) {
        const next = Math.min((Math.floor(t / period_DAY_MS) + 1) * period_DAY_MS, to.getTime());
        const weekday = new Date(t).getUTCDay();
        if (weekday === 0 || weekday === 6)
            total += next - t;
        t = next;
    }
    return total / period_DAY_MS;
}
/** One row per pair of consecutive readings; a drop in `used` (a correction) leaves its interval out. */
function intervals(samples, spans) {
    const late = spans.map(s => mergedAtNextReading(s, samples.map(r => r.at.getTime())));
    const rows = [];
    samples.forEach((b, i) => {
        const a = samples[i - 1];
        if (a === undefined || b.at.getTime() <= a.at.getTime() || b.used < a.used)
            return;
        rows.push({
            days: (b.at.getTime() - a.at.getTime()) / period_DAY_MS,
            weekend: weekendDays(a.at, b.at),
            used: b.used - a.used,
            runs: spans.map(s => runsUnder(s, a.at, b.at)),
            late: late.map(s => runsUnder(s, a.at, b.at))
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
    const result = robustLeastSquares(d.x, d.y, d.w);
    return result && { result, layout: d.layout };
}
/** Weekends get a rate of their own once it differs from the weekdays' at 95% (a team that rests on Saturdays). */
function weekendDiffers({ result }) {
    const [p, v] = [result.coefficients.length, result.covariance];
    const difference = result.coefficients[p - 1] - result.coefficients[p - 2];
    const variance = v[p - 1][p - 1] + v[p - 2][p - 2] - 2 * v[p - 1][p - 2];
    return Math.abs(difference) > tQuantile95(result.dof) * Math.sqrt(Math.max(variance, 0));
}
/**
 * The merge lag is taken only when it stands out at three standard errors (more at few degrees of freedom) and lands
 * between merged at once and merged at the next reading: with a few mode changes it can always explain some noise, and
 * a lag that fits noise moves the cost per run with it.
 */
function lagSupported({ result, layout }) {
    const lag = result.coefficients[layout.costs];
    const share = lag / (layout.costs > 0 ? result.coefficients[0] : 1);
    const t = Math.max(3, tQuantile95(result.dof));
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
    const t = tQuantile95(result.dof);
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
    const spans = input.workflows.map(w => scheduleHistory(w, input.changes, input.current.get(w.id)));
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

;// CONCATENATED MODULE: ./src/core/forecast/policy.ts





/** Most productive first: the order in which the target policy tries the modes. */
const BY_PRODUCTIVITY = ['aggressive', 'normal', 'conservative'];
/** used + Σ cost × runs from now to the reset + background × remaining days (weekend days at their own rate). */
function projectMode(mode, input) {
    const days = Math.max(input.end.getTime() - input.now.getTime(), 0) / period_DAY_MS;
    const weekend = weekendDays(input.now, input.end);
    const weekendRate = input.weekendPerDay ?? input.backgroundPerDay;
    let projected = input.used + input.backgroundPerDay * (days - weekend) + weekendRate * weekend;
    const runs = new Map();
    for (const w of input.workflows) {
        runs.set(w.id, runsBetween(w.schedules[mode], input.now, input.end));
        projected += (input.costs.get(w.id) ?? 1) * runs.get(w.id);
    }
    const standardError = input.spread ? projectionError(input.spread, runs, days, weekend) : 0;
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
        allowed: Math.max(plain.allowed, 1 - tQuantile95(dof) * se),
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
        ...(trusted ? { tQuantile: tQuantile95(dof) } : {}),
        projections
    };
    return { mode, reason, projections };
}
/** The mode whose crons every managed workflow has now; undefined when the files match no single mode. */
function modeInForce(workflows, current) {
    return MODES.find(mode => workflows.every(w => {
        const now = current.get(w.id);
        return now !== undefined && sameSchedule(now, w.schedules[mode]);
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
        costs: costsById(costs),
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
    const costs = fitCostModel({
        workflows: input.config.workflows,
        samples: periodSamples(input.history, input.reading, input.usage.period),
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

;// CONCATENATED MODULE: ./src/core/usage/billing-source.ts
/** Where the `used` figure comes from (DESIGN §10 Live usage): the input, or one of GitHub's billing usage reports. */
const USAGE_SOURCES = (/* unused pure expression or super */ null && (['input', 'ai-credits', 'premium-requests', 'actions-minutes']));
/** The report a source reads: premium requests and AI credits have their own; Actions minutes are in the usage report. */
function billingReport(source) {
    return source === 'actions-minutes' ? 'usage' : source;
}
/** Whether an item counts toward a source: every item of its own report, Actions minutes only of the usage report. */
function billing_source_countsToward(source, item) {
    if (source !== 'actions-minutes')
        return true;
    return item.product.trim().toLowerCase() === 'actions' && /^minutes?$/i.test(item.unitType.trim());
}
/** `user:octocat`, `org:octo-org`: how the state and the report name an account. */
function accountText(account) {
    return `${account.kind}:${account.name}`;
}
/** The usage source named by an input or flag; empty is `input`. Adds a problem naming the value otherwise. */
function billing_source_parseUsageSource(raw, name, problems) {
    const text = raw.trim().toLowerCase();
    if (text === '')
        return 'input';
    const found = USAGE_SOURCES.find(s => s === text);
    if (found)
        return found;
    problems.push(`${name} must be one of ${USAGE_SOURCES.join(', ')}, got '${raw}'`);
    return 'input';
}
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** `user:NAME` or `org:NAME`; empty is undefined (the repository owner). Adds a problem naming the value otherwise. */
function billing_source_parseBillingAccount(raw, name, problems) {
    const text = raw.trim();
    if (text === '')
        return undefined;
    const match = /^(user|org|organization):(.+)$/i.exec(text);
    const login = match?.[2]?.trim() ?? '';
    if (!match || !LOGIN.test(login)) {
        problems.push(`${name} must be user:NAME or org:NAME (a GitHub login), or empty for the repository owner, got '${raw}'`);
        return undefined;
    }
    return { kind: match[1].toLowerCase() === 'user' ? 'user' : 'org', name: login };
}

;// CONCATENATED MODULE: ./src/use-cases/assess-usage.ts





/** A state sample older than this is said to be stale in the log and the summary. */
const STALE_SAMPLE_DAYS = 2;
/** `used` as given at now, or the state's latest sample of the current period at its own time. */
function currentReading(input) {
    if (input.usage.used !== undefined)
        return { at: input.now, used: input.usage.used };
    if (input.live)
        return { at: input.now, used: input.live.used };
    const period = periodAt(input.now, input.usage.resetDay);
    const sample = input.state ? latestSample(input.state, period.start, input.now) : undefined;
    if (sample)
        return sample;
    const since = period.start.toISOString().slice(0, 10);
    if (input.usedName === '--used' && !input.state) {
        throw new errors_ValidationError([
            'neither --used nor --history was given — pass --used <usage so far>, or --history <state file> to take its latest sample'
        ]);
    }
    const history = input.usedName === '--used' ? 'the --history file' : 'the state';
    throw new errors_ValidationError([
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
    const history = input.state ? usageSamples(input.state) : [];
    const at = assessUsage({
        quota: input.usage.quota,
        used: reading.used,
        resetDay: input.usage.resetDay,
        now: reading.at,
        history,
        thresholds: input.thresholds,
        forcedMode: input.usage.mode === 'auto' ? undefined : input.usage.mode
    });
    const ageDays = (input.now.getTime() - reading.at.getTime()) / period_DAY_MS;
    const usage = {
        ...at,
        period: periodAt(input.now, input.usage.resetDay),
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
    return { at, ageDays, source: live.source, account: accountText(live.account), ...item };
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
                account: accountText(live.account),
                since: live.since
            }
        ];
    return [];
}

;// CONCATENATED MODULE: ./src/use-cases/plan-schedules.ts






/** Reads the config and lists its problems without throwing for them; a missing file is an error that names it. */
async function readConfigFile(source, path) {
    const text = await source.readText(path);
    if (text === undefined) {
        throw new errors_ValidationError([`${path} not found — add the orchestrator config there, or point the config setting at it`], 'Missing orchestrator config');
    }
    return readConfig(text, path);
}
/** Reads and validates the config; a missing file is an error that names it. */
async function loadConfig(source, path) {
    const { config, problems } = await readConfigFile(source, path);
    if (problems.length > 0)
        throw new errors_ValidationError(problems, CONFIG_PROBLEMS);
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
    return { mode, since: mode === null ? null : inForceSince(changes, baseCrons(current)) };
}
/**
 * The plan of one run, built once: the config and the managed workflows read from `source`, the usage assessed, the
 * mode chosen by the thresholds or, under the target policy, by the cost model learned from the state — from the
 * changes in force only, a proposal the base branch now carries counting as in force from now. Writes nothing.
 */
async function plan_schedules_planSchedules(source, input) {
    // The config's problems and the workflow files' are listed together, in one error.
    const { config, problems } = await readConfigFile(source, input.configPath);
    const current = readCurrentWorkflows(config, await readWorkflowTexts(source, config), problems);
    const changes = settleChanges(input.state?.changes ?? [], baseCrons(current), input.now);
    const assessed = assessUsageNow({ ...input, thresholds: config.thresholds });
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
    const plan = buildPlan({ usage: chosen.usage, config, current, now: input.now });
    return { ...plan, policy: chosen.report, inForce: inForceOf(config, current, changes) };
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/line.js


class LineDiff extends Diff {
    constructor() {
        super(...arguments);
        this.tokenize = tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
    options = generateOptions(options, { ignoreWhitespace: true });
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/patch/create.js

/**
 * Returns true if the filename contains characters that require C-style
 * quoting (as used by Git and GNU diffutils in diff output).
 */
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] < '\x20' || s[i] > '\x7e' || s[i] === '"' || s[i] === '\\') {
            return true;
        }
    }
    return false;
}
/**
 * C-style quotes a filename, encoding special characters as escape sequences
 * and non-ASCII bytes as octal escapes. This is the inverse of
 * `parseQuotedFileName` in parse.ts.
 *
 * Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
 * This matches the behaviour of both Git and GNU diffutils, which always emit
 * UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
 * Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
 *
 * If the filename doesn't need quoting, returns it as-is.
 */
function quoteFileNameIfNeeded(s) {
    if (!needsQuoting(s)) {
        return s;
    }
    let result = '"';
    const bytes = new TextEncoder().encode(s);
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        // See https://en.wikipedia.org/wiki/Escape_sequences_in_C#Escape_sequences
        if (b === 0x07) {
            result += '\\a';
        }
        else if (b === 0x08) {
            result += '\\b';
        }
        else if (b === 0x09) {
            result += '\\t';
        }
        else if (b === 0x0a) {
            result += '\\n';
        }
        else if (b === 0x0b) {
            result += '\\v';
        }
        else if (b === 0x0c) {
            result += '\\f';
        }
        else if (b === 0x0d) {
            result += '\\r';
        }
        else if (b === 0x22) {
            result += '\\"';
        }
        else if (b === 0x5c) {
            result += '\\\\';
        }
        else if (b >= 0x20 && b <= 0x7e) {
            // Just a printable ASCII character that is neither a double quote nor a
            // backslash; no need to escape it.
            result += String.fromCharCode(b);
        }
        else {
            // Either part of a non-ASCII character or a control character without a
            // special escape sequence; needs escaping as a 3-digit octal escape
            result += '\\' + b.toString(8).padStart(3, '0');
        }
        i++;
    }
    result += '"';
    return result;
}
const INCLUDE_HEADERS = {
    includeIndex: true,
    includeUnderline: true,
    includeFileHeaders: true
};
const FILE_HEADERS_ONLY = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: true
};
const OMIT_HEADERS = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: false
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    let optionsObj;
    if (!options) {
        optionsObj = {};
    }
    else if (typeof options === 'function') {
        optionsObj = { callback: options };
    }
    else {
        optionsObj = options;
    }
    if (typeof optionsObj.context === 'undefined') {
        optionsObj.context = 4;
    }
    // We copy this into its own variable to placate TypeScript, which thinks
    // optionsObj.context might be undefined in the callbacks below.
    const context = optionsObj.context;
    // @ts-expect-error (runtime check for something that is correctly a static type error)
    if (optionsObj.newlineIsToken) {
        throw new Error('newlineIsToken may not be used with patch-generation functions, only with diffing functions');
    }
    if (!optionsObj.callback) {
        return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
    }
    else {
        const { callback } = optionsObj;
        diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
                const patch = diffLinesResultToPatch(diff);
                // TypeScript is unhappy without the cast because it does not understand that `patch` may
                // be undefined here only if `callback` is StructuredPatchCallbackAbortable:
                callback(patch);
            } }));
    }
    function diffLinesResultToPatch(diff) {
        // STEP 1: Build up the patch with no "\ No newline at end of file" lines and with the arrays
        //         of lines containing trailing newline characters. We'll tidy up later...
        if (!diff) {
            return;
        }
        diff.push({ value: '', lines: [] }); // Append an empty value to make cleanup easier
        function contextLines(lines) {
            return lines.map(function (entry) { return ' ' + entry; });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
            const current = diff[i], lines = current.lines || splitLines(current.value);
            current.lines = lines;
            if (current.added || current.removed) {
                // If we have previous context, start with that
                if (!oldRangeStart) {
                    const prev = diff[i - 1];
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev) {
                        curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                        oldRangeStart -= curRange.length;
                        newRangeStart -= curRange.length;
                    }
                }
                // Output our changes
                for (const line of lines) {
                    curRange.push((current.added ? '+' : '-') + line);
                }
                // Track the updated file position
                if (current.added) {
                    newLine += lines.length;
                }
                else {
                    oldLine += lines.length;
                }
            }
            else {
                // Identical context lines. Track line changes
                if (oldRangeStart) {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.length <= context * 2 && i < diff.length - 2) {
                        // Overlapping
                        for (const line of contextLines(lines)) {
                            curRange.push(line);
                        }
                    }
                    else {
                        // end the range and output
                        const contextSize = Math.min(lines.length, context);
                        for (const line of contextLines(lines.slice(0, contextSize))) {
                            curRange.push(line);
                        }
                        const hunk = {
                            oldStart: oldRangeStart,
                            oldLines: (oldLine - oldRangeStart + contextSize),
                            newStart: newRangeStart,
                            newLines: (newLine - newRangeStart + contextSize),
                            lines: curRange
                        };
                        hunks.push(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.length;
                newLine += lines.length;
            }
        }
        // Step 2: eliminate the trailing `\n` from each line of each hunk, and, where needed, add
        //         "\ No newline at end of file".
        for (const hunk of hunks) {
            for (let i = 0; i < hunk.lines.length; i++) {
                if (hunk.lines[i].endsWith('\n')) {
                    hunk.lines[i] = hunk.lines[i].slice(0, -1);
                }
                else {
                    hunk.lines.splice(i + 1, 0, '\\ No newline at end of file');
                    i++; // Skip the line we just added, then continue iterating
                }
            }
        }
        return {
            oldFileName: oldFileName, newFileName: newFileName,
            oldHeader: oldHeader, newHeader: newHeader,
            hunks: hunks
        };
    }
}
/**
 * creates a unified diff patch.
 *
 * @param patch either a single structured patch object (as returned by `structuredPatch`) or an
 *   array of them (as returned by `parsePatch`).
 * @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
 *   Ignored for patches where `isGit` is `true`.
 *
 * When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
 * output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
 * properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
 * headers for patches with no hunks (e.g. renames without content changes).
 */
function formatPatch(patch, headerOptions) {
    var _a, _b, _c, _d, _e, _f;
    if (!headerOptions) {
        headerOptions = INCLUDE_HEADERS;
    }
    if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every(p => p.isGit)) {
            throw new Error('Cannot omit file headers on a multi-file patch. '
                + '(The result would be unparseable; how would a tool trying to apply '
                + 'the patch know which changes are to which file?)');
        }
        return patch.map(p => formatPatch(p, headerOptions)).join('\n');
    }
    const ret = [];
    // Git patches have a fixed header format (diff --git, extended headers,
    // and ---/+++ when hunks are present), so headerOptions is ignored.
    if (patch.isGit) {
        headerOptions = INCLUDE_HEADERS;
        // Emit Git-style diff --git header and extended headers.
        // Git never puts /dev/null in the "diff --git" line; for file
        // creations/deletions it uses the real filename on both sides.
        if (!patch.oldFileName) {
            throw new Error('oldFileName must be specified for Git patches');
        }
        if (!patch.newFileName) {
            throw new Error('newFileName must be specified for Git patches');
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === '/dev/null') {
            gitOldName = gitNewName.replace(/^b\//, 'a/');
        }
        else if (patch.isDelete && gitNewName === '/dev/null') {
            gitNewName = gitOldName.replace(/^a\//, 'b/');
        }
        ret.push('diff --git ' + quoteFileNameIfNeeded(gitOldName) + ' ' + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
            ret.push('deleted file mode ' + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : '100644'));
        }
        if (patch.isCreate) {
            ret.push('new file mode ' + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : '100644'));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
            ret.push('old mode ' + patch.oldMode);
            ret.push('new mode ' + patch.newMode);
        }
        if (patch.isRename) {
            ret.push('rename from ' + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : '').replace(/^a\//, '')));
            ret.push('rename to ' + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : '').replace(/^b\//, '')));
        }
        if (patch.isCopy) {
            ret.push('copy from ' + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : '').replace(/^a\//, '')));
            ret.push('copy to ' + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : '').replace(/^b\//, '')));
        }
    }
    else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== undefined) {
            ret.push('Index: ' + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
            ret.push('===================================================================');
        }
    }
    // Emit --- / +++ file headers. For Git patches with no hunks (e.g.
    // pure renames, mode-only changes), Git omits these, so we do too.
    const hasHunks = patch.hunks.length > 0;
    if (headerOptions.includeFileHeaders && patch.oldFileName !== undefined && patch.newFileName !== undefined
        && (!patch.isGit || hasHunks)) {
        ret.push('--- ' + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? '\t' + patch.oldHeader : ''));
        ret.push('+++ ' + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? '\t' + patch.newHeader : ''));
    }
    for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        // Unified Diff Format quirk: If the chunk size is 0,
        // the first number is one lower than one would expect.
        // https://www.artima.com/weblogs/viewpost.jsp?thread=164293
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push('@@ -' + oldStart + ',' + hunk.oldLines
            + ' +' + newStart + ',' + hunk.newLines
            + ' @@');
        for (const line of hunk.lines) {
            ret.push(line);
        }
    }
    return ret.join('\n') + '\n';
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    if (typeof options === 'function') {
        options = { callback: options };
    }
    if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
            return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
    }
    else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: patchObj => {
                if (!patchObj) {
                    callback(undefined);
                }
                else {
                    callback(formatPatch(patchObj, options.headerOptions));
                }
            } }));
    }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
    return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
/**
 * Split `text` into an array of lines, including the trailing newline character (where present)
 */
function splitLines(text) {
    const hasTrailingNl = text.endsWith('\n');
    const result = text.split('\n').map(line => line + '\n');
    if (hasTrailingNl) {
        result.pop();
    }
    else {
        result.push(result.pop().slice(0, -1));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/reports/diff.ts


/** The unified diff of every changed workflow, as `git diff` would show it. */
function diff_renderDiff(plan) {
    return plan_changedWorkflows(plan)
        .map(w => createTwoFilesPatch(`a/${w.path}`, `b/${w.path}`, w.oldText, w.newText, '', '', {
        context: 3
    }))
        .map(patch => patch.replace(/^(Index: .*\n)?=+\n/, '').replace(/^(---|\+\+\+) (\S+)\t$/gm, '$1 $2'))
        .join('');
}

;// CONCATENATED MODULE: ./src/reports/warnings.ts
/** A usage warning in words. */
function warnings_warningText(warning) {
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

;// CONCATENATED MODULE: ./src/reports/format.ts
/** A whole number with thousands separators: 1,500. */
function format_count(n) {
    return Math.round(n).toLocaleString('en-US');
}
/** One decimal place: 27.0. */
function format_decimal(n) {
    return n.toFixed(1);
}
/** A UTC date as YYYY-MM-DD. */
function format_day(date) {
    return date.toISOString().slice(0, 10);
}
/** A usage bar of `width` cells, e.g. [██████░░░░] for 60%. */
function format_usageBar(percent, width = 50) {
    const filled = Math.max(0, Math.min(width, Math.round((percent / 100) * width)));
    return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
}
/** The crons of a schedule, joined for a table cell or a log line. */
function crons(entries) {
    return entries.map(e => (e.timezone ? `${e.cron} (${e.timezone})` : e.cron)).join(', ');
}
const format_STATUS_TEXT = {
    SAFE: 'SAFE - On track or under budget',
    WARNING: 'WARNING - Approaching the quota',
    CRITICAL: 'CRITICAL - At or projected over the quota'
};
const format_STATUS_ICON = { SAFE: '✅', WARNING: '⚠️', CRITICAL: '🚨' };
const format_MODE_ICON = {
    aggressive: '🚀',
    normal: '🎯',
    conservative: '🛡️'
};

;// CONCATENATED MODULE: ./src/reports/reasons.ts

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
    return `within the ${level(p.allowed)} allowed (the quota less ${t} standard errors of ${format_count(p.standardError)})`;
}
function keptText(p, r) {
    const why = p.hold === r.halfway
        ? `halfway from the ${level(r.target)} target to the quota`
        : `the quota less half its standard error of ${format_count(p.standardError)}`;
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
    const head = `${chosen.mode}: projects ${format_count(chosen.projected)} of ${format_count(r.quota)} (${percent(chosen.share)})`;
    if (r.fit === 'none')
        return noneFits(head, r);
    const why = r.fit === 'kept' ? keptText(chosen, r) : '';
    const better = r.projections[index - 1];
    if (!better)
        return `${head}${why || `, ${within(chosen, r)}`}`;
    const over = better.allowed === r.target ? '' : `, over the ${level(better.allowed)} allowed`;
    return `${head}${why}; ${better.mode} would project ${format_count(better.projected)} (${percent(better.share)})${over}`;
}
/** Why the mode is what it is, e.g. "pace 0.76 is within 0.7–1.3" or "forced to aggressive". */
function reasons_modeReasonText(reason) {
    switch (reason.rule) {
        case 'forced':
            return `forced to ${reason.mode}`;
        case 'projection-above-quota':
            return `projected ${format_count(reason.projected)} exceeds the quota of ${format_count(reason.quota)}`;
        case 'pace-above':
            return `pace ${reason.pace.toFixed(2)} is above ${reason.threshold}`;
        case 'pace-below':
            return `pace ${reason.pace.toFixed(2)} is below ${reason.threshold}: quota to spare`;
        case 'pace-within':
            return `pace ${reason.pace.toFixed(2)} is within ${reason.low}–${reason.high}`;
        case 'target':
            return targetReasonText(reason);
        case 'target-learning':
            return `${reason.note}: the thresholds choose ${reason.mode} (${reasons_modeReasonText(reason.thresholds)})`;
    }
}

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
                explanation: reasons_modeReasonText(report.decision.reason),
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
/** The machine-readable report (DESIGN §8), also the action's `report` output. */
function jsonReport(plan) {
    const u = plan.usage;
    return {
        usage: {
            quota: u.quota,
            used: u.used,
            resetDate: format_day(u.period.end),
            daysUntilReset: round(u.period.remainingDays, 2),
            burnRate: round(u.burnRate, 2),
            projected: round(u.projected, 1),
            pace: round(u.pace, 3),
            status: u.status,
            usagePercent: round(u.usagePercent, 2),
            source: u.reading?.source ?? 'input',
            sampleAt: (u.reading?.at ?? plan.now).toISOString(),
            sampleAgeDays: round(u.reading?.ageDays ?? 0, 2)
        },
        mode: plan.mode,
        ...(plan.inForce
            ? { inForce: { mode: plan.inForce.mode, since: plan.inForce.since?.toISOString() ?? null } }
            : {}),
        modeReason: modeReasonJson(u.modeReason),
        modeReasonText: reasons_modeReasonText(u.modeReason),
        changes: plan_changedWorkflows(plan).map(w => ({
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
        warnings: u.warnings.map(warnings_warningText),
        ...(plan.policy ? { policy: policyJson(plan.policy), costs: costsJson(plan.policy.costs) } : {})
    };
}

;// CONCATENATED MODULE: ./src/reports/policy-text.ts
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
function policy_text_plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function listed(costs) {
    return costs.map(c => `${c.workflow} ${withError(c.costPerRun, c.standardError)}`).join(', ');
}
/**
 * The cost per run, e.g. "1.96 ± 0.12 (learned from 14 samples, shared by 6 workflows)"; while learning, what the
 * projections assume until there is enough history.
 */
function policy_text_costPerRunText(costs) {
    const declared = costs.workflows.filter(c => c.source === 'declared');
    const learned = costs.workflows.filter(c => c.source === 'learned');
    const parts = [];
    if (costs.status === 'learning') {
        const assumed = costs.workflows.filter(c => c.source === 'default').length;
        parts.push(`${costs.note ?? `learning (${costs.samples} of ${MIN_SAMPLES} samples)`}`);
        if (assumed > 0)
            parts.push(`${policy_text_plural(assumed, 'workflow')} without a declared cost count 1 a run`);
    }
    else if (costs.shape === 'shared' && learned[0]) {
        const c = learned[0];
        parts.push(`${withError(c.costPerRun, c.standardError)} (learned from ${costs.samples} samples, shared by ${policy_text_plural(learned.length, 'workflow')})`);
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
function policy_text_backgroundText(costs) {
    const b = costs.background;
    if (b === undefined)
        return undefined;
    if (b.weekend === undefined)
        return `${withError(b.perDay, b.standardError)} a day`;
    const weekend = withError(b.weekend.perDay, b.weekend.standardError);
    return `${withError(b.perDay, b.standardError)} a weekday, ${weekend} a weekend day`;
}
/** The policy in force, e.g. "target (95% of the quota by the reset; up to the quota as the projection firms up)". */
function policy_text_policyText(report) {
    return report.name === 'target'
        ? `target (${Math.round(report.target * 100)}% of the quota by the reset; up to the quota as the projection firms up)`
        : 'thresholds (pace)';
}
/** Whether a view should show the cost model: always under the target policy, otherwise once history allows. */
function policy_text_showsCosts(report) {
    return report !== undefined && (report.name === 'target' || report.costs.status === 'learned');
}

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
    return [`   Mode in Force: ${mode.toUpperCase()}${since ? ` since ${format_day(since)}` : ''}`];
}
function workflowLines(plan) {
    const width = Math.max(...plan.workflows.map(w => w.id.length));
    return plan.workflows.map(w => {
        const change = w.changed
            ? `   (now ${crons(w.from)}; ${w.runsBefore} → ${w.runsAfter} runs/30d)`
            : '   (unchanged)';
        return `  • ${`${w.id}:`.padEnd(width + 1)} ${crons(w.to)}${change}`;
    });
}
/** The policy and, when history allows, the learned cost per run and background rate. */
function policyLines(plan) {
    const report = plan.policy;
    if (!policy_text_showsCosts(report))
        return [];
    const background = policy_text_backgroundText(report.costs);
    return [
        `🧮 ${'Cost Per Run:'.padEnd(17)}${policy_text_costPerRunText(report.costs)}`,
        ...(background ? [`${pad('Background:')}${background} outside the managed workflows`] : []),
        `${pad('Policy:')}${policy_text_policyText(report)}`,
        ''
    ];
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
        `📊 Usage: ${format_usageBar(u.usagePercent)} ${format_decimal(u.usagePercent)}%`,
        '',
        `${pad('Total Quota:')}${format_count(u.quota)} requests`,
        `${pad('Used:')}${format_count(u.used)} requests`,
        `${pad('Remaining:')}${format_count(u.remaining)} requests`,
        '',
        `📅 ${'Reset Date:'.padEnd(17)}${format_day(u.period.end)}`,
        `${pad('Days Until Reset:')}${format_decimal(u.period.remainingDays)} days`,
        '',
        `🔥 ${'Burn Rate:'.padEnd(17)}${format_decimal(u.burnRate)} requests/day (${basis})`,
        `${pad('Projected Usage:')}${format_count(u.projected)} requests`,
        `${pad('Pace:')}${u.pace.toFixed(2)} × an even spend`,
        '',
        ...policyLines(plan),
        `${format_STATUS_ICON[u.status]} Status: ${format_STATUS_TEXT[u.status]}`,
        '',
        `${format_MODE_ICON[plan.mode]} ${u.forced ? 'Mode' : 'Recommended Mode'}: ${plan.mode.toUpperCase()} — ${reasons_modeReasonText(u.modeReason)}`,
        ...inForceLines(plan),
        ...u.warnings.map(w => `⚠️  ${warnings_warningText(w)}`),
        '',
        `📋 ${u.forced ? '' : 'Recommended '}Workflow Frequencies:`,
        ...workflowLines(plan),
        '',
        RULE
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/settings.ts




const NUMBER = /^\d+(\.\d+)?$/;
function parseNumber(raw, name, min, problems) {
    const text = raw.trim();
    const value = Number(text);
    if (!NUMBER.test(text) || (min === 'positive' && value <= 0)) {
        const rule = min === 'positive' ? 'a number above 0' : 'a number ≥ 0';
        problems.push(`${name} must be ${rule}, got '${raw}'`);
        return undefined;
    }
    return value;
}
function parseResetDay(raw, name, problems) {
    const text = raw.trim();
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < 1 || value > 31) {
        problems.push(`${name} must be a whole day of the month from 1 to 31, got '${raw}'`);
    }
    return value;
}
function parseMode(raw, name, problems) {
    const text = raw.trim().toLowerCase();
    if (text === '' || text === 'auto')
        return 'auto';
    if (isMode(text))
        return text;
    problems.push(`${name} must be one of auto, aggressive, normal, conservative, got '${raw}'`);
    return 'auto';
}
/** Parses the usage values; every bad one is listed in a single ValidationError naming the value and what it got. */
function parseUsageSettings(raw, names) {
    const problems = [];
    const quota = parseNumber(raw.quota, names.quota, 'positive', problems);
    const used = raw.used.trim() === '' ? undefined : parseNumber(raw.used, names.used, 'non-negative', problems);
    const resetDay = parseResetDay(raw.resetDay, names.resetDay, problems);
    const mode = parseMode(raw.mode, names.mode, problems);
    if (problems.length > 0)
        throw new errors_ValidationError(problems);
    return { quota: quota, used, resetDay, mode };
}
function billing(input, token, problems) {
    return {
        source: parseUsageSource(input('usage-source'), "input 'usage-source'", problems),
        account: parseBillingAccount(input('billing-account'), "input 'billing-account'", problems),
        token: input('billing-token').trim() || token
    };
}
const ACTION_NAMES = {
    quota: "input 'quota'",
    used: "input 'used'",
    resetDay: "input 'reset-day'",
    mode: "input 'mode'"
};
function parseBoolean(raw, name, problems) {
    const text = raw.trim();
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE', ''].includes(text))
        return false;
    problems.push(`${name} must be true or false, got '${raw}'`);
    return false;
}
function branchProblem(value, name) {
    if (/(^[/.-])|\.\.|[\s~^:?*[\\]|\/$|\.lock$|@\{/.test(value)) {
        return `${name} '${value}' is not a valid branch name`;
    }
    return undefined;
}
/** The labels, the first of which finds the alert issue; none given means `orchestrator`. */
function parseLabels(raw) {
    const labels = raw
        .split(/[,\n]/)
        .map(l => l.trim())
        .filter(Boolean);
    return labels.length > 0 ? labels : ['orchestrator'];
}
/** A policy name; empty means "whatever the config says". */
function parsePolicy(raw, name, problems) {
    const text = raw.trim().toLowerCase();
    if (text === '')
        return undefined;
    if (isPolicy(text))
        return text;
    problems.push(`${name} must be one of ${POLICIES.join(', ')} (or empty for the config's), got '${raw}'`);
    return undefined;
}
function actionUsage(input, problems) {
    try {
        return parseUsageSettings({
            quota: input('quota') || '1500',
            used: input('used'),
            resetDay: input('reset-day') || '1',
            mode: input('mode')
        }, ACTION_NAMES);
    }
    catch (error) {
        if (!(error instanceof ValidationError))
            throw error;
        problems.push(...error.problems);
        return undefined;
    }
}
function branches(input, problems) {
    const branch = input('branch').trim() || 'orchestrator/schedules';
    const stateBranch = input('state-branch').trim();
    const base = input('base').trim();
    for (const [value, name] of [
        [branch, "input 'branch'"],
        [stateBranch, "input 'state-branch'"],
        [base, "input 'base'"]
    ]) {
        const bad = value ? branchProblem(value, name) : undefined;
        if (bad)
            problems.push(bad);
    }
    if (stateBranch && (stateBranch === branch || stateBranch === base)) {
        problems.push(`input 'state-branch' must differ from 'branch' and 'base', got '${stateBranch}'`);
    }
    return { branch, stateBranch, base };
}
function token(input, problems) {
    const value = input('token').trim();
    if (!value)
        problems.push("input 'token' is empty — pass a token with contents, pull-requests and issues write access");
    return value;
}
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
/** An ISO 8601 date or time (`--to`, `restore-to`), UTC unless it names an offset; empty is undefined. */
function parseRestoreTo(raw, name, problems) {
    const text = raw.trim();
    if (text === '')
        return undefined;
    const match = ISO_TIME.exec(text);
    const at = match ? new Date(match[1] && !match[4] ? `${text}Z` : text) : undefined;
    if (at === undefined || Number.isNaN(at.getTime())) {
        problems.push(`${name} must be an ISO 8601 date or time such as 2025-11-05 or 2025-11-05T12:00:00Z, got '${raw}'`);
        return undefined;
    }
    return at;
}
function operation(input, problems) {
    const raw = input('operation');
    const text = raw.trim().toLowerCase() || 'apply';
    if (text !== 'apply' && text !== 'restore')
        problems.push(`input 'operation' must be apply or restore, got '${raw}'`);
    const restoreTo = parseRestoreTo(input('restore-to'), "input 'restore-to'", problems);
    if (text !== 'restore' && input('restore-to').trim() !== '')
        problems.push("input 'restore-to' is read only by operation: restore — remove it or set operation: restore");
    if (text === 'restore' && input('state-branch').trim() === '')
        problems.push("operation 'restore' reads the backup from the state, but input 'state-branch' is empty — name the state branch");
    return { operation: (text === 'restore' ? 'restore' : 'apply'), restoreTo };
}
/** Parses the action's inputs, read through `input(name)`, into typed settings; nothing else is read. */
function parseActionSettings(input) {
    const problems = [];
    const usage = actionUsage(input, problems);
    const dryRun = parseBoolean(input('dry-run'), "input 'dry-run'", problems);
    const failOnAlertError = parseBoolean(input('fail-on-alert-error'), "input 'fail-on-alert-error'", problems);
    const policy = parsePolicy(input('policy'), "input 'policy'", problems);
    const where = branches(input, problems);
    const tokenValue = token(input, problems);
    const what = operation(input, problems);
    const usageSource = billing(input, tokenValue, problems);
    if (problems.length > 0)
        throw new ValidationError(problems, 'Invalid action inputs');
    return {
        ...what,
        token: tokenValue,
        usage: usage,
        config: input('config').trim() || DEFAULT_CONFIG_PATH,
        dryRun,
        ...where,
        labels: parseLabels(input('labels')),
        policy,
        failOnAlertError,
        billing: usageSource
    };
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
        throw new errors_ValidationError([`${where(text, at)}: ${message.replace(/ in JSON at position \d+.*$/, '')}`], `${source} is not the JSON GitHub's API prints`);
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
function jsonValues(text, source) {
    const values = [];
    const lineAt = lineCounter(text);
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i += 1;
            continue;
        }
        const problem = (p) => new errors_ValidationError([`${where(text, i)}: ${p}`], `${source} is not the JSON GitHub's API prints`);
        if (c !== '{' && c !== '[')
            throw problem(`expected an object or an array, found '${c}'`);
        const end = endOfValue(text, i);
        if (end < 0)
            throw problem('this value is never closed (the file ends inside it)');
        values.push({ value: parseAt(text, i, end, source), line: lineAt(i) });
        i = end;
    }
    if (values.length === 0)
        throw new errors_ValidationError([`${source} holds no JSON value`]);
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
        throw new errors_ValidationError([`${place}: expected an object, got ${shown(raw)}`], HEADING);
    const wrong = (key, wanted) => new errors_ValidationError([`${place}: ${key} should be ${wanted}, got ${shown(raw[key])}`], HEADING);
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
            throw new errors_ValidationError([`${page}: expected an object or an array`], HEADING);
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
            throw new errors_ValidationError([problem], HEADING);
        }
        this.object(value, kind, placeOf(page, path));
    }
    object(raw, kind, place) {
        if (!isObject(raw))
            throw new errors_ValidationError([`${place}: expected an object, got ${shown(raw)}`], HEADING);
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

;// CONCATENATED MODULE: ./src/ports/errors.ts
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
class errors_NotFoundError extends PortError {
}
/** A write lost a race: the file or branch changed since it was read. Read again and retry. */
class errors_StaleFileError extends (/* unused pure expression or super */ null && (PortError)) {
}
/** A create found the thing already there (a branch, a label): made by an earlier attempt or another run. */
class errors_AlreadyExistsError extends (/* unused pure expression or super */ null && (PortError)) {
}
/** The token, or a repository setting, does not allow the call; the message names the permission to grant. */
class errors_PermissionError extends (/* unused pure expression or super */ null && (PortError)) {
}
/** Any other refusal or failure of the backend (5xx after retries, a rate limit, a validation error). */
class RemoteError extends (/* unused pure expression or super */ null && (PortError)) {
}

;// CONCATENATED MODULE: ./src/adapters/local/recorded-runs.ts
/**
 * WorkflowRuns over recorded API JSON on disk (DESIGN §2, §10): the files `gh api --paginate …/actions/runs` and
 * `…/runs/{id}/jobs` print, or a folder of them, for the CLI's offline `analyze`, tests and the demo. It answers as
 * GitHub does: runs newest first in pages of 100, at most 1,000 results a query, the latest attempt's jobs, and
 * ETags that hold while the answer does.
 */






const PER_PAGE = 100;
/** GitHub returns at most 1,000 results of one run query (total_count still counts them all). */
const RESULTS_CAP = 1000;
const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The JSON files a path names: the file itself, or a folder's `*.json` files in name order. */
async function filesOf(where) {
    const info = await (0,promises_namespaceObject.stat)(where).catch((error) => {
        throw new errors_NotFoundError(`No recorded API JSON at ${where}: ${errorMessage(error)}`, {
            cause: error
        });
    });
    if (!info.isDirectory())
        return [where];
    const names = (await (0,promises_namespaceObject.readdir)(where)).filter(name => name.endsWith('.json')).sort();
    if (names.length === 0)
        throw new errors_NotFoundError(`No .json files in ${where}`);
    return names.map(name => external_node_path_default().join(where, name));
}
/** Reads and merges every recording the paths name (files or folders). */
async function loadRecordedApi(paths) {
    const files = (await Promise.all(paths.map(filesOf))).flat();
    const texts = await Promise.all(files.map(file => (0,promises_namespaceObject.readFile)(file, 'utf8')));
    return mergeRecordedApi(texts.map((text, i) => parseRecordedApi(text, files[i])));
}
function indexed(api, sources) {
    const jobs = new Map();
    for (const job of api.jobs) {
        const ofRun = jobs.get(job.runId) ?? [];
        ofRun.push(job);
        jobs.set(job.runId, ofRun);
    }
    return { api, runs: new Map(api.runs.map(run => [run.id, run])), jobs, sources };
}
function etagOf(body) {
    return `W/"${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 40)}"`;
}
/** The answer, or notModified when the caller's ETag names it already. */
function answer(items, etag, more, total) {
    const tag = etagOf({ items, total });
    if (etag === tag)
        return { items: [], etag: tag, notModified: true, more, total };
    return { items, etag: tag, notModified: false, more, total };
}
/** The ids of the workflow named by id, file name or path (a path counts by its file name, as on GitHub). */
function workflowIds(recording, workflow) {
    const file = typeof workflow === 'string' ? path.posix.basename(workflow) : undefined;
    const ids = recording.api.workflows
        .filter(w => (file === undefined ? w.id === workflow : path.posix.basename(w.path) === file))
        .map(w => w.id);
    if (ids.length === 0 &&
        typeof workflow === 'number' &&
        recording.api.runs.some(r => r.workflowId === workflow))
        ids.push(workflow);
    if (ids.length === 0)
        throw new NotFoundError(`No workflow ${workflow} in the recording (${recording.sources})`);
    return new Set(ids);
}
/** GitHub's `created=from..to`: a date covers its whole UTC day, a time is an instant; both ends included. */
function createdWithin(from, to) {
    const start = Date.parse(DATE.test(from) ? `${from}T00:00:00Z` : from);
    const end = DATE.test(to) ? Date.parse(`${to}T00:00:00Z`) + DAY - 1 : Date.parse(to);
    if (Number.isNaN(start) || Number.isNaN(end)) {
        throw new ValidationError([`created ${from}..${to}: from and to must be ISO dates or times`]);
    }
    return createdAt => {
        const t = Date.parse(createdAt);
        return t >= start && t <= end;
    };
}
function listRuns(recording, workflow, query) {
    const ids = workflowIds(recording, workflow);
    const within = createdWithin(query.from, query.to);
    const matching = recording.api.runs.filter(r => ids.has(r.workflowId) && within(r.createdAt));
    const reachable = matching.slice(0, RESULTS_CAP);
    const items = reachable.slice((query.page - 1) * PER_PAGE, query.page * PER_PAGE);
    return answer(items, query.etag, query.page * PER_PAGE < reachable.length, matching.length);
}
/** The latest attempt's jobs: the run's attempt when the run was recorded, else the highest its jobs name. */
function listJobs(recording, runId, etag) {
    const run = recording.runs.get(runId);
    const jobs = recording.jobs.get(runId) ?? [];
    if (!run && jobs.length === 0)
        throw new NotFoundError(`No run ${runId} in the recording (${recording.sources})`);
    const latest = run?.attempt ?? Math.max(...jobs.map(j => j.attempt));
    const items = jobs.filter(j => j.attempt === latest);
    return answer(items, etag, false, items.length);
}
/**
 * The WorkflowRuns port over recorded API JSON: files or folders, read and parsed once, on first use. Unreadable
 * JSON is a ValidationError naming the file, the line and the object; a missing path a NotFoundError.
 */
function recordedRuns(paths) {
    const list = typeof paths === 'string' ? [paths] : [...paths];
    let loading;
    const load = () => (loading ??= loadRecordedApi(list).then(api => indexed(api, list.join(', '))));
    return {
        listWorkflows: async () => (await load()).api.workflows,
        listRuns: async (workflow, query) => listRuns(await load(), workflow, query),
        listJobs: async (runId, etag) => listJobs(await load(), runId, etag)
    };
}

;// CONCATENATED MODULE: ./src/core/runs/mode-cost.ts
/**
 * What a schedule costs a month (DESIGN §10): the runs its crons start in 30 days, from their occurrences, times what
 * one run of the workflow uses — the observed mean billable minutes and dollars per run with jobs. The mean, not the
 * median: a month's bill is a sum, and runs × mean is that sum's expectation, long jobs included.
 */


function mode_cost_rounded(value, digits) {
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
}
/** The 30 days from `from` of several workflows' schedules together. */
function costOfSchedules(schedules, from) {
    let runs = 0;
    let minutes = 0;
    let dollars = 0;
    for (const { entries, perRun } of schedules) {
        const n = runsPer30Days(entries, from);
        runs += n;
        if (n === 0)
            continue;
        minutes = perRun === null || minutes === null ? null : minutes + n * perRun.billableMinutes;
        dollars = perRun === null || dollars === null ? null : dollars + n * perRun.cost;
    }
    return {
        runs,
        billableMinutes: minutes === null ? null : mode_cost_rounded(minutes, 2),
        cost: dollars === null ? null : mode_cost_rounded(dollars, 4)
    };
}
/** The cost of each mode: every managed workflow on that mode's crons for the 30 days from `from`. */
function costPerMode(workflows, from) {
    const costs = {};
    for (const mode of MODES) {
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
function occurrences(spans, from, until) {
    const instants = spans.flatMap((span, i) => {
        const start = Math.max(span.since, from);
        const end = Math.min(spans[i + 1]?.since ?? Infinity, until);
        if (!(end > start))
            return [];
        return occurrencesBetween(span.entries, new Date(start), new Date(end)).map(d => d.getTime());
    });
    return instants.sort((a, b) => a - b);
}
/** Index of the first time at or after `instant`. */
function schedule_health_lowerBound(times, instant) {
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
    const first = schedule_health_lowerBound(runs, at);
    const matched = Math.min(count, schedule_health_lowerBound(runs, end) - first);
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
    const times = occurrences(spans, window.from.getTime(), to + DROPPED_AFTER_MS);
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
function analytics_within(window) {
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
    const inWindow = analytics_within(window);
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
    return value === null ? UNKNOWN : format_count(value);
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
        format_count(w.runs),
        format_count(w.runsWithoutJobs),
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
        format_count(totals.runs),
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
    const rows = MODES.map(mode => {
        const m = modes[mode];
        return `| ${mode} | ${format_count(m.runs)} | ${minutes(m.billableMinutes)} | ${dollars(m.cost)} |`;
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
        `### Runs from ${day(from)} to ${day(to)}`,
        '',
        analyticsTable(analytics),
        ...(modes ? ['', '#### Cost of each mode (30 days)', '', modes] : []),
        ...(notes.length > 0 ? ['', ...notes.map(n => `- ${n}`)] : [])
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/reports/analytics-text.ts

function minute(date) {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** What `analyze` prints without --json. */
function renderAnalytics(analytics, days) {
    const { from, to } = analytics.window;
    const modes = costPerModeTable(analytics);
    const notes = analyticsNotes(analytics);
    const lines = [
        `Runs created from ${minute(from)} to ${minute(to)} (${days} days)`,
        '',
        analyticsTable(analytics),
        ...(modes
            ? [
                '',
                'Cost of each mode for the next 30 days (mean minutes and dollars per run):',
                '',
                modes
            ]
            : []),
        ...(notes.length > 0 ? ['', ...notes.map(n => `- ${n}`)] : [])
    ];
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/analyze-command.ts
/**
 * `analyze`: the run analytics of DESIGN §10 over recorded API JSON, offline — the pages `gh api --paginate` prints
 * for `…/actions/runs` and `…/runs/{id}/jobs`. With --root, the config there names the workflows by id and prices each
 * mode, and the crons in the workflow files give the schedule health.
 */










const OPTIONS = {
    runs: { type: 'string' },
    jobs: { type: 'string' },
    root: { type: 'string' },
    config: { type: 'string' },
    now: { type: 'string' },
    'analytics-days': { type: 'string' },
    json: { type: 'boolean', default: false }
};
/** A command line `analyze` cannot run as written (exit 2). */
class FlagError extends Error {
}
function parseDays(raw) {
    if (raw === undefined)
        return 30;
    const days = Number(raw);
    if (/^\d+$/.test(raw.trim()) && days >= 1 && days <= 3650)
        return days;
    throw new FlagError(`--analytics-days must be a whole number of days from 1 to 3650, got '${raw}'`);
}
function parseNow(raw) {
    if (raw === undefined)
        return undefined;
    const now = new Date(raw);
    if (Number.isNaN(now.getTime()))
        throw new FlagError(`--now must be an ISO 8601 time such as 2024-02-22T15:00:00Z, got '${raw}'`);
    return now;
}
/** Reads `analyze`'s flags (the arguments after the command word); a bad one throws a FlagError naming it. */
function parseAnalyzeFlags(argv) {
    let values;
    try {
        values = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            options: OPTIONS,
            strict: true,
            allowPositionals: false
        }).values;
    }
    catch (error) {
        throw new FlagError(errorMessage(error));
    }
    if (values.runs === undefined)
        throw new FlagError('--runs is missing: give the runs JSON (a file or a folder of pages)');
    const root = values.root ?? (values.config === undefined ? undefined : '.');
    return {
        runs: values.runs,
        ...(values.jobs === undefined ? {} : { jobs: values.jobs }),
        ...(root === undefined ? {} : { root }),
        config: { path: values.config ?? config_DEFAULT_CONFIG_PATH, explicit: values.config !== undefined },
        ...(values.now === undefined ? {} : { now: parseNow(values.now) }),
        days: parseDays(values['analytics-days']),
        json: values.json
    };
}
async function checkRoot(root) {
    const found = await (0,promises_namespaceObject.stat)(root).catch(() => undefined);
    if (found === undefined)
        throw new errors_ValidationError([`--root ${root} does not exist`]);
    if (!found.isDirectory())
        throw new errors_ValidationError([`--root ${root} is not a directory`]);
}
/** The config under the root; undefined when the default one is absent, an error when --config names a missing one. */
async function managedOf(repo, config) {
    const text = await repo.readText(config.path);
    if (text === undefined && config.explicit)
        throw new errors_ValidationError([`--config ${config.path} not found under --root`]);
    if (text === undefined)
        return undefined;
    const { config: read, problems } = readConfig(text, config.path);
    if (problems.length > 0)
        throw new errors_ValidationError(problems, CONFIG_PROBLEMS);
    return read.workflows;
}
/** The crons a workflow file carries now, as its one span; none when it has no schedule or is not there. */
async function spansOf(repo, path) {
    if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path))
        return undefined;
    const text = await repo.readText(path);
    if (text === undefined)
        return undefined;
    try {
        return [{ since: -Infinity, entries: readSchedule(text, path) }];
    }
    catch (error) {
        if (error instanceof WorkflowFileError)
            return undefined;
        throw error;
    }
}
/** The config's workflows and every workflow file's schedule under --root. */
async function repositoryContext(options, api) {
    await checkRoot(options.root);
    const repo = new FileSystemRepository(options.root);
    const managed = await managedOf(repo, options.config);
    const paths = [
        ...new Set([...api.workflows.map(w => w.path), ...(managed ?? []).map(w => w.path)])
    ];
    const spans = await Promise.all(paths.map(path => spansOf(repo, path)));
    const schedules = new Map();
    paths.forEach((path, i) => spans[i] && schedules.set(path, spans[i]));
    return { ...(managed ? { managed } : {}), schedules };
}
async function analyze(options, term) {
    const api = await loadRecordedApi(options.jobs ? [options.runs, options.jobs] : [options.runs]);
    const { root } = options;
    const context = root === undefined ? {} : await repositoryContext({ ...options, root }, api);
    const { now, days } = options;
    const analytics = analyzeRuns({ api, days, ...(now ? { now } : {}), ...context });
    if (options.json)
        term.out(`${JSON.stringify(analyticsJson(analytics), null, 2)}\n`);
    else
        term.out(renderAnalytics(analytics, days));
}
/**
 * `analyze --runs <file|dir> [--jobs <file|dir>] [--root <dir>] [--config <file>] [--now <ISO>]
 * [--analytics-days N] [--json]`, given the arguments after the command word. Returns the exit code: 0 done, 1 a file
 * that does not read (the message names the file, the line and the object that broke), 2 a bad command line.
 */
async function runAnalyze(argv, term) {
    let options;
    try {
        options = parseAnalyzeFlags(argv);
    }
    catch (error) {
        term.err(`error: ${errorMessage(error)}\nRun with --help to see the commands and flags.\n`);
        return 2;
    }
    try {
        await analyze(options, term);
        return 0;
    }
    catch (error) {
        term.err(`error: ${errorMessage(error)}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/standalone-commands.ts

/** The commands over recorded runs and workflow files, each with its own flags. */
const STANDALONE = {
    analyze: runAnalyze
};

;// CONCATENATED MODULE: ./src/cli/suggest.ts
/** "Did you mean …?" for a mistyped command or flag. */
/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/**
 * The known word nearest to `word`, when it is close enough to be a slip of the keyboard: at most two edits, and
 * fewer than half the word's letters (so `--out` is not offered for `--x`).
 */
function closest(word, known) {
    let best;
    for (const candidate of known) {
        const distance = editDistance(word.toLowerCase(), candidate);
        if (!best || distance < best.distance)
            best = { word: candidate, distance };
    }
    if (!best || best.distance > 2 || best.distance * 2 >= word.length)
        return undefined;
    return best.word;
}
/** " — did you mean status?" when a known word is close, else nothing. */
function didYouMean(word, known, prefix = '') {
    const match = closest(word, known);
    return match === undefined ? '' : ` — did you mean ${prefix}${match}?`;
}

;// CONCATENATED MODULE: ./src/cli/command-line.ts
/** Reads argv into a command and its flags; anything wrong with the command line itself is a CommandLineError (exit 2). */





const command_line_OPTIONS = {
    quota: { type: 'string', default: '1500' },
    used: { type: 'string', default: '' },
    'reset-day': { type: 'string', default: '1' },
    mode: { type: 'string', default: 'auto' },
    now: { type: 'string' },
    root: { type: 'string', default: '.' },
    config: { type: 'string', default: config_DEFAULT_CONFIG_PATH },
    history: { type: 'string' },
    to: { type: 'string' },
    policy: { type: 'string' },
    scenario: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', default: false }
};
const FLAGS = Object.keys(command_line_OPTIONS);
const COMMANDS = ['status', 'plan', 'apply', 'simulate', 'restore'];
/** Every command, as the messages list them. */
const ALL_COMMANDS = (() => {
    const all = [...COMMANDS, ...Object.keys(STANDALONE)];
    return `${all.slice(0, -1).join(', ')} or ${all.at(-1)}`;
})();
/** Flags only `simulate` takes, and flags only status, plan and apply take. */
const SIMULATE_ONLY = ['scenario', 'out', 'seed'];
const USAGE_ONLY = ['quota', 'used', 'reset-day', 'mode', 'now', 'history'];
/** A command line the CLI cannot run as written: it exits 2 and points to --help. */
class CommandLineError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'CommandLineError';
    }
}
function parse(argv) {
    return (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        options: command_line_OPTIONS,
        allowPositionals: true,
        strict: true,
        tokens: true
    });
}
/** Node's "Unknown option '--qouta'. To specify a positional…" as "Unknown option '--qouta' — did you mean --quota?". */
function unknownOption(error) {
    const message = errorMessage(error);
    const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec(message);
    if (!unknown)
        return message;
    const [dashes, name] = [unknown[1], unknown[2]];
    const hint = dashes === '--' ? didYouMean(name, FLAGS, '--') : '';
    return `Unknown option '${dashes}${name}'${hint}`;
}
function commandOf(positionals) {
    const [word, ...extra] = positionals;
    if (word === undefined)
        throw new CommandLineError(`no command given: expected one of ${ALL_COMMANDS}`);
    const command = COMMANDS.find(c => c === word);
    if (command === undefined)
        throw new CommandLineError(`expected one command: ${ALL_COMMANDS}; got '${word}'${didYouMean(word, [...COMMANDS, ...Object.keys(STANDALONE)])}`);
    if (extra.length > 0)
        throw new CommandLineError(`${command} takes flags only; got '${extra.join(' ')}' after it`);
    return command;
}
function command_line_listed(flags) {
    return flags.length === 1 ? flags[0] : `${flags.slice(0, -1).join(', ')} and ${flags.at(-1)}`;
}
/** A flag that belongs to the other family of commands is a mistake, not something to ignore. */
function checkFlagsFit(command, given) {
    const [foreign, owner] = command === 'simulate'
        ? [USAGE_ONLY, 'status, plan and apply']
        : [SIMULATE_ONLY, 'the simulate command'];
    const wrong = foreign.filter(f => given.has(f)).map(f => `--${f}`);
    if (wrong.length === 0)
        return;
    const verb = wrong.length === 1 ? 'belongs' : 'belong';
    throw new CommandLineError(`${command_line_listed(wrong)} ${verb} to ${owner}, not ${command}`);
}
/** Parses argv: --help and --version win over everything but an unparsable flag. */
function parseCommandLine(argv) {
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (error) {
        throw new CommandLineError(unknownOption(error));
    }
    if (parsed.values.help || parsed.positionals[0] === 'help')
        return { kind: 'help' };
    if (parsed.values.version)
        return { kind: 'version' };
    const command = commandOf(parsed.positionals);
    const given = new Set(parsed.tokens.flatMap(t => (t.kind === 'option' ? [t.name] : [])));
    checkFlagsFit(command, given);
    return { kind: 'command', command, values: parsed.values };
}

;// CONCATENATED MODULE: ./src/cli/help.ts
/** The CLI's --help text. */
const HELP = `Usage: dynamic-workflow-orchestrator <command> [flags]

Keeps a repository's scheduled workflows inside a usage quota: works out the burn rate and the
projection to the reset, picks a mode (aggressive / normal / conservative) and rewrites only the
cron strings of the workflows named in the orchestrator config.

Commands:
  status   print the usage report, the mode and the crons each workflow should have
  plan     print the unified diff of what apply would change (writes nothing)
  apply    write the changed workflow files under --root
  simulate replay one quota period hour by hour from a scenario file, under each policy, and chart it
  restore  write the workflows under --root back to the crons recorded in --history before the
           orchestrator's first change (the backup), or to those in force at --to
  analyze  figures of recorded runs and jobs (the JSON \`gh api --paginate …/actions/runs\` and
           \`…/jobs\` print): runs by event, success rate, queue and duration, billable minutes and
           cost, schedule health and cost per mode (with --root)

Flags:
  --quota <n>        the quota for a period (default 1500)
  --used <n>         usage so far this period; empty → the latest sample of --history
  --reset-day <d>    day of the month the quota resets, 1–31, clamped to short months (default 1)
  --mode <m>         auto | aggressive | normal | conservative (default auto: chosen from the usage)
  --now <ISO>        the clock, e.g. 2025-11-12T02:24:00Z (default: the current time)
  --root <dir>       the repository checkout, which must exist (default .)
  --config <file>    the config, relative to --root (default .github/orchestrator.yml)
  --history <file>   a state file ({"version":2,"samples":[{"at","used"}],"changes":[…]}; version 1 is read too)
  --to <ISO date>    restore: the date (UTC) or time whose crons to put back (default: the backup)
  --policy <p>       thresholds | target (default: the config's policy, else thresholds); simulate also
                     takes both (its default)
  --json             print the JSON report instead of text
  -h, --help         this text
  --version          print the version

Simulate flags (with --root and --config for the orchestrator config to replay):
  --scenario <file>  the scenario (YAML; schema in examples/scenarios/README.md)
  --out <file.svg>   where to write the chart (default: <scenario file name>.svg in the working directory)
  --seed <n>         replay with this seed instead of the scenario's

Analyze flags: --runs <file|dir> (required), --jobs <file|dir>, --root <dir>, --config <file>,
  --now <ISO> (default: the newest run), --analytics-days <n> (default 30), --json

Exit codes: 0 done; 1 a config, workflow, state or scenario file, or --root, that does not work
(nothing written); 2 a bad command line: an unknown command or flag, a flag the command does
not take, a flag value that is missing or does not parse.

Examples:
  dynamic-workflow-orchestrator status --quota 1500 --used 300 --reset-day 1 --root examples
  dynamic-workflow-orchestrator status --policy target --history state.json --root examples
  dynamic-workflow-orchestrator simulate --root examples --scenario examples/scenarios/steady-team.yml
`;

;// CONCATENATED MODULE: ./src/simulate/chart-svg.ts
const [WIDTH, HEIGHT] = [860, 480];
/** The legend sits in its own band between the title and the plot, so it never covers the quota and target lines. */
const LEGEND = { top: 44, row: 16, columns: 4, column: 190 };
const PLOT = { left: 70, right: 830, top: 88, bottom: 370 };
// The policies' lines must not share a colour with the modes' bands (aggressive is green).
const COLOURS = ['#1f6feb', '#8250df', '#bf3989', '#0a3069'];
const MODE_COLOUR = {
    aggressive: '#2da44e',
    normal: '#54aeff',
    conservative: '#d4a72c'
};
function chart_svg_escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Maps (hour, usage) to pixels. */
function scales(sim) {
    const top = Math.max(sim.world.scenario.quota, ...sim.runs.map(r => Math.max(...r.usedByHour))) * 1.05;
    return {
        top,
        x: (hour) => PLOT.left + (hour / sim.world.hours) * (PLOT.right - PLOT.left),
        y: (used) => PLOT.bottom - (used / top) * (PLOT.bottom - PLOT.top)
    };
}
function polyline(points, style) {
    const d = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
    return `<polyline fill="none" ${style} points="${d}"/>`;
}
function axes(sim, s) {
    const quota = sim.world.scenario.quota;
    const days = sim.world.hours / 24;
    const parts = [
        `<line x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}" stroke="#57606a"/>`,
        `<line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left}" y2="${PLOT.bottom}" stroke="#57606a"/>`
    ];
    for (const share of [0, 0.25, 0.5, 0.75, 1]) {
        const y = s.y(quota * share);
        parts.push(`<text x="${PLOT.left - 8}" y="${(y + 4).toFixed(1)}" text-anchor="end">${Math.round(quota * share).toLocaleString('en-US')}</text>`);
    }
    for (let day = 0; day <= days; day += 5) {
        const x = s.x(day * 24).toFixed(1);
        parts.push(`<text x="${x}" y="${PLOT.bottom + 16}" text-anchor="middle">day ${day}</text>`);
    }
    return parts;
}
function guides(sim, s, target) {
    const { quota } = sim.world.scenario;
    const h = sim.world.hours;
    const line = (used, colour, label) => `<line x1="${PLOT.left}" y1="${s.y(used).toFixed(1)}" x2="${PLOT.right}" y2="${s.y(used).toFixed(1)}" stroke="${colour}" stroke-dasharray="6 4"/>` +
        // Labelled at the left, where the usage lines are still low and the ideal line has not risen yet.
        `<text x="${PLOT.left + 6}" y="${(s.y(used) - 5).toFixed(1)}" fill="${colour}">${label}</text>`;
    return [
        line(quota, '#cf222e', 'quota'),
        line(quota * target, '#9a6700', `target ${Math.round(target * 100)}%`),
        polyline([
            [s.x(0), s.y(0)],
            [s.x(h), s.y(quota)]
        ], 'stroke="#8c959f" stroke-dasharray="2 4"')
    ];
}
function modeBands(sim, s) {
    return sim.runs.flatMap((run, i) => {
        const y = PLOT.bottom + 30 + i * 22;
        const label = `<text x="${PLOT.left - 8}" y="${y + 11}" text-anchor="end">${chart_svg_escape(run.policy)}</text>`;
        const cells = run.modeByHour.flatMap((mode, hour) => hour % 24 === 0
            ? [
                `<rect x="${s.x(hour).toFixed(1)}" y="${y}" width="${(s.x(24) - s.x(0)).toFixed(1)}" height="14" fill="${MODE_COLOUR[mode]}"><title>day ${hour / 24}: ${mode}</title></rect>`
            ]
            : []);
        return [label, ...cells];
    });
}
function legend(sim) {
    const items = [
        ...sim.runs.map((r, i) => [
            COLOURS[i % COLOURS.length],
            `${r.policy}: ${(r.share * 100).toFixed(1)}% at the reset`
        ]),
        ['#8c959f', 'ideal even spend'],
        ...Object.keys(MODE_COLOUR).map((m) => [MODE_COLOUR[m], m])
    ];
    return items.map(([colour, text], i) => {
        const x = PLOT.left + (i % LEGEND.columns) * LEGEND.column;
        const y = LEGEND.top + Math.floor(i / LEGEND.columns) * LEGEND.row;
        return `<rect x="${x}" y="${y - 9}" width="10" height="10" fill="${colour}"/><text x="${x + 14}" y="${y}">${chart_svg_escape(text)}</text>`;
    });
}
/** The whole chart as SVG text (pure: the caller writes it). */
function simulationSvg(sim, target) {
    const s = scales(sim);
    const lines = sim.runs.map((run, i) => polyline([
        [s.x(0), s.y(sim.world.scenario.startUsed)],
        ...run.usedByHour.map((u, h) => [s.x(h + 1), s.y(u)])
    ], `stroke="${COLOURS[i % COLOURS.length]}" stroke-width="2"`));
    const height = HEIGHT + Math.max(sim.runs.length - 2, 0) * 22;
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="11">`,
        `<rect width="100%" height="100%" fill="#ffffff"/>`,
        `<text x="${PLOT.left}" y="22" font-size="14" font-weight="bold">${chart_svg_escape(`${sim.world.scenario.name}: usage against the ideal line`)}</text>`,
        ...axes(sim, s),
        ...guides(sim, s, target),
        ...lines,
        ...modeBands(sim, s),
        ...legend(sim),
        '</svg>',
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/simulate/fields.ts
/** Reading typed fields out of parsed YAML, collecting every problem with its path (`background.bursts[1].per-day`). */
/** Collects the problems of one file; `at` paths are joined as `a.b[1].c`. */
class FieldReader {
    file;
    problems = [];
    constructor(file) {
        this.file = file;
    }
    /** Records a problem at a path, e.g. "x.yml: seed must be a whole number ≥ 0, got 'abc'". */
    problem(path, message) {
        this.problems.push(`${this.file}: ${path === '' ? '' : `${path} `}${message}`);
    }
    /** The value as a map; undefined (with a problem) when it is something else. */
    map(value, path) {
        if (isFields(value))
            return value;
        this.problem(path, `must be a map, got ${fields_shown(value)}`);
        return undefined;
    }
    /** Flags keys that are not in `allowed`. */
    known(value, allowed, path) {
        for (const key of Object.keys(value).filter(k => !allowed.includes(k)))
            this.problem(join(path, key), `is not a known field; expected one of: ${allowed.join(', ')}`);
    }
    /** A number in [min, max] (whole when asked); the fallback when absent or wrong. */
    number(value, path, fallback, rule) {
        if (value === undefined && rule.required)
            this.problem(path, 'is missing');
        if (value === undefined)
            return fallback;
        const ok = typeof value === 'number' &&
            Number.isFinite(value) &&
            (rule.above ? value > rule.min : value >= rule.min) &&
            (rule.max === undefined || value <= rule.max) &&
            (!rule.whole || Number.isInteger(value));
        if (ok)
            return value;
        const kind = rule.whole ? 'a whole number' : 'a number';
        const range = rule.max === undefined
            ? `${rule.above ? '>' : '≥'} ${rule.min}`
            : `from ${rule.min} to ${rule.max}`;
        this.problem(path, `must be ${kind} ${range}, got ${fields_shown(value)}`);
        return fallback;
    }
    /** A UTC instant from an ISO date or time; undefined (with a problem unless absent and optional) otherwise. */
    instant(value, path, optional = false) {
        if (value === undefined) {
            if (!optional)
                this.problem(path, 'is missing: give an ISO 8601 date or time such as 2025-11-01');
            return undefined;
        }
        const date = typeof value === 'string' ? new Date(value) : undefined;
        if (date && !Number.isNaN(date.getTime()) && /^\d{4}-\d\d-\d\d/.test(value))
            return date;
        this.problem(path, `must be an ISO 8601 date or time such as 2025-11-01, got ${fields_shown(value)}`);
        return undefined;
    }
    /** One of the given words. */
    oneOf(value, path, words, fallback) {
        if (value === undefined)
            return fallback;
        if (typeof value === 'string' && words.includes(value))
            return value;
        this.problem(path, `must be one of ${words.join(', ')}, got ${fields_shown(value)}`);
        return fallback;
    }
    /** A list, each item read by `item`; an absent list is empty. */
    list(value, path, item) {
        if (value === undefined)
            return [];
        if (!Array.isArray(value)) {
            this.problem(path, `must be a list, got ${fields_shown(value)}`);
            return [];
        }
        return value.flatMap((raw, i) => item(raw, `${path}[${i}]`) ?? []);
    }
}
/** A field's path below `path`. */
function join(path, key) {
    return path === '' ? key : `${path}.${key}`;
}
/** Tells whether parsed YAML is a map. */
function isFields(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A value as a message shows it: strings in single quotes, the rest as JSON. */
function fields_shown(value) {
    return typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
}

;// CONCATENATED MODULE: ./src/simulate/scenario.ts
/** A simulation scenario (examples/scenarios/README.md documents the schema): what the period looks like. */





const scenario_WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const TOP = ['name', 'description', 'quota', 'reset-day', 'period', 'start-used', 'seed'];
const MORE = ['initial-mode', 'orchestrator', 'costs', 'background'];
const NONNEG = { min: 0 };
function section(r, raw, key, allowed) {
    const value = raw[key];
    if (value === undefined)
        return {};
    const fields = r.map(value, key);
    if (fields)
        r.known(fields, allowed, key);
    return fields ?? {};
}
function readOrchestrator(r, raw) {
    const o = section(r, raw, 'orchestrator', ['cron', 'merge-delay-hours']);
    let cron = '0 0 * * *';
    if (typeof o.cron === 'string') {
        const bad = entryProblems({ cron: o.cron });
        if (bad.length === 0)
            cron = o.cron;
        else
            r.problem('orchestrator.cron', `'${o.cron}' — ${bad.join('; ')}`);
    }
    else if (o.cron !== undefined)
        r.problem('orchestrator.cron', `must be a cron string, got ${fields_shown(o.cron)}`);
    const delay = r.number(o['merge-delay-hours'], 'orchestrator.merge-delay-hours', 0, NONNEG);
    return { cron, mergeDelayHours: delay };
}
function readCosts(r, raw) {
    const c = section(r, raw, 'costs', ['default', 'workflows', 'noise', 'declared']);
    const workflows = {};
    const listed = c.workflows === undefined ? {} : (r.map(c.workflows, 'costs.workflows') ?? {});
    for (const [id, value] of Object.entries(listed)) {
        workflows[id] = r.number(value, join('costs.workflows', id), 1, NONNEG);
    }
    if (c.declared !== undefined && typeof c.declared !== 'boolean')
        r.problem('costs.declared', `must be true or false, got ${fields_shown(c.declared)}`);
    return {
        default: r.number(c.default, 'costs.default', 1, NONNEG),
        workflows,
        noise: r.number(c.noise, 'costs.noise', 0, { min: 0, max: 1 }),
        declared: c.declared === true
    };
}
function readWeekdays(r, raw) {
    const factors = scenario_WEEKDAYS.map(() => 1);
    if (raw === undefined)
        return factors;
    const map = r.map(raw, 'background.weekdays');
    if (!map)
        return factors;
    r.known(map, scenario_WEEKDAYS, 'background.weekdays');
    scenario_WEEKDAYS.forEach((day, i) => {
        factors[i] = r.number(map[day], `background.weekdays.${day}`, 1, NONNEG);
    });
    return factors;
}
function readBurst(r, raw, at) {
    const b = r.map(raw, at);
    if (!b)
        return undefined;
    r.known(b, ['from', 'days', 'per-day'], at);
    const from = r.instant(b.from, `${at}.from`);
    const days = r.number(b.days, `${at}.days`, 1, { min: 0, above: true, required: true });
    const perDay = r.number(b['per-day'], `${at}.per-day`, 0, { ...NONNEG, required: true });
    return from && { from, days, perDay };
}
function readSpike(r, raw, at) {
    const s = r.map(raw, at);
    if (!s)
        return undefined;
    r.known(s, ['at', 'amount'], at);
    const instant = r.instant(s.at, `${at}.at`);
    const amount = r.number(s.amount, `${at}.amount`, 0, { ...NONNEG, required: true });
    return instant && { at: instant, amount };
}
function readBackground(r, raw) {
    const b = section(r, raw, 'background', ['per-day', 'weekdays', 'noise', 'bursts', 'spikes']);
    return {
        perDay: r.number(b['per-day'], 'background.per-day', 0, NONNEG),
        weekdays: readWeekdays(r, b.weekdays),
        noise: r.number(b.noise, 'background.noise', 0, { min: 0, max: 1 }),
        bursts: r.list(b.bursts, 'background.bursts', (item, at) => readBurst(r, item, at)),
        spikes: r.list(b.spikes, 'background.spikes', (item, at) => readSpike(r, item, at))
    };
}
function readScenario(r, raw, fallbackName) {
    r.known(raw, [...TOP, ...MORE], '');
    const text = (key, fallback) => {
        if (raw[key] === undefined || typeof raw[key] === 'string')
            return raw[key] ?? fallback;
        r.problem(key, `must be a string, got ${fields_shown(raw[key])}`);
        return fallback;
    };
    return {
        name: text('name', fallbackName),
        description: text('description', ''),
        quota: r.number(raw.quota, 'quota', 1500, { min: 0, above: true }),
        resetDay: r.number(raw['reset-day'], 'reset-day', 1, { min: 1, max: 31, whole: true }),
        period: r.instant(raw.period, 'period') ?? new Date(0),
        startUsed: r.number(raw['start-used'], 'start-used', 0, NONNEG),
        seed: r.number(raw.seed, 'seed', 1, { min: 0, max: 2 ** 32 - 1, whole: true }),
        initialMode: r.oneOf(raw['initial-mode'], 'initial-mode', MODES, 'normal'),
        orchestrator: readOrchestrator(r, raw),
        costs: readCosts(r, raw),
        background: readBackground(r, raw)
    };
}
/** Parses and checks a scenario file's text, listing every problem with its field path in one ValidationError. */
function parseScenario(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    const r = new FieldReader(file);
    for (const e of doc.errors)
        r.problem('', `is not valid YAML (line ${lines.linePos(e.pos[0]).line}): ${e.message.split('\n')[0]}`);
    if (r.problems.length > 0)
        throw new errors_ValidationError(r.problems, 'Invalid scenario');
    const raw = r.map(doc.toJS(), '(the file)');
    const name = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
    const scenario = raw ? readScenario(r, raw, name) : undefined;
    if (r.problems.length > 0 || !scenario)
        throw new errors_ValidationError(r.problems, 'Invalid scenario');
    return scenario;
}
/** Problems between a scenario and the config it runs against: costs for workflows the config does not manage. */
function scenarioConfigProblems(scenario, config, file) {
    const ids = config.workflows.map(w => w.id);
    return Object.keys(scenario.costs.workflows)
        .filter(id => !ids.includes(id))
        .map(id => `${file}: costs.workflows.${id} names no managed workflow; the config has: ${ids.join(', ')}`);
}

;// CONCATENATED MODULE: ./src/simulate/sparkline.ts
const LEVELS = '▁▂▃▄▅▆▇█';
const MODE_LETTER = { aggressive: 'A', normal: 'N', conservative: 'C' };
/** Values sampled at the end of each day (24 hourly values a day). */
function endOfDay(byHour) {
    const days = Math.ceil(byHour.length / 24);
    return Array.from({ length: days }, (_, d) => byHour[Math.min(d * 24 + 23, byHour.length - 1)] ?? 0);
}
/** One character a value, ▁ for 0 up to █ for `top` or more. */
function sparkline(values, top) {
    return values
        .map(v => {
        const level = Math.round((Math.max(v, 0) / top) * (LEVELS.length - 1));
        return LEVELS[Math.min(level, LEVELS.length - 1)];
    })
        .join('');
}
/** One letter a day (A, N, C) for the mode in force for most of the day. */
function modeStrip(byHour) {
    let strip = '';
    for (let start = 0; start < byHour.length; start += 24) {
        const hours = { aggressive: 0, normal: 0, conservative: 0 };
        for (const mode of byHour.slice(start, start + 24))
            hours[mode]++;
        const most = Object.keys(hours).reduce((a, b) => (hours[b] > hours[a] ? b : a));
        strip += MODE_LETTER[most];
    }
    return strip;
}

;// CONCATENATED MODULE: ./src/simulate/simulation-report.ts





const simulation_report_day = (d) => d.toISOString().slice(0, 10);
const simulation_report_count = (n) => Math.round(n).toLocaleString('en-US');
const pct = (share) => `${(share * 100).toFixed(1)}%`;
const days = (hours) => `${(hours / 24).toFixed(1)} d`;
function header(sim, file) {
    const { scenario, start, end, hours } = sim.world;
    const aa = sim.alwaysAggressive;
    return [
        `Simulation: ${scenario.name} (${file})${scenario.description ? ` — ${scenario.description}` : ''}`,
        `Period ${simulation_report_day(start)} → ${simulation_report_day(end)} (${hours / 24} days), quota ${simulation_report_count(scenario.quota)}, seed ${scenario.seed}, ` +
            `orchestrator '${scenario.orchestrator.cron}', pull requests merged after ${scenario.orchestrator.mergeDelayHours} h`,
        `Always aggressive would end at ${simulation_report_count(aa.usedAtReset)} (${pct(aa.share)}): the most this scenario allows without overage is ${pct(sim.ceiling)}.`
    ];
}
function table(sim) {
    const rows = [
        [
            'Policy',
            'At reset',
            'Overage',
            ...MODES.map(m => m[0].toUpperCase() + m.slice(1)),
            'Changes'
        ],
        ...sim.runs.map(r => [
            r.policy,
            `${simulation_report_count(r.usedAtReset)} (${pct(r.share)})`,
            simulation_report_count(r.overage),
            ...MODES.map(m => days(r.hoursInMode[m])),
            String(r.scheduleChanges)
        ])
    ];
    const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
    return rows.map(r => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}
function charts(sim) {
    const { quota } = sim.world.scenario;
    const top = Math.max(quota, ...sim.runs.map(r => r.usedAtReset));
    const width = Math.max(10, ...sim.runs.map(r => r.policy.length)) + 2;
    const n = sim.world.hours / 24;
    const ideal = Array.from({ length: n }, (_, d) => (quota * (d + 1)) / n);
    return [
        `Usage at the end of each day (█ = ${simulation_report_count(top)}); modes: A aggressive, N normal, C conservative`,
        `${'ideal'.padEnd(width)}${sparkline(ideal, top)}`,
        ...sim.runs.flatMap(r => [
            `${r.policy.padEnd(width)}${sparkline(endOfDay(r.usedByHour), top)}  ${pct(r.share)}`,
            `${''.padEnd(width)}${modeStrip(r.modeByHour)}`
        ])
    ];
}
function truth(sim) {
    const { costs, background } = sim.world.scenario;
    const listed = Object.entries(costs.workflows).map(([id, c]) => `${id} ${c}`);
    const perRun = listed.length > 0 ? `${listed.join(', ')}, others ${costs.default}` : String(costs.default);
    return `the scenario: ${perRun} a run${costs.declared ? ' (declared in the config)' : ''}, background ${background.perDay} a day before weekday factors, bursts and spikes`;
}
function simulation_report_learned(run, costs) {
    const background = policy_text_backgroundText(costs);
    return `${run.policy}: cost per run ${policy_text_costPerRunText(costs)}${background ? `; background ${background}` : ''}`;
}
/** The terminal view of a simulation. */
function renderSimulation(sim, file, chart) {
    const models = sim.runs.flatMap(r => (r.costs ? [simulation_report_learned(r, r.costs)] : []));
    return [
        ...header(sim, file),
        '',
        ...table(sim),
        '',
        ...charts(sim),
        '',
        'What the orchestrator had learned by the reset:',
        ...models.map(m => `  ${m}`),
        `  (${truth(sim)})`,
        ...(chart ? ['', `Chart: ${chart}`] : []),
        ''
    ].join('\n');
}
/** A replayed decision's reason in the words the reports use. */
function decisionReasonText(reason) {
    return reason.rule === 'always-aggressive' ? 'always aggressive' : reasons_modeReasonText(reason);
}
function runJson(run) {
    const round = (n, digits = 1) => Number(n.toFixed(digits));
    return {
        policy: run.policy,
        usedAtReset: round(run.usedAtReset),
        percentAtReset: round(run.share * 100, 2),
        overage: round(run.overage),
        daysInMode: Object.fromEntries(MODES.map(m => [m, round(run.hoursInMode[m] / 24, 2)])),
        scheduleChanges: run.scheduleChanges,
        usedByDay: endOfDay(run.usedByHour).map(u => round(u)),
        ...(run.costs ? { costs: costsJson(run.costs) } : {}),
        decisions: run.decisions.map(d => ({
            at: d.at.toISOString(),
            mode: d.mode,
            reason: decisionReasonText(d.reason)
        }))
    };
}
/** The machine-readable view (what `simulate --json` prints and the benchmark reads). */
function simulationJson(sim, file, chart) {
    const { scenario, start, end } = sim.world;
    return {
        scenario: scenario.name,
        file,
        period: { start: start.toISOString(), end: end.toISOString(), days: sim.world.hours / 24 },
        quota: scenario.quota,
        seed: scenario.seed,
        alwaysAggressivePercent: Number((sim.alwaysAggressive.share * 100).toFixed(2)),
        ceilingPercent: Number((sim.ceiling * 100).toFixed(2)),
        results: sim.runs.map(runJson),
        ...(chart ? { chart } : {})
    };
}

;// CONCATENATED MODULE: ./src/simulate/random.ts
/** A seeded pseudo-random source, so that a scenario replays the same way every time. */
/** mulberry32: tiny, fast and good enough for noise (not for anything secret). */
function seededRandom(seed, salt = 0) {
    let state = (seed ^ Math.imul(salt + 1, 0x9e3779b9)) >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    // Box–Muller; 1 − u keeps the logarithm away from 0.
    const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    return { next, normal };
}
/** A multiplier around 1 with relative standard deviation `spread`, never below 0. */
function noisy(random, spread) {
    return spread === 0 ? 1 : Math.max(0, 1 + spread * random.normal());
}

;// CONCATENATED MODULE: ./src/simulate/background.ts
/** The usage outside the managed workflows, hour by hour: the same for every policy replayed on a scenario. */


const background_HOUR_MS = 3_600_000;
function burstPerHour(scenario, instant) {
    let extra = 0;
    for (const b of scenario.background.bursts) {
        const from = b.from.getTime();
        if (instant >= from && instant < from + b.days * period_DAY_MS)
            extra += b.perDay / 24;
    }
    return extra;
}
/**
 * Background usage in each hour from `start`: the steady rate times the weekday's factor and a day's noise, spread over
 * the day, plus bursts, plus spikes in the hour that holds them.
 */
function backgroundByHour(scenario, start, hours) {
    const b = scenario.background;
    const random = seededRandom(scenario.seed, 1);
    const byHour = new Float64Array(hours);
    let dayRate = 0;
    for (let h = 0; h < hours; h++) {
        const instant = start.getTime() + h * background_HOUR_MS;
        if (h % 24 === 0) {
            const weekday = new Date(instant).getUTCDay();
            dayRate = b.perDay * (b.weekdays[weekday] ?? 1) * noisy(random, b.noise);
        }
        byHour[h] = dayRate / 24 + burstPerHour(scenario, instant);
    }
    for (const spike of b.spikes) {
        const h = Math.floor((spike.at.getTime() - start.getTime()) / background_HOUR_MS);
        if (h >= 0 && h < hours)
            byHour[h] = (byHour[h] ?? 0) + spike.amount;
    }
    return byHour;
}

;// CONCATENATED MODULE: ./src/simulate/simulator.ts









const simulator_HOUR_MS = 3_600_000;
function hourly(entries, start, end, hours) {
    const counts = new Uint16Array(hours);
    for (const at of occurrencesBetween(entries, start, end)) {
        const h = Math.floor((at.getTime() - start.getTime()) / simulator_HOUR_MS);
        counts[h] = (counts[h] ?? 0) + 1;
    }
    return counts;
}
/** Precomputes the period, the cron firings per hour and the background; checks the scenario against the config. */
function buildWorld(scenario, config, file) {
    const problems = scenarioConfigProblems(scenario, config, file);
    if (problems.length > 0)
        throw new errors_ValidationError(problems, 'Invalid scenario');
    const period = periodAt(scenario.period, scenario.resetDay);
    const hours = Math.round((period.end.getTime() - period.start.getTime()) / simulator_HOUR_MS);
    const trueCosts = config.workflows.map(w => scenario.costs.workflows[w.id] ?? scenario.costs.default);
    const workflows = config.workflows.map((w, i) => scenario.costs.declared ? { ...w, costPerRun: trueCosts[i] } : w);
    const runs = workflows.map(w => {
        const byMode = {};
        for (const mode of MODES)
            byMode[mode] = hourly(w.schedules[mode], period.start, period.end, hours);
        return byMode;
    });
    const orchestrator = hourly([{ cron: scenario.orchestrator.cron }], period.start, period.end, hours);
    return {
        scenario,
        config: { ...config, workflows },
        start: period.start,
        end: period.end,
        hours,
        runs,
        orchestratorAt: Uint8Array.from(orchestrator, n => (n > 0 ? 1 : 0)),
        background: backgroundByHour(scenario, period.start, hours),
        trueCosts
    };
}
/** The orchestrator's side of the replay: its state file, the mode it asked for, and the pull request not merged yet. */
class Replay {
    world;
    policy;
    used;
    inForce;
    requested;
    pending;
    samples = [];
    changes = [];
    decisions = [];
    scheduleChanges = 0;
    costs;
    random;
    constructor(world, policy) {
        this.world = world;
        this.policy = policy;
        this.used = world.scenario.startUsed;
        this.inForce = world.scenario.initialMode;
        this.requested = this.inForce;
        this.random = seededRandom(world.scenario.seed, 2);
    }
    schedules(mode) {
        return new Map(this.world.config.workflows.map(w => [w.id, w.schedules[mode]]));
    }
    choose(now) {
        const { scenario, config } = this.world;
        const reading = { at: now, used: this.used };
        this.samples.push(reading);
        if (this.policy === 'always-aggressive')
            return { at: now, mode: 'aggressive', reason: { rule: 'always-aggressive' } };
        const { quota, resetDay } = scenario;
        const history = this.samples;
        const thresholds = config.thresholds;
        const usage = assessUsage({ quota, used: this.used, resetDay, now, history, thresholds });
        const chosen = applyPolicy({
            ...{ usage, config, policy: this.policy, history, changes: this.changes, reading, now },
            current: this.schedules(this.inForce)
        });
        this.costs = chosen.report.costs;
        return { at: now, mode: chosen.usage.mode, reason: chosen.usage.modeReason };
    }
    /** Records the change as the action would (one entry per workflow whose crons differ) and opens the pull request. */
    request(mode, now, hour) {
        const from = this.schedules(this.inForce);
        for (const w of this.world.config.workflows) {
            const [before, after] = [from.get(w.id) ?? [], w.schedules[mode]];
            const crons = (entries) => entries.map(e => e.cron);
            if (crons(before).join('\n') === crons(after).join('\n'))
                continue;
            const at = now.toISOString();
            this.changes.push({
                at,
                mode,
                workflow: w.id,
                path: w.path,
                from: crons(before),
                to: crons(after),
                // As the action recorded before version 2: in force from the request (the merge lag is learned by the fit).
                status: 'in-force'
            });
        }
        this.scheduleChanges++;
        this.requested = mode;
        this.pending =
            mode === this.inForce
                ? undefined
                : { mode, hour: hour + this.world.scenario.orchestrator.mergeDelayHours };
    }
    mergeIfDue(hour) {
        if (this.pending && hour >= this.pending.hour)
            [this.inForce, this.pending] = [this.pending.mode, undefined];
    }
    /** One hour: a merge that is due, the orchestrator if its cron fires, then the runs and the background. */
    step(hour) {
        this.mergeIfDue(hour);
        if (this.world.orchestratorAt[hour]) {
            const now = new Date(this.world.start.getTime() + hour * simulator_HOUR_MS);
            const decision = this.choose(now);
            this.decisions.push(decision);
            if (decision.mode !== this.requested)
                this.request(decision.mode, now, hour);
            // A pull request merged at once (no delay) governs this very hour's runs.
            this.mergeIfDue(hour);
        }
        this.used += this.runCost(hour) + (this.world.background[hour] ?? 0);
    }
    runCost(hour) {
        const noise = this.world.scenario.costs.noise;
        let cost = 0;
        this.world.runs.forEach((byMode, i) => {
            const n = byMode[this.inForce][hour] ?? 0;
            for (let k = 0; k < n; k++)
                cost += (this.world.trueCosts[i] ?? 1) * noisy(this.random, noise);
        });
        return cost;
    }
}
/** Replays the period under one policy. */
function replay(world, policy) {
    const run = new Replay(world, policy);
    const usedByHour = [];
    const modeByHour = [];
    const hoursInMode = { aggressive: 0, normal: 0, conservative: 0 };
    for (let hour = 0; hour < world.hours; hour++) {
        run.step(hour);
        usedByHour.push(run.used);
        modeByHour.push(run.inForce);
        hoursInMode[run.inForce]++;
    }
    const quota = world.scenario.quota;
    return {
        policy,
        usedAtReset: run.used,
        share: run.used / quota,
        overage: Math.max(run.used - quota, 0),
        hoursInMode,
        scheduleChanges: run.scheduleChanges,
        usedByHour,
        modeByHour,
        decisions: run.decisions,
        ...(run.costs ? { costs: run.costs } : {})
    };
}
/** Replays the scenario under each policy, and always-aggressive for the ceiling. */
function simulate(world, policies) {
    const alwaysAggressive = replay(world, 'always-aggressive');
    return {
        world,
        runs: policies.map(p => replay(world, p)),
        ceiling: Math.min(1, alwaysAggressive.share),
        alwaysAggressive
    };
}

;// CONCATENATED MODULE: ./src/cli/simulate-command.ts










/** `--policy thresholds|target|both` (default both). */
function policiesOf(raw) {
    const text = (raw ?? 'both').trim().toLowerCase();
    if (text === 'both')
        return [...POLICIES];
    const policy = POLICIES.find(p => p === text);
    if (policy)
        return [policy];
    throw new errors_ValidationError([`--policy must be one of thresholds, target, both, got '${raw}'`]);
}
/** --seed overrides the scenario's seed (a whole number ≥ 0). */
function seedOf(raw) {
    if (raw === undefined)
        return undefined;
    if (/^\d+$/.test(raw.trim()) && Number(raw) <= 2 ** 32 - 1)
        return Number(raw);
    throw new errors_ValidationError([`--seed must be a whole number from 0 to 4294967295, got '${raw}'`]);
}
async function readScenarioText(path) {
    try {
        return await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors_ValidationError([`--scenario ${path} cannot be read (${errorMessage(error)})`]);
    }
}
/** Where the chart goes: --out, else <scenario file name>.svg in the working directory. */
function chartPath(out, scenarioFile) {
    return out ?? `${(0,external_node_path_namespaceObject.basename)(scenarioFile).replace(/\.ya?ml$/i, '')}.svg`;
}
/** Parses the simulate flags before anything is read; a missing or bad value throws a ValidationError naming it. */
function parseSimulateFlags(flags) {
    const scenario = flags.scenario;
    if (!scenario)
        throw new errors_ValidationError([
            '--scenario is missing: give a scenario file, e.g. examples/scenarios/steady-team.yml'
        ]);
    const policies = policiesOf(flags.policy);
    const seed = seedOf(flags.seed);
    const { root, config, json } = flags;
    const chart = chartPath(flags.out, scenario);
    return { root, config, scenario, policies, ...(seed === undefined ? {} : { seed }), chart, json };
}
/** `simulate`: replays the scenario's period against the config under --root, prints the results, writes the chart. */
async function runSimulate(options, out) {
    const { scenario: file, seed, chart } = options;
    const parsed = parseScenario(await readScenarioText(file), file);
    const scenario = seed === undefined ? parsed : { ...parsed, seed };
    const config = await loadConfig(new FileSystemRepository(options.root), options.config);
    const sim = simulate(buildWorld(scenario, config, file), options.policies);
    await (0,promises_namespaceObject.writeFile)(chart, simulationSvg(sim, config.target), 'utf8');
    if (options.json)
        out(`${JSON.stringify(simulationJson(sim, file, chart), null, 2)}\n`);
    else
        out(renderSimulation(sim, file, chart));
}

;// CONCATENATED MODULE: ./src/reports/markdown.ts








/** Hidden markers that let later runs find their own pull request and alert issue. */
const markdown_PULL_MARKER = '<!-- dynamic-workflow-orchestrator:schedules -->';
const markdown_ALERT_MARKER = '<!-- dynamic-workflow-orchestrator:alert -->';
const STATUS_MARKER = /<!-- orchestrator-status: (SAFE|WARNING|CRITICAL) -->/;
/** GitHub refuses bodies over 65,536 characters; cut at a line boundary below that. */
const BODY_LIMIT = 65_536;
/** Cuts a body at the last line that fits, saying so. */
function markdown_fitBody(body, limit = BODY_LIMIT) {
    if (body.length <= limit)
        return body;
    const note = '\n\n_…cut to fit GitHub’s size limit; the full diff is in the job summary._\n';
    const cut = body.lastIndexOf('\n', limit - note.length);
    return body.slice(0, Math.max(cut, 0)) + note;
}
/** The status recorded in an alert issue's body by an earlier run. */
function markdown_recordedStatus(body) {
    return STATUS_MARKER.exec(body)?.[1];
}
function schedule(entries) {
    return entries
        .map(e => `\`${e.cron}\`${e.timezone ? ` (${e.timezone})` : ''} — ${describeEntry({ cron: e.cron })}`)
        .join('<br>');
}
function policyRows(plan) {
    if (!showsCosts(plan.policy))
        return [];
    const background = backgroundText(plan.policy.costs);
    return [
        `| Cost per run | ${costPerRunText(plan.policy.costs)} |`,
        ...(background ? [`| Background | ${background} outside the managed workflows |`] : []),
        `| Policy | ${policyText(plan.policy)} |`
    ];
}
function usageTable(plan) {
    const u = plan.usage;
    return [
        '| | |',
        '|---|---|',
        `| Usage | \`${usageBar(u.usagePercent, 30)}\` ${decimal(u.usagePercent)}% |`,
        `| Quota | ${count(u.quota)} |`,
        `| Used | ${count(u.used)} (${count(u.remaining)} remaining) |`,
        `| Reset | ${day(u.period.end)}, in ${decimal(u.period.remainingDays)} days |`,
        `| Burn rate | ${decimal(u.burnRate)} a day (${u.burnBasis.kind === 'history' ? `since the sample of ${day(u.burnBasis.sample.at)}` : 'period average'}) |`,
        `| Projected at reset | ${count(u.projected)} (${decimal((u.projected / u.quota) * 100)}% of the quota) |`,
        `| Pace | ${u.pace.toFixed(2)} × an even spend |`,
        `| Status | ${STATUS_ICON[u.status]} ${STATUS_TEXT[u.status]} |`,
        `| Mode | ${MODE_ICON[plan.mode]} **${plan.mode}** — ${modeReasonText(u.modeReason)} |`,
        ...policyRows(plan)
    ].join('\n');
}
function markdown_workflowRow(w) {
    const to = w.changed ? schedule(w.to) : '_unchanged_';
    return `| ${w.id} | \`${w.path}\` | ${schedule(w.from)} | ${to} | ${w.runsBefore} → ${w.runsAfter} |`;
}
/** One row per workflow: current and new crons, runs per 30 days before → after. */
function markdown_workflowTable(workflows) {
    return [
        '| Workflow | File | Current crons | New crons | Runs / 30 days |',
        '|---|---|---|---|---|',
        ...workflows.map(markdown_workflowRow)
    ].join('\n');
}
/** The pull request's title. */
function markdown_pullRequestTitle(plan) {
    const n = changedWorkflows(plan).length;
    return `Orchestrator: ${plan.mode} schedules for ${n} workflow${n === 1 ? '' : 's'}`;
}
/** One line per comment an edit left beside a cron that changed. */
function staleCommentLines(workflows) {
    const code = (text) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
    const lines = workflows.flatMap(w => (w.staleComments ?? []).map(c => `- \`${w.path}\` line ${c.line}: ${code(c.text)} — comment may no longer describe its cron`));
    return lines.length === 0 ? [] : ['Comments to check:', '', ...lines, ''];
}
/** The pull request's body: usage, one row per changed workflow, and the marker. */
function markdown_pullRequestBody(plan) {
    const changed = changedWorkflows(plan);
    return markdown_fitBody([
        `The Dynamic Workflow Orchestrator moves ${changed.length} workflow${changed.length === 1 ? '' : 's'} to the **${plan.mode}** schedule. Only the \`on.schedule\` crons change; merge to apply.`,
        '',
        usageTable(plan),
        '',
        markdown_workflowTable(changed),
        '',
        ...staleCommentLines(changed),
        '<details><summary>Diff</summary>',
        '',
        '```diff',
        renderDiff(plan).trimEnd(),
        '```',
        '</details>',
        '',
        markdown_PULL_MARKER
    ].join('\n'));
}
/** The alert issue's title. */
function markdown_issueTitle(plan) {
    const u = plan.usage;
    return `Orchestrator: usage ${u.status} — ${decimal(u.usagePercent)}% used, ${count(u.projected)} of ${count(u.quota)} projected`;
}
/** The alert issue's body; it records the status so the next run can tell whether it worsened. */
function markdown_issueBody(plan, pull) {
    const u = plan.usage;
    const advice = u.status === 'CRITICAL'
        ? 'The quota is used up or projected to run out before the reset. The managed workflows move to the conservative schedule; consider pausing manual runs.'
        : 'Usage is approaching the quota. Keep an eye on manual runs until the reset.';
    return markdown_fitBody([
        `### ${STATUS_ICON[u.status]} ${STATUS_TEXT[u.status]}`,
        '',
        advice,
        '',
        usageTable(plan),
        '',
        pull ? `Schedule pull request: #${pull.number}` : 'No schedule change is pending.',
        '',
        `_Updated ${plan.now.toISOString()}. This issue closes itself when usage is back to SAFE._`,
        '',
        markdown_ALERT_MARKER,
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
        ? `**${mode}** (since ${since ? day(since) : 'an unrecorded time'})`
        : '_none_ (the workflows on the base branch match no single mode)';
    const pull = links.pullRequest;
    const waiting = pull
        ? `, PR waiting ${decimal(Math.max(plan.now.getTime() - Date.parse(pull.createdAt), 0) / DAY_MS)} days`
        : '';
    const proposed = changedWorkflows(plan).length > 0 && links.pullRequestOperation !== 'closed'
        ? `; proposed: **${plan.mode}**${waiting}`
        : '';
    return [`- Mode in force: ${held}${proposed}`];
}
/** The job summary: usage, mode and why, every workflow, links, API calls; in dry run also the diff and would-be texts. */
function jobSummary(plan, links) {
    const parts = [
        `## ${MODE_ICON[plan.mode]} Dynamic Workflow Orchestrator${links.dryRun ? ' (dry run: nothing written)' : ''}`,
        '',
        usageTable(plan),
        '',
        markdown_workflowTable(plan.workflows),
        '',
        ...inForceLine(plan, links),
        linkLine('Pull request', links.pullRequestOperation, links.pullRequest, links.dryRun),
        links.alertProblem
            ? `- ⚠️ Alert issue not written: ${links.alertProblem}`
            : linkLine('Alert issue', links.issueOperation, links.issue, links.dryRun),
        `- GitHub API requests made: ${links.requests}`,
        ...plan.usage.warnings.map(w => `- ⚠️ ${warningText(w)}`)
    ];
    const diff = renderDiff(plan);
    if (diff)
        parts.push('', '<details><summary>Diff</summary>', '', '```diff', diff.trimEnd(), '```', '</details>');
    if (links.dryRun && changedWorkflows(plan).length > 0) {
        parts.push('', `<details><summary>Would-be pull request: ${markdown_pullRequestTitle(plan)}</summary>`, '', markdown_pullRequestBody(plan), '</details>');
    }
    if (links.dryRun && plan.usage.status !== 'SAFE') {
        parts.push('', `<details><summary>Would-be alert issue: ${markdown_issueTitle(plan)}</summary>`, '', markdown_issueBody(plan), '</details>');
    }
    return `${parts.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/reports/restore-report.ts



function target(facts) {
    return facts.to
        ? `the crons in force at ${facts.to.toISOString()}`
        : "the backup (the crons before the orchestrator's first change)";
}
function restore_report_plural(n) {
    return `${n} workflow${n === 1 ? '' : 's'}`;
}
function diffBlock(facts) {
    const diff = renderDiff(facts);
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
function restore_report_restoreTitle(facts) {
    const n = changedWorkflows(facts).length;
    return `Orchestrator: restore ${restore_report_plural(n)} to ${facts.to ? `the crons of ${facts.to.toISOString()}` : 'the backup'}`;
}
/** The restore pull request's body: what is put back, one row per workflow, the diff and the marker. */
function restore_report_restoreBody(facts) {
    const changed = changedWorkflows(facts);
    return fitBody([
        `The Dynamic Workflow Orchestrator puts ${restore_report_plural(changed.length)} back to ${target(facts)}, as recorded in its state. Only the \`on.schedule\` crons change; merge to apply.`,
        '',
        workflowTable(changed),
        ...diffBlock(facts),
        '',
        PULL_MARKER
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
        `Restoring ${target(facts)}: ${changedWorkflows(facts).length} of the ${restore_report_plural(facts.workflows.length)} the state records change.`,
        '',
        workflowTable(facts.workflows),
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
        changes: plan_changedWorkflows(facts).map(w => ({
            workflow: w.id,
            path: w.path,
            from: w.from.map(e => e.cron),
            to: w.to.map(e => e.cron)
        }))
    };
}

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
    const last = inForceChanges(changes)
        .filter(c => inForceTime(c) <= at.getTime())
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
    const from = readSchedule(text, target.path);
    const to = target.crons.map(cron => ({ cron }));
    const newText = editSchedule(text, target.path, to);
    return {
        id: target.workflow,
        path: target.path,
        from,
        to,
        changed: newText !== text,
        runsBefore: runsPer30Days(from, now),
        runsAfter: runsPer30Days(to, now),
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
        ...t.crons.flatMap(cron => entryProblems({ cron }).map(p => `${t.path}: recorded cron '${cron}' — ${p}`))
    ]);
    if (problems.length > 0)
        throw new errors_ValidationError(problems, 'Cannot restore');
    return targets.map(t => restoreWorkflow(t, texts.get(t.path), now));
}

;// CONCATENATED MODULE: ./src/use-cases/state-store.ts


const STALE_RETRIES = 3;
/** No state: the state is disabled, or this is the first run. */
function state_store_emptyLoadedState() {
    return { state: emptyState(), version: undefined };
}
/** Reads and checks the state; nothing stored is an empty state. `name` says where it lives, for messages. */
async function state_store_loadState(storage, name) {
    const stored = await storage.read();
    if (!stored)
        return state_store_emptyLoadedState();
    return { state: parseState(stored.text, name), version: stored.version };
}
/**
 * Adds this run's records and writes the state with its version. When another run wrote in between, the newer state
 * is read, this run's additions are merged into it and the write is tried again: nothing either run recorded is lost.
 * Writes nothing when the additions change nothing.
 */
async function state_store_saveState(storage, name, loaded, additions) {
    const ours = recordInState(loaded.state, additions);
    if (serializeState(ours) === serializeState(loaded.state))
        return loaded.state;
    let current = { state: ours, version: loaded.version };
    const message = `orchestrator: record ${(additions.samples ?? []).map(s => `usage ${s.used}`).join(', ') || 'state'}`;
    for (let attempt = 0;; attempt++) {
        try {
            await storage.write(serializeState(current.state), current.version, message);
            return current.state;
        }
        catch (error) {
            if (!(error instanceof StaleFileError) || attempt >= STALE_RETRIES)
                throw error;
            const newer = await state_store_loadState(storage, name);
            current = { state: mergeStates(newer.state, ours, loaded.state), version: newer.version };
        }
    }
}

;// CONCATENATED MODULE: ./src/use-cases/apply-schedules/alert-issue.ts


const alert_issue_RANK = { SAFE: 0, WARNING: 1, CRITICAL: 2 };
const ISSUES_DISABLED = (/* unused pure expression or super */ null && ('issues are disabled in this repository, so the alert issue cannot be opened — enable them under Settings → ' +
    'General → Features → Issues'));
const alertOf = (threads) => threads.find(t => t.body.includes(ALERT_MARKER));
/** Open alert issues (labelled with the first label, carrying the hidden marker), oldest first. */
async function openAlerts(repo, label) {
    return (await repo.listIssues(label, 'open'))
        .filter(t => t.body.includes(ALERT_MARKER))
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
        if (!made)
            throw error;
        return made;
    }
    const oldest = await findAlertIssue(repo, label);
    return oldest ?? created;
}
function worsened(before, now) {
    return alert_issue_RANK[now] !== undefined && alert_issue_RANK[now] > (alert_issue_RANK[before ?? 'SAFE'] ?? 0);
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
    const title = issueTitle(plan);
    const body = issueBody(plan, options.pullRequest);
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
    if (options.open && worsened(recordedStatus(existing.body), plan.usage.status)) {
        await repo.comment(existing.number, `🚨 Status worsened to **${plan.usage.status}**.`);
    }
    const operation = options.open ? (unchanged ? 'none' : 'updated') : 'reopened';
    return { operation, issue };
}
/** Opens, updates, reopens or closes the one alert issue (DESIGN §6). In dry run it only reads. */
async function alert_issue_publishAlert(repo, plan, options) {
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
        if (error instanceof PermissionError || error instanceof NotFoundError)
            return { operation: 'none', problem: error.message };
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/use-cases/apply-schedules/git-blob.ts

/** The git blob sha of a text, as GitHub reports it for a file with exactly these UTF-8 bytes. */
function git_blob_gitBlobSha(text) {
    const bytes = Buffer.from(text, 'utf8');
    return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

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
            changed.every(w => comparison.files.get(w.path) === gitBlobSha(w.newText));
        return { exists: true, holdsChange };
    }
    catch (error) {
        if (error instanceof NotFoundError)
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
        if (!(error instanceof AlreadyExistsError))
            throw error;
        await repo.resetBranch(branch, sha);
    }
}
/**
 * Puts the changed workflows on the fixed branch as ONE commit on the base head (DESIGN §14), then moves the branch
 * once. Until the branch moves nothing is visible, so a failure leaves the branch as it was, and the branch never
 * holds files of two runs. Returns false when the branch already held exactly this change.
 */
async function schedule_branch_pushScheduleBranch(repo, target, changed) {
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
async function pull_request_publishPullRequest(repo, plan, target, text) {
    const changed = changedWorkflows(plan);
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

;// CONCATENATED MODULE: ./src/use-cases/apply-schedules/apply-schedules.ts









const silent = { phase: (_name, work) => work(), info: () => { } };
/** The base branch and its head, checked against the schedule and state branches before anything is written. */
async function apply_schedules_resolveBase(ports, settings) {
    const info = await ports.info();
    const base = settings.base || info.defaultBranch;
    const problems = [];
    if (settings.branch === base)
        problems.push(`input 'branch' is the base branch '${base}'; the schedule changes need a branch of their own`);
    if (settings.stateBranch === base)
        problems.push(`input 'state-branch' is the base branch '${base}'; the state must live on its own branch`);
    if (problems.length > 0)
        throw new ValidationError(problems);
    const baseHead = await ports.branchHead(base);
    if (!baseHead)
        throw new ValidationError([`input 'base': branch '${base}' does not exist in the repository`]);
    return { base, baseHead, issuesEnabled: info.issuesEnabled };
}
function proposedChanges(plan) {
    const at = plan.now.toISOString();
    return changedWorkflows(plan).map(w => ({
        at,
        mode: plan.mode,
        workflow: w.id,
        path: w.path,
        from: w.from.map(e => e.cron),
        to: w.to.map(e => e.cron)
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
    const open = pullRequest.pullRequest !== undefined && pullRequest.operation !== 'closed';
    const changes = reconcileChanges(loaded.state.changes, {
        now: plan.now,
        base: new Map(plan.workflows.map(w => [w.id, w.from.map(e => e.cron)])),
        proposals: open ? proposedChanges(plan) : [],
        fresh: pullRequest.operation === 'created'
    });
    await saveState(storage, name, loaded, { samples, changes });
}
/** Reads the state (when there is one) and plans the run from the base branch. */
async function readAndPlan(ports, settings, where, now, phase) {
    const storage = settings.stateBranch ? ports.stateStorage(where.baseHead) : undefined;
    const loaded = await phase('Read the state', () => storage ? loadState(storage, ports.stateName) : Promise.resolve(emptyLoadedState()));
    const plan = await phase('Plan', () => planSchedules(textSourceAt(ports, where.baseHead), {
        usage: settings.usage,
        configPath: settings.config,
        state: loaded.state,
        now,
        usedName: "input 'used'",
        policy: settings.policy
    }));
    return { storage, loaded, plan };
}
const numbered = (thread) => (thread ? ` #${thread.number}` : '');
/**
 * One run (DESIGN §1): read the usage and the files from the base branch, plan, write the branch and the pull request,
 * raise or close the alert, record the state. Every check happens before the first write.
 */
async function applySchedules(ports, settings, now, progress = silent) {
    const { phase, info } = progress;
    const would = settings.dryRun ? ' (dry run: would be)' : '';
    const where = await phase('Read the repository', () => apply_schedules_resolveBase(ports, settings));
    info(`base ${where.base} at ${where.baseHead}`);
    const { storage, loaded, plan } = await readAndPlan(ports, settings, where, now, phase);
    info(`mode ${plan.mode}, status ${plan.usage.status}, ${changedWorkflows(plan).length} workflows change`);
    const target = {
        ...where,
        branch: settings.branch,
        labels: settings.labels,
        dryRun: settings.dryRun
    };
    const text = () => ({ title: pullRequestTitle(plan), body: pullRequestBody(plan) });
    const pullRequest = await phase('Pull request', () => publishPullRequest(ports, plan, target, text));
    info(`pull request${would}: ${pullRequest.operation}${numbered(pullRequest.pullRequest)}`);
    const alert = await phase('Alert issue', () => publishAlert(ports, plan, {
        labels: settings.labels,
        dryRun: settings.dryRun,
        issuesEnabled: where.issuesEnabled,
        pullRequest: pullRequest.operation === 'closed' ? undefined : pullRequest.pullRequest
    }));
    info(`alert issue${would}: ${alert.operation}${numbered(alert.issue)}`);
    if (!settings.dryRun) {
        const given = settings.usage.used;
        await phase('Record the state', () => recordState(storage, ports.stateName, loaded, { plan, pullRequest, given }));
    }
    return { plan, pullRequest, alert, requests: ports.requestCount() };
}

;// CONCATENATED MODULE: ./src/use-cases/restore-schedules.ts









const restore_schedules_silent = { phase: (_name, work) => work(), info: () => { } };
/** What the restore puts back; nothing recorded is an error that names the state. */
function targetsOrFail(state, name, to) {
    const targets = restoreTargets(state.changes, to);
    if (targets.length === 0)
        throw new errors_ValidationError([
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
    const changes = reconcileChanges(loaded.state.changes, {
        now: result.now,
        base: new Map(result.workflows.map(w => [w.id, w.from.map(e => e.cron)])),
        proposals: changedWorkflows(result).map(w => ({
            ...{ at, mode: 'restore', workflow: w.id, path: w.path },
            ...{ from: w.from.map(e => e.cron), to: w.to.map(e => e.cron) }
        })),
        fresh: result.pullRequest.operation === 'created'
    });
    await saveState(storage, name, loaded, { changes });
}
/**
 * Opens the pull request that puts the managed workflows back to the backup recorded in the state (or to the crons in
 * force at `settings.restoreTo`): the same fixed branch and pull request as the schedule changes, so one replaces the
 * other. When every workflow already has those crons nothing is written and an open pull request is left alone.
 */
async function restoreSchedules(ports, settings, now, progress = restore_schedules_silent) {
    const { phase, info } = progress;
    const to = settings.restoreTo;
    const where = await phase('Read the repository', () => resolveBase(ports, settings));
    const storage = ports.stateStorage(where.baseHead);
    if (!storage)
        throw new ValidationError(["operation 'restore' needs the state branch"]);
    const loaded = await phase('Read the state', () => loadState(storage, ports.stateName));
    const targets = targetsOrFail(loaded.state, ports.stateName, to);
    const workflows = await phase('Plan', () => restoreFrom(textSourceAt(ports, where.baseHead), targets, now));
    info(`${changedWorkflows({ workflows }).length} of ${workflows.length} workflows to restore`);
    const result = { to, workflows, requests: 0 };
    if (changedWorkflows(result).length === 0)
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
    const text = () => ({ title: restoreTitle(result), body: restoreBody(result) });
    const pullRequest = await phase('Pull request', () => publishPullRequest(ports, { mode: 'restored', workflows }, target, text));
    if (!settings.dryRun)
        await phase('Record the state', () => recordProposals(storage, ports.stateName, loaded, { now, workflows, pullRequest }));
    return { ...result, pullRequest, requests: ports.requestCount() };
}

;// CONCATENATED MODULE: ./src/cli/restore-command.ts








/** `restore --root <dir> --history <state file> [--to <ISO date>] [--json]`; a missing or bad value is a ValidationError. */
function parseRestoreFlags(values) {
    const problems = [];
    if (values.history === undefined)
        problems.push('restore needs --history <state file>: the state holds the crons to restore');
    const to = parseRestoreTo(values.to ?? '', '--to', problems);
    if (problems.length > 0)
        throw new errors_ValidationError(problems);
    return { restore: true, root: values.root, history: values.history, to, json: values.json };
}
async function readState(path) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors_ValidationError([`--history ${path} cannot be read (${errorMessage(error)})`]);
    }
    return state_parseState(text, path);
}
/**
 * Writes the recorded workflows under --root back to the backup in the state file (or to the crons in force at --to),
 * as `apply` writes a plan. Nothing recorded is an error naming the file; nothing is written then.
 */
async function runRestore(options, out) {
    const state = await readState(options.history);
    const targets = targetsOrFail(state, options.history, options.to);
    const repo = new FileSystemRepository(options.root);
    const workflows = await restoreFrom(repo, targets, new Date());
    const changed = plan_changedWorkflows({ workflows });
    for (const w of changed)
        await repo.writeText(w.path, w.newText);
    if (options.json)
        return out(`${JSON.stringify(restoreJson({ to: options.to, workflows }), null, 2)}\n`);
    if (changed.length === 0)
        out('Nothing to restore: every recorded workflow already has the crons to restore.\n');
    for (const w of changed)
        out(`restored ${w.path}\n`);
}

;// CONCATENATED MODULE: ./src/cli/version.ts
/**
 * The package version `--version` prints. A constant rather than a read of package.json, which the bundled CLI does
 * not ship beside it; a test keeps the two equal.
 */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/main.ts
















function main_parseNow(raw) {
    if (raw === undefined)
        return new Date();
    const now = new Date(raw);
    if (Number.isNaN(now.getTime()))
        throw new errors_ValidationError([
            `--now must be an ISO 8601 time such as 2025-11-12T02:24:00Z, got '${raw}'`
        ]);
    return now;
}
function parsePlanFlags(command, values) {
    const problems = [];
    const policy = parsePolicy(values.policy ?? '', '--policy', problems);
    if (problems.length > 0)
        throw new errors_ValidationError(problems);
    const usage = parseUsageSettings({ quota: values.quota, used: values.used, resetDay: values['reset-day'], mode: values.mode }, { quota: '--quota', used: '--used', resetDay: '--reset-day', mode: '--mode' });
    if (usage.used === undefined && values.history === undefined)
        throw new errors_ValidationError([
            'neither --used nor --history was given — pass --used <usage so far>, or --history <state file> to take its latest sample'
        ]);
    const { root, config, history, json } = values;
    const now = main_parseNow(values.now);
    return { command, usage, policy, now, root, config, ...(history ? { history } : {}), json };
}
/** Every flag value parsed before anything is read: a value that does not parse is a bad command line. */
function parseFlags(command, values) {
    try {
        if (command === 'restore')
            return parseRestoreFlags(values);
        return command === 'simulate' ? parseSimulateFlags(values) : parsePlanFlags(command, values);
    }
    catch (error) {
        if (error instanceof errors_ValidationError)
            throw new CommandLineError(error.message, { cause: error });
        throw error;
    }
}
/** --root names the checkout; say so plainly when it is not there rather than "config not found". */
async function main_checkRoot(root) {
    const found = await (0,promises_namespaceObject.stat)(root).catch(() => undefined);
    if (found === undefined)
        throw new errors_ValidationError([`--root ${root} does not exist`]);
    if (!found.isDirectory())
        throw new errors_ValidationError([`--root ${root} is not a directory`]);
}
async function readHistory(path) {
    if (path === undefined)
        return undefined;
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors_ValidationError([`--history ${path} cannot be read (${errorMessage(error)})`]);
    }
    return state_parseState(text, path);
}
async function apply(plan, repo, term) {
    const changed = plan_changedWorkflows(plan);
    for (const w of changed)
        await repo.writeText(w.path, w.newText);
    if (changed.length === 0)
        term.out(`Nothing to change: every managed workflow already has its ${plan.mode} schedule.\n`);
    for (const w of changed)
        term.out(`updated ${w.path}\n`);
}
async function runPlan(options, term) {
    const { command, usage, now, policy } = options;
    const repo = new FileSystemRepository(options.root);
    const state = await readHistory(options.history);
    const configPath = options.config;
    const plan = await plan_schedules_planSchedules(repo, {
        usage,
        configPath,
        state,
        now,
        usedName: '--used',
        policy
    });
    if (options.json)
        term.out(`${JSON.stringify(jsonReport(plan), null, 2)}\n`);
    else if (command === 'status')
        term.out(`${renderTextReport(plan)}\n`);
    else if (command === 'plan')
        term.out(diff_renderDiff(plan) ||
            `No changes: every managed workflow already has its ${plan.mode} schedule.\n`);
    if (command === 'apply')
        await apply(plan, repo, options.json ? { out: () => { }, err: term.err } : term);
}
async function execute(options, term) {
    await main_checkRoot(options.root);
    if ('restore' in options)
        await runRestore(options, text => term.out(text));
    else if ('scenario' in options)
        await runSimulate(options, text => term.out(text));
    else
        await runPlan(options, term);
}
function failed(error, term) {
    term.err(`error: ${errorMessage(error)}\n`);
    return 1;
}
/**
 * Runs the CLI with the arguments after the program name; returns the exit code: 0 done, 1 a file or directory that
 * does not work (nothing written), 2 a bad command line.
 */
async function runCli(argv, term) {
    const standalone = STANDALONE[argv[0] ?? ''];
    if (standalone)
        return standalone(argv.slice(1), term);
    let options;
    try {
        const invocation = parseCommandLine(argv);
        if (invocation.kind === 'help')
            term.out(HELP);
        if (invocation.kind === 'version')
            term.out(`${VERSION}\n`);
        if (invocation.kind !== 'command')
            return 0;
        options = parseFlags(invocation.command, invocation.values);
    }
    catch (error) {
        if (!(error instanceof CommandLineError))
            return failed(error, term);
        term.err(`error: ${error.message}\nRun with --help to see the commands and flags.\n`);
        return 2;
    }
    try {
        await execute(options, term);
        return 0;
    }
    catch (error) {
        return failed(error, term);
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
exports.X5 = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map