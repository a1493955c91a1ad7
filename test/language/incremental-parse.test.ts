// A file parsed, linked and validated a declaration at a time after an edit must be exactly
// the file built whole from the same text: the same tree (nodes, links, containers), the same
// syntax tree (every token's offset, line and column), the same reference index and the same
// findings, after any sequence of edits, including edits that break the text and fix it again
// and builds cancelled half-way.
import { AstUtils, CstUtils, DocumentState, setInterruptionPeriod, type AstNode, type LangiumDocument } from 'langium';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import fc from 'fast-check';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { realisticText } from '../pathological/generators.js';
import type { Range } from 'vscode-languageserver-types';
import type { DeclarationEdit } from '../../language/parser/declaration-reparse.js';

const OTHER = 'stakeholder Zed\ndomain Far { owner P1_0 consulted P2_1 }\ndecision Across { affects D1_0, Far }\n';

/** Everything a build computes for a document, in a form two builds can be compared by. */
function snapshot(ws: TestWorkspace, file: string) {
    const document = ws.documents.get(file)!;
    const root = document.parseResult.value;
    const serializer = ws.services.serializer.JsonSerializer;
    const containers: string[] = [];
    for (const node of AstUtils.streamAst(root)) {
        if (node.$container && !heldByContainer(node)) containers.push(`${node.$type} is not where its container says`);
    }
    const nodes = AstUtils.streamAst(root)
        .map(node => `${node.$type} ${node.$cstNode?.offset}-${node.$cstNode?.end} ${rangeText(node.$cstNode?.range)}`)
        .toArray();
    const tokens = CstUtils.streamCst(root.$cstNode!)
        .filter(node => !('content' in node))
        .map(leaf => `${leaf.offset}+${leaf.length} ${rangeText(leaf.range)} ${leaf.hidden ? 'hidden' : ''} ${leaf.text}`)
        .toArray();
    const references = [...document.references]
        .filter(reference => !reference.error)
        .map(reference => `${reference.$refText}@${reference.$refNode?.offset} → ${pathOf(ws, 'ref' in reference ? reference.ref : undefined)}`)
        .sort();
    const described = ((ws.services.shared.workspace.IndexManager as unknown as { referenceIndex: Map<string, unknown[]> }).referenceIndex.get(
        document.uri.toString()
    ) ?? []) as Array<{ sourcePath: string; targetPath: string; segment: { offset: number; range: unknown } }>;
    return {
        state: document.state,
        tree: serializer.serialize(root, { space: 0 }),
        containers,
        nodes,
        tokens,
        references,
        index: described.map(d => `${d.sourcePath} → ${d.targetPath} @${d.segment.offset} ${rangeText(d.segment.range as Range)}`),
        // Every target is a declaration of a live tree: a target left from an older tree is a stale answer.
        stale: AstUtils.streamAst(root)
            .flatMap(node => AstUtils.streamReferences(node))
            .filter(info => !live(ws, 'ref' in info.reference ? info.reference.ref : undefined))
            .map(info => `${info.reference.$refText}@${info.reference.$refNode?.offset}`)
            .toArray(),
        diagnostics: ws.diagnostics(file).map(d => `${d.code} ${rangeText(d.range)} ${d.message}`)
    };
}

/** Whether a node is where its container says it is: a node cut out of a tree is not. */
function heldByContainer(node: AstNode): boolean {
    const held = (node.$container as unknown as Record<string, unknown>)[node.$containerProperty!];
    return Array.isArray(held) ? held[node.$containerIndex!] === node : held === node;
}

/** Whether a node is nothing, or part of the tree some document of the workspace holds now. */
function live(ws: TestWorkspace, node: AstNode | undefined): boolean {
    if (!node) return true;
    let top = node;
    while (top.$container) {
        if (!heldByContainer(top)) return false;
        top = top.$container;
    }
    const document = top.$document;
    return document !== undefined && ws.services.shared.workspace.LangiumDocuments.getDocument(document.uri)?.parseResult.value === top;
}

function rangeText(range: Range | undefined): string {
    return range ? `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}` : 'none';
}

function pathOf(ws: TestWorkspace, node: AstNode | undefined): string {
    if (!node) return 'nothing';
    return `${AstUtils.getDocument(node).uri.path}#${ws.services.workspace.AstNodeLocator.getAstNodePath(node)}`;
}

