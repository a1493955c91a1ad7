// Issue 19's race, made deterministic: a request still running from before an edit (inlay
// hints, the preview's diagram) reads a reference after the edit has reset the documents but
// before the edited file's names are back in the index. In the real editor that read left
// 1,001 false `unresolved-reference` errors on a 10k-line file until the next edit: the
// half-built scope was cached, and references it answered kept their error through linking.
import { AstUtils, isReference, type LangiumDocument, type Reference } from 'langium';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { realisticText } from '../pathological/generators.js';

/** Every reference of a document's current syntax tree. */
function referencesOf(document: LangiumDocument): Reference[] {
    const found: Reference[] = [];
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        for (const value of Object.values(node)) {
            for (const item of Array.isArray(value) ? value : [value]) if (isReference(item)) found.push(item);
        }
    }
    return found;
}

/** Runs `read` once, at the start of the next update, when the documents are reset and the index lacks the edited file. */
function readDuringNextUpdate(ws: TestWorkspace, read: () => void): void {
    let done = false;
    ws.services.shared.workspace.DocumentBuilder.onUpdate(() => {
        if (done) return;
        done = true;
        read();
    });
}

describe('a read while a build is under way', () => {
    it('does not leave another file with false unresolved references', async () => {
        const files = {
            'people.align': 'stakeholder Ann\nstakeholder Bob\ncadence W every week { attendees Ann, Bob }\n',
            'rights.align': 'domain D { owner Ann }\ndomain E { owner Bob }\n'
        };
        const ws = await buildWorkspace(files);
        expect(ws.codes()).toEqual([]);
        const rights = ws.documents.get('rights.align')!;
        // The edit renames nothing: both names are still declared after it.
        readDuringNextUpdate(ws, () => referencesOf(rights).forEach(reference => reference.ref));
        await ws.setFile('people.align', 'stakeholder Ann "Ann"\nstakeholder Bob\ncadence W every week { attendees Ann, Bob }\n');
        expect(ws.codes()).toEqual([]);
    });

    it('does not leave a single large file with a thousand false unresolved references', async () => {
        const text = realisticText(40);
        const ws = await buildWorkspace({ 'big.align': text });
        const before = ws.codes().filter(code => code === 'unresolved-reference');
        const big = ws.documents.get('big.align')!;
        const oldReferences = referencesOf(big);
        readDuringNextUpdate(ws, () => oldReferences.forEach(reference => reference.ref));
        // Type a character and delete it again: the text is as it was.
        await ws.setFile('big.align', `${text}x`);
        readDuringNextUpdate(ws, () => referencesOf(ws.documents.get('big.align')!).forEach(reference => reference.ref));
        await ws.setFile('big.align', text);
        expect(ws.codes().filter(code => code === 'unresolved-reference')).toEqual(before);
        expect(before).toEqual([]);
    });
});
