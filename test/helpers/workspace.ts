// Builds an in-memory workspace of `.align` files for tests: every file is one document of
// the same workspace, exactly as the editor and the CLI see them.
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createAlignCoreServices, type AlignCoreServices } from '../../language/align-module.js';
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import { CONFIG_ERROR_CODE, locateConfigProblems } from '../../language/workspace/config-diagnostics.js';
import { CONFIG_FILE } from '../../language/workspace/project-config.js';
import { MemoryFileSystem } from '../../language/workspace/memory-file-system.js';

export interface TestWorkspace<S extends AlignCoreServices = AlignCoreServices> {
    services: S;
    documents: Map<string, LangiumDocument>;
    model: AlignmentModel;
    /** Diagnostics of one file (by the name given in `files`). */
    diagnostics(file?: string): Diagnostic[];
    /** Every diagnostic of every file (config problems included), with its file name. */
    all(): Array<Diagnostic & { file: string }>;
    /** The codes of every diagnostic of every file. */
    codes(): string[];
    /** Changes (or creates) a file and rebuilds the workspace, as the editor does on a save. */
    setFile(file: string, text: string): Promise<void>;
    /** Changes a file's text without rebuilding, as the editor's buffer changes before an update runs. */
    stage(file: string, text: string): void;
    /** The URI of a file of the workspace. */
    uriOf(file: string): URI;
    /** Deletes a file and rebuilds the workspace. */
    deleteFile(file: string): Promise<void>;
    /** The document of a file (the first one by default). */
    document(file?: string): LangiumDocument;
}

/** How a test makes its services: the core set (the CLI's) or the language server's. */
export type ServiceFactory<S extends AlignCoreServices> = (context: { fileSystemProvider: () => MemoryFileSystem }) => {
    shared: S['shared'];
    Align: S;
};

export interface WorkspaceOptions {
    /** The run-wide date (2026-11-24 unless given); null leaves each project's own `today`. */
    today?: string | null;
    reportOverdue?: boolean;
}

/** Parses, links and validates the given files (name → text) as one workspace, with the CLI's services. */
export function buildWorkspace(files: Record<string, string> | string, options: WorkspaceOptions = {}): Promise<TestWorkspace> {
    return buildWorkspaceWith(createAlignCoreServices, files, options);
}

/** The same workspace with the services `create` makes: the one builder behind every test workspace. */
export async function buildWorkspaceWith<S extends AlignCoreServices>(
    create: ServiceFactory<S>,
    files: Record<string, string> | string,
    options: WorkspaceOptions = {}
): Promise<TestWorkspace<S>> {
    const memory = new MemoryFileSystem();
    const { shared, Align } = create({ fileSystemProvider: () => memory });
    const uriOf = (name: string) => URI.file(`/workspace/${name}`);
    // null: no run-wide date, so each project's `today` (or the clock) applies.
    Align.align.ValidationOptions.today = options.today === null ? undefined : (options.today ?? '2026-11-24');
    Align.align.ValidationOptions.reportOverdue = options.reportOverdue ?? true;
    const given = typeof files === 'string' ? [['main.align', files] as const] : Object.entries(files);
    // Config files are read by project discovery and other files (decision records) by whoever
    // needs them: only .align files are parsed as documents.
    const entries = given.filter(([name]) => !name.endsWith(CONFIG_FILE) && !/\.(md|markdown|txt)$/i.test(name));
    for (const [name, text] of given) memory.files.set(uriOf(name).toString(), text);
    await Align.align.Projects.discover([URI.file('/workspace')]);
    const documents = new Map<string, LangiumDocument>();
    for (const [name, text] of entries) {
        memory.files.set(uriOf(name).toString(), text);
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uriOf(name));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    const first = entries[0]?.[0] ?? 'main.align';
    const diagnostics = (file = first) => documents.get(file)?.diagnostics ?? [];
    const configDiagnostics = () =>
        Align.align.Projects.configuredProjects().flatMap(project =>
            locateConfigProblems(project).map(problem => ({
                range: problem.range,
                severity: 1 as const,
                code: CONFIG_ERROR_CODE,
                message: problem.message,
                source: 'align',
                file: problem.uri.slice(URI.file('/workspace/').toString().length)
            }))
        );
    const all = () => [...configDiagnostics(), ...[...documents.entries()].flatMap(([file, doc]) => (doc.diagnostics ?? []).map(d => ({ ...d, file })))];
    return {
        services: Align,
        documents,
        get model() {
            return Align.align.AlignmentModel.model;
        },
        diagnostics,
        all,
        codes: () => all().map(d => String(d.code)),
        async setFile(file, text) {
            memory.files.set(uriOf(file).toString(), text);
            // A new file is added as the editor's file watcher would add it.
            if (!shared.workspace.LangiumDocuments.hasDocument(uriOf(file))) {
                shared.workspace.LangiumDocuments.addDocument(shared.workspace.LangiumDocumentFactory.fromString(text, uriOf(file)));
            }
            await shared.workspace.DocumentBuilder.update([uriOf(file)], []);
            documents.set(file, shared.workspace.LangiumDocuments.getDocument(uriOf(file))!);
        },
        stage(file, text) {
            memory.files.set(uriOf(file).toString(), text);
        },
        uriOf,
        document: (file = first) => documents.get(file)!,
        async deleteFile(file) {
            memory.files.delete(uriOf(file).toString());
            documents.delete(file);
            await shared.workspace.DocumentBuilder.update([], [uriOf(file)]);
        }
    };
}
