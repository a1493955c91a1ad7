// Builds a workspace from texts held in memory (a project as it was at a git revision), the
// same way loadWorkspace builds one from disk: the same projects (spec §6), excludes and
// validation. The files keep their working-tree paths, so both versions name them alike.
import { dirname, resolve } from 'node:path';
import { URI } from 'langium';
import { createAlignCoreServices } from '../language/align-module.js';
import { MemoryFileSystem } from '../language/workspace/memory-file-system.js';
import { buildFiles, type LoadedWorkspace } from './load-workspace.js';

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
    return buildFiles({ shared, Align }, files, file => texts.get(file)!);
}
