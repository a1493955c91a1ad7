// PNG without a browser (spec §11): the diagram's SVG rasterised by resvg (wasm) with the
// bundled font. The PNG is decoded back with resvg itself (an <image> of it, drawn 1:1) to
// look at its pixels.
import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../../language/diagrams/layout/elk-layout.js';
import { buildView } from '../../language/diagrams/render-diagram.js';
import { MAX_PNG_PIXELS, MAX_PNG_SIDE, PNG_SCALE, rasterReadySvg, svgToPng } from '../../language/diagrams/render/png.js';
import { renderGraphSvg, renderRaciSvg } from '../../language/diagrams/render/svg.js';
import type { GraphView, RaciView } from '../../language/diagrams/view-model.js';
import { loadPngAssets, PNG_FONT_FAMILY } from '../../host/png-assets.js';
import { loadExample } from './diagram-helpers.js';
import { pngPixels, pngSize } from '../helpers/png.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which always comes first. */
function svgSize(svg: string): { width: number; height: number } {
    const [, width, height] = /<svg[^>]*\swidth="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
    return { width: Number(width), height: Number(height) };
}

/** The RGBA pixels of a PNG, decoded by resvg (call after svgToPng has loaded the wasm). */
function decode(png: Uint8Array): { width: number; pixel(x: number, y: number): [number, number, number] } {
    const { width } = pngSize(png);
    const pixels = pngPixels(png);
    return { width, pixel: (x, y) => [pixels[(y * width + x) * 4], pixels[(y * width + x) * 4 + 1], pixels[(y * width + x) * 4 + 2]] };
}

/** Pixels inside a node's box (its border left out) that are not the box's fill: the drawn text. */
function inkInside(png: Uint8Array, box: { x: number; y: number; width: number; height: number }): { fill: [number, number, number]; ink: number } {
    const image = decode(png);
    const inset = 6; // past the border and the rounded corners, in PNG pixels
    const [left, top] = [Math.ceil(box.x * PNG_SCALE) + inset, Math.ceil(box.y * PNG_SCALE) + inset];
    const [right, bottom] = [Math.floor((box.x + box.width) * PNG_SCALE) - inset, Math.floor((box.y + box.height) * PNG_SCALE) - inset];
    const fill = image.pixel(left, top);
    let ink = 0;
    for (let y = top; y < bottom; y++) {
        for (let x = left; x < right; x++) {
            if (image.pixel(x, y).some((value, i) => Math.abs(value - fill[i]) > 24)) ink++;
        }
    }
    return { fill, ink };
}

async function stalemateFlow() {
    const { ws, errors } = await loadExample('stalemate');
    const graph = await layoutGraph(buildView(ws.model, errors, 'decision-flow') as GraphView);
    return { graph, svg: renderGraphSvg(graph) };
}

