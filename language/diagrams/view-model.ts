// The view model of a diagram: what is drawn, independent of layout and output format.
// Built from the alignment model only; pure data, deterministic ids and order.

export type DiagramViewKind = 'decision-flow' | 'escalation' | 'raci';

export const DIAGRAM_VIEWS: readonly DiagramViewKind[] = ['decision-flow', 'escalation', 'raci'];

/** Where a drawn element is declared, for click-to-reveal. */
export interface SourceLocation {
    uri: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export type NodeKind = 'start' | 'condition' | 'decider' | 'escalation' | 'decision' | 'no-authority'
    | 'stakeholder' | 'group' | 'cadence' | 'rule' | 'risk' | 'agreement' | 'other';

export interface ViewNode {
    id: string;
    /** Lines of the label, first line is the main text. */
    label: string[];
    kind: NodeKind;
    /** Error messages of the declaration this node stands for: drawn red, listed in the tooltip. */
    errors: string[];
    tooltip?: string;
    source?: SourceLocation;
    /** Names of the domains and people this element concerns, which a filter also matches. */
    related?: string[];
}

export interface ViewEdge {
    id: string;
    from: string;
    to: string;
    label?: string;
    error?: boolean;
    dashed?: boolean;
}

export interface GraphView {
    kind: 'decision-flow' | 'escalation';
    title: string;
    nodes: ViewNode[];
    edges: ViewEdge[];
}

export interface RaciRow {
    stakeholder: string;
    title?: string;
    /** One entry per domain column: the roles, e.g. `['R', 'A']`, or empty. */
    cells: string[][];
    source?: SourceLocation;
    /** The org, which a filter also matches. */
    related?: string[];
}

export interface RaciView {
    kind: 'raci';
    title: string;
    domains: Array<{ name: string; source?: SourceLocation; errors: string[]; related?: string[] }>;
    groups: Array<{ org: string; rows: RaciRow[] }>;
}

export type DiagramView = GraphView | RaciView;

/** An error diagnostic located in a file, to mark the elements it belongs to. */
export interface LocatedError {
    uri: string;
    range: SourceLocation['range'];
    message: string;
}
