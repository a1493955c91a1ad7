// Read-only views of Align's answers ("Compare with…", "Who decides…?"): Markdown held in a
// virtual document and shown by VS Code's own Markdown preview, so tables and links render,
// nothing is left dirty, and closing never asks to save. Each view is a document of its own,
// named for what it shows; showing the same name again replaces its content.
import * as vscode from 'vscode';

/** The URI scheme of the views' virtual documents. */
export const VIEW_SCHEME = 'align-view';

/** Built-in command that shows a Markdown document's preview beside the editor. */
const SHOW_PREVIEW_TO_SIDE = 'markdown.showPreviewToSide';

class ViewContents implements vscode.TextDocumentContentProvider {
    private readonly texts = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changed.event;

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.texts.get(uri.toString()) ?? '';
    }

    set(uri: vscode.Uri, text: string): void {
        this.texts.set(uri.toString(), text);
        this.changed.fire(uri);
    }

    dispose(): void {
        this.changed.dispose();
    }
}

const contents = new ViewContents();

/** Registers the views' content provider; call once at activation. */
export function registerMarkdownViews(): vscode.Disposable {
    return vscode.Disposable.from(vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, contents), contents);
}

/** The URI of the view called `title` (a file name is made of it, so the tab says what it shows). */
export function viewUri(title: string): vscode.Uri {
    // Slashes would make folders of the title; a file name keeps the rest as it is.
    return vscode.Uri.from({ scheme: VIEW_SCHEME, path: `/${title.replace(/[/\\]/g, '∕')}.md` });
}

/** Shows `markdown` as the rendered, read-only view `title`, beside the editor. */
export async function showMarkdownView(title: string, markdown: string): Promise<vscode.Uri> {
    const uri = viewUri(title);
    contents.set(uri, markdown);
    try {
        await vscode.commands.executeCommand(SHOW_PREVIEW_TO_SIDE, uri);
    } catch {
        // Without the built-in Markdown extension: the text itself, still read-only and never dirty.
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    }
    return uri;
}
