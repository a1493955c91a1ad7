// Unit tests of the language-server providers, called directly on in-memory workspaces.
import { describe, expect, it } from 'vitest';
import type { CompletionItem, Diagnostic } from 'vscode-languageserver-types';
import { quickFixesFor } from '../../server/code-actions/quick-fixes.js';
import { positionOf } from '../helpers/text.js';
import { applyEdits, buildLspWorkspace } from './lsp-workspace.js';

const PEOPLE = 'stakeholder Ann "Anne" { org "IT" }\nstakeholder Bob\ngroup G { members Ann }\ncadence W every week { attendees Ann, Bob }\n';

async function fixAndRecheck(text: string, code: string): Promise<{ fixed: string; before: string[]; after: string[] }> {
    const ws = await buildLspWorkspace(text);
    const diagnostic = (ws.document().diagnostics ?? []).find(d => d.code === code) as Diagnostic;
    expect(diagnostic, `no ${code} in ${JSON.stringify(ws.document().diagnostics?.map(d => d.code))}`).toBeDefined();
    const [action] = quickFixesFor(diagnostic, ws.document(), ws.services.align.AlignmentModel.model);
    expect(action, `no quick fix for ${code}`).toBeDefined();
    const fixed = applyEdits(text, action.edit!.changes![ws.document().uri.toString()]);
    const again = await buildLspWorkspace(fixed);
    return { fixed, before: (ws.document().diagnostics ?? []).map(d => String(d.code)), after: (again.document().diagnostics ?? []).map(d => String(d.code)) };
}

describe('quick fixes', () => {
    it('domain-no-owner inserts an owner', async () => {
        const r = await fixAndRecheck(`${PEOPLE}domain D { consulted Bob }\ndomain E`, 'domain-no-owner');
        expect(r.fixed).toContain('domain D {\n    owner Ann consulted Bob }');
        expect(r.after.filter(c => c === 'domain-no-owner')).toHaveLength(r.before.filter(c => c === 'domain-no-owner').length - 1);
    });

    it('domain-no-owner adds a block when the domain has none', async () => {
        const r = await fixAndRecheck(`${PEOPLE}domain E`, 'domain-no-owner');
        expect(r.fixed).toContain('domain E {\n    owner Ann\n}');
        expect(r.after).not.toContain('domain-no-owner');
    });

    it('unresolved-reference declares the missing name with the kind the slot expects', async () => {
        const r = await fixAndRecheck(`${PEOPLE}decision X { affects Payments }`, 'unresolved-reference');
        expect(r.fixed).toMatch(/domain Payments \{\n {4}owner Ann\n\}\n$/);
        expect(r.after).not.toContain('unresolved-reference');
    });

    it('decision-ambiguous-owner adds a rule for exactly those domains', async () => {
        const r = await fixAndRecheck(
            `${PEOPLE}domain UX { owner Ann }\ndomain Arch { owner Bob }\ndecision IdP { affects UX, Arch }`,
            'decision-ambiguous-owner'
        );
        expect(r.fixed).toContain('when touches UX, Arch');
        expect(r.after).not.toContain('decision-ambiguous-owner');
    });

    it('duplicate-property removes the duplicate line', async () => {
        const r = await fixAndRecheck(`${PEOPLE}risk R {\n    owner Ann\n    mitigation "a"\n    mitigation "b"\n}`, 'duplicate-property');
        expect(r.fixed).toContain('risk R {\n    owner Ann\n    mitigation "a"\n}');
        expect(r.after).not.toContain('duplicate-property');
    });
});

describe('completion', () => {
    async function labelsAt(text: string, needle: string, into: number): Promise<string[]> {
        const ws = await buildLspWorkspace(text);
        const list = await ws.services.lsp.CompletionProvider!.getCompletion(ws.document(), {
            textDocument: { uri: ws.document().uri.toString() },
            position: positionOf(text, needle, 0, into)
        });
        return (list?.items ?? []).map((i: CompletionItem) => i.label);
    }

    it('offers metrics after measured by', async () => {
        const text = `${PEOPLE}metric M outcome { owner Ann target 5% }\nmilestone P on 2027-01-01\nbenefit B { measured by M }`;
        const labels = await labelsAt(text, 'measured by M', 12);
        expect(labels).toContain('M');
        expect(labels).not.toContain('P');
        expect(labels).not.toContain('Ann');
    });

    it('offers stakeholders, groups and cadences after decided by', async () => {
        const text = `${PEOPLE}domain D { owner Ann }\nrule R { when crosses any decided by W }`;
        const labels = await labelsAt(text, 'decided by W', 11);
        expect(labels).toEqual(expect.arrayContaining(['Ann', 'Bob', 'G', 'W']));
        expect(labels).not.toContain('D');
        expect(labels).not.toContain('R');
    });

    it('offers the keywords valid at the cursor', async () => {
        const text = `${PEOPLE}domain D {\n    \n}`;
        const labels = await labelsAt(text, 'domain D {\n    ', 15);
        expect(labels).toEqual(expect.arrayContaining(['owner', 'consulted', 'informed']));
        expect(labels).not.toContain('members');
        expect(labels).not.toContain('attendees');
    });

    it('offers duration units after a number', async () => {
        const text = `${PEOPLE}rule R { when crosses any decided by Ann within 48 }`;
        const labels = await labelsAt(text, 'within 48 ', 10);
        expect(labels).toEqual(expect.arrayContaining(['hours', 'business days', 'weeks']));
    });
});

