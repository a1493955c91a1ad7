// Computes the AlignmentModel from the linked documents of a workspace. Pure: no services,
// no I/O, tolerant of half-typed text (every reference may be unresolved).
import type { AstNode, LangiumDocument, Reference } from 'langium';
import {
    isAffectsProperty,
    isAttendeesProperty,
    isCadence,
    isDecidedByProperty,
    isDecidedOnProperty,
    isDecision,
    isDeclaration,
    isOutcomeProperty,
    isRaisedOnProperty,
    isRecordProperty,
    isSupersedesProperty,
    isDomain,
    isDueProperty,
    isEscalatesProperty,
    isEscalationPathProperty,
    isGroup,
    isLedByProperty,
    isMembersProperty,
    isMilestone,
    isNeededByProperty,
    isOrgProperty,
    isResidualAuthorityProperty,
    isResponseProperty,
    isRule,
    isStakeholder,
    isWhenProperty,
    type Benefit,
    type Cadence,
    type Decision,
    type Declaration,
    type Domain,
    type Group,
    type Initiative,
    type Metric,
    type Milestone,
    type Risk,
    type Rule,
    type Stakeholder,
    type Workspace
} from '../generated/ast.js';
import type {
    AlignmentModel,
    AttendeeEntry,
    BodyInfo,
    DecisionInfo,
    DomainInfo,
    EscalationCycle,
    EscalationEdge,
    Party,
    RaciCell,
    RaciRole,
    Resolution,
    RuleConflict,
    RuleInfo
} from './alignment-model.js';
import { HOURS_PER_UNIT, parseDate, parseDuration, periodDuration, type DurationValue } from './literals.js';

/** How fast an async forum answers when it does not say: a week. */
const ASYNC_RESPONSE: DurationValue = { amount: 1, unit: 'week', business: false, hours: HOURS_PER_UNIT.week, text: '1 week' };
import { findCycles } from './graph.js';
import { append, indexBy, unique } from './lists.js';
import { bodyFacts, isOwner } from './bodies.js';
import { domainFacts } from './hierarchy.js';
import { indexRules, resolveDecider, type RuleIndex } from './resolve-decider.js';
import { benefitFacts, initiativeFacts, type BenefitInfo, type InitiativeInfo } from './outcomes.js';
import { forumHours, metricFacts, reviewFacts, riskFacts, type MetricInfo, type ReviewInfo, type RiskInfo } from './timeline.js';

/** True for the kinds of declaration that can decide or be escalated to. */
export function isParty(node: unknown): node is Party {
    return isStakeholder(node) || isGroup(node) || isCadence(node);
}

/** Declarations a model is built without (impact, spec §10): references to them count as unresolved. */
type Absent = ReadonlySet<AstNode>;

const NOTHING_ABSENT: Absent = new Set();

function deref<T extends Declaration>(ref: Reference<Declaration> | undefined, guard: (n: unknown) => n is T, absent: Absent): T | undefined {
    const target = ref?.ref;
    return guard(target) && !absent.has(target) ? target : undefined;
}

function derefAll<T extends Declaration>(refs: Array<Reference<Declaration>> | undefined, guard: (n: unknown) => n is T, absent: Absent): T[] {
    return unique((refs ?? []).map(ref => deref(ref, guard, absent)).filter((n): n is T => n !== undefined));
}

function duration(node: Parameters<typeof parseDuration>[0] | undefined): DurationValue | undefined {
    if (!node) return undefined;
    const parsed = parseDuration(node);
    return parsed.ok ? parsed.value : undefined;
}

function propertiesOf<T>(declaration: { properties?: unknown[] }, guard: (n: unknown) => n is T): T[] {
    return (declaration.properties ?? []).filter(guard);
}

export interface BuildOptions {
    /**
     * Declarations to treat as gone: left out of the model, and every reference to them
     * counts as unresolved. "What if X left?" (spec §10) is the model built without X, so it
     * follows exactly the same rules as the real one.
     */
    without?: ReadonlySet<AstNode>;
}

