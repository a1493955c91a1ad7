// Completeness of governance: forums with people in them, risks with an owner and a plan,
// metrics with an owner and a target, benefits measured, scope that does not contradict itself.
import { AstUtils, GrammarUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { nameOf } from '../model/explain.js';
import {
    isAttendeesProperty,
    isInScopeProperty,
    isMeasuredByProperty,
    isMitigationProperty,
    isOutOfScopeProperty,
    isOwnerProperty,
    isTargetProperty,
    type Benefit,
    type Cadence,
    type Initiative,
    type Metric,
    type Risk
} from '../generated/ast.js';
import type { AlignmentModel } from '../model/alignment-model.js';
import { propertiesOf } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/** Reports `cadence-no-attendees`. */
export function checkCadence(cadence: Cadence, accept: ValidationAcceptor): void {
    // One syntax error is one diagnostic: a cadence whose text did not parse lost its block with it.
    if (hasSyntaxErrorWithin(cadence)) return;
    if (propertiesOf(cadence, isAttendeesProperty).every(p => p.attendees.length === 0)) {
        accept('error', `Cadence ${nameOf(cadence)} has no attendees, so nobody meets. Add \`attendees <stakeholder>, …\`.`, {
            node: cadence,
            property: 'name',
            code: DiagnosticCode.CadenceNoAttendees
        });
    }
}

/** Reports `risk-no-owner`, `risk-no-mitigation`, and a risk with several owners. */
export function checkRisk(risk: Risk, accept: ValidationAcceptor): void {
    const owners = propertiesOf(risk, isOwnerProperty);
    if (owners.length === 0) {
        accept('error', `Risk ${nameOf(risk)} has no owner, so nobody watches it. Add \`owner <stakeholder>\`.`, {
            node: risk,
            property: 'name',
            code: DiagnosticCode.RiskNoOwner
        });
    }
    checkSingleOwner(owners, `risk ${nameOf(risk)}`, accept);
    if (propertiesOf(risk, isMitigationProperty).length === 0) {
        accept('warning', `Risk ${nameOf(risk)} has no mitigation plan. Add \`mitigation "…"\`.`, {
            node: risk,
            property: 'name',
            code: DiagnosticCode.RiskNoMitigation
        });
    }
}

/** Reports `metric-no-target` and `metric-no-owner`, and a metric with several owners. */
export function checkMetric(metric: Metric, accept: ValidationAcceptor): void {
    const owners = propertiesOf(metric, isOwnerProperty);
    if (propertiesOf(metric, isTargetProperty).length === 0) {
        accept('warning', `Metric ${nameOf(metric)} has no target, so nobody can tell success from failure. Add \`target <number or %>\`.`, {
            node: metric,
            property: 'name',
            code: DiagnosticCode.MetricNoTarget
        });
    }
    if (owners.length === 0) {
        accept('warning', `Metric ${nameOf(metric)} has no owner. Add \`owner <stakeholder>\`.`, {
            node: metric,
            property: 'name',
            code: DiagnosticCode.MetricNoOwner
        });
    }
    checkSingleOwner(owners, `metric ${nameOf(metric)}`, accept);
}

/** A risk or metric has one owner: `owner A, B` lists a second one, reported like a second `owner` line. */
function checkSingleOwner(owners: Array<{ owners: unknown[] }>, what: string, accept: ValidationAcceptor): void {
    const property = owners[0];
    if (property && property.owners.length > 1) {
        accept('error', `A ${what} has one owner, but ${property.owners.length} are listed. Keep one.`, {
            node: property as never,
            property: 'owners',
            index: 1,
            code: DiagnosticCode.DuplicateProperty
        });
    }
}

/** Reports `benefit-no-metric`. */
export function checkBenefit(benefit: Benefit, accept: ValidationAcceptor): void {
    if (propertiesOf(benefit, isMeasuredByProperty).length === 0) {
        accept('warning', `Benefit ${nameOf(benefit)} is not measured by any metric, so nobody will know whether it arrived. Add \`measured by <metric>\`.`, {
            node: benefit,
            property: 'name',
            code: DiagnosticCode.BenefitNoMetric
        });
    }
}

/** Reports `scope-conflict` and `no-outcome-metric`. */
export function checkInitiative(initiative: Initiative, model: AlignmentModel, accept: ValidationAcceptor): void {
    const normalise = (item: string) => item.trim().toLowerCase();
    const inScope = new Set(
        propertiesOf(initiative, isInScopeProperty)
            .flatMap(p => p.items)
            .map(normalise)
    );
    for (const property of propertiesOf(initiative, isOutOfScopeProperty)) {
        // Item ranges are looked up once per list: per item it would be quadratic in the list's length.
        const itemNodes = GrammarUtils.findNodesForProperty(property.$cstNode, 'items');
        property.items.forEach((item, index) => {
            if (inScope.has(normalise(item))) {
                accept(
                    'error',
                    `"${item.trim()}" is both in scope and out of scope of ${nameOf(initiative)}. Decide which, and remove it from the other list.`,
                    { node: property, range: itemNodes[index]?.range, property: 'items', index, code: DiagnosticCode.ScopeConflict }
                );
            }
        });
    }
    const hasOutcome = model.metrics.some(metric => metric.kind === 'outcome');
    if (!hasOutcome) {
        accept(
            'warning',
            `Initiative ${nameOf(initiative)} has no \`outcome\` metric anywhere in the workspace, so its success is undefined. Declare \`metric <Name> outcome { … }\`.`,
            { node: initiative, property: 'name', code: DiagnosticCode.NoOutcomeMetric }
        );
    }
}

/** True when the parser or lexer reported an error inside the declaration's text. */
function hasSyntaxErrorWithin(node: AstNode): boolean {
    const cst = node.$cstNode;
    const document = AstUtils.findRootNode(node).$document;
    if (!cst || !document) return false;
    const inside = (offset: number | undefined) => offset !== undefined && offset >= cst.offset && offset <= cst.end;
    return (
        document.parseResult.parserErrors.some(error => inside(error.token.startOffset) || (Number.isNaN(error.token.startOffset) && inside(cst.end))) ||
        document.parseResult.lexerErrors.some(error => inside(error.offset))
    );
}
