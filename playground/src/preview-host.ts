// Hosts the preview: the VS Code extension's webview page and script in a frame, answered as
// the extension's preview panel answers them (client/preview/preview-panel.ts): a new picture
// when the model changes, the element under the cursor highlighted from the picture's index,
// the view switcher, filter and follow-cursor options, click-to-source, and the exports as
// downloads. The picture comes from the language server in the worker, as in VS Code.
import type * as monaco from 'monaco-editor/editor';
import { PreviewSession } from '../../client/preview/preview-session.js';
import { DiagramRequest, ModelChangedNotification, type DocumentPosition, type FromWebview, type ToWebview } from '../../language/protocol.js';
import type { AlignTransport } from './align-transport.js';

/** The page's side of the preview frame: what the extension's preview panel is in VS Code. */
export class PreviewHost {
    private readonly session: PreviewSession;

    constructor(
        private readonly frame: HTMLIFrameElement,
        private readonly editor: monaco.editor.IStandaloneCodeEditor,
        private readonly server: AlignTransport,
        private readonly say: (text: string) => void
    ) {
        this.session = new PreviewSession({
            request: params => this.server.request(DiagramRequest, params),
            post: message => this.post(message),
            cursor: () => this.cursor(),
            // The page shows the preview beside the editor at all times.
            visible: () => true,
            describeError: plainError
        });
        window.addEventListener('message', event => {
            if (event.source !== frame.contentWindow || event.origin !== window.location.origin) return;
            void this.onMessage(event.data as FromWebview).catch(error => this.post({ type: 'error', message: plainError(error) }));
        });
        server.onNotification(ModelChangedNotification, () => this.session.schedule());
        editor.onDidChangeCursorPosition(() => {
            const position = this.cursor();
            if (position) this.session.cursorMoved(position);
        });
    }

    /** Loads the preview page; its script says `ready` when it listens. */
    open(src: string): void {
        this.frame.src = src;
    }

    private post(message: ToWebview): void {
        this.frame.contentWindow?.postMessage(message, window.location.origin);
    }

    private cursor(): DocumentPosition | undefined {
        const model = this.editor.getModel();
        const position = this.editor.getPosition();
        if (!model || !position) return undefined;
        return { uri: model.uri.toString(), line: position.lineNumber - 1, character: position.column - 1 };
    }

    private async onMessage(message: FromWebview): Promise<void> {
        if (this.session.handle(message)) return;
        switch (message.type) {
            case 'reveal': {
                // Every declaration is in the page's one model: the uri names it.
                const position = { lineNumber: (Number(message.line) || 0) + 1, column: (Number(message.character) || 0) + 1 };
                this.editor.setPosition(position);
                this.editor.revealPositionInCenterIfOutsideViewport(position);
                this.editor.focus();
                break;
            }
            case 'exportSvg':
                if (this.session.last?.format === 'svg')
                    download(new Blob([this.session.last.text], { type: 'image/svg+xml' }), `${this.session.pictureName()}.svg`);
                break;
            case 'exportPng':
                // No server-side PNG in a browser: the preview draws the SVG on a canvas and sends it back.
                if (typeof message.dataUrl !== 'string') this.post({ type: 'rasterize' });
                else if (message.dataUrl.startsWith('data:image/png;base64,'))
                    download(await (await fetch(message.dataUrl)).blob(), `${this.session.pictureName()}.png`);
                else this.say('The picture could not be turned into a PNG.');
                break;
            case 'copyMermaid': {
                const mermaid = await this.server.request(DiagramRequest, this.session.params('mermaid'));
                await navigator.clipboard.writeText(mermaid.text);
                this.say('Mermaid copied to the clipboard.');
                break;
            }
        }
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

function plainError(error: unknown): string {
    return `The diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
}
