// Narrowing and summarising of the roadmap and the rhythm view, as select-view.ts does for
// the others: what matches, with what it is linked to; or, for a picture too big to read,
// what needs attention.
import type { RhythmRow, RhythmView, RoadmapLane, RoadmapView } from '../view-model.js';
import type { SelectedView } from './select-view.js';

/** Tests an element (its texts, file and id) against the selection. */
export type Matches = (texts: Array<string | undefined>, uri: string | undefined, id: string) => boolean;

/** Each roadmap element's linked elements, both ways: a decision and its milestone, a benefit and its metric and milestone. */
export function roadmapLinks(view: RoadmapView): Map<string, Set<string>> {
    const links = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
        if (a === b) return;
        (links.get(a) ?? links.set(a, new Set()).get(a)!).add(b);
        (links.get(b) ?? links.set(b, new Set()).get(b)!).add(a);
    };
    const ids = new Set(roadmapIds(view));
    for (const mark of view.lanes.flatMap(lane => lane.tracks.flatMap(track => track.marks))) {
        for (const other of mark.links ?? []) if (ids.has(other)) link(mark.id, other);
    }
    return links;
}

/** The ids of the roadmap's elements, each once, in drawing order. */
export function roadmapIds(view: RoadmapView): string[] {
    return [
        ...new Set(view.lanes.flatMap(lane => lane.tracks.flatMap(track => [...(track.header ? [track.header.id] : []), ...track.marks.map(mark => mark.id)])))
    ];
}

function restrictRoadmap(view: RoadmapView, keep: (id: string) => boolean): RoadmapView {
    const lanes: RoadmapLane[] = view.lanes.map(lane => ({
        ...lane,
        tracks: lane.tracks
            .map(track => ({ ...track, marks: track.marks.filter(mark => keep(mark.id)) }))
            .filter(track => (track.header ? keep(track.header.id) : track.marks.length > 0))
    }));
    return { ...view, lanes: lanes.filter(lane => lane.tracks.length > 0) };
}

/** The matching elements of the roadmap and the elements linked to them. */
export function selectRoadmap(view: RoadmapView, matches: Matches, description: string): SelectedView {
    const seeds = new Set<string>();
    for (const track of view.lanes.flatMap(lane => lane.tracks)) {
        const header = track.header;
        if (header && matches([header.id, header.name, ...(header.related ?? [])], header.source?.uri, header.id)) seeds.add(header.id);
        for (const mark of track.marks) {
            if (matches([mark.id, ...mark.label, ...(mark.related ?? [])], mark.source?.uri, mark.id)) seeds.add(mark.id);
        }
    }
    const links = roadmapLinks(view);
    const kept = new Set(seeds);
    for (const id of seeds) for (const other of links.get(id) ?? []) kept.add(other);
    const narrowed = restrictRoadmap(view, id => kept.has(id));
    const note =
        seeds.size === 0
            ? `Nothing ${description}.`
            : `Showing ${roadmapIds(narrowed).length} of ${roadmapIds(view).length} elements ${description}, with what they are linked to.`;
    return { view: narrowed, note };
}

/** Past `limit` marks: the milestones and what is red or amber, so the picture stays readable. */
export function summariseRoadmap(view: RoadmapView, limit: number): SelectedView {
    const marks = view.lanes.flatMap(lane => lane.tracks.flatMap(track => track.marks));
    if (marks.length <= limit) return { view };
    const wanted = marks.filter(mark => mark.kind === 'milestone' || mark.errors.length > 0 || mark.warnings.length > 0);
    const kept = new Set((wanted.length > 0 ? wanted : marks).slice(0, limit).map(mark => mark.id));
    const narrowed = restrictRoadmap(view, id => kept.has(id));
    const shown = narrowed.lanes.flatMap(lane => lane.tracks.flatMap(track => track.marks)).length;
    const which = wanted.length > 0 ? 'the milestones and what is overdue, ambiguous, blocked or behind plan' : 'the first elements';
    return { view: narrowed, note: `Summary: ${shown} of ${marks.length} elements, ${which}. Filter, or focus on the cursor, to see the rest.` };
}

function restrictRhythm(view: RhythmView, columns: number[], keepRow: (row: RhythmRow) => boolean): RhythmView {
    const wanted = new Set(columns);
    let offset = 0;
    const tiers = view.tiers
        .map(tier => {
            const start = offset;
            offset += tier.cadences.length;
            return { ...tier, cadences: tier.cadences.filter((_, i) => wanted.has(start + i)) };
        })
        .filter(tier => tier.cadences.length > 0);
    return {
        ...view,
        tiers,
        groups: view.groups
            .map(group => ({ org: group.org, rows: group.rows.filter(keepRow).map(row => ({ ...row, cells: columns.map(i => row.cells[i]) })) }))
            .filter(group => group.rows.length > 0)
    };
}

/** Matching cadences and stakeholders, each with the stakeholders or cadences they meet in. */
export function selectRhythm(view: RhythmView, matches: Matches, description: string): SelectedView {
    const cadences = view.tiers.flatMap(tier => tier.cadences);
    const rows = view.groups.flatMap(group => group.rows);
    const cadenceSeeds = new Set(
        cadences.flatMap((cadence, i) =>
            matches([cadence.name, ...cadence.label, ...(cadence.related ?? [])], cadence.source?.uri, `cadence:${cadence.name}`) ? [i] : []
        )
    );
    const rowSeeds = new Set(rows.filter(row => matches([row.stakeholder, ...(row.related ?? [])], row.source?.uri, `stakeholder:${row.stakeholder}`)));
    const columns = new Set(cadenceSeeds);
    for (const row of rowSeeds)
        row.cells.forEach((cell, i) => {
            if (cell) columns.add(i);
        });
    const keptRows = new Set(rowSeeds);
    for (const row of rows) if ([...cadenceSeeds].some(i => row.cells[i])) keptRows.add(row);
    const narrowed = restrictRhythm(
        view,
        [...columns].sort((a, b) => a - b),
        row => keptRows.has(row)
    );
    const note =
        cadenceSeeds.size + rowSeeds.size === 0
            ? `Nothing ${description}.`
            : `Showing ${columns.size} of ${cadences.length} forums and ${keptRows.size} of ${rows.length} people ${description}.`;
    return { view: narrowed, note };
}

/** Past `cellLimit` cells: the forums with errors (or the first few) and the people in them. */
export function summariseRhythm(view: RhythmView, cellLimit: number, columnLimit: number): SelectedView {
    const cadences = view.tiers.flatMap(tier => tier.cadences);
    const rows = view.groups.flatMap(group => group.rows);
    if (cadences.length * rows.length <= cellLimit) return { view };
    const flagged = cadences.flatMap((cadence, i) => (cadence.errors.length > 0 ? [i] : []));
    const columns = (flagged.length > 0 ? flagged : cadences.map((_, i) => i)).slice(0, columnLimit);
    const narrowed = restrictRhythm(view, columns, row => columns.some(i => row.cells[i]));
    const which = flagged.length > 0 ? 'with errors' : 'first';
    return {
        view: narrowed,
        note: `Summary: the ${columns.length} ${which} of ${cadences.length} forums, and the people who attend them. Filter to see others.`
    };
}
