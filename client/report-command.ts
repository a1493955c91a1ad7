// "Align: Show Report": the report `align report` writes (spec §11), of the active editor's
// project, in a webview beside the editor, with "Save as HTML…" in its toolbar. The page runs
// nothing of its own: the only script is the toolbar's, allowed by a fresh nonce. While open it
// follows the model (`align/modelChanged`), as the preview does, keeping its scroll position.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { Commands, REPORT_VIEW_TYPE, ReportRequest, type FromReportWebview, type ReportResult } from '../language/protocol.js';
import { webviewReportHtml } from './report-webview-chrome.js';
import { alignDocumentUri } from './align-editor.js';
import { modelChanges } from './model-changes.js';

/** The name a saved report gets first, as `align report` names it. */
const DEFAULT_FILE = 'align-report.html';

/** Registers the "Show Report" command; one panel is reused, and follows the model while it is open. */
export function registerReportCommand(client: LanguageClient): vscode.Disposable {
    let panel: vscode.WebviewPanel | undefined;
    let shown: ReportResult | undefined;
    /** The document whose project the panel reports on. */
    let reportedUri: string | undefined;
    /** Set when the model changed while the panel was hidden: it refreshes when shown again. */
    let stale = false;
    let refreshing: Promise<void> | undefined;

    const render = (result: ReportResult) => {
        shown = result;
        panel!.title = `Alignment report: ${result.project}`;
        panel!.webview.html = webviewReportHtml(result.html, randomBytes(16).toString('base64url'));
    };
    // One request at a time; a change meanwhile asks once more after it, a hidden panel when shown.
    const refresh = () => {
        if (!panel || !reportedUri) return;
        stale = true;
        if (!panel.visible || refreshing) return;
        stale = false;
        const uri = reportedUri;
        refreshing = Promise.resolve(client.sendRequest(ReportRequest, { uri }))
            .then(
                result => {
                    if (panel && reportedUri === uri) render(result);
                },
                () => {
                    /* the shown report stays; the next change tries again */
                }
            )
            .finally(() => {
                refreshing = undefined;
                if (stale) refresh();
            });
    };
    const command = vscode.commands.registerCommand(Commands.showReport, async () => {
        const uri = alignDocumentUri();
        if (!uri) {
            void vscode.window.showInformationMessage('Open an .align file first: "Show Report" reports on the project it belongs to.');
            return;
        }
        try {
            const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Building the alignment report…' }, () =>
                client.sendRequest(ReportRequest, { uri })
            );
            if (!panel) {
                const created = (panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, 'Alignment report', vscode.ViewColumn.Beside, {
                    enableScripts: true,
                    localResourceRoots: [],
                    enableFindWidget: true,
                    retainContextWhenHidden: false
                }));
                created.onDidDispose(() => {
                    panel = undefined;
                    shown = undefined;
                    reportedUri = undefined;
                });
                created.onDidChangeViewState(() => {
                    if (created.visible && stale) refresh();
                });
                created.webview.onDidReceiveMessage((message: unknown) => {
                    if (isSave(message) && shown) void saveReport(shown);
                });
            }
            reportedUri = uri;
            render(result);
            panel.reveal(undefined, true);
        } catch (error) {
            void vscode.window.showErrorMessage(`Show Report failed: ${error instanceof Error ? error.message : String(error)}`);
        }
    });
    const changes = modelChanges(client)(() => refresh());
    return new vscode.Disposable(() => {
        command.dispose();
        changes.dispose();
        panel?.dispose();
    });
}

/** The message of the toolbar's button; anything else from the page is ignored. */
function isSave(message: unknown): message is FromReportWebview {
    return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'save';
}

/** Asks where, refuses an .align file, writes the page as `align report` would, and offers to open it. */
async function saveReport(report: ReportResult): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
        filters: { 'HTML page': ['html', 'htm'] },
        defaultUri: folder ? vscode.Uri.joinPath(folder, DEFAULT_FILE) : undefined,
        saveLabel: 'Save Report'
    });
    if (!target) return;
    if (/\.align$/i.test(target.path)) {
        void vscode.window.showErrorMessage('Align: a report is never written over an .align file. Choose another name.');
        return;
    }
    try {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(report.html));
    } catch (error) {
        void vscode.window.showErrorMessage(`Align: could not save the report: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    const name = target.path.split('/').pop() ?? target.path;
    void vscode.window.showInformationMessage(`Saved ${name}`, 'Open in Browser').then(choice => {
        if (choice === 'Open in Browser') void vscode.env.openExternal(target);
    });
}
