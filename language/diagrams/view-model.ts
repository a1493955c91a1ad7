// The view model of a diagram: what is drawn, independent of layout and output format.
// Built from the alignment model only; pure data, deterministic ids and order.

export type DiagramViewKind = 'decision-flow' | 'escalation' | 'raci' | 'roadmap' | 'rhythm';

export const DIAGRAM_VIEWS: readonly DiagramViewKind[] = ['decision-flow', 'escalation', 'raci', 'roadmap', 'rhythm'];

/** Where a drawn element is declared, for click-to-reveal. */
export interface SourceLocation {
    uri: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export type NodeKind =
    | 'start'
    | 'condition'
    | 'decider'
    | 'escalation'
    | 'decision'
    | 'no-authority'
    | 'stakeholder'
    | 'group'
    | 'cadence'
    | 'rule'
    | 'risk'
    | 'agreement'
    | 'other';

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
    /** Per column, the roles that come from an ancestor domain (`part of`); absent when none do. */
    inherited?: string[][];
    source?: SourceLocation;
    /** The org, which a filter also matches. */
    related?: string[];
}

export interface RaciView {
    kind: 'raci';
    title: string;
    /** Domain columns, each after its parent (`part of`), with its depth in the hierarchy (0 at the top). */
    domains: Array<{ name: string; source?: SourceLocation; errors: string[]; related?: string[]; depth?: number; parent?: string }>;
    /** Set when the matrix was too big to build whole and holds only its summary (raci-summary.ts). */
    summary?: string;
    groups: Array<{ org: string; rows: RaciRow[] }>;
}

export type RoadmapLaneKind = 'milestones' | 'benefits' | 'metrics' | 'decisions' | 'risks';

/** What a mark on the roadmap stands for; a risk's kind is its status. */
export type RoadmapMarkKind = 'milestone' | 'benefit' | 'baseline' | 'actual' | 'target' | 'decision' | 'decided' | 'risk' | 'issue' | 'blocker' | 'closed';

/** One dated element of the roadmap: a marker at its date and a label beside it. */
export interface RoadmapMark {
    /** The element's node id; the points of one metric share their metric's id. */
    id: string;
    kind: RoadmapMarkKind;
    /** ISO date it stands at; absent: drawn in the "no date" column. */
    date?: string;
    /** For an open issue or blocker: a bar from `date` to this day (today). */
    until?: string;
    /** For a metric's point: the value measured or aimed at, for its chart. */
    value?: number;
    /** Lines of the label, first line is the main text. */
    label: string[];
    /** Why it is drawn red: error messages, and the roadmap's own findings (overdue, nobody decides). */
    errors: string[];
    /** A concern that is not an error (a metric behind plan): drawn amber, listed in the tooltip. */
    warnings: string[];
    tooltip?: string;
    source?: SourceLocation;
    /** Names of the people, domains and milestones it concerns, which a filter also matches. */
    related?: string[];
    /** Ids of the elements it is linked to (a decision's milestone, a benefit's metric and milestone). */
    links?: string[];
}

/** A metric's own row on the roadmap, headed by its name. */
export interface RoadmapTrackHeader {
    id: string;
    name: string;
    errors: string[];
    tooltip?: string;
    source?: SourceLocation;
    related?: string[];
}

export interface RoadmapTrack {
    /** Present for a metric: its name heads the row and a line joins its points. */
    header?: RoadmapTrackHeader;
    marks: RoadmapMark[];
}

export interface RoadmapLane {
    kind: RoadmapLaneKind;
    title: string;
    tracks: RoadmapTrack[];
}

export interface RoadmapView {
    kind: 'roadmap';
    title: string;
    /** The day the roadmap is drawn for: the line at today, what is overdue. */
    today: string;
    lanes: RoadmapLane[];
}

/** How a stakeholder attends a cadence: in person on the attendee list, or through groups on it. */
export interface RhythmAttendance {
    direct: boolean;
    /** The groups on the attendee list that bring the stakeholder in. */
    via: string[];
    /** Where the attendance is written: the stakeholder's (or else the first group's) entry on the attendee list. */
    source?: SourceLocation;
}

export interface RhythmCadence {
    name: string;
    /** Name, `every …` and, when given, `for …`. */
    label: string[];
    errors: string[];
    tooltip?: string;
    source?: SourceLocation;
    related?: string[];
}

/** How often a tier of cadences meets; `unknown` holds cadences without a valid interval. */
export type RhythmTierKind = 'weekly' | 'biweekly' | 'monthly' | 'quarterly' | 'async' | 'unknown';

export interface RhythmTier {
    tier: RhythmTierKind;
    title: string;
    cadences: RhythmCadence[];
}

export interface RhythmRow {
    stakeholder: string;
    title?: string;
    /** One entry per cadence column (tiers in order, then cadences): how they attend, or null. */
    cells: Array<RhythmAttendance | null>;
    /** Forum hours a month, over the attended cadences whose length is given. */
    hours?: number;
    /** True when some attended cadence has no length: `hours` counts only the others. */
    partial: boolean;
    errors: string[];
    tooltip?: string;
    source?: SourceLocation;
    /** The org and title, which a filter also matches. */
    related?: string[];
}

export interface RhythmView {
    kind: 'rhythm';
    title: string;
    tiers: RhythmTier[];
    groups: Array<{ org: string; rows: RhythmRow[] }>;
}

export type DiagramView = GraphView | RaciView | RoadmapView | RhythmView;

/** An error diagnostic located in a file, to mark the elements it belongs to. */
export interface LocatedError {
    uri: string;
    range: SourceLocation['range'];
    message: string;
}
