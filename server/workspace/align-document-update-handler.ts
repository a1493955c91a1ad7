// What the workspace holds when the editor closes a document without saving it: the file as
// it is on disk, or nothing if it was never saved. Langium keeps the unsaved text, so other
// files went on reporting errors against declarations that exist only in a discarded buffer.
import { URI, type FileSystemProvider } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class AlignDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    /** Reloads a closed document from disk, or drops it when there is no file behind it. */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        const onDisk = uri.scheme === 'file' ? this.fileSystem.exists(uri).catch(() => false) : Promise.resolve(false);
        void onDisk.then(exists => exists ? this.fireDocumentUpdate([uri], []) : this.fireDocumentUpdate([], [uri]));
    }
}
