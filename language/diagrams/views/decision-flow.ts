// The decision framework as a flow chart, read left to right: a decision is raised, the
// branch that applies (one domain, or a rule) leads to who decides, then to escalation;
// concrete decisions hang off the decider that decides them, or off "No authority".
import type { AlignmentModel, DecisionInfo, Party, RuleInfo } from '../../model/alignment-model.js';
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
    const addNode = (node: ViewNode) => {
        if (!nodeIds.has(node.id)) {
            nodeIds.add(node.id);
            nodes.push(node);
        }
        return node.id;
    };
    const edgeIds = new Set<string>();
    // Declarations sharing a name (an error the validator reports) share a node; their edges
    // would repeat and give the layout two edges with one id.
    const addEdge = (from: string, to: string, label?: string, extra: Partial<ViewEdge> = {}) => {
        const id = `${from}->${to}`;
        if (edgeIds.has(id)) return;
        edgeIds.add(id);
        edges.push({ id, from, to, label, ...extra });
    };
    const pendingEdges: Array<[string, string, string, Partial<ViewEdge>]> = [];
    const noAuthority = () =>
        addNode({
            id: NO_AUTHORITY,
            label: ['No authority', 'nobody can decide'],
            kind: 'no-authority',
            errors: ['Nobody has the authority to decide what reaches this node.']
        });
    const deciderNode = (party: Party, id: string, suffix?: string): string =>
        addNode({
            id,
            label: [`${party.name} decides`, ...(suffix ? [suffix] : [])],
            kind: 'decider',
            errors: errorsIn(party, errors),
            tooltip: party.title ?? party.name,
            source: sourceOf(party)
        });

    // Branches in the order of the resolution (docs/language.md, "Who decides"): reserved
    // domains, lead domains, each domain on its own, the rules, then residual authority.
    const reservedDecider = new Map<string, string>();
    for (const info of model.domains.values()) {
        if (!isNamed(info.domain) || info.reservedBy !== info.domain) continue;
        const name = info.domain.name;
        const branch = addNode({
            id: `reserved:${name}`,
            label: [`affects reserved ${name}`],
            kind: 'condition',
            errors: errorsIn(info.domain, errors),
            tooltip: `${info.domain.title ?? name}: its owner decides whatever else a decision affects`,
            source: sourceOf(info.domain),
            related: [name, ...info.owners.map(owner => owner.name)]
        });
        addEdge('start', branch);
        const target = info.owner ? deciderNode(info.owner, `owner:${info.owner.name}`) : noAuthority();
        reservedDecider.set(name, target);
        addEdge(branch, target, info.owner ? 'reserved' : 'no single owner', { error: !info.owner });
    }
    const leadDecider = new Map<string, string>();
    for (const decision of model.decisions.values()) {
        if (decision.step !== 'lead' || !decision.lead || !isNamed(decision.lead) || !decision.framework.decider) continue;
        const name = decision.lead.name;
        if (leadDecider.has(name)) continue;
        const branch = addNode({
            id: `lead:${name}`,
            label: [`led by ${name}`],
            kind: 'condition',
            errors: [],
            tooltip: `Decisions led by ${name}: its owner decides, the other domains' owners are consulted`,
            source: sourceOf(decision.lead),
            related: [name]
        });
        addEdge('start', branch);
        const target = deciderNode(decision.framework.decider, `owner:${decision.framework.decider.name}`);
        leadDecider.set(name, target);
        addEdge(branch, target, 'lead');
    }

    // One branch per domain on its own: whoever the resolution says decides it.
    const domainDecider = new Map<string, string>();
    const ruleDeciderId = (rule: RuleInfo) => `rule-decider:${rule.rule.name}`;
    const residualId = 'residual-decider';
    for (const info of model.domains.values()) {
        if (!isNamed(info.domain)) continue;
        const name = info.domain.name;
        // A reserved domain's own branch ("affects reserved D") already covers a decision affecting only it.
        if (reservedDecider.has(name)) {
            domainDecider.set(name, reservedDecider.get(name)!);
            continue;
        }
        const alone = model.resolve([info.domain]);
        const branch = addNode({
            id: `domain:${name}`,
            label: [`affects only ${name}`],
            kind: 'condition',
            errors: errorsIn(info.domain, errors),
            tooltip: info.domain.title ?? name,
            source: sourceOf(info.domain),
            related: [name, ...info.owners.map(owner => owner.name)]
        });
        addEdge('start', branch);
        let target: string;
        let label: string;
        if (alone.step === 'reserved' && alone.reserved[0] && reservedDecider.has(alone.reserved[0].domain.name)) {
            target = reservedDecider.get(alone.reserved[0].domain.name)!;
            label = `part of reserved ${alone.reserved[0].domain.name}`;
        } else if (alone.step === 'owner' && alone.decider) {
            target = deciderNode(alone.decider, `owner:${alone.decider.name}`);
            label = info.ownerFrom ? `owner, from ${info.ownerFrom.name}` : 'owner';
        } else if (alone.step === 'rule' && alone.rule && isNamed(alone.rule.rule)) {
            target = ruleDeciderId(alone.rule);
            label = `rule ${alone.rule.rule.name}`;
        } else if (alone.step === 'residual' && alone.decider) {
            target = residualId;
            label = 'residual authority';
        } else {
            target = noAuthority();
            label = info.owners.length === 0 ? 'no owner' : `${info.owners.length} owners`;
        }
        domainDecider.set(name, target);
        // The rule and residual nodes are added below; an edge to one waits until it exists.
        if (nodeIds.has(target)) addEdge(branch, target, label, { error: target === NO_AUTHORITY });
        else pendingEdges.push([branch, target, label, {}]);
    }

    // One branch per rule, most specific first, as the framework considers them.
    const rules = [...model.rules.values()]
        .filter(r => r.specificity !== undefined && isNamed(r.rule))
        .sort((a, b) => b.specificity! - a.specificity! || a.rule.name.localeCompare(b.rule.name));
    for (const rule of rules) {
        const condition = addNode({
            id: `rule:${rule.rule.name}`,
            label: [rule.crossesAny ? 'crosses any' : `touches ${listing(rule.touches.map(d => d.name))}`, `rule ${rule.rule.name}`],
            kind: 'condition',
            errors: errorsIn(rule.rule, errors),
            tooltip: rule.rule.title ?? rule.rule.name,
            source: sourceOf(rule.rule),
            related: [...rule.touches.map(d => d.name), ...(rule.decider ? [rule.decider.name] : [])]
        });
        addEdge('start', condition);
        if (!rule.decider) continue;
        const decider = deciderNode(rule.decider, ruleDeciderId(rule), rule.within ? `within ${rule.within.text}` : 'no SLA');
        addEdge(condition, decider);
        if (rule.escalatesTo) {
            const escalation = addNode({
                id: `rule-escalation:${rule.rule.name}`,
                label: [`${rule.escalatesAfter ? `after ${rule.escalatesAfter.text}` : 'then'}: ${rule.escalatesTo.name}`],
                kind: 'escalation',
                errors: [],
                tooltip: rule.escalatesTo.title ?? rule.escalatesTo.name,
                source: sourceOf(rule.escalatesTo)
            });
            addEdge(decider, escalation, 'escalates');
        }
    }

    if (model.residualAuthority) {
        const authority = model.residualAuthority;
        const branch = addNode({
            id: 'residual',
            label: ['nothing else decides'],
            kind: 'condition',
            errors: [],
            tooltip: 'What no reservation, lead, owner or rule resolves'
        });
        addEdge('start', branch);
        deciderNode(authority, residualId, 'residual authority');
        addEdge(branch, residualId);
    }
    for (const [from, to, label, extra] of pendingEdges) if (nodeIds.has(to)) addEdge(from, to, label, extra);

    if (options.includeDecisions) {
        // Past a few decisions per path, the rest collapse into one node: the picture stays
        // readable and the layout time stays proportional to the framework, not the backlog.
        const byPath = new Map<string, DecisionInfo[]>();
        for (const info of [...model.decisions.values()]
            .filter(info => isNamed(info.decision))
            .sort((a, b) => a.decision.name.localeCompare(b.decision.name))) {
            const path = pathOf(info, { domainDecider, reservedDecider, leadDecider, residualId, ruleDeciderId }, deciderNode, noAuthority);
            byPath.set(path, [...(byPath.get(path) ?? []), info]);
        }
        for (const [path, infos] of byPath) {
            const shown = infos.length > options.maxDecisionsPerPath ? infos.slice(0, options.maxDecisionsPerPath - 1) : infos;
            for (const info of shown) {
                const id = addNode({
                    id: `decision:${info.decision.name}`,
                    label: [info.decision.name, ...(info.decision.title ? [info.decision.title] : [])],
                    kind: 'decision',
                    errors: errorsIn(info.decision, errors),
                    tooltip: decisionTooltip(info),
                    source: sourceOf(info.decision),
                    related: [...info.domains.map(d => d.name), ...(info.decider ? [info.decider.name] : [])]
                });
                addEdge(path, id, undefined, { dashed: true, error: !info.decider });
            }
            const rest = infos.slice(shown.length);
            if (rest.length > 0) {
                const id = addNode({
                    id: `decisions:${path}`,
                    label: [`+${rest.length} more decisions`],
                    kind: 'decision',
                    errors: rest.flatMap(info => errorsIn(info.decision, errors)),
                    tooltip: rest.map(info => info.decision.name).join(', ')
                });
                addEdge(path, id, undefined, { dashed: true, error: rest.some(info => !info.decider) });
            }
        }
    }
    return { kind: 'decision-flow', title: 'Decision flow', nodes, edges };
}

