// What a client needs to know about a drawn picture without reading its SVG: each element
// with its declaration and its neighbours. The preview highlights the element under the
// cursor from this index, so a cursor move needs no request to the server.
import type { DiagramNodeInfo, DocumentPosition } from '../../protocol.js';
import type { DiagramView, RhythmView, RoadmapView, SourceLocation } from '../view-model.js';
import { roadmapLinks } from './select-time.js';

export interface ViewIndex {
    nodes: DiagramNodeInfo[];
    neighbours: Record<string, string[]>;
}

/** Indexes the elements of a view and who is linked to whom. */
export function indexView(view: DiagramView): ViewIndex {
    const neighbours: Record<string, string[]> = {};
    const link = (a: string, b: string) => {
        (neighbours[a] ??= []).push(b);
        (neighbours[b] ??= []).push(a);
    };
    if (view.kind === 'roadmap') return indexRoadmap(view);
    if (view.kind === 'rhythm') return indexRhythm(view);
    if (view.kind === 'raci') {
        const nodes: DiagramNodeInfo[] = view.domains.map(domain => ({
            id: `domain:${domain.name}`,
            name: domain.name,
            related: domain.related ?? [],
            errors: domain.errors.length,
            source: domain.source
        }));
        for (const row of view.groups.flatMap(group => group.rows)) {
            const id = `stakeholder:${row.stakeholder}`;
            nodes.push({ id, name: row.stakeholder, related: row.related ?? [], errors: 0, source: row.source });
            row.cells.forEach((roles, i) => {
                if (roles.length > 0) link(id, `domain:${view.domains[i].name}`);
            });
        }
        return { nodes, neighbours };
    }
    for (const edge of view.edges) link(edge.from, edge.to);
    return {
        nodes: view.nodes.map(node => ({
            id: node.id,
            name: node.label[0] ?? node.id,
            related: node.related ?? [],
            errors: node.errors.length,
            source: node.source
        })),
        neighbours
    };
}

/** One entry per roadmap element (a metric's points share their metric's entry), linked as drawn. */
function indexRoadmap(view: RoadmapView): ViewIndex {
    const nodes = new Map<string, DiagramNodeInfo>();
    for (const track of view.lanes.flatMap(lane => lane.tracks)) {
        const header = track.header;
        if (header && !nodes.has(header.id))
            nodes.set(header.id, { id: header.id, name: header.name, related: header.related ?? [], errors: header.errors.length, source: header.source });
        for (const mark of track.marks) {
            const known = nodes.get(mark.id);
            if (known) known.errors += mark.errors.length;
            else nodes.set(mark.id, { id: mark.id, name: mark.label[0], related: mark.related ?? [], errors: mark.errors.length, source: mark.source });
        }
    }
    const neighbours: Record<string, string[]> = {};
    for (const [id, linked] of roadmapLinks(view)) neighbours[id] = [...linked];
    return { nodes: [...nodes.values()], neighbours };
}

/** Cadence columns and stakeholder rows, each stakeholder linked to the forums they attend. */
function indexRhythm(view: RhythmView): ViewIndex {
    const cadences = view.tiers.flatMap(tier => tier.cadences);
    const nodes: DiagramNodeInfo[] = cadences.map(cadence => ({
        id: `cadence:${cadence.name}`,
        name: cadence.name,
        related: cadence.related ?? [],
        errors: cadence.errors.length,
        source: cadence.source
    }));
    const neighbours: Record<string, string[]> = {};
    for (const row of view.groups.flatMap(group => group.rows)) {
        const id = `stakeholder:${row.stakeholder}`;
        nodes.push({ id, name: row.stakeholder, related: row.related ?? [], errors: row.errors.length, source: row.source });
        row.cells.forEach((cell, i) => {
            if (!cell) return;
            const cadence = `cadence:${cadences[i].name}`;
            (neighbours[id] ??= []).push(cadence);
            (neighbours[cadence] ??= []).push(id);
        });
    }
    return { nodes, neighbours };
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
    return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function size(range: SourceLocation['range']): number {
    return (range.end.line - range.start.line) * 1e6 + (range.end.character - range.start.character);
}

/** The id of the innermost drawn element whose declaration contains the position. */
export function nodeAt(nodes: readonly DiagramNodeInfo[], position: DocumentPosition): string | undefined {
    let best: DiagramNodeInfo | undefined;
    for (const node of nodes) {
        const source = node.source;
        if (!source || source.uri !== position.uri) continue;
        if (!before(source.range.start, position) || !before(position, source.range.end)) continue;
        if (!best || size(source.range) < size(best.source!.range)) best = node;
    }
    return best?.id;
}
