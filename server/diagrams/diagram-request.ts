// The `align/diagram` request: the preview asks the server for a view of a project, so the
// webview never parses `.align`. Pictures are cached per model and request: a cursor move, a
// view switch back and forth or a second preview costs nothing, and a new model (a build of
// that project) starts a new cache. Graph layout runs on a worker thread, so hover and
// completion answer while a large picture is laid out.
import { delayNextTick, DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { buildView, errorsOf, renderView } from '../../language/diagrams/render-diagram.js';
import { selectView } from '../../language/diagrams/select/select-view.js';
import { indexView, nodeAt, type ViewIndex } from '../../language/diagrams/select/view-index.js';
import type { DiagramView } from '../../language/diagrams/view-model.js';
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import { DIAGRAM_VIEWS, DiagramRequest, type DiagramParams, type DiagramResult, type DiagramViewKind } from '../../language/protocol.js';
import type { AlignServices } from '../align-services.js';
import { todayFor } from '../../language/validation/today.js';
import { LayoutThread } from './layout-thread.js';
import { ModelChangeAnnouncer } from './model-changed.js';
import { isRecord, own } from '../requests/request-params.js';

/** Pictures kept per model: enough for every view with a few filters. */
const CACHED_PER_MODEL = 24;

/** Draws a picture of a project as `align/diagram` answers it; shared with the PNG export. */
export type DrawPicture = (params: DiagramParams) => Promise<DiagramResult>;

/** Registers the diagram request and the model-changed notification; returns the drawing function. */
export function registerDiagramRequest(connection: Connection, shared: LangiumSharedServices, Align: AlignServices, layouts = new LayoutThread()): DrawPicture {
    const announcer = new ModelChangeAnnouncer(connection, shared, Align.align.Projects);
    const cache = new WeakMap<AlignmentModel, ModelPictures>();
    const drawPicture: DrawPicture = async params => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
        // The picture is of the project of the file being edited (spec §6: one model per project).
        const models = Align.align.AlignmentModel;
        const uri = params.focus?.uri ?? params.onlyUri;
        const model = uri ? models.modelOf(uri) : models.model;
        const project = uri ? Align.align.Projects.projectOf(uri).name : undefined;
        let cached = cache.get(model);
        if (!cached) cache.set(model, (cached = { views: new Map(), pictures: new Map() }));
        const today = todayFor(Align, URI.parse(uri ?? model.documents[0]?.uri.toString() ?? 'file:///'));
        const full = await fullView(cached.views, model, params, today);
        // Follow mode: the element under the cursor, found in the whole picture's index.
        const around = params.followCursor && params.focus ? nodeAt(full.index.nodes, params.focus) : params.around;
        const key = JSON.stringify([
            params.view,
            params.includeDecisions ?? true,
            params.format ?? 'svg',
            params.filter ?? '',
            params.onlyUri ?? '',
            around ?? '',
            today
        ]);
        let picture = cached.pictures.get(key);
        if (!picture) {
            picture = draw(full.view, model, { ...params, around }, announcer.version, project, view => layouts.layout(view));
            // A failed drawing is not kept: the next request tries again.
            const pictures = cached.pictures;
            picture.catch(() => pictures.delete(key));
            if (pictures.size >= CACHED_PER_MODEL) pictures.delete(pictures.keys().next().value!);
            pictures.set(key, picture);
        }
        return picture;
    };
    connection.onRequest(DiagramRequest, (untrusted: unknown) => drawPicture(checkDiagramParams(untrusted)));
    return drawPicture;
}

interface ModelPictures {
    /** The whole view of each kind, before any selection. */
    views: Map<string, { view: DiagramView; index: ViewIndex }>;
    pictures: Map<string, Promise<DiagramResult>>;
}

// Building, indexing and selecting a large view each take tens of milliseconds on the
// server's thread: between them the server answers what came in meanwhile (a hover, a
// completion), so no request waits for a whole picture.
async function fullView(
    views: ModelPictures['views'],
    model: AlignmentModel,
    params: DiagramParams,
    today: string
): Promise<{ view: DiagramView; index: ViewIndex }> {
    // Today is part of the key: the roadmap's line moves at midnight while the model stays.
    const key = `${params.view}:${params.includeDecisions ?? true}:${today}`;
    let entry = views.get(key);
    if (!entry) {
        await delayNextTick();
        const view = buildView(model, errorsOf(model.documents), params.view, params.includeDecisions ?? true, today);
        await delayNextTick();
        // Another request for the same view may have built it while this one waited.
        entry = views.get(key) ?? { view, index: indexView(view) };
        views.set(key, entry);
    }
    return entry;
}

