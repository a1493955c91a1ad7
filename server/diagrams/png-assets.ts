// Node-only: reads the files the PNG rasteriser needs (language/diagrams/render/png.ts stays
// free of `node:fs` so a browser can use it with fetched bytes). The bundles (out/cli,
// out/server) find them in out/png/, copied there by esbuild.mjs and shipped in the .vsix; the
// sources (tests) find them in node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PngAssets } from '../../language/diagrams/render/png.js';

/** Each file in out/png/ and the package file it is copied from; esbuild.mjs copies the same list. */
const PNG_ASSET_FILES = {
    wasm: { bundled: 'resvg.wasm', source: '@resvg/resvg-wasm/index_bg.wasm' },
    // DejaVu Sans Condensed: its widths match the layout's text estimate (layout/measure.ts, made
    // for Helvetica and Arial); plain DejaVu Sans is about 6% wider and crowds the boxes.
    regular: { bundled: 'DejaVuSansCondensed.ttf', source: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf' },
    bold: { bundled: 'DejaVuSansCondensed-Bold.ttf', source: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf' }
} as const;

/** The family name inside the bundled font files. */
export const PNG_FONT_FAMILY = 'DejaVu Sans Condensed';

let loaded: PngAssets | undefined;

/** The wasm and fonts for svgToPng, read once per process. */
export function loadPngAssets(): PngAssets {
    loaded ??= {
        wasm: readFileSync(assetPath(PNG_ASSET_FILES.wasm)),
        fonts: [readFileSync(assetPath(PNG_ASSET_FILES.regular)), readFileSync(assetPath(PNG_ASSET_FILES.bold))],
        family: PNG_FONT_FAMILY
    };
    return loaded;
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
