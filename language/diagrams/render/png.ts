// Rasterises a diagram's SVG to PNG with resvg compiled to WebAssembly: no browser, no native
// binary per platform, and no system font. The same wasm and the same font bytes give the same
// pixels on every machine, so the PNG is byte-for-byte reproducible. Pure code: the caller
// supplies the wasm and the fonts (read from files in Node, fetched in a browser), and the
// fallback fonts for other scripts, which are read only when a picture's text needs them.
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** What the rasteriser needs: resvg's wasm and the only fonts a picture may use. */
export interface PngAssets {
    /** resvg's `index_bg.wasm`, as bytes or a compiled module. */
    wasm: BufferSource | WebAssembly.Module;
    /** TTF or OTF files of one family (regular, bold…). */
    fonts: Uint8Array[];
    /** The family name inside those files: every text of the picture is drawn with it. */
    family: string;
    /**
     * Fonts for the scripts `family` lacks (CJK, Hangul, emoji), in order of preference. Each is
     * loaded only for a picture whose text has a code point in its ranges; resvg then draws each
     * character `family` has no glyph for with the first loaded font that has one.
     */
    fallbacks?: readonly PngFallbackFont[];
}

/** A font drawn only where the family lacks a glyph, and read only when a picture needs it. */
export interface PngFallbackFont {
    /** Inclusive [first, last] code point ranges: a picture with any of them in its text needs this font. */
    ranges: readonly (readonly [number, number])[];
    /** The font's bytes (TTF, OTF or WOFF2), asked for only when a picture needs them. */
    load(): Uint8Array | Promise<Uint8Array>;
}

/** The picture at twice its size, like the preview's own export, so text stays sharp. */
export const PNG_SCALE = 2;

/** Above this many pixels the zoom shrinks: a huge view must not exhaust the wasm memory (4 bytes a pixel). */
export const MAX_PNG_PIXELS = 40_000_000;

/** Nor may either side exceed this many pixels. */
export const MAX_PNG_SIDE = 16_384;

// resvg's wasm can be initialised once per JavaScript realm; every caller shares that one.
let initialised: Promise<void> | undefined;

/** Draws an SVG of render/svg.ts as PNG bytes at `scale` (reduced if the picture would be too big). */
export async function svgToPng(svg: string, assets: PngAssets, scale = PNG_SCALE): Promise<Uint8Array> {
    await initialise(assets.wasm);
    // Which fallbacks load depends on the SVG alone, and their order is the assets' own: the same
    // SVG gives the same fonts, so the same bytes. A picture in Latin script loads none.
    const fallbacks = await Promise.all(fallbacksFor(svg, assets.fallbacks ?? []).map(font => font.load()));
    const resvg = new Resvg(rasterReadySvg(svg, assets.family), {
        fitTo: { mode: 'zoom', value: zoomFor(svg, scale) },
        font: {
            fontBuffers: fallbacks.length === 0 ? assets.fonts : [...assets.fonts, ...fallbacks],
            // Generic names (sans-serif…) must land on the bundled font too, never on a system one.
            defaultFontFamily: assets.family,
            sansSerifFamily: assets.family,
            serifFamily: assets.family,
            monospaceFamily: assets.family,
            cursiveFamily: assets.family,
            fantasyFamily: assets.family
        }
    });
    try {
        const image = resvg.render();
        try {
            return image.asPng();
        } finally {
            image.free();
        }
    } finally {
        // wasm-bindgen objects live in the wasm heap until freed: a long-running server would leak.
        resvg.free();
    }
}

/**
 * The fallbacks whose ranges hold a code point of the SVG, in the order given. The whole markup is
 * scanned, numeric character references included: a code point outside the text proper (in a
 * tooltip, say) at worst loads a font that draws nothing, never leaves a glyph without one.
 */
export function fallbacksFor(svg: string, fallbacks: readonly PngFallbackFont[]): PngFallbackFont[] {
    if (fallbacks.length === 0) return [];
    const needed = new Set<PngFallbackFont>();
    // Only code points from U+2000 on, or written as references, can be outside the family's cover.
    for (const match of svg.matchAll(/&#(x[\da-fA-F]+|\d+);|[^\0-\u1fff]/gu)) {
        const reference = match[1];
        const codePoint =
            reference === undefined ? match[0].codePointAt(0)! : reference[0] === 'x' ? parseInt(reference.slice(1), 16) : parseInt(reference, 10);
        for (const font of fallbacks) {
            if (!needed.has(font) && font.ranges.some(([first, last]) => codePoint >= first && codePoint <= last)) needed.add(font);
        }
        if (needed.size === fallbacks.length) break;
    }
    return fallbacks.filter(font => needed.has(font));
}

function initialise(wasm: PngAssets['wasm']): Promise<void> {
    initialised ??= initWasm(wasm).catch((error: unknown) => {
        initialised = undefined; // let the next picture try again, say after a missing file is restored
        throw error;
    });
    return initialised;
}

/** The zoom that keeps the picture under MAX_PNG_PIXELS, from the SVG's own width and height. */
function zoomFor(svg: string, scale: number): number {
    const size = /<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
    const [width, height] = size ? [Number(size[1]), Number(size[2])] : [0, 0];
    const area = width * height;
    if (!(area > 0)) return scale;
    // Viewers and browsers refuse images wider or taller than about 16k–32k pixels, whatever their area.
    return Math.min(scale, Math.sqrt(MAX_PNG_PIXELS / area), MAX_PNG_SIDE / width, MAX_PNG_SIDE / height);
}

/** The SVG as resvg can draw it: CSS variables replaced by their fallbacks, every font family by `family`. */
export function rasterReadySvg(svg: string, family: string): string {
    // resvg ignores CSS custom properties, so `var(--x, fallback)` (the preview's theming hook)
    // becomes its fallback, the light theme; and no font but the bundled one exists here. Text
    // between tags (the user's names) is never touched: only the style sheet and attribute values.
    const quoted = `'${family.replace(/['\\]/g, '')}'`;
    const css = (text: string) => resolveVariables(text).replace(/font-family\s*:[^;}]*/g, `font-family: ${quoted}`);
    return svg
        .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open: string, body: string, close: string) => open + css(body) + close)
        .replace(/<[^>!?][^>]*>/g, tag =>
            tag.replace(/([\w:-]+)="([^"]*)"/g, (attribute, name: string, value: string) => {
                if (name === 'font-family') return `font-family="${quoted}"`;
                if (name === 'style') return `style="${css(value)}"`;
                return value.includes('var(') ? `${name}="${resolveVariables(value)}"` : attribute;
            })
        );
}

/** Replaces each `var(--name, fallback)` by its fallback (resolved in turn); without one, by nothing. */
function resolveVariables(text: string): string {
    let out = '';
    let at = 0;
    for (let start = text.indexOf('var(', at); start >= 0; start = text.indexOf('var(', at)) {
        const end = closingParenthesis(text, start + 3);
        if (end < 0) break; // unbalanced: leave the rest as it is
        const inner = text.slice(start + 4, end);
        const comma = topLevelComma(inner);
        out += text.slice(at, start) + (comma < 0 ? '' : resolveVariables(inner.slice(comma + 1).trim()));
        at = end + 1;
    }
    return out + text.slice(at);
}

function closingParenthesis(text: string, open: number): number {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text[i] === '(') depth++;
        else if (text[i] === ')' && --depth === 0) return i;
    }
    return -1;
}

function topLevelComma(text: string): number {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '(') depth++;
        else if (text[i] === ')') depth--;
        else if (text[i] === ',' && depth === 0) return i;
    }
    return -1;
}
