// "Align: Who decides…?": pick the domains a decision would affect, from the project of the
// active editor, and hear who decides it and why — the editor's `align who-decides`.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { Commands, DomainsRequest, WhoDecidesRequest, type DomainSummary, type WhoDecidesResult } from '../language/protocol.js';
import { alignDocumentUri } from './align-editor.js';

/** Registers the "Who decides…?" command. */
export function registerWhoDecidesCommand(client: LanguageClient): vscode.Disposable {
    return vscode.commands.registerCommand(Commands.whoDecides, async () => {
        const uri = alignDocumentUri();
        if (!uri) {
            void vscode.window.showInformationMessage('Open an .align file first: "Who decides…?" asks about the domains of its project.');
            return;
        }
        try {
            const domains = await client.sendRequest(DomainsRequest, { uri });
            if (domains.length === 0) {
                void vscode.window.showInformationMessage('This project declares no domain yet: add a `domain` with an `owner` first.');
                return;
            }
            const picked = await vscode.window.showQuickPick(domains.map(toItem), {
                canPickMany: true,
                title: 'Who decides…?',
                placeHolder: 'Pick the domains a decision affects, then press Enter'
            });
            if (!picked || picked.length === 0) return;
            const names = picked.map(item => item.label);
            const answer = await client.sendRequest(WhoDecidesRequest, { uri, domains: names });
            void vscode.window.showInformationMessage(whoDecidesMessage(names, answer));
        } catch (error) {
            void vscode.window.showErrorMessage(`Who decides…? failed: ${error instanceof Error ? error.message : String(error)}`);
        }
    });
}

/** "Who decides on UserExperience and Architecture? Triage within 48 hours, by rule …". */
export function whoDecidesMessage(domains: string[], answer: WhoDecidesResult): string {
    const listed = domains.length === 1 ? domains[0] : `${domains.slice(0, -1).join(', ')} and ${domains[domains.length - 1]}`;
    return `Who decides on ${listed}? ${answer.explanation}`;
}


function toItem(domain: DomainSummary): vscode.QuickPickItem {
    return { label: domain.name, description: domain.title, detail: domain.owner ? `owner ${domain.owner}` : 'no single owner' };
}
