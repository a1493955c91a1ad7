// `align diff` (spec §10): the semantic difference in alignment between two versions of the
// projects under the paths: the files at a git revision (`--base REV`) against the working
// tree, or an old folder against a new one. Exit 0, or 1 with --fail-on-new-errors when an
// error appeared; 2 on bad usage, an unknown revision or a missing git.
import { relative, resolve } from 'node:path';
import { URI } from 'langium';
import type { AlignmentModel } from '../../language/model/alignment-model.js';
import { buildAlignmentModel } from '../../language/model/build-model.js';
import { diffModels } from '../../language/model/drift.js';
import { driftJson, formatDriftMarkdown, formatDriftText, reportNewErrors, type DriftReport } from '../../language/model/drift-report.js';
import type { Project } from '../../language/workspace/projects.js';
import { readAtRevision } from '../../host/git-source.js';
import { loadWorkspace, type LoadedWorkspace } from '../../host/load-workspace.js';
import { displayPath, formatJson } from '../output.js';
import { loadWorkspaceFromTexts } from '../../host/text-workspace.js';
import { ExitCode, UsageError } from '../../host/usage-error.js';
import { parseFormat } from './check.js';
import { checkToday } from '../options.js';

const FORMATS = ['text', 'markdown', 'json'] as const;

export interface DiffOptions {
    base?: string;
    format: string;
    failOnNewErrors?: boolean;
    today?: string;
}

/** One version: its workspace and the folder its project roots are compared relative to. */
interface Version {
    workspace: LoadedWorkspace;
    base: string;
}

/** The drift of the projects under `paths` since a git revision, or between two folders: what `--format json` prints. */
export async function driftReportOf(paths: string[], options: Pick<DiffOptions, 'base' | 'today'>): Promise<DriftReport> {
    const { before, after, labels } =
        options.base !== undefined ? await revisionVersions(options.base, paths, options.today) : await folderVersions(paths, options.today);
    return { ...labels, projects: pairProjects(before, after) };
}

/** Runs `align diff` and returns the exit status. */
export async function runDiff(paths: string[], options: DiffOptions): Promise<number> {
    const format = parseFormat(options.format, [...FORMATS]);
    checkToday(options.today);
    const report = await driftReportOf(paths, options);
    const fileOf = (uri: string) => displayPath(URI.parse(uri).fsPath);
    switch (format) {
        case 'json':
            process.stdout.write(formatJson(driftJson(report, { fileOf })));
            break;
        case 'markdown':
            process.stdout.write(formatDriftMarkdown(report, { fileOf }));
            break;
        case 'text':
            process.stdout.write(formatDriftText(report, { fileOf }));
            break;
    }
    return options.failOnNewErrors && reportNewErrors(report) > 0 ? ExitCode.Errors : ExitCode.Ok;
}

/** The files at the revision against the working tree, at the same paths. */
async function revisionVersions(revision: string, paths: string[], today: string | undefined) {
    // Git first: an unknown revision or a missing git is reported before any parsing.
    const texts = await readAtRevision(revision, paths);
    const given = paths.length > 0 ? paths : ['.'];
    const before = await loadWorkspaceFromTexts(texts, given, { today });
    const after = await loadWorkspace(given, { today });
    // Both versions hold the same paths, so a project is the same project where its root is.
    return { before: { workspace: before, base: '/' }, after: { workspace: after, base: '/' }, labels: { before: revision, after: 'working tree' } };
}

/** `OLD-PATH [NEW-PATH]`: an old copy of the projects against the current ones (default: the current folder). */
async function folderVersions(paths: string[], today: string | undefined) {
    if (paths.length === 0 || paths.length > 2) {
        throw new UsageError(
            `align diff compares two versions: give --base REV, or an old folder and optionally a new one (align diff OLD-PATH [NEW-PATH]), not ${paths.length} paths`
        );
    }
    const [oldPath, newPath = '.'] = paths;
    const before = await loadWorkspace([oldPath], { today });
    const after = await loadWorkspace([newPath], { today });
    return {
        before: { workspace: before, base: resolve(oldPath) },
        after: { workspace: after, base: resolve(newPath) },
        labels: { before: oldPath, after: newPath }
    };
}

/**
 * Pairs each project of the newer version with the older one: by where its root lies under
 * the compared folder, or simply the one with the one when each version has a single project.
 * A project only one version has is compared with an empty one (all added or all removed).
 */
function pairProjects(before: Version, after: Version): DriftReport['projects'] {
    const keyed = (version: Version) => new Map(version.workspace.projects.map(project => [relative(version.base, project.root.fsPath), project] as const));
    const old = keyed(before);
    const now = keyed(after);
    const single = old.size === 1 && now.size === 1;
    const pairs: Array<[Project | undefined, Project | undefined]> = single
        ? [[[...old.values()][0], [...now.values()][0]]]
        : [...new Set([...now.keys(), ...old.keys()])].sort().map(key => [old.get(key), now.get(key)]);
    return pairs.map(([a, b]) => {
        const name = a && b && a.name !== b.name ? `${a.name} → ${b.name}` : (b ?? a)!.name;
        return { project: name, drift: diffModels(modelOf(before.workspace, a), modelOf(after.workspace, b)) };
    });
}

function modelOf(workspace: LoadedWorkspace, project: Project | undefined): AlignmentModel {
    return project ? workspace.services.align.AlignmentModel.modelOfProject(project) : buildAlignmentModel([]);
}
