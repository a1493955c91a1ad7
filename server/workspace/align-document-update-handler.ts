// What the workspace holds when the editor closes a document without saving it: the file as
// it is on disk, or nothing if it was never saved. Langium keeps the unsaved text, so other
// files went on reporting errors against declarations that exist only in a discarded buffer.
import { URI, type FileSystemProvider } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { DidChangeWatchedFilesParams, TextDocumentChangeEvent } from 'vscode-languageserver';
import { isConfigChange, type AlignWorkspaceManager } from './align-workspace-manager.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class AlignDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    /** A changed align.config.json re-forms the projects and rebuilds every document. */
    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        if (!params.changes.some(change => isConfigChange(change.uri))) {
            super.didChangeWatchedFiles(params);
            return;
        }
        const manager = this.workspaceManager as AlignWorkspaceManager;
        void this.workspaceManager.ready.then(() => this.workspaceLock.write(async token => {
            const { changed, deleted } = await manager.reloadProjects();
            await this.documentBuilder.update(changed, deleted, token);
        })).catch(error => console.error('Align: could not reload the projects:', error));
    }

    /** Reloads a closed document from disk, or drops it when there is no file behind it. */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        const onDisk = uri.scheme === 'file' ? this.fileSystem.exists(uri).catch(() => false) : Promise.resolve(false);
        void onDisk.then(exists => exists ? this.fireDocumentUpdate([uri], []) : this.fireDocumentUpdate([], [uri]));
    }
}
