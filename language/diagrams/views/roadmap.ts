// The roadmap (spec §9): milestones, benefits, metric trajectories, decisions and risks on one
// time axis, with a line at today. The model holds dates only; this view is where they meet
// today, so a decision due yesterday turns red here and nowhere in the model.
import type { AstNode } from 'langium';
import type { Benefit, Metric } from '../../generated/ast.js';
import type { AlignmentModel, DecisionInfo } from '../../model/alignment-model.js';
import { listing } from '../../model/explain.js';
import { lastDayOf, parseDate, parseDateOrQuarter } from '../../model/literals.js';
import type { MeasuredValue, MetricInfo, RiskInfo } from '../../model/timeline.js';
import type { LocatedError, RoadmapLane, RoadmapMark, RoadmapTrack, RoadmapView } from '../view-model.js';
import { compareText } from './order.js';
import { errorsIn, isNamed, sourceOf } from './sources.js';

export interface RoadmapOptions {
    /** The day the roadmap is drawn for (YYYY-MM-DD): the project's today (spec §6). */
    today: string;
}

/** Builds the roadmap view from the model, the workspace's error diagnostics and today. */
export function buildRoadmap(model: AlignmentModel, errors: LocatedError[], options: RoadmapOptions): RoadmapView {
    const today = options.today;
    const lanes: RoadmapLane[] = [
        { kind: 'milestones', title: 'Milestones', tracks: single(milestoneMarks(model, errors)) },
        { kind: 'benefits', title: 'Benefits', tracks: single(benefitMarks(model, errors)) },
        { kind: 'metrics', title: 'Metrics', tracks: metricTracks(model, errors) },
        { kind: 'decisions', title: 'Decisions', tracks: single(decisionMarks(model, errors, today)) },
        { kind: 'risks', title: 'Risks', tracks: single(riskMarks(model, errors, today)) }
    ];
    // An empty lane says nothing the reader needs: left out, the picture stays compact.
    return { kind: 'roadmap', title: 'Roadmap', today, lanes: lanes.filter(lane => lane.tracks.length > 0) };
}

function single(marks: RoadmapMark[]): RoadmapTrack[] {
    return marks.length > 0 ? [{ marks: ordered(marks) }] : [];
}

/** Dated marks in time order, undated ones last; ties by label, so the order never depends on file order. */
function ordered(marks: RoadmapMark[]): RoadmapMark[] {
    return marks.sort((a, b) => compareText(a.date ?? '~', b.date ?? '~') || compareText(a.label[0], b.label[0]) || compareText(a.kind, b.kind));
}

function byName<T extends { name?: string }>(items: T[]): T[] {
    return items.filter(isNamed).sort((a, b) => compareText(a.name!, b.name!));
}

/** The date as written when it is a real one. */
function validDate(text: string | undefined): string | undefined {
    return text !== undefined && parseDate(text).ok ? text : undefined;
}

/** The tooltip: the lines that are known, one per line. */
function lines(...parts: Array<string | undefined | false>): string {
    return parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n');
}

function milestoneMarks(model: AlignmentModel, errors: LocatedError[]): RoadmapMark[] {
    const needing = new Map<unknown, string[]>();
    for (const info of model.decisions.values()) {
        if (info.neededBy && isNamed(info.decision)) needing.set(info.neededBy, [...(needing.get(info.neededBy) ?? []), info.decision.name]);
    }
    return byName(model.milestones).map(milestone => {
        const date = validDate(milestone.date);
        const decisions = (needing.get(milestone) ?? []).sort();
        return {
            id: `milestone:${milestone.name}`,
            kind: 'milestone',
            date,
            label: [milestone.name, date ?? 'no date'],
            errors: errorsIn(milestone, errors),
            warnings: [],
            source: sourceOf(milestone),
            tooltip: lines(milestone.title ?? milestone.name, date && `on ${date}`, decisions.length > 0 && `needs decisions ${listing(decisions)}`),
            related: [milestone.title ?? milestone.name]
        };
    });
}

