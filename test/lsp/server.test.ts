// Drives the bundled language server over stdio with a real JSON-RPC client, on copies of
// the examples, and checks concrete answers to every language feature.
import { Commands, DiagramRequest } from '../../language/protocol.js';
import { nodeAt } from '../../language/diagrams/select/view-index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CodeLens, CompletionItem, CompletionList, Hover, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../helpers/text.js';
import { positionOf, startServer, type LspSession } from './lsp-client.js';

describe('language server over stdio: patient portal', () => {
    let s: LspSession;
    beforeAll(async () => {
        s = await startServer(['patient-portal']);
        await s.open('delivery.align');
        await s.open('decision-rights.align');
    });
    afterAll(async () => {
        await s.stop();
    });

    it('publishes diagnostics for both open files (none: the example is clean)', async () => {
        expect(await s.diagnostics('delivery.align')).toEqual([]);
        expect(await s.diagnostics('decision-rights.align')).toEqual([]);
    });

    it('goes to the definition of an owner in another file', async () => {
        const text = s.text('decision-rights.align');
        const result = await s.connection.sendRequest<Array<{ targetUri: string; targetSelectionRange: { start: { line: number } } }>>(
            'textDocument/definition',
            {
                textDocument: { uri: s.uri('decision-rights.align') },
                position: positionOf(text, 'owner VPPX', 0, 7)
            }
        );
        expect(result[0].targetUri).toBe(s.uri('people.align'));
        expect(result[0].targetSelectionRange.start.line).toBe(positionOf(s.text('people.align'), 'stakeholder VPPX').line);
    });

    it('finds references across files', async () => {
        const text = s.text('people.align');
        const refs = await s.connection.sendRequest<Location[]>('textDocument/references', {
            textDocument: { uri: s.uri('people.align') },
            position: positionOf(text, 'group Triage', 0, 6),
            context: { includeDeclaration: false }
        });
        expect(refs.map(r => r.uri.split('/').pop())).toContain('decision-rights.align');
    });

    it('renames across files and refuses a clashing name', async () => {
        const text = s.text('people.align');
        const position = positionOf(text, 'stakeholder CMO', 0, 12);
        const edit = await s.connection.sendRequest<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri: s.uri('people.align') },
            position,
            newName: 'ChiefMedical'
        });
        const files = Object.keys(edit.changes ?? {})
            .map(u => u.split('/').pop())
            .sort();
        expect(files).toEqual(expect.arrayContaining(['decision-rights.align', 'delivery.align', 'governance.align', 'people.align']));
        const renamed = applyEdits(text, edit.changes![s.uri('people.align')]);
        expect(renamed).toContain('stakeholder ChiefMedical');
        await expect(
            s.connection.sendRequest('textDocument/rename', { textDocument: { uri: s.uri('people.align') }, position, newName: 'CIO' })
        ).rejects.toThrow(/already declared/);
        await expect(
            s.connection.sendRequest('textDocument/rename', { textDocument: { uri: s.uri('people.align') }, position, newName: '9lives' })
        ).rejects.toThrow(/not a valid name/);
    });

    it('hovers a decision with its resolved decider and why', async () => {
        const text = s.text('delivery.align');
        const hover = await s.connection.sendRequest<Hover>('textDocument/hover', {
            textDocument: { uri: s.uri('delivery.align') },
            position: positionOf(text, 'decision IdentityProvider', 0, 10)
        });
        expect(JSON.stringify(hover.contents)).toContain(
            'Triage within 48 hours, by rule CrossDomain: affects UserExperience and Architecture, owned by VPPX and CIO'
        );
    });

    it('hovers a stakeholder reference with what it owns and attends, and a duration with hours', async () => {
        const text = s.text('decision-rights.align');
        const hover = await s.connection.sendRequest<Hover>('textDocument/hover', {
            textDocument: { uri: s.uri('decision-rights.align') },
            position: positionOf(text, 'owner CIO', 0, 7)
        });
        const value = JSON.stringify(hover.contents);
        expect(value).toContain('Owns: Architecture and Security');
        expect(value).toContain('Attends:');
        const duration = await s.connection.sendRequest<Hover>('textDocument/hover', {
            textDocument: { uri: s.uri('decision-rights.align') },
            position: positionOf(text, '2 business days', 0, 3)
        });
        expect(JSON.stringify(duration.contents)).toContain('48 hours');
    });

    it('completes only stakeholders and groups in an owner slot', async () => {
        const text = s.text('decision-rights.align');
        const position = positionOf(text, 'owner VPPX', 0, 6);
        const result = await s.connection.sendRequest<CompletionList | CompletionItem[]>('textDocument/completion', {
            textDocument: { uri: s.uri('decision-rights.align') },
            position
        });
        const labels = (Array.isArray(result) ? result : result.items).map(i => i.label);
        // A group owns as one body (docs/language.md, "Bodies"); a domain or a cadence cannot own.
        expect(labels).toEqual(expect.arrayContaining(['CIO', 'VPPX', 'CMO', 'Lead', 'Triage']));
        expect(labels).not.toContain('UserExperience');
        expect(labels).not.toContain('SteerCo');
    });

    it('shows code lenses above decisions and domains', async () => {
        const lenses = await s.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: s.uri('delivery.align') } });
        const titles = lenses.map(l => l.command?.title);
        expect(titles).toContain('Decided by Triage within 48 hours (rule CrossDomain)');
        expect(titles).toContain('Decided by VPPX (owner)');
        expect(titles).toContain('Decided by CMO within 2 business days (rule ClinicalExperience)');
        const domainLenses = await s.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: s.uri('decision-rights.align') } });
        expect(domainLenses.map(l => l.command?.title)).toContain('3 decisions · owner VPPX');
        // "3 decisions" opens a peek list of those decisions.
        const decisionsLens = domainLenses.find(l => l.command?.title === '3 decisions · owner VPPX')!;
        expect(decisionsLens.command?.command).toBe(Commands.showLocations);
        expect((decisionsLens.command?.arguments?.[2] as unknown[]).length).toBe(3);
    });

    it('formats consistently and idempotently', async () => {
        const edits = await s.connection.sendRequest<TextEdit[]>('textDocument/formatting', {
            textDocument: { uri: s.uri('delivery.align') },
            options: { tabSize: 4, insertSpaces: true }
        });
        expect(applyEdits(s.text('delivery.align'), edits ?? [])).toBe(s.text('delivery.align'));
    });

    it('serves the decision-flow view with the index that locates the declaration under the cursor', async () => {
        const text = s.text('delivery.align');
        const focus = { uri: s.uri('delivery.align'), ...positionOf(text, 'decision BookingFlow', 0, 12) };
        const result = await s.connection.sendRequest(DiagramRequest, { view: 'decision-flow', focus });
        expect(result.format).toBe('svg');
        expect(result.text).toContain('Triage decides');
        expect(result.syntaxErrors).toBe(false);
        expect(result.project).toBe('patient-portal');
        expect(nodeAt(result.nodes, focus)).toBe('decision:BookingFlow');
        expect(result.neighbours['decision:BookingFlow']?.length).toBeGreaterThan(0);
        // Mermaid only when asked for.
        expect(result.text).not.toContain('flowchart');
        const mermaid = await s.connection.sendRequest(DiagramRequest, { view: 'decision-flow', focus, format: 'mermaid' });
        expect(mermaid.text.startsWith('flowchart LR')).toBe(true);
    });

    it('draws only what a filter, a file or a focus asks for', async () => {
        const uri = s.uri('delivery.align');
        const all = await s.connection.sendRequest(DiagramRequest, { view: 'decision-flow', focus: { uri, line: 0, character: 0 } });
        const filtered = await s.connection.sendRequest(DiagramRequest, {
            view: 'decision-flow',
            focus: { uri, line: 0, character: 0 },
            filter: 'bookingflow'
        });
        expect(filtered.nodes.map(n => n.id)).toContain('decision:BookingFlow');
        expect(filtered.nodes.length).toBeLessThan(all.nodes.length);
        expect(filtered.note).toMatch(/matching “bookingflow”/);
        const around = await s.connection.sendRequest(DiagramRequest, {
            view: 'decision-flow',
            focus: { uri, line: 0, character: 0 },
            around: 'decision:BookingFlow'
        });
        expect(around.nodes.map(n => n.id).sort()).toEqual(['decision:BookingFlow', ...all.neighbours['decision:BookingFlow']].sort());
        const onlyFile = await s.connection.sendRequest(DiagramRequest, { view: 'raci', onlyUri: s.uri('people.align') });
        expect(onlyFile.nodes.every(n => n.source?.uri === s.uri('people.align') || n.id.startsWith('domain:'))).toBe(true);
    });

    it('finds workspace symbols and folds blocks', async () => {
        const symbols = await s.connection.sendRequest<Array<{ name: string; location: { uri: string } }>>('workspace/symbol', { query: 'Triage' });
        expect(symbols.map(x => `${x.name}@${x.location.uri.split('/').pop()}`)).toContain('Triage@people.align');
        const folds = await s.connection.sendRequest<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', {
            textDocument: { uri: s.uri('decision-rights.align') }
        });
        const text = s.text('decision-rights.align');
        const domainStart = positionOf(text, 'domain UserExperience').line;
        expect(folds.some(f => f.startLine === domainStart && f.endLine > domainStart + 2)).toBe(true);
    });

    it('gives an outline with kinds', async () => {
        const symbols = await s.connection.sendRequest<Array<{ name: string; kind: number }>>('textDocument/documentSymbol', {
            textDocument: { uri: s.uri('decision-rights.align') }
        });
        expect(symbols.map(x => x.name)).toEqual(['UserExperience', 'Architecture', 'Security', 'ClinicalWorkflows', 'CrossDomain', 'ClinicalExperience']);
        expect(new Set(symbols.map(x => x.kind)).size).toBe(2);
    });
});

