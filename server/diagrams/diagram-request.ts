// The `align/diagram` request: the preview asks the server for a view of the workspace, so
// the webview never parses `.align`. After every build the server announces
// `align/modelChanged`, and the preview asks again.
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { buildView, errorsOf, renderView } from '../../language/diagrams/render-diagram.js';
import type { DiagramView, DiagramViewKind } from '../../language/diagrams/view-model.js';
import type { AlignServices } from '../align-services.js';

export const DIAGRAM_REQUEST = 'align/diagram';
export const MODEL_CHANGED_NOTIFICATION = 'align/modelChanged';

export interface DiagramParams {
    view: DiagramViewKind;
    includeDecisions?: boolean;
    /** The document and position of the editor's cursor, to highlight its declaration. */
    focus?: { uri: string; line: number; character: number };
}

export interface DiagramResult {
    svg: string;
    mermaid: string;
    /** True when a document does not parse: the picture may be incomplete, keep the last good one. */
    syntaxErrors: boolean;
    highlightedNodeId?: string;
}

/** Registers the diagram request and the model-changed notification on the connection. */
export function registerDiagramRequest(connection: Connection, shared: LangiumSharedServices, Align: AlignServices): void {
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        void connection.sendNotification(MODEL_CHANGED_NOTIFICATION, {});
    });
    connection.onRequest(DIAGRAM_REQUEST, async (params: DiagramParams): Promise<DiagramResult> => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        const view = buildView(Align.align.AlignmentModel.model, errorsOf(documents), params.view, params.includeDecisions ?? true);
        const [svg, mermaid] = await Promise.all([renderView(view, 'svg'), renderView(view, 'mermaid')]);
        const syntaxErrors = documents.some(d => d.parseResult.lexerErrors.length > 0 || d.parseResult.parserErrors.length > 0);
        return { svg, mermaid, syntaxErrors, highlightedNodeId: params.focus ? nodeAt(view, params.focus) : undefined };
    });
}

/** The id of the drawn element whose declaration contains the cursor. */
export function nodeAt(view: DiagramView, focus: NonNullable<DiagramParams['focus']>): string | undefined {
    const uri = URI.parse(focus.uri).toString();
    const inside = (source: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } | undefined) => {
        if (!source || source.uri !== uri) return false;
        const { start, end } = source.range;
        const after = focus.line > start.line || (focus.line === start.line && focus.character >= start.character);
        const before = focus.line < end.line || (focus.line === end.line && focus.character <= end.character);
        return after && before;
    };
    if (view.kind === 'raci') {
        const domain = view.domains.find(d => inside(d.source));
        if (domain) return `domain:${domain.name}`;
        const row = view.groups.flatMap(g => g.rows).find(r => inside(r.source));
        return row ? `stakeholder:${row.stakeholder}` : undefined;
    }
    return view.nodes.find(node => inside(node.source))?.id;
}