async function draw(
    full: DiagramView,
    model: AlignmentModel,
    params: DiagramParams,
    version: number,
    project: string | undefined,
    layout: Parameters<typeof renderView>[2]
): Promise<DiagramResult> {
    const documents = model.documents;
    await delayNextTick();
    const selected = selectView(full, { filter: params.filter, onlyUri: params.onlyUri, around: params.around });
    const format = params.format ?? 'svg';
    await delayNextTick();
    const text = await renderView(selected.view, format, layout);
    const syntaxErrors = documents.some(d => d.parseResult.lexerErrors.length > 0 || d.parseResult.parserErrors.length > 0);
    const note =
        params.followCursor && !params.around ? `Put the cursor on a declaration to focus on it.${selected.note ? ` ${selected.note}` : ''}` : selected.note;
    return { view: params.view, format, version, text, ...indexView(selected.view), syntaxErrors, project, note, around: params.around };
}

/** Checks the params of a request from any client; throws InvalidParams naming the first problem. */
export function checkDiagramParams(params: unknown): DiagramParams {
    const fail = (name: string, expected: string, value: unknown): never => {
        const problem = value === undefined ? `${name} is missing: it must be ${expected}` : `${name} must be ${expected}, not ${shown(value)}`;
        throw new ResponseError(ErrorCodes.InvalidParams, `${DiagramRequest.method}: ${problem}`);
    };
    if (!isRecord(params)) return fail('params', 'an object', params);
    const view = own(params, 'view');
    if (typeof view !== 'string' || !(DIAGRAM_VIEWS as readonly string[]).includes(view)) fail('view', `one of ${DIAGRAM_VIEWS.join(', ')}`, view);
    const includeDecisions = own(params, 'includeDecisions');
    if (includeDecisions !== undefined && typeof includeDecisions !== 'boolean') fail('includeDecisions', 'a boolean', includeDecisions);
    const format = own(params, 'format') ?? undefined;
    if (format !== undefined && format !== 'svg' && format !== 'mermaid') fail('format', 'svg or mermaid', format);
    const filter = own(params, 'filter') ?? undefined;
    if (filter !== undefined && typeof filter !== 'string') fail('filter', 'a string', filter);
    const onlyUri = own(params, 'onlyUri') ?? undefined;
    if (onlyUri !== undefined && (typeof onlyUri !== 'string' || !isUri(onlyUri))) fail('onlyUri', 'a URI string', onlyUri);
    const around = own(params, 'around') ?? undefined;
    if (around !== undefined && typeof around !== 'string') fail('around', 'a node id string', around);
    const followCursor = own(params, 'followCursor') ?? undefined;
    if (followCursor !== undefined && typeof followCursor !== 'boolean') fail('followCursor', 'a boolean', followCursor);
    const checked: DiagramParams = {
        view: view as DiagramViewKind,
        includeDecisions: includeDecisions as boolean | undefined,
        format: format as DiagramParams['format'],
        filter: filter as string | undefined,
        onlyUri: onlyUri === undefined ? undefined : URI.parse(onlyUri as string).toString(),
        around: around as string | undefined,
        followCursor: followCursor as boolean | undefined
    };
    // Some clients write an absent optional field as null.
    const focus = own(params, 'focus') ?? undefined;
    if (focus === undefined) return checked;
    if (!isRecord(focus)) return fail('focus', 'an object { uri, line, character }', focus);
    const uri = own(focus, 'uri');
    if (typeof uri !== 'string' || !isUri(uri)) fail('focus.uri', 'a URI string', uri);
    const [line, character] = [own(focus, 'line'), own(focus, 'character')];
    if (!isIndex(line)) fail('focus.line', 'a non-negative integer', line);
    if (!isIndex(character)) fail('focus.character', 'a non-negative integer', character);
    return { ...checked, focus: { uri: uri as string, line: line as number, character: character as number } };
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
