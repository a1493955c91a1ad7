// An edit through the real server: only files whose diagnostics changed are published again,
// and a model reader asked right after the edit answers from the build that edit started.
import { afterEach, describe, expect, it } from 'vitest';
import { positionOf, startServer, type LspSession } from './lsp-client.js';

let session: LspSession | undefined;
afterEach(async () => {
    await session?.stop();
    session = undefined;
});

const FILES: Record<string, string> = {
    'people.align': 'stakeholder Ann\nstakeholder Bob\ncadence W every week { attendees Ann, Bob }\n',
    'rights.align': 'domain D { owner Ann }\n',
    'decisions.align': 'decision X { affects D }\n',
    ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`more${i}.align`, `milestone M${i} on 2027-01-01\n`]))
};

describe('an edit through the server', () => {
    it('republishes only the files whose diagnostics changed', async () => {
        const s = (session = await startServer([], {}, FILES));
        for (const file of Object.keys(FILES)) await s.diagnostics(file);
        const published: string[] = [];
        s.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
            published.push(params.uri.split('/').pop()!);
        });
        await s.open('rights.align');
        await s.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: s.uri('rights.align'), version: 2 },
            contentChanges: [{ text: 'domain D { owner Ann }\ndomain E\n' }]
        });
        // This handler replaces the session's own: wait on what it records.
        await expect.poll(() => published.includes('rights.align'), { timeout: 10000 }).toBe(true);
        await new Promise(done => setTimeout(done, 400));
        // 23 files were revalidated; only the edited one has new diagnostics.
        expect(published).toEqual(['rights.align']);
    });

    it('answers hover from the finished build, 50 edits in a row', async () => {
        const s = (session = await startServer([], {}, FILES));
        await s.diagnostics('decisions.align');
        await s.open('rights.align');
        await s.open('decisions.align');
        const position = positionOf(FILES['decisions.align'], 'X');
        for (let i = 0; i < 50; i++) {
            const owner = i % 2 === 0 ? 'Bob' : 'Ann';
            void s.connection.sendNotification('textDocument/didChange', {
                textDocument: { uri: s.uri('rights.align'), version: i + 2 },
                contentChanges: [{ text: `domain D { owner ${owner} }\n` }]
            });
            const hover = await s.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
                textDocument: { uri: s.uri('decisions.align') },
                position
            });
            const text = hover?.contents.value ?? '';
            expect(text, `edit ${i}`).toContain(`Decided by: ${owner}`);
        }
    });
});
