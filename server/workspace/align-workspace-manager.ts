// The editor's workspace as projects (spec §6): configs are found before any file is loaded,
// excluded files are not loaded, the first build validates every file (so the Problems panel
// is complete before anything is opened), and a config created, edited or deleted while the
// editor is open re-forms the projects and rebuilds.
import { DefaultWorkspaceManager, toDiagnosticSeverity, URI, UriUtils, type FileSystemNode, type LangiumDocument, type WorkspaceFolder } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { docsUrl } from '../../language/validation/code-docs.js';
import type { AlignProjects } from '../../language/workspace/projects.js';
import { CONFIG_ERROR_CODE, locateConfigProblems } from '../../language/workspace/config-diagnostics.js';
import type { AlignSharedServices } from '../align-services.js';

export class AlignWorkspaceManager extends DefaultWorkspaceManager {
    private readonly shared: LangiumSharedServices;
    private publishedConfigs = new Set<string>();

    constructor(services: AlignSharedServices) {
        super(services);
        this.shared = services;
        this.projects = services.align.Projects;
        this.initialBuildOptions = { validation: true };
    }

    private readonly projects: AlignProjects;

    protected override async loadAdditionalDocuments(folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        await this.discover(folders);
        return super.loadAdditionalDocuments(folders, collector);
    }

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (!super.shouldIncludeEntry(entry)) return false;
        return entry.isDirectory || !this.projects.isExcluded(entry.uri);
    }

    /** Re-reads every config and brings the loaded documents in line with the new projects. */
    async reloadProjects(): Promise<{ changed: URI[]; deleted: URI[] }> {
        const folders = this.folders ?? [];
        await this.discover(folders);
        const wanted: URI[] = [];
        for (const folder of folders) wanted.push(...(await this.searchFolder(URI.parse(folder.uri))));
        const documents = this.shared.workspace.LangiumDocuments;
        const open = new Set(this.shared.workspace.TextDocuments?.all().map(document => document.uri) ?? []);
        const deleted = documents.all
            .map(document => document.uri)
            .filter(uri => this.projects.isExcluded(uri) && !open.has(uri.toString()))
            .toArray();
        for (const uri of wanted) {
            // getOrCreateDocument adds a new document to the collection itself.
            if (!documents.hasDocument(uri)) await documents.getOrCreateDocument(uri);
        }
        const gone = new Set(deleted.map(uri => uri.toString()));
        const changed = documents.all
            .map(document => document.uri)
            .filter(uri => !gone.has(uri.toString()))
            .toArray();
        return { changed, deleted };
    }

    private async discover(folders: WorkspaceFolder[]): Promise<void> {
        await this.projects.discover(folders.map(folder => URI.parse(folder.uri)));
        this.publishConfigProblems();
    }

    /** `config-invalid` lives in align.config.json, which is not a Langium document: published here. */
    private publishConfigProblems(): void {
        const connection: Connection | undefined = this.shared.lsp.Connection;
        if (!connection) return;
        const now = new Set<string>();
        for (const project of this.projects.configuredProjects()) {
            const uri = project.configUri!.toString();
            now.add(uri);
            const diagnostics: Diagnostic[] = locateConfigProblems(project).map(problem => ({
                range: problem.range,
                severity: toDiagnosticSeverity('error'),
                code: CONFIG_ERROR_CODE,
                codeDescription: { href: docsUrl(CONFIG_ERROR_CODE) },
                source: 'align',
                message: problem.message
            }));
            void connection.sendDiagnostics({ uri, diagnostics });
        }
        for (const uri of this.publishedConfigs) {
            if (!now.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
        }
        this.publishedConfigs = now;
    }
}

/** True when a watched-file change is a project config. */
export function isConfigChange(uri: string): boolean {
    return UriUtils.basename(URI.parse(uri)) === 'align.config.json';
}
