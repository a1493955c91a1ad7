// Document text reaches the editor only as text: hover and completion Markdown escape it,
// code lens titles stay on one line, and rename refuses names the grammar cannot read back.
import { ResponseError } from 'vscode-languageserver';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { isReservedWord, reservedWords } from '../../language/references/reserved-words.js';
import { escapeMarkdown } from '../../language/text/markdown.js';
import { lensTitle } from '../../server/code-lens/align-code-lens-provider.js';
import { positionOf } from '../helpers/text.js';
import { applyEdits, buildLspWorkspace } from './lsp-workspace.js';

const IMAGE = '![p](https://evil/x.png)';
const COMMAND = '[run](command:workbench.action.terminal.new)';
const HTML = '<img src=x onerror=alert(1)>';
const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

const HOSTILE = `stakeholder Ann "${IMAGE}" { org "${COMMAND}" }
stakeholder Bob "${HTML}" { org "${HTML}\\n\\n# heading" }
stakeholder Cy "${esc(COMMAND)} ${esc(IMAGE)}"
group G "${COMMAND}" { members Ann, Bob }
cadence W "${IMAGE}" every week { attendees Ann, Bob }
domain D "${COMMAND}" { owner Ann consulted Bob informed Cy }
rule R "${HTML}" { when crosses any decided by W within 2 days escalates to Cy after 1 week }
decision X "${IMAGE}" { affects D }
decision Y "${HTML}" { affects D decided by Bob }
`;

