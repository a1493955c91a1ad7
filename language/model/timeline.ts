// What the model knows about time and forums (spec §9–§10): where each risk stands and when
// it must have been escalated, each metric's trajectory, when the alignment review falls due,
// and how many hours a month each stakeholder spends in forums. Dates only: comparing them
// with today is the validators' job, so the model stays the same whatever day it is read.
import {
    isActualProperty,
    isBaselineProperty,
    isByProperty,
    isEscalatedOnProperty,
    isEscalatesProperty,
    isMitigationProperty,
    isReviewedByProperty,
    isStatusProperty,
    isTargetProperty,
    isOwnerProperty,
    isStakeholder,
    isGroup,
    type Cadence,
    type Declaration,
    type Group,
    type Initiative,
    type MeasurePoint,
    type Metric,
    type Risk,
    type Stakeholder,
    type TargetProperty
} from '../generated/ast.js';
import type { Party } from './alignment-model.js';
import { unique } from './lists.js';
import { anyDeclaration, dateValue, duration, namedReference, type NamedReference, type Resolve } from './model-reading.js';
import { addDays, lastDayOf, parseDateOrQuarter, parseTarget, type DateValue, type DurationValue } from './literals.js';

export type RiskStatus = 'risk' | 'issue' | 'blocker' | 'closed';

/**
 * Who a risk or metric names as its owner; the one answer the checks, impact, report and
 * roadmap read: its first owner as written and resolved (to a declaration of any kind), and
 * the stakeholders and groups its `owner` properties name.
 */
export interface OwnerFacts extends NamedReference<Declaration> {
    owners: Array<Stakeholder | Group>;
}

/** The owner facts of a risk or metric. */
export function ownerFacts(owned: Risk | Metric, resolve: Resolve): OwnerFacts {
    const properties = (owned.properties ?? []).filter(isOwnerProperty);
    return {
        ...namedReference(properties[0]?.owners[0], resolve, anyDeclaration),
        owners: unique(
            properties
                .flatMap(property => property.owners)
                .map(resolve)
                .filter((target): target is Stakeholder | Group => isStakeholder(target) || isGroup(target))
        )
    };
}

export interface RiskInfo {
    risk: Risk;
    owner: OwnerFacts;
    /** Its `mitigation`, as written. */
    mitigation?: string;
    status: RiskStatus;
    since?: DateValue;
    escalatesTo?: Party;
    escalatesAfter?: DurationValue;
    escalatedOn?: DateValue;
    /** `since` + `after`: the day by which an issue or blocker must have been escalated. */
    escalationDeadline?: string;
}

export interface MeasuredValue {
    value: number;
    percent: boolean;
    date: DateValue;
    text: string;
    /** Where it is written: findings and the roadmap's marks point there. */
    point: MeasurePoint;
}

export interface MetricInfo {
    metric: Metric;
    owner: OwnerFacts;
    baseline?: MeasuredValue;
    target?: { value: number; percent: boolean; text: string; property: TargetProperty };
    /** The target's date (the last day of a quarter). */
    targetDate?: string;
    /** The target's date as written (`2027-Q3` says more than the quarter's last day). */
    byText?: string;
    /** Every `actual`, oldest first. */
    actuals: MeasuredValue[];
    latest?: MeasuredValue;
    /** Where the straight line from baseline to target stands on the latest actual's date. */
    expectedAtLatest?: number;
    /** How far the latest actual is behind that line, as a share of baseline → target (0.1 = 10%). */
    shortfall?: number;
}

export interface ReviewInfo {
    initiative: Initiative;
    cadence?: Cadence;
    on: DateValue;
    /** `on` + 1.5 × the forum's interval: after this day the review is overdue. */
    overdueAfter?: string;
}

/** Cadences by how often they meet, as the rhythm view groups them. */
export type CadenceTier = 'weekly' | 'biweekly' | 'monthly' | 'quarterly';

export const CADENCE_TIERS: readonly CadenceTier[] = ['weekly', 'biweekly', 'monthly', 'quarterly'];

/** The tier of a cadence meeting every `interval`. */
export function tierOf(interval: DurationValue | undefined): CadenceTier | undefined {
    if (!interval) return undefined;
    if (interval.hours <= 168) return 'weekly';
    if (interval.hours <= 336) return 'biweekly';
    if (interval.hours <= 720) return 'monthly';
    return 'quarterly';
}

const DAY_HOURS = 24;

function days(duration: DurationValue): number {
    return Math.round(duration.hours / DAY_HOURS);
}

