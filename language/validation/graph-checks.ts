// Cycles in the two graphs of the model: escalation (escalates to, escalation paths) and
// group nesting. A cycle means an escalation never reaches someone who can decide.
import { AstUtils, type CstNode, type ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { isEscalationPathProperty, isMembersProperty, isPartOfProperty, type Declaration, type Workspace } from '../generated/ast.js';
import type { AlignmentModel, EscalationEdge } from '../model/alignment-model.js';
import { cycleText, nameOf } from '../model/explain.js';
import { isIn, propertiesOf, RELATED_LIMIT, relatedAt } from './check-utils.js';
import { DiagnosticCode } from './diagnostic-codes.js';

/**
 * Reports each escalation cycle once: on the escalation of the member that comes first in URI
 * and text order, with the cycle's other escalations as related locations.
 */
export function checkEscalationCycles(workspace: Workspace, model: AlignmentModel, accept: ValidationAcceptor): void {
    for (const cycle of model.escalationCycles) {
        // One report per cycle, however many files it spans: every document's check picks the
        // same edge, and only the document that holds it reports.
        const first = firstInOrder(cycle.edges);
        if (!first || !isIn(first.source, workspace)) continue;
        // Edge i leaves node i: the message starts the cycle where it is reported.
        const at = cycle.edges.indexOf(first);
        const names = cycleText(
            cycle.nodes
                .slice(at)
                .concat(cycle.nodes.slice(0, at))
                .map(n => nameOf(n))
        );
        // The other steps in the order the escalation runs, each clickable (the first RELATED_LIMIT of a long one).
        const others = cycle.edges
            .slice(at + 1)
            .concat(cycle.edges.slice(0, at))
            .slice(0, RELATED_LIMIT);
        const related = others.flatMap(edge => edgeLocation(edge, describeEdge(edge)));
        accept(
            'error',
            `Escalation goes round in a circle: ${names}. An escalation must end with someone who decides; break the cycle by escalating to a body outside it.`,
            { node: first.source, code: DiagnosticCode.EscalationCycle, data: { cycleLength: cycle.nodes.length }, relatedInformation: related }
        );
    }
}

/** The edge written first: by document URI, then by its place in the text. */
function firstInOrder(edges: EscalationEdge[]): EscalationEdge | undefined {
    let first: EscalationEdge | undefined;
    let firstKey: [string, number] | undefined;
    for (const edge of edges) {
        const key: [string, number] = [AstUtils.getDocument(edge.source).uri.toString(), edgeRangeNode(edge)?.offset ?? 0];
        if (!firstKey || key[0] < firstKey[0] || (key[0] === firstKey[0] && key[1] < firstKey[1])) {
            first = edge;
            firstKey = key;
        }
    }
    return first;
}

/** Where an edge is written: its `escalates to` property, or its step of an escalation path. */
function edgeRangeNode(edge: EscalationEdge): CstNode | undefined {
    if (isEscalationPathProperty(edge.source) && edge.step !== undefined) return edge.source.steps[edge.step]?.$refNode ?? edge.source.$cstNode;
    return edge.source.$cstNode;
}

/** A related-information entry at an edge: the property, or the steps `A -> B` of a path. */
function edgeLocation(edge: EscalationEdge, message: string): DiagnosticRelatedInformation[] {
    const uri = AstUtils.getDocument(edge.source).uri.toString();
    if (isEscalationPathProperty(edge.source) && edge.step !== undefined) {
        const from = edge.source.steps[edge.step]?.$refNode;
        const to = edge.source.steps[edge.step + 1]?.$refNode;
        if (from && to) return [{ location: { uri, range: { start: from.range.start, end: to.range.end } }, message }];
    }
    const range = edge.source.$cstNode?.range;
    return range ? [{ location: { uri, range }, message }] : [];
}

/** `C2 escalates to C1`, naming the agreement for a step of an escalation path. */
function describeEdge(edge: EscalationEdge): string {
    const step = `${nameOf(edge.from)} escalates to ${nameOf(edge.to as Declaration)}`;
    return isEscalationPathProperty(edge.source) ? `${step} (escalation path of ${nameOf(edge.source.$container)})` : step;
}

/** Reports `group-cycle` on the members of each group of a cycle declared in this document. */
export function checkGroupCycles(workspace: Workspace, model: AlignmentModel, accept: ValidationAcceptor): void {
    for (const cycle of model.groupCycles) {
        const names = cycleText(cycle.map(g => nameOf(g)));
        for (const group of cycle.filter(g => isIn(g, workspace))) {
            const members = propertiesOf(group, isMembersProperty)[0];
            const message = `Groups contain each other: ${names}. Membership must bottom out in stakeholders; remove one of these group memberships.`;
            const related = cycle
                .filter(other => other !== group)
                .slice(0, RELATED_LIMIT)
                .flatMap(other => relatedAt(other, `${nameOf(other)} is part of the cycle`));
            if (members) accept('error', message, { node: members, code: DiagnosticCode.GroupCycle, relatedInformation: related });
            else accept('error', message, { node: group, property: 'name', code: DiagnosticCode.GroupCycle, relatedInformation: related });
        }
    }
}

/** Reports `domain-hierarchy-cycle` on the `part of` of each domain of a cycle declared in this document. */
export function checkDomainCycles(workspace: Workspace, model: AlignmentModel, accept: ValidationAcceptor): void {
    for (const cycle of model.domainCycles) {
        const names = cycleText(cycle.map(d => nameOf(d)));
        for (const domain of cycle.filter(d => isIn(d, workspace))) {
            const partOf = propertiesOf(domain, isPartOfProperty)[0];
            const related = cycle
                .filter(other => other !== domain)
                .slice(0, RELATED_LIMIT)
                .flatMap(other => relatedAt(other, `${nameOf(other)} is part of the cycle`));
            const message = `Domains are part of each other: ${names}. A hierarchy must have a top; remove one of these \`part of\`.`;
            if (partOf) accept('error', message, { node: partOf, property: 'parent', code: DiagnosticCode.DomainHierarchyCycle, relatedInformation: related });
            else accept('error', message, { node: domain, property: 'name', code: DiagnosticCode.DomainHierarchyCycle, relatedInformation: related });
        }
    }
}
