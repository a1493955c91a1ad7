// The escalation graph: who escalates to whom, after how long; a cycle is drawn red.
import type { Declaration } from '../../generated/ast.js';
import type { AlignmentModel } from '../../model/alignment-model.js';
import { formatEvery } from '../../model/literals.js';
import type { GraphView, LocatedError, NodeKind, ViewEdge, ViewNode } from '../view-model.js';
import { errorsIn, sourceOf } from './sources.js';

const KINDS: Record<string, NodeKind> = { Stakeholder: 'stakeholder', Group: 'group', Cadence: 'cadence', Rule: 'rule', Risk: 'risk', Agreement: 'agreement' };

/** Builds the escalation view from the model's escalation edges and cycles. */
export function buildEscalation(model: AlignmentModel, errors: LocatedError[]): GraphView {
    const cycleEdges = new Set(model.escalationCycles.flatMap(c => c.edges));
    const nodes = new Map<Declaration, ViewNode>();
    const node = (declaration: Declaration): string => {
        const id = `${declaration.$type.toLowerCase()}:${declaration.name}`;
        if (!nodes.has(declaration)) {
            const interval = declaration.$type === 'Cadence' ? model.cadenceInterval.get(declaration as never) : undefined;
            nodes.set(declaration, {
                id, kind: KINDS[declaration.$type] ?? 'other', errors: errorsIn(declaration, errors), source: sourceOf(declaration),
                label: [declaration.name, interval ? `every ${formatEvery(interval)}` : declaration.$type.toLowerCase()],
                tooltip: declaration.title ?? declaration.name
            });
        }
        return id;
    };
    const edges: ViewEdge[] = [];
    const seen = new Map<string, number>();
    for (const edge of model.escalationEdges) {
        const from = node(edge.from);
        const to = node(edge.to as Declaration);
        const base = `${from}->${to}`;
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        edges.push({ id: count === 0 ? base : `${base}#${count}`, from, to, label: edge.after ? `after ${edge.after.text}` : edge.source.$type === 'EscalationPathProperty' ? 'path' : undefined, error: cycleEdges.has(edge) });
    }
    const inCycle = new Set(model.escalationCycles.flatMap(c => c.nodes));
    for (const [declaration, view] of nodes) {
        if (inCycle.has(declaration) && view.errors.length === 0) view.errors.push('Part of an escalation cycle.');
    }
    return { kind: 'escalation', title: 'Escalation', nodes: [...nodes.values()], edges };
}
