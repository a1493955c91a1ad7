// Narrowing a picture before layout: filters, one file, the cursor's neighbourhood, and a
// summary that is never empty when the whole picture is too big to read.
import { describe, expect, it } from 'vitest';
import { buildView, errorsOf } from '../../language/diagrams/render-diagram.js';
import { selectView, SUMMARY_LIMITS } from '../../language/diagrams/select/select-view.js';
import { indexView, nodeAt } from '../../language/diagrams/select/view-index.js';
import { raciTooBig } from '../../language/diagrams/select/raci-summary.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { realisticFiles } from '../pathological/generators.js';

async function large(units: number) {
    const ws = await buildWorkspace(realisticFiles(units, 4));
    return { ws, errors: errorsOf([...ws.documents.values()]) };
}

describe('selecting what to draw', () => {
    it('summarises a decision flow too big to read: the framework without its decisions, then what carries errors', async () => {
        const { ws, errors } = await large(60);
        const full = buildView(ws.model, errors, 'decision-flow');
        expect('nodes' in full && full.nodes.length).toBeGreaterThan(SUMMARY_LIMITS.graphNodes);
        const summary = selectView(full);
        expect('nodes' in summary.view && summary.view.nodes.length).toBeGreaterThan(0);
        expect('nodes' in summary.view && summary.view.nodes.length).toBeLessThanOrEqual(SUMMARY_LIMITS.graphNodes);
        expect(summary.note).toMatch(/^Summary: /);
    });

    it('never draws an empty summary when nothing has an error', async () => {
        const { ws } = await large(80);
        const escalation = buildView(ws.model, [], 'escalation');
        const summary = selectView(escalation);
        expect('nodes' in summary.view && summary.view.nodes.length).toBe(SUMMARY_LIMITS.graphNodes);
        expect(summary.note).toMatch(/none with an error/);
    });

    it('summarises a RACI matrix too big to read to the domains with errors and the people in them', async () => {
        const { ws, errors } = await large(60);
        const raci = buildView(ws.model, errors, 'raci');
        const summary = selectView(raci);
        expect(summary.view.kind === 'raci' && summary.view.domains.length).toBeLessThanOrEqual(SUMMARY_LIMITS.raciDomains);
        expect(summary.view.kind === 'raci' && summary.view.domains.every(d => d.errors.length > 0)).toBe(true);
    });

    it('filters by a name, a domain or a person, keeping neighbours', async () => {
        const { ws, errors } = await large(60);
        const full = buildView(ws.model, errors, 'decision-flow');
        const byDomain = selectView(full, { filter: 'd7_2' });
        const ids = 'nodes' in byDomain.view ? byDomain.view.nodes.map(n => n.id) : [];
        expect(ids).toContain('domain:D7_2');
        expect(ids).toContain('decision:X7_1');
        expect(byDomain.note).toMatch(/matching “d7_2”/);
        const nothing = selectView(full, { filter: 'no such thing' });
        expect(nothing.note).toBe('Nothing matching “no such thing”.');
    });

    it('keeps what one file declares, and the element under the cursor with its neighbours', async () => {
        const { ws, errors } = await large(8);
        const full = buildView(ws.model, errors, 'decision-flow');
        const file = [...ws.documents.values()][1];
        const onlyFile = selectView(full, { onlyUri: file.uri.toString() });
        expect('nodes' in onlyFile.view && onlyFile.view.nodes.some(n => n.source?.uri === file.uri.toString())).toBe(true);
        const index = indexView(full);
        const declared = index.nodes.find(n => n.id === 'decision:X3_0')!;
        const at = nodeAt(index.nodes, {
            uri: declared.source!.uri,
            line: declared.source!.range.start.line,
            character: declared.source!.range.start.character + 3
        });
        expect(at).toBe('decision:X3_0');
        const around = selectView(full, { around: at });
        expect('nodes' in around.view && around.view.nodes.map(n => n.id).sort()).toEqual([at, ...index.neighbours[at!]].sort());
    });

    it('never builds a RACI matrix too big for memory: it is built as its summary, and a filter narrows that', async () => {
        const { ws, errors } = await large(450);
        // 2,700 people × 1,800 domains: 4.9 million cells, past the build limit.
        expect(raciTooBig(ws.model)).toBe(true);
        const raci = buildView(ws.model, errors, 'raci');
        expect(raci.kind === 'raci' && raci.domains.length).toBeLessThanOrEqual(SUMMARY_LIMITS.raciDomains);
        expect(raci.kind === 'raci' && raci.summary).toMatch(/^Summary: /);
        expect(selectView(raci).note).toBe(raci.kind === 'raci' ? raci.summary : '');
        const filtered = selectView(raci, { filter: 'P19_' });
        expect(filtered.note).toMatch(/matching “P19_”.*Summary: /);
    });
});
