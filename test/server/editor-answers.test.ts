// The answers the editor asks for after every keystroke (outline, folding, semantic tokens, code
// lens) are computed without visiting what cannot change them; they must be exactly Langium's
// answers, on the examples, on a large generated file, and after an edit parsed in part.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultDocumentSymbolProvider, DefaultFoldingRangeProvider } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { buildLspWorkspace } from './lsp-workspace.js';
import { realisticText } from '../pathological/generators.js';
import { ROOT } from '../helpers/cli.js';

/** Every `.align` text of the examples, one per file. */
function exampleTexts(): Array<[string, string]> {
    const texts: Array<[string, string]> = [];
    const visit = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            if (entry.isDirectory()) visit(join(dir, entry.name));
            else if (entry.name.endsWith('.align')) texts.push([join(dir, entry.name), readFileSync(join(dir, entry.name), 'utf8')]);
        }
    };
    visit(join(ROOT, 'examples'));
    return texts;
}

const COMMENTS =
    '/* a block\n   over\n   lines */\nstakeholder A {\n    /* inside\n       it\n       too */\n    org "x"\n}\n// line\n// comments\ndomain D {\n    owner A\n}\n';

describe("the editor's per-keystroke answers", () => {
    it('are the outline and folding ranges Langium gives, on every example and a large file', async () => {
        const texts = [...exampleTexts(), ['generated', realisticText(40)], ['comments', COMMENTS]] as Array<[string, string]>;
        for (const [name, text] of texts) {
            const ws = await buildLspWorkspace(text);
            const document = ws.document();
            const params = { textDocument: { uri: document.uri.toString() } };
            const symbols = await ws.services.lsp.DocumentSymbolProvider!.getSymbols(document, params);
            const folding = await ws.services.lsp.FoldingRangeProvider!.getFoldingRanges(document, params);
            const langiumSymbols = new DefaultDocumentSymbolProvider(ws.services);
            // Langium's outline with Align's detail line, to compare the walk alone.
            const detailed = (list: unknown) => JSON.parse(JSON.stringify(list, (key, value) => (key === 'detail' ? undefined : value)));
            expect(detailed(symbols), name).toEqual(detailed(await langiumSymbols.getSymbols(document, params)));
            expect(folding, name).toEqual(await new DefaultFoldingRangeProvider(ws.services).getFoldingRanges(document, params));
        }
    });

    it('are the same semantic tokens as a whole build, after edits parsed in part', async () => {
        const base = realisticText(12);
        const ws = await buildLspWorkspace(base);
        const tokensOf = async (w: typeof ws) =>
            (await w.services.lsp.SemanticTokenProvider!.semanticHighlight(w.document(), { textDocument: { uri: w.document().uri.toString() } })).data;
        await tokensOf(ws);
        let text = base;
        const edits: Array<(t: string) => string> = [
            t => t.replace('stakeholder P3_1', 'stakeholder P3_1x'),
            t => t.replace('stakeholder P3_1x', 'stakeholder P3_1'),
            t => t.replace('// Unit 5', '// Unit 5\n\n\nstakeholder New'),
            t => t.replace('domain D7_0', 'stakeholder D7_0'),
            t => t.replace('stakeholder P9_2', 'domain P9_2'),
            t => t.replace('// Unit 1\n', '// Unit 1\nstakeholder A stakeholder B ')
        ];
        for (const edit of edits) {
            text = edit(text);
            await ws.setFile('main.align', text);
            expect(await tokensOf(ws)).toEqual(await tokensOf(await buildLspWorkspace(text)));
        }
    });

    it('fold block comments, and nothing inside a declaration of fewer than three lines', async () => {
        const ws = await buildLspWorkspace(COMMENTS);
        const document = ws.document();
        const folding = await ws.services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        expect(folding.map(range => [range.startLine, range.endLine, range.kind ?? ''])).toEqual(
            expect.arrayContaining([
                [0, 1, 'comment'],
                [3, 7, ''],
                [4, 5, 'comment']
            ])
        );
    });
});
