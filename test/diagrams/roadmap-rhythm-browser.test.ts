// The roadmap and rhythm SVG in headless Chromium: no label overlaps another, every label sits
// inside its box and the picture, every element can be clicked to its source and has a
// tooltip, and the roadmap's line at today stands where that day falls in its month.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, renderDiagram } from '../../language/diagrams/render-diagram.js';
import type { DiagramViewKind } from '../../language/diagrams/view-model.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { launchChromium } from './browser.js';

const FIXTURE = readFileSync(new URL('./fixtures/portal-timeline.align', import.meta.url), 'utf8');

/** Many elements in one week: their labels must stagger, not pile up. */
const CROWDED = `
stakeholder A { org "Ops" }
domain D { owner A }
milestone Kickoff on 2027-03-01
milestone Freeze "Code freeze" on 2027-03-02
milestone Launch on 2027-03-03
${Array.from({ length: 10 }, (_, i) => `decision Decision${i} "Decision number ${i}" { affects D due 2027-03-${String(1 + i).padStart(2, '0')} }`).join('\n')}
risk R1 { owner A mitigation "m" status issue since 2027-02-27 }
risk R2 { owner A mitigation "m" status blocker since 2027-02-28 escalates to A after 1 week }
risk R3 { owner A mitigation "m" }
metric M "Throughput" progress { owner A baseline 10 on 2027-02-25 actual 11 on 2027-02-27, 12 on 2027-02-28, 14 on 2027-03-01 target 40 by 2027-03-31 }
cadence Daily every day for 1 hour { attendees A }
`;

interface Box {
    left: number;
    right: number;
    top: number;
    bottom: number;
    width: number;
    height: number;
}
interface Drawn {
    svg: Box;
    texts: Array<{ text: string; box: Box }>;
    nodes: Array<{
        id: string | null;
        uri: string | null;
        line: string | null;
        character: string | null;
        title: string | null;
        rect: Box | null;
        texts: Array<{ text: string; box: Box }>;
    }>;
}

const overlaps = (a: Box, b: Box) => a.left + 0.5 < b.right && b.left + 0.5 < a.right && a.top + 0.5 < b.bottom && b.top + 0.5 < a.bottom;

