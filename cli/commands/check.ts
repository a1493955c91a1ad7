// `align check`: validates a workspace; exit 0 without errors, 1 with at least one, whatever the format.
import { loadWorkspace } from '../../host/load-workspace.js';
import { INTERNAL_ERROR_CODE } from '../../language/validation/internal-error.js';
import { formatGithub } from '../formats/github.js';
import { toSarif } from '../formats/sarif.js';
import type { LangiumDocument } from 'langium';
import { collectDiagnostics, configFindings, escapeControls, formatJson, formatText, toJsonRecord, type Finding } from '../output.js';
import { ExitCode, UsageError } from '../../host/usage-error.js';
import { checkToday } from '../options.js';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type CheckFormat = (typeof FORMATS)[number];

export interface CheckOptions {
    format: string;
    today?: string;
    showWaived?: boolean;
}

/** Runs `align check` and returns the exit status. */
export async function runCheck(paths: string[], options: CheckOptions): Promise<number> {
    const format = parseFormat<CheckFormat>(options.format, [...FORMATS]);
    checkToday(options.today);
    const { documents, services, projects } = await loadWorkspace(paths, { today: options.today });
    const projectOf = (document: LangiumDocument) => services.align.Projects.projectOf(document.uri);
    const records = [...configFindings(projects), ...collectDiagnostics(documents, document => projectOf(document).name, { waived: options.showWaived })];
    const perProject = projects.map(project => ({ name: project.name, files: documents.filter(d => projectOf(d).id === project.id).length }));
    process.stdout.write(render(format, records, documents.length, perProject));
    // A check that failed inside Align leaves the findings incomplete: neither "clean" nor "has errors".
    const failures = records.filter(r => r.code === INTERNAL_ERROR_CODE);
    for (const failure of failures) {
        process.stderr.write(`align: internal error while checking ${escapeControls(failure.file)}:${failure.line}: ${escapeControls(failure.message)}\n`);
    }
    return exitStatusOf(records);
}

function render(format: CheckFormat, records: Finding[], fileCount: number, projects: Array<{ name: string; files: number }>): string {
    switch (format) {
        case 'json':
            return formatJson(records.map(toJsonRecord));
        case 'sarif':
            return formatJson(toSarif(records));
        // A workflow annotation has no way to say "accepted": waived findings are not annotated.
        case 'github':
            return formatGithub(records.filter(r => !r.waived));
        case 'text':
            return formatText(records, fileCount, process.stdout.isTTY === true && !process.env.NO_COLOR, projects);
    }
}

/** 2 when Align failed while checking (the report is incomplete), else 1 with an error, else 0. */
export function exitStatusOf(records: Array<{ code: string; severity: string; waived?: boolean }>): number {
    if (records.some(r => r.code === INTERNAL_ERROR_CODE)) return ExitCode.Usage;
    return records.some(r => r.severity === 'error' && !r.waived) ? ExitCode.Errors : ExitCode.Ok;
}

/** Checks a `--format` value against the allowed ones. */
export function parseFormat<T extends string>(value: string, allowed: T[]): T {
    if (!allowed.includes(value as T)) {
        throw new UsageError(`--format must be one of ${allowed.join(', ')}, not '${value}'`);
    }
    return value as T;
}
