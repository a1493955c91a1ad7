// Editor features at the level of a mature language extension: the outline, the code lens
// that peeks at a domain's decisions, the formatter's blank lines and comments, the decider
// inlay hints with their setting, and the highlight of a name's other uses.
import { describe, expect, it, vi } from 'vitest';
import { DocumentHighlightKind, type DocumentSymbol, type InlayHint, type InlayHintLabelPart, type Location } from 'vscode-languageserver';
import { Commands } from '../../language/protocol.js';
import { watchSettings } from '../../server/settings.js';
import { positionOf } from '../helpers/text.js';
import { applyEdits, buildLspWorkspace, type LspWorkspace } from './lsp-workspace.js';

const uriOf = (ws: LspWorkspace, file?: string) => ws.document(file).uri.toString();

describe('outline', () => {
    const ALL_KINDS = [
        'initiative Portal "Patient portal" { sponsor CIO }',
        'stakeholder CIO "Chief Information Officer" { org "IT" }',
        'stakeholder Lead',
        'group Triage "Triage group" { members CIO }',
        'domain UX "User experience" { owner CIO }',
        'rule Cross "Cross-domain decisions" { when crosses any decided by Triage within 48 hours }',
        'cadence SteerCo "Steering committee" every month { attendees CIO }',
        'milestone Pilot "Pilot launch" on 2027-02-01',
        'metric Adoption "Portal adoption" outcome { owner CIO target 60% }',
        'benefit FewerCalls "Fewer calls" { measured by Adoption }',
        'risk Vendor "Vendor API delay" { owner CIO mitigation "stub" }',
        'decision IdP "Choose the identity provider" { affects UX }',
        'agreement Talk "How we talk" { channel "#portal" }'
    ].join('\n');

    async function symbols(text: string): Promise<DocumentSymbol[]> {
        const ws = await buildLspWorkspace(text);
        return await ws.services.lsp.DocumentSymbolProvider!.getSymbols(ws.document(), { textDocument: { uri: uriOf(ws) } });
    }

    it('shows each title as the detail and one icon per kind of declaration', async () => {
        const list = await symbols(ALL_KINDS);
        expect(list.map(s => [s.name, s.detail])).toEqual([
            ['Portal', 'Patient portal'],
            ['CIO', 'Chief Information Officer'],
            ['Lead', undefined],
            ['Triage', 'Triage group'],
            ['UX', 'User experience'],
            ['Cross', 'Cross-domain decisions'],
            ['SteerCo', 'Steering committee'],
            ['Pilot', 'Pilot launch'],
            ['Adoption', 'Portal adoption'],
            ['FewerCalls', 'Fewer calls'],
            ['Vendor', 'Vendor API delay'],
            ['IdP', 'Choose the identity provider'],
            ['Talk', 'How we talk']
        ]);
        // Both stakeholders share a kind; the twelve kinds of declaration have twelve icons.
        expect(list[1].kind).toBe(list[2].kind);
        const kinds = list.filter(s => s.name !== 'Lead').map(s => s.kind);
        expect(new Set(kinds).size).toBe(12);
    });

    it('keeps a title with an escaped line break on one line', async () => {
        const [symbol] = await symbols('stakeholder A "first\\nsecond"');
        expect(symbol.detail).toBe('first second');
    });
});

