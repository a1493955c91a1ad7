// Issue 19: a text with lone carriage returns (old Mac line ends, or a stray `\r` pasted into a
// file) has its findings at the same lines and columns in the editor as in `align check`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkJson } from '../helpers/cli.js';
import { startServer, type LspSession } from './lsp-client.js';

let session: LspSession | undefined;
afterEach(async () => {
    await session?.stop();
    session = undefined;
});

const TEXT = 'stakeholder A\rdomain D { owner B }\r\r// a comment\rdecision X "a\rb" { affects Q }\r\ndomain E {\r owner  }\n';

describe('lone carriage returns', () => {
    it('place every finding where align check places it', async () => {
        const s = (session = await startServer([], {}, { 'cr.align': TEXT }));
        await s.diagnostics('cr.align', d => d.length > 0);
        // Opened and edited in the editor: the text arrives through the protocol, not from disk.
        await s.open('cr.align', 'x');
        await s.diagnostics('cr.align', d => d.some(x => x.code === 'syntax') && d.length === 1);
        await s.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: s.uri('cr.align'), version: 2 },
            contentChanges: [{ text: TEXT }]
        });
        await s.diagnostics('cr.align', d => d.length > 1);
        // An incremental edit addressed in lines that lone `\r`s delimit: `B` becomes `BB` on line 2.
        await s.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: s.uri('cr.align'), version: 3 },
            contentChanges: [{ range: { start: { line: 1, character: 17 }, end: { line: 1, character: 17 } }, text: 'B' }]
        });
        const published = await s.diagnostics('cr.align', d => d.some(x => x.message.includes("'BB'")));
        writeFileSync(join(s.folder, 'cr.align'), TEXT.replace('owner B', 'owner BB'));
        const records = checkJson('cr.align', s.folder);
        const fromCli = records.map(r => `${r.code} ${r.line - 1}:${r.column - 1}-${r.endLine - 1}:${r.endColumn - 1}`).sort();
        const fromServer = published
            .map(d => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)
            .sort();
        expect(fromServer).toEqual(fromCli);
        // A lone `\r` is a line break for both, as it is for VS Code.
        expect(fromCli).toContain('unresolved-reference 1:17-1:19');
    });
});
