// The decision framework as a flow chart, read left to right: a decision is raised, the
// branch that applies (one domain, or a rule) leads to who decides, then to escalation;
// concrete decisions hang off the decider that decides them, or off "No authority".
import type { AlignmentModel, DecisionInfo, Party } from '../../model/alignment-model.js';
import { listing } from '../../model/explain.js';
import type { GraphView, LocatedError, ViewEdge, ViewNode } from '../view-model.js';
import { errorsIn, isNamed, sourceOf } from './sources.js';

export interface DecisionFlowOptions {
    /** Attach each concrete decision to the path that decides it. */
    includeDecisions: boolean;
    /** Decisions drawn one by one on each path; more are drawn as one "+N more" node. */
    maxDecisionsPerPath: number;
}

export const DEFAULT_DECISION_FLOW_OPTIONS: DecisionFlowOptions = { includeDecisions: true, maxDecisionsPerPath: 6 };

const NO_AUTHORITY = 'no-authority';

/** Builds the decision-flow view from the model and the workspace's error diagnostics. */
export function buildDecisionFlow(model: AlignmentModel, errors: LocatedError[], options: DecisionFlowOptions = DEFAULT_DECISION_FLOW_OPTIONS): GraphView {
    const nodes: ViewNode[] = [{ id: 'start', label: ['Decision raised'], kind: 'start', errors: [] }];
    const edges: ViewEdge[] = [];
    const nodeIds = new Set(['start']);
    const addNode = (node: ViewNode) => { if (!nodeIds.has(node.id)) { nodeIds.add(node.id); nodes.push(node); } return node.id; };
    const edgeIds = new Set<string>();
    // Declarations sharing a name (an error the validator reports) share a node; their edges
    // would repeat and give the layout two edges with one id.
    const addEdge = (from: string, to: string, label?: string, extra: Partial<ViewEdge> = {}) => {
        const id = `${from}->${to}`;
        if (edgeIds.has(id)) return;
        edgeIds.add(id);
        edges.push({ id, from, to, label, ...extra });
    };
    const noAuthority = () => addNode({ id: NO_AUTHORITY, label: ['No authority', 'nobody can decide'], kind: 'no-authority', errors: ['Nobody has the authority to decide what reaches this node.'] });
    const deciderNode = (party: Party, id: string, suffix?: string): string => addNode({
        id, label: [`${party.name} decides`, ...(suffix ? [suffix] : [])], kind: 'decider',
        errors: errorsIn(party, errors), tooltip: party.title ?? party.name, source: sourceOf(party)
    });

    // One branch per domain: its single owner decides, else nobody.
    const domainDecider = new Map<string, string>();
    for (const info of model.domains.values()) {
        if (!isNamed(info.domain)) continue;
        const name = info.domain.name;
        const branch = addNode({
            id: `domain:${name}`, label: [`affects only ${name}`], kind: 'condition',
            errors: errorsIn(info.domain, errors), tooltip: info.domain.title ?? name, source: sourceOf(info.domain),
            related: [name, ...info.owners.map(owner => owner.name)]
        });
        addEdge('start', branch);
        const target = info.owner ? deciderNode(info.owner, `owner:${info.owner.name}`) : noAuthority();
        domainDecider.set(name, target);
        addEdge(branch, target, info.owner ? 'owner' : info.owners.length === 0 ? 'no owner' : `${info.owners.length} owners`, { error: !info.owner });
    }

    // One branch per rule, most specific first, as the framework considers them.
    const rules = [...model.rules.values()].filter(r => r.specificity !== undefined && isNamed(r.rule))
        .sort((a, b) => (b.specificity! - a.specificity!) || a.rule.name.localeCompare(b.rule.name));
    for (const rule of rules) {
        const condition = addNode({
            id: `rule:${rule.rule.name}`, label: [rule.crossesAny ? 'crosses any' : `touches ${listing(rule.touches.map(d => d.name))}`, `rule ${rule.rule.name}`],
            kind: 'condition', errors: errorsIn(rule.rule, errors), tooltip: rule.rule.title ?? rule.rule.name, source: sourceOf(rule.rule),
            related: [...rule.touches.map(d => d.name), ...(rule.decider ? [rule.decider.name] : [])]
        });
        addEdge('start', condition);
        if (!rule.decider) continue;
        const decider = deciderNode(rule.decider, `rule-decider:${rule.rule.name}`, rule.within ? `within ${rule.within.text}` : 'no SLA');
        addEdge(condition, decider);
        if (rule.escalatesTo) {
            const escalation = addNode({
                id: `rule-escalation:${rule.rule.name}`, label: [`${rule.escalatesAfter ? `after ${rule.escalatesAfter.text}` : 'then'}: ${rule.escalatesTo.name}`],
                kind: 'escalation', errors: [], tooltip: rule.escalatesTo.title ?? rule.escalatesTo.name, source: sourceOf(rule.escalatesTo)
            });
            addEdge(decider, escalation, 'escalates');
        }
    }

    if (options.includeDecisions) {
        // Past a few decisions per path, the rest collapse into one node: the picture stays
        // readable and the layout time stays proportional to the framework, not the backlog.
        const byPath = new Map<string, DecisionInfo[]>();
        for (const info of [...model.decisions.values()].filter(info => isNamed(info.decision)).sort((a, b) => a.decision.name.localeCompare(b.decision.name))) {
            const path = pathOf(info, domainDecider, deciderNode, noAuthority);
            byPath.set(path, [...(byPath.get(path) ?? []), info]);
        }
        for (const [path, infos] of byPath) {
            const shown = infos.length > options.maxDecisionsPerPath ? infos.slice(0, options.maxDecisionsPerPath - 1) : infos;
            for (const info of shown) {
                const id = addNode({
                    id: `decision:${info.decision.name}`, label: [info.decision.name, ...(info.decision.title ? [info.decision.title] : [])],
                    kind: 'decision', errors: errorsIn(info.decision, errors), tooltip: decisionTooltip(info), source: sourceOf(info.decision),
                    related: [...info.domains.map(d => d.name), ...(info.decider ? [info.decider.name] : [])]
                });
                addEdge(path, id, undefined, { dashed: true, error: !info.decider });
            }
            const rest = infos.slice(shown.length);
            if (rest.length > 0) {
                const id = addNode({
                    id: `decisions:${path}`, label: [`+${rest.length} more decisions`], kind: 'decision',
                    errors: rest.flatMap(info => errorsIn(info.decision, errors)), tooltip: rest.map(info => info.decision.name).join(', ')
                });
                addEdge(path, id, undefined, { dashed: true, error: rest.some(info => !info.decider) });
            }
        }
    }
    return { kind: 'decision-flow', title: 'Decision flow', nodes, edges };
}

/** The node whose path decides the decision. */
function pathOf(info: DecisionInfo, domainDecider: Map<string, string>, deciderNode: (p: Party, id: string, suffix?: string) => string, noAuthority: () => string): string {
    if (info.explicit) return deciderNode(info.explicit, `explicit:${info.explicit.name}`, 'explicitly');
    const framework = info.framework;
    if (!framework.decider) return noAuthority();
    // A rule without a name yet is not drawn: its decisions hang off their decider directly.
    if (framework.rule) return isNamed(framework.rule.rule) ? `rule-decider:${framework.rule.rule.name}` : deciderNode(framework.decider, `decider:${framework.decider.name}`);
    return domainDecider.get(framework.domains[0].domain.name) ?? noAuthority();
}

/** The framework's explanation, unless it would quote a rule that has no name yet. */
function decisionTooltip(info: DecisionInfo): string {
    const framework = info.framework;
    if ([framework.rule, ...framework.conflictingRules].every(rule => !rule || isNamed(rule.rule))) return framework.explanation;
    return framework.decider ? `${framework.decider.name}, by a rule without a name` : 'No one: equally specific rules disagree on who decides';
}
