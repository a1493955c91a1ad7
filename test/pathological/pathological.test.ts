// Pathological inputs from the adversarial pass (issue 8), each at 1× and 10× size in one run.
// Linear work grows about 10×; the quadratic paths these replace grew 100× and more. The
// bound is the ratio, never an absolute time (these machines are noisy), with room for noise:
// a ratio under LINEAR_BOUND for 10× the input. Each case also checks the answer is right.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildView, errorsOf, renderView } from '../../language/diagrams/render-diagram.js';
import type { DiagramViewKind } from '../../language/diagrams/view-model.js';
import { isGroup } from '../../language/generated/ast.js';
import { runAlign } from '../helpers/cli.js';
import { buildWorkspace, type TestWorkspace } from '../helpers/workspace.js';
import { buildLspWorkspace } from '../server/lsp-workspace.js';
import * as generate from './generators.js';

/** 10× the input may cost at most this many times as much (linear: ~10; quadratic: ~100). */
const LINEAR_BOUND = 25;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
    const start = performance.now();
    const result = await work();
    return { ms: performance.now() - start, result };
}

/** Runs `work` at size n and 10n (the small size twice, taking the faster) and returns the ratio and results. */
async function scaling<T>(n: number, work: (size: number) => Promise<T>): Promise<{ ratio: number; small: T; large: T }> {
    await work(n); // warm up the JIT and the parser's lookahead caches
    const a = await timed(() => work(n));
    const b = await timed(() => work(n));
    const large = await timed(() => work(10 * n));
    const ratio = large.ms / Math.min(a.ms, b.ms);
    console.log(`  ×10 of ${n}: ${Math.min(a.ms, b.ms).toFixed(0)} ms → ${large.ms.toFixed(0)} ms (ratio ${ratio.toFixed(1)})`);
    return { ratio, small: a.result, large: large.result };
}

const count = (ws: TestWorkspace, code: string) => ws.codes().filter(c => c === code).length;
const longest = (ws: TestWorkspace) => Math.max(0, ...ws.all().map(d => d.message.length));

