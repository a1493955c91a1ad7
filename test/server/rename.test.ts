// Rename refusals are plain sentences: prepareRename says why the thing under the cursor cannot
// be renamed (the editor shows it in the rename box), rename says why a new name cannot be used,
// and Langium's request handler passes both back as answers without logging an error.
import { createRequestHandler } from 'langium/lsp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CancellationToken } from 'vscode-jsonrpc';
import { ErrorCodes, ResponseError, type TextDocumentPositionParams } from 'vscode-languageserver';
import { positionOf } from '../helpers/text.js';
import { applyEdits, buildLspWorkspace, type LspWorkspace } from './lsp-workspace.js';

const TEXT = [
    'stakeholder Ann "Delivery lead" { org "IT" }',
    'stakeholder Bob',
    '',
    '// Ann decides the architecture',
    'domain Arch { owner Ann consulted Zed }',
    'milestone Pilot on 2027-02-01',
    'cadence Weekly every week { attendees Ann, Bob }',
    ''
].join('\n');

function at(needle: string, into = 0, occurrence = 0): TextDocumentPositionParams & { uri: string } {
    const uri = 'file:///workspace/main.align';
    return { uri, textDocument: { uri }, position: positionOf(TEXT, needle, occurrence, into) };
}

async function refusal(promise: Promise<unknown>): Promise<ResponseError<unknown>> {
    const error = await promise.then(
        () => undefined,
        (e: unknown) => e
    );
    expect(error).toBeInstanceOf(ResponseError);
    return error as ResponseError<unknown>;
}

async function prepare(ws: LspWorkspace, needle: string, into = 0, occurrence = 0) {
    return ws.services.lsp.RenameProvider!.prepareRename(ws.document(), at(needle, into, occurrence));
}

async function rename(ws: LspWorkspace, needle: string, newName: string, into = 0) {
    return ws.services.lsp.RenameProvider!.rename(ws.document(), { ...at(needle, into), newName });
}

describe('prepareRename', () => {
    it('answers the range of a declared name, at its declaration or at a use', async () => {
        const ws = await buildLspWorkspace(TEXT);
        expect(await prepare(ws, 'Ann', 1)).toEqual({ start: { line: 0, character: 12 }, end: { line: 0, character: 15 } });
        expect(await prepare(ws, 'owner Ann', 7)).toEqual({ start: { line: 4, character: 20 }, end: { line: 4, character: 23 } });
        // Just after the name counts too, as the editor places the cursor after a double click.
        expect(await prepare(ws, 'Bob', 3)).toEqual({ start: { line: 1, character: 12 }, end: { line: 1, character: 15 } });
    });

    const REFUSALS: Array<[string, string, number, string]> = [
        ['a declaration keyword', 'domain Arch', 2, '`domain` is a keyword of Align, not a name, so it cannot be renamed'],
        ['a property keyword', 'owner Ann', 2, '`owner` is a keyword of Align, not a name, so it cannot be renamed'],
        ['a brace', '{ owner', 0, 'There is no name here to rename; put the cursor on the name of a declaration or on a use of it'],
        ['a blank line', '\n\n', 1, 'There is no name here to rename; put the cursor on the name of a declaration or on a use of it'],
        [
            'a name that is not declared',
            'Zed',
            1,
            '`Zed` is not declared anywhere in the project, so there is nothing to rename; declare it first or correct the name'
        ],
        ['a title', '"Delivery lead"', 3, 'A title or other "string" is text, not a name: edit it in place'],
        ['a date', '2027-02-01', 3, '`2027-02-01` is a value, not a name, so it cannot be renamed'],
        ['a comment', '// Ann decides', 8, 'This is a comment; only names can be renamed: put the cursor on the name of a declaration or on a use of it']
    ];
    for (const [what, needle, into, message] of REFUSALS) {
        it(`refuses ${what} with a plain sentence`, async () => {
            const ws = await buildLspWorkspace(TEXT);
            const error = await refusal(Promise.resolve().then(() => prepare(ws, needle, into)));
            expect(error.code).toBe(ErrorCodes.InvalidRequest);
            expect(error.message).toBe(message);
            expect(error.message).not.toMatch(/\n|undefined/);
        });
    }
});