describe('code lens above a domain', () => {
    const FILES = {
        'rights.align': 'stakeholder Ann\nstakeholder Bob\ndomain UX "User experience" { owner Ann }\ndomain Quiet { owner Bob }\ndomain Arch { owner Bob }\n',
        'decisions.align':
            'decision Login { affects UX }\ndecision Colours { affects UX }\ndecision Other { affects Arch }\ndecision Both { affects UX, Arch }\n'
    };

    it('peeks at the decisions that affect the domain, in every file', async () => {
        const ws = await buildLspWorkspace(FILES);
        const lenses =
            (await ws.services.lsp.CodeLensProvider!.provideCodeLens(ws.document('rights.align'), { textDocument: { uri: uriOf(ws, 'rights.align') } })) ?? [];
        const ux = lenses.find(lens => lens.command?.title.startsWith('3 decisions'))!;
        expect(ux.command!.title).toBe('3 decisions · owner Ann');
        expect(ux.command!.command).toBe(Commands.showLocations);
        const [uri, position, locations] = ux.command!.arguments as [string, { line: number; character: number }, Location[]];
        // Anchored at the domain's name, where the peek opens.
        expect(uri).toBe(uriOf(ws, 'rights.align'));
        expect(position).toEqual(positionOf(FILES['rights.align'], 'UX'));
        // Each location is a decision's name in the file that declares it.
        const decisions = FILES['decisions.align'];
        expect(locations).toEqual(
            ['Login', 'Colours', 'Both'].map(name => ({
                uri: uriOf(ws, 'decisions.align'),
                range: { start: positionOf(decisions, name), end: positionOf(decisions, name, 0, name.length) }
            }))
        );
        // Plain JSON: what crosses the wire is what the client converts.
        expect(JSON.parse(JSON.stringify(ux.command!.arguments))).toEqual(ux.command!.arguments);
    });

    it('goes to the owner when no decision affects the domain', async () => {
        const ws = await buildLspWorkspace(FILES);
        const lenses =
            (await ws.services.lsp.CodeLensProvider!.provideCodeLens(ws.document('rights.align'), { textDocument: { uri: uriOf(ws, 'rights.align') } })) ?? [];
        const quiet = lenses.find(lens => lens.command?.title === '0 decisions · owner Bob')!;
        expect(quiet.command!.command).toBe(Commands.revealDeclaration);
    });
});

