// Computes the AlignmentModel from the linked documents of a workspace. Pure: no services,
// no I/O, tolerant of half-typed text (every reference may be unresolved).
import type { LangiumDocument, Reference } from 'langium';
import {
    isAffectsProperty, isAttendeesProperty, isCadence, isConsultedProperty, isDecidedByProperty, isDecision,
    isDomain, isDueProperty, isEscalatesProperty, isEscalationPathProperty, isGroup, isInformedProperty,
    isMembersProperty, isMetric, isOwnerProperty, isRule, isStakeholder, isWhenProperty,
    type Cadence, type Decision, type Declaration, type Domain, type Group, type Rule, type Stakeholder, type Workspace
} from '../generated/ast.js';
import type {
    AlignmentModel, DecisionInfo, DomainInfo, EscalationCycle, EscalationEdge, Party, RaciCell, RaciRole,
    Resolution, RuleConflict, RuleInfo
} from './alignment-model.js';
import { parseDate, parseDuration, periodDuration, type DurationValue } from './literals.js';
import { findCycles } from './graph.js';
import { describeResolution } from './explain.js';

/** True for the kinds of declaration that can decide or be escalated to. */
export function isParty(node: unknown): node is Party {
    return isStakeholder(node) || isGroup(node) || isCadence(node);
}

function deref<T extends Declaration>(ref: Reference<Declaration> | undefined, guard: (n: unknown) => n is T): T | undefined {
    const target = ref?.ref;
    return guard(target) ? target : undefined;
}

function derefAll<T extends Declaration>(refs: Array<Reference<Declaration>> | undefined, guard: (n: unknown) => n is T): T[] {
    return unique((refs ?? []).map(ref => deref(ref, guard)).filter((n): n is T => n !== undefined));
}

function unique<T>(items: T[]): T[] {
    return [...new Set(items)];
}

function duration(node: Parameters<typeof parseDuration>[0] | undefined): DurationValue | undefined {
    if (!node) return undefined;
    const parsed = parseDuration(node);
    return parsed.ok ? parsed.value : undefined;
}

function propertiesOf<T>(declaration: { properties?: unknown[] }, guard: (n: unknown) => n is T): T[] {
    return (declaration.properties ?? []).filter(guard);
}

