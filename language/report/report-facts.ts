// The facts the report's tables show, read from the alignment model as plain strings: who
// decides each decision and why, the RACI of each domain, the forums, the escalations, the
// roadmap's dates, the scorecard and the risks. Worded with the model's own sentences
// (explain.ts), so the report says what hover, code lens and the CLI say.
import type { Declaration } from '../generated/ast.js';
import type { AlignmentModel, DecisionInfo, Party, RaciRole } from '../model/alignment-model.js';
import { amountText, cycleText, nameOf, partyWithPeople, shareText } from '../model/explain.js';
import { formatEvery } from '../model/literals.js';
import type { BenefitInfo } from '../model/outcomes.js';
import type { MetricInfo, RiskStatus } from '../model/timeline.js';
import { OFF_TRACK_SHARE } from '../validation/time-checks.js';

/** A declaration as a table names it: its name, and its title when it has one. */
export interface Named {
    name: string;
    title?: string;
}

function named(node: { name?: string; title?: string } | undefined): Named {
    return { name: nameOf(node as Declaration | undefined), title: node?.title || undefined };
}

export interface InitiativeFacts extends Named {
    sponsor?: string;
    inScope: string[];
    outOfScope: string[];
    review?: { cadence?: string; on: string; overdueAfter?: string; overdue: boolean };
}

/** Each initiative with its sponsor, scope and last alignment review. */
export function initiativeFacts(model: AlignmentModel, today: string): InitiativeFacts[] {
    return model.initiatives.map(initiative => {
        const info = model.initiativeInfo.get(initiative);
        const review = model.reviews.get(initiative);
        return {
            ...named(initiative),
            sponsor: info?.sponsor.written,
            inScope: info?.inScope ?? [],
            outOfScope: info?.outOfScope ?? [],
            review: review && {
                cadence: review.cadence ? nameOf(review.cadence) : undefined,
                on: review.on.text,
                overdueAfter: review.overdueAfter,
                overdue: review.overdueAfter !== undefined && today > review.overdueAfter
            }
        };
    });
}

export interface DecisionFacts extends Named {
    domains: string[];
    /** Who decides, with the people acting for a group or forum; absent when nobody can. */
    decider?: string;
    sla?: string;
    why: string;
    due?: string;
    /** The milestone that needs it. */
    neededBy?: string;
    overdue: boolean;
}

/** Each decision: its domains, who decides it, within what time, and why (spec §3). */
export function decisionFacts(model: AlignmentModel, today: string): DecisionFacts[] {
    return [...model.decisions.values()].map(info => ({
        ...named(info.decision),
        domains: info.domains.map(domain => nameOf(domain)),
        decider: info.decider ? partyText(model, info.decider) : undefined,
        // An explicit decider other than the framework's is not bound by the framework's SLA.
        sla: info.explicit && info.overridesFramework ? undefined : info.framework.sla?.text,
        why: whyText(info),
        due: info.dueDate?.text,
        neededBy: info.neededBy ? nameOf(info.neededBy) : undefined,
        overdue: info.dueDate !== undefined && info.dueDate.text < today
    }));
}

function partyText(model: AlignmentModel, party: Party): string {
    return partyWithPeople(party, model.stakeholdersOf(party));
}

function whyText(info: DecisionInfo): string {
    const framework = info.framework.explanation;
    if (!info.explicit) return framework;
    const explicit = nameOf(info.explicit);
    if (info.overridesFramework) return `Explicitly decided by ${explicit}, overriding the framework, which says: ${framework}`;
    if (!info.framework.decider) return `Explicitly decided by ${explicit}; the framework alone finds ${framework.replace(/^No one/, 'no one')}`;
    return `Explicitly decided by ${explicit}, as the framework says: ${framework}`;
}

export interface RaciFacts extends Named {
    roles: Record<RaciRole, string[]>;
}

/** Each domain with who is responsible, accountable (its owner), consulted and informed. */
export function raciFacts(model: AlignmentModel): RaciFacts[] {
    const byDomain = new Map<unknown, Record<RaciRole, string[]>>();
    for (const cell of model.raci) {
        let roles = byDomain.get(cell.domain);
        if (!roles) byDomain.set(cell.domain, (roles = { R: [], A: [], C: [], I: [] }));
        for (const role of cell.roles) roles[role].push(nameOf(cell.stakeholder));
    }
    return [...model.domains.keys()].map(domain => ({ ...named(domain), roles: byDomain.get(domain) ?? { R: [], A: [], C: [], I: [] } }));
}

