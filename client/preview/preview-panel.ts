// The live diagram preview beside the editor: one webview panel that asks the language server
// for a picture when the model changes (and only while it is visible), highlights the
// declaration under the cursor from the picture's node index without asking again, and
// survives a window reload through a webview panel serializer.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node.js';
import {
    Commands,
    DiagramPngRequest,
    DiagramRequest,
    PREVIEW_VIEW_TYPE,
    type DiagramParams,
    type DiagramResult,
    type DocumentPosition,
    type FromWebview,
    type PreviewState,
    type ToWebview
} from '../../language/protocol.js';
import { modelChanges } from '../model-changes.js';
import { previewHtml } from './preview-html.js';
import { PreviewSession } from './preview-session.js';
import { saveDiagram } from './save-diagram.js';

class PreviewPanel {
    private readonly session: PreviewSession;
    private pendingPng: ((dataUrl: string) => void) | undefined;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(
        readonly panel: vscode.WebviewPanel,
        private readonly client: LanguageClient,
        extensionUri: vscode.Uri,
        saved: PreviewState | undefined,
        onDispose: () => void
    ) {
        this.session = new PreviewSession(
            {
                request: params => this.request(params),
                post: message => void this.panel.webview.postMessage(message),
                cursor: () => this.editorPosition(),
                visible: () => this.panel.visible,
                describeError: plainError,
                drawn: result => {
                    this.panel.title = result.project ? `Align Preview — ${result.project}` : 'Align Preview';
                }
            },
            saved
        );
        const webview = panel.webview;
        webview.options = { enableScripts: true, localResourceRoots: localRoots(extensionUri) };
        webview.html = previewHtml({
            cspSource: webview.cspSource,
            nonce: randomBytes(16).toString('base64'),
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'out', 'webview', 'preview.js')).toString(),
            styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css')).toString(),
            view: this.session.state.view
        });
        this.disposables.push(
            webview.onDidReceiveMessage((message: FromWebview) =>
                this.onMessage(message).catch(
                    error => void vscode.window.showErrorMessage(`Align preview: ${error instanceof Error ? error.message : String(error)}`)
                )
            ),
            modelChanges(client)(() => this.session.schedule()),
            vscode.window.onDidChangeTextEditorSelection(event => {
                if (event.textEditor.document.languageId === 'align') this.session.cursorMoved(positionOf(event.textEditor));
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (editor?.document.languageId === 'align' && editor.document.uri.toString() !== this.session.state.uri) this.session.schedule();
            }),
            panel.onDidChangeViewState(() => {
                if (panel.visible) this.session.shown();
            }),
            panel.onDidDispose(() => {
                this.dispose();
                onDispose();
            })
        );
    }

    private post(message: ToWebview): void {
        void this.panel.webview.postMessage(message);
    }

    /** The .align editor the picture follows: the active one, else the last one drawn. */
    private editorPosition(): DocumentPosition | undefined {
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.languageId === 'align') return positionOf(editor);
        return this.session.state.uri ? { uri: this.session.state.uri, line: 0, character: 0 } : undefined;
    }

    private async request(params: DiagramParams): Promise<DiagramResult> {
        if (this.client.state !== State.Running) {
            throw new Error('The Align language server is not running. Run “Align: Restart Server”, or see “Align: Show Output” for why it stopped.');
        }
        return this.client.sendRequest(DiagramRequest, params);
    }

    private async onMessage(message: FromWebview): Promise<void> {
        if (this.session.handle(message)) return;
        switch (message.type) {
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
                const mermaid = await this.request(this.session.params('mermaid'));
                await vscode.env.clipboard.writeText(mermaid.text);
                void vscode.window.showInformationMessage('Align: Mermaid copied to the clipboard.');
                break;
            }
        }
    }

    /** Saves the picture shown, as SVG or PNG, and offers to open it. */
    async export(format: 'svg' | 'png', pngDataUrl?: string): Promise<void> {
        const last = this.session.last;
        if (!last) {
            void vscode.window.showWarningMessage('Align: there is no picture to export yet.');
            return;
        }
        let bytes: Uint8Array;
        if (format === 'svg') {
            bytes = Buffer.from(last.text, 'utf8');
        } else {
            // The server draws it like `align diagram --format png` (bundled font, same bytes
            // everywhere); the webview's canvas, with whatever fonts this machine has, is the fallback.
            const base64 = (await this.serverPng()) ?? (await this.webviewPng(pngDataUrl));
            if (!base64) {
                void vscode.window.showErrorMessage('Align: the picture could not be turned into a PNG.');
                return;
            }
            bytes = Buffer.from(base64, 'base64');
        }
        const saved = await saveDiagram(bytes, format, this.session.pictureName());
        if (saved) this.post({ type: 'saved', path: saved.fsPath });
    }

    /** The PNG from the language server in base64, or undefined when it cannot answer. */
    private async serverPng(): Promise<string | undefined> {
        if (this.client.state !== State.Running) return undefined;
        try {
            return (await this.client.sendRequest(DiagramPngRequest, this.session.params())).base64;
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
        this.session.dispose();
        this.disposables.forEach(d => d.dispose());
    }
}

function localRoots(extensionUri: vscode.Uri): vscode.Uri[] {
    return [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'out', 'webview')];
}

/** The cursor of an editor as the protocol carries it. */
function positionOf(editor: vscode.TextEditor): DocumentPosition {
    return { uri: editor.document.uri.toString(), line: editor.selection.active.line, character: editor.selection.active.character };
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
        current = new PreviewPanel(panel, client, context.extensionUri, saved, () => {
            current = undefined;
        });
    };
    const open = (column: vscode.ViewColumn) => {
        if (current) {
            current.panel.reveal(column, true);
            return;
        }
        adopt(
            vscode.window.createWebviewPanel(
                PREVIEW_VIEW_TYPE,
                'Align Preview',
                { viewColumn: column, preserveFocus: true },
                {
                    enableScripts: true,
                    retainContextWhenHidden: true,
                    localResourceRoots: localRoots(context.extensionUri)
                }
            )
        );
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
