// The quick fixes, through the code action provider: every action is applied to an in-memory
// workspace, which is rebuilt to see that the finding is gone and that no new error came in.
import { describe, expect, it, vi } from 'vitest';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { isDecision } from '../../language/generated/ast.js';
import { escapeSnippet, placeholder, plainText, snippetEditsOf, snippetFor, snippetText, type SnippetEdit } from '../../language/text/snippet-edits.js';
import { applyEdits, buildLspWorkspace, type LspWorkspace } from './lsp-workspace.js';

type Files = Record<string, string>;

// The parts of the VS Code API the client middleware uses, so that it can run outside VS Code.
const fakeVscode = vi.hoisted(() => {
    class Uri {
        constructor(private readonly text: string) {}
        static parse(text: string): Uri {
            return new Uri(text);
        }
        toString(): string {
            return this.text;
        }
    }
    class SnippetString {
        constructor(public value: string) {}
    }
    class SnippetTextEdit {
        constructor(
            public range: unknown,
            public snippet: SnippetString
        ) {}
        static replace(range: unknown, snippet: SnippetString): SnippetTextEdit {
            return new SnippetTextEdit(range, snippet);
        }
    }
    class WorkspaceEdit {
        private readonly byUri = new Map<string, [Uri, unknown[]]>();
        set(uri: Uri, edits: unknown[]): void {
            this.byUri.set(uri.toString(), [uri, [...edits]]);
        }
        entries(): Array<[Uri, unknown[]]> {
            return [...this.byUri.values()];
        }
    }
    class CodeAction {
        edit?: WorkspaceEdit;
        data?: unknown;
        constructor(public title: string) {}
    }
    return { Uri, SnippetString, SnippetTextEdit, WorkspaceEdit, CodeAction };
});
vi.mock('vscode', () => fakeVscode);

const PEOPLE = 'stakeholder Alice\nstakeholder Bob\nstakeholder Carol\ncadence Weekly every week { attendees Alice, Bob, Carol }\n';

interface Offered {
    ws: LspWorkspace;
    diagnostic: Diagnostic;
    /** Every action offered, waiver included. */
    all: CodeAction[];
    /** The actions that repair the model (all but the waiver). */
    fixes: CodeAction[];
}

/** The code actions offered for the first diagnostic with this code in this file. */
async function offered(files: Files, code: string, file = Object.keys(files)[0]): Promise<Offered> {
    const ws = await buildLspWorkspace(files);
    const document = ws.document(file);
    const diagnostic = (document.diagnostics ?? []).find(d => d.code === code) as Diagnostic;
    expect(diagnostic, `no ${code} in ${JSON.stringify(document.diagnostics?.map(d => d.code))}`).toBeDefined();
    const all = (await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    })) as CodeAction[];
    return { ws, diagnostic, all, fixes: all.filter(action => !action.title.startsWith('Waive')) };
}

/** The texts after applying an action's edits. */
function applied(files: Files, ws: LspWorkspace, action: CodeAction): Files {
    const result = { ...files };
    for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) {
        const name = Object.keys(files).find(file => ws.document(file).uri.toString() === uri);
        expect(name, `edit for an unknown file ${uri}`).toBeDefined();
        result[name!] = applyEdits(files[name!], edits);
    }
    return result;
}

