// A diagnostic as the JSON record tools read (docs/language.md, "Output"): one shape for
// `align check --format json`, the MCP `check` tool and the editor's language-model tool.
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { CONFIG_ERROR_CODE, locateConfigProblems } from '../workspace/config-diagnostics.js';
import type { Project } from '../workspace/projects.js';
import type { JsonDiagnostic, Severity } from '../output-shapes.js';
import { INTERNAL_ERROR_CODE } from './internal-error.js';
import { waivedDiagnostics } from './waivers.js';

export type { JsonDiagnostic, Severity };

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];

/** The record of one diagnostic of `document`, shown as `file`; `column` converts LSP positions. */
export function jsonDiagnostic(d: Diagnostic, file: string, column: (position: Position) => number): JsonDiagnostic {
    return {
        file,
        line: d.range.start.line + 1,
        column: column(d.range.start),
        endLine: d.range.end.line + 1,
        endColumn: column(d.range.end),
        severity: SEVERITIES[(d.severity ?? 1) - 1] ?? 'error',
        code: String(d.code ?? INTERNAL_ERROR_CODE),
        message: d.message
    };
}

/** Findings sorted by place: file, line, column, then code. */
export function byPlace(a: JsonDiagnostic, b: JsonDiagnostic): number {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}

// LSP positions count UTF-16 code units, but the output's columns are characters as an editor shows them,
// so every astral character (emoji and the like) before the position counts once, not twice.
/** Converts a document's LSP positions to 1-based character columns. */
export function codePointColumns(document: LangiumDocument): (position: Position) => number {
    const lines = new Map<number, string>();
    const lineText = (line: number) => {
        let text = lines.get(line);
        if (text === undefined) {
            text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
            lines.set(line, text);
        }
        return text;
    };
    return position => {
        const before = lineText(position.line).slice(0, position.character);
        // Subtracting pairs (rather than counting the slice) keeps positions past the line end intact.
        const pairs = before.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
        return position.character - pairs + 1;
    };
}

/** The record of a problem in a project's align.config.json (`config-invalid`), shown as `file`. */
export function configJsonDiagnostic(problem: { range: { start: Position; end: Position }; message: string }, file: string): JsonDiagnostic {
    return {
        file,
        line: problem.range.start.line + 1,
        column: problem.range.start.character + 1,
        endLine: problem.range.end.line + 1,
        endColumn: problem.range.end.character + 1,
        severity: 'error',
        code: CONFIG_ERROR_CODE,
        message: problem.message
    };
}

/** One diagnostic of a document, with its record: what every reader of findings starts from. */
export interface DocumentFinding {
    document: LangiumDocument;
    diagnostic: Diagnostic;
    record: JsonDiagnostic;
    /** Hidden by a valid waiver: present only when waived findings were asked for. */
    waived?: true;
}

/**
 * Every diagnostic of the documents (with `waived`, also those a waiver hides) with its
 * record, files named by `fileOf`, unsorted: the one walk behind `align check`, the report and
 * the editor's tools, so that all three place a finding at the same line and column.
 */
export function documentFindings(
    documents: Iterable<LangiumDocument>,
    fileOf: (document: LangiumDocument) => string,
    options: { waived?: boolean } = {}
): DocumentFinding[] {
    const found: DocumentFinding[] = [];
    for (const document of documents) {
        const column = codePointColumns(document);
        const file = fileOf(document);
        for (const diagnostic of document.diagnostics ?? []) found.push({ document, diagnostic, record: jsonDiagnostic(diagnostic, file, column) });
        if (!options.waived) continue;
        for (const diagnostic of waivedDiagnostics(document)) {
            found.push({ document, diagnostic, record: jsonDiagnostic(diagnostic, file, column), waived: true });
        }
    }
    return found;
}

/** The records of the problems in a project's align.config.json, files named by `fileOf`. */
export function configFindingsOf(project: Project, fileOf: (uri: URI) => string): JsonDiagnostic[] {
    return locateConfigProblems(project).map(problem => configJsonDiagnostic(problem, fileOf(URI.parse(problem.uri))));
}
