// The live diagram preview beside the editor: one webview panel that asks the language server
// for a picture when the model changes (and only while it is visible), highlights the
// declaration under the cursor from the picture's node index without asking again, and
// survives a window reload through a webview panel serializer.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node.js';
import { nodeAt } from '../../language/diagrams/select/view-index.js';
import {
    Commands, DIAGRAM_VIEWS, DiagramPngRequest, DiagramRequest, ModelChangedNotification, PREVIEW_VIEW_TYPE,
    type DiagramParams, type DiagramResult, type DiagramViewKind, type FromWebview, type PreviewState, type ToWebview
} from '../../language/protocol.js';
import { previewHtml } from './preview-html.js';
import { saveDiagram } from './save-diagram.js';

/** Typing builds often; a burst of model changes makes one request. */
const DEBOUNCE_MS = 80;

class PreviewPanel {
    private state: PreviewState;
    private last: DiagramResult | undefined;
    private timer: NodeJS.Timeout | undefined;
    private generation = 0;
    /** A model change arrived while the panel was hidden: draw when it is shown again. */
    private dirty = false;
    private pendingPng: ((dataUrl: string) => void) | undefined;
    /** The element the focus mode drew the last picture around. */
    private drawnAround: string | undefined;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(readonly panel: vscode.WebviewPanel, private readonly client: LanguageClient, extensionUri: vscode.Uri, saved: PreviewState | undefined, onDispose: () => void) {
        this.state = { view: knownView(saved?.view), filter: saved?.filter, onlyFile: saved?.onlyFile, focusMode: saved?.focusMode, uri: saved?.uri };
        const webview = panel.webview;
        webview.options = { enableScripts: true, localResourceRoots: localRoots(extensionUri) };
        webview.html = previewHtml({
            cspSource: webview.cspSource,
            nonce: randomBytes(16).toString('base64'),
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'out', 'webview', 'preview.js')).toString(),
            styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css')).toString(),
            view: this.state.view
        });
        this.disposables.push(
            webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message).catch(error =>
                void vscode.window.showErrorMessage(`Align preview: ${error instanceof Error ? error.message : String(error)}`))),
            client.onNotification(ModelChangedNotification, () => this.schedule()),
            vscode.window.onDidChangeTextEditorSelection(event => {
                if (event.textEditor.document.languageId === 'align') this.onCursor(event.textEditor);
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (editor?.document.languageId === 'align' && editor.document.uri.toString() !== this.state.uri) this.schedule();
            }),
            panel.onDidChangeViewState(() => { if (panel.visible && this.dirty) this.schedule(); }),
            panel.onDidDispose(() => { this.dispose(); onDispose(); })
        );
    }

    /** Asks for a new picture soon, or when the panel is next shown. */
    schedule(): void {
        if (!this.panel.visible) {
            this.dirty = true;
            return;
        }
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
    }

    private post(message: ToWebview): void {
        void this.panel.webview.postMessage(message);
    }

    /** The .align editor the picture follows: the active one, else the last one drawn. */
    private editorPosition(): { uri: string; line: number; character: number } | undefined {
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.languageId === 'align') {
            return { uri: editor.document.uri.toString(), line: editor.selection.active.line, character: editor.selection.active.character };
        }
        return this.state.uri ? { uri: this.state.uri, line: 0, character: 0 } : undefined;
    }

    private params(format: DiagramParams['format'] = 'svg'): DiagramParams {
        const focus = this.editorPosition();
        return {
            view: this.state.view, format, focus,
            filter: this.state.filter || undefined,
            onlyUri: this.state.onlyFile ? focus?.uri : undefined,
            // The server finds the element under the cursor in the whole picture.
            followCursor: this.state.focusMode || undefined
        };
    }

    private async request(params: DiagramParams): Promise<DiagramResult> {
        if (this.client.state !== State.Running) {
            throw new Error('The Align language server is not running. Run “Align: Restart Server”, or see “Align: Show Output” for why it stopped.');
        }
        return this.client.sendRequest(DiagramRequest, params);
    }

    private async refresh(): Promise<void> {
        this.dirty = false;
        const generation = ++this.generation;
        const params = this.params();
        if (params.focus) this.state.uri = params.focus.uri;
        try {
            const result = await this.request(params);
            if (generation !== this.generation) return;
            const highlightedNodeId = params.focus ? nodeAt(result.nodes, params.focus) : undefined;
            // A document that does not parse keeps the last good picture on screen.
            if (result.syntaxErrors && this.last?.view === result.view) {
                this.post({ type: 'stale', highlightedNodeId });
                return;
            }
            this.last = result;
            this.drawnAround = result.around;
            this.panel.title = result.project ? `Align Preview — ${result.project}` : 'Align Preview';
            this.post({ type: 'diagram', result, highlightedNodeId });
        } catch (error) {
            if (generation === this.generation) this.post({ type: 'error', message: plainError(error) });
        }
    }

    /** A cursor move only moves the highlight; in follow mode, a new declaration redraws around it. */
    private onCursor(editor: vscode.TextEditor): void {
        if (!this.last || !this.panel.visible) return;
        const position = { uri: editor.document.uri.toString(), line: editor.selection.active.line, character: editor.selection.active.character };
        const nodeId = nodeAt(this.last.nodes, position);
        // Outside the drawn neighbourhood nodeAt finds nothing: ask the server, which knows everything.
        if (this.state.focusMode && nodeId !== this.drawnAround) {
            this.schedule();
            return;
        }
        this.post({ type: 'highlight', nodeId });
    }

    private async onMessage(message: FromWebview): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.state = { ...this.state, ...message.state, view: knownView(message.state?.view ?? this.state.view) };
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
                const uri = vscode.Uri.parse(String(message.uri));
                if (uri.scheme !== 'file' && uri.scheme !== 'untitled' && uri.scheme !== 'vscode-vfs') return;
                const document = await vscode.workspace.openTextDocument(uri);
                const position = new vscode.Position(Number(message.line) || 0, Number(message.character) || 0);
                await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
                break;
            }
            case 'exportSvg':
                await this.export('svg');
                break;
            case 'exportPng':
                if (this.pendingPng) {
                    this.pendingPng(String(message.dataUrl ?? ''));
                    this.pendingPng = undefined;
                } else {
                    await this.export('png', typeof message.dataUrl === 'string' ? message.dataUrl : undefined);
                }
                break;
            case 'copyMermaid': {
                const mermaid = await this.request(this.params('mermaid'));
                await vscode.env.clipboard.writeText(mermaid.text);
                void vscode.window.showInformationMessage('Align: Mermaid copied to the clipboard.');
                break;
            }
        }
    }

    /** Saves the picture shown, as SVG or PNG, and offers to open it. */
    async export(format: 'svg' | 'png', pngDataUrl?: string): Promise<void> {
        if (!this.last) {
            void vscode.window.showWarningMessage('Align: there is no picture to export yet.');
            return;
        }
        let bytes: Uint8Array;
        if (format === 'svg') {
            bytes = Buffer.from(this.last.text, 'utf8');
        } else {
            // The server draws it like `align diagram --format png` (bundled font, same bytes
            // everywhere); the webview's canvas, with whatever fonts this machine has, is the fallback.
            const base64 = await this.serverPng() ?? await this.webviewPng(pngDataUrl);
            if (!base64) {
                void vscode.window.showErrorMessage('Align: the picture could not be turned into a PNG.');
                return;
            }
            bytes = Buffer.from(base64, 'base64');
        }
        const saved = await saveDiagram(bytes, format, `${this.last.project ?? 'align'}-${this.last.view}`);
        if (saved) this.post({ type: 'saved', path: saved.fsPath });
    }

    /** The PNG from the language server in base64, or undefined when it cannot answer. */
    private async serverPng(): Promise<string | undefined> {
        if (this.client.state !== State.Running) return undefined;
        try {
            return (await this.client.sendRequest(DiagramPngRequest, this.params())).base64;
        } catch {
            return undefined;
        }
    }

    /** The PNG the webview drew on its canvas (already, or asked for now) in base64. */
    private async webviewPng(dataUrl: string | undefined): Promise<string | undefined> {
        dataUrl ??= await new Promise<string>(resolve => {
            this.pendingPng = resolve;
            this.post({ type: 'rasterize' });
        });
        return /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl)?.[1];
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.disposables.forEach(d => d.dispose());
    }
}