function measured(point: MeasurePoint | undefined): MeasuredValue | undefined {
    const when = dateValue(point?.date);
    const value = point?.value ? parseTarget(point.value) : undefined;
    if (!when || !value?.ok) return undefined;
    return { value: value.value.value, percent: value.value.percent, date: when, text: `${point!.value} on ${when.text}`, point: point! };
}

/** Where each risk stands, from `status … since …`, `escalates to … after …` and `escalated on`. */
export function riskFacts(risk: Risk, party: (node: unknown) => Party | undefined, resolve: Resolve): RiskInfo {
    const properties = risk.properties ?? [];
    const status = properties.find(isStatusProperty);
    const escalates = properties.find(isEscalatesProperty);
    const since = dateValue(status?.since);
    const escalatesAfter = duration(escalates?.after);
    return {
        risk,
        owner: ownerFacts(risk, resolve),
        mitigation: properties.find(isMitigationProperty)?.text,
        status: (status?.status as RiskStatus | undefined) ?? 'risk',
        since,
        escalatesTo: party(escalates?.target?.ref),
        escalatesAfter,
        escalatedOn: dateValue(properties.find(isEscalatedOnProperty)?.date),
        escalationDeadline: since && escalatesAfter ? addDays(since.text, days(escalatesAfter)) : undefined
    };
}

/** A metric's baseline, target and actuals, and how far the latest actual is behind the plan. */
export function metricFacts(metric: Metric, resolve: Resolve): MetricInfo {
    const properties = metric.properties ?? [];
    const baseline = measured(properties.find(isBaselineProperty)?.point);
    const targetProperty = properties.find(isTargetProperty);
    const parsedTarget = targetProperty?.value ? parseTarget(targetProperty.value) : undefined;
    const target = parsedTarget?.ok ? { ...parsedTarget.value, property: targetProperty! } : undefined;
    const byText = properties.find(isByProperty)?.when;
    const by = byText ? parseDateOrQuarter(byText) : undefined;
    const targetDate = by?.ok ? lastDayOf(by.value) : undefined;
    const actuals = properties
        .filter(isActualProperty)
        .flatMap(p => p.points.map(measured))
        .filter((v): v is MeasuredValue => v !== undefined)
        .sort((a, b) => a.date.text.localeCompare(b.date.text));
    const latest = actuals[actuals.length - 1];
    const info: MetricInfo = { metric, owner: ownerFacts(metric, resolve), baseline, target, targetDate, byText, actuals, latest };
    if (!baseline || !target || !targetDate || !latest) return info;
    const span = dayNumber(targetDate) - dayNumber(baseline.date.text);
    const distance = target.value - baseline.value;
    if (span <= 0 || distance === 0) return info;
    const elapsed = Math.min(1, Math.max(0, (dayNumber(latest.date.text) - dayNumber(baseline.date.text)) / span));
    info.expectedAtLatest = baseline.value + distance * elapsed;
    // Positive when behind, whichever way is better: a target below the baseline means lower is better.
    info.shortfall = (info.expectedAtLatest - latest.value) / distance;
    return info;
}

/** The initiative's last alignment review and when the next one is due. */
export function reviewFacts(
    initiative: Initiative,
    interval: (cadence: Cadence) => DurationValue | undefined,
    cadenceOf: (node: unknown) => Cadence | undefined
): ReviewInfo | undefined {
    const reviewed = (initiative.properties ?? []).find(isReviewedByProperty);
    const on = dateValue(reviewed?.date);
    if (!reviewed || !on) return undefined;
    const cadence = cadenceOf(reviewed.cadence?.ref);
    const every = cadence ? interval(cadence) : undefined;
    return { initiative, cadence, on, overdueAfter: every ? addDays(on.text, Math.round(days(every) * 1.5)) : undefined };
}

/** Meetings a month of a cadence meeting every `interval` (1 month = 30 days). */
export function meetingsPerMonth(interval: DurationValue): number {
    return (30 * DAY_HOURS) / interval.hours;
}

/** Forum hours a month of each stakeholder, over the cadences they attend whose length is given. */
export function forumHours(
    attendance: Map<Stakeholder, Cadence[]>,
    interval: Map<Cadence, DurationValue>,
    length: Map<Cadence, DurationValue>
): Map<Stakeholder, number> {
    const hours = new Map<Stakeholder, number>();
    for (const [stakeholder, cadences] of attendance) {
        let total = 0;
        let known = false;
        for (const cadence of cadences) {
            const every = interval.get(cadence);
            const meeting = length.get(cadence);
            if (!every || !meeting) continue;
            known = true;
            total += meetingsPerMonth(every) * meeting.hours;
        }
        if (known) hours.set(stakeholder, total);
    }
    return hours;
}

function dayNumber(iso: string): number {
    return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}
