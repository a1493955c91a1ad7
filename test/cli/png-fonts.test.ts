// PNG text in scripts DejaVu lacks: Chinese and Japanese, Hangul, emoji. resvg falls back glyph by
// glyph to Noto Sans SC, Noto Sans KR and Noto Emoji, which are read only for a picture whose
// text needs them. Without them every such character is DejaVu's .notdef box: the same box for
// every character. So a character is drawn when its picture has ink, differs from the picture
// without the fallbacks, and differs from the picture of another character of its script.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbacksFor, svgToPng, type PngAssets, type PngFallbackFont } from '../../language/diagrams/render/png.js';
import { loadPngAssets, PNG_FALLBACK_RANGES } from '../../host/png-assets.js';
import { CLI, ROOT, runAlignBytes } from '../helpers/cli.js';
import { pngPixels } from '../helpers/png.js';

const withFallbacks = (): PngAssets => loadPngAssets();
const withoutFallbacks = (): PngAssets => ({ ...loadPngAssets(), fallbacks: [] });

/** One line of black text on white, as render/svg.ts draws a label (its font is replaced anyway). */
function textSvg(text: string, size = 32): string {
    const width = 40 + size * [...text].length * 1.2;
    return (
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${size * 2}">` +
        `<rect width="${width}" height="${size * 2}" fill="#fff"/>` +
        `<text x="20" y="${size * 1.4}" font-family="Helvetica, Arial, sans-serif" font-size="${size}" fill="#000">${text}</text></svg>`
    );
}

/** Pixels darker than mid-grey: the text's ink on the white ground. */
function ink(png: Uint8Array): number {
    const rgba = pngPixels(png);
    let count = 0;
    for (let i = 0; i < rgba.length; i += 4) if (rgba[i] + rgba[i + 1] + rgba[i + 2] < 3 * 128) count++;
    return count;
}

/** Pixels whose colour differs by more than anti-aliasing noise between two pictures of the same size. */
function changed(a: Uint8Array, b: Uint8Array): number {
    const [pa, pb] = [pngPixels(a), pngPixels(b)];
    expect(pa.length).toBe(pb.length);
    let count = 0;
    for (let i = 0; i < pa.length; i += 4) {
        if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) > 48) count++;
    }
    return count;
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

// Pairs of characters of each script, all missing from DejaVu (which has a few emoji, such as 😀).
const SCRIPTS = {
    Chinese: ['中', '题'],
    'Japanese kana and kanji': ['の', '捗'],
    Hangul: ['한', '똠'],
    emoji: ['🚀', '🎉']
} as const;

describe('PNG fallback fonts', () => {
    for (const [script, [first, second]] of Object.entries(SCRIPTS)) {
        it(`draws ${script} glyphs, not .notdef boxes`, async () => {
            const bare = await Promise.all([first, second].map(char => svgToPng(textSvg(char), withoutFallbacks())));
            const drawn = await Promise.all([first, second].map(char => svgToPng(textSvg(char), withFallbacks())));
            // Without the fallbacks both characters are the same box: DejaVu has neither glyph.
            expect(ink(bare[0])).toBeGreaterThan(0);
            expect(changed(bare[0], bare[1])).toBe(0);
            // With them: ink, unlike the box, and unlike each other.
            for (let i = 0; i < 2; i++) {
                expect(ink(drawn[i])).toBeGreaterThan(100);
                expect(changed(drawn[i], bare[i])).toBeGreaterThan(100);
            }
            expect(changed(drawn[0], drawn[1])).toBeGreaterThan(100);
        });
    }

    it('draws a CJK title, a Hangul title and an emoji in one picture, keeping the Latin text as it was', async () => {
        const latin = 'Plan: ';
        const titles = ['中文标题', '한국어 제목', '🚀'];
        const svg = (text: string) => textSvg(text, 24).replace(/width="[\d.]+"/g, 'width="600"');
        const full = await svgToPng(svg(latin + titles.join(' ')), withFallbacks());
        const bare = await svgToPng(svg(latin + titles.join(' ')), withoutFallbacks());
        expect(changed(full, bare)).toBeGreaterThan(1000);
        // The Latin prefix is drawn by DejaVu either way: the two pictures agree left of the first ideograph.
        const latinOnly = await svgToPng(svg(latin), withFallbacks());
        const [pf, pl] = [pngPixels(full), pngPixels(latinOnly)];
        const width = 600 * 2;
        const prefixEnd = (20 + 45) * 2; // "Plan" at 24px ends before x = 65, the ideographs well after it
        for (let y = 0; y < pf.length / 4 / width; y++) {
            for (let x = 0; x < prefixEnd; x++) expect(pf[(y * width + x) * 4]).toBe(pl[(y * width + x) * 4]);
        }
    });

    it('gives the same bytes every time, and for Latin text the bytes it gave without fallbacks', async () => {
        const svg = textSvg('选择身份提供商 🚀 예약 ✅');
        expect(same(await svgToPng(svg, withFallbacks()), await svgToPng(svg, withFallbacks()))).toBe(true);
        // ✓ is in the emoji ranges, so the emoji font is loaded, but DejaVu has the glyph and keeps it.
        const latin = textSvg('Who decides? ✓ → €');
        expect(fallbacksFor(latin, withFallbacks().fallbacks!)).toHaveLength(1);
        expect(same(await svgToPng(latin, withFallbacks()), await svgToPng(latin, withoutFallbacks()))).toBe(true);
    });
});

