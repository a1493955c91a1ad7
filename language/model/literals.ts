// Typed literals of the language (durations, dates, quarters, percentages, numbers):
// parsed once here so that validation, the model, hover and the CLI agree on their meaning.
import type { Duration } from '../generated/ast.js';

/** Hours in one unit, as documented in README ("Durations"): a business day counts as a day. */
export const HOURS_PER_UNIT = {
    minute: 1 / 60,
    hour: 1,
    day: 24,
    week: 168,
    month: 720,
    quarter: 2160,
    year: 8760
} as const;

export type BaseUnit = keyof typeof HOURS_PER_UNIT;

export interface DurationValue {
    /** The whole number written, e.g. 48 in `48 hours`. */
    amount: number;
    unit: BaseUnit;
    business: boolean;
    /** The duration normalised to hours (for comparisons such as `sla-unreachable`). */
    hours: number;
    /** Canonical text, e.g. `48 hours`, `3 business days`, `1 week`. */
    text: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const SHORTHAND_UNITS: Record<string, BaseUnit> = { min: 'minute', h: 'hour', d: 'day', w: 'week', mo: 'month', q: 'quarter', y: 'year' };

/** Maps a written unit (`hours`, `weeks`, `quarter`) to its base unit. */
export function baseUnit(unit: string): BaseUnit | undefined {
    const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
    return singular in HOURS_PER_UNIT ? (singular as BaseUnit) : undefined;
}

/** Formats an amount of a unit the way a person writes it: `1 week`, `2 weeks`, `3 business days`. */
export function formatDuration(amount: number, unit: BaseUnit, business = false): string {
    return `${amount} ${business ? 'business ' : ''}${unit}${amount === 1 ? '' : 's'}`;
}

/** Reads the amount and unit of a written duration, before range checks. */
export function parseDurationParts(
    amountText: string | undefined,
    unitText: string | undefined,
    business: boolean,
    shorthand: string | undefined
): Parsed<DurationValue> {
    let amountSource: string | undefined = amountText;
    let unit: BaseUnit | undefined;
    if (shorthand !== undefined) {
        const match = /^([0-9]+)(min|mo|h|d|w|q|y)$/.exec(shorthand);
        if (!match) {
            return { ok: false, problem: `'${shorthand}' is not a duration: use e.g. 30min, 48h, 2d, 1w, 1mo, 1q or 1y.` };
        }
        amountSource = match[1];
        unit = SHORTHAND_UNITS[match[2]];
    } else {
        unit = unitText === undefined ? undefined : baseUnit(unitText);
    }
    if (amountSource === undefined || unit === undefined) {
        return { ok: false, problem: 'A duration needs a whole number and a unit, e.g. `48 hours`.' };
    }
    if (!/^[0-9]+$/.test(amountSource)) {
        return { ok: false, problem: `A duration takes a whole number: '${amountSource}' is not one. Use a smaller unit, e.g. 36 hours instead of 1.5 days.` };
    }
    const amount = Number(amountSource);
    if (amount <= 0) {
        return { ok: false, problem: `A duration of ${amountSource} is empty: give a positive amount, e.g. \`48 hours\`.` };
    }
    if (business && unit !== 'day') {
        return { ok: false, problem: `'business' only qualifies days, e.g. \`3 business days\`, not ${unitText}.` };
    }
    return { ok: true, value: { amount, unit, business, hours: amount * HOURS_PER_UNIT[unit], text: formatDuration(amount, unit, business) } };
}

/** Parses a duration node of the AST. */
export function parseDuration(node: Duration): Parsed<DurationValue> {
    return parseDurationParts(node.amount, node.unit, node.business, node.shorthand);
}

/** How often something recurs, as people say it: `week` for one week, `2 weeks` otherwise. */
export function formatEvery(interval: DurationValue): string {
    return interval.amount === 1 && !interval.business ? interval.unit : interval.text;
}

/** The interval of a cadence written as `every week` (a period unit, meaning one of it). */
export function periodDuration(period: string): DurationValue | undefined {
    const unit = baseUnit(period);
    return unit ? { amount: 1, unit, business: false, hours: HOURS_PER_UNIT[unit], text: formatDuration(1, unit) } : undefined;
}

export interface DateValue {
    year: number;
    month: number;
    day: number;
    text: string;
}

/** Parses an ISO date `YYYY-MM-DD`, rejecting days that do not exist (2027-02-30). */
export function parseDate(text: string): Parsed<DateValue> {
    const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
    if (!match) {
        return { ok: false, problem: `'${text}' is not a date: write it as YYYY-MM-DD, e.g. 2027-06-30.` };
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12) {
        return { ok: false, problem: `${text} is not a date: there is no month ${match[2]}.` };
    }
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) {
        return { ok: false, problem: `${text} is not a date: month ${match[2]} of ${year} has ${daysInMonth} days.` };
    }
    return { ok: true, value: { year, month, day, text } };
}

