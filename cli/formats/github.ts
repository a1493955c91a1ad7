// `align check --format github` (spec §8): GitHub Actions workflow commands, which the runner
// turns into annotations on the pull request's diff.
//
// The runner reads every output line that starts with `::` as a command, so text taken from
// `.align` files must not be able to end the command early or start a new one: a newline in
// a message would let the rest of the line be read as `::set-env` or `::error`, and `:` or `,`
// in a file name would end a property. GitHub's own toolkit (@actions/core) escapes exactly
// these characters; the runner decodes them again when it shows the annotation.
import { sep } from 'node:path';
import { escapeControls, type JsonDiagnostic, type Severity } from '../output.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes a command's data (the text after `::`): `%`, CR and LF. */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command's property value: as data, plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command for one diagnostic. */
export function toWorkflowCommand(record: JsonDiagnostic): string {
    const properties = [
        ['file', record.file.split(sep).join('/')],
        ['line', String(record.line)],
        ['col', String(record.column)],
        ['endLine', String(record.endLine)],
        ['endColumn', String(record.endColumn)],
        ['title', `align ${record.code}`]
    ].map(([key, value]) => `${key}=${escapeControls(escapeProperty(value))}`);
    // CR and LF are gone by now; other control characters (ESC starting a terminal sequence,
    // say) are not GitHub's concern but would still reach a terminal when the log is read there.
    return `::${COMMANDS[record.severity]} ${properties.join(',')}::${escapeControls(escapeData(record.message))}`;
}

/** The workflow commands of all diagnostics, one per line. */
export function formatGithub(records: readonly JsonDiagnostic[]): string {
    return records.map(record => toWorkflowCommand(record) + '\n').join('');
}