/** An edit: replace `length` characters at a relative position with `text`. */
interface Edit {
    kind: 'anywhere' | 'name' | 'between' | 'drop-line';
    at: number;
    atLineStart: boolean;
    length: number;
    text: string;
    cancel: number | undefined;
}

const snippets = fc.constantFrom(
    'x',
    ' ',
    '\n',
    '\r\n',
    '\r',
    '// note\n',
    '/* block */',
    '"',
    '{',
    '}',
    'stakeholder Zed\n',
    '\nstakeholder P0_1 "again"\n',
    'domain Dz { owner P0_0 }\n',
    'domain D0_0 { owner P3_3 }\n',
    ' owner P0_2',
    'decision Q { affects D0_0, D1_1 }\n',
    'P0_0',
    'Zed',
    'risk R9 { owner Nobody }',
    'stakeholder P3_1\n',
    'stakeholder P2_1 "dup" ',
    'domain D3_0 { owner P0_0 }\n',
    'stakeholder Zed ',
    'domain P3_1\n',
    '// align-waive domain-no-owner until 2099-01-01: being hired\n',
    '// align-waive reference-kind until 2099-01-01: t\n',
    'stakeholder D3_2\n',
    ''
);

const edits = fc.array(
    fc.record({
        kind: fc.constantFrom('anywhere', 'name', 'between', 'between', 'drop-line'),
        at: fc.nat(),
        atLineStart: fc.boolean(),
        length: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 40 })),
        text: snippets,
        cancel: fc.option(fc.nat({ max: 6 }), { nil: undefined })
    }),
    { minLength: 1, maxLength: 8 }
);

const TOP_LEVEL = /^(?:stakeholder|group|domain|rule|cadence|metric|risk|decision|milestone|benefit|initiative|agreement)\b/gm;

/** Every match of a pattern, as [start, end]. */
function matches(text: string, pattern: RegExp): Array<[number, number]> {
    return [...text.matchAll(pattern)].map(match => [match.index, match.index + match[0].length]);
}

/**
 * Applies an edit to the text, snapping the position into it: anywhere (usually breaking the
 * text), at the end of a name (a rename), between two declarations, or dropping a one-line
 * declaration. The last three keep the text well formed most of the time.
 */
function apply(text: string, edit: Edit): string {
    if (edit.kind === 'name') {
        const names = matches(text, /\b[A-Z][A-Za-z]*\d+(?:_\d+)?\b/g);
        if (names.length > 0) {
            const [, end] = names[edit.at % names.length];
            return edit.length % 2 === 0 ? text.slice(0, end) + 'x' + text.slice(end) : text.slice(0, end - 1) + text.slice(end);
        }
    }
    if (edit.kind === 'between' || edit.kind === 'drop-line') {
        const starts = matches(text, TOP_LEVEL).map(([start]) => start);
        if (starts.length > 0) {
            const start = starts[edit.at % starts.length];
            if (edit.kind === 'between') return text.slice(0, start) + edit.text + (edit.text.endsWith('\n') ? '' : '\n') + text.slice(start);
            const end = text.indexOf('\n', start);
            const line = text.slice(start, end < 0 ? text.length : end);
            if (!line.includes('{') || line.includes('}')) return text.slice(0, start) + text.slice(end < 0 ? text.length : end + 1);
        }
    }
    let at = edit.at % (text.length + 1);
    if (edit.atLineStart) at = text.lastIndexOf('\n', at - 1) + 1;
    return text.slice(0, at) + edit.text + text.slice(Math.min(text.length, at + edit.length));
}

/** Starts an update and cancels it after `ticks` turns of the event loop, as a newer keystroke does. */
async function cancelledUpdate(ws: TestWorkspace, file: string, text: string, ticks: number): Promise<void> {
    ws.stage(file, text);
    const source = new CancellationTokenSource();
    const running = ws.services.shared.workspace.DocumentBuilder.update([ws.uriOf(file)], [], source.token).catch(() => undefined);
    for (let i = 0; i < ticks; i++) await new Promise(resolve => setImmediate(resolve));
    source.cancel();
    await running;
}

// Several declarations on one line: an edit before them moves their columns, not only their lines.
const BASE =
    realisticText(2) + 'stakeholder S1 stakeholder S2 { org "x" } stakeholder S3 domain S4 { owner S1 } decision S5 { affects S4 }\n' + realisticText(2, 2);

