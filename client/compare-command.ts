// "Align: Compare with…": asks for a git revision and shows how the alignment of the active
// editor's project drifted since then (spec §10) — the editor's `align diff --base REV`, as
// the same Markdown report, rendered read-only beside the editor (client/markdown-view.ts).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { Commands, CompareRequest } from '../language/protocol.js';
import { alignDocumentUri } from './align-editor.js';
import { showMarkdownView } from './markdown-view.js';

/** The revision offered first: the last commit. */
const DEFAULT_REVISION = 'HEAD';

/** Registers the "Compare with…" command. */
export function registerCompareCommand(client: LanguageClient): vscode.Disposable {
    return vscode.commands.registerCommand(Commands.compareWith, async () => {
        const uri = alignDocumentUri();
        if (!uri) {
            void vscode.window.showInformationMessage('Open an .align file first: "Compare with…" compares the project it belongs to.');
            return;
        }
        const base = await vscode.window.showInputBox({
            title: 'Compare with…',
            prompt: 'The git revision to compare the project with (a commit, branch or tag)',
            value: DEFAULT_REVISION,
            validateInput: value => (value.trim() === '' ? 'Give a revision, e.g. HEAD, HEAD~3 or origin/main' : undefined)
        });
        if (base === undefined) return;
        try {
            const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Comparing with ${base.trim()}…` }, () =>
                client.sendRequest(CompareRequest, { uri, base: base.trim() })
            );
            await showMarkdownView(`Alignment drift of ${result.project} since ${base.trim()}`, result.markdown);
        } catch (error) {
            void vscode.window.showErrorMessage(`Compare with… failed: ${error instanceof Error ? error.message : String(error)}`);
        }
    });
}