function benefitMarks(model: AlignmentModel, errors: LocatedError[]): RoadmapMark[] {
    return byName<Benefit>([...model.benefits.keys()]).map(benefit => {
        const info = model.benefits.get(benefit)!;
        const at = info.milestone.declaration;
        const when = info.by ? parseDateOrQuarter(info.by) : undefined;
        const date = at ? validDate(at.date) : when?.ok ? lastDayOf(when.value) : undefined;
        const measuredBy = info.metric.declaration;
        const timing = at ? `at ${at.name}` : when?.ok ? `by ${info.by}` : 'no date';
        return {
            id: `benefit:${benefit.name}`,
            kind: 'benefit',
            date,
            label: [benefit.name, timing],
            errors: errorsIn(benefit, errors),
            warnings: [],
            source: sourceOf(benefit),
            tooltip: lines(
                benefit.title ?? benefit.name,
                `expected ${timing}${at && date ? ` (${date})` : ''}`,
                measuredBy ? `measured by ${measuredBy.name}` : 'measured by no metric'
            ),
            related: [...(benefit.title ? [benefit.title] : []), ...(at ? [at.name] : []), ...(measuredBy ? [measuredBy.name] : [])],
            links: [...(at ? [`milestone:${at.name}`] : []), ...(measuredBy ? [`metric:${measuredBy.name}`] : [])]
        };
    });
}

/** A measured value as people write it: `12%`, `500`, `12.5`. */
function valueText(value: { value: number; percent: boolean }): string {
    return `${Math.round(value.value * 100) / 100}${value.percent ? '%' : ''}`;
}

function metricTracks(model: AlignmentModel, errors: LocatedError[]): RoadmapTrack[] {
    return byName<Metric>(model.metrics).map(metric => {
        const info: MetricInfo = model.metricInfo.get(metric) ?? { metric, owner: { owners: [] }, actuals: [] };
        const id = `metric:${metric.name}`;
        const owner = info.owner.declaration;
        const related = [...(metric.title ? [metric.title] : []), ...(owner ? [owner.name!] : [])];
        const name = metric.title ?? metric.name;
        const mark = (
            kind: RoadmapMark['kind'],
            value: number,
            date: string | undefined,
            label: string[],
            detail: string,
            source: AstNode | undefined
        ): RoadmapMark => ({
            id,
            kind,
            date,
            value,
            label,
            errors: [],
            warnings: [],
            source: sourceOf(source ?? metric),
            tooltip: lines(name, detail),
            related
        });
        const marks: RoadmapMark[] = [];
        if (info.baseline) {
            const b = info.baseline;
            marks.push(
                mark('baseline', b.value, b.date.text, [`baseline ${valueText(b)}`, b.date.text], `baseline ${valueText(b)} on ${b.date.text}`, b.point)
            );
        }
        for (const actual of info.actuals) {
            marks.push(
                mark(
                    'actual',
                    actual.value,
                    actual.date.text,
                    [valueText(actual), actual.date.text],
                    `actual ${valueText(actual)} on ${actual.date.text}`,
                    actual.point
                )
            );
        }
        if (info.target) {
            const by = info.targetDate;
            marks.push(
                mark(
                    'target',
                    info.target.value,
                    by,
                    [`target ${info.target.text}`, by ? `by ${by}` : 'no date'],
                    `target ${info.target.text}${by ? ` by ${by}` : ', no date'}`,
                    info.target.property
                )
            );
        }
        const behind = offTrack(info);
        if (behind) {
            const latest = marks.filter(m => m.kind === 'actual').pop();
            latest?.warnings.push(behind);
        }
        return {
            header: {
                id,
                name: metric.name,
                errors: errorsIn(metric, errors),
                source: sourceOf(metric),
                related,
                tooltip: lines(name, metric.kind && `${metric.kind} metric`, owner && `owned by ${owner.name}`, behind)
            },
            marks: ordered(marks)
        };
    });
}

/** Says how far the latest actual is behind plan, when it is by more than the spec's 10%. */
function offTrack(info: MetricInfo): string | undefined {
    if (info.shortfall === undefined || info.shortfall <= 0.1 || !info.latest || info.expectedAtLatest === undefined) return undefined;
    const latest: MeasuredValue = info.latest;
    const expected = valueText({ value: info.expectedAtLatest, percent: latest.percent });
    return `Behind plan: ${valueText(latest)} on ${latest.date.text}, where the line from baseline to target expects ${expected}.`;
}