describe('pathological inputs stay linear and honest', () => {
    it('one file of 1 MB and of 10 MB (10.7 s and not finished in 300 s before)', async () => {
        const { ratio, large } = await scaling(700, size => buildWorkspace(generate.realisticText(size)));
        expect(ratio).toBeLessThan(LINEAR_BOUND);
        // Every 20th unit leaves two decisions without a decider.
        expect(count(large, 'decision-ambiguous-owner')).toBe(700);
    }, 300_000);

    it('one large file costs about what the same units cost split over files', async () => {
        const one = await timed(() => buildWorkspace(generate.realisticText(600)));
        const split = await timed(() => buildWorkspace(generate.realisticFiles(600, 30)));
        expect(one.result.codes().sort()).toEqual(split.result.codes().sort());
        expect(one.ms / split.ms).toBeLessThan(3);
    }, 120_000);

    it('700 conflicting rules: each reported once, naming a few rivals, and the orphan domain is still found', async () => {
        const { ratio, large } = await scaling(70, size => buildWorkspace(generate.conflictingRules(size)));
        expect(ratio).toBeLessThan(LINEAR_BOUND);
        expect(count(large, 'rule-conflict')).toBe(700);
        expect(count(large, 'domain-no-owner')).toBe(1);
        const conflict = large.all().find(d => d.code === 'rule-conflict')!;
        // Half of the rules name the other decider: those are each rule's rivals.
        expect(conflict.message).toMatch(/and 350 other rules/);
        expect(conflict.relatedInformation?.length).toBeGreaterThan(0);
        expect(longest(large)).toBeLessThan(1000);
    }, 120_000);

    it('5,000 declarations of one name: short messages with related locations', async () => {
        const { ratio, large } = await scaling(500, size => buildWorkspace(generate.sameName(size)));
        expect(ratio).toBeLessThan(LINEAR_BOUND);
        expect(count(large, 'duplicate-name')).toBe(5000);
        expect(longest(large)).toBeLessThan(1000);
        const first = large.all().find(d => d.code === 'duplicate-name')!;
        expect(first.message).toMatch(/declared more than once \(5000 times\)/);
        expect(first.relatedInformation).toHaveLength(20);
    }, 120_000);

    it('2,000 nested groups are valid: no error, and the model, hover and diagrams read them', async () => {
        const { ratio, large } = await scaling(200, size => buildWorkspace(generate.nestedGroups(size)));
        expect(ratio).toBeLessThan(LINEAR_BOUND);
        expect(large.all().filter(d => d.severity === 1)).toEqual([]);
        const model = large.model;
        const outer = model.groups.find(g => g.name === 'G0')!;
        expect(model.groupMembers.get(outer)!.map(s => s.name)).toEqual(['S']);
        expect(model.resolve([...model.domains.keys()]).decider).toSatisfy(isGroup);
        for (const view of ['decision-flow', 'escalation', 'raci'] as DiagramViewKind[]) {
            await expect(renderView(buildView(model, errorsOf([...large.documents.values()]), view), 'mermaid')).resolves.toContain('flowchart');
        }
        // Hover in an unrelated file reads the same model: it failed while every model read threw.
        const lsp = await buildLspWorkspace({ 'other.align': 'stakeholder Zed "Someone else"\n', 'groups.align': generate.nestedGroups(2000) });
        const hover = await lsp.services.lsp.HoverProvider!.getHoverContent(lsp.document('other.align'), {
            textDocument: { uri: lsp.document('other.align').uri.toString() },
            position: { line: 0, character: 13 }
        });
        expect(JSON.stringify(hover?.contents)).toContain('Zed');
    }, 120_000);

    it('a 5,000-cadence escalation ring is one escalation-cycle, with a short message', async () => {
        const { ratio, large } = await scaling(500, size => buildWorkspace(generate.escalationRing(size)));
        expect(ratio).toBeLessThan(LINEAR_BOUND);
        expect(count(large, 'escalation-cycle')).toBe(1);
        expect(large.all().find(d => d.code === 'escalation-cycle')!.message).toMatch(/5000 steps/);
        expect(longest(large)).toBeLessThan(1000);
    }, 120_000);

    it('a members list of 50,000 names', async () => {
        const { ratio, large } = await scaling(5000, size => buildWorkspace(generate.longMembers(size)));
        expect(ratio).toBeLessThan(LINEAR_BOUND);
        expect(large.model.groupMembers.get(large.model.groups[0])).toHaveLength(50_000);
    }, 120_000);

    it('a domain named 8,000 times in a members list: 8,000 located reference-kind errors', async () => {
        const { ratio, large } = await scaling(800, size => buildWorkspace(generate.domainAsMembers(size)));
        expect(ratio).toBeLessThan(LINEAR_BOUND);
        const errors = large.all().filter(d => d.code === 'reference-kind');
        expect(errors).toHaveLength(8000);
        expect(new Set(errors.map(d => d.range.start.character)).size).toBe(8000);
    }, 120_000);

    it('140,000 bare cadences are 140,000 findings, not an empty report', async () => {
        const { ratio } = await scaling(2000, size => buildWorkspace(generate.bareCadences(size)));
        expect(ratio).toBeLessThan(LINEAR_BOUND);
        const ws = await buildWorkspace(generate.bareCadences(140_000));
        expect(count(ws, 'cadence-no-attendees')).toBe(140_000);
    }, 120_000);

    it('lines of unterminated strings overwhelm no recovery', async () => {
        const { ratio, large } = await scaling(1500, size => buildWorkspace('stakeholder A "x\n'.repeat(size)));
        expect(ratio).toBeLessThan(LINEAR_BOUND);
        const syntax = large.all().filter(d => d.code === 'syntax');
        expect(syntax.length).toBeGreaterThanOrEqual(15_000);
        expect(syntax.every(d => d.range.start.line < 15_000)).toBe(true);
        expect(large.codes()).not.toContain('internal-error');
    }, 120_000);

    it('RACI view of 1,500 × 1,500 grows with its grid, not faster', async () => {
        const raci = async (size: number) => {
            const ws = await buildWorkspace(generate.raciSquare(size));
            const start = performance.now();
            const svg = await renderView(buildView(ws.model, [], 'raci'), 'svg');
            return { ms: performance.now() - start, svg };
        };
        await raci(150);
        const small = await raci(500);
        const large = await raci(1500);
        const perCell = large.ms / 1500 ** 2 / (small.ms / 500 ** 2);
        console.log(`  RACI 500² ${small.ms.toFixed(0)} ms, 1500² ${large.ms.toFixed(0)} ms (per-cell ratio ${perCell.toFixed(2)})`);
        expect(perCell).toBeLessThan(3);
        expect(large.svg).toContain('S1499');
    }, 120_000);

    it('a waiver of thousands of spaces costs its length (3,000 spaces took 23 s, cubic)', async () => {
        const text = (spaces: number) => `// align-waive${' '.repeat(spaces)}x\nstakeholder A\n`;
        const { ratio, large } = await scaling(3000, size => buildWorkspace(text(size)));
        expect(ratio).toBeLessThan(LINEAR_BOUND);
        expect(large.codes()).toEqual(['waiver-invalid']);
    }, 120_000);

    it('20,000 waivers cost what 20,000 comments cost (a search per finding made them quadratic)', async () => {
        const waived = (n: number) =>
            Array.from({ length: n }, (_, i) => `// align-waive domain-no-owner until 2099-01-01: later\ndomain D${i}`).join('\n') + '\n';
        const { ratio, large } = await scaling(2000, size => buildWorkspace(waived(size)));
        expect(ratio).toBeLessThan(LINEAR_BOUND);
        // Every finding hidden by the waiver above it, none left over, none unused.
        expect(large.codes()).toEqual([]);
        const plain = await timed(() => buildWorkspace(Array.from({ length: 20_000 }, (_, i) => `// a comment\ndomain D${i}`).join('\n') + '\n'));
        const all = await timed(() => buildWorkspace(waived(20_000)));
        console.log(`  20,000 waivers ${all.ms.toFixed(0)} ms, 20,000 comments ${plain.ms.toFixed(0)} ms`);
        expect(all.ms / plain.ms).toBeLessThan(3);
    }, 180_000);

    it('a 2,000-step escalation path: escalation view; a 4,000-step one: semantic tokens', async () => {
        const { ratio } = await scaling(200, async size => {
            const ws = await buildWorkspace(generate.longEscalationPath(size));
            return renderView(buildView(ws.model, [], 'escalation'), 'svg');
        });
        expect(ratio).toBeLessThan(LINEAR_BOUND);
        const tokens = await scaling(400, async size => {
            const ws = await buildLspWorkspace(generate.longEscalationPath(size));
            const provider = ws.services.lsp.SemanticTokenProvider!;
            return provider.semanticHighlight(ws.document(), { textDocument: { uri: ws.document().uri.toString() } });
        });
        expect(tokens.ratio).toBeLessThan(LINEAR_BOUND);
        // Each token is 5 numbers: 4,001 cadence declarations and 4,000 path steps, at least.
        expect(tokens.large.data.length / 5).toBeGreaterThanOrEqual(8001);
    }, 120_000);
});