/** Builds the model from every document of the workspace (optionally without some declarations). */
export function buildAlignmentModel(documents: LangiumDocument[], options: BuildOptions = {}): AlignmentModel {
    const absent = options.without ?? NOTHING_ABSENT;
    const declarations: Declaration[] = documents
        .flatMap(doc => (doc.parseResult.value as Workspace).declarations ?? [])
        .filter(declaration => !absent.has(declaration));
    const declarationsByName = new Map<string, Declaration[]>();
    for (const declaration of declarations) {
        if (!declaration.name) continue;
        const list = declarationsByName.get(declaration.name) ?? [];
        list.push(declaration);
        declarationsByName.set(declaration.name, list);
    }

    // One pass sorts the declarations by kind; a filter per kind would test each declaration a dozen times.
    const byKind = new Map<string, Declaration[]>();
    for (const declaration of declarations) append(byKind, declaration.$type, declaration);
    const ofKind = <T extends Declaration>(kind: T['$type']): T[] => (byKind.get(kind) ?? []) as T[];
    const stakeholders = ofKind<Stakeholder>('Stakeholder');
    const groups = ofKind<Group>('Group');
    const cadences = ofKind<Cadence>('Cadence');

    // Groups: direct members, then flattened with cycle protection.
    const directMembers = new Map<Group, Array<Stakeholder | Group>>();
    for (const group of groups) {
        const refs = propertiesOf(group, isMembersProperty).flatMap(p => p.members);
        directMembers.set(
            group,
            derefAll(refs, (n): n is Stakeholder | Group => isStakeholder(n) || isGroup(n), absent)
        );
    }
    const groupMembers = flattenGroups(groups, directMembers);
    const groupCycles = findCycles(groups, group => (directMembers.get(group) ?? []).filter(isGroup)).map(c => c.nodes);

    const cadenceInterval = new Map<Cadence, DurationValue>();
    const cadenceAttendees = new Map<Cadence, Stakeholder[]>();
    const attendeeEntries = new Map<Cadence, AttendeeEntry[]>();
    const attendance = new Map<Stakeholder, Cadence[]>();
    const stakeholdersOfPartyList = (parties: Array<Stakeholder | Group>) => unique(parties.flatMap(p => (isGroup(p) ? (groupMembers.get(p) ?? []) : [p])));
    for (const cadence of cadences) {
        // An async forum answers within its `response within` (a week unless it says), which is its rhythm.
        const response = duration(propertiesOf(cadence, isResponseProperty)[0]?.within);
        const interval = cadence.async ? (response ?? ASYNC_RESPONSE) : cadence.period ? periodDuration(cadence.period) : duration(cadence.interval);
        if (interval) cadenceInterval.set(cadence, interval);
        const entries: AttendeeEntry[] = [];
        for (const reference of propertiesOf(cadence, isAttendeesProperty).flatMap(p => p.attendees)) {
            const party = deref(reference, (n): n is Stakeholder | Group => isStakeholder(n) || isGroup(n), absent);
            if (party) entries.push({ reference, party });
        }
        attendeeEntries.set(cadence, entries);
        const attendees = stakeholdersOfPartyList(unique(entries.map(entry => entry.party)));
        cadenceAttendees.set(cadence, attendees);
        for (const stakeholder of attendees) {
            append(attendance, stakeholder, cadence);
        }
    }

    // Engagement counts only forums that meet at least quarterly, or answer in writing (docs/language.md, "People").
    const engages = (cadence: Cadence) => cadence.async || (cadenceInterval.get(cadence)?.hours ?? Infinity) <= HOURS_PER_UNIT.quarter;
    const engagingAttendance = new Map<Stakeholder, Cadence[]>();
    for (const [stakeholder, attended] of attendance) {
        const counted = attended.filter(engages);
        if (counted.length > 0) engagingAttendance.set(stakeholder, counted);
    }

    const stakeholdersOf = (party: Party): Stakeholder[] =>
        isStakeholder(party) ? [party] : isGroup(party) ? (groupMembers.get(party) ?? []) : (cadenceAttendees.get(party) ?? []);

    const bodies = new Map<Group, BodyInfo>(groups.map(group => [group, bodyFacts(group, ref => deref(ref, isOwner, absent))]));
    const { domains, cycles: domainCycles } = domainFacts(ofKind<Domain>('Domain'), {
        ownerOf: ref => deref(ref, isOwner, absent),
        partyOf: ref => deref(ref, isParty, absent),
        domainOf: ref => deref(ref, isDomain, absent),
        stakeholdersOf: parties => stakeholdersOfPartyList(parties)
    });
    const initiatives = ofKind<Initiative>('Initiative');
    const residualAuthority = initiatives
        .flatMap(initiative => propertiesOf(initiative, isResidualAuthorityProperty))
        .map(property => deref(property.party, isParty, absent))
        .find(party => party !== undefined);

    const rules = new Map<Rule, RuleInfo>();
    for (const rule of ofKind<Rule>('Rule')) {
        const when = propertiesOf(rule, isWhenProperty)[0];
        const decidedBy = propertiesOf(rule, isDecidedByProperty)[0];
        const escalates = propertiesOf(rule, isEscalatesProperty)[0];
        const touches = when && !when.crossesAny ? derefAll(when.domains, isDomain, absent) : [];
        rules.set(rule, {
            rule,
            crossesAny: when?.crossesAny ?? false,
            touches,
            specificity: !when ? undefined : when.crossesAny ? 0 : touches.length > 0 ? touches.length : undefined,
            decider: deref(decidedBy?.decider, isParty, absent),
            within: duration(decidedBy?.within),
            escalatesTo: deref(escalates?.target, isParty, absent),
            escalatesAfter: duration(escalates?.after)
        });
    }

    const ruleIndex = indexRules(rules.values());
    const context = { domains, rules: ruleIndex, residualAuthority };
    // A domain on its own is asked about again and again (its decisions, RACI, the decision flow,
    // who-decides): resolved once per model.
    const alone = new Map<Domain, Resolution>();
    const resolve = (affected: Domain[], lead?: Domain): Resolution => {
        const distinct = unique(affected);
        if (distinct.length !== 1 || lead !== undefined) return resolveDecider(distinct, context, lead);
        let resolution = alone.get(distinct[0]);
        if (!resolution) alone.set(distinct[0], (resolution = resolveDecider(distinct, context)));
        return resolution;
    };

    const decisions = new Map<Decision, DecisionInfo>();
    for (const decision of ofKind<Decision>('Decision')) {
        const affected = derefAll(
            propertiesOf(decision, isAffectsProperty).flatMap(p => p.domains),
            isDomain,
            absent
        );
        affected.forEach(domain => domains.get(domain)?.decisions.push(decision));
        const ledBy = deref(propertiesOf(decision, isLedByProperty)[0]?.domain, isDomain, absent);
        const lead = ledBy && affected.includes(ledBy) ? ledBy : undefined;
        const framework = resolve(affected, lead);
        const explicit = deref(propertiesOf(decision, isDecidedByProperty)[0]?.decider, isParty, absent);
        const dueText = propertiesOf(decision, isDueProperty)[0]?.date;
        const due = dueText ? parseDate(dueText) : undefined;
        const neededBy = deref(propertiesOf(decision, isNeededByProperty)[0]?.milestone, isMilestone, absent);
        const milestoneDate = neededBy?.date ? parseDate(neededBy.date) : undefined;
        const neededByDate = milestoneDate?.ok ? milestoneDate.value : undefined;
        const raised = propertiesOf(decision, isRaisedOnProperty)[0]?.date;
        const decided = propertiesOf(decision, isDecidedOnProperty)[0];
        const dateOf = (text: string | undefined) => (parsed => (parsed?.ok ? parsed.value : undefined))(text ? parseDate(text) : undefined);
        const decider = explicit ?? framework.decider;
        decisions.set(decision, {
            raisedOn: dateOf(raised),
            decidedOn: dateOf(decided?.date),
            decidedBy: deref(decided?.decider, isParty, absent),
            outcome: propertiesOf(decision, isOutcomeProperty)[0]?.text,
            record: propertiesOf(decision, isRecordProperty)[0]?.path,
            supersedes: deref(propertiesOf(decision, isSupersedesProperty)[0]?.decision, isDecision, absent),
            supersededBy: [],
            sla: decider !== undefined && decider === framework.decider ? framework.sla : undefined,
            decision,
            domains: affected,
            framework,
            explicit,
            step: explicit ? 'explicit' : framework.step,
            lead,
            decider: explicit ?? framework.decider,
            overridesFramework: explicit !== undefined && framework.decider !== undefined && explicit !== framework.decider,
            due: due?.ok ? due.value : undefined,
            neededBy,
            neededByDate,
            dueDate: (due?.ok ? due.value : undefined) ?? neededByDate
        });
    }

    for (const info of decisions.values()) {
        if (info.supersedes) decisions.get(info.supersedes)?.supersededBy.push(info.decision);
    }

    const escalationEdges = collectEscalationEdges(declarations, rules, absent);
    const edgesFrom = new Map<Declaration, EscalationEdge[]>();
    for (const edge of escalationEdges) append(edgesFrom, edge.from, edge);
    const escalationCycles: EscalationCycle[] = findCycles(unique(escalationEdges.flatMap(e => [e.from, e.to as Declaration])), node =>
        (edgesFrom.get(node) ?? []).map(e => e.to as Declaration)
    ).map(cycle => ({
        nodes: cycle.nodes,
        edges: cycle.nodes.map((node, i) => {
            const next = cycle.nodes[(i + 1) % cycle.nodes.length];
            return edgesFrom.get(node)!.find(e => e.to === next)!;
        })
    }));

    const cadenceLength = new Map<Cadence, DurationValue>();
    for (const cadence of cadences) {
        const length = duration(cadence.length);
        if (length) cadenceLength.set(cadence, length);
    }
    const resolveRef = (ref: Reference<Declaration>) => deref(ref, isDeclaration, absent);
    const risks = new Map<Risk, RiskInfo>(
        ofKind<Risk>('Risk').map(risk => [risk, riskFacts(risk, node => (isParty(node) && !absent.has(node) ? node : undefined), resolveRef)])
    );
    const metricInfo = new Map<Metric, MetricInfo>(ofKind<Metric>('Metric').map(metric => [metric, metricFacts(metric, resolveRef)]));
    const benefits = new Map<Benefit, BenefitInfo>(ofKind<Benefit>('Benefit').map(benefit => [benefit, benefitFacts(benefit, resolveRef)]));
    const initiativeInfo = new Map<Initiative, InitiativeInfo>(initiatives.map(initiative => [initiative, initiativeFacts(initiative, resolveRef)]));
    const orgs = new Map<Stakeholder, string>();
    for (const stakeholder of stakeholders) {
        const org = propertiesOf(stakeholder, isOrgProperty)[0]?.org;
        if (org !== undefined) orgs.set(stakeholder, org);
    }
    const reviews = new Map<Initiative, ReviewInfo>();
    for (const initiative of initiatives) {
        const review = reviewFacts(
            initiative,
            cadence => cadenceInterval.get(cadence),
            node => (isCadence(node) && !absent.has(node) ? node : undefined)
        );
        if (review) reviews.set(initiative, review);
    }

    return {
        documents,
        declarationsByName,
        cadenceLength,
        risks,
        metricInfo,
        reviews,
        forumHours: forumHours(attendance, cadenceInterval, cadenceLength),
        initiatives,
        initiativeInfo,
        milestones: ofKind<Milestone>('Milestone'),
        benefits,
        orgs,
        attendeeEntries,
        stakeholders,
        groups,
        bodies,
        domainCycles,
        residualAuthority,
        cadences,
        metrics: ofKind<Metric>('Metric'),
        domains,
        rules,
        decisions,
        groupMembers,
        groupCycles,
        cadenceInterval,
        cadenceAttendees,
        attendance,
        engagingAttendance,
        escalationEdges,
        escalationCycles,
        ownedDomains: indexBy([...domains.values()].flatMap(info => info.owners.map(owner => [owner, info.domain] as const))),
        decisionsDecidedBy: indexBy([...decisions.values()].flatMap(info => (info.decider ? [[info.decider, info] as const] : []))),
        escalationTargets: new Set(escalationEdges.map(edge => edge.to)),
        raci: computeRaci(stakeholders, domains, decisions, ruleIndex, resolve, stakeholdersOf),
        ruleConflicts: findRuleConflicts(ruleIndex, decisions),
        deciders: new Set(
            [
                ...[...rules.values(), ...decisions.values()].map(info => info.decider),
                ...[...domains.values()].map(info => info.owner),
                residualAuthority
            ].filter((p): p is Party => p !== undefined)
        ),
        resolve,
        stakeholdersOf
    };
}