describe('loading the fallback fonts lazily', () => {
    /** The real fallbacks, counting the times each is read. */
    function counted(): { assets: PngAssets; loads: Record<string, number> } {
        const names = ['emoji', 'cjk', 'hangul'];
        const loads: Record<string, number> = Object.fromEntries(names.map(name => [name, 0]));
        const real = loadPngAssets().fallbacks!;
        const fallbacks: PngFallbackFont[] = real.map((font, i) => ({ ranges: font.ranges, load: () => (loads[names[i]]++, font.load()) }));
        return { assets: { ...loadPngAssets(), fallbacks }, loads };
    }

    it('lists the fallbacks in the order emoji, CJK, Hangul, with the ranges the picture is scanned for', () => {
        expect(loadPngAssets().fallbacks!.map(font => font.ranges)).toEqual([PNG_FALLBACK_RANGES.emoji, PNG_FALLBACK_RANGES.cjk, PNG_FALLBACK_RANGES.hangul]);
    });

    it('reads no fallback font for a picture in Latin script', async () => {
        const { assets, loads } = counted();
        await svgToPng(textSvg('Steering committee → SteerCo, 48 hours, café'), assets);
        expect(loads).toEqual({ emoji: 0, cjk: 0, hangul: 0 });
    });

    it('reads only the fonts of the scripts the picture has, numeric references included', async () => {
        const cases: [string, Record<string, number>][] = [
            ['日本語', { emoji: 0, cjk: 1, hangul: 0 }],
            ['한국어', { emoji: 0, cjk: 0, hangul: 1 }],
            ['🚀', { emoji: 1, cjk: 0, hangul: 0 }],
            ['&#x4E2D;&#54620;', { emoji: 0, cjk: 1, hangul: 1 }],
            ['中 한 🚀', { emoji: 1, cjk: 1, hangul: 1 }]
        ];
        for (const [text, expected] of cases) {
            const { assets, loads } = counted();
            await svgToPng(textSvg(text), assets);
            expect(loads, text).toEqual(expected);
        }
    });

    it('reports a missing fallback file only for a picture that needs it', async () => {
        const broken: PngAssets = {
            ...loadPngAssets(),
            fallbacks: [
                {
                    ranges: [[0x4e00, 0x9fff]],
                    load: () => {
                        throw new Error('NotoSansSC-Regular.ttf is missing');
                    }
                }
            ]
        };
        await expect(svgToPng(textSvg('Plan'), broken)).resolves.toBeInstanceOf(Uint8Array);
        await expect(svgToPng(textSvg('中文'), broken)).rejects.toThrow('NotoSansSC-Regular.ttf is missing');
    });
});

describe('align diagram --format png with CJK, Hangul and emoji names', () => {
    /** examples/stalemate with a decision named in Chinese and an emoji, one in Korean, a domain in Japanese. */
    function project(): string {
        const folder = mkdtempSync(join(tmpdir(), 'align-png-fonts-'));
        cpSync(join(ROOT, 'examples/stalemate'), folder, { recursive: true });
        const rename = (file: string, from: string, to: string) => {
            const text = readFileSync(join(folder, file), 'utf8');
            expect(text).toContain(from);
            writeFileSync(join(folder, file), text.replace(from, to));
        };
        rename('delivery.align', '"Choose the identity provider"', '"选择身份提供商 🚀"');
        rename('delivery.align', '"Symptom questions asked when booking"', '"예약 시 증상 질문"');
        rename('decision-rights.align', '"User experience"', '"ユーザー体験の進捗"');
        return folder;
    }

    const align = (args: string[]) => runAlignBytes(args);

    it('ships the fallback fonts and their licences in out/png/', () => {
        const files = readdirSync(join(ROOT, 'out/png'));
        for (const file of ['NotoSansSC-Regular.ttf', 'NotoSansKR-Regular.ttf', 'NotoEmoji-Regular.ttf', 'NotoSansCJK-LICENSE.txt', 'NotoEmoji-LICENSE.txt']) {
            expect(files, file).toContain(file);
        }
    });

    it('draws them with the bundled fallbacks: the bytes of the sources in this process, not those without fallbacks', async () => {
        expect(existsSync(CLI)).toBe(true);
        const folder = project();
        const args = ['diagram', folder, '--view', 'decision-flow'];
        const svg = align(args).stdout.toString('utf8');
        expect(svg).toContain('选择身份提供商 🚀');
        expect(svg).toContain('예약 시 증상 질문');
        const file = join(folder, 'flow.png');
        const run = align([...args, '--format', 'png', '-o', file]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const png = readFileSync(file);
        expect(same(png, await svgToPng(svg, withFallbacks()))).toBe(true);
        expect(changed(png, await svgToPng(svg, withoutFallbacks()))).toBeGreaterThan(500);
    }, 60_000);
});
