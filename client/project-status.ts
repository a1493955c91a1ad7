// What the language status item says about a project: pure, so it reads the same in tests.
import type { ProjectStatus } from '../language/protocol.js';

export type StatusSeverity = 'error' | 'warning' | 'information';

export interface StatusText {
    text: string;
    detail: string;
    severity: StatusSeverity;
}

/** The project holding a document: the deepest root containing it, as the server decides (spec §6). */
export function projectFor(uri: string, projects: readonly ProjectStatus[]): ProjectStatus | undefined {
    let best: ProjectStatus | undefined;
    for (const project of projects) {
        const root = project.root.endsWith('/') ? project.root : `${project.root}/`;
        if (uri.startsWith(root) && (!best || project.root.length > best.root.length)) best = project;
    }
    return best;
}

/** `patient-portal · 4 files`, `2 errors, 1 warning`, and how alarming that is. */
export function describeProject(project: ProjectStatus): StatusText {
    const detail = project.errors === 0 && project.warnings === 0 ? 'no problems' : `${count(project.errors, 'error')}, ${count(project.warnings, 'warning')}`;
    const severity: StatusSeverity = project.errors > 0 ? 'error' : project.warnings > 0 ? 'warning' : 'information';
    return { text: `${project.name} · ${count(project.files, 'file')}`, detail, severity };
}

function count(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
