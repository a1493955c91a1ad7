// Who decides a concrete decision (spec §3), read from the model: nobody, or somebody other
// than the framework says, or too late.
import type { ValidationAcceptor } from 'langium';
import { isAffectsProperty, isDecidedByProperty, isDomain, isDueProperty, isLedByProperty, isNeededByProperty, type Decision } from '../generated/ast.js';
import type { AlignmentModel, DecisionInfo } from '../model/alignment-model.js';
import { ambiguityReason, listing, nameOf } from '../model/explain.js';
import { todayIso } from '../model/literals.js';
import type { AlignValidationOptions } from './align-validator.js';
import { propertiesOf } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports `decision-no-domain`, `decision-ambiguous-owner`, `decider-overrides-framework`, `decision-overdue`. */
export function checkDecision(decision: Decision, model: AlignmentModel, options: AlignValidationOptions, accept: ValidationAcceptor): void {
    const info = model.decisions.get(decision);
    if (propertiesOf(decision, isAffectsProperty).length === 0) {
        accept('warning', `Decision ${nameOf(decision)} affects no domain, so the framework cannot say who decides it. Add \`affects <domain>, …\`.`,
            { node: decision, property: 'name', code: DiagnosticCode.DecisionNoDomain });
    }
    checkLead(decision, info, accept);
    if (info && !info.explicit && info.framework.step === 'none' && info.framework.basis !== 'no-domain') {
        accept('error', `Nobody has authority to decide ${nameOf(decision)}: ${ambiguityReason(info.framework)}. ${ambiguityFix(info.framework)}`,
            { node: decision, property: 'name', code: DiagnosticCode.DecisionAmbiguousOwner, data: { domains: info.framework.domains.map(d => nameOf(d.domain)) } });
    }
    const decidedBy = propertiesOf(decision, isDecidedByProperty)[0];
    if (info?.overridesFramework && decidedBy) {
        accept('warning', `${nameOf(decision)} is decided by ${nameOf(info.explicit)}, but the framework says ${info.framework.explanation}. The explicit decider is honoured; change the framework or drop \`decided by\` if this is not intended.`,
            { node: decidedBy, property: 'decider', code: DiagnosticCode.DeciderOverridesFramework });
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
    if (!options.reportOverdue || !info?.dueDate) return;
    const today = options.today ?? todayIso();
    if (info.dueDate.text >= today) return;
    const due = propertiesOf(decision, isDueProperty)[0];
    if (info.due && due) {
        accept('warning', `Decision ${nameOf(decision)} was due on ${info.dueDate.text} and today is ${today}. Decide it, or move \`due\` to a new date.`,
            { node: due, code: DiagnosticCode.DecisionOverdue });
        return;
    }
    const neededBy = propertiesOf(decision, isNeededByProperty)[0];
    if (info.neededBy && neededBy) {
        accept('warning', `Decision ${nameOf(decision)} was needed by milestone ${nameOf(info.neededBy)} on ${info.dueDate.text} and today is ${today}. Decide it, or move ${nameOf(info.neededBy)} to a new date.`,
            { node: neededBy, code: DiagnosticCode.DecisionOverdue });
    }
}

/** `led by` must name one of the decision's affected domains (`reference-kind` otherwise). */
function checkLead(decision: Decision, info: DecisionInfo | undefined, accept: ValidationAcceptor): void {
    const property = propertiesOf(decision, isLedByProperty)[0];
    const lead = property?.domain?.ref;
    if (!property || !info || !isDomain(lead) || info.domains.includes(lead)) return;
    const affected = info.domains.length > 0 ? `one of the domains it affects (${listing(info.domains.map(d => nameOf(d)))})` : 'one of the domains it affects, and it affects none yet';
    accept('error', `\`led by\` names ${nameOf(lead)}, which ${nameOf(decision)} does not affect: the lead domain must be ${affected}.`,
        { node: property, property: 'domain', code: DiagnosticCode.ReferenceKind });
}
