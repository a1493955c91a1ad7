// Narrows a view to what a reader asked for — a filter, one file, the element under the
// cursor — or, when nothing was asked and the whole picture is too big to read, to a
// summary. Runs before layout, so a narrowed picture is also laid out quickly.
import type { DiagramView, GraphView, RaciView, ViewNode } from '../view-model.js';
import { selectRhythm, selectRoadmap, summariseRhythm, summariseRoadmap } from './select-time.js';

/** What to keep: every given criterion must hold. */
export interface ViewSelection {
    /** Case-insensitive text matched against names, labels and related names. */
    filter?: string;
    /** Keep what this document declares, and what that touches. */
    onlyUri?: string;
    /** Keep this element and its neighbours. */
    around?: string;
}

export interface SelectedView {
    view: DiagramView;
    /** Says what is left out, when something is. */
    note?: string;
}

/** Above these sizes a picture is unreadable in an editor pane: a summary is drawn instead. */
export const SUMMARY_LIMITS = { graphNodes: 180, raciCells: 3000, raciDomains: 30, roadmapMarks: 300, rhythmCells: 3000, rhythmCadences: 30 };

/** Applies the selection, or summarises a picture too big to read when there is none. */
export function selectView(view: DiagramView, selection: ViewSelection = {}): SelectedView {
    const active = Boolean(selection.filter?.trim() || selection.onlyUri || selection.around);
    if (view.kind === 'raci' && view.summary) {
        // Built as its summary already: a selection can only narrow what the summary holds.
        if (!active) return { view, note: view.summary };
        const narrowed = selectRaci(view, selection);
        return { ...narrowed, note: `${narrowed.note ?? ''} ${view.summary}`.trim() };
    }
    if (view.kind === 'raci') return active ? selectRaci(view, selection) : summariseRaci(view);
    if (view.kind === 'roadmap')
        return active ? selectRoadmap(view, matcher(selection), described(selection)) : summariseRoadmap(view, SUMMARY_LIMITS.roadmapMarks);
    if (view.kind === 'rhythm')
        return active
            ? selectRhythm(view, matcher(selection), described(selection))
            : summariseRhythm(view, SUMMARY_LIMITS.rhythmCells, SUMMARY_LIMITS.rhythmCadences);
    return active ? selectGraph(view, selection) : summariseGraph(view);
}

/** A short description of the selection, for notes. */
function described(selection: ViewSelection): string {
    const parts: string[] = [];
    if (selection.filter?.trim()) parts.push(`matching “${selection.filter.trim()}”`);
    if (selection.onlyUri) parts.push('from this file');
    if (selection.around) parts.push('around the cursor');
    return parts.join(', ');
}

function matcher(selection: ViewSelection): (texts: Array<string | undefined>, uri: string | undefined, id: string) => boolean {
    const needle = selection.filter?.trim().toLowerCase();
    return (texts, uri, id) =>
        (!needle || texts.some(text => text?.toLowerCase().includes(needle))) &&
        (!selection.onlyUri || uri === selection.onlyUri) &&
        (!selection.around || id === selection.around);
}

function nodeTexts(node: ViewNode): Array<string | undefined> {
    return [node.id, ...node.label, node.tooltip, ...(node.related ?? [])];
}

/** The seeds and their neighbours, one step either way. */
function selectGraph(view: GraphView, selection: ViewSelection): SelectedView {
    const matches = matcher(selection);
    const seeds = new Set(view.nodes.filter(node => matches(nodeTexts(node), node.source?.uri, node.id)).map(node => node.id));
    const kept = new Set(seeds);
    for (const edge of view.edges) {
        if (seeds.has(edge.from)) kept.add(edge.to);
        if (seeds.has(edge.to)) kept.add(edge.from);
    }
    const narrowed = restrictGraph(view, kept);
    const note =
        seeds.size === 0
            ? `Nothing ${described(selection)}.`
            : `Showing ${narrowed.nodes.length} of ${view.nodes.length} elements ${described(selection)}, with their neighbours.`;
    return { view: narrowed, note };
}

function restrictGraph(view: GraphView, kept: Set<string>): GraphView {
    return {
        ...view,
        nodes: view.nodes.filter(node => kept.has(node.id)),
        edges: view.edges.filter(edge => kept.has(edge.from) && kept.has(edge.to))
    };
}

