// The report's figures: each one is a view of the diagram pipeline (buildView → selectView →
// renderView), the same code that draws the preview, so the report and the editor can never
// show two different pictures of one framework. A picture too big to read is summarised as
// the preview summarises it; the report's tables beside it list everything.
import { buildView, renderView, type GraphLayout } from '../diagrams/render-diagram.js';
import { selectView } from '../diagrams/select/select-view.js';
import type { DiagramView, DiagramViewKind, LocatedError } from '../diagrams/view-model.js';
import type { AlignmentModel } from '../model/alignment-model.js';

export interface ReportPicture {
    kind: DiagramViewKind;
    /** The SVG markup, its ids made unique in the page; empty when it could not be drawn. */
    svg: string;
    /** Says what is left out of a summary, or why there is no picture. */
    note?: string;
}

export interface PictureInput {
    model: AlignmentModel;
    errors: LocatedError[];
    today: string;
    layout?: GraphLayout;
}

/** The views the report draws, in the order of its sections. */
export const REPORT_VIEWS: readonly DiagramViewKind[] = ['decision-flow', 'raci', 'rhythm', 'escalation', 'roadmap'];

/** Draws every view of REPORT_VIEWS; a view that fails leaves a note instead of failing the report. */
export async function drawPictures(input: PictureInput): Promise<Map<DiagramViewKind, ReportPicture>> {
    const pictures = new Map<DiagramViewKind, ReportPicture>();
    // One after the other: the layouts of a large project are heavy, and the order keeps output stable.
    for (const kind of REPORT_VIEWS) pictures.set(kind, await drawPicture(kind, input));
    return pictures;
}

/** One view of the model, as the preview draws it with no filter: whole, or its summary. */
export async function drawPicture(kind: DiagramViewKind, input: PictureInput): Promise<ReportPicture> {
    try {
        const { view, note } = selectedView(kind, input);
        const svg = await renderView(view, 'svg', input.layout);
        return { kind, svg: scopeIds(svg, `fig-${kind}`), note: note === undefined ? undefined : reportNote(note) };
    } catch (error) {
        // A picture is a summary of the tables beside it: losing one must not lose the report.
        return {
            kind,
            svg: '',
            note: `This picture could not be drawn (${error instanceof Error ? error.message : String(error)}); the table lists everything it would show.`
        };
    }
}

function selectedView(kind: DiagramViewKind, input: PictureInput): { view: DiagramView; note?: string } {
    return selectView(buildView(input.model, input.errors, kind, true, input.today));
}

/**
 * The summary's first sentence: what the picture leaves out. The preview goes on to say how to
 * see the rest with its filter and cursor, which a printed page does not have.
 */
function reportNote(note: string): string {
    const advice = note.search(/ (Filter|Put the cursor)\b/);
    return `${advice >= 0 ? note.slice(0, advice) : note} The table lists everything.`;
}

/**
 * Prefixes the ids of one SVG and its references to them (`url(#…)`, `href="#…"`): several
 * pictures in one page would otherwise share ids such as the arrow markers'.
 */
export function scopeIds(svg: string, prefix: string): string {
    const ids = new Set([...svg.matchAll(/\sid="([\w.-]+)"/g)].map(match => match[1]));
    if (ids.size === 0) return svg;
    return svg.replace(/(\sid="|url\(#|href="#)([\w.-]+)/g, (whole, lead: string, id: string) => (ids.has(id) ? `${lead}${prefix}-${id}` : whole));
}
