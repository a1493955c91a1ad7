// `escalation-cycle`: escalation goes round in a circle. Any edge of the cycle can go, and which
// one is a question of who should have the last word, so there is one fix per edge.
import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import {
    isEscalatesProperty,
    isEscalationPathProperty,
    type Declaration,
    type EscalatesProperty,
    type EscalationPathProperty
} from '../../language/generated/ast.js';
import type { AlignmentModel, EscalationEdge } from '../../language/model/alignment-model.js';
import { cycleText, nameOf } from '../../language/model/explain.js';
import { quickFix, type OffsetEdit } from './fix-action.js';
import { documentOf, nodeOfDiagnostic, removal } from './text-places.js';

/** One "Remove 'A escalates to B'" fix per edge of the cycle the diagnostic names. */
export function breakCycle(diagnostic: Diagnostic, document: LangiumDocument, model: AlignmentModel): CodeAction[] {
    const source = nodeOfDiagnostic(
        diagnostic,
        document,
        (node): node is EscalatesProperty | EscalationPathProperty => isEscalatesProperty(node) || isEscalationPathProperty(node)
    );
    const cycles = model.escalationCycles.filter(cycle => cycle.edges.some(edge => edge.source === source));
    // An edge can lie on several cycles; the message says which one this diagnostic is about.
    const cycle = cycles.find(c => diagnostic.message.includes(cycleText(c.nodes.map(node => nameOf(node))))) ?? cycles[0];
    return (cycle?.edges ?? []).flatMap(edge => {
        const removed = removeEdge(model, edge.from, edge.to as Declaration);
        return removed ? [quickFix(removed.title, diagnostic, removed.edits)] : [];
    });
}

/**
 * The edits that take `from → to` out of the escalation graph, and their title. Every place
 * that declares the edge must go (an `escalates to` written twice, a path repeating the step),
 * or the cycle stays; undefined when that cannot be done.
 */
function removeEdge(model: AlignmentModel, from: Declaration, to: Declaration): { title: string; edits: OffsetEdit[] } | undefined {
    const bySource = new Map<EscalationEdge['source'], number[]>();
    for (const edge of model.escalationEdges) {
        if (edge.from === from && edge.to === to) bySource.set(edge.source, [...(bySource.get(edge.source) ?? []), edge.step ?? 0]);
    }
    const edits: OffsetEdit[] = [];
    const notes: string[] = [];
    for (const [source, steps] of bySource) {
        const cst = source.$cstNode;
        if (!cst) return undefined;
        if (isEscalatesProperty(source)) {
            edits.push(removal(documentOf(source), cst));
            continue;
        }
        const shortened = pathWithout(source, steps, from, to);
        if (!shortened) return undefined;
        edits.push(shortened.edit);
        notes.push(shortened.note);
    }
    const title = `Remove '${nameOf(from)} escalates to ${nameOf(to)}'`;
    if (bySource.size > 1) return { title: `${title} (${bySource.size} places)`, edits };
    return { title: notes.length > 0 ? `${title} ${notes[0]}` : title, edits };
}

/**
 * An escalation path without the edges that start at these steps. An edge goes with the step it
 * leads to, or with the first step for the first edge; in the middle of the path the step before
 * then escalates straight to the one after, which the note says. A path left with fewer than
 * two steps goes entirely.
 */
function pathWithout(path: EscalationPathProperty, edges: number[], from: Declaration, to: Declaration): { edit: OffsetEdit; note: string } | undefined {
    const file = documentOf(path);
    const owner = `${nameOf(path.$container)}'s escalation path`;
    const dropped = new Set(edges.map(step => (step === 0 ? 0 : step + 1)));
    const kept = path.steps.map((_, i) => i).filter(i => !dropped.has(i));
    if (kept.length < 2) return { edit: removal(file, path.$cstNode!), note: `(${owner})` };
    const steps = path.steps;
    // A bridge may join the very two steps again: then this fix cannot remove the edge.
    if (kept.some((step, i) => i + 1 < kept.length && steps[step].ref === from && steps[kept[i + 1]].ref === to)) return undefined;
    const first = steps[0].$refNode;
    const last = steps[steps.length - 1].$refNode;
    if (!first || !last) return undefined;
    const bridges = kept.flatMap((step, i) =>
        i + 1 < kept.length && kept[i + 1] !== step + 1 ? [`${steps[step].$refText} then escalates to ${steps[kept[i + 1]].$refText}`] : []
    );
    return {
        edit: { document: file, start: first.offset, end: last.end, text: kept.map(i => steps[i].$refText).join(' -> ') },
        note: `from ${owner}${bridges.length > 0 ? ` (${bridges.join('; ')})` : ''}`
    };
}