/** Without concrete decisions first; if still too big, what carries errors and its neighbours. */
function summariseGraph(view: GraphView): SelectedView {
    if (view.nodes.length <= SUMMARY_LIMITS.graphNodes) return { view };
    const framework = new Set(view.nodes.filter(node => node.kind !== 'decision').map(node => node.id));
    if (framework.size <= SUMMARY_LIMITS.graphNodes) {
        const decisions = view.nodes.length - framework.size;
        return {
            view: restrictGraph(view, framework),
            note: `Summary: the framework without its ${decisions} decisions (${view.nodes.length} elements are too many to read). Filter, or focus on the cursor, to see decisions.`
        };
    }
    const flagged = new Set(view.nodes.filter(node => node.errors.length > 0).map(node => node.id));
    if (flagged.size === 0) {
        // Nothing is wrong: the first elements in the view's order, so the picture is never empty.
        const first = restrictGraph(view, new Set(view.nodes.slice(0, SUMMARY_LIMITS.graphNodes).map(node => node.id)));
        return {
            view: first,
            note: `Summary: the first ${first.nodes.length} of ${view.nodes.length} elements, none with an error. Filter, or focus on the cursor, to see the rest.`
        };
    }
    const kept = new Set(flagged);
    for (const edge of view.edges) {
        if (flagged.has(edge.to) && framework.has(edge.from)) kept.add(edge.from);
    }
    const narrowed = restrictGraph(view, new Set([...kept].slice(0, SUMMARY_LIMITS.graphNodes)));
    return {
        view: narrowed,
        note: `Summary: the ${narrowed.nodes.length} of ${view.nodes.length} elements with errors and what leads to them. Filter, or focus on the cursor, to see the rest.`
    };
}

function restrictRaci(view: RaciView, domainIndexes: number[], keepRow: (row: RaciView['groups'][number]['rows'][number]) => boolean): RaciView {
    return {
        ...view,
        domains: domainIndexes.map(i => view.domains[i]),
        groups: view.groups
            .map(group => ({ org: group.org, rows: group.rows.filter(keepRow).map(row => ({ ...row, cells: domainIndexes.map(i => row.cells[i]) })) }))
            .filter(group => group.rows.length > 0)
    };
}

/** Matching columns and rows, each with the rows or columns it has a role in. */
function selectRaci(view: RaciView, selection: ViewSelection): SelectedView {
    const matches = matcher(selection);
    const rows = view.groups.flatMap(group => group.rows);
    const domainSeeds = new Set(
        view.domains.flatMap((domain, i) => (matches([domain.name, ...(domain.related ?? [])], domain.source?.uri, `domain:${domain.name}`) ? [i] : []))
    );
    const rowSeeds = new Set(rows.filter(row => matches([row.stakeholder, ...(row.related ?? [])], row.source?.uri, `stakeholder:${row.stakeholder}`)));
    const columns = new Set(domainSeeds);
    for (const row of rowSeeds)
        row.cells.forEach((roles, i) => {
            if (roles.length > 0) columns.add(i);
        });
    const keptRows = new Set(rowSeeds);
    for (const row of rows) if ([...domainSeeds].some(i => row.cells[i].length > 0)) keptRows.add(row);
    const narrowed = restrictRaci(
        view,
        [...columns].sort((a, b) => a - b),
        row => keptRows.has(row)
    );
    const note =
        domainSeeds.size + rowSeeds.size === 0
            ? `Nothing ${described(selection)}.`
            : `Showing ${narrowed.domains.length} of ${view.domains.length} domains and ${keptRows.size} of ${rows.length} people ${described(selection)}.`;
    return { view: narrowed, note };
}

/** The domains with errors (or the first few) and the people with a role in them. */
function summariseRaci(view: RaciView): SelectedView {
    const rows = view.groups.flatMap(group => group.rows);
    if (view.domains.length * rows.length <= SUMMARY_LIMITS.raciCells) return { view };
    const flagged = view.domains.flatMap((domain, i) => (domain.errors.length > 0 ? [i] : []));
    const columns = (flagged.length > 0 ? flagged : view.domains.map((_, i) => i)).slice(0, SUMMARY_LIMITS.raciDomains);
    const narrowed = restrictRaci(view, columns, row => columns.some(i => row.cells[i].length > 0));
    const which = flagged.length > 0 ? 'with errors' : 'first';
    return {
        view: narrowed,
        note: `Summary: the ${narrowed.domains.length} ${which} of ${view.domains.length} domains, and the people with a role in them. Filter to see others.`
    };
}
