// Quick fixes keyed on the stable diagnostic codes. Where the repair is a choice (who decides,
// which owner stays, which escalation goes), every choice is offered and none is preferred:
// the tool exposes the misalignment, the people resolve it.
import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import { DiagnosticCode } from '../../language/validation/diagnostic-codes.js';
import { addDecisionMethod, addTieBreaker, placeUnderDelegator, removeOverLimitMember } from './body-fixes.js';
import { addOwner, declareMissing, removeDuplicate } from './declaration-fixes.js';
import { chooseDecider } from './decider-fixes.js';
import { engageOwner } from './engagement-fixes.js';
import { breakCycle } from './escalation-fixes.js';
import { addMitigation, addSla, addTarget } from './missing-value-fixes.js';
import { keepOneOwner } from './ownership-fixes.js';
import { resolveScopeConflict } from './scope-fixes.js';

type Fix = (diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel) => CodeAction[];

const FIXES: Record<string, Fix> = {
    [DiagnosticCode.DomainNoOwner]: addOwner,
    [DiagnosticCode.UnresolvedReference]: declareMissing,
    [DiagnosticCode.DuplicateProperty]: removeDuplicate,
    [DiagnosticCode.DecisionAmbiguousOwner]: chooseDecider,
    [DiagnosticCode.DomainMultipleOwners]: keepOneOwner,
    [DiagnosticCode.RuleNoSla]: addSla,
    [DiagnosticCode.RiskNoMitigation]: addMitigation,
    [DiagnosticCode.MetricNoTarget]: addTarget,
    [DiagnosticCode.OwnerNotEngaged]: engageOwner,
    [DiagnosticCode.EscalationCycle]: breakCycle,
    [DiagnosticCode.ScopeConflict]: resolveScopeConflict,
    [DiagnosticCode.DecisionMethodMissing]: addDecisionMethod,
    [DiagnosticCode.TiePossible]: addTieBreaker,
    [DiagnosticCode.AffiliationLimitExceeded]: removeOverLimitMember,
    [DiagnosticCode.DelegationNotHeld]: placeUnderDelegator
};

/** Quick fixes for one diagnostic, in the order they should be offered. */
export function quickFixesFor(diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel): CodeAction[] {
    return FIXES[String(diagnostic.code)]?.(diagnostic, document, model) ?? [];
}