/** Codes of the errors per file, counted. */
function errorCounts(ws: LspWorkspace, files: Files): Map<string, number> {
    const counts = new Map<string, number>();
    for (const file of Object.keys(files)) {
        for (const d of ws.document(file).diagnostics ?? []) {
            if (d.severity !== DiagnosticSeverity.Error) continue;
            const key = `${file}: ${String(d.code)}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return counts;
}

function codes(ws: LspWorkspace, files: Files): string[] {
    return Object.keys(files).flatMap(file => (ws.document(file).diagnostics ?? []).map(d => String(d.code)));
}

/**
 * Applies the action, rebuilds, and checks that no finding with the code is left and that no
 * file has an error it did not have before. Returns the fixed texts and the rebuilt workspace.
 */
async function applyAndRecheck(files: Files, offer: Offered, action: CodeAction): Promise<{ fixed: Files; again: LspWorkspace }> {
    const fixed = applied(files, offer.ws, action);
    const again = await buildLspWorkspace(fixed);
    const code = String(offer.diagnostic.code);
    expect(codes(again, fixed), `"${action.title}" left ${code}`).not.toContain(code);
    const before = errorCounts(offer.ws, files);
    for (const [key, count] of errorCounts(again, fixed)) {
        expect(count, `"${action.title}" added the error ${key}`).toBeLessThanOrEqual(before.get(key) ?? 0);
    }
    return { fixed, again };
}

/** Every offered fix is a quick fix for the diagnostic, and a waiver still comes last. */
function expectWellFormed(offer: Offered): void {
    for (const action of offer.fixes) {
        expect(action.kind).toBe('quickfix');
        expect(action.diagnostics).toEqual([offer.diagnostic]);
    }
    expect(offer.all[offer.all.length - 1].title).toMatch(/^Waive /);
}

function snippetsOf(action: CodeAction): SnippetEdit[] {
    return snippetEditsOf(action.data);
}

/** The single plain edit of an action, in the one file it changes. */
function onlyEdit(action: CodeAction): { uri: string; edit: TextEdit } {
    const entries = Object.entries(action.edit!.changes!);
    expect(entries).toHaveLength(1);
    expect(entries[0][1]).toHaveLength(1);
    return { uri: entries[0][0], edit: entries[0][1][0] };
}

/** The action's snippet stands for its plain edit: same place, same text but for the placeholders. */
function expectSnippetFor(action: CodeAction, snippet: string): void {
    const { uri, edit } = onlyEdit(action);
    const snippets = snippetsOf(action);
    expect(snippets).toHaveLength(1);
    expect(snippets[0]).toEqual({ uri, range: edit.range, newText: expect.stringContaining(snippet) });
    expect(snippets[0].newText.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\([\\$}])/g, '$1')).toBe(edit.newText);
}

describe('decision-ambiguous-owner', () => {
    const DOMAINS = 'domain Payments { owner Alice }\ndomain Security { owner Bob }\n';

    it('offers each owner as decider and a new triage group, none preferred', async () => {
        const files = { 'main.align': `${PEOPLE}${DOMAINS}decision Vendor { affects Payments, Security }\n` };
        const offer = await offered(files, 'decision-ambiguous-owner');
        expectWellFormed(offer);
        expect(offer.fixes.map(a => a.title)).toEqual([
            'Add rule: Alice decides Payments + Security',
            'Add rule: Bob decides Payments + Security',
            'Add rule: a new triage group PaymentsSecurityTriage (Alice and Bob) decides Payments + Security'
        ]);
        expect(offer.fixes.filter(a => a.isPreferred)).toEqual([]);
        const deciders: string[] = [];
        for (const action of offer.fixes) {
            const { fixed, again } = await applyAndRecheck(files, offer, action);
            const model = again.services.align.AlignmentModel.model;
            const decision = [...model.decisions.keys()].find(d => isDecision(d) && d.name === 'Vendor')!;
            deciders.push(model.decisions.get(decision)!.decider!.name);
            expect(fixed['main.align']).toMatch(
                /\nrule PaymentsSecurityDecisions \{\n {4}when touches Payments, Security\n {4}decided by \w+ within 48 hours\n\}\n$/
            );
        }
        expect(deciders).toEqual(['Alice', 'Bob', 'PaymentsSecurityTriage']);
    });

    it('declares the triage group with the disputing owners as members', async () => {
        const files = { 'main.align': `${PEOPLE}${DOMAINS}decision Vendor { affects Payments, Security }\n` };
        const offer = await offered(files, 'decision-ambiguous-owner');
        const { fixed } = await applyAndRecheck(files, offer, offer.fixes[2]);
        expect(fixed['main.align']).toContain('group PaymentsSecurityTriage {\n    members Alice, Bob\n}\n\nrule PaymentsSecurityDecisions {');
        expect(fixed['main.align']).toContain('decided by PaymentsSecurityTriage within 48 hours');
    });

    it("puts the rule after the last rule of the file holding most of the project's rules", async () => {
        const files = {
            'decisions.align': 'decision Vendor { affects Payments, Security }\n',
            'framework.align':
                'rule Ops {\n    when touches Hr, Ledger\n    decided by Carol within 1 week\n}\n\n' +
                'rule Money {\n    when touches Payments, Ledger\n    decided by Alice within 2 days\n} // money questions\n\ndomain Ledger { owner Carol }\n',
            'people.align': `${PEOPLE}${DOMAINS}domain Hr { owner Carol }\n`,
            'zz.align': 'rule People {\n    when touches Hr, Security\n    decided by Bob within 1 week\n}\n'
        };
        const offer = await offered(files, 'decision-ambiguous-owner', 'decisions.align');
        expect(offer.fixes).toHaveLength(3);
        for (const action of offer.fixes) {
            expect(Object.keys(action.edit!.changes!)).toEqual([offer.ws.document('framework.align').uri.toString()]);
            const { fixed } = await applyAndRecheck(files, offer, action);
            expect(fixed['framework.align']).toMatch(
                /\} \/\/ money questions\n\n(group [\s\S]*\n\n)?rule PaymentsSecurityDecisions \{[^}]*\}\n\ndomain Ledger/
            );
        }
    });

    it("puts the rule at the end of the decision's file when the project has no rules", async () => {
        const files = { 'decisions.align': 'decision Vendor { affects Payments, Security }', 'people.align': `${PEOPLE}${DOMAINS}` };
        const offer = await offered(files, 'decision-ambiguous-owner', 'decisions.align');
        const { fixed } = await applyAndRecheck(files, offer, offer.fixes[0]);
        expect(fixed['decisions.align']).toBe(
            'decision Vendor { affects Payments, Security }\n\n' +
                'rule PaymentsSecurityDecisions {\n    when touches Payments, Security\n    decided by Alice within 48 hours\n}\n'
        );
        expect(fixed['people.align']).toBe(files['people.align']);
    });

    it('makes the SLA a snippet placeholder', async () => {
        const files = { 'main.align': `${PEOPLE}${DOMAINS}decision Vendor { affects Payments, Security }\n` };
        const offer = await offered(files, 'decision-ambiguous-owner');
        for (const action of offer.fixes) expectSnippetFor(action, 'within ${1:48 hours}\n\\}');
    });

    it('declares a new stakeholder to decide when no domain has an owner', async () => {
        const files = { 'main.align': 'domain Payments\ndecision Vendor { affects Payments }\n' };
        const offer = await offered(files, 'decision-ambiguous-owner');
        expect(offer.fixes.map(a => a.title)).toEqual(['Add rule: a new stakeholder PaymentsDecider decides Payments']);
        const { fixed } = await applyAndRecheck(files, offer, offer.fixes[0]);
        expect(fixed['main.align']).toContain(
            'stakeholder PaymentsDecider\n\nrule PaymentsDecisions {\n    when touches Payments\n    decided by PaymentsDecider within 48 hours\n}'
        );
    });

    it('offers no rule that could only tie with the rules already disputing the decision', async () => {
        const rules =
            'rule R1 { when touches Payments, Security decided by Alice within 1 day }\nrule R2 { when touches Payments, Security decided by Bob within 1 day }\n';
        const files = { 'main.align': `${PEOPLE}${DOMAINS}${rules}decision Vendor { affects Payments, Security }\n` };
        const offer = await offered(files, 'decision-ambiguous-owner');
        expect(offer.fixes).toEqual([]);
        expectWellFormed(offer);
    });
});

describe('domain-multiple-owners', () => {
    it('offers to keep each owner, the others joining an existing consulted list once', async () => {
        const files = { 'main.align': `${PEOPLE}domain Payments {\n    owner Alice, Bob, Carol\n    consulted Carol\n}\n` };
        const offer = await offered(files, 'domain-multiple-owners');
        expectWellFormed(offer);
        expect(offer.fixes.map(a => a.title)).toEqual([
            'Keep Alice as owner of Payments, make Bob and Carol consulted',
            'Keep Bob as owner of Payments, make Alice and Carol consulted',
            'Keep Carol as owner of Payments, make Alice and Bob consulted'
        ]);
        expect(offer.fixes.filter(a => a.isPreferred)).toEqual([]);
        const results = [];
        for (const action of offer.fixes) results.push((await applyAndRecheck(files, offer, action)).fixed['main.align'].slice(PEOPLE.length));
        expect(results).toEqual([
            'domain Payments {\n    owner Alice\n    consulted Carol, Bob\n}\n',
            'domain Payments {\n    owner Bob\n    consulted Carol, Alice\n}\n',
            'domain Payments {\n    owner Carol\n    consulted Carol, Alice, Bob\n}\n'
        ]);
    });

    it('merges owner lines and starts a consulted line under the owner', async () => {
        const files = { 'main.align': `${PEOPLE}domain Payments {\n    owner Alice\n    informed Carol\n    owner Bob\n}\n` };
        const offer = await offered(files, 'domain-multiple-owners');
        expect(offer.fixes.map(a => a.title)).toEqual([
            'Keep Alice as owner of Payments, make Bob consulted',
            'Keep Bob as owner of Payments, make Alice consulted'
        ]);
        const keepBob = await applyAndRecheck(files, offer, offer.fixes[1]);
        expect(keepBob.fixed['main.align'].slice(PEOPLE.length)).toBe('domain Payments {\n    owner Bob\n    consulted Alice\n    informed Carol\n}\n');
    });

    it('keeps a one-line block on one line', async () => {
        const files = { 'main.align': `${PEOPLE}domain Payments { owner Alice, Bob }\n` };
        const offer = await offered(files, 'domain-multiple-owners');
        const { fixed } = await applyAndRecheck(files, offer, offer.fixes[0]);
        expect(fixed['main.align'].slice(PEOPLE.length)).toBe('domain Payments { owner Alice consulted Bob }\n');
    });
});

describe('rule-no-sla', () => {
    it('adds `within 48 hours`, the SLA being a snippet placeholder', async () => {
        const files = { 'main.align': `${PEOPLE}rule Cross {\n    when crosses any\n    decided by Alice\n}\n` };
        const offer = await offered(files, 'rule-no-sla');
        expectWellFormed(offer);
        expect(offer.fixes.map(a => a.title)).toEqual(['Add an SLA to rule Cross: decided by Alice within 48 hours']);
        const { fixed } = await applyAndRecheck(files, offer, offer.fixes[0]);
        expect(fixed['main.align']).toContain('    decided by Alice within 48 hours\n}');
        expectSnippetFor(offer.fixes[0], ' within ${1:48 hours}');
    });
});

describe('risk-no-mitigation', () => {
    const cases: Array<[string, string, string]> = [
        ['a block on several lines', 'risk Vendor {\n    owner Alice\n}\n', 'risk Vendor {\n    owner Alice\n    mitigation "Describe the mitigation"\n}\n'],
        ['a one-line block', 'risk Vendor { owner Alice }\n', 'risk Vendor { owner Alice mitigation "Describe the mitigation" }\n'],
        ['no block', 'risk Vendor\n', 'risk Vendor {\n    mitigation "Describe the mitigation"\n}\n'],
        [
            'a comment after the last property',
            'risk Vendor {\n    owner Alice // the CFO\n}\n',
            'risk Vendor {\n    owner Alice // the CFO\n    mitigation "Describe the mitigation"\n}\n'
        ]
    ];
    for (const [layout, before, after] of cases) {
        it(`adds a mitigation line to a risk with ${layout}`, async () => {
            const files = { 'main.align': `${PEOPLE}${before}` };
            const offer = await offered(files, 'risk-no-mitigation');
            expectWellFormed(offer);
            expect(offer.fixes.map(a => a.title)).toEqual(['Add a mitigation to risk Vendor']);
            const { fixed } = await applyAndRecheck(files, offer, offer.fixes[0]);
            expect(fixed['main.align'].slice(PEOPLE.length)).toBe(after);
            expectSnippetFor(offer.fixes[0], 'mitigation "${1:Describe the mitigation}"');
        });
    }
});

describe('metric-no-target', () => {
    it('adds a percentage target to an outcome metric', async () => {
        const files = { 'main.align': `${PEOPLE}metric Adoption outcome {\n    owner Alice\n}\n` };
        const offer = await offered(files, 'metric-no-target');
        expectWellFormed(offer);
        expect(offer.fixes.map(a => a.title)).toEqual(['Add a target to metric Adoption: target 100%']);
        const { fixed } = await applyAndRecheck(files, offer, offer.fixes[0]);
        expect(fixed['main.align'].slice(PEOPLE.length)).toBe('metric Adoption outcome {\n    owner Alice\n    target 100%\n}\n');
        expectSnippetFor(offer.fixes[0], 'target ${1:100%}');
    });

    it('adds a count target to a progress metric', async () => {
        const files = { 'main.align': `${PEOPLE}metric Adoption outcome { owner Alice target 60% }\nmetric Onboarded progress { owner Alice }\n` };
        const offer = await offered(files, 'metric-no-target');
        const { fixed } = await applyAndRecheck(files, offer, offer.fixes[0]);
        expect(fixed['main.align']).toContain('metric Onboarded progress { owner Alice target 100 }');
    });
});

describe('owner-not-engaged', () => {
    it('adds the owner to the attendees of the cadence that meets most often, in its own file', async () => {
        const files = {
            'domains.align': 'stakeholder Alice\nstakeholder Dave\ndomain Payments { owner Dave }\n',
            'forums.align':
                'cadence Monthly every month { attendees Alice }\ncadence Standup every 1 day {\n    attendees Alice\n}\ncadence Weekly every week { attendees Alice }\n'
        };
        const offer = await offered(files, 'owner-not-engaged');
        expectWellFormed(offer);
        expect(offer.fixes.map(a => a.title)).toEqual(["Add Dave to cadence Standup's attendees"]);
        const { fixed } = await applyAndRecheck(files, offer, offer.fixes[0]);
        expect(fixed['forums.align']).toContain('cadence Standup every 1 day {\n    attendees Alice, Dave\n}');
        expect(fixed['domains.align']).toBe(files['domains.align']);
    });

    it('gives a cadence without attendees an attendees line, for a member of a deciding group', async () => {
        const files = {
            'main.align':
                'stakeholder Dave\ngroup Board { members Dave }\nrule Cross { when crosses any decided by Board within 1 week }\ncadence Daily every day\n'
        };
        const offer = await offered(files, 'owner-not-engaged');
        expect(offer.fixes.map(a => a.title)).toEqual(["Add Dave to cadence Daily's attendees"]);
        const { fixed } = await applyAndRecheck(files, offer, offer.fixes[0]);
        expect(fixed['main.align']).toContain('cadence Daily every day {\n    attendees Dave\n}');
    });
});

describe('escalation-cycle', () => {
    it('offers to remove each `escalates to` of the cycle', async () => {
        const files = {
            'main.align': `${PEOPLE}cadence Ops every week { attendees Alice escalates to Board }\ncadence Board every month {\n    attendees Bob\n    escalates to Ops\n}\n`
        };
        const offer = await offered(files, 'escalation-cycle');
        expectWellFormed(offer);
        expect(offer.fixes.map(a => a.title).sort()).toEqual(["Remove 'Board escalates to Ops'", "Remove 'Ops escalates to Board'"]);
        expect(offer.fixes.filter(a => a.isPreferred)).toEqual([]);
        const results = [];
        for (const action of offer.fixes) results.push((await applyAndRecheck(files, offer, action)).fixed['main.align'].slice(PEOPLE.length));
        expect(results.sort()).toEqual([
            'cadence Ops every week { attendees Alice escalates to Board }\ncadence Board every month {\n    attendees Bob\n}\n',
            'cadence Ops every week { attendees Alice }\ncadence Board every month {\n    attendees Bob\n    escalates to Ops\n}\n'
        ]);
    });

    it('removes a step at either end of an escalation path', async () => {
        const files = {
            'main.align': `${PEOPLE}cadence Team every week { attendees Alice }\ncadence Check every 2 weeks { attendees Bob }\ncadence Steer every month { attendees Carol escalates to Team }\nagreement Comms { escalation path Team -> Check -> Steer }\n`
        };
        const offer = await offered(files, 'escalation-cycle');
        const byTitle = new Map(offer.fixes.map(a => [a.title, a]));
        expect([...byTitle.keys()].sort()).toEqual([
            "Remove 'Check escalates to Steer' from Comms's escalation path",
            "Remove 'Steer escalates to Team'",
            "Remove 'Team escalates to Check' from Comms's escalation path"
        ]);
        const first = await applyAndRecheck(files, offer, byTitle.get("Remove 'Team escalates to Check' from Comms's escalation path")!);
        expect(first.fixed['main.align']).toContain('agreement Comms { escalation path Check -> Steer }');
        const last = await applyAndRecheck(files, offer, byTitle.get("Remove 'Check escalates to Steer' from Comms's escalation path")!);
        expect(last.fixed['main.align']).toContain('agreement Comms { escalation path Team -> Check }');
        await applyAndRecheck(files, offer, byTitle.get("Remove 'Steer escalates to Team'")!);
    });

    it('drops a middle step of a path and says where the path then goes', async () => {
        const files = {
            'main.align': `${PEOPLE}cadence Team every week { attendees Alice }\ncadence Check every 2 weeks { attendees Bob }\ncadence Steer every month { attendees Carol escalates to Check }\ncadence Board every quarter { attendees Carol }\nagreement Comms { escalation path Team -> Check -> Steer -> Board }\n`
        };
        const offer = await offered(files, 'escalation-cycle');
        const title = "Remove 'Check escalates to Steer' from Comms's escalation path (Check then escalates to Board)";
        expect(offer.fixes.map(a => a.title)).toContain(title);
        const { fixed } = await applyAndRecheck(
            files,
            offer,
            offer.fixes.find(a => a.title === title)!
        );
        expect(fixed['main.align']).toContain('escalation path Team -> Check -> Board }');
    });

    it('removes every place that declares the edge, or the cycle would stay', async () => {
        const files = {
            'main.align': `${PEOPLE}cadence Team every week { attendees Alice }\ncadence Steer every month {\n    attendees Carol\n    escalates to Steer\n}\nagreement Comms { escalation path Team -> Steer -> Steer }\n`
        };
        const offer = await offered(files, 'escalation-cycle');
        expect(offer.fixes.map(a => a.title)).toEqual(["Remove 'Steer escalates to Steer' (2 places)"]);
        const { fixed } = await applyAndRecheck(files, offer, offer.fixes[0]);
        expect(fixed['main.align'].slice(PEOPLE.length)).toBe(
            'cadence Team every week { attendees Alice }\ncadence Steer every month {\n    attendees Carol\n}\nagreement Comms { escalation path Team -> Steer }\n'
        );
    });

    it('removes a two-step path whole', async () => {
        const files = {
            'main.align': `${PEOPLE}cadence Team every week { attendees Alice escalates to Steer }\ncadence Steer every month { attendees Carol }\nagreement Comms {\n    channel "#x"\n    escalation path Steer -> Team\n}\n`
        };
        const offer = await offered(files, 'escalation-cycle');
        const action = offer.fixes.find(a => a.title.startsWith("Remove 'Steer escalates to Team'"))!;
        expect(action.title).toBe("Remove 'Steer escalates to Team' (Comms's escalation path)");
        const { fixed } = await applyAndRecheck(files, offer, action);
        expect(fixed['main.align']).toContain('agreement Comms {\n    channel "#x"\n}');
    });
});

describe('scope-conflict', () => {
    const METRIC = 'metric Adoption outcome { owner Alice target 60% }\n';

    it('offers to remove the item from either list', async () => {
        const files = { 'main.align': `${PEOPLE}${METRIC}initiative Portal {\n    in scope "login", "Booking"\n    out of scope " booking ", "billing"\n}\n` };
        const offer = await offered(files, 'scope-conflict');
        expectWellFormed(offer);
        expect(offer.fixes.map(a => a.title)).toEqual(['Remove "booking" from out of scope', 'Remove "booking" from in scope']);
        expect(offer.fixes.filter(a => a.isPreferred)).toEqual([]);
        const fromOut = await applyAndRecheck(files, offer, offer.fixes[0]);
        expect(fromOut.fixed['main.align']).toContain('    in scope "login", "Booking"\n    out of scope "billing"\n}');
        const fromIn = await applyAndRecheck(files, offer, offer.fixes[1]);
        expect(fromIn.fixed['main.align']).toContain('    in scope "login"\n    out of scope " booking ", "billing"\n}');
    });

    it('removes a list left empty, and every copy of the item in scope', async () => {
        const files = { 'main.align': `${PEOPLE}${METRIC}initiative Portal {\n    in scope "billing", "login", "Billing"\n    out of scope "billing"\n}\n` };
        const offer = await offered(files, 'scope-conflict');
        const fromOut = await applyAndRecheck(files, offer, offer.fixes[0]);
        expect(fromOut.fixed['main.align']).toContain('initiative Portal {\n    in scope "billing", "login", "Billing"\n}');
        const fromIn = await applyAndRecheck(files, offer, offer.fixes[1]);
        expect(fromIn.fixed['main.align']).toContain('initiative Portal {\n    in scope "login"\n    out of scope "billing"\n}');
    });
});

describe('snippet data', () => {
    it('writes placeholders at their defaults as plain text and numbered, escaped, as a snippet', () => {
        const template = ['cost $5 {', placeholder('48 hours'), '} \\ ', placeholder('a}b')];
        expect(plainText(template)).toBe('cost $5 {48 hours} \\ a}b');
        expect(snippetText(template)).toBe('cost \\$5 {${1:48 hours}\\} \\\\ ${2:a\\}b}');
        expect(escapeSnippet('$1}')).toBe('\\$1\\}');
    });

    it('reads one snippet edit or a list from code action data, and nothing from other data', () => {
        const edit: SnippetEdit = { uri: 'file:///a.align', range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, newText: '${1:x}' };
        expect(snippetEditsOf({ snippet: edit })).toEqual([edit]);
        expect(snippetEditsOf({ snippet: [edit, { uri: 3 }] })).toEqual([edit]);
        expect(snippetEditsOf(undefined)).toEqual([]);
        expect(snippetEditsOf({ other: 1 })).toEqual([]);
        expect(snippetFor([edit], 'file:///a.align', { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } })).toBe(edit);
        expect(snippetFor([edit], 'file:///a.align', { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } })).toBeUndefined();
        expect(snippetFor([edit], 'file:///A.align', edit.range, uri => uri.toUpperCase())).toBeUndefined();
        expect(snippetFor([edit], 'FILE:///A.ALIGN', edit.range, uri => uri.toUpperCase())).toBe(edit);
    });

    it('is left out of fixes with nothing for the user to choose', async () => {
        const files = { 'main.align': `${PEOPLE}domain Payments { owner Alice, Bob }\n` };
        const offer = await offered(files, 'domain-multiple-owners');
        expect(offer.fixes.map(a => a.data)).toEqual([undefined, undefined]);
    });

    it('become snippet edits in VS Code, in place of the plain edits they stand for', async () => {
        const { codeActionSnippetMiddleware } = await import('../../client/code-action-snippets.js');
        const files = { 'main.align': `${PEOPLE}rule Cross {\n    when crosses any\n    decided by Alice\n}\n` };
        const [fix] = (await offered(files, 'rule-no-sla')).fixes;
        // The action as vscode-languageclient hands it over: converted edits, the data kept as is.
        const toVscode = (action: CodeAction, extra: TextEdit[] = []) => {
            const converted = new fakeVscode.CodeAction(action.title);
            converted.data = action.data;
            converted.edit = new fakeVscode.WorkspaceEdit();
            for (const [uri, edits] of Object.entries(action.edit!.changes!)) converted.edit.set(fakeVscode.Uri.parse(uri), [...edits, ...extra]);
            return converted;
        };
        const other: TextEdit = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '// x\n' };
        const withSnippet = toVscode(fix, [other]);
        const without = toVscode({ ...fix, data: undefined });
        const command = { title: 'Run', command: 'align.run' };
        const next = async () => [withSnippet, without, command];
        const result = (await codeActionSnippetMiddleware().provideCodeActions!(
            undefined as never,
            undefined as never,
            undefined as never,
            undefined as never,
            next as never
        )) as unknown[];
        expect(result).toEqual([withSnippet, without, command]);
        const [[, edits]] = withSnippet.edit!.entries();
        expect(edits).toEqual([new fakeVscode.SnippetTextEdit(onlyEdit(fix).edit.range, new fakeVscode.SnippetString(' within ${1:48 hours}')), other]);
        expect(without.edit!.entries()[0][1]).toEqual([onlyEdit(fix).edit]);
    });
});

describe('fixes for bodies and authority', () => {
    const ORGS =
        'stakeholder Alice { org "A" }\nstakeholder Bob { org "A" }\nstakeholder Carol { org "C" }\nstakeholder Dan { org "D" }\ncadence Weekly every week { attendees Alice, Bob, Carol, Dan }\n';

    it('decision-method-missing: one `decides by` per method, each clearing it', async () => {
        const files = { 'main.align': `${ORGS}group Council {\n    members Alice, Carol, Dan\n}\ndomain D { owner Council }\n` };
        const offer = await offered(files, 'decision-method-missing');
        expectWellFormed(offer);
        expect(offer.fixes.map(f => f.title)).toEqual([
            'Council decides by consensus',
            'Council decides by consent',
            'Council decides by majority',
            'Council decides by supermajority 2/3',
            'Council decides by unanimity',
            'Council decides by lazy consensus after 72 hours'
        ]);
        for (const fix of offer.fixes) await applyAndRecheck(files, offer, fix);
    });

    it('tie-possible: one `tie broken by` per member', async () => {
        const files = { 'main.align': `${ORGS}group Council {\n    members Alice, Carol, Dan, Bob\n    decides by majority\n}\n` };
        const offer = await offered(files, 'tie-possible');
        expect(offer.fixes.map(f => f.title)).toEqual([
            'Alice breaks ties in Council',
            'Carol breaks ties in Council',
            'Dan breaks ties in Council',
            'Bob breaks ties in Council'
        ]);
        const { fixed } = await applyAndRecheck(files, offer, offer.fixes[1]);
        expect(fixed['main.align']).toContain('    decides by majority\n    tie broken by Carol\n}');
    });

    it("affiliation-limit-exceeded: take one of the org's members off the body", async () => {
        const files = { 'main.align': `${ORGS}group Council {\n    members Alice, Carol, Bob, Dan\n    decides by consensus\n    at most 1 per org\n}\n` };
        const offer = await offered(files, 'affiliation-limit-exceeded');
        expect(offer.fixes.map(f => f.title)).toEqual(['Take Alice off Council', 'Take Bob off Council']);
        expect((await applyAndRecheck(files, offer, offer.fixes[0])).fixed['main.align']).toContain('members Carol, Bob, Dan\n');
        expect((await applyAndRecheck(files, offer, offer.fixes[1])).fixed['main.align']).toContain('members Alice, Carol, Dan\n');
    });

    it('delegation-not-held: make the domain part of one the delegator owns', async () => {
        const files = { 'main.align': `${ORGS}domain Top { owner Bob }\ndomain Net {\n    owner Alice\n    delegated by Bob\n}\n` };
        const offer = await offered(files, 'delegation-not-held');
        expect(offer.fixes.map(f => f.title)).toEqual(['Make Net part of Top, which Bob owns']);
        await applyAndRecheck(files, offer, offer.fixes[0]);
    });
});

describe('fixes for decisions that were made', () => {
    const BASE = 'stakeholder Alice\nstakeholder Bob\ncadence Weekly every week { attendees Alice, Bob }\ndomain D { owner Alice }\n';

    it('record-missing: creates the record where the path says, prefilled, never over an existing file', async () => {
        const files = { 'main.align': `${BASE}decision X "Pick a vendor" {\n    affects D\n    record "docs/adr/0001-x.md"\n}\n` };
        const offer = await offered(files, 'record-missing');
        expectWellFormed(offer);
        const create = offer.fixes.find(f => f.title === 'Create the decision record docs/adr/0001-x.md')!;
        const [file, text] = create.edit!.documentChanges as Array<{
            kind?: string;
            uri: string;
            options?: { ignoreIfExists?: boolean };
            edits?: Array<{ newText: string }>;
        }>;
        expect(file).toMatchObject({ kind: 'create', options: { ignoreIfExists: true } });
        expect(file.uri).toBe(
            offer.ws
                .document('main.align')
                .uri.toString()
                .replace(/main\.align$/, 'docs/adr/0001-x.md')
        );
        expect(text.edits![0].newText).toContain('# Pick a vendor');
        // The record it writes makes the finding go away and agrees with the decision.
        const again = await buildLspWorkspace({ ...files, 'docs/adr/0001-x.md': text.edits![0].newText });
        expect(codes(again, files)).toEqual([]);
    });

    it('decision-overdue: mark it decided today', async () => {
        const files = { 'main.align': `${BASE}decision X {\n    affects D\n    due 2026-01-01\n}\n` };
        const offer = await offered(files, 'decision-overdue');
        const fix = offer.fixes.find(f => f.title.startsWith('Mark X decided today'))!;
        const { fixed } = await applyAndRecheck(files, offer, fix);
        expect(fixed['main.align']).toMatch(/due 2026-01-01\n {4}decided on \d{4}-\d{2}-\d{2}\n}/);
    });
});

describe('declaring a missing name', () => {
    it('declares the name with the kind its place expects, and leaves no new unresolved name behind', async () => {
        const cases: Array<[string, string]> = [
            ['benefit B { measured by Missing }', 'Declare metric Missing'],
            ['stakeholder Ann\ndomain D { owner Ann }\ndecision X { affects Missing }', 'Declare domain Missing'],
            ['stakeholder Ann\nrule R { when touches Missing decided by Ann within 1 week }', 'Declare domain Missing'],
            ['agreement A { escalation path Missing -> Other }', 'Declare stakeholder Missing']
        ];
        for (const [text, title] of cases) {
            const files = { 'main.align': `${text}\n` };
            const offer = await offered(files, 'unresolved-reference');
            const fix = offer.fixes.find(f => f.title === title);
            expect(fix, `${title} in ${JSON.stringify(offer.fixes.map(f => f.title))}`).toBeDefined();
            const fixed = applied(files, offer.ws, fix!);
            const again = await buildLspWorkspace(fixed);
            const before = codes(offer.ws, files).filter(code => code === 'unresolved-reference').length;
            expect(codes(again, fixed).filter(code => code === 'unresolved-reference').length, `${title}: ${fixed['main.align']}`).toBe(before - 1);
        }
    });
});

describe('a fix that writes into another file', () => {
    it('says which file in its title', async () => {
        const files = {
            'delivery.align': 'decision X {\n    affects A, B\n}\n',
            'rights.align': `${PEOPLE}domain A { owner Alice }\ndomain B { owner Bob }\ndomain C { owner Carol }\nrule Other {\n    when touches C, A\n    decided by Carol within 1 week\n}\n`
        };
        const offer = await offered(files, 'decision-ambiguous-owner', 'delivery.align');
        expect(offer.fixes.map(f => f.title)).toEqual(expect.arrayContaining(['Add rule: Alice decides A + B (in rights.align)']));
        const fix = offer.fixes.find(f => f.title === 'Add rule: Alice decides A + B (in rights.align)')!;
        expect(Object.keys(fix.edit!.changes!)).toEqual([offer.ws.document('rights.align').uri.toString()]);
    });
});