/** Builds the model from every document of the workspace. */
export function buildAlignmentModel(documents: LangiumDocument[]): AlignmentModel {
    const declarations: Declaration[] = documents.flatMap(doc => (doc.parseResult.value as Workspace).declarations ?? []);
    const declarationsByName = new Map<string, Declaration[]>();
    for (const declaration of declarations) {
        if (!declaration.name) continue;
        const list = declarationsByName.get(declaration.name) ?? [];
        list.push(declaration);
        declarationsByName.set(declaration.name, list);
    }

    const stakeholders = declarations.filter(isStakeholder);
    const groups = declarations.filter(isGroup);
    const cadences = declarations.filter(isCadence);

    // Groups: direct members, then flattened with cycle protection.
    const directMembers = new Map<Group, Array<Stakeholder | Group>>();
    for (const group of groups) {
        const refs = propertiesOf(group, isMembersProperty).flatMap(p => p.members);
        directMembers.set(group, derefAll(refs, (n): n is Stakeholder | Group => isStakeholder(n) || isGroup(n)));
    }
    const groupMembers = new Map<Group, Stakeholder[]>();
    const flatten = (group: Group, visiting: Set<Group>): Stakeholder[] => {
        const known = groupMembers.get(group);
        if (known) return known;
        if (visiting.has(group)) return [];
        visiting.add(group);
        const result = unique((directMembers.get(group) ?? []).flatMap(m => isGroup(m) ? flatten(m, visiting) : [m]));
        visiting.delete(group);
        groupMembers.set(group, result);
        return result;
    };
    groups.forEach(group => flatten(group, new Set()));
    const groupCycles = findCycles(groups, group => (directMembers.get(group) ?? []).filter(isGroup)).map(c => c.nodes);

    const cadenceInterval = new Map<Cadence, DurationValue>();
    const cadenceAttendees = new Map<Cadence, Stakeholder[]>();
    const attendance = new Map<Stakeholder, Cadence[]>();
    const stakeholdersOfPartyList = (parties: Array<Stakeholder | Group>) =>
        unique(parties.flatMap(p => isGroup(p) ? groupMembers.get(p) ?? [] : [p]));
    for (const cadence of cadences) {
        const interval = cadence.period ? periodDuration(cadence.period) : duration(cadence.interval);
        if (interval) cadenceInterval.set(cadence, interval);
        const refs = propertiesOf(cadence, isAttendeesProperty).flatMap(p => p.attendees);
        const attendees = stakeholdersOfPartyList(derefAll(refs, (n): n is Stakeholder | Group => isStakeholder(n) || isGroup(n)));
        cadenceAttendees.set(cadence, attendees);
        for (const stakeholder of attendees) {
            attendance.set(stakeholder, [...(attendance.get(stakeholder) ?? []), cadence]);
        }
    }

    const stakeholdersOf = (party: Party): Stakeholder[] =>
        isStakeholder(party) ? [party] : isGroup(party) ? groupMembers.get(party) ?? [] : cadenceAttendees.get(party) ?? [];

    const isStakeholderOrGroup = (n: unknown): n is Stakeholder | Group => isStakeholder(n) || isGroup(n);
    const domains = new Map<Domain, DomainInfo>();
    for (const domain of declarations.filter(isDomain)) {
        const owners = derefAll(propertiesOf(domain, isOwnerProperty).flatMap(p => p.owners), isStakeholder);
        domains.set(domain, {
            domain,
            owners,
            owner: owners.length === 1 ? owners[0] : undefined,
            consulted: stakeholdersOfPartyList(derefAll(propertiesOf(domain, isConsultedProperty).flatMap(p => p.parties), isStakeholderOrGroup)),
            informed: stakeholdersOfPartyList(derefAll(propertiesOf(domain, isInformedProperty).flatMap(p => p.parties), isStakeholderOrGroup)),
            decisions: []
        });
    }

    const rules = new Map<Rule, RuleInfo>();
    for (const rule of declarations.filter(isRule)) {
        const when = propertiesOf(rule, isWhenProperty)[0];
        const decidedBy = propertiesOf(rule, isDecidedByProperty)[0];
        const escalates = propertiesOf(rule, isEscalatesProperty)[0];
        const touches = when && !when.crossesAny ? derefAll(when.domains, isDomain) : [];
        rules.set(rule, {
            rule,
            crossesAny: when?.crossesAny ?? false,
            touches,
            specificity: !when ? undefined : when.crossesAny ? 0 : touches.length > 0 ? touches.length : undefined,
            decider: deref(decidedBy?.decider, isParty),
            within: duration(decidedBy?.within),
            escalatesTo: deref(escalates?.target, isParty),
            escalatesAfter: duration(escalates?.after)
        });
    }

    const resolve = (affected: Domain[]): Resolution => resolveDecider(unique(affected), domains, rules);

    const decisions = new Map<Decision, DecisionInfo>();
    for (const decision of declarations.filter(isDecision)) {
        const affected = derefAll(propertiesOf(decision, isAffectsProperty).flatMap(p => p.domains), isDomain);
        affected.forEach(domain => domains.get(domain)?.decisions.push(decision));
        const framework = resolve(affected);
        const explicit = deref(propertiesOf(decision, isDecidedByProperty)[0]?.decider, isParty);
        const dueText = propertiesOf(decision, isDueProperty)[0]?.date;
        const due = dueText ? parseDate(dueText) : undefined;
        decisions.set(decision, {
            decision,
            domains: affected,
            framework,
            explicit,
            decider: explicit ?? framework.decider,
            overridesFramework: explicit !== undefined && framework.decider !== undefined && explicit !== framework.decider,
            due: due?.ok ? due.value : undefined
        });
    }

    const escalationEdges = collectEscalationEdges(declarations, rules);
    const edgesFrom = new Map<Declaration, EscalationEdge[]>();
    escalationEdges.forEach(edge => edgesFrom.set(edge.from, [...(edgesFrom.get(edge.from) ?? []), edge]));
    const escalationCycles: EscalationCycle[] = findCycles(
        unique(escalationEdges.flatMap(e => [e.from, e.to as Declaration])),
        node => (edgesFrom.get(node) ?? []).map(e => e.to as Declaration)
    ).map(cycle => ({
        nodes: cycle.nodes,
        edges: cycle.nodes.map((node, i) => {
            const next = cycle.nodes[(i + 1) % cycle.nodes.length];
            return edgesFrom.get(node)!.find(e => e.to === next)!;
        })
    }));

    return {
        documents,
        declarationsByName,
        stakeholders,
        groups,
        cadences,
        metrics: declarations.filter(isMetric),
        domains,
        rules,
        decisions,
        groupMembers,
        groupCycles,
        cadenceInterval,
        cadenceAttendees,
        attendance,
        escalationEdges,
        escalationCycles,
        raci: computeRaci(stakeholders, domains, rules, stakeholdersOf),
        ruleConflicts: findRuleConflicts(rules, decisions),
        deciders: new Set([...rules.values(), ...decisions.values()].map(info => info.decider).filter((p): p is Party => p !== undefined)),
        resolve,
        stakeholdersOf
    };
}

