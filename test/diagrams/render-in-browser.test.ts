// Renders the patient-portal decision flow in a real browser: every label visible inside
// its box and the picture, no two boxes overlapping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { renderDiagram } from '../../language/diagrams/render-diagram.js';
import type { DiagramViewKind } from '../../language/diagrams/view-model.js';
import { launchChromium } from './browser.js';
import { loadExample } from './diagram-helpers.js';

interface Measured {
    id: string;
    rect: DOMRect;
    texts: Array<{ text: string; box: DOMRect }>;
}

describe('SVG in headless chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
        browser = await launchChromium();
    });
    afterAll(async () => {
        await browser?.close();
    });

    for (const [example, view] of [
        ['patient-portal', 'decision-flow'],
        ['stalemate', 'decision-flow'],
        ['stalemate', 'escalation']
    ] as Array<[string, DiagramViewKind]>) {
        it(`${example} ${view}: labels visible, boxes apart`, async () => {
            const { ws, errors } = await loadExample(example);
            const svg = await renderDiagram(ws.model, errors, { view, format: 'svg' });
            const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
            await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
            const result = (await page.evaluate(() => {
                const svgElement = document.querySelector('svg')!.getBoundingClientRect();
                const nodes = [...document.querySelectorAll('g.node')].map(g => ({
                    id: g.getAttribute('data-node-id')!,
                    rect: g.querySelector('rect')!.getBoundingClientRect().toJSON(),
                    texts: [...g.querySelectorAll('text')].map(t => ({ text: t.textContent ?? '', box: t.getBoundingClientRect().toJSON() }))
                }));
                return { svg: svgElement.toJSON(), nodes };
            })) as { svg: DOMRect; nodes: Measured[] };
            await page.close();
            expect(result.nodes.length).toBeGreaterThan(3);
            const labels = result.nodes.flatMap(n => n.texts.map(t => t.text));
            if (view === 'decision-flow') for (const node of ws.model.decisions.keys()) expect(labels).toContain(node.name);
            else for (const edge of ws.model.escalationEdges) expect(labels).toContain(edge.from.name);
            for (const node of result.nodes) {
                for (const { text, box } of node.texts) {
                    expect(box.width, `${text} has no width`).toBeGreaterThan(0);
                    expect(box.left, `${text} starts outside its box`).toBeGreaterThanOrEqual(node.rect.left - 0.5);
                    expect(box.right, `${text} ends outside its box`).toBeLessThanOrEqual(node.rect.right + 0.5);
                    expect(box.top).toBeGreaterThanOrEqual(node.rect.top - 0.5);
                    expect(box.bottom).toBeLessThanOrEqual(node.rect.bottom + 0.5);
                }
                expect(node.rect.right).toBeLessThanOrEqual(result.svg.right);
                expect(node.rect.bottom).toBeLessThanOrEqual(result.svg.bottom);
            }
            for (let i = 0; i < result.nodes.length; i++) {
                for (let j = i + 1; j < result.nodes.length; j++) {
                    const a = result.nodes[i].rect;
                    const b = result.nodes[j].rect;
                    const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
                    expect(overlap, `${result.nodes[i].id} overlaps ${result.nodes[j].id}`).toBe(false);
                }
            }
        });
    }
});
