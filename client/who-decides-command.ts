// "Align: Who decides…?": pick the domains a decision would affect, from the project of the
// active editor, and hear who decides it and why — the editor's `align who-decides`.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { Commands, DomainsRequest, WhoDecidesRequest, type DomainSummary, type WhoDecidesResult } from '../language/protocol.js';
import { joinNames } from '../language/text/listing.js';
import { escapeMarkdown } from '../language/text/markdown.js';
import { alignDocumentUri } from './align-editor.js';
import { showMarkdownView } from './markdown-view.js';

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
            const answer = await client.sendRequest(WhoDecidesRequest, { uri, domains: names, forView: true });
            await showMarkdownView(`Who decides on ${joinNames(names)}`, whoDecidesMarkdown(names, answer));
        } catch (error) {
            void vscode.window.showErrorMessage(`Who decides…? failed: ${error instanceof Error ? error.message : String(error)}`);
        }
    });
}

/** The view's page: the question, the whole answer, the step, and links to the declarations it names. */
export function whoDecidesMarkdown(domains: string[], answer: WhoDecidesResult): string {
    const lines = [`# Who decides on ${joinNames(domains)}?`, '', escapeMarkdown(answer.explanation), ''];
    const facts: Array<[string, string | null]> = [
        ['Decides', answer.decider === null ? 'no one' : `${answer.decider} (${answer.kind})`],
        ['Step of the resolution order', answer.stepText ?? answer.step],
        ['Rule', answer.rule],
        ['Time to decide', answer.sla]
    ];
    lines.push('| | |', '|---|---|', ...facts.filter(([, value]) => value !== null).map(([label, value]) => `| ${label} | ${escapeMarkdown(value!)} |`), '');
    if (answer.declarations && answer.declarations.length > 0) {
        lines.push('## Declarations', '');
        for (const place of answer.declarations) {
            const file = vscode.Uri.parse(place.uri);
            const where = `${escapeMarkdown(vscode.workspace.asRelativePath(file))}:${place.line + 1}`;
            const link = declarationLink(file, place.line);
            lines.push(`- ${link ? `[${escapeMarkdown(place.name)}](${link})` : escapeMarkdown(place.name)} — ${place.role}, ${place.kind}, ${where}`);
        }
        lines.push('');
    }
    return lines.join('\n');
}

// The Markdown preview renders no `file:` link; it does render the editor's own URL scheme
// (`vscode://file/PATH:LINE`), which opens the file at the line. Other products (code-server's
// `code-oss`) get the place as text.
/** A link the Markdown preview renders and the editor opens at the declaration, if this editor has one. */
function declarationLink(file: vscode.Uri, line: number): string | undefined {
    const scheme = vscode.env.uriScheme;
    if (file.scheme !== 'file' || (scheme !== 'vscode' && scheme !== 'vscode-insiders')) return undefined;
    const path = file.fsPath.replace(/\\/g, '/');
    // Markdown ends a link at an unbalanced parenthesis: those are escaped with the rest.
    return `${scheme}://file${encodeURI(path.startsWith('/') ? path : `/${path}`).replace(/[()]/g, c => encodeURIComponent(c))}:${line + 1}`;
}

function toItem(domain: DomainSummary): vscode.QuickPickItem {
    return { label: domain.name, description: domain.title, detail: domain.owner ? `owner ${domain.owner}` : 'no single owner' };
}