export interface QuarterValue {
    year: number;
    quarter: number;
    text: string;
}

/** Parses a quarter `YYYY-Qn` with n from 1 to 4. */
export function parseQuarter(text: string): Parsed<QuarterValue> {
    const match = /^([0-9]{4})-Q([0-9]+)$/.exec(text);
    if (!match) {
        return { ok: false, problem: `'${text}' is not a quarter: write it as YYYY-Qn, e.g. 2027-Q2.` };
    }
    const quarter = Number(match[2]);
    if (quarter < 1 || quarter > 4) {
        return { ok: false, problem: `${text} is not a quarter: a year has quarters Q1 to Q4.` };
    }
    return { ok: true, value: { year: Number(match[1]), quarter, text } };
}

/** Parses a date or a quarter, as accepted by `by` and `expected by`. */
export function parseDateOrQuarter(text: string): Parsed<DateValue | QuarterValue> {
    return text.includes('-Q') ? parseQuarter(text) : parseDate(text);
}

/** The last calendar day a date or quarter stands for, as `YYYY-MM-DD` (for ordering and overdue checks). */
export function lastDayOf(value: DateValue | QuarterValue): string {
    if ('day' in value) {
        return value.text;
    }
    const month = value.quarter * 3;
    const day = new Date(Date.UTC(value.year, month, 0)).getUTCDate();
    return `${value.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface TargetValue {
    value: number;
    percent: boolean;
    text: string;
}

/** Parses a metric target: a number (`500`) or a percentage from 0% to 100% (`60%`). */
export function parseTarget(text: string): Parsed<TargetValue> {
    const percent = text.endsWith('%');
    const value = Number(percent ? text.slice(0, -1) : text);
    if (!Number.isFinite(value)) {
        return { ok: false, problem: `'${text}' is not a number.` };
    }
    if (percent && value > 100) {
        return { ok: false, problem: `${text} is out of range: a percentage target lies between 0% and 100%.` };
    }
    return { ok: true, value: { value, percent, text } };
}

/** Today's date as `YYYY-MM-DD` in UTC. */
export function todayIso(now: Date = new Date()): string {
    return now.toISOString().slice(0, 10);
}

/** The ISO date `days` days after an ISO date (calendar days, UTC). */
export function addDays(iso: string, days: number): string {
    const date = new Date(`${iso}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}

/** A share written as a fraction: `2/3`. */
export interface FractionValue {
    numerator: number;
    denominator: number;
    value: number;
    text: string;
}

/** Parses `N/M` with 0 < N/M ≤ 1 (docs/language.md, "Bodies"). */
export function parseFraction(text: string): Parsed<FractionValue> {
    const match = /^([0-9]+)\/([0-9]+)$/.exec(text);
    if (!match) return { ok: false, problem: `'${text}' is not a fraction: write it as N/M, e.g. 2/3.` };
    const numerator = Number(match[1]);
    const denominator = Number(match[2]);
    if (numerator === 0 || denominator === 0 || numerator > denominator) {
        return { ok: false, problem: `${text} is not a share of the seats: it must be more than 0 and at most 1, e.g. 2/3.` };
    }
    return { ok: true, value: { numerator, denominator, value: numerator / denominator, text } };
}

/** Parses a whole number of at least 1 (a quorum or a limit of seats). */
export function parseCount(text: string): Parsed<number> {
    if (!/^[0-9]+$/.test(text) || Number(text) < 1) return { ok: false, problem: `${text} is not a whole number of seats of 1 or more.` };
    return { ok: true, value: Number(text) };
}

/** Calendar months in the units that are counted in months, for dates: a year ends on the same day. */
const MONTHS_PER_UNIT: Partial<Record<BaseUnit, number>> = { month: 1, quarter: 3, year: 12 };

/** The ISO date a duration after an ISO date: months, quarters and years by the calendar, the rest by days. */
export function addDuration(iso: string, duration: DurationValue): string {
    const months = MONTHS_PER_UNIT[duration.unit];
    if (months === undefined) return addDays(iso, Math.ceil(duration.hours / HOURS_PER_UNIT.day));
    const date = new Date(`${iso}T00:00:00Z`);
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + months * duration.amount);
    const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, last));
    return date.toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (a date is its whole day, so the same day is 0). */
export function daysBetween(from: string, to: string): number {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