describe('language server over stdio: the stalemate', () => {
    let s: LspSession;
    beforeAll(async () => {
        s = await startServer(['stalemate']);
        await s.open('delivery.align');
        await s.open('decision-rights.align');
    });
    afterAll(async () => {
        await s.stop();
    });

    it('publishes the ambiguity and fixes it with the quick fix', async () => {
        const diagnostics = await s.diagnostics('delivery.align', ds => ds.some(d => d.code === 'decision-ambiguous-owner'));
        const ambiguous = diagnostics.find(d => d.code === 'decision-ambiguous-owner')!;
        expect(ambiguous.message).toContain('Nobody has authority to decide IdentityProvider');
        const actions = await s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri: s.uri('delivery.align') },
            range: ambiguous.range,
            context: { diagnostics: [ambiguous] }
        });
        // A choice, not a side taken silently: one rule per candidate decider, and a triage group.
        const choices = actions.filter(a => a.title.startsWith('Add rule:'));
        expect(choices.map(a => a.title)).toEqual(
            expect.arrayContaining([expect.stringContaining('VPPX decides'), expect.stringContaining('CIO decides'), expect.stringContaining('triage group')])
        );
        expect(choices.every(a => !a.isPreferred)).toBe(true);
        const fix = choices.find(a => a.title.includes('VPPX decides'))!;
        let version = 2;
        for (const [uri, edits] of Object.entries(fix.edit!.changes!)) {
            const file = uri.split('/').pop()!;
            const fixed = applyEdits(s.text(file), edits);
            expect(fixed).toContain('when touches UserExperience, Architecture');
            await s.open(file);
            await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: version++ }, contentChanges: [{ text: fixed }] });
        }
        const after = await s.diagnostics('delivery.align', ds => !ds.some(d => d.code === 'decision-ambiguous-owner'));
        expect(after.map(d => d.code)).not.toContain('decision-ambiguous-owner');
    });

    it('survives garbage and keeps answering', async () => {
        const garbage = [
            '{'.repeat(10000),
            '\u0000\u0007 domain }} "',
            'rule R { when touches',
            String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => ((i * 7919) % 65000) + 1))
        ];
        let version = 10;
        for (const text of garbage) {
            await s.connection.sendNotification('textDocument/didChange', {
                textDocument: { uri: s.uri('decision-rights.align'), version: version++ },
                contentChanges: [{ text }]
            });
        }
        await s.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: s.uri('decision-rights.align'), version: version++ },
            contentChanges: [{ text: s.text('decision-rights.align') }]
        });
        const text = s.text('people.align');
        await s.open('people.align');
        const hover = await s.connection.sendRequest<Hover>('textDocument/hover', {
            textDocument: { uri: s.uri('people.align') },
            position: positionOf(text, 'stakeholder CMO', 0, 12)
        });
        expect(JSON.stringify(hover.contents)).toContain('Chief Medical Officer');
        expect(s.process.exitCode).toBeNull();
    });
});

