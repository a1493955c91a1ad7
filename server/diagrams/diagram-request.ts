// The `align/diagram` request: the preview asks the server for a view of the workspace, so
// the webview never parses `.align`. After every build the server announces
// `align/modelChanged`, and the preview asks again.
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { buildView, errorsOf, renderView } from '../../language/diagrams/render-diagram.js';
import { DIAGRAM_VIEWS, type DiagramView, type DiagramViewKind } from '../../language/diagrams/view-model.js';
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
    connection.onRequest(DIAGRAM_REQUEST, async (untrusted: unknown): Promise<DiagramResult> => {
        const params = checkDiagramParams(untrusted);
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
        // The picture is of the project of the file being edited (spec §6: one model per project).
        const models = Align.align.AlignmentModel;
        const model = params.focus ? models.modelOf(params.focus.uri) : models.model;
        const documents = model.documents;
        const view = buildView(model, errorsOf(documents), params.view, params.includeDecisions ?? true);
        const [svg, mermaid] = await Promise.all([renderView(view, 'svg'), renderView(view, 'mermaid')]);
        const syntaxErrors = documents.some(d => d.parseResult.lexerErrors.length > 0 || d.parseResult.parserErrors.length > 0);
        return { svg, mermaid, syntaxErrors, highlightedNodeId: params.focus ? nodeAt(view, params.focus) : undefined };
    });
}

/** Checks the params of a request from any client; throws InvalidParams naming the first problem. */
export function checkDiagramParams(params: unknown): DiagramParams {
    const fail = (name: string, expected: string, value: unknown): never => {
        const problem = value === undefined ? `${name} is missing: it must be ${expected}` : `${name} must be ${expected}, not ${shown(value)}`;
        throw new ResponseError(ErrorCodes.InvalidParams, `${DIAGRAM_REQUEST}: ${problem}`);
    };
    if (!isRecord(params)) return fail('params', 'an object', params);
    const view = own(params, 'view');
    if (typeof view !== 'string' || !(DIAGRAM_VIEWS as readonly string[]).includes(view)) fail('view', `one of ${DIAGRAM_VIEWS.join(', ')}`, view);
    const includeDecisions = own(params, 'includeDecisions');
    if (includeDecisions !== undefined && typeof includeDecisions !== 'boolean') fail('includeDecisions', 'a boolean', includeDecisions);
    // Some clients write an absent optional field as null.
    const focus = own(params, 'focus') ?? undefined;
    if (focus === undefined) return { view: view as DiagramViewKind, includeDecisions: includeDecisions as boolean | undefined };
    if (!isRecord(focus)) return fail('focus', 'an object { uri, line, character }', focus);
    const uri = own(focus, 'uri');
    if (typeof uri !== 'string' || !isUri(uri)) fail('focus.uri', 'a URI string', uri);
    const [line, character] = [own(focus, 'line'), own(focus, 'character')];
    if (!isIndex(line)) fail('focus.line', 'a non-negative integer', line);
    if (!isIndex(character)) fail('focus.character', 'a non-negative integer', character);
    return { view: view as DiagramViewKind, includeDecisions: includeDecisions as boolean | undefined, focus: { uri: uri as string, line: line as number, character: character as number } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: `{}` must not find `view` or `constructor` on Object.prototype. */
function own(record: Record<string, unknown>, key: string): unknown {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** vscode-uri throws on some strings (`file:////x`); better a precise answer than an internal error. */
function isUri(text: string): boolean {
    try {
        URI.parse(text);
        return true;
    } catch {
        return false;
    }
}

function isIndex(value: unknown): boolean {
    return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** A bad value as the error message quotes it: short, never the whole payload. */
function shown(value: unknown): string {
    if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
    if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
    return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value;
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