function localRoots(extensionUri: vscode.Uri): vscode.Uri[] {
    return [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'out', 'webview')];
}

/** The view the webview asked for, if the server knows it: a webview message is untrusted input. */
function knownView(view: unknown): DiagramViewKind {
    return DIAGRAM_VIEWS.find(known => known === view) ?? 'decision-flow';
}

/** A sentence for the preview's banner, not a stack or a protocol error name. */
function plainError(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    if (/Client is not running|connection got disposed|Pending response rejected/i.test(message)) {
        return 'The Align language server is not running. Run “Align: Restart Server”, or see “Align: Show Output” for why it stopped.';
    }
    return `The diagram could not be drawn: ${message}`;
}

/** Registers the preview commands, the export command, the auto-open setting and the serializer. */
export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
    let current: PreviewPanel | undefined;
    const adopt = (panel: vscode.WebviewPanel, saved?: PreviewState) => {
        current = new PreviewPanel(panel, client, context.extensionUri, saved, () => { current = undefined; });
    };
    const open = (column: vscode.ViewColumn) => {
        if (current) {
            current.panel.reveal(column, true);
            return;
        }
        adopt(vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Align Preview', { viewColumn: column, preserveFocus: true }, {
            enableScripts: true,
            retainContextWhenHidden: true,
            localResourceRoots: localRoots(context.extensionUri)
        }));
    };
    context.subscriptions.push(
        vscode.commands.registerCommand(Commands.openPreview, () => open(vscode.ViewColumn.Active)),
        vscode.commands.registerCommand(Commands.openPreviewToSide, () => open(vscode.ViewColumn.Beside)),
        vscode.commands.registerCommand(Commands.exportDiagram, async () => {
            if (!current) {
                void vscode.window.showInformationMessage('Align: open the preview first (“Align: Open Preview to the Side”), then export what it shows.');
                return;
            }
            const choice = await vscode.window.showQuickPick(['SVG', 'PNG'], { placeHolder: 'Export the picture as…' });
            if (choice) await current.export(choice === 'SVG' ? 'svg' : 'png');
        }),
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
            async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
                adopt(panel, (state ?? undefined) as PreviewState | undefined);
            }
        }),
        vscode.workspace.onDidOpenTextDocument(document => {
            if (document.languageId === 'align' && vscode.workspace.getConfiguration('align').get<boolean>('preview.autoOpen')) open(vscode.ViewColumn.Beside);
        })
    );
}