/** Spec §3: single owner, shared owner, most specific rule, else nobody. */
function resolveDecider(affected: Domain[], domains: Map<Domain, DomainInfo>, rules: Map<Rule, RuleInfo>): Resolution {
    const infos = affected.map(domain => domains.get(domain)).filter((d): d is DomainInfo => d !== undefined);
    const base = { domains: infos, conflictingRules: [] as RuleInfo[] };
    const finish = (resolution: Omit<Resolution, 'explanation'>): Resolution => ({ ...resolution, explanation: describeResolution(resolution) });
    if (infos.length === 0) {
        return finish({ ...base, basis: 'no-domain' });
    }
    const owners = unique(infos.map(info => info.owner));
    if (owners.length === 1 && owners[0] !== undefined) {
        return finish({ ...base, basis: infos.length === 1 ? 'single-domain' : 'same-owner', decider: owners[0] });
    }
    const matching = [...rules.values()].filter(info => info.decider && ruleMatches(info, affected));
    if (matching.length === 0) {
        return finish({ ...base, basis: 'none' });
    }
    const best = Math.max(...matching.map(info => info.specificity!));
    const top = matching.filter(info => info.specificity === best);
    const deciders = unique(top.map(info => info.decider));
    if (deciders.length > 1) {
        return finish({ ...base, basis: 'conflict', conflictingRules: top });
    }
    return finish({ ...base, basis: 'rule', decider: top[0].decider, rule: top[0], sla: top[0].within });
}

function ruleMatches(info: RuleInfo, affected: Domain[]): boolean {
    if (info.specificity === undefined) return false;
    if (info.crossesAny) return affected.length >= 2;
    return info.touches.every(domain => affected.includes(domain));
}

function collectEscalationEdges(declarations: Declaration[], rules: Map<Rule, RuleInfo>): EscalationEdge[] {
    const edges: EscalationEdge[] = [];
    for (const declaration of declarations) {
        for (const property of (declaration as { properties?: unknown[] }).properties ?? []) {
            if (isEscalatesProperty(property)) {
                const to = deref(property.target, isParty);
                if (to) {
                    const after = isRule(declaration) ? rules.get(declaration)?.escalatesAfter : duration(property.after);
                    edges.push({ from: declaration, to, after, source: property });
                }
            } else if (isEscalationPathProperty(property)) {
                property.steps.forEach((step, index) => {
                    const from = step.ref;
                    const to = deref(property.steps[index + 1], isParty);
                    if (from && to) edges.push({ from, to, source: property, step: index });
                });
            }
        }
    }
    return edges;
}

/**
 * A = the domain's owner (accountable, decides); R = who decides cross-domain decisions
 * touching the domain through a rule; C = consulted; I = informed.
 */
function computeRaci(
    stakeholders: Stakeholder[], domains: Map<Domain, DomainInfo>, rules: Map<Rule, RuleInfo>,
    stakeholdersOf: (party: Party) => Stakeholder[]
): RaciCell[] {
    const cells: RaciCell[] = [];
    for (const info of domains.values()) {
        const responsible = new Set([...rules.values()]
            .filter(rule => rule.decider && rule.specificity !== undefined && (rule.crossesAny || rule.touches.includes(info.domain)))
            .flatMap(rule => stakeholdersOf(rule.decider!)));
        for (const stakeholder of stakeholders) {
            const roles: RaciRole[] = [];
            if (responsible.has(stakeholder)) roles.push('R');
            if (info.owners.includes(stakeholder)) roles.push('A');
            if (info.consulted.includes(stakeholder)) roles.push('C');
            if (info.informed.includes(stakeholder)) roles.push('I');
            if (roles.length > 0) cells.push({ stakeholder, domain: info.domain, roles });
        }
    }
    return cells;
}

function sameDomains(a: Domain[], b: Domain[]): boolean {
    return a.length === b.length && a.every(domain => b.includes(domain));
}

function findRuleConflicts(rules: Map<Rule, RuleInfo>, decisions: Map<Decision, DecisionInfo>): RuleConflict[] {
    const conflicts: RuleConflict[] = [];
    const infos = [...rules.values()].filter(info => info.decider && info.specificity !== undefined);
    for (let i = 0; i < infos.length; i++) {
        for (let j = i + 1; j < infos.length; j++) {
            const [a, b] = [infos[i], infos[j]];
            if (a.specificity !== b.specificity || a.decider === b.decider) continue;
            const affectedBoth = [...decisions.values()]
                .filter(d => d.framework.basis === 'conflict' && d.framework.conflictingRules.includes(a) && d.framework.conflictingRules.includes(b))
                .map(d => d.decision);
            const sameSet = a.crossesAny === b.crossesAny && sameDomains(a.touches, b.touches);
            if (sameSet || affectedBoth.length > 0) {
                conflicts.push({ rules: [a, b], decisions: affectedBoth });
            }
        }
    }
    return conflicts;
}
