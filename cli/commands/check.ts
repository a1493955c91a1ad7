// `align check`: validates a workspace; exit 0 without errors, 1 with at least one.
import { parseDate } from '../../language/model/literals.js';
import { loadWorkspace } from '../load-workspace.js';
import { collectDiagnostics, formatText } from '../output.js';
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
        process.stdout.write(JSON.stringify(records, null, 2) + '\n');
    } else {
        process.stdout.write(formatText(records, documents.length, process.stdout.isTTY === true && !process.env.NO_COLOR));
    }
    return records.some(r => r.severity === 'error') ? ExitCode.Errors : ExitCode.Ok;
}

/** Checks a `--format` value against the allowed ones. */
export function parseFormat<T extends string>(value: string, allowed: T[]): T {
    if (!allowed.includes(value as T)) {
        throw new UsageError(`--format must be one of ${allowed.join(', ')}, not '${value}'`);
    }
    return value as T;
}
