// Hosts the preview: the VS Code extension's webview page and script in a frame, answered as
// the extension's preview panel answers them (client/preview/preview-panel.ts): a new picture
// when the model changes, the element under the cursor highlighted from the picture's index,
// the view switcher, filter and follow-cursor options, click-to-source, and the exports as
// downloads. The picture comes from the language server in the worker, as in VS Code.
import type * as monaco from 'monaco-editor/editor';
import { nodeAt } from '../../language/diagrams/select/view-index.js';
import {
    DIAGRAM_VIEWS, DiagramRequest, ModelChangedNotification,
    type DiagramParams, type DiagramResult, type DiagramViewKind, type FromWebview, type PreviewState, type ToWebview
} from '../../language/protocol.js';
import type { AlignTransport } from './align-transport.js';

/** Typing builds often; a burst of model changes makes one request. */
const DEBOUNCE_MS = 80;

/** The page's side of the preview frame: what the extension's preview panel is in VS Code. */
export class PreviewHost {
    private state: PreviewState = { view: 'decision-flow' };
    private last: DiagramResult | undefined;
    private drawnAround: string | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;

    constructor(
        private readonly frame: HTMLIFrameElement,
        private readonly editor: monaco.editor.IStandaloneCodeEditor,
        private readonly server: AlignTransport,
        private readonly say: (text: string) => void
    ) {
        window.addEventListener('message', event => {
            if (event.source !== frame.contentWindow || event.origin !== window.location.origin) return;
            void this.onMessage(event.data as FromWebview).catch(error => this.post({ type: 'error', message: plainError(error) }));
        });
        server.onNotification(ModelChangedNotification, () => this.schedule());
        editor.onDidChangeCursorPosition(() => this.onCursor());
    }

    /** Loads the preview page; its script says `ready` when it listens. */
    open(src: string): void {
        this.frame.src = src;
    }

    private post(message: ToWebview): void {
        this.frame.contentWindow?.postMessage(message, window.location.origin);
    }

    private schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
    }

    private cursor(): { uri: string; line: number; character: number } | undefined {
        const model = this.editor.getModel();
        const position = this.editor.getPosition();
        if (!model || !position) return undefined;
        return { uri: model.uri.toString(), line: position.lineNumber - 1, character: position.column - 1 };
    }

    private params(format: DiagramParams['format'] = 'svg'): DiagramParams {
        const focus = this.cursor();
        return {
            view: this.state.view, format, focus,
            filter: this.state.filter || undefined,
            onlyUri: this.state.onlyFile ? focus?.uri : undefined,
            followCursor: this.state.focusMode || undefined
        };
    }

    private async refresh(): Promise<void> {
        const generation = ++this.generation;
        const params = this.params();
        try {
            const result = await this.server.request(DiagramRequest, params);
            if (generation !== this.generation) return;
            const highlightedNodeId = params.focus ? nodeAt(result.nodes, params.focus) : undefined;
            // A model that does not parse keeps the last good picture on screen.
            if (result.syntaxErrors && this.last?.view === result.view) {
                this.post({ type: 'stale', highlightedNodeId });
                return;
            }
            this.last = result;
            this.drawnAround = result.around;
            this.post({ type: 'diagram', result, highlightedNodeId });
        } catch (error) {
            if (generation === this.generation) this.post({ type: 'error', message: plainError(error) });
        }
    }

    /** A cursor move only moves the highlight; in follow mode, a new declaration redraws around it. */
    private onCursor(): void {
        const position = this.cursor();
        if (!this.last || !position) return;
        const nodeId = nodeAt(this.last.nodes, position);
        if (this.state.focusMode && nodeId !== this.drawnAround) this.schedule();
        else this.post({ type: 'highlight', nodeId });
    }

    private async onMessage(message: FromWebview): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.state = { ...this.state, ...message.state, view: knownView(message.state?.view) };
                this.post({ type: 'restore', state: this.state });
                this.schedule();
                break;
            case 'setView':
                this.state.view = knownView(message.view);
                this.last = undefined;
                this.schedule();
                break;
            case 'setOptions':
                this.state.filter = typeof message.filter === 'string' ? message.filter.slice(0, 200) : undefined;
                this.state.onlyFile = message.onlyFile === true;
                this.state.focusMode = message.focusMode === true;
                this.schedule();
                break;
            case 'reveal': {
                // Every declaration is in the page's one model: the uri names it.
                const position = { lineNumber: (Number(message.line) || 0) + 1, column: (Number(message.character) || 0) + 1 };
                this.editor.setPosition(position);
                this.editor.revealPositionInCenterIfOutsideViewport(position);
                this.editor.focus();
                break;
            }
            case 'exportSvg':
                if (this.last?.format === 'svg') download(new Blob([this.last.text], { type: 'image/svg+xml' }), this.fileName('svg'));
                break;
            case 'exportPng':
                // No server-side PNG in a browser: the preview draws the SVG on a canvas and sends it back.
                if (typeof message.dataUrl !== 'string') this.post({ type: 'rasterize' });
                else if (message.dataUrl.startsWith('data:image/png;base64,')) download(await (await fetch(message.dataUrl)).blob(), this.fileName('png'));
                else this.say('The picture could not be turned into a PNG.');
                break;
            case 'copyMermaid': {
                const mermaid = await this.server.request(DiagramRequest, this.params('mermaid'));
                await navigator.clipboard.writeText(mermaid.text);
                this.say('Mermaid copied to the clipboard.');
                break;
            }
        }
    }

    private fileName(extension: string): string {
        return `${this.last?.project ?? 'align'}-${this.last?.view ?? this.state.view}.${extension}`;
    }
}

/** Saves a file the way a static page can: a download. */
function download(blob: Blob, name: string): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The view the preview asked for, if the server knows it: a frame's message is untrusted input. */
function knownView(view: unknown): DiagramViewKind {
    return DIAGRAM_VIEWS.find(known => known === view) ?? 'decision-flow';
}

function plainError(error: unknown): string {
    return `The diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
}