describe('language server over stdio: settings', () => {
    const overdue = 'stakeholder A\ncadence W every week { attendees A }\ndomain D { owner A }\ndecision Late { affects D due 2020-01-01 }\n';

    for (const decisionOverdue of [true, false]) {
        it(`align.diagnostics.decisionOverdue = ${decisionOverdue}`, async () => {
            const s = await startServer([], { diagnostics: { decisionOverdue } }, { 'late.align': overdue });
            try {
                await s.open('late.align');
                // The setting is read after initialization: wait for diagnostics that reflect it.
                const codes = async () => (await s.diagnostics('late.align')).map(d => d.code);
                if (decisionOverdue) {
                    await s.diagnostics('late.align', ds => ds.some(d => d.code === 'decision-overdue'));
                } else {
                    await new Promise(r => setTimeout(r, 1500));
                    expect(await codes()).not.toContain('decision-overdue');
                }
            } finally {
                await s.stop();
            }
        });
    }

    it('turns decision-overdue off when the setting changes', async () => {
        const s = await startServer([], {}, { 'late.align': overdue });
        try {
            await s.open('late.align');
            await s.diagnostics('late.align', ds => ds.some(d => d.code === 'decision-overdue'));
            await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: { align: { diagnostics: { decisionOverdue: false } } } });
            const after = await s.diagnostics('late.align', ds => !ds.some(d => d.code === 'decision-overdue'));
            expect(after.map(d => d.code)).not.toContain('decision-overdue');
        } finally {
            await s.stop();
        }
    });
});
