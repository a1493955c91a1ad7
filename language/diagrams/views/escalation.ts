// The escalation graph: who escalates to whom, after how long; a cycle is drawn red.
import type { Declaration } from '../../generated/ast.js';
import type { AlignmentModel, EscalationEdge } from '../../model/alignment-model.js';
import { declaredIn } from '../../model/impact-answer.js';
import { formatEvery } from '../../model/literals.js';
import type { GraphView, LocatedError, NodeKind, ViewEdge, ViewNode } from '../view-model.js';
import { errorsIn, isNamed, sourceOf } from './sources.js';

const KINDS: Record<string, NodeKind> = { Stakeholder: 'stakeholder', Group: 'group', Cadence: 'cadence', Rule: 'rule', Risk: 'risk', Agreement: 'agreement' };

/** Builds the escalation view from the model's escalation edges and cycles. */
export function buildEscalation(model: AlignmentModel, errors: LocatedError[]): GraphView {
    const cycleEdges = new Set(model.escalationCycles.flatMap(c => c.edges));
    // Keyed by id: declarations sharing a name and kind (reported by the validator) share a node.
    const nodes = new Map<string, ViewNode>();
    const ids = new Map<Declaration, string>();
    const node = (declaration: Declaration): string => {
        const id = `${declaration.$type.toLowerCase()}:${declaration.name}`;
        ids.set(declaration, id);
        if (!nodes.has(id)) {
            const interval = declaration.$type === 'Cadence' ? model.cadenceInterval.get(declaration as never) : undefined;
            nodes.set(id, {
                id,
                kind: KINDS[declaration.$type] ?? 'other',
                errors: errorsIn(declaration, errors),
                source: sourceOf(declaration),
                label: [declaration.name, interval ? `every ${formatEvery(interval)}` : declaration.$type.toLowerCase()],
                tooltip: declaration.title ?? declaration.name
            });
        }
        return id;
    };
    const edges: ViewEdge[] = [];
    const seen = new Map<string, number>();
    for (const edge of model.escalationEdges) {
        // A half-typed declaration (`cadence every week { escalates to X }`) has no name to draw.
        if (!isNamed(edge.from) || !isNamed(edge.to)) continue;
        const from = node(edge.from);
        const to = node(edge.to as Declaration);
        const base = `${from}->${to}`;
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        edges.push({ id: count === 0 ? base : `${base}#${count}`, from, to, label: edgeLabel(edge), error: cycleEdges.has(edge) });
    }
    for (const declaration of new Set(model.escalationCycles.flatMap(c => c.nodes))) {
        const view = nodes.get(ids.get(declaration) ?? '');
        if (view && view.errors.length === 0) view.errors.push('Part of an escalation cycle.');
    }
    return { kind: 'escalation', title: 'Escalation', nodes: [...nodes.values()], edges };
}

/** `after 2 weeks` for a timed escalation; `path of Communication` for a step of an agreement's escalation path. */
function edgeLabel(edge: EscalationEdge): string | undefined {
    if (edge.after) return `after ${edge.after.text}`;
    if (edge.source.$type !== 'EscalationPathProperty') return undefined;
    const holder = declaredIn(edge);
    return isNamed(holder) ? `path of ${holder.name}` : 'escalation path';
}
