// The decision framework (docs/language.md, "Who decides"): each domain with its owner and
// hierarchy, the rules, the residual authority, and every decision resolved once in the
// resolution order, with its history and dates.
import {
    isAffectsProperty,
    isDecidedByProperty,
    isDecidedOnProperty,
    isDecision,
    isDomain,
    isDueProperty,
    isEscalatesProperty,
    isLedByProperty,
    isMilestone,
    isNeededByProperty,
    isOutcomeProperty,
    isRaisedOnProperty,
    isRecordProperty,
    isResidualAuthorityProperty,
    isSupersedesProperty,
    isWhenProperty,
    type Decision,
    type Domain,
    type Initiative,
    type Rule
} from '../generated/ast.js';
import type { DecisionInfo, DomainInfo, Party, Resolution, RuleInfo } from './alignment-model.js';
import { isOwner } from './bodies.js';
import { domainFacts } from './hierarchy.js';
import { unique } from './lists.js';
import { dateValue, deref, derefAll, duration, isParty, propertiesOf, type Absent } from './model-reading.js';
import type { PeopleFacts } from './people-facts.js';
import { indexRules, resolveDecider, type RuleIndex } from './resolve-decider.js';

export interface FrameworkFacts {
    domains: Map<Domain, DomainInfo>;
    domainCycles: Domain[][];
    residualAuthority?: Party;
    rules: Map<Rule, RuleInfo>;
    ruleIndex: RuleIndex;
    decisions: Map<Decision, DecisionInfo>;
    resolve(affected: Domain[], lead?: Domain): Resolution;
}

/** The framework's declarations, by kind. */
export interface FrameworkDeclarations {
    domains: Domain[];
    rules: Rule[];
    decisions: Decision[];
    initiatives: Initiative[];
}

/** Resolves the framework and every decision of these declarations. */
export function frameworkFacts(ofKind: FrameworkDeclarations, people: PeopleFacts, absent: Absent): FrameworkFacts {
    const initiatives = ofKind.initiatives;
    const { domains, cycles: domainCycles } = domainFacts(ofKind.domains, {
        ownerOf: ref => deref(ref, isOwner, absent),
        partyOf: ref => deref(ref, isParty, absent),
        domainOf: ref => deref(ref, isDomain, absent),
        stakeholdersOf: parties => people.stakeholdersOfPartyList(parties)
    });
    const residualAuthority = initiatives
        .flatMap(initiative => propertiesOf(initiative, isResidualAuthorityProperty))
        .map(property => deref(property.party, isParty, absent))
        .find(party => party !== undefined);

    const rules = new Map<Rule, RuleInfo>();
    for (const rule of ofKind.rules) {
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
    for (const decision of ofKind.decisions) {
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
        const due = dateValue(propertiesOf(decision, isDueProperty)[0]?.date);
        const neededBy = deref(propertiesOf(decision, isNeededByProperty)[0]?.milestone, isMilestone, absent);
        const neededByDate = dateValue(neededBy?.date);
        const decided = propertiesOf(decision, isDecidedOnProperty)[0];
        const decider = explicit ?? framework.decider;
        decisions.set(decision, {
            raisedOn: dateValue(propertiesOf(decision, isRaisedOnProperty)[0]?.date),
            decidedOn: dateValue(decided?.date),
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
            decider,
            overridesFramework: explicit !== undefined && framework.decider !== undefined && explicit !== framework.decider,
            due,
            neededBy,
            neededByDate,
            dueDate: due ?? neededByDate
        });
    }

    for (const info of decisions.values()) {
        if (info.supersedes) decisions.get(info.supersedes)?.supersededBy.push(info.decision);
    }

    return { domains, domainCycles, residualAuthority, rules, ruleIndex, decisions, resolve };
}