describe('semantic tokens', () => {
    it('tells declarations from references', async () => {
        const text = 'stakeholder Ann\ndomain D { owner Ann }';
        const ws = await buildLspWorkspace(text);
        const provider = ws.services.lsp.SemanticTokenProvider!;
        const result = await provider.semanticHighlight(ws.document(), { textDocument: { uri: ws.document().uri.toString() } });
        // Decode the relative encoding: [deltaLine, deltaStart, length, type, modifiers]*.
        const tokens: Array<{ line: number; start: number; length: number; modifiers: number }> = [];
        let line = 0;
        let start = 0;
        for (let i = 0; i < result.data.length; i += 5) {
            const [dl, ds, length, , modifiers] = result.data.slice(i, i + 5);
            line += dl;
            start = dl === 0 ? start + ds : ds;
            tokens.push({ line, start, length, modifiers });
        }
        const declaration = tokens.find(t => t.line === 0 && t.start === 12)!;
        const reference = tokens.find(t => t.line === 1 && t.start === text.split('\n')[1].indexOf('Ann'))!;
        expect(declaration.modifiers).not.toBe(0);
        expect(reference.modifiers).toBe(0);
        expect(reference.length).toBe(3);
    });
});

describe('hover', () => {
    it('shows a domain RACI and a rule SLA', async () => {
        const text = `${PEOPLE}domain D { owner Ann consulted Bob }\nrule R { when crosses any decided by G within 2 days }`;
        const ws = await buildLspWorkspace(text);
        const hover = async (needle: string, into: number) =>
            JSON.stringify(
                (
                    await ws.services.lsp.HoverProvider!.getHoverContent(ws.document(), {
                        textDocument: { uri: '' },
                        position: positionOf(text, needle, 0, into)
                    })
                )?.contents
            );
        const domain = await hover('domain D', 7);
        // The crosses-any rule decides nothing that affects only D: its group is not R here (docs/language.md, "RACI").
        expect(domain).toContain('| none | Ann | Bob | none |');
        expect(domain).toContain('Owner: Ann');
        const rule = await hover('rule R', 5);
        expect(rule).toContain('within 2 days (48 hours)');
    });
});

describe('decision records in the editor', () => {
    const TEXT =
        'stakeholder Ann\ncadence W every week { attendees Ann }\ndomain D { owner Ann }\ndecision X "Pick" {\n    affects D\n    decided on 2026-11-01 by Ann\n    outcome "Vendor B"\n    record "adr/0001-pick.md"\n}\ndecision Y { affects D }\n';
    const RECORD = '---\nstatus: accepted\ndate: 2026-11-01\ndecision-makers: [Ann]\n---\n# Pick a vendor\n';

    it('links the record path to the file, resolved beside the .align file', async () => {
        const ws = await buildLspWorkspace({ 'main.align': TEXT, 'adr/0001-pick.md': RECORD });
        const links = await ws.services.lsp.DocumentLinkProvider!.getDocumentLinks(ws.document(), { textDocument: { uri: ws.document().uri.toString() } });
        expect(links).toHaveLength(1);
        expect(links[0].target).toBe(
            ws
                .document()
                .uri.toString()
                .replace(/main\.align$/, 'adr/0001-pick.md')
        );
        expect(TEXT.split('\n')[links[0].range.start.line].slice(links[0].range.start.character, links[0].range.end.character)).toBe('"adr/0001-pick.md"');
    });

    it("hovers a decision with its history and its record's title and status", async () => {
        const ws = await buildLspWorkspace({ 'main.align': TEXT, 'adr/0001-pick.md': RECORD });
        const hover = await ws.services.lsp.HoverProvider!.getHoverContent(ws.document(), {
            textDocument: { uri: '' },
            position: positionOf(TEXT, 'decision X', 0, 9)
        });
        const value = JSON.stringify(hover?.contents);
        expect(value).toContain('Decided on 2026\\\\-11\\\\-01 by Ann: Vendor B');
        expect(value).toContain('Record: Pick a vendor (accepted)');
        const missing = await buildLspWorkspace({ 'main.align': TEXT });
        const again = await missing.services.lsp.HoverProvider!.getHoverContent(missing.document(), {
            textDocument: { uri: '' },
            position: positionOf(TEXT, 'decision X', 0, 9)
        });
        expect(JSON.stringify(again?.contents)).toContain('which cannot be read');
    });

    it('offers to add raised on today to a decision that does not say when it was raised', async () => {
        const ws = await buildLspWorkspace({ 'main.align': TEXT, 'adr/0001-pick.md': RECORD });
        const at = positionOf(TEXT, 'decision Y', 0, 9);
        const actions = (await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.document(), {
            textDocument: { uri: ws.document().uri.toString() },
            range: { start: at, end: at },
            context: { diagnostics: [] }
        })) as Array<{ title: string; edit?: { changes?: Record<string, Array<{ range: never; newText: string }>> } }>;
        expect(actions.map(a => a.title)).toEqual(['Add raised on 2026-11-24 to Y']);
        const edits = Object.values(actions[0].edit!.changes!)[0];
        expect(applyEdits(TEXT, edits)).toContain('decision Y { affects D raised on 2026-11-24 }');
    });
});
