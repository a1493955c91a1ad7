// The JSON shapes Align answers tools with (`--format json`, the MCP tools, the editor's
// requests). Types only and no imports, so the extension can name them without reaching the
// language core (docs/architecture.md).

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A finding as `align check --format json` prints it. */
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

/** The step of the resolution order that gave a decider (docs/language.md, "Who decides"). */
export type ResolutionStep = 'explicit' | 'reserved' | 'lead' | 'owner' | 'rule' | 'residual' | 'none';

/** Who decides, by name: `{decider, kind, rule, sla, step}` (null fields when nobody decides). */
export interface DeciderAnswer {
    decider: string | null;
    kind: 'stakeholder' | 'group' | 'cadence' | 'none';
    rule: string | null;
    sla: string | null;
    step: ResolutionStep;
}