describe('formatter layout between declarations', () => {
    async function format(text: string): Promise<string> {
        const ws = await buildLspWorkspace(text);
        const edits = await ws.services.lsp.Formatter!.formatDocument(ws.document(), {
            textDocument: { uri: uriOf(ws) },
            options: { tabSize: 4, insertSpaces: true }
        });
        return applyEdits(text, edits);
    }

    /** Formats, checks that a second run changes nothing and that only whitespace between tokens changed. */
    async function formatted(text: string): Promise<string> {
        const once = await format(text);
        expect(await format(once), 'idempotent').toBe(once);
        const ws = await buildLspWorkspace(text);
        const lexer = ws.services.parser.Lexer;
        const tokens = (source: string) => {
            const result = lexer.tokenize(source);
            return [...result.tokens, ...(result.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map(token => token.image);
        };
        expect(tokens(once), 'same tokens and comments').toEqual(tokens(text));
        return once;
    }

    it('collapses several blank lines to one', async () => {
        expect(await formatted('stakeholder A\n\n\n\nstakeholder B\n\n\n\ndomain D {\n    owner A\n    consulted B\n}\n\n\n\n\ndomain E { owner B }\n')).toBe(
            'stakeholder A\n\nstakeholder B\n\ndomain D {\n    owner A\n    consulted B\n}\n\ndomain E { owner B }\n'
        );
    });

    it('inserts one blank line where a block touches another declaration', async () => {
        expect(
            await formatted(
                'stakeholder A\ndomain D {\n    owner A\n    consulted A\n}\ndomain E { owner A }\ndomain F {\n    owner A\n    informed A\n}\ndomain G {\n    owner A\n    informed A\n}\n'
            )
        ).toBe(
            'stakeholder A\n\ndomain D {\n    owner A\n    consulted A\n}\n\ndomain E { owner A }\n\ndomain F {\n    owner A\n    informed A\n}\n\ndomain G {\n    owner A\n    informed A\n}\n'
        );
    });

    it('keeps one-line declarations together as written, one per line', async () => {
        expect(await formatted('stakeholder A\nstakeholder B stakeholder C\n\nmilestone M on 2027-01-01\n')).toBe(
            'stakeholder A\nstakeholder B\nstakeholder C\n\nmilestone M on 2027-01-01\n'
        );
    });

    it('keeps comments right above a declaration attached to it, the blank line above them', async () => {
        expect(await formatted('domain D {\n    owner A\n}\n// Who decides E:\n// the owner.\ndomain E {\n    owner A\n}\n\n\n\n// A\nstakeholder A\n')).toBe(
            'domain D {\n    owner A\n}\n\n// Who decides E:\n// the owner.\ndomain E {\n    owner A\n}\n\n// A\nstakeholder A\n'
        );
    });

    it('keeps a comment at the end of a line on that line, and the line below it where it is', async () => {
        // The waiver applies to the line below it: no blank line may come between, though a block is above.
        const text =
            'stakeholder A\n\ndomain D {\n    informed A\n} // align-waive decision-ambiguous-owner until 2027-01-31: forming\ndecision X { affects D }\n';
        expect(await formatted(text)).toBe(text);
        const codes = async (source: string) => ((await buildLspWorkspace(source)).document().diagnostics ?? []).map(d => d.code);
        // The waiver silences decision X's finding: only the domain's own remains.
        expect(await codes(text)).toEqual(['domain-no-owner']);
    });

    it('keeps a free-standing comment in place with one blank line around it at most', async () => {
        expect(
            await formatted(
                '// People\n\n\n\nstakeholder A\nstakeholder B\n\n\n// Rights\n\n\n\ndomain D {\n    owner A\n    informed B\n}\n// end of rights\n\n\n\n// trailer\n'
            )
        ).toBe('// People\n\nstakeholder A\nstakeholder B\n\n// Rights\n\ndomain D {\n    owner A\n    informed B\n}\n// end of rights\n\n// trailer\n');
    });

    it('indents a comment inside a block like the property below it, keeping a blank line under it', async () => {
        expect(
            await formatted(
                'domain D {\n// who decides\n  owner A\n      // align-waive x until 2027-01-01: not for informed\n\n  informed A\n}\nstakeholder A\n'
            )
        ).toBe('domain D {\n    // who decides\n    owner A\n    // align-waive x until 2027-01-01: not for informed\n\n    informed A\n}\n\nstakeholder A\n');
    });
});

describe('decider inlay hints', () => {
    const TEXT = [
        'stakeholder Ann',
        'stakeholder Bob',
        'group Triage { members Ann, Bob }',
        'domain UX { owner Ann }',
        'domain Arch { owner Bob }',
        'domain Ops { owner Bob }',
        'rule Cross { when touches UX, Arch decided by Triage within 48 hours }',
        'decision Login "Login page" { affects UX }',
        'decision IdP { affects UX, Arch }',
        'decision Pager { affects UX, Ops }',
        'decision Forced { affects UX decided by Bob }',
        'decision'
    ].join('\n');

    async function hints(ws: LspWorkspace): Promise<InlayHint[]> {
        const end = { line: TEXT.split('\n').length, character: 0 };
        return (
            (await ws.services.lsp.InlayHintProvider!.getInlayHints(ws.document(), {
                textDocument: { uri: uriOf(ws) },
                range: { start: { line: 0, character: 0 }, end }
            })) ?? []
        );
    }

    const label = (hint: InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join(''));

    it('shows who decides after each decision name, from the model', async () => {
        const ws = await buildLspWorkspace(TEXT);
        const list = await hints(ws);
        expect(list.map(label)).toEqual(['→ Ann', '→ Triage', '→ nobody decides', '→ Bob']);
        // Right after the name, before the title.
        expect(list[0].position).toEqual(positionOf(TEXT, 'Login', 0, 'Login'.length));
        expect(list[0].paddingLeft).toBe(true);
        // The decider's name goes to its declaration.
        const triage = (list[1].label as InlayHintLabelPart[])[1];
        expect(triage.location).toEqual({ uri: uriOf(ws), range: { start: positionOf(TEXT, 'Triage'), end: positionOf(TEXT, 'Triage', 0, 6) } });
        // The tooltip says why, in the model's words.
        const model = ws.services.align.AlignmentModel.modelOf(ws.document().uri);
        const infos = [...model.decisions.values()];
        expect(list[1].tooltip).toBe(`Decided by: ${infos[1].framework.explanation}`);
        expect(list[2].tooltip).toBe(`Decided by: ${infos[2].framework.explanation}`);
        expect(list[2].tooltip).toContain('No one');
        expect(list[3].tooltip).toBe(`Decided by: ${infos[3].framework.explanation}\nExplicitly decided by Bob, overriding the framework.`);
    });

    it('are switched off by align.inlayHints.deciders', async () => {
        const ws = await buildLspWorkspace(TEXT);
        const shared = ws.services.shared;
        watchSettings(shared, ws.services);
        await shared.workspace.ConfigurationProvider.initialized({});
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { align: { inlayHints: { deciders: false } } } });
        await vi.waitFor(() => expect(ws.services.editor.Settings.inlayHintDeciders).toBe(false));
        expect(await hints(ws)).toEqual([]);
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { align: { inlayHints: { deciders: true } } } });
        await vi.waitFor(() => expect(ws.services.editor.Settings.inlayHintDeciders).toBe(true));
        expect(await hints(ws)).toHaveLength(4);
    });
});

