// Completion as the editor receives it: one entry per concept, snippets filled with the
// project's names and dates, reference slots limited to the kinds they accept.
import { existsSync, readFileSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-types';
import type { AlignServices } from '../../server/align-services.js';
import { choice, choiceOr } from '../../server/completion/snippet-syntax.js';
import { buildLspWorkspace } from './lsp-workspace.js';

const PEOPLE = [
    'stakeholder Ann "Chief Information Officer" { org "IT" }',
    'stakeholder Bob',
    'group G "Triage group" { members Ann }',
    'cadence W every week { attendees Ann, Bob }',
    'domain Arch { owner Ann }',
    'domain UX { owner Bob }',
    'metric Adoption outcome { owner Ann target 60% }',
    'milestone Pilot "Pilot launch" on 2027-02-01',
    'milestone Beta on 2026-12-01',
    ''
].join('\n');

const DECLARATION_KEYWORDS = [
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

/** Completion at the `|` in the text (the marker is removed), in the order the editor sorts it. */
async function completeAt(marked: string, files: Record<string, string> = {}): Promise<CompletionItem[]> {
    const ws = await buildLspWorkspace({ 'main.align': marked.replace('|', ''), ...files });
    return completeIn(ws.services, ws.document(), marked);
}

/** Completion at the `|` of `marked` in a document built from it without the marker. */
async function completeIn(services: AlignServices, document: LangiumDocument, marked: string): Promise<CompletionItem[]> {
    const position = document.textDocument.positionAt(marked.indexOf('|'));
    const list = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
    return [...(list?.items ?? [])].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
}

const labels = (items: CompletionItem[]) => items.map(item => item.label);
const inserted = (items: CompletionItem[], label: string) => {
    const item = items.find(candidate => candidate.label === label);
    expect(item, `no ${label} in ${JSON.stringify(labels(items))}`).toBeDefined();
    return item!.textEdit!.newText;
};

describe('declarations', () => {
    it('offers each declaration keyword once, as a snippet, between declarations', async () => {
        const items = await completeAt(`${PEOPLE}|`);
        expect(labels(items)).toEqual(DECLARATION_KEYWORDS);
        for (const item of items) {
            expect(item.insertTextFormat, item.label).toBe(2);
            expect(item.kind, item.label).toBe(14);
        }
        expect(inserted(items, 'domain')).toBe(
            'domain ${1:Name} "${2:Title}" {\n\towner ${3|Ann,Bob,G|}\n\tconsulted ${4|Bob,G,Ann|}\n\tinformed ${5|G,Ann,Bob|}\n}'
        );
    });

    it('offers the declaration snippets in an empty file, with placeholders where the project has no names', async () => {
        const items = await completeAt('|');
        expect(labels(items)).toEqual(DECLARATION_KEYWORDS);
        expect(inserted(items, 'domain')).toContain('owner ${3:Stakeholder}');
        expect(inserted(items, 'decision')).toContain('affects ${3:Domain}');
    });

    it('offers no declaration inside a block, in a name slot or in a reference slot', async () => {
        expect(labels(await completeAt(`${PEOPLE}domain D {\n    |\n}`))).toEqual(['owner', 'part of', 'delegated by', 'reserved', 'consulted', 'informed']);
        expect(labels(await completeAt(`${PEOPLE}domain |`))).toEqual([]);
        // A group owns as one body (docs/language.md, "Bodies"); a cadence cannot own.
        const owner = labels(await completeAt(`${PEOPLE}domain D {\n    owner |\n}`));
        expect(owner).toEqual(['Ann', 'Bob', 'G']);
        const touches = labels(await completeAt(`${PEOPLE}rule R { when touches |`));
        expect(touches.filter(label => DECLARATION_KEYWORDS.includes(label))).toEqual([]);
    });

    it('fills name slots with a choice of at most ten names, escaped, and date slots with dates', async () => {
        const many = Array.from({ length: 12 }, (_, i) => `stakeholder S${i}`).join('\n');
        const items = await completeAt(`${many}\n|`);
        expect(inserted(items, 'risk')).toContain('owner ${3|S0,S1,S2,S3,S4,S5,S6,S7,S8,S9|}');
        expect(inserted(await completeAt(`${PEOPLE}|`), 'decision')).toContain('due ${4|2026-11-24,2026-11-30,2026-12-31,2026-12-01,2027-02-01|}');
        // Names come from the user's files: every character the snippet syntax reserves is escaped.
        expect(choice(2, ['a,b', 'c|d', '$x', 'e}', 'f\\g'])).toBe('${2|a\\,b,c\\|d,\\$x,e\\},f\\\\g|}');
        expect(choiceOr(3, [], 'Stake$holder}')).toBe('${3:Stake\\$holder\\}}');
    });
});

describe('properties', () => {
    it('offers each property keyword once, as a snippet with the words that follow it', async () => {
        const items = await completeAt(`${PEOPLE}rule R {\n    |\n}`);
        expect(labels(items)).toEqual(['when', 'decided by', 'escalates to']);
        expect(inserted(items, 'decided by')).toBe('decided by ${1|Ann,Bob,G,W|} within ${2:48 hours}');
        expect(inserted(items, 'when')).toBe('when ${1|crosses any,touches Arch,touches UX|}');
    });

    it('leaves out properties the block already has', async () => {
        const items = await completeAt(`${PEOPLE}rule R {\n    decided by G within 2 days\n    |\n}`);
        expect(labels(items)).toEqual(['when', 'escalates to']);
    });

    it('offers names, not keywords, while a placeholder is typed over', async () => {
        const items = await completeAt(`stakeholder Owen "Owner of things"\nstakeholder Bob\ngroup Owners { members Owen }\ndomain D {\n    owner Ow|`);
        expect(labels(items)).toEqual(['Owen', 'Owners']);
        expect(items[0].detail).toBe('stakeholder · "Owner of things"');
        const members = await completeAt(`stakeholder Owen\ngroup Owners { members Owen }\ngroup H {\n    members Ow|`);
        expect(labels(members)).toEqual(['Owen', 'Owners']);
        expect(members.map(item => item.kind)).not.toContain(14);
    });
});

describe('reference slots', () => {
    it('offers only the kinds the slot accepts, with kind and title', async () => {
        const items = await completeAt(`${PEOPLE}rule R { decided by | }`);
        expect(labels(items)).toEqual(['Ann', 'Bob', 'G', 'W']);
        expect(items.map(item => item.detail)).toEqual(['stakeholder · "Chief Information Officer"', 'stakeholder', 'group · "Triage group"', 'cadence']);
        expect(labels(await completeAt(`${PEOPLE}benefit B { measured by | }`))).toEqual(['Adoption']);
        expect(labels(await completeAt(`${PEOPLE}benefit B { expected at | }`))).toEqual(['Beta', 'Pilot']);
    });

    it('leaves out the names already in the list', async () => {
        expect(labels(await completeAt(`${PEOPLE}rule R { when touches Arch, | }`))).toEqual(['UX']);
        expect(labels(await completeAt(`${PEOPLE}group H { members Ann, Bob, | }`))).toEqual(['G']);
        expect(labels(await completeAt(`${PEOPLE}agreement A { escalation path W -> G -> | }`))).toEqual(['Ann', 'Bob']);
    });

    it('shows a doc comment literally', async () => {
        const items = await completeAt('/** See [this](command:workbench.action.quit) */\nstakeholder Ann\ndomain D { owner | }');
        expect(items[0].documentation).toEqual({ kind: 'markdown', value: 'See \\[this\\]\\(command:workbench\\.action\\.quit\\)' });
    });
});

describe('durations', () => {
    it('offers each unit once after a number', async () => {
        const items = await completeAt(`${PEOPLE}rule R { decided by G within 48 | }`);
        expect(labels(items)).toEqual(['hours', 'days', 'business days', 'weeks', 'months', 'quarters', 'years']);
    });

    it('offers the singular after 1 and only days after business', async () => {
        expect(labels(await completeAt(`${PEOPLE}risk R { escalates to G after 1 | }`))).toEqual([
            'hour',
            'day',
            'business day',
            'week',
            'month',
            'quarter',
            'year'
        ]);
        expect(labels(await completeAt(`${PEOPLE}agreement A { response within 3 business | }`))).toEqual(['days']);
    });

    it('offers each period once after every, and an every snippet after a cadence name', async () => {
        expect(labels(await completeAt(`${PEOPLE}cadence C every |`))).toEqual(['day', 'week', 'month', 'quarter', 'year']);
        const every = await completeAt(`${PEOPLE}cadence C "Status" |`);
        // A forum meets `every …`, or answers in writing (`async`).
        expect(labels(every)).toEqual(['every', 'async']);
        expect(inserted(every, 'every')).toBe('every ${1|week,2 weeks,month,quarter|}');
    });
});

describe('dates', () => {
    const expected = [
        { label: '2026-11-24', detail: 'today' },
        { label: '2026-11-30', detail: 'end of this month' },
        { label: '2026-12-31', detail: 'end of this quarter' },
        { label: '2026-12-01', detail: 'milestone Beta' },
        { label: '2027-02-01', detail: 'milestone Pilot' }
    ];
    const dates = (items: CompletionItem[]) => items.map(({ label, detail }) => ({ label, detail }));

    it('offers today, the ends of month and quarter, and the milestones after due and expected by', async () => {
        expect(dates(await completeAt(`${PEOPLE}decision X { due | }`))).toEqual(expected);
        expect(dates(await completeAt(`${PEOPLE}benefit B { expected by | }`))).toEqual([
            ...expected,
            { label: '2026-Q4', detail: 'this quarter' },
            { label: '2027-Q1', detail: 'next quarter' }
        ]);
    });

    it('offers quarters too after a metric by, and leaves out the milestone being dated', async () => {
        expect(labels(await completeAt(`${PEOPLE}metric M outcome { by | }`))).toEqual([...expected.map(date => date.label), '2026-Q4', '2027-Q1']);
        expect(dates(await completeAt(`${PEOPLE}milestone Launch on |`))).toEqual(expected);
    });

    it("takes today from the project's align.config.json", async () => {
        const { services, document, marked } = await buildConfiguredWorkspace('{ "today": "2027-03-10" }', 'decision X { due | }');
        services.align.ValidationOptions.today = undefined;
        expect(dates(await completeIn(services, document, marked))).toEqual([
            { label: '2027-03-10', detail: 'today' },
            { label: '2027-03-31', detail: 'end of this month, end of this quarter' }
        ]);
    });
});

describe('packaging', () => {
    it('contributes no snippet file: the server offers the snippets', () => {
        const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { contributes: Record<string, unknown> };
        expect(manifest.contributes.snippets).toBeUndefined();
        expect(existsSync(new URL('../../snippets/align.code-snippets.json', import.meta.url))).toBe(false);
    });

    it('inserts plain keywords for a client without snippets', async () => {
        const ws = await buildLspWorkspace({ 'main.align': PEOPLE });
        await ws.services.shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, capabilities: {} });
        const items = await completeIn(ws.services, ws.document(), `${PEOPLE}|`);
        expect(labels(items)).toEqual(DECLARATION_KEYWORDS);
        expect(items.every(item => item.insertTextFormat === undefined && item.textEdit?.newText === item.label)).toBe(true);
    });
});

