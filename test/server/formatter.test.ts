// The formatter: consistent layout, idempotent, comments kept, broken text left alone.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdits, buildLspWorkspace } from './lsp-workspace.js';

async function format(text: string): Promise<string> {
    const ws = await buildLspWorkspace(text);
    const edits = await ws.services.lsp.Formatter!.formatDocument(ws.document(), {
        textDocument: { uri: ws.document().uri.toString() },
        options: { tabSize: 4, insertSpaces: true }
    });
    return applyEdits(text, edits);
}

describe('formatter', () => {
    // A block (a declaration over several lines) is set apart by a blank line: one is inserted
    // before `domain UX` and after it, where they touched their neighbours.
    it('lays out messy text', async () => {
        const messy =
            'stakeholder   CIO "Chief"{org "IT"}\n\n\n\nstakeholder VPPX\ndomain UX "User experience" {   owner   CIO   consulted VPPX ,CIO\n  informed VPPX }\nagreement A{escalation path CIO->VPPX}\n';
        expect(await format(messy)).toBe(
            [
                'stakeholder CIO "Chief" { org "IT" }',
                '',
                'stakeholder VPPX',
                '',
                'domain UX "User experience" {',
                '    owner CIO',
                '    consulted VPPX, CIO',
                '    informed VPPX',
                '}',
                '',
                'agreement A { escalation path CIO -> VPPX }',
                ''
            ].join('\n')
        );
    });

    it('lays out the properties of bodies and authority, one per line, fractions and multi-word keywords kept whole', async () => {
        const messy =
            'group   Council { members Ann ,Bob   decides   by supermajority   2/3 quorum 2/3 tie broken by Ann recusal affected at most 1/3 per org term 1 year elected on 2026-02-01 }\n' +
            'domain D { owner Council   within 2 weeks part of P delegated by X reserved }\ninitiative I { residual   authority Council }\n';
        expect(await format(messy)).toBe(
            [
                'group Council {',
                '    members Ann, Bob',
                '    decides by supermajority 2/3',
                '    quorum 2/3',
                '    tie broken by Ann',
                '    recusal affected',
                '    at most 1/3 per org',
                '    term 1 year',
                '    elected on 2026-02-01',
                '}',
                '',
                'domain D {',
                '    owner Council within 2 weeks',
                '    part of P',
                '    delegated by X',
                '    reserved',
                '}',
                '',
                'initiative I { residual authority Council }',
                ''
            ].join('\n')
        );
    });

    it('formats only the requested range', async () => {
        const text = 'stakeholder   A\ndomain D {owner A}\nstakeholder   B\n';
        const ws = await buildLspWorkspace(text);
        const edits = await ws.services.lsp.Formatter!.formatDocumentRange(ws.document(), {
            textDocument: { uri: ws.document().uri.toString() },
            options: { tabSize: 4, insertSpaces: true },
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 18 } }
        });
        expect(applyEdits(text, edits)).toBe('stakeholder   A\ndomain D { owner A }\nstakeholder   B\n');
    });

    it('keeps comments', async () => {
        const text = '// people\nstakeholder A /* the lead */\n\ndomain D {\n    // who decides\n    owner A\n}\n';
        const formatted = await format(text);
        expect(formatted).toContain('// people');
        expect(formatted).toContain('/* the lead */');
        expect(formatted).toContain('// who decides');
    });

    it('is idempotent on every example file and the spec sample', async () => {
        const files = ['patient-portal', 'stalemate'].flatMap(folder =>
            readdirSync(new URL(`../../examples/${folder}/`, import.meta.url))
                .filter(f => f.endsWith('.align'))
                .map(f => new URL(`../../examples/${folder}/${f}`, import.meta.url))
        );
        files.push(new URL('../fixtures/spec-sample.align', import.meta.url));
        for (const file of files) {
            const once = await format(readFileSync(file, 'utf8'));
            expect(await format(once), file.pathname).toBe(once);
        }
    });

    it('does not mangle a document with a syntax error', async () => {
        const broken = 'stakeholder A\ndomain D {\n    owner A\n    owner\n';
        const formatted = await format(broken);
        expect(formatted.replace(/\s+/g, ' ')).toBe(broken.replace(/\s+/g, ' '));
    });
});
