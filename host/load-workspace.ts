// Loads the given `.align` files and builds them (parse, link, validate) as the projects
// they belong to (spec §6): each project is its own namespace and model.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createAlignCoreServices, type AlignCoreServices } from '../language/align-module.js';
import type { AlignProjects, Project } from '../language/workspace/projects.js';
import { findAlignFiles } from './find-files.js';
import { UsageError } from './usage-error.js';
import { isFolder } from './paths.js';

export interface LoadedWorkspace {
    services: AlignCoreServices;
    documents: LangiumDocument[];
    /** The absolute paths of the files read, one per document. */
    files: string[];
    /** The projects that hold at least one of the files, in path order. */
    projects: Project[];
}

/** Reads, parses, links and validates every `.align` file under the given paths. */
export async function loadWorkspace(paths: string[], options: { today?: string } = {}): Promise<LoadedWorkspace> {
    const { shared, Align } = createAlignCoreServices(NodeFileSystem);
    Align.align.ValidationOptions.today = options.today;
    const projects = Align.align.Projects;
    const files = await projectFiles(paths, projects);
    return buildFiles({ shared, Align }, files, file => {
        try {
            // Editors hide a byte order mark; left in, it would shift every column of line 1 by one.
            return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
        } catch (error) {
            throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
        }
    });
}

/** Parses, links and validates the files with the given services, whichever store their text comes from. */
export async function buildFiles(
    services: ReturnType<typeof createAlignCoreServices>,
    files: string[],
    textOf: (file: string) => string
): Promise<LoadedWorkspace> {
    const { shared, Align } = services;
    const documents = files.map(file => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(textOf(file), URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const projects = Align.align.Projects;
    const used = new Map(
        documents.map(document => {
            const project = projects.projectOf(document.uri);
            return [project.id, project] as const;
        })
    );
    const ordered = [...used.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { services: Align, documents, files, projects: ordered };
}

/**
 * The `.align` files under the paths, with the projects they belong to discovered: a folder's
 * files matched by its project's `exclude` are skipped; a file named on the command line is
 * always read.
 */
export async function projectFiles(paths: string[], projects: AlignProjects): Promise<string[]> {
    const given = paths.length > 0 ? paths : ['.'];
    const found = findAlignFiles(paths);
    const folders = given.map(path => resolve(path)).map(path => (isFolder(path) ? path : dirname(path)));
    await projects.discover(
        folders.map(folder => URI.file(folder)),
        true
    );
    const named = new Set(given.map(path => resolve(path)));
    return found.filter(file => named.has(file) || !projects.isExcluded(URI.file(file)));
}

/** The one project a single-project command (who-decides, diagram) works on; several is a usage error. */
export function onlyProject(workspace: LoadedWorkspace): Project {
    if (workspace.projects.length !== 1) {
        const names = workspace.projects.map(project => project.name).join(', ');
        throw new UsageError(`the paths hold ${workspace.projects.length} projects (${names}); give the files or folder of one of them`);
    }
    return workspace.projects[0];
}