describe('svgToPng', () => {
    it('writes a PNG at twice the SVG size, the same bytes every time', async () => {
        const { svg } = await stalemateFlow();
        const first = await svgToPng(svg, loadPngAssets());
        expect([...first.subarray(0, 8)]).toEqual(SIGNATURE);
        const size = svgSize(svg);
        expect(pngSize(first)).toEqual({ width: Math.round(size.width * 2), height: Math.round(size.height * 2) });
        const second = await svgToPng(svg, loadPngAssets());
        expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    });

    it('draws the labels with the bundled font, in the light theme colours', async () => {
        const { graph, svg } = await stalemateFlow();
        const decider = graph.nodes.find(node => node.kind === 'decider')!;
        const withText = inkInside(await svgToPng(svg, loadPngAssets()), decider);
        // The CSS variable's fallback (--align-decider-fill, #e6f6ec), not black: resvg has no var().
        expect(withText.fill).toEqual([0xe6, 0xf6, 0xec]);
        expect(withText.ink).toBeGreaterThan(500);
        // The same picture without its <text> elements leaves the box empty: the ink is the label.
        const withoutText = inkInside(await svgToPng(svg.replace(/<text\b[^>]*>[^<]*<\/text>/g, ''), loadPngAssets()), decider);
        expect(withoutText.ink).toBe(0);
    });

    it('never depends on the font the SVG names: every family becomes the bundled one', async () => {
        const text = (family: string) =>
            `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><rect width="120" height="30" fill="#fff"/>` +
            `<text x="4" y="20" font-family="${family}" font-size="13">Who decides?</text></svg>`;
        const arial = await svgToPng(text('Arial'), loadPngAssets());
        const unknown = await svgToPng(text('No Such Font, serif'), loadPngAssets());
        expect(Buffer.from(arial).equals(Buffer.from(unknown))).toBe(true);
        expect(inkInside(arial, { x: 0, y: 0, width: 120, height: 30 }).ink).toBeGreaterThan(50);
    });

    it('rasterises the RACI matrix in proportion too', async () => {
        const { ws, errors } = await loadExample('stalemate');
        const svg = renderRaciSvg(buildView(ws.model, errors, 'raci') as RaciView);
        const png = await svgToPng(svg, loadPngAssets());
        const size = svgSize(svg);
        expect(pngSize(png)).toEqual({ width: Math.round(size.width * 2), height: Math.round(size.height * 2) });
    });

    it('shrinks the zoom of a picture that would exceed the pixel budget', async () => {
        const huge = '<svg xmlns="http://www.w3.org/2000/svg" width="7000" height="7000"><rect width="7000" height="7000" fill="#fff"/></svg>';
        const { width, height } = pngSize(await svgToPng(huge, loadPngAssets()));
        expect(width * height).toBeLessThanOrEqual(MAX_PNG_PIXELS + 2 * width);
        expect(width).toBe(height);
        expect(width).toBeLessThan(7000 * 2);
    });

    it('keeps a long thin picture within the widest image viewers draw, whatever its area', async () => {
        const thin = '<svg xmlns="http://www.w3.org/2000/svg" width="186601" height="40"><rect width="186601" height="40" fill="#fff"/></svg>';
        const { width, height } = pngSize(await svgToPng(thin, loadPngAssets()));
        expect(width).toBeLessThanOrEqual(MAX_PNG_SIDE);
        expect(height).toBeGreaterThanOrEqual(3);
    });
});

describe('rasterReadySvg', () => {
    it('replaces CSS variables by their fallbacks, nested ones too', () => {
        const svg =
            '<svg><style>.a { fill: var(--x, #fff); stroke: var(--y, var(--z, rgb(1, 2, 3))); color: var(--none); }</style><rect style="fill: var(--q, red)" fill="var(--p, blue)"/></svg>';
        expect(rasterReadySvg(svg, 'F')).toBe(
            '<svg><style>.a { fill: #fff; stroke: rgb(1, 2, 3); color: ; }</style><rect style="fill: red" fill="blue"/></svg>'
        );
    });

    it('puts the bundled family in place of every font stack', () => {
        const svg = `<svg><style>.d { font-family: var(--align-font, -apple-system, 'Segoe UI', sans-serif); font-size: 13px; }</style><text font-family="Arial">x</text></svg>`;
        expect(rasterReadySvg(svg, PNG_FONT_FAMILY)).toBe(
            `<svg><style>.d { font-family: '${PNG_FONT_FAMILY}'; font-size: 13px; }</style><text font-family="'${PNG_FONT_FAMILY}'">x</text></svg>`
        );
    });

    it('leaves the text of labels alone, whatever it says', () => {
        const svg = '<svg><style>.x { fill: var(--a, #000); }</style><text>font-family: Evil; var(--b, red)</text><title>var(--c, x)</title></svg>';
        const ready = rasterReadySvg(svg, 'F');
        expect(ready).toContain('<text>font-family: Evil; var(--b, red)</text>');
        expect(ready).toContain('<title>var(--c, x)</title>');
        expect(ready).toContain('.x { fill: #000; }');
    });
});
