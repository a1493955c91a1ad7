// Who decides a concrete decision (spec §3), read from the model: nobody, or somebody other
// than the framework says, or too late.
import type { ValidationAcceptor } from 'langium';
import {
    isAffectsProperty,
    isDecidedByProperty,
    isDecidedOnProperty,
    isDomain,
    isDueProperty,
    isLedByProperty,
    isNeededByProperty,
    isRaisedOnProperty,
    isStakeholder,
    type Decision
} from '../generated/ast.js';
import type { AlignmentModel, DecisionInfo } from '../model/alignment-model.js';
import { ambiguityReason, listing, nameOf, stepPhrase } from '../model/explain.js';
import { daysBetween, todayIso } from '../model/literals.js';
import type { AlignValidationOptions } from './align-validator.js';
import { propertiesOf } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports `decision-no-domain`, `decision-ambiguous-owner`, `decider-overrides-framework`, `decision-overdue`. */
export function checkDecision(decision: Decision, model: AlignmentModel, options: AlignValidationOptions, accept: ValidationAcceptor): void {
    const info = model.decisions.get(decision);
    if (propertiesOf(decision, isAffectsProperty).length === 0) {
        accept('warning', `Decision ${nameOf(decision)} affects no domain, so the framework cannot say who decides it. Add \`affects <domain>, …\`.`, {
            node: decision,
            property: 'name',
            code: DiagnosticCode.DecisionNoDomain
        });
    }
    checkLead(decision, info, accept);
    if (info && !info.explicit && info.framework.step === 'none' && info.framework.basis !== 'no-domain') {
        accept('error', `Nobody has authority to decide ${nameOf(decision)}: ${ambiguityReason(info.framework)}. ${ambiguityFix(info.framework)}`, {
            node: decision,
            property: 'name',
            code: DiagnosticCode.DecisionAmbiguousOwner,
            data: { domains: info.framework.domains.map(d => nameOf(d.domain)) }
        });
    }
    const decidedBy = propertiesOf(decision, isDecidedByProperty)[0];
    if (info?.overridesFramework && decidedBy) {
        accept(
            'warning',
            `${nameOf(decision)} is decided by ${nameOf(info.explicit)}, but the framework says ${info.framework.explanation}. The explicit decider is honoured; change the framework or drop \`decided by\` if this is not intended.`,
            { node: decidedBy, property: 'decider', code: DiagnosticCode.DeciderOverridesFramework }
        );
    }
    checkOverdue(decision, info, options, accept);
}

function ambiguityFix(framework: NonNullable<ReturnType<AlignmentModel['decisions']['get']>>['framework']): string {
    const names = framework.domains.map(d => nameOf(d.domain));
    if (framework.basis === 'reserved-conflict') {
        return `Give the reserved domains ${listing(framework.reserved.map(d => nameOf(d.domain)))} one owner, or give the initiative a \`residual authority\`.`;
    }
    if (framework.basis === 'conflict') {
        return `Give the rules ${listing(framework.conflictingRules.map(r => nameOf(r.rule)))} the same decider, or add a more specific rule.`;
    }
    if (names.length === 1) {
        return `Give ${names[0]} exactly one \`owner\`, or add a \`rule\` with \`when touches ${names[0]}\`.`;
    }
    return `Add a \`rule\` with \`when touches ${names.join(', ')}\` or \`when crosses any\`.`;
}

/** `decision-overdue` on the model's due date: `due`, else the date of the milestone that needs it (spec §9). */
function checkOverdue(decision: Decision, info: DecisionInfo | undefined, options: AlignValidationOptions, accept: ValidationAcceptor): void {
    // A decision that was made, or that another replaced, is not overdue (docs/language.md, "Decisions that were made").
    if (!options.reportOverdue || !info?.dueDate || info.decidedOn || info.supersededBy.length > 0) return;
    const today = options.today ?? todayIso();
    if (info.dueDate.text >= today) return;
    const due = propertiesOf(decision, isDueProperty)[0];
    if (info.due && due) {
        accept('warning', `Decision ${nameOf(decision)} was due on ${info.dueDate.text} and today is ${today}. Decide it, or move \`due\` to a new date.`, {
            node: due,
            code: DiagnosticCode.DecisionOverdue
        });
        return;
    }
    const neededBy = propertiesOf(decision, isNeededByProperty)[0];
    if (info.neededBy && neededBy) {
        accept(
            'warning',
            `Decision ${nameOf(decision)} was needed by milestone ${nameOf(info.neededBy)} on ${info.dueDate.text} and today is ${today}. Decide it, or move ${nameOf(info.neededBy)} to a new date.`,
            { node: neededBy, code: DiagnosticCode.DecisionOverdue }
        );
    }
}

