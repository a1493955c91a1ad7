// The diagram pipeline: view model → layout → SVG, Mermaid or JSON. Shared by the CLI and
// the language server's `align/diagram` request.
import type { LangiumDocument } from 'langium';
import type { AlignmentModel } from '../model/alignment-model.js';
import { parseDate, todayIso } from '../model/literals.js';
import { layoutGraph, type LaidOutGraph } from './layout/elk-layout.js';
import { renderGraphMermaid, renderRaciMermaid } from './render/mermaid.js';
import { renderRoadmapMermaid } from './render/roadmap-mermaid.js';
import { renderRoadmapSvg } from './render/roadmap-svg.js';
import { renderRhythmMermaid } from './render/rhythm-mermaid.js';
import { renderRhythmSvg } from './render/rhythm-svg.js';
import { renderGraphSvg, renderRaciSvg } from './render/svg.js';
import type { DiagramView, DiagramViewKind, GraphView, LocatedError } from './view-model.js';
import { buildDecisionFlow, DEFAULT_DECISION_FLOW_OPTIONS } from './views/decision-flow.js';
import { buildEscalation } from './views/escalation.js';
import { buildRaci } from './views/raci.js';
import { narrowRaciModel, raciTooBig } from './select/raci-summary.js';
import { buildRhythm } from './views/rhythm.js';
import { buildRoadmap } from './views/roadmap.js';
import { clampView } from './select/clamp-labels.js';
import { selectView } from './select/select-view.js';

export type DiagramFormat = 'svg' | 'mermaid' | 'json';

export const DIAGRAM_FORMATS: readonly DiagramFormat[] = ['svg', 'mermaid', 'json'];

export interface DiagramRequest {
    view: DiagramViewKind;
    format: DiagramFormat;
    includeDecisions?: boolean;
    /** The day the roadmap is drawn for (YYYY-MM-DD): the project's today (`todayFor`); default the clock. */
    today?: string;
}

/** The error diagnostics of the documents, to mark the elements that carry them. */
export function errorsOf(documents: LangiumDocument[]): LocatedError[] {
    return documents.flatMap(document =>
        (document.diagnostics ?? []).filter(d => d.severity === 1).map(d => ({ uri: document.uri.toString(), range: d.range, message: d.message }))
    );
}

/**
 * Builds the requested view from the model. `today` (YYYY-MM-DD) places the roadmap's line at
 * today and decides what is overdue; callers pass the project's today (`todayFor`), else the
 * clock's date is used, as `todayFor` would without a configured one.
 */
export function buildView(model: AlignmentModel, errors: LocatedError[], view: DiagramViewKind, includeDecisions = true, today?: string): DiagramView {
    return clampView(buildWholeView(model, errors, view, includeDecisions, today));
}

function buildWholeView(model: AlignmentModel, errors: LocatedError[], view: DiagramViewKind, includeDecisions: boolean, today?: string): DiagramView {
    switch (view) {
        case 'decision-flow':
            return buildDecisionFlow(model, errors, { ...DEFAULT_DECISION_FLOW_OPTIONS, includeDecisions });
        case 'escalation':
            return buildEscalation(model, errors);
        case 'raci':
            return buildRaciWithin(model, errors);
        case 'roadmap':
            return buildRoadmap(model, errors, { today: today !== undefined && parseDate(today).ok ? today : todayIso() });
        case 'rhythm':
            return buildRhythm(model, errors);
    }
}

/** Computes positions and routes for a graph view: in process, or on another thread. */
export type GraphLayout = (view: GraphView) => Promise<LaidOutGraph>;

/** Renders a built view in one format. */
export async function renderView(view: DiagramView, format: DiagramFormat, layout: GraphLayout = layoutGraph): Promise<string> {
    // The roadmap and the rhythm are laid out in process: a grid and a time axis need no graph layout.
    if (view.kind === 'roadmap') {
        if (format === 'svg') return renderRoadmapSvg(view);
        if (format === 'mermaid') return renderRoadmapMermaid(view);
        return JSON.stringify(view, null, 2) + '\n';
    }
    if (view.kind === 'rhythm') {
        if (format === 'svg') return renderRhythmSvg(view);
        if (format === 'mermaid') return renderRhythmMermaid(view);
        return JSON.stringify(view, null, 2) + '\n';
    }
    if (view.kind === 'raci') {
        if (format === 'svg') return renderRaciSvg(view);
        if (format === 'mermaid') return renderRaciMermaid(view);
        return JSON.stringify(view, null, 2) + '\n';
    }
    if (format === 'mermaid') return renderGraphMermaid(view);
    const placed = await layout(view);
    if (format === 'svg') return renderGraphSvg(placed);
    return JSON.stringify(placed, null, 2) + '\n';
}

/** Renders a view of the model in the requested format (drawDiagram without its note). */
export async function renderDiagram(model: AlignmentModel, errors: LocatedError[], request: DiagramRequest): Promise<string> {
    return (await drawDiagram(model, errors, request)).text;
}

/**
 * Renders a view of the model in the requested format; a view too big to read (or to lay out)
 * is drawn as its summary, by the rule the preview and the report use. `note` says what was left out.
 */
export async function drawDiagram(model: AlignmentModel, errors: LocatedError[], request: DiagramRequest): Promise<{ text: string; note?: string }> {
    const selected = selectView(buildView(model, errors, request.view, request.includeDecisions ?? true, request.today));
    return { text: await renderView(selected.view, request.format), ...(selected.note ? { note: selected.note } : {}) };
}

/** The RACI view, or its summary when the whole matrix would not fit in memory. */
function buildRaciWithin(model: AlignmentModel, errors: LocatedError[]): DiagramView {
    if (!raciTooBig(model)) return buildRaci(model, errors);
    const narrowed = narrowRaciModel(model, errors);
    return { ...buildRaci(narrowed.model, errors), summary: narrowed.note };
}