function decisionMarks(model: AlignmentModel, errors: LocatedError[], today: string): RoadmapMark[] {
    const infos = [...model.decisions.values()].filter(info => isNamed(info.decision));
    return infos
        .sort((a, b) => compareText(a.decision.name, b.decision.name))
        .map(info => {
            const decision = info.decision;
            // A decision that was made stands at the day it was made, not at its due date.
            const date = info.decidedOn?.text ?? info.dueDate?.text;
            const found = [...roadmapFindings(info, today), ...errorsIn(decision, errors)];
            const neededBy = info.neededBy && isNamed(info.neededBy) ? info.neededBy : undefined;
            const due = info.decidedOn
                ? `decided ${info.decidedOn.text}`
                : info.due
                  ? `due ${info.due.text}`
                  : neededBy && date
                    ? `due at ${neededBy.name}`
                    : 'no due date';
            return {
                id: `decision:${decision.name}`,
                kind: info.decidedOn ? 'decided' : 'decision',
                date,
                label: [decision.name, due],
                errors: [...new Set(found)],
                warnings: [],
                source: sourceOf(decision),
                tooltip: lines(
                    decision.title ?? decision.name,
                    info.decider ? `decided by ${info.decider.name}` : 'nobody decides',
                    neededBy && `needed by ${neededBy.name}${info.neededByDate ? ` on ${info.neededByDate.text}` : ''}`,
                    date && `due ${date}`
                ),
                related: [
                    ...(decision.title ? [decision.title] : []),
                    ...info.domains.filter(isNamed).map(d => d.name),
                    ...(info.decider && isNamed(info.decider) ? [info.decider.name] : []),
                    ...(neededBy ? [neededBy.name] : [])
                ],
                links: neededBy ? [`milestone:${neededBy.name}`] : []
            };
        });
}

/** Why a decision is drawn red on the roadmap: overdue, nobody decides, or due after the milestone needing it. */
function roadmapFindings(info: DecisionInfo, today: string): string[] {
    const found: string[] = [];
    if (!info.decider) found.push('Nobody has the authority to decide it.');
    const date = info.dueDate?.text;
    const open = !info.decidedOn && info.supersededBy.length === 0;
    if (open && date && date < today) found.push(`Overdue: due ${date}, today is ${today}.`);
    if (info.due && info.neededByDate && info.due.text > info.neededByDate.text) {
        found.push(`Due ${info.due.text}, after ${info.neededBy?.name ?? 'the milestone'} on ${info.neededByDate.text}, which needs it.`);
    }
    return found;
}

function riskMarks(model: AlignmentModel, errors: LocatedError[], today: string): RoadmapMark[] {
    const infos = [...model.risks.values()].filter(info => isNamed(info.risk));
    return infos
        .sort((a, b) => compareText(a.risk.name, b.risk.name))
        .map((info: RiskInfo) => {
            const risk = info.risk;
            const date = info.since?.text;
            // An open issue or blocker is drawn as a bar up to today: how long it has been open.
            const open = info.status === 'issue' || info.status === 'blocker';
            const owner = info.owner.declaration;
            const mitigation = info.mitigation;
            const escalates = info.escalatesTo && isNamed(info.escalatesTo) ? info.escalatesTo : undefined;
            return {
                id: `risk:${risk.name}`,
                kind: info.status,
                date,
                until: open && date && date <= today ? today : undefined,
                label: [risk.name, date ? `${info.status} since ${date}` : info.status],
                errors: errorsIn(risk, errors),
                warnings: [],
                source: sourceOf(risk),
                tooltip: lines(
                    risk.title ?? risk.name,
                    `${info.status}${date ? ` since ${date}` : ''}`,
                    owner && `owned by ${owner.name}`,
                    mitigation && `mitigation: ${mitigation}`,
                    escalates && `escalates to ${escalates.name}${info.escalatesAfter ? ` after ${info.escalatesAfter.text}` : ''}`,
                    info.escalatedOn ? `escalated on ${info.escalatedOn.text}` : open && info.escalationDeadline && `to escalate by ${info.escalationDeadline}`
                ),
                related: [...(risk.title ? [risk.title] : []), ...(owner ? [owner.name!] : []), ...(escalates ? [escalates.name] : [])]
            };
        });
}
