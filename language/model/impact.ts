// "If X left" (spec §10): what the alignment loses when a declaration is gone. The answer is
// the model rebuilt without X, compared with the real one: the same resolution rules (§3)
// decide both, so impact can never disagree with what `check` would say after X is deleted.
import type { AstNode } from 'langium';
import {
    type Cadence,
    type Decision,
    type Declaration,
    type Domain,
    type Group,
    type Initiative,
    type Metric,
    type Risk,
    type Rule
} from '../generated/ast.js';
import { engagementFindings, type EngagementFinding } from '../validation/engagement-findings.js';
import type { AlignmentModel, EscalationEdge, Party } from './alignment-model.js';
import { buildAlignmentModel } from './build-model.js';
import type { OwnerFacts } from './timeline.js';

/** A decision whose honoured decider differs once the declaration is gone. */
export interface DeciderChange {
    decision: Decision;
    /** Who decides today; undefined when nobody does. */
    before?: Party;
    /** Who would decide; undefined when nobody would. */
    after?: Party;
    /** Why, in the framework's words, as resolved without the declaration. */
    reason: string;
}

/** What is lost (or, for a stalemate, settled) if some declarations were gone. */
export interface Impact {
    /** The declarations treated as gone: every declaration under the name asked about. */
    removed: Declaration[];
    /** Domains that had an owner and would have none. */
    domainsWithoutOwner: Domain[];
    /** Decisions that would be decided by someone else. */
    decidersChanged: DeciderChange[];
    /** Decisions that would have nobody with the authority to decide. */
    decisionsWithoutDecider: DeciderChange[];
    /** Decisions nobody can decide today that someone could (a rival owner or rule gone). */
    decisionsGainingDecider: DeciderChange[];
    /** Groups that have members and would have none. */
    emptyGroups: Group[];
    /** Cadences that have attendees and would have none. */
    emptyCadences: Cadence[];
    risksWithoutOwner: Risk[];
    metricsWithoutOwner: Metric[];
    /** Escalations (`escalates to`, steps of `escalation path`) whose target would be gone. */
    escalationsWithoutTarget: EscalationEdge[];
    /** Rules whose decider would be gone. */
    rulesWithoutDecider: Rule[];
    /** Reserved domains whose owner would be gone: the reservation decides nothing. */
    reservationsWithoutDecider: Domain[];
    /** Decisions led by a domain whose owner would be gone. */
    leadsWithoutDecider: Decision[];
    /** Initiatives whose residual authority would be gone. */
    residualAuthorityLost: Initiative[];
    /** Delegated domains whose owner would be gone, so the delegator decides them. */
    delegationsFallingBack: Domain[];
    /** Engagement findings that would appear (owner-not-engaged, sponsor-not-engaged, decision-not-socialized). */
    findingsAppearing: EngagementFinding[];
}

/** The categories of an impact, in the order every surface lists them. */
export const IMPACT_CATEGORIES = [
    'domainsWithoutOwner',
    'decidersChanged',
    'decisionsWithoutDecider',
    'decisionsGainingDecider',
    'emptyGroups',
    'emptyCadences',
    'risksWithoutOwner',
    'metricsWithoutOwner',
    'escalationsWithoutTarget',
    'rulesWithoutDecider',
    'reservationsWithoutDecider',
    'leadsWithoutDecider',
    'residualAuthorityLost',
    'delegationsFallingBack',
    'findingsAppearing'
] as const;

export type ImpactCategory = (typeof IMPACT_CATEGORIES)[number];

/** What would change if every declaration named `name` were gone; undefined when nothing has that name. */
export function impactOf(model: AlignmentModel, name: string): Impact | undefined {
    const removed = model.declarationsByName.get(name);
    return removed && removed.length > 0 ? impactOfRemoving(model, removed) : undefined;
}