function collectEscalationEdges(declarations: Declaration[], rules: Map<Rule, RuleInfo>, absent: Absent): EscalationEdge[] {
    const edges: EscalationEdge[] = [];
    for (const declaration of declarations) {
        for (const property of (declaration as { properties?: unknown[] }).properties ?? []) {
            if (isEscalatesProperty(property)) {
                const to = deref(property.target, isParty, absent);
                if (to) {
                    const after = isRule(declaration) ? rules.get(declaration)?.escalatesAfter : duration(property.after);
                    edges.push({ from: declaration, to, after, source: property });
                }
            } else if (isEscalationPathProperty(property)) {
                property.steps.forEach((step, index) => {
                    const from = step.ref && !absent.has(step.ref) ? step.ref : undefined;
                    const to = deref(property.steps[index + 1], isParty, absent);
                    if (from && to) edges.push({ from, to, source: property, step: index });
                });
            }
        }
    }
    return edges;
}

/**
 * RACI as the resolution order gives it (docs/language.md, "RACI"): the domain's owner is A
 * (accountable, decides), or R when the domain was delegated and the delegator is A; a domain
 * without an owner has R for whoever decides its own decisions (a rule, a reservation, residual
 * authority); a rule is R on the domains it touches when it is what decides a decision affecting
 * exactly those; the decider of each recorded decision affecting the domain is R; consulted and
 * informed are C and I, ancestors' included and marked inherited. Only stakeholders with a role
 * are visited, so the cost follows the number of cells, not domains × stakeholders.
 */