describe('rename', () => {
    const REFUSED: Array<[string, string, string]> = [
        ['a keyword', 'domain', '`domain` is a keyword of Align; choose another name'],
        ['a unit keyword', 'hours', '`hours` is a keyword of Align; choose another name'],
        ['an invalid name', '9lives', '`9lives` is not a valid name: start with a letter or _, then use letters, digits, _ and single inner hyphens'],
        ['an empty name', '   ', 'The new name is empty; type a name'],
        ['a name already declared', 'Bob', '`Bob` is already declared (a stakeholder); names must be unique in the project, so choose another name']
    ];
    for (const [what, newName, message] of REFUSED) {
        it(`refuses ${what} with a ResponseError, not a plain Error`, async () => {
            const ws = await buildLspWorkspace(TEXT);
            const error = await refusal(rename(ws, 'Ann', newName, 1));
            expect(error.code).toBe(ErrorCodes.InvalidParams);
            expect(error.message).toBe(message);
        });
    }

    it('renames every use, in every file', async () => {
        const ws = await buildLspWorkspace({ 'main.align': TEXT, 'more.align': 'group Leads { members Ann }\n' });
        const edit = await rename(ws, 'Ann', 'Anna', 1);
        const main = applyEdits(TEXT, edit!.changes![ws.document('main.align').uri.toString()]);
        expect(main).toContain('stakeholder Anna "Delivery lead"');
        expect(main).toContain('owner Anna consulted Zed');
        expect(main).toContain('attendees Anna, Bob');
        expect(applyEdits('group Leads { members Ann }\n', edit!.changes![ws.document('more.align').uri.toString()])).toBe('group Leads { members Anna }\n');
    });

    it('accepts the name it already has, and a trimmed name', async () => {
        const ws = await buildLspWorkspace(TEXT);
        expect((await rename(ws, 'Ann', 'Ann', 1))?.changes).toBeDefined();
        const edit = await rename(ws, 'Bob', '  Robert ', 1);
        expect(applyEdits(TEXT, edit!.changes![ws.document().uri.toString()])).toContain('stakeholder Robert');
    });

    it('is no edit, not an error, where there is nothing to rename (clients without prepareRename)', async () => {
        const ws = await buildLspWorkspace(TEXT);
        expect(await rename(ws, 'domain Arch', 'Whatever', 2)).toBeUndefined();
    });
});

describe("Langium's request handler", () => {
    afterEach(() => vi.restoreAllMocks());

    it('passes a refusal back as the answer, without logging an error', async () => {
        const ws = await buildLspWorkspace(TEXT);
        const logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'log')];
        const prepareHandler = createRequestHandler(
            (services, document, params: TextDocumentPositionParams, token) => services.lsp!.RenameProvider!.prepareRename(document, params, token),
            ws.services.shared
        );
        const answer = await prepareHandler(at('domain Arch', 2), CancellationToken.None);
        expect(answer).toBeInstanceOf(ResponseError);
        expect((answer as ResponseError<void>).message).toBe('`domain` is a keyword of Align, not a name, so it cannot be renamed');

        const renameHandler = createRequestHandler(
            (services, document, params: TextDocumentPositionParams & { newName: string }, token) =>
                services.lsp!.RenameProvider!.rename(document, params, token),
            ws.services.shared
        );
        const refused = await renameHandler({ ...at('Ann', 1), newName: 'domain' }, CancellationToken.None);
        expect(refused).toBeInstanceOf(ResponseError);
        expect((refused as ResponseError<void>).code).toBe(ErrorCodes.InvalidParams);
        for (const spy of logged) expect(spy).not.toHaveBeenCalled();
    });
});
