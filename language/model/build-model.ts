// Computes the AlignmentModel from the linked documents of a workspace. Pure: no services,
// no I/O, tolerant of half-typed text (every reference may be unresolved). Each concern has its
// own module: people and forums (people-facts.ts), the decision framework (framework-facts.ts),
// escalation (escalation-facts.ts), RACI (raci.ts), rule conflicts (rule-conflicts.ts), time
// (timeline.ts) and outcomes (outcomes.ts); this file sorts the declarations and joins them.
import type { AstNode, LangiumDocument, Reference } from 'langium';
import {
    isCadence,
    isDeclaration,
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
import type { AlignmentModel, Party } from './alignment-model.js';
import { escalationFacts } from './escalation-facts.js';
import { frameworkFacts } from './framework-facts.js';
import { append, indexBy } from './lists.js';
import { deref, isParty, type Absent } from './model-reading.js';
import { benefitFacts, initiativeFacts, type BenefitInfo, type InitiativeInfo } from './outcomes.js';
import { peopleFacts } from './people-facts.js';
import { computeRaci } from './raci.js';
import { findRuleConflicts } from './rule-conflicts.js';
import { forumHours, metricFacts, reviewFacts, riskFacts, type MetricInfo, type ReviewInfo, type RiskInfo } from './timeline.js';

const NOTHING_ABSENT: Absent = new Set();

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
    const initiatives = ofKind<Initiative>('Initiative');

    const people = peopleFacts(stakeholders, groups, cadences, absent);
    const { stakeholdersOf, cadenceInterval, attendance, cadenceLength } = people;
    const framework = frameworkFacts(
        { domains: ofKind<Domain>('Domain'), rules: ofKind<Rule>('Rule'), decisions: ofKind<Decision>('Decision'), initiatives },
        people,
        absent
    );
    const { domains, rules, decisions, residualAuthority, ruleIndex, resolve } = framework;
    const { escalationEdges, escalationCycles } = escalationFacts(declarations, rules, absent);

    const resolveRef = (ref: Reference<Declaration>) => deref(ref, isDeclaration, absent);
    const risks = new Map<Risk, RiskInfo>(
        ofKind<Risk>('Risk').map(risk => [risk, riskFacts(risk, node => (isParty(node) && !absent.has(node) ? node : undefined), resolveRef)])
    );
    const metricInfo = new Map<Metric, MetricInfo>(ofKind<Metric>('Metric').map(metric => [metric, metricFacts(metric, resolveRef)]));
    const benefits = new Map<Benefit, BenefitInfo>(ofKind<Benefit>('Benefit').map(benefit => [benefit, benefitFacts(benefit, resolveRef)]));
    const initiativeInfo = new Map<Initiative, InitiativeInfo>(initiatives.map(initiative => [initiative, initiativeFacts(initiative, resolveRef)]));
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
        orgs: people.orgs,
        attendeeEntries: people.attendeeEntries,
        stakeholders,
        groups,
        bodies: people.bodies,
        domainCycles: framework.domainCycles,
        residualAuthority,
        cadences,
        metrics: ofKind<Metric>('Metric'),
        domains,
        rules,
        decisions,
        groupMembers: people.groupMembers,
        groupCycles: people.groupCycles,
        cadenceInterval,
        cadenceAttendees: people.cadenceAttendees,
        attendance,
        engagingAttendance: people.engagingAttendance,
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