describe('the CLI on pathological workspaces', () => {
    const run = (text: string, args: string[]) => {
        const dir = mkdtempSync(join(tmpdir(), 'align-patho-'));
        writeFileSync(join(dir, 'a.align'), text);
        return runAlign(
            args.map(a => (a === 'DIR' ? dir : a)),
            dir,
            { timeout: 60_000 }
        );
    };

    it('700 conflicting rules exit 1 with every finding and nothing on stderr', () => {
        const r = run(generate.conflictingRules(700), ['check', 'DIR', '--format', 'json']);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(1);
        const codes = (JSON.parse(r.stdout) as Array<{ code: string }>).map(d => d.code);
        expect(codes.filter(c => c === 'rule-conflict')).toHaveLength(700);
        expect(codes).toContain('domain-no-owner');
    });

    it('5,000 copies of a name give a report of bounded size', () => {
        const r = run(generate.sameName(5000), ['check', 'DIR', '--format', 'json']);
        expect(r.status).toBe(1);
        expect(r.stdout.length).toBeLessThan(10 * 1024 * 1024);
        expect(JSON.parse(r.stdout)).toHaveLength(7500);
    });

    it('2,000 nested groups: who-decides and diagram answer', () => {
        const who = run(generate.nestedGroups(2000), ['who-decides', 'DIR', '--domains', 'A,B', '--format', 'json']);
        expect(who.status).toBe(0);
        expect(JSON.parse(who.stdout)).toMatchObject({ decider: 'G0', kind: 'group', rule: 'R' });
        const diagram = run(generate.nestedGroups(2000), ['diagram', 'DIR', '--view', 'decision-flow', '--format', 'mermaid']);
        expect(diagram.status).toBe(0);
        expect(diagram.stdout).toContain('flowchart');
    });

    it('1,500 lines of unterminated strings: located syntax errors, exit 1', () => {
        const r = run('stakeholder A "x\n'.repeat(1500), ['check', 'DIR', '--format', 'json']);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(1);
        expect((JSON.parse(r.stdout) as Array<{ code: string }>).some(d => d.code === 'syntax')).toBe(true);
    });
});