/** Markdown that would render as an image, a link or an HTML tag. */
function expectInert(markdown: string): void {
    expect(markdown).not.toMatch(/(^|[^\\])!\[/);
    expect(markdown).not.toContain('](');
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toMatch(/<[a-z]/i);
    expect(markdown).not.toMatch(/\n#/);
}

/** What Markdown shows for escaped text: backslash escapes and entities undone. */
const shown = (markdown: string) => markdown.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('escapeMarkdown', () => {
    it('escapes punctuation, writes HTML as entities and keeps the text on one line', () => {
        const text = `${IMAGE} ${COMMAND} ${HTML} *a* _b_ \`c\` ~d~ #e +f -g .h |i| {j} & \\`;
        const escaped = escapeMarkdown(text);
        expectInert(escaped);
        expect(escaped).not.toMatch(/(^|[^\\])[*_`~#+|{}[\]()!.-]/);
        expect(shown(escaped)).toBe(text);
        expect(escapeMarkdown('a\nb\r\n# c\u0000\u0007d\u009b')).toBe('a b \\# cd');
    });
});

describe('hover', () => {
    async function hoverAt(text: string, needle: string, into: number, occurrence = 0): Promise<string> {
        const ws = await buildLspWorkspace(text);
        const hover = await ws.services.lsp.HoverProvider!.getHoverContent(ws.document(), {
            textDocument: { uri: ws.document().uri.toString() },
            position: positionOf(text, needle, occurrence, into)
        });
        return (hover?.contents as MarkupContent | undefined)?.value ?? '';
    }

    it('escapes titles and orgs on a stakeholder declaration', async () => {
        for (const [needle, title, org] of [
            ['stakeholder Ann', IMAGE, COMMAND],
            ['stakeholder Bob', HTML, HTML],
            ['stakeholder Cy', `${COMMAND} ${IMAGE}`, undefined]
        ]) {
            const markdown = await hoverAt(HOSTILE, needle!, needle!.length - 1);
            expectInert(markdown);
            expect(shown(markdown)).toContain(title);
            if (org) expect(shown(markdown)).toContain(org);
        }
    });

    it('escapes the target text when hovering a reference', async () => {
        for (const [needle, into] of [
            ['owner Ann', 6],
            ['consulted Bob', 10],
            ['affects D', 8],
            ['decided by W', 11],
            ['members Ann', 8],
            ['decided by Bob', 11]
        ] as const) {
            const markdown = await hoverAt(HOSTILE, needle, into);
            expect(markdown, needle).not.toBe('');
            expectInert(markdown);
        }
    });

    it('escapes every kind of declaration', async () => {
        for (const needle of ['group G', 'cadence W', 'domain D', 'rule R', 'decision X', 'decision Y']) {
            const markdown = await hoverAt(HOSTILE, needle, needle.length - 1);
            expect(markdown, needle).toMatch(/^\*\*/);
            expectInert(markdown);
        }
    });
});

describe('completion documentation', () => {
    it('shows a doc comment as text, not as Markdown', async () => {
        const text = `/** ${IMAGE} ${COMMAND} ${HTML} */\nstakeholder Ann\ndomain D { owner Ann }`;
        const ws = await buildLspWorkspace(text);
        const list = await ws.services.lsp.CompletionProvider!.getCompletion(ws.document(), {
            textDocument: { uri: ws.document().uri.toString() },
            position: positionOf(text, 'owner Ann', 0, 7)
        });
        const ann = list?.items.find((i: CompletionItem) => i.label === 'Ann');
        const documentation = ann?.documentation as MarkupContent | undefined;
        expect(documentation?.kind).toBe('markdown');
        expectInert(documentation!.value);
        expect(shown(documentation!.value)).toBe(`${IMAGE} ${COMMAND} ${HTML}`);
    });
});

describe('code lens', () => {
    it('titles are plain text on one line', async () => {
        expect(lensTitle('Decided by A\n\r\nB\u0000\u0007 (owner)')).toBe('Decided by A B (owner)');
        const ws = await buildLspWorkspace(HOSTILE);
        const lenses = (await ws.services.lsp.CodeLensProvider!.provideCodeLens(ws.document(), { textDocument: { uri: ws.document().uri.toString() } })) ?? [];
        expect(lenses.length).toBeGreaterThan(0);
        for (const lens of lenses) expect(lens.command!.title).not.toMatch(/[\u0000-\u001f]/);
    });
});

describe('rename to a keyword', () => {
    const TEXT = 'stakeholder Ann\nstakeholder Bob\ndomain D { owner Ann consulted Bob }\nrule R { when crosses any decided by Ann within 2 days }\n';

    async function rename(newName: string) {
        const ws = await buildLspWorkspace(TEXT);
        const edit = await ws.services.lsp.RenameProvider!.rename(ws.document(), {
            textDocument: { uri: ws.document().uri.toString() },
            position: positionOf(TEXT, 'Ann', 0, 1),
            newName
        });
        return { ws, edit };
    }

    for (const word of ['owner', 'stakeholder', 'every', 'hours', 'by', 'decided', 'crosses']) {
        it(`refuses '${word}'`, async () => {
            const error = await rename(word).then(
                () => undefined,
                (e: unknown) => e
            );
            expect(error).toBeInstanceOf(ResponseError);
            expect((error as ResponseError<void>).code).toBe(-32602);
            expect((error as ResponseError<void>).message).toBe(`\`${word}\` is a keyword of Align; choose another name`);
        });
    }

    it('accepts a name that only looks like a keyword', async () => {
        const { ws, edit } = await rename('Owner2');
        const renamed = applyEdits(TEXT, edit!.changes![ws.document().uri.toString()]);
        expect(renamed).toBe(TEXT.replace(/Ann/g, 'Owner2'));
        const again = await buildLspWorkspace(renamed);
        expect((again.document().diagnostics ?? []).filter(d => d.severity === 1)).toEqual([]);
    });

    it('prepareRename offers names and references, not keywords', async () => {
        const ws = await buildLspWorkspace(TEXT);
        const prepare = (needle: string, into: number) =>
            ws.services.lsp.RenameProvider!.prepareRename(ws.document(), {
                textDocument: { uri: ws.document().uri.toString() },
                position: positionOf(TEXT, needle, 0, into)
            });
        // A refusal is a ResponseError whose sentence the editor shows in the rename box.
        await expect(prepare('stakeholder Ann', 2)).rejects.toThrow('`stakeholder` is a keyword of Align, not a name, so it cannot be renamed');
        await expect(prepare('owner Ann', 2)).rejects.toThrow('`owner` is a keyword of Align, not a name, so it cannot be renamed');
        await expect(prepare('decided by', 8)).rejects.toThrow('`by` is a keyword of Align, not a name, so it cannot be renamed');
        expect(await prepare('Ann', 1)).toEqual({ start: { line: 0, character: 12 }, end: { line: 0, character: 15 } });
        expect(await prepare('owner Ann', 7)).toEqual({ start: { line: 2, character: 17 }, end: { line: 2, character: 20 } });
    });
});

describe('reserved words', () => {
    it('are read from the grammar: every declaration and property keyword, no ordinary name', () => {
        const declarations = [
            'initiative',
            'stakeholder',
            'group',
            'domain',
            'rule',
            'cadence',
            'milestone',
            'metric',
            'benefit',
            'risk',
            'decision',
            'agreement'
        ];
        const properties = [
            'sponsor',
            'org',
            'members',
            'owner',
            'consulted',
            'informed',
            'when',
            'touches',
            'crosses',
            'any',
            'decided',
            'by',
            'within',
            'escalates',
            'to',
            'after',
            'every',
            'attendees',
            'mitigation',
            'hours',
            'business',
            'quarter',
            'progress',
            'outcome'
        ];
        for (const word of [...declarations, ...properties]) expect(isReservedWord(word), word).toBe(true);
        for (const name of ['CIO', 'Ann', 'Owner', 'owner2', 'D-042']) expect(isReservedWord(name), name).toBe(false);
        // Only words a name could be: no punctuation keywords such as `{` or `->`.
        for (const word of reservedWords()) expect(word).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/);
    });
});