function computeRaci(
    stakeholders: Stakeholder[],
    domains: Map<Domain, DomainInfo>,
    decisions: Map<Decision, DecisionInfo>,
    rules: RuleIndex,
    resolve: (domains: Domain[]) => Resolution,
    stakeholdersOf: (party: Party) => Stakeholder[]
): RaciCell[] {
    const order = new Map(stakeholders.map((stakeholder, i) => [stakeholder, i]));
    // Each touches-rule that decides the decision affecting exactly its domains (not pre-empted by an owner or a reservation).
    const ruleDeciders = new Map<Domain, Party[]>();
    for (const rule of rules.all) {
        if (rule.crossesAny || resolve(rule.touches).rule !== rule) continue;
        for (const domain of rule.touches) append(ruleDeciders, domain, rule.decider!);
    }
    const cells: RaciCell[] = [];
    for (const info of domains.values()) {
        const roles = new Map<Stakeholder, { own: Set<RaciRole>; inherited: Set<RaciRole> }>();
        const add = (party: Party | undefined, role: RaciRole, inherited = false) => {
            if (!party) return;
            for (const stakeholder of stakeholdersOf(party)) {
                let entry = roles.get(stakeholder);
                if (!entry) roles.set(stakeholder, (entry = { own: new Set(), inherited: new Set() }));
                (inherited ? entry.inherited : entry.own).add(role);
            }
        };
        const inheritedOwner = info.ownerFrom !== undefined;
        if (info.owner && info.delegatedBy) {
            add(info.owner, 'R', inheritedOwner);
            add(info.delegatedBy, 'A');
        } else if (info.owner) {
            add(info.owner, 'A', inheritedOwner);
        } else {
            add(resolve([info.domain]).decider, 'R');
            info.owners.forEach(owner => add(owner, 'A', inheritedOwner));
        }
        ruleDeciders.get(info.domain)?.forEach(decider => add(decider, 'R'));
        for (const decision of info.decisions) {
            const facts = decisions.get(decision);
            if (facts?.decider !== info.owner) add(facts?.decider, 'R');
            // A decision led by this domain: the other affected domains' owners are consulted on it.
            if (facts?.step === 'lead' && facts.lead === info.domain) {
                for (const other of facts.domains) if (other !== info.domain) add(domains.get(other)?.owner, 'C');
            }
        }
        for (const stakeholder of info.consulted) add(stakeholder, 'C', !info.ownConsulted.has(stakeholder));
        for (const stakeholder of info.informed) add(stakeholder, 'I', !info.ownInformed.has(stakeholder));
        const rows = [...roles].filter(([stakeholder]) => order.has(stakeholder)).sort(([a], [b]) => order.get(a)! - order.get(b)!);
        for (const [stakeholder, entry] of rows) {
            const all = new Set([...entry.own, ...entry.inherited]);
            cells.push({
                stakeholder,
                domain: info.domain,
                roles: RACI_ORDER.filter(role => all.has(role)),
                inherited: RACI_ORDER.filter(role => entry.inherited.has(role) && !entry.own.has(role))
            });
        }
    }
    return cells;
}

