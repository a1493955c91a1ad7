// Node-only, in the host layer shared by the CLI and the server: reads the files the PNG
// rasteriser needs (language/diagrams/render/png.ts stays free of `node:fs` so a browser can use it with fetched bytes). The bundles (out/cli,
// out/server) find them in out/png/, copied there by esbuild.mjs and shipped in the .vsix; the
// sources (tests) find them in node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PngAssets, PngFallbackFont } from '../language/diagrams/render/png.js';

/** Each file in out/png/ and the package file it is copied from; esbuild.mjs copies the same list. */
const PNG_ASSET_FILES = {
    wasm: { bundled: 'resvg.wasm', source: '@resvg/resvg-wasm/index_bg.wasm' },
    // DejaVu Sans Condensed: its widths match the layout's text estimate (layout/measure.ts, made
    // for Helvetica and Arial); plain DejaVu Sans is about 6% wider and crowds the boxes.
    regular: { bundled: 'DejaVuSansCondensed.ttf', source: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf' },
    bold: { bundled: 'DejaVuSansCondensed-Bold.ttf', source: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf' },
    // The fallbacks for what DejaVu lacks, read only for a picture that needs them (render/png.ts),
    // in regular weight only (bold text in these scripts is drawn regular). Monochrome Noto Emoji:
    // outlines drawn in the text's colour like the rest of a label, and 0.9 MB.
    emoji: { bundled: 'NotoEmoji-Regular.ttf', source: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf' },
    // Noto Sans SC has every ideograph of GB 2312, Big5 and JIS X 0208, kana and CJK punctuation
    // (10 MB), but no Hangul syllable: hence Noto Sans KR (6 MB), loaded only for Korean.
    cjk: { bundled: 'NotoSansSC-Regular.ttf', source: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
    hangul: { bundled: 'NotoSansKR-Regular.ttf', source: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf' }
} as const;

/** The family name inside the bundled font files. */
export const PNG_FONT_FAMILY = 'DejaVu Sans Condensed';

/**
 * The code points that make a picture load each fallback. DejaVu has some of the symbols (✓, ☺,
 * ⌘…) and keeps drawing those itself: a fallback only fills in the glyphs it lacks.
 */
export const PNG_FALLBACK_RANGES = {
    // Pictographs, emoticons, transport, flags (regional indicators and tags), supplemental
    // symbols; keycaps; technical (⌚, ⏰…); miscellaneous symbols and dingbats (☀, ✅…); ⬆, ⭐.
    emoji: [
        [0x20e3, 0x20e3],
        [0x2300, 0x23ff],
        [0x2600, 0x27bf],
        [0x2b00, 0x2bff],
        [0x1f000, 0x1faff],
        [0xe0020, 0xe007f]
    ],
    // Enclosed numbers, CJK radicals and description characters, punctuation, kana, bopomofo,
    // enclosed and compatibility forms, ideographs (extension A, unified, compatibility),
    // vertical, small and fullwidth forms, ideographs of extension B and beyond.
    cjk: [
        [0x2460, 0x24ff],
        [0x2e80, 0x2fff],
        [0x3000, 0x312f],
        [0x3190, 0x33ff],
        [0x3400, 0x4dbf],
        [0x4e00, 0x9fff],
        [0xf900, 0xfaff],
        [0xfe10, 0xfe1f],
        [0xfe30, 0xfe6f],
        [0xff00, 0xffef],
        [0x20000, 0x3134f]
    ],
    // Hangul jamo, compatibility jamo, extended jamo and syllables; and the compatibility
    // ideographs, where Korean hanja with a second reading live (Noto Sans SC lacks a few).
    hangul: [
        [0x1100, 0x11ff],
        [0x3130, 0x318f],
        [0xa960, 0xa97f],
        [0xac00, 0xd7ff],
        [0xf900, 0xfaff]
    ]
} as const satisfies Record<string, readonly (readonly [number, number])[]>;

let loaded: PngAssets | undefined;

/** The wasm and fonts for svgToPng, read once per process; each fallback font on the first picture that needs it. */
export function loadPngAssets(): PngAssets {
    loaded ??= {
        wasm: readFileSync(assetPath(PNG_ASSET_FILES.wasm)),
        fonts: [readFileSync(assetPath(PNG_ASSET_FILES.regular)), readFileSync(assetPath(PNG_ASSET_FILES.bold))],
        family: PNG_FONT_FAMILY,
        // Emoji first, so a symbol that both it and Noto Sans SC have looks the same with or without CJK around it.
        fallbacks: [fallback('emoji'), fallback('cjk'), fallback('hangul')]
    };
    return loaded;
}

function fallback(name: keyof typeof PNG_FALLBACK_RANGES): PngFallbackFont {
    let bytes: Uint8Array | undefined;
    return {
        ranges: PNG_FALLBACK_RANGES[name],
        // Kept once read: a server draws many pictures, and the file does not change under it.
        load: () => (bytes ??= readFileSync(assetPath(PNG_ASSET_FILES[name])))
    };
}

function assetPath(file: { bundled: string; source: string }): string {
    const here = dirname(fileURLToPath(import.meta.url));
    // out/cli/main.cjs and out/server/main.cjs both sit one folder below out/png/.
    const bundled = join(here, '..', 'png', file.bundled);
    if (existsSync(bundled)) return bundled;
    try {
        return createRequire(import.meta.url).resolve(file.source);
    } catch {
        throw new Error(`the PNG renderer is incomplete: ${file.bundled} is missing from ${join(here, '..', 'png')}`);
    }
}