describe('a file built in part after an edit', () => {
    it('is exactly the file built whole, after any sequence of edits (fast-check)', async () => {
        // Builds yield every millisecond instead of every ten, so cancellations land in more places.
        setInterruptionPeriod(1);
        onTestFinished(() => setInterruptionPeriod(10));
        const ws = await buildWorkspace({ 'main.align': BASE, 'other.align': OTHER });
        let text = BASE;
        let reparsed = 0;
        const reparse = ws.services.shared.align.IncrementalEdits;
        const record = reparse.record.bind(reparse);
        reparse.record = (uri: string, edit: DeclarationEdit) => {
            reparsed++;
            record(uri, edit);
        };
        await fc.assert(
            fc.asyncProperty(edits, async steps => {
                for (const step of steps) {
                    text = apply(text, step);
                    if (step.cancel !== undefined) {
                        await cancelledUpdate(ws, 'main.align', text, step.cancel);
                        continue;
                    }
                    await ws.setFile('main.align', text);
                    const whole = await buildWorkspace({ 'main.align': text, 'other.align': OTHER });
                    expect(snapshot(ws, 'main.align')).toEqual(snapshot(whole, 'main.align'));
                    const other = snapshot(ws, 'other.align');
                    expect(other.stale).toEqual([]);
                    expect(other.diagnostics).toEqual(snapshot(whole, 'other.align').diagnostics);
                }
                await ws.setFile('main.align', text);
                const whole = await buildWorkspace({ 'main.align': text, 'other.align': OTHER });
                expect(snapshot(ws, 'main.align')).toEqual(snapshot(whole, 'main.align'));
                // A broken text is put back, so that the next edits land in well-formed text again.
                const parsed = ws.documents.get('main.align')!.parseResult;
                if (text.length > 4 * BASE.length || parsed.parserErrors.length > 0 || parsed.lexerErrors.length > 0) {
                    text = BASE;
                    await ws.setFile('main.align', text);
                }
            }),
            { numRuns: Number(process.env.ALIGN_INCREMENTAL_RUNS ?? 150), seed: Number(process.env.ALIGN_INCREMENTAL_SEED ?? 1912) }
        );
        // The property is about the incremental path: most edits must have taken it.
        expect(reparsed).toBeGreaterThan(Number(process.env.ALIGN_INCREMENTAL_RUNS ?? 150));
    }, 120_000);

    it('moves the findings and tokens after the edit by the lines it added', async () => {
        const text = 'stakeholder A\ndomain D { owner Nobody }\nrisk R { owner Ghost }\n';
        const ws = await buildWorkspace({ 'main.align': text });
        const before = ws.diagnostics().map(d => d.range.start.line);
        await ws.setFile('main.align', 'stakeholder A "Ann"\n\n\n' + text.slice('stakeholder A\n'.length));
        expect(ws.diagnostics().map(d => d.range.start.line)).toEqual(before.map(line => line + 2));
        const whole = await buildWorkspace({ 'main.align': 'stakeholder A "Ann"\n\n\n' + text.slice('stakeholder A\n'.length) });
        expect(snapshot(ws, 'main.align')).toEqual(snapshot(whole, 'main.align'));
    });

    it('parses only the declarations around the edit and keeps the others as they were', async () => {
        const ws = await buildWorkspace({ 'main.align': BASE });
        const document: LangiumDocument = ws.documents.get('main.align')!;
        const root = document.parseResult.value as unknown as { declarations: AstNode[] };
        const before = [...root.declarations];
        const at = BASE.indexOf('stakeholder P2_3') + 'stakeholder P2_3'.length;
        await ws.setFile('main.align', BASE.slice(0, at) + 'x' + BASE.slice(at));
        const kept = root.declarations.filter((declaration, i) => before[i] === declaration).length;
        expect(document.parseResult.value).toBe(root);
        expect(document.state).toBe(DocumentState.Validated);
        // The edited declaration and its neighbours are new; all the others are the same objects.
        expect(kept).toBe(before.length - 3);
        const unresolved = ws.diagnostics().filter(d => d.code === 'unresolved-reference');
        expect(unresolved.length).toBeGreaterThan(0);
        expect(unresolved.every(d => d.message.startsWith("'P2_3' is not declared"))).toBe(true);
    });
});
