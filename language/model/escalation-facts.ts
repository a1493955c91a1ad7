// The escalation graph (docs/language.md, "Escalation"): an edge for every `escalates to` and
// every step of an `escalation path`, and the cycles among them.
import { isEscalatesProperty, isEscalationPathProperty, isRule, type Declaration, type Rule } from '../generated/ast.js';
import type { EscalationCycle, EscalationEdge, RuleInfo } from './alignment-model.js';
import { findCycles } from './graph.js';
import { append, unique } from './lists.js';
import { deref, duration, isParty, type Absent } from './model-reading.js';

/** The escalation edges of the declarations and the cycles they form, each cycle with its edges in order. */
export function escalationFacts(
    declarations: Declaration[],
    rules: Map<Rule, RuleInfo>,
    absent: Absent
): { escalationEdges: EscalationEdge[]; escalationCycles: EscalationCycle[] } {
    const escalationEdges = collectEscalationEdges(declarations, rules, absent);
    const edgesFrom = new Map<Declaration, EscalationEdge[]>();
    for (const edge of escalationEdges) append(edgesFrom, edge.from, edge);
    const escalationCycles: EscalationCycle[] = findCycles(unique(escalationEdges.flatMap(e => [e.from, e.to as Declaration])), node =>
        (edgesFrom.get(node) ?? []).map(e => e.to as Declaration)
    ).map(cycle => ({
        nodes: cycle.nodes,
        edges: cycle.nodes.map((node, i) => {
            const next = cycle.nodes[(i + 1) % cycle.nodes.length];
            return edgesFrom.get(node)!.find(e => e.to === next)!;
        })
    }));
    return { escalationEdges, escalationCycles };
}

function collectEscalationEdges(declarations: Declaration[], rules: Map<Rule, RuleInfo>, absent: Absent): EscalationEdge[] {
    const edges: EscalationEdge[] = [];
    for (const declaration of declarations) {
        for (const property of (declaration as { properties?: unknown[] }).properties ?? []) {
            if (isEscalatesProperty(property)) {
                const to = deref(property.target, isParty, absent);
                if (to) {
                    const after = isRule(declaration) ? rules.get(declaration)?.escalatesAfter : duration(property.after);
                    edges.push({ from: declaration, to, after, source: property });
                }
            } else if (isEscalationPathProperty(property)) {
                property.steps.forEach((step, index) => {
                    const from = step.ref && !absent.has(step.ref) ? step.ref : undefined;
                    const to = deref(property.steps[index + 1], isParty, absent);
                    if (from && to) edges.push({ from, to, source: property, step: index });
                });
            }
        }
    }
    return edges;
}
