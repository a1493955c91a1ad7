// `config-invalid` (spec §6): a problem in align.config.json, reported in that file.
import type { Project } from './projects.js';

/** The stable code of a problem in a project's config file. */
export const CONFIG_ERROR_CODE = 'config-invalid';

/** A config problem located by line and character (0-based), ready for LSP or CLI output. */
export interface LocatedConfigProblem {
    uri: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    message: string;
}

/** The problems of a project's config with their positions in the config text. */
export function locateConfigProblems(project: Project): LocatedConfigProblem[] {
    const text = project.configText ?? '';
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const position = (offset: number) => {
        // Binary search: a config with thousands of problems must not cost problems × lines.
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (lineStarts[middle] <= offset) low = middle;
            else high = middle - 1;
        }
        return { line: low, character: offset - lineStarts[low] };
    };
    return project.problems.map(problem => ({
        uri: project.configUri!.toString(),
        range: { start: position(problem.offset), end: position(problem.offset + problem.length) },
        message: problem.message
    }));
}