describe('roadmap and rhythm SVG in headless chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
        browser = await launchChromium();
    });
    afterAll(async () => {
        await browser?.close();
    });

    async function draw(svg: string): Promise<Drawn> {
        const page = await browser.newPage({ viewport: { width: 1800, height: 1200 } });
        await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
        const drawn = (await page.evaluate(() => {
            const box = (element: Element) => element.getBoundingClientRect().toJSON();
            return {
                svg: box(document.querySelector('svg')!),
                texts: [...document.querySelectorAll('svg text')].map(text => ({ text: text.textContent ?? '', box: box(text) })),
                nodes: [...document.querySelectorAll('g.node')].map(g => ({
                    id: g.getAttribute('data-node-id'),
                    uri: g.getAttribute('data-uri'),
                    line: g.getAttribute('data-line'),
                    character: g.getAttribute('data-character'),
                    title: g.querySelector(':scope > title')?.textContent ?? null,
                    rect: g.querySelector('rect') ? box(g.querySelector('rect')!) : null,
                    texts: [...g.querySelectorAll('text')].map(text => ({ text: text.textContent ?? '', box: box(text) }))
                }))
            };
        })) as Drawn;
        await page.close();
        return drawn;
    }

    function expectReadable(drawn: Drawn): void {
        expect(drawn.texts.length).toBeGreaterThan(5);
        for (const { text, box } of drawn.texts) {
            expect(box.width, `${text} has no width`).toBeGreaterThan(0);
            expect(box.left, `${text} starts left of the picture`).toBeGreaterThanOrEqual(drawn.svg.left);
            expect(box.right, `${text} ends right of the picture`).toBeLessThanOrEqual(drawn.svg.right);
            expect(box.bottom, `${text} ends below the picture`).toBeLessThanOrEqual(drawn.svg.bottom);
        }
        for (let i = 0; i < drawn.texts.length; i++) {
            for (let j = i + 1; j < drawn.texts.length; j++) {
                const [a, b] = [drawn.texts[i], drawn.texts[j]];
                expect(overlaps(a.box, b.box), `"${a.text}" overlaps "${b.text}"`).toBe(false);
            }
        }
        for (const node of drawn.nodes) {
            // Click-to-source and a tooltip on every element.
            expect(node.id, 'an element without data-node-id').toBeTruthy();
            expect(node.uri, `${node.id} has no data-uri`).toMatch(/^file:\/\//);
            expect(node.line, `${node.id} has no data-line`).toMatch(/^\d+$/);
            expect(node.character, `${node.id} has no data-character`).toMatch(/^\d+$/);
            expect(node.title, `${node.id} has no tooltip`).toBeTruthy();
            if (!node.rect) continue;
            for (const { text, box } of node.texts) {
                expect(box.left, `${text} starts outside its box`).toBeGreaterThanOrEqual(node.rect.left - 0.5);
                expect(box.right, `${text} ends outside its box`).toBeLessThanOrEqual(node.rect.right + 0.5);
                expect(box.top, `${text} starts above its box`).toBeGreaterThanOrEqual(node.rect.top - 0.5);
                expect(box.bottom, `${text} ends below its box`).toBeLessThanOrEqual(node.rect.bottom + 0.5);
            }
        }
        const boxes = drawn.nodes.filter(node => node.rect);
        for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
                expect(overlaps(boxes[i].rect!, boxes[j].rect!), `${boxes[i].id} overlaps ${boxes[j].id}`).toBe(false);
            }
        }
    }

    for (const [name, text] of [
        ['the fixture', FIXTURE],
        ['a crowded week', CROWDED]
    ] as const) {
        for (const view of ['roadmap', 'rhythm'] as DiagramViewKind[]) {
            it(`${name}: the ${view} labels are apart, inside their boxes, clickable, with tooltips`, async () => {
                const ws = await buildWorkspace({ 'plan.align': text });
                const svg = await renderDiagram(ws.model, errorsOf([...ws.documents.values()]), { view, format: 'svg', today: '2027-03-02' });
                const drawn = await draw(svg);
                expectReadable(drawn);
                const ids = new Set(drawn.nodes.map(node => node.id));
                if (view === 'rhythm') {
                    for (const cadence of ws.model.cadences) expect(ids).toContain(`cadence:${cadence.name}`);
                    for (const stakeholder of ws.model.stakeholders) expect(ids).toContain(`stakeholder:${stakeholder.name}`);
                } else {
                    for (const decision of ws.model.decisions.keys()) expect(ids).toContain(`decision:${decision.name}`);
                    for (const milestone of ws.model.milestones) expect(ids).toContain(`milestone:${milestone.name}`);
                }
            });
        }
    }

    it.each([
        ['2026-11-24', 'Nov', 'Dec', 23 / 30],
        ['2027-03-16', 'Mar', 'Apr', 15 / 31],
        ['2027-01-01', 'Jan', 'Feb', 0]
    ])('draws the line at today %s at its place in %s', async (today, month, next, fraction) => {
        const ws = await buildWorkspace({ 'plan.align': FIXTURE });
        const svg = await renderDiagram(ws.model, [], { view: 'roadmap', format: 'svg', today });
        // Month labels are centred on their month: two neighbours give its start and width.
        const centre = (label: string) => Number(new RegExp(`<text x="([0-9.]+)" y="[0-9.]+" text-anchor="middle">${label}</text>`).exec(svg)![1]);
        const width = centre(next) - centre(month);
        const expected = centre(month) - width / 2 + fraction * width;
        const line = /<line class="today" data-date="([0-9-]+)" x1="([0-9.]+)" y1="[0-9.]+" x2="([0-9.]+)"/.exec(svg)!;
        expect(line[1]).toBe(today);
        expect(Number(line[2])).toBeCloseTo(expected, 0);
        expect(line[3]).toBe(line[2]);
        // And the browser draws it there.
        const page = await browser.newPage({ viewport: { width: 1800, height: 1200 } });
        await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
        const drawnX = await page.evaluate(() => {
            const rect = document.querySelector('line.today')!.getBoundingClientRect();
            return rect.left + rect.width / 2 - document.querySelector('svg')!.getBoundingClientRect().left;
        });
        await page.close();
        expect(drawnX).toBeCloseTo(expected, 0);
    });
});
