// What the workspace holds when the editor closes a document without saving it: the file as
// it is on disk, or nothing if it was never saved. Langium keeps the unsaved text, so other
// files went on reporting errors against declarations that exist only in a discarded buffer.
import { URI, UriUtils, type FileSystemProvider } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import { FileChangeType, type DidChangeWatchedFilesParams, type FileEvent, type TextDocumentChangeEvent } from 'vscode-languageserver';
import type { AlignSharedServices } from '../align-services.js';
import { CONFIG_FILE } from '../../language/workspace/project-config.js';
import { isSkippedFolder, type AlignProjects } from '../../language/workspace/projects.js';
import { isConfigChange, type AlignWorkspaceManager } from './align-workspace-manager.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class AlignDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;
    private readonly projects: AlignProjects;

    constructor(services: AlignSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
        this.projects = services.align.Projects;
    }

    /**
     * A changed align.config.json re-forms the projects and rebuilds every document; so does a
     * folder created or deleted with a config inside it, which the editor's watcher may report
     * as one event for the folder alone.
     */
    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        void Promise.all(params.changes.map(change => this.movesProjects(change))).then(moves => {
            if (moves.some(Boolean)) this.reloadProjects();
            else super.didChangeWatchedFiles(params);
        });
    }

    private async movesProjects(change: FileEvent): Promise<boolean> {
        if (isConfigChange(change.uri)) return true;
        const uri = URI.parse(change.uri);
        if (uri.path.endsWith('.align') || change.type === FileChangeType.Changed) return false;
        if (change.type === FileChangeType.Deleted) {
            const folder = uri.path.replace(/\/?$/, '/');
            return this.projects.configuredProjects().some(project => project.root.path.replace(/\/?$/, '/').startsWith(folder));
        }
        return this.holdsConfig(uri, 6);
    }

    /** True when a created folder holds align.config.json within a few levels. */
    private async holdsConfig(folder: URI, depth: number): Promise<boolean> {
        if (depth === 0 || isSkippedFolder(UriUtils.basename(folder))) return false;
        const entries = await this.fileSystem.readDirectory(folder).catch(() => []);
        for (const entry of entries) {
            // A symlinked config counts, as in project discovery.
            if (!entry.isDirectory && UriUtils.basename(entry.uri) === CONFIG_FILE) return true;
            if (entry.isDirectory && (await this.holdsConfig(entry.uri, depth - 1))) return true;
        }
        return false;
    }

    private reloadProjects(): void {
        const manager = this.workspaceManager as AlignWorkspaceManager;
        void this.workspaceManager.ready
            .then(() =>
                this.workspaceLock.write(async token => {
                    const { changed, deleted } = await manager.reloadProjects();
                    await this.documentBuilder.update(changed, deleted, token);
                })
            )
            .catch(error => console.error('Align: could not reload the projects:', error));
    }

    /** Reloads a closed document from disk, or drops it when there is no file behind it. */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        const onDisk = uri.scheme === 'file' ? this.fileSystem.exists(uri).catch(() => false) : Promise.resolve(false);
        void onDisk.then(exists => (exists ? this.fireDocumentUpdate([uri], []) : this.fireDocumentUpdate([], [uri])));
    }
}