/** `led by` must name one of the decision's affected domains (`reference-kind` otherwise). */
function checkLead(decision: Decision, info: DecisionInfo | undefined, accept: ValidationAcceptor): void {
    const property = propertiesOf(decision, isLedByProperty)[0];
    const lead = property?.domain?.ref;
    if (!property || !info || !isDomain(lead) || info.domains.includes(lead)) return;
    const affected =
        info.domains.length > 0
            ? `one of the domains it affects (${listing(info.domains.map(d => nameOf(d)))})`
            : 'one of the domains it affects, and it affects none yet';
    accept('error', `\`led by\` names ${nameOf(lead)}, which ${nameOf(decision)} does not affect: the lead domain must be ${affected}.`, {
        node: property,
        property: 'domain',
        code: DiagnosticCode.ReferenceKind
    });
}

/** `decision-sla-missed`: from `raised on` to `decided on` (or to today, undecided) is longer than the decider's SLA. */
export function checkDecisionSla(decision: Decision, model: AlignmentModel, today: string, accept: ValidationAcceptor): void {
    const info = model.decisions.get(decision);
    const raised = propertiesOf(decision, isRaisedOnProperty)[0];
    // A decision another one replaced is not waiting for anyone.
    if (!info?.raisedOn || !info.sla || !info.decider || !raised || (!info.decidedOn && info.supersededBy.length > 0)) return;
    const decided = propertiesOf(decision, isDecidedOnProperty)[0];
    const end = info.decidedOn?.text ?? today;
    const hours = daysBetween(info.raisedOn.text, end) * 24;
    if (hours <= info.sla.hours) return;
    const took = `${daysBetween(info.raisedOn.text, end)} days (${hours} hours)`;
    const sla = `${nameOf(info.decider)}'s SLA of ${info.sla.text}${info.sla.unit === 'hour' ? '' : ` (${info.sla.hours} hours)`}`;
    const message = info.decidedOn
        ? `${nameOf(decision)} was raised on ${info.raisedOn.text} and decided on ${info.decidedOn.text}: ${took}, against ${sla}. Look at why it took longer: a forum that meets more often, or an SLA the decider can keep.`
        : `${nameOf(decision)} was raised on ${info.raisedOn.text} and is still open on ${today}: ${took}, against ${sla}. Decide it, or escalate it.`;
    accept('warning', message, { node: decided ?? raised, code: DiagnosticCode.DecisionSlaMissed });
}

/** `decision-made-by-other`: `decided on … by X` where X is neither the resolved decider nor one of its people. */
export function checkDecidedBy(decision: Decision, model: AlignmentModel, accept: ValidationAcceptor): void {
    const info = model.decisions.get(decision);
    const decided = propertiesOf(decision, isDecidedOnProperty)[0];
    const actual = info?.decidedBy;
    if (!info?.decider || !actual || !decided || actual === info.decider) return;
    const people = model.stakeholdersOf(info.decider);
    if (isStakeholder(actual) && people.includes(actual)) return;
    accept(
        'warning',
        `${nameOf(decision)} was decided by ${nameOf(actual)}, but the framework gives it to ${nameOf(info.decider)} (${whyOf(info)}). Correct \`decided on … by\`, or change the framework so it says who really decides.`,
        { node: decided, property: 'decider', code: DiagnosticCode.DecisionMadeByOther }
    );
}

/** The reason a decision's decider decides it, for a message: the explicit `decided by`, or the framework's step. */
function whyOf(info: DecisionInfo): string {
    return info.explicit ? 'explicit `decided by`' : stepPhrase(info.framework);
}
