// Builds a workspace from texts held in memory (a project as it was at a git revision), the
// same way loadWorkspace builds one from disk: the same projects (spec §6), excludes and
// validation. The files keep their working-tree paths, so both versions name them alike.
import { dirname, resolve } from 'node:path';
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { createAlignCoreServices } from '../language/align-module.js';
import type { LoadedWorkspace } from './load-workspace.js';

/** Files under their URI strings; folders are implied by the file paths, as on disk. */
class MemoryFileSystem implements FileSystemProvider {
    private readonly files: Map<string, string>;

    constructor(files: Map<string, string>) {
        this.files = files;
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readFileSync(uri: URI): string {
        const text = this.files.get(uri.toString());
        if (text === undefined) throw new Error(`no file ${uri.toString()}`);
        return text;
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.files.has(uri.toString()) || this.readDirectorySync(uri).length > 0;
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        const isFile = this.files.has(uri.toString());
        if (!isFile && this.readDirectorySync(uri).length === 0) throw new Error(`no file or folder ${uri.toString()}`);
        return { uri, isFile, isDirectory: !isFile };
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    readDirectorySync(folder: URI): FileSystemNode[] {
        const prefix = folder.toString().replace(/\/?$/, '/');
        const children = new Map<string, boolean>();
        for (const file of this.files.keys()) {
            if (!file.startsWith(prefix)) continue;
            const [first, ...rest] = file.slice(prefix.length).split('/');
            children.set(prefix + first, rest.length === 0 || children.get(prefix + first) === true);
        }
        return [...children].map(([uri, isFile]) => ({ uri: URI.parse(uri), isFile, isDirectory: !isFile }));
    }

    async readDirectory(folder: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(folder);
    }
}

export interface TextWorkspaceOptions {
    /** The date every time-based rule uses (`--today`); else each project's config, else the clock. */
    today?: string;
    /** Whether `decision-overdue` is reported (the editor's setting); default yes. */
    reportOverdue?: boolean;
}

// `texts` maps absolute paths to texts; config files among them are read by project discovery,
// not parsed. `paths` are the folders or files given, as loadWorkspace takes them.
/** Parses, links and validates in-memory `.align` texts as the projects under `paths`. */
export async function loadWorkspaceFromTexts(texts: Map<string, string>, paths: string[], options: TextWorkspaceOptions = {}): Promise<LoadedWorkspace> {
    const byUri = new Map([...texts].map(([path, text]) => [URI.file(path).toString(), text]));
    const memory = new MemoryFileSystem(byUri);
    const { shared, Align } = createAlignCoreServices({ fileSystemProvider: () => memory });
    Align.align.ValidationOptions.today = options.today;
    Align.align.ValidationOptions.reportOverdue = options.reportOverdue ?? true;
    const projects = Align.align.Projects;
    const given = (paths.length > 0 ? paths : ['.']).map(path => resolve(path));
    // A given path that is one of the files stands for its folder's project, as on disk.
    const folders = given.map(path => URI.file(texts.has(path) ? dirname(path) : path));
    await projects.discover(folders, true);
    const named = new Set(given);
    // The caller chose which files to give (skipped folders are its business); excludes apply here.
    const files = [...texts.keys()]
        .filter(path => path.endsWith('.align'))
        .filter(path => named.has(path) || !projects.isExcluded(URI.file(path)))
        .sort();
    const documents = files.map(file => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(texts.get(file)!, URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const used = new Map(documents.map(document => {
        const project = projects.projectOf(document.uri);
        return [project.id, project] as const;
    }));
    const ordered = [...used.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return { services: Align, documents, files, projects: ordered };
}