interface PathNodes {
    domainDecider: Map<string, string>;
    reservedDecider: Map<string, string>;
    leadDecider: Map<string, string>;
    residualId: string;
    ruleDeciderId: (rule: RuleInfo) => string;
}

/** The decider node of the step that decides the decision, as who-decides names it. */
function pathOf(info: DecisionInfo, paths: PathNodes, deciderNode: (p: Party, id: string, suffix?: string) => string, noAuthority: () => string): string {
    if (info.explicit) return deciderNode(info.explicit, `explicit:${info.explicit.name}`, 'explicitly');
    const framework = info.framework;
    if (!framework.decider) return noAuthority();
    switch (framework.step) {
        case 'reserved': {
            const reserved = framework.reserved[0]?.domain.name;
            return paths.reservedDecider.get(reserved ?? '') ?? deciderNode(framework.decider, `owner:${framework.decider.name}`);
        }
        case 'lead':
            return paths.leadDecider.get(info.lead?.name ?? '') ?? deciderNode(framework.decider, `owner:${framework.decider.name}`);
        case 'residual':
            return paths.residualId;
        case 'rule':
            // A rule without a name yet is not drawn: its decisions hang off their decider directly.
            return framework.rule && isNamed(framework.rule.rule)
                ? paths.ruleDeciderId(framework.rule)
                : deciderNode(framework.decider, `decider:${framework.decider.name}`);
        default:
            return deciderNode(framework.decider, `owner:${framework.decider.name}`);
    }
}

/** The framework's explanation, unless it would quote a rule that has no name yet. */
function decisionTooltip(info: DecisionInfo): string {
    const framework = info.framework;
    if ([framework.rule, ...framework.conflictingRules].every(rule => !rule || isNamed(rule.rule))) return framework.explanation;
    return framework.decider ? `${framework.decider.name}, by a rule without a name` : 'No one: equally specific rules disagree on who decides';
}
