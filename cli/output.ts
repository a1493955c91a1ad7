// Formats diagnostics for people (text) and for tools (the JSON shape of spec §5).
import { relative } from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Project } from '../language/workspace/projects.js';
import { byPlace, configFindingsOf, documentFindings, type JsonDiagnostic, type Severity } from '../language/validation/json-diagnostics.js';
import { anchorAt, type Anchor } from './formats/anchor.js';
import { escapeControls } from '../language/text/controls.js';

export type { JsonDiagnostic, Severity };

/** A diagnostic as the CLI's formats see it: the JSON record plus what only some formats show. */
export interface Finding extends JsonDiagnostic {
    /** Where it lies in the model, for fingerprints that survive moved lines. */
    anchor: Anchor;
    /** The name of the project (spec §6) the file belongs to, when known. */
    project?: string;
    /** Hidden by a valid waiver (spec §7): listed only with --show-waived, never counted. */
    waived?: boolean;
}

/** A path as the user would type it: relative to the current folder when inside it. */
export function displayPath(fsPath: string): string {
    const rel = relative(process.cwd(), fsPath);
    return rel && !rel.startsWith('..') ? rel : fsPath;
}

/** Flattens the diagnostics of all documents into findings, sorted by place; `projectOf` names each document's project. */
export function collectDiagnostics(
    documents: LangiumDocument[],
    projectOf?: (document: LangiumDocument) => string | undefined,
    options: { waived?: boolean } = {}
): Finding[] {
    const found = documentFindings(documents, document => displayPath(document.uri.fsPath), options);
    const records = found.map(({ document, diagnostic, record, waived }): Finding => {
        const project = projectOf?.(document);
        return { ...record, anchor: anchorAt(document, diagnostic.range.start), ...(project !== undefined ? { project } : {}), ...(waived ? { waived } : {}) };
    });
    return records.sort(byPlace);
}

export { escapeControls };

/**
 * `file:line:column: severity code: message` lines and a summary; with several projects, a
 * summary line per project (spec §8: text output names the project when there is more than one).
 */
export function formatText(
    records: Array<JsonDiagnostic & { project?: string; waived?: boolean }>,
    fileCount: number,
    color: boolean,
    projects: Array<{ name: string; files: number }> = []
): string {
    const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const colours: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '2' };
    const lines = records.map(
        r =>
            `${escapeControls(r.file)}:${r.line}:${r.column}: ${paint(colours[r.severity], r.severity)} ${escapeControls(r.code)}: ${escapeControls(r.message)}${r.waived ? ' (waived)' : ''}`
    );
    const counted = records.filter(r => !r.waived);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const summary = (of: typeof records, files: number) =>
        `${plural(of.filter(r => r.severity === 'error').length, 'error')}, ${plural(of.filter(r => r.severity === 'warning').length, 'warning')} in ${plural(files, 'file')}`;
    if (projects.length > 1) {
        for (const project of projects)
            lines.push(
                `project ${escapeControls(project.name)}: ${summary(
                    counted.filter(r => r.project === project.name),
                    project.files
                )}`
            );
    }
    lines.push(summary(counted, fileCount));
    return lines.join('\n') + '\n';
}

/** The exact record of spec §5, field by field, so that nothing internal reaches `--format json`. */
export function toJsonRecord(finding: JsonDiagnostic & { waived?: boolean }): JsonDiagnostic & { waived?: true } {
    const { file, line, column, endLine, endColumn, severity, code, message } = finding;
    // `waived` appears only with --show-waived, the one case where waived records are listed.
    return { file, line, column, endLine, endColumn, severity, code, message, ...(finding.waived ? { waived: true as const } : {}) };
}

/** Findings for the problems of the projects' config files (`config-invalid`, spec §6). */
export function configFindings(projects: Project[]): Finding[] {
    return projects.flatMap(project =>
        configFindingsOf(project, uri => displayPath(uri.fsPath)).map((record): Finding => ({
            ...record,
            anchor: { declaration: 'align.config.json' },
            project: project.name
        }))
    );
}

/** JSON for tools; DEL and C1 controls are written as `\\u` escapes too (JSON.stringify leaves them raw). */
export function formatJson(value: unknown): string {
    return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
