// `align check`: validates a workspace; exit 0 without errors, 1 with at least one.
import { parseDate } from '../../language/model/literals.js';
import { loadWorkspace } from '../load-workspace.js';
import { INTERNAL_ERROR_CODE } from '../../language/validation/internal-error.js';
import { collectDiagnostics, escapeControls, formatJson, formatText } from '../output.js';
import { ExitCode, UsageError } from '../usage-error.js';

export interface CheckOptions {
    format: string;
    today?: string;
}

/** Runs `align check` and returns the exit status. */
export async function runCheck(paths: string[], options: CheckOptions): Promise<number> {
    const format = parseFormat(options.format, ['text', 'json']);
    if (options.today !== undefined && !parseDate(options.today).ok) {
        throw new UsageError(`--today takes a real date as YYYY-MM-DD, not '${options.today}'`);
    }
    const { documents } = await loadWorkspace(paths, { today: options.today });
    const records = collectDiagnostics(documents);
    if (format === 'json') {
        process.stdout.write(formatJson(records));
    } else {
        process.stdout.write(formatText(records, documents.length, process.stdout.isTTY === true && !process.env.NO_COLOR));
    }
    // A check that failed inside Align leaves the findings incomplete: neither "clean" nor "has errors".
    const failures = records.filter(r => r.code === INTERNAL_ERROR_CODE);
    for (const failure of failures) {
        process.stderr.write(`align: internal error while checking ${escapeControls(failure.file)}:${failure.line}: ${escapeControls(failure.message)}\n`);
    }
    return exitStatusOf(records);
}

/** 2 when Align failed while checking (the report is incomplete), else 1 with an error, else 0. */
export function exitStatusOf(records: Array<{ code: string; severity: string }>): number {
    if (records.some(r => r.code === INTERNAL_ERROR_CODE)) return ExitCode.Usage;
    return records.some(r => r.severity === 'error') ? ExitCode.Errors : ExitCode.Ok;
}

/** Checks a `--format` value against the allowed ones. */
export function parseFormat<T extends string>(value: string, allowed: T[]): T {
    if (!allowed.includes(value as T)) {
        throw new UsageError(`--format must be one of ${allowed.join(', ')}, not '${value}'`);
    }
    return value as T;
}
