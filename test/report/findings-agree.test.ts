// A finding is placed the same way by `align check`, the report (CLI and editor) and the
// editor's findings tool: one walk over the diagnostics (language/validation/json-diagnostics.ts).
import { describe, expect, it } from 'vitest';
import { collectDiagnostics } from '../../cli/output.js';
import { findingsOfDocuments, toReportFinding } from '../../language/report/report-input.js';
import { answerFindings } from '../../server/requests/tool-requests.js';
import { buildLspWorkspace } from '../server/lsp-workspace.js';

// Emoji before the findings: two UTF-16 units each, one column as an editor shows it.
const TEXT = 'stakeholder A "😀😀"\ndomain D "🚀" { owner B }\nstakeholder A\n';

describe('one place for a finding', () => {
    it('gives the report, the CLI and the editor tool the same file, line and column', async () => {
        const ws = await buildLspWorkspace({ 'main.align': TEXT });
        const documents = [...ws.documents.values()];
        const fromCli = collectDiagnostics(documents).map(finding => toReportFinding({ ...finding, file: 'main.align' }));
        const fromReport = findingsOfDocuments(documents, () => 'main.align');
        const fromTool = answerFindings(ws.services, documents, { uri: ws.uriOf('main.align').toString() }).map(toReportFinding);
        const sorted = <T extends { line: number; column: number; code: string }>(list: T[]) =>
            [...list].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
        expect(fromCli.length).toBeGreaterThan(1);
        expect(sorted(fromReport)).toEqual(sorted(fromCli));
        expect(sorted(fromTool)).toEqual(sorted(fromCli));
        // `B` follows a two-unit emoji: column 22 as characters, not 23 as UTF-16 units.
        expect(fromCli.find(finding => finding.code === 'unresolved-reference')?.column).toBe(22);
    });
});
