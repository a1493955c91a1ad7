// The live diagram preview beside the editor: one webview panel that asks the language
// server for the current view whenever the model changes, and reveals declarations on click.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { DIAGRAM_VIEWS, type DiagramViewKind } from '../../language/diagrams/view-model.js';
import { previewHtml } from './preview-html.js';

interface DiagramResult { svg: string; mermaid: string; syntaxErrors: boolean; highlightedNodeId?: string }

type WebviewMessage =
    | { type: 'ready' }
    | { type: 'setView'; view: unknown }
    | { type: 'reveal'; uri: string; line: number; character: number }
    | { type: 'exportSvg' }
    | { type: 'copyMermaid' };

const DEBOUNCE_MS = 250;

class PreviewPanel {
    private view: DiagramViewKind = 'decision-flow';
    private last: DiagramResult | undefined;
    private timer: NodeJS.Timeout | undefined;
    private generation = 0;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(readonly panel: vscode.WebviewPanel, private readonly client: LanguageClient, private readonly extensionUri: vscode.Uri, onDispose: () => void) {
        const media = vscode.Uri.joinPath(extensionUri, 'media');
        const webview = panel.webview;
        webview.html = previewHtml({
            cspSource: webview.cspSource,
            nonce: randomBytes(16).toString('base64'),
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
            styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
            view: this.view
        });
        this.disposables.push(
            webview.onDidReceiveMessage((message: WebviewMessage) => this.onMessage(message).catch(error =>
                void vscode.window.showErrorMessage(`Align preview: ${error instanceof Error ? error.message : String(error)}`))),
            client.onNotification('align/modelChanged', () => this.schedule()),
            vscode.window.onDidChangeTextEditorSelection(event => {
                if (event.textEditor.document.languageId === 'align') this.schedule();
            }),
            panel.onDidDispose(() => { this.dispose(); onDispose(); })
        );
    }

    /** The cursor in the last .align editor: it says which project (spec §6) to draw. */
    private lastFocus: { uri: string; line: number; character: number } | undefined;

    /** Asks for a new picture soon; bursts of typing make one request. */
    schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
    }

    private async refresh(): Promise<void> {
        const generation = ++this.generation;
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.languageId === 'align') {
            this.lastFocus = { uri: editor.document.uri.toString(), line: editor.selection.active.line, character: editor.selection.active.character };
        }
        // While the preview itself has focus there is no active editor: keep drawing the project
        // of the last .align editor (the server draws the project of `focus`).
        const focus = this.lastFocus;
        try {
            const result = await this.client.sendRequest<DiagramResult>('align/diagram', { view: this.view, focus });
            if (generation !== this.generation) return;
            // A document that does not parse keeps the last good picture on screen.
            if (result.syntaxErrors && this.last) {
                void this.panel.webview.postMessage({ type: 'stale', highlightedNodeId: result.highlightedNodeId });
                return;
            }
            this.last = result;
            void this.panel.webview.postMessage({ type: 'diagram', view: this.view, ...result });
        } catch (error) {
            void this.panel.webview.postMessage({ type: 'error', message: String(error) });
        }
    }

    private async onMessage(message: WebviewMessage): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.schedule();
                break;
            case 'setView':
                this.view = knownView(message.view);
                this.last = undefined;
                this.schedule();
                break;
            case 'reveal': {
                const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(message.uri));
                const position = new vscode.Position(message.line, message.character);
                await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
                break;
            }
            case 'exportSvg': {
                if (!this.last) return;
                const target = await vscode.window.showSaveDialog({ filters: { SVG: ['svg'] }, defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? this.extensionUri, `${this.view}.svg`) });
                if (target) await vscode.workspace.fs.writeFile(target, Buffer.from(this.last.svg, 'utf8'));
                break;
            }
            case 'copyMermaid':
                if (this.last) {
                    await vscode.env.clipboard.writeText(this.last.mermaid);
                    void vscode.window.showInformationMessage('Align: Mermaid copied to the clipboard.');
                }
                break;
        }
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.disposables.forEach(d => d.dispose());
    }
}

/** The view the webview asked for, if the server knows it: a webview message is untrusted input. */
function knownView(view: unknown): DiagramViewKind {
    return DIAGRAM_VIEWS.find(known => known === view) ?? 'decision-flow';
}

/** Registers "Align: Open Preview" and the auto-open setting. */
export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
    let current: PreviewPanel | undefined;
    const open = () => {
        if (current) {
            current.panel.reveal(vscode.ViewColumn.Beside, true);
            return;
        }
        const panel = vscode.window.createWebviewPanel('align.preview', 'Align Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
            enableScripts: true,
            retainContextWhenHidden: true,
            localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')]
        });
        current = new PreviewPanel(panel, client, context.extensionUri, () => { current = undefined; });
    };
    context.subscriptions.push(
        vscode.commands.registerCommand('align.openPreview', open),
        vscode.workspace.onDidOpenTextDocument(document => {
            if (document.languageId === 'align' && vscode.workspace.getConfiguration('align').get<boolean>('preview.autoOpen')) open();
        })
    );
}
