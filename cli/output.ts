// Formats diagnostics for people (text) and for tools (the JSON shape of spec §5).
import { relative } from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface JsonDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: string;
    message: string;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];

/** A path as the user would type it: relative to the current folder when inside it. */
export function displayPath(fsPath: string): string {
    const rel = relative(process.cwd(), fsPath);
    return rel && !rel.startsWith('..') ? rel : fsPath;
}

/** Flattens the diagnostics of all documents into the spec's JSON records, sorted by place. */
export function collectDiagnostics(documents: LangiumDocument[]): JsonDiagnostic[] {
    const records = documents.flatMap(document => (document.diagnostics ?? []).map((d: Diagnostic) => ({
        file: displayPath(document.uri.fsPath),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITIES[(d.severity ?? 1) - 1] ?? 'error',
        code: String(d.code ?? 'syntax'),
        message: d.message
    })));
    return records.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** `file:line:column: severity code: message` lines and a summary. */
export function formatText(records: JsonDiagnostic[], fileCount: number, color: boolean): string {
    const paint = (code: string, text: string) => color ? `\u001b[${code}m${text}\u001b[0m` : text;
    const colours: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '2' };
    const lines = records.map(r => `${r.file}:${r.line}:${r.column}: ${paint(colours[r.severity], r.severity)} ${r.code}: ${r.message}`);
    const count = (severity: Severity) => records.filter(r => r.severity === severity).length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    lines.push(`${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')} in ${plural(fileCount, 'file')}`);
    return lines.join('\n') + '\n';
}
