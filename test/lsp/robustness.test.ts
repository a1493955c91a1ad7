// The language server under hostile sequences: unsaved edits that are discarded, text that
// overwhelms the parser's recovery, duplicated names edited in any order. Each case is an
// exact repro from the adversarial pass (issue 8) driven over stdio against the built server.
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { conflictingRules, sameName } from '../pathological/generators.js';
import { checkJson } from '../helpers/cli.js';
import { startServer, type LspSession } from './lsp-client.js';

let session: LspSession | undefined;
afterEach(async () => {
    await session?.stop();
    session = undefined;
});

let version = 10;
async function change(s: LspSession, file: string, text: string): Promise<void> {
    await s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: s.uri(file), version: ++version },
        contentChanges: [{ text }]
    });
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map(d => String(d.code)).sort();

describe('closing a document without saving', () => {
    it('falls back to the file on disk, so other files stop reporting the unsaved text', async () => {
        const s = (session = await startServer(['patient-portal']));
        const people = s.text('people.align');
        await s.open('people.align');
        await s.open('decision-rights.align');
        expect(await s.diagnostics('decision-rights.align')).toEqual([]);
        await change(s, 'people.align', people.replace(/^stakeholder CIO .*$/m, ''));
        const broken = await s.diagnostics('decision-rights.align', d => d.length > 0);
        expect(codes(broken)).toContain('unresolved-reference');
        await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri('people.align') } });
        expect(await s.diagnostics('decision-rights.align', d => d.length === 0)).toEqual([]);
        expect(await s.diagnostics('people.align', d => d.length === 0)).toEqual([]);
    });

    it('forgets a document that was never saved', async () => {
        const s = (session = await startServer(['patient-portal']));
        await s.open('decision-rights.align');
        await s.open('scratch.align', 'stakeholder CIO');
        expect(codes(await s.diagnostics('people.align', d => d.length > 0))).toContain('duplicate-name');
        await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: s.uri('scratch.align') } });
        expect(await s.diagnostics('people.align', d => d.length === 0)).toEqual([]);
    });
});

describe('text that overwhelms error recovery', () => {
    it('publishes located syntax errors for 1,500 unterminated strings, then nothing stale once the text is valid', async () => {
        const s = (session = await startServer(['patient-portal']));
        const junk = 'stakeholder A "x\n'.repeat(1500);
        await s.open('junk.align', junk);
        const diagnostics = await s.diagnostics('junk.align', d => d.length > 0);
        expect(codes(diagnostics)).toContain('syntax');
        expect(diagnostics.every(d => d.range.start.line < 1500)).toBe(true);
        await change(s, 'junk.align', 'stakeholder Fine');
        expect(await s.diagnostics('junk.align', d => d.length === 0)).toEqual([]);
        const symbols = await s.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: s.uri('junk.align') } });
        expect(symbols.map(sym => sym.name)).toEqual(['Fine']);
    });
});

describe('a name declared twice', () => {
    const files = {
        'a.align': 'stakeholder X\ncadence W every week { attendees X }\n',
        'b.align': 'stakeholder Y\ndomain X { owner Y }\n',
        'c.align': 'domain D { owner X }\n'
    };
    const cli = () => {
        const s = session!;
        return checkJson(s.folder)
            .filter(d => d.file.endsWith('c.align'))
            .map(d => `${d.code}@${d.line}:${d.column}`)
            .sort();
    };
    const editor = async (s: LspSession) => {
        const diagnostics = await s.diagnostics('c.align');
        return diagnostics.map(d => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();
    };

    it('resolves the same way whichever file was edited last, and as the CLI does', async () => {
        const s = (session = await startServer([], {}, files));
        await s.open('c.align');
        const expected = cli();
        await s.diagnostics('c.align');
        for (const file of ['b.align', 'a.align', 'b.align'] as const) {
            await s.open(file, files[file]);
            await change(s, file, files[file] + '\n');
            await new Promise(done => setTimeout(done, 300));
            expect(await editor(s)).toEqual(expected);
        }
    });
});

describe('many findings at once', () => {
    it('publishes all 700 rule conflicts (and the orphan domain), and 5,000 short duplicate-name errors', async () => {
        const s = (session = await startServer([], {}, { 'rules.align': conflictingRules(700), 'names.align': sameName(5000) }));
        await s.open('rules.align');
        const rules = await s.diagnostics('rules.align', d => d.length > 0);
        expect(codes(rules).filter(c => c === 'rule-conflict')).toHaveLength(700);
        expect(codes(rules)).toContain('domain-no-owner');
        const names = await s.diagnostics('names.align', d => d.length > 0);
        expect(names.filter(d => d.code === 'duplicate-name')).toHaveLength(5000);
        expect(Math.max(...names.map(d => d.message.length))).toBeLessThan(1000);
    });
});
