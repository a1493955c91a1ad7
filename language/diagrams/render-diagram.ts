// The diagram pipeline: view model → layout → SVG, Mermaid or JSON. Shared by the CLI and
// the language server's `align/diagram` request.
import type { LangiumDocument } from 'langium';
import type { AlignmentModel } from '../model/alignment-model.js';
import { layoutGraph, type LaidOutGraph } from './layout/elk-layout.js';
import { renderGraphMermaid, renderRaciMermaid } from './render/mermaid.js';
import { renderGraphSvg, renderRaciSvg } from './render/svg.js';
import type { DiagramView, DiagramViewKind, GraphView, LocatedError } from './view-model.js';
import { buildDecisionFlow, DEFAULT_DECISION_FLOW_OPTIONS } from './views/decision-flow.js';
import { buildEscalation } from './views/escalation.js';
import { buildRaci } from './views/raci.js';

export type DiagramFormat = 'svg' | 'mermaid' | 'json';

export const DIAGRAM_FORMATS: readonly DiagramFormat[] = ['svg', 'mermaid', 'json'];

export interface DiagramRequest {
    view: DiagramViewKind;
    format: DiagramFormat;
    includeDecisions?: boolean;
}

/** The error diagnostics of the documents, to mark the elements that carry them. */
export function errorsOf(documents: LangiumDocument[]): LocatedError[] {
    return documents.flatMap(document => (document.diagnostics ?? [])
        .filter(d => d.severity === 1)
        .map(d => ({ uri: document.uri.toString(), range: d.range, message: d.message })));
}

/** Builds the requested view from the model. */
export function buildView(model: AlignmentModel, errors: LocatedError[], view: DiagramViewKind, includeDecisions = true): DiagramView {
    switch (view) {
        case 'decision-flow': return buildDecisionFlow(model, errors, { ...DEFAULT_DECISION_FLOW_OPTIONS, includeDecisions });
        case 'escalation': return buildEscalation(model, errors);
        case 'raci': return buildRaci(model, errors);
    }
}

/** Computes positions and routes for a graph view: in process, or on another thread. */
export type GraphLayout = (view: GraphView) => Promise<LaidOutGraph>;

/** Renders a built view in one format. */
export async function renderView(view: DiagramView, format: DiagramFormat, layout: GraphLayout = layoutGraph): Promise<string> {
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

/** Renders a view of the model in the requested format. */
export async function renderDiagram(model: AlignmentModel, errors: LocatedError[], request: DiagramRequest): Promise<string> {
    return renderView(buildView(model, errors, request.view, request.includeDecisions ?? true), request.format);
}
