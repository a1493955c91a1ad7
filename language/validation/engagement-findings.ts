// The engagement findings of a model (owner-not-engaged, sponsor-not-engaged,
// decision-not-socialized), produced by the very checks `align check` runs: impact compares
// them with and without a declaration, so "what appears" can never disagree with check.
import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import type { AlignmentModel } from '../model/alignment-model.js';
import { checkDomain } from './domain-checks.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { checkGroup } from './group-checks.js';
import { checkSocialized, checkSponsor } from './people-checks.js';

/** An engagement finding, as the check words it. */
export interface EngagementFinding {
    code: string;
    message: string;
    /** Where it is reported (document, node, property, index): the same finding in two models, however its suggestion is worded. */
    place: string;
}

const ENGAGEMENT_CODES: ReadonlySet<string> = new Set([DiagnosticCode.OwnerNotEngaged, DiagnosticCode.SponsorNotEngaged, DiagnosticCode.DecisionNotSocialized]);

/** Every engagement finding of the model, leaving out those about a declaration in `gone`. */
export function engagementFindings(model: AlignmentModel, gone: ReadonlySet<AstNode> = new Set()): EngagementFinding[] {
    const findings: EngagementFinding[] = [];
    const accept: ValidationAcceptor = (_severity, message, info) => {
        const code = String(info.code ?? '');
        if (!ENGAGEMENT_CODES.has(code) || aboutGone(info as unknown as { node: AstNode; property?: string; index?: number }, gone)) return;
        const at = info as unknown as { node: AstNode; property?: string; index?: number };
        const node = at.node.$cstNode;
        findings.push({ code, message, place: `${AstUtils.getDocument(at.node).uri.toString()}#${node?.offset ?? -1}:${at.property ?? ''}:${at.index ?? ''}` });
    };
    for (const domain of model.domains.keys()) checkDomain(domain, model, accept);
    for (const group of model.groups) checkGroup(group, model, accept);
    for (const initiative of model.initiatives) checkSponsor(initiative, model, accept);
    for (const decision of model.decisions.keys()) checkSocialized(decision, model, accept);
    return findings;
}

/** True when the finding sits on a reference to a declaration that is gone: it went with it. */
function aboutGone(info: { node: AstNode; property?: string; index?: number }, gone: ReadonlySet<AstNode>): boolean {
    if (gone.size === 0 || !info.property) return false;
    const value = (info.node as unknown as Record<string, unknown>)[info.property];
    const ref = Array.isArray(value) ? value[info.index ?? 0] : value;
    const target = (ref as { ref?: AstNode } | undefined)?.ref;
    return target !== undefined && gone.has(target);
}