export interface CadenceFacts extends Named {
    every?: string;
    length?: string;
    attendees: string[];
    escalatesTo?: string;
}

export interface RhythmFacts {
    cadences: CadenceFacts[];
    /** Stakeholders who attend no forum at all. */
    absent: string[];
}

/** The forums, most frequent first, and who attends none of them. */
export function rhythmFacts(model: AlignmentModel): RhythmFacts {
    // Indexed once: a search of every edge per cadence is quadratic in a large project.
    const escalatesTo = new Map<unknown, Party>();
    for (const edge of model.escalationEdges) {
        if (edge.source.$type === 'EscalatesProperty' && !escalatesTo.has(edge.from)) escalatesTo.set(edge.from, edge.to);
    }
    const hours = (cadence: AlignmentModel['cadences'][number]) => model.cadenceInterval.get(cadence)?.hours ?? Infinity;
    // Most frequent first; a stable sort keeps declaration order among equals.
    const cadences = [...model.cadences]
        .sort((a, b) => hours(a) - hours(b))
        .map(cadence => {
            const interval = model.cadenceInterval.get(cadence);
            const target = escalatesTo.get(cadence);
            return {
                ...named(cadence),
                every: interval ? formatEvery(interval) : undefined,
                length: model.cadenceLength.get(cadence)?.text,
                attendees: (model.cadenceAttendees.get(cadence) ?? []).map(stakeholder => nameOf(stakeholder)),
                escalatesTo: target ? nameOf(target) : undefined
            };
        });
    const absent = model.stakeholders.filter(stakeholder => (model.attendance.get(stakeholder) ?? []).length === 0).map(stakeholder => nameOf(stakeholder));
    return { cadences, absent };
}

export interface EscalationFacts {
    from: string;
    to: string;
    after?: string;
    /** The declaration that says so: `rule CrossDomain`, `agreement Communication`. */
    declaredBy: string;
    inCycle: boolean;
}

/** Every edge of the escalation graph (spec §3), and each cycle in it as `A → B → A`. */
export function escalationFacts(model: AlignmentModel): { edges: EscalationFacts[]; cycles: string[] } {
    const cyclic = new Set(model.escalationCycles.flatMap(cycle => cycle.edges));
    const edges = model.escalationEdges.map(edge => {
        const owner = edge.source.$container as Declaration;
        return {
            from: nameOf(edge.from),
            to: nameOf(edge.to),
            after: edge.after?.text,
            declaredBy: `${owner.$type.toLowerCase()} ${nameOf(owner)}`,
            inCycle: cyclic.has(edge)
        };
    });
    return { edges, cycles: model.escalationCycles.map(cycle => cycleText(cycle.nodes.map(node => nameOf(node)))) };
}

export interface MilestoneFacts extends Named {
    date: string;
    /** Decisions that must be taken before it (`needed by`). */
    decisions: string[];
}

export interface BenefitFacts extends Named {
    metric?: string;
    expected?: string;
}

/** The milestones by date with the decisions they need, and the benefits with when they are expected. */
export function roadmapFacts(model: AlignmentModel): { milestones: MilestoneFacts[]; benefits: BenefitFacts[] } {
    const needs = new Map<unknown, string[]>();
    for (const info of model.decisions.values()) {
        if (!info.neededBy) continue;
        const list = needs.get(info.neededBy);
        if (list) list.push(nameOf(info.decision));
        else needs.set(info.neededBy, [nameOf(info.decision)]);
    }
    const milestones = model.milestones
        .map(milestone => ({ ...named(milestone), date: milestone.date ?? '', decisions: needs.get(milestone) ?? [] }))
        .sort((a, b) => a.date.localeCompare(b.date));
    return { milestones, benefits: [...model.benefits.values()].map(benefitFacts) };
}

function benefitFacts(info: BenefitInfo): BenefitFacts {
    const milestone = info.milestone.written;
    return {
        ...named(info.benefit),
        metric: info.metric.written,
        expected: milestone ? `at ${milestone}` : info.by ? `by ${info.by}` : undefined
    };
}