describe('document highlight', () => {
    const FILES = {
        'main.align': 'stakeholder Ann\ndomain UX { owner Ann consulted Ann }\ngroup G { members Ann, Bob }\n',
        'other.align': 'stakeholder Bob\ndomain Ops { owner Ann informed Bob }\n'
    };

    async function highlights(ws: LspWorkspace, file: keyof typeof FILES, needle: string, occurrence: number) {
        const result =
            (await ws.services.lsp.DocumentHighlightProvider!.getDocumentHighlight(ws.document(file), {
                textDocument: { uri: uriOf(ws, file) },
                position: positionOf(FILES[file], needle, occurrence, 1)
            })) ?? [];
        return result
            .map(h => ({ kind: h.kind, line: h.range.start.line, character: h.range.start.character }))
            .sort((a, b) => a.line - b.line || a.character - b.character);
    }

    const at = (file: keyof typeof FILES, occurrence: number, kind: DocumentHighlightKind) => {
        const { line, character } = positionOf(FILES[file], 'Ann', occurrence);
        return { kind, line, character };
    };

    it('marks the declaration as written and every use in the file as read, from the name', async () => {
        const ws = await buildLspWorkspace(FILES);
        expect(await highlights(ws, 'main.align', 'Ann', 0)).toEqual([
            at('main.align', 0, DocumentHighlightKind.Write),
            at('main.align', 1, DocumentHighlightKind.Read),
            at('main.align', 2, DocumentHighlightKind.Read),
            at('main.align', 3, DocumentHighlightKind.Read)
        ]);
    });

    it('does the same from any use', async () => {
        const ws = await buildLspWorkspace(FILES);
        expect(await highlights(ws, 'main.align', 'Ann', 2)).toEqual(await highlights(ws, 'main.align', 'Ann', 0));
    });

    it('marks only the uses in a file that does not declare the name', async () => {
        const ws = await buildLspWorkspace(FILES);
        expect(await highlights(ws, 'other.align', 'Ann', 0)).toEqual([at('other.align', 0, DocumentHighlightKind.Read)]);
        // Bob is declared in other.align: from main.align only the use there is marked.
        const bob = positionOf(FILES['main.align'], 'Bob');
        expect(await highlights(ws, 'main.align', 'Bob', 0)).toEqual([{ kind: DocumentHighlightKind.Read, ...bob }]);
    });
});