/** A project folder holding align.config.json and one file, the text before `|` and after. */
async function buildConfiguredWorkspace(config: string, marked: string) {
    const ws = await buildLspWorkspace({ 'align.config.json': config, 'main.align': marked.replace('|', '') });
    return { services: ws.services, document: ws.document('main.align'), marked };
}

describe('a space after a keyword', () => {
    /** Completion as VS Code asks for it when the user has just typed a space. */
    async function afterSpace(marked: string): Promise<string[]> {
        const ws = await buildLspWorkspace({ 'main.align': marked.replace('|', '') });
        const position = ws.document().textDocument.positionAt(marked.indexOf('|'));
        const list = await ws.services.lsp.CompletionProvider!.getCompletion(ws.document(), {
            textDocument: { uri: ws.document().uri.toString() },
            position,
            context: { triggerKind: 2, triggerCharacter: ' ' }
        });
        return (list?.items ?? []).map(item => item.label).sort();
    }

    it('opens the list of what fills the slot: names of the right kind, periods', async () => {
        expect((await buildLspWorkspace('')).services.lsp.CompletionProvider!.completionOptions?.triggerCharacters).toEqual([' ']);
        expect(await afterSpace(`${PEOPLE}domain D {\n    owner |\n}`)).toEqual(['Ann', 'Bob', 'G']);
        expect(await afterSpace(`${PEOPLE}decision X { affects | }`)).toEqual(['Arch', 'UX']);
        expect(await afterSpace(`${PEOPLE}cadence C every |`)).toEqual(['day', 'month', 'quarter', 'week', 'year']);
    });

    it('offers no keywords on a space, and nothing in a comment or a string', async () => {
        expect(await afterSpace(`${PEOPLE}domain D { |`)).toEqual([]);
        expect(await afterSpace(`${PEOPLE}// owner |`)).toEqual([]);
        expect(await afterSpace(`${PEOPLE}stakeholder S "owner |`)).toEqual([]);
    });
});
