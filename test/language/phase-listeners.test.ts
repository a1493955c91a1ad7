// A build cancelled just as a document reaches a state still tells everyone waiting for that
// document (language/workspace/align-document-builder.ts). Langium's own builder skipped the
// remaining listeners: the outline request waited forever, and the validator kept the findings
// of an older text (both found by test/lsp/invariant.test.ts).
import { DocumentState } from 'langium';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../helpers/workspace.js';

describe('a build cancelled as a document reaches a state', () => {
    it('still answers a request waiting for that document, and forgets the findings of the old text', async () => {
        const ws = await buildWorkspace({ 'a.align': 'stakeholder A\n', 'b.align': 'stakeholder B\n' });
        const builder = ws.services.shared.workspace.DocumentBuilder;
        const uri = ws.uriOf('a.align');
        const source = new CancellationTokenSource();
        // The first listener of the phase cancels the build, as a keystroke arriving then would.
        const cancelling = builder.onDocumentPhase(DocumentState.Parsed, document => {
            if (document.uri.toString() === uri.toString()) source.cancel();
        });
        // Registered once the edit is known and before the document is parsed, as the outline's request is.
        let answered = false;
        let waiting: Promise<unknown> | undefined;
        const registering = builder.onUpdate(() => {
            expect(ws.services.shared.workspace.LangiumDocuments.getDocument(uri)!.state).toBe(DocumentState.Changed);
            waiting = builder.waitUntil(DocumentState.Parsed, uri).then(() => (answered = true));
        });
        ws.stage('a.align', 'stakeholder A\nx\n');
        const cancelled = builder.update([uri], [], source.token).then(
            () => 'finished',
            () => 'cancelled'
        );
        expect(await cancelled).toBe('cancelled');
        cancelling.dispose();
        registering.dispose();
        expect(ws.services.shared.workspace.LangiumDocuments.getDocument(uri)!.state).toBeGreaterThanOrEqual(DocumentState.Parsed);
        await Promise.race([waiting, new Promise(done => setTimeout(done, 2000))]);
        expect(answered).toBe(true);
        // The next build (of another file) brings the cancelled one up to date: its syntax error is shown.
        await ws.setFile('b.align', 'stakeholder B\nstakeholder C\n');
        expect(ws.diagnostics('a.align').map(d => d.code)).toEqual(['syntax']);
    });
});