export type MetricStanding = 'on-track' | 'off-track' | 'unknown';

export interface MetricFacts extends Named {
    kind: string;
    owner?: string;
    baseline?: string;
    latest?: string;
    target?: string;
    standing: MetricStanding;
    /** Why: how far behind or ahead of the line, or what is missing to tell. */
    standingText: string;
}

/** The scorecard: each metric's owner, baseline, latest actual, target, and whether it is on track (spec §9). */
export function scorecardFacts(model: AlignmentModel): MetricFacts[] {
    return model.metrics.map(metric => {
        const info = model.metricInfo.get(metric);
        // The date as written: `by 2027-Q3` says more than the quarter's last day.
        const by = info?.byText;
        const target = info?.target ? `${info.target.text}${by && info.targetDate ? ` by ${by}` : ''}` : undefined;
        return {
            ...named(metric),
            kind: metric.kind ?? '',
            owner: info?.owner.written,
            baseline: info?.baseline?.text,
            latest: info?.latest?.text,
            target,
            ...standingOf(info)
        };
    });
}

// The tolerance of metric-off-track (time-checks.ts): a metric exactly 10% behind is on track.
const SHARE_TOLERANCE = 1e-9;

function standingOf(info: MetricInfo | undefined): { standing: MetricStanding; standingText: string } {
    if (info?.shortfall === undefined || info.expectedAtLatest === undefined) {
        const missing = [!info?.baseline && 'baseline', !info?.target && 'target', !info?.targetDate && 'target date', !info?.latest && 'actual'].filter(
            (part): part is string => typeof part === 'string'
        );
        const or = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]}` : missing[0];
        return {
            standing: 'unknown',
            standingText: or
                ? `Cannot tell: no ${or}`
                : 'Cannot tell: no line from baseline to target (the same value, or a target date not after the baseline)'
        };
    }
    const expected = amountText(info.expectedAtLatest, info.target!.percent);
    if (info.shortfall > OFF_TRACK_SHARE + SHARE_TOLERANCE) {
        return { standing: 'off-track', standingText: `Off track: ${shareText(info.shortfall)} of the way behind the line, which says ${expected}` };
    }
    const where = info.shortfall > 0 ? `${shareText(info.shortfall)} behind the line, within ${shareText(OFF_TRACK_SHARE)}` : 'on or ahead of the line';
    return { standing: 'on-track', standingText: `On track: ${where} (${expected} expected)` };
}

export interface RiskFacts extends Named {
    status: RiskStatus;
    owner?: string;
    since?: string;
    mitigation?: string;
    escalatesTo?: string;
    after?: string;
    escalatedOn?: string;
    /** The day it must have been escalated by, for an issue or a blocker. */
    deadline?: string;
    /** An issue or blocker past its deadline with no escalation recorded (risk-not-escalated). */
    late: boolean;
}

/** The order the report lists risks in: what blocks first. */
export const RISK_STATUSES: readonly RiskStatus[] = ['blocker', 'issue', 'risk', 'closed'];

/** Every risk with where it stands, grouped by status in RISK_STATUSES order. */
export function riskFacts(model: AlignmentModel, today: string): Map<RiskStatus, RiskFacts[]> {
    const groups = new Map<RiskStatus, RiskFacts[]>(RISK_STATUSES.map(status => [status, []]));
    for (const info of model.risks.values()) {
        const open = info.status === 'issue' || info.status === 'blocker';
        groups.get(info.status)?.push({
            ...named(info.risk),
            status: info.status,
            owner: info.owner.written,
            since: info.since?.text,
            mitigation: info.mitigation,
            escalatesTo: info.escalatesTo ? nameOf(info.escalatesTo) : undefined,
            after: info.escalatesAfter?.text,
            escalatedOn: info.escalatedOn?.text,
            deadline: open ? info.escalationDeadline : undefined,
            // As risk-not-escalated decides: escalating on the deadline itself is in time.
            late: open && info.escalatesTo !== undefined && info.escalationDeadline !== undefined && !info.escalatedOn && today > info.escalationDeadline
        });
    }
    return groups;
}