const RACI_ORDER: RaciRole[] = ['R', 'A', 'C', 'I'];

/** How many rivals and decisions a conflict keeps by name; the rest are counted. */
const CONFLICT_LISTED = 5;

/**
 * Rules that conflict: equally specific rules with different deciders that claim the same
 * set of domains, or that are the top match of the same decision. Each rule is reported
 * once with its rivals, so n conflicting rules cost n entries, not n²/2 pairs.
 */
function findRuleConflicts(index: RuleIndex, decisions: Map<Decision, DecisionInfo>): Map<Rule, RuleConflict> {
    const conflicts = new Map<Rule, RuleConflict>();
    const entry = (info: RuleInfo) => {
        let conflict = conflicts.get(info.rule);
        if (!conflict) conflicts.set(info.rule, (conflict = { rule: info, rivals: [], rivalCount: 0, decisions: [] }));
        return conflict;
    };
    /** Marks every rule of a set as conflicting with the members of the set that decide differently. */
    const conflictWithin = (set: RuleInfo[], decision?: Decision) => {
        const byDecider = new Map<Party, RuleInfo[]>();
        for (const info of set) append(byDecider, info.decider!, info);
        if (byDecider.size < 2) return;
        for (const info of set) {
            const conflict = entry(info);
            if (decision && conflict.decisions.length < CONFLICT_LISTED && !conflict.decisions.includes(decision)) conflict.decisions.push(decision);
            // Only the first few rivals are named, so only that many are visited per rule;
            // the count of the others comes from the group sizes.
            for (const [decider, rivals] of byDecider) {
                if (decider === info.decider) continue;
                for (const rival of rivals) {
                    if (conflict.rivals.length >= CONFLICT_LISTED) break;
                    if (!conflict.rivals.includes(rival)) conflict.rivals.push(rival);
                }
            }
            const others = set.length - byDecider.get(info.decider!)!.length;
            conflict.rivalCount = Math.max(conflict.rivalCount, others, conflict.rivals.length);
        }
    };
    const bySameSet = new Map<string, RuleInfo[]>();
    const domainIds = new Map<Domain, number>();
    for (const info of index.all) {
        const key = info.crossesAny
            ? '*'
            : info.touches
                  .map(domain => domainIds.get(domain) ?? (domainIds.set(domain, domainIds.size), domainIds.size - 1))
                  .sort((a, b) => a - b)
                  .join(',');
        append(bySameSet, key, info);
    }
    bySameSet.forEach(set => conflictWithin(set));
    // A decision an explicit decider, a reservation, a lead or an owner settles is no evidence
    // that rules disagree: only those that reach the rules count.
    for (const info of decisions.values()) {
        const reachedRules = info.framework.basis === 'conflict' || info.framework.residualFor === 'conflict';
        if (reachedRules && !info.explicit) conflictWithin(info.framework.conflictingRules, info.decision);
    }
    // In declaration order, whatever order the sets were visited in.
    const result = new Map<Rule, RuleConflict>();
    for (const info of index.all) {
        const conflict = conflicts.get(info.rule);
        if (conflict) result.set(info.rule, conflict);
    }
    return result;
}

/** Flattens groups to stakeholders through nested groups, iteratively; a cycle contributes nothing more. */
function flattenGroups(groups: Group[], directMembers: Map<Group, Array<Stakeholder | Group>>): Map<Group, Stakeholder[]> {
    const flattened = new Map<Group, Stakeholder[]>();
    const visiting = new Set<Group>();
    for (const root of groups) {
        if (flattened.has(root)) continue;
        const frames: Array<{ group: Group; at: number }> = [{ group: root, at: 0 }];
        visiting.add(root);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            const members = directMembers.get(frame.group) ?? [];
            if (frame.at < members.length) {
                const member = members[frame.at++];
                if (isGroup(member) && !flattened.has(member) && !visiting.has(member)) {
                    visiting.add(member);
                    frames.push({ group: member, at: 0 });
                }
                continue;
            }
            const result = new Set<Stakeholder>();
            for (const member of members) {
                if (isGroup(member)) flattened.get(member)?.forEach(stakeholder => result.add(stakeholder));
                else result.add(member);
            }
            flattened.set(frame.group, [...result]);
            visiting.delete(frame.group);
            frames.pop();
        }
    }
    return flattened;
}
