// The "Waive for 30 days" quick fix, and the config schema the extension registers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { ALL_DIAGNOSTIC_CODES } from '../../language/validation/diagnostic-codes.js';
import { FIXED_SEVERITY_CODES } from '../../language/workspace/project-config.js';
import { REASON_PLACEHOLDER } from '../../server/code-actions/waive-fix.js';
import { applyEdits, buildLspWorkspace } from './lsp-workspace.js';

async function waive(text: string, code: string) {
    const ws = await buildLspWorkspace(text);
    const document = ws.document();
    const diagnostic = document.diagnostics!.find(d => d.code === code) as Diagnostic;
    expect(diagnostic, `no ${code}`).toBeDefined();
    const actions = (await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    })) as CodeAction[];
    const action = actions.find(a => a.title.startsWith('Waive'))!;
    const fixed = applyEdits(text, action.edit!.changes![document.uri.toString()]);
    const again = await buildLspWorkspace(fixed);
    return { action, fixed, after: (again.document().diagnostics ?? []).map(d => String(d.code)) };
}

describe('Waive for 30 days', () => {
    it('writes the waiver above the declaration, until 30 days after today, and the finding is gone', async () => {
        const r = await waive('stakeholder Ann\ncadence W every week { attendees Ann }\ndomain D { consulted Ann }\n', 'domain-no-owner');
        expect(r.action.title).toBe('Waive domain-no-owner for 30 days (until 2026-12-24)');
        expect(r.fixed).toContain(`// align-waive domain-no-owner until 2026-12-24: ${REASON_PLACEHOLDER}\ndomain D { consulted Ann }`);
        expect(r.after).toEqual([]);
    });

    it('writes it above an indented property, with its indentation', async () => {
        const text = 'stakeholder Ann\ncadence W every week { attendees Ann }\nrule R {\n    when crosses any\n    decided by Ann\n}\n';
        const r = await waive(text, 'rule-no-sla');
        expect(r.fixed).toContain(`    when crosses any\n    // align-waive rule-no-sla until 2026-12-24: ${REASON_PLACEHOLDER}\n    decided by Ann`);
        expect(r.after).toEqual([]);
    });

    it('is not offered for syntax errors', async () => {
        const ws = await buildLspWorkspace('stakeholder Ann {');
        const document = ws.document();
        const diagnostic = document.diagnostics!.find(d => d.code === 'syntax')!;
        const actions = (await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        })) as CodeAction[];
        expect(actions.filter(a => a.title.startsWith('Waive'))).toEqual([]);
    });
});

describe('the align.config.json schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/align.config.schema.json', import.meta.url), 'utf8'));
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

    it('is registered by the extension for align.config.json', () => {
        expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: 'align.config.json', url: './schemas/align.config.schema.json' }]);
    });

    it('offers every code whose severity a project may change, and no other', () => {
        const settable = ALL_DIAGNOSTIC_CODES.filter(code => !FIXED_SEVERITY_CODES.has(code));
        expect(Object.keys(schema.properties.diagnostics.properties).sort()).toEqual([...settable].sort());
        expect(schema.additionalProperties).toBe(false);
        expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'diagnostics', 'exclude', 'name', 'today']);
    });
});
