// What the preview's host does with the webview, whoever the host is: the VS Code panel
// (preview-panel.ts) or the playground page (playground/src/preview-host.ts). It asks for a new
// picture when the model changes (only while the preview can be seen), keeps the last good
// picture while the text does not parse, moves the highlight on a cursor move without asking
// the server, and applies the webview's view and option changes. No vscode import: the hosts
// supply the request, the messages to the webview and the cursor.
import { nodeAt } from '../../language/diagrams/select/view-index.js';
import {
    DIAGRAM_VIEWS,
    type DiagramParams,
    type DiagramResult,
    type DiagramViewKind,
    type DocumentPosition,
    type FromWebview,
    type PreviewState,
    type ToWebview
} from '../../language/protocol.js';

/** Typing builds often; a burst of model changes makes one request. */
const DEBOUNCE_MS = 80;

/** What a host lends the session. */
export interface PreviewHost {
    request(params: DiagramParams): Promise<DiagramResult>;
    post(message: ToWebview): void;
    /** The cursor the picture follows, if there is one. */
    cursor(): DocumentPosition | undefined;
    /** False while the preview cannot be seen: it is drawn when shown again. */
    visible(): boolean;
    /** A sentence for the preview's banner. */
    describeError(error: unknown): string;
    /** Called with each picture shown (the panel puts the project in its title). */
    drawn?(result: DiagramResult): void;
}

export class PreviewSession {
    state: PreviewState;
    /** The picture on screen. */
    last: DiagramResult | undefined;
    /** The element the focus mode drew the last picture around. */
    private drawnAround: string | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    /** A model change arrived while the preview was hidden. */
    private dirty = false;

    constructor(
        private readonly host: PreviewHost,
        saved?: Partial<PreviewState>
    ) {
        this.state = { ...saved, view: knownView(saved?.view) };
    }

    /** Asks for a new picture soon, or when the preview is next shown. */
    schedule(): void {
        if (!this.host.visible()) {
            this.dirty = true;
            return;
        }
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
    }

    /** Draws what changed while the preview was hidden. */
    shown(): void {
        if (this.dirty) this.schedule();
    }

    /** The request for the current view, options and cursor. */
    params(format: DiagramParams['format'] = 'svg'): DiagramParams {
        const focus = this.host.cursor();
        return {
            view: this.state.view,
            format,
            focus,
            filter: this.state.filter || undefined,
            onlyUri: this.state.onlyFile ? focus?.uri : undefined,
            // The server finds the element under the cursor in the whole picture.
            followCursor: this.state.focusMode || undefined
        };
    }

    private async refresh(): Promise<void> {
        this.dirty = false;
        const generation = ++this.generation;
        const params = this.params();
        if (params.focus) this.state.uri = params.focus.uri;
        try {
            const result = await this.host.request(params);
            if (generation !== this.generation) return;
            const highlightedNodeId = params.focus ? nodeAt(result.nodes, params.focus) : undefined;
            // A document that does not parse keeps the last good picture on screen.
            if (result.syntaxErrors && this.last?.view === result.view) {
                this.host.post({ type: 'stale', highlightedNodeId });
                return;
            }
            this.last = result;
            this.drawnAround = result.around;
            this.host.drawn?.(result);
            this.host.post({ type: 'diagram', result, highlightedNodeId });
        } catch (error) {
            if (generation === this.generation) this.host.post({ type: 'error', message: this.host.describeError(error) });
        }
    }

    /** A cursor move only moves the highlight; in follow mode, a new declaration redraws around it. */
    cursorMoved(position: DocumentPosition): void {
        if (!this.last || !this.host.visible()) return;
        const nodeId = nodeAt(this.last.nodes, position);
        // Outside the drawn neighbourhood nodeAt finds nothing: ask the server, which knows everything.
        if (this.state.focusMode && nodeId !== this.drawnAround) this.schedule();
        else this.host.post({ type: 'highlight', nodeId });
    }

    /** Applies the webview's messages that change what is drawn; false for the host's own (reveal, exports). */
    handle(message: FromWebview): boolean {
        switch (message.type) {
            case 'ready':
                this.state = { ...this.state, ...message.state, view: knownView(message.state?.view ?? this.state.view) };
                this.host.post({ type: 'restore', state: this.state });
                this.schedule();
                return true;
            case 'setView':
                this.state.view = knownView(message.view);
                this.last = undefined;
                this.schedule();
                return true;
            case 'setOptions':
                this.state.filter = typeof message.filter === 'string' ? message.filter.slice(0, 200) : undefined;
                this.state.onlyFile = message.onlyFile === true;
                this.state.focusMode = message.focusMode === true;
                this.schedule();
                return true;
            default:
                return false;
        }
    }

    /** The exported picture's file name without extension: project and view. */
    pictureName(): string {
        return `${this.last?.project ?? 'align'}-${this.last?.view ?? this.state.view}`;
    }

    /** Stops a pending request. */
    dispose(): void {
        clearTimeout(this.timer);
    }
}

/** The view the webview asked for, if the server knows it: a webview message is untrusted input. */
export function knownView(view: unknown): DiagramViewKind {
    return DIAGRAM_VIEWS.find(known => known === view) ?? 'decision-flow';
}