/** What would change if these declarations were gone: the model rebuilt without them, compared with this one. */
export function impactOfRemoving(model: AlignmentModel, removed: Declaration[]): Impact {
    const gone: ReadonlySet<AstNode> = new Set(removed);
    const after = buildAlignmentModel(model.documents, { without: gone });

    const domainsWithoutOwner: Domain[] = [];
    for (const [domain, info] of after.domains) {
        if (info.owners.length === 0 && (model.domains.get(domain)?.owners.length ?? 0) > 0) domainsWithoutOwner.push(domain);
    }

    const decidersChanged: DeciderChange[] = [];
    const decisionsWithoutDecider: DeciderChange[] = [];
    const decisionsGainingDecider: DeciderChange[] = [];
    for (const [decision, now] of after.decisions) {
        const before = model.decisions.get(decision)?.decider;
        if (before === now.decider) continue;
        // An explicit decider that survives is unchanged, so a change always comes from the framework.
        const change: DeciderChange = { decision, before, after: now.decider, reason: now.framework.explanation };
        if (!before) decisionsGainingDecider.push(change);
        else if (!now.decider) decisionsWithoutDecider.push(change);
        else decidersChanged.push(change);
    }

    // Groups and cadences count the stakeholders they flatten to: a group whose only member
    // was a group emptied in turn is empty too.
    const emptyGroups = after.groups.filter(group => (after.groupMembers.get(group) ?? []).length === 0 && (model.groupMembers.get(group) ?? []).length > 0);
    const emptyCadences = after.cadences.filter(
        cadence => (after.cadenceAttendees.get(cadence) ?? []).length === 0 && (model.cadenceAttendees.get(cadence) ?? []).length > 0
    );

    const owned = (before: OwnerFacts | undefined, now: OwnerFacts | undefined) => (before?.owners.length ?? 0) > 0 && (now?.owners.length ?? 0) === 0;
    const risksWithoutOwner = [...after.risks.keys()].filter(risk => owned(model.risks.get(risk)?.owner, after.risks.get(risk)?.owner));
    const metricsWithoutOwner = after.metrics.filter(metric => owned(model.metricInfo.get(metric)?.owner, after.metricInfo.get(metric)?.owner));

    // An edge is the same edge in both models when it comes from the same property (and step).
    const surviving = new Map<EscalationEdge['source'], Set<number>>();
    for (const edge of after.escalationEdges) {
        let steps = surviving.get(edge.source);
        if (!steps) surviving.set(edge.source, (steps = new Set()));
        steps.add(edge.step ?? -1);
    }
    // An edge from a declaration that is gone went with it; only edges left pointing nowhere count.
    const escalationsWithoutTarget = model.escalationEdges.filter(edge => !gone.has(edge.from) && !surviving.get(edge.source)?.has(edge.step ?? -1));

    const rulesWithoutDecider = [...after.rules.values()].filter(info => !info.decider && model.rules.get(info.rule)?.decider).map(info => info.rule);
    const reservationsWithoutDecider = [...after.domains.values()]
        .filter(info => info.reservedBy === info.domain && !info.owner && model.domains.get(info.domain)?.owner)
        .map(info => info.domain);
    const leadsWithoutDecider = [...after.decisions.values()]
        .filter(info => info.lead && !after.domains.get(info.lead)?.owner && model.domains.get(info.lead)?.owner)
        .map(info => info.decision);
    const residualAuthorityLost = model.residualAuthority && !after.residualAuthority ? after.initiatives : [];
    const delegationsFallingBack = [...after.domains.values()]
        .filter(info => info.delegationFallback && !model.domains.get(info.domain)?.delegationFallback)
        .map(info => info.domain);
    const before = new Set(engagementFindings(model).map(findingKey));
    const findingsAppearing = engagementFindings(after, gone).filter(finding => !before.has(findingKey(finding)));

    return {
        removed,
        domainsWithoutOwner,
        decidersChanged,
        decisionsWithoutDecider,
        decisionsGainingDecider,
        emptyGroups,
        emptyCadences,
        risksWithoutOwner,
        metricsWithoutOwner,
        escalationsWithoutTarget,
        rulesWithoutDecider,
        reservationsWithoutDecider,
        leadsWithoutDecider,
        residualAuthorityLost,
        delegationsFallingBack,
        findingsAppearing
    };
}

/** How many entries each non-empty category has, in the order of IMPACT_CATEGORIES. */
export function impactCounts(impact: Impact): Array<[ImpactCategory, number]> {
    return IMPACT_CATEGORIES.map((category): [ImpactCategory, number] => [category, impact[category].length]).filter(([, n]) => n > 0);
}

// One impact per model and name: hover asks again and again, and each answer costs a model
// build. Keyed by the model object, so a rebuild (a new model) drops the old answers.
const cache = new WeakMap<AlignmentModel, Map<string, Impact | undefined>>();

/** impactOf, remembered for as long as the model lives. */
export function cachedImpactOf(model: AlignmentModel, name: string): Impact | undefined {
    let answers = cache.get(model);
    if (!answers) cache.set(model, (answers = new Map()));
    if (!answers.has(name)) answers.set(name, impactOf(model, name));
    return answers.get(name);
}

function findingKey(finding: EngagementFinding): string {
    return `${finding.code}\u0000${finding.place}`;
}
