// What a report is built from. The CLI and the language server gather it differently (files
// on disk and `--today`, or the editor's documents and settings); from here on both produce
// the same HTML.
import type { LangiumDocument } from 'langium';
import type { GraphLayout } from '../diagrams/render-diagram.js';
import type { LocatedError } from '../diagrams/view-model.js';
import type { AlignmentModel } from '../model/alignment-model.js';
import { documentFindings, type JsonDiagnostic } from '../validation/json-diagnostics.js';

export type ReportSeverity = 'error' | 'warning' | 'info' | 'hint';

/** One diagnostic as the report lists it. */
export interface ReportFinding {
    code: string;
    severity: ReportSeverity;
    message: string;
    /** The file as the reader knows it: relative to the project or the current folder. */
    file: string;
    /** 1-based. */
    line: number;
    /** 1-based. */
    column: number;
}

export interface ReportInput {
    /** The project's name (spec §6). */
    project: string;
    model: AlignmentModel;
    /** Error diagnostics with their places, so the pictures outline what carries them, as the preview does. */
    errors: LocatedError[];
    findings: ReportFinding[];
    /** The day the report is made for (YYYY-MM-DD): the roadmap's line, what is overdue. */
    today: string;
    /** Who made it, e.g. `align 0.1.0`; shown in the footer. */
    generator?: string;
    /** Graph layout; the server passes its layout thread, the CLI lays out in process. */
    layout?: GraphLayout;
}

/** The report's view of a finding record: where it is, what it says. */
export function toReportFinding(record: JsonDiagnostic): ReportFinding {
    const { code, severity, message, file, line, column } = record;
    return { code, severity, message, file, line, column };
}

/** The findings of documents' diagnostics, placed as `align check` places them, with files named by `fileOf`. */
export function findingsOfDocuments(documents: LangiumDocument[], fileOf: (document: LangiumDocument) => string): ReportFinding[] {
    return documentFindings(documents, fileOf).map(found => toReportFinding(found.record));
}
