// Bundles the extension client, the language server and the CLI into self-contained
// CommonJS files under out/, so the .vsix needs no node_modules.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// Langium's ESM code reads import.meta.url in a few places; give CJS an equivalent.
const importMetaShim = "const importMetaUrl = require('url').pathToFileURL(__filename).href;";

/** @type {import('esbuild').BuildOptions} */
const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    // Prefer ES modules: jsonc-parser's UMD entry loads its parts with a dynamic require that
    // a bundle cannot follow.
    mainFields: ['module', 'main'],
    define: { 'import.meta.url': 'importMetaUrl', ALIGN_VERSION: JSON.stringify(version) },
    banner: { js: importMetaShim }
};

/** Options of the bundles that run in a browser: no Node built-ins, no CommonJS shim. */
const browserBundle = {
    platform: 'browser',
    outExtension: { '.js': '.js' },
    banner: {},
    define: { 'import.meta.url': '"file:///"', ALIGN_VERSION: JSON.stringify(version) }
};

// The server imports the Node built-ins below only to find the layout worker thread's file
// (server/diagrams/layout-thread.ts). In a browser there is no such file: these stand-ins
// make that search come back empty, so the layout runs in the server's own worker. Any other
// Node built-in still fails the build.
const NODE_STAND_INS = {
    'node:fs': 'export const existsSync = () => false;',
    'node:path': "export const dirname = path => path.slice(0, path.lastIndexOf('/')); export const join = (...parts) => parts.join('/');",
    'node:url': 'export const fileURLToPath = url => String(url);',
    'node:worker_threads': "export class Worker { constructor() { throw new Error('There are no worker threads in a browser.'); } }"
};

/** @type {import('esbuild').Plugin} */
const nodeStandIns = {
    name: 'node-stand-ins',
    setup(build) {
        build.onResolve({ filter: /^node:/ }, args => args.path in NODE_STAND_INS ? { path: args.path, namespace: 'node-stand-in' } : undefined);
        build.onLoad({ filter: /.*/, namespace: 'node-stand-in' }, args => ({ contents: NODE_STAND_INS[args.path], loader: 'js' }));
    }
};

// The Node server lays graphs out on its worker thread (out/server/layout-worker.cjs, which holds
// ELK); the in-process layout that running the sources falls back to is left out of its bundle,
// so ELK is not shipped twice for the desktop. Reached anyway, it says so instead of drawing.
/** @type {import('esbuild').Plugin} */
const layoutOnWorkerOnly = {
    name: 'layout-on-worker-only',
    setup(build) {
        build.onResolve({ filter: /elk-layout\.js$/ }, () => ({ path: 'elk-layout', namespace: 'layout-on-worker-only' }));
        build.onLoad({ filter: /.*/, namespace: 'layout-on-worker-only' }, () => ({
            contents: "export function layoutGraph() { return Promise.reject(new Error('graph layout runs on the layout worker thread (out/server/layout-worker.cjs), which is missing')); }",
            loader: 'js'
        }));
    }
};

const entries = [
    { entryPoints: { 'client/extension': 'client/extension.ts' }, external: ['vscode'] },
    { entryPoints: { 'server/main': 'server/main.ts' }, plugins: [layoutOnWorkerOnly] },
    // Graph layout runs on this thread, beside the server (server/diagrams/layout-thread.ts).
    { entryPoints: { 'server/layout-worker': 'server/diagrams/layout-worker.ts' } },
    { entryPoints: { 'cli/main': 'cli/main.ts' }, banner: { js: `#!/usr/bin/env node\n${importMetaShim}` } },
    // `align mcp` alone, for the extension's MCP server definition (client/mcp-server-provider.ts).
    { entryPoints: { 'mcp/main': 'cli/mcp/mcp-main.ts' } },
    // The preview webview's script: a browser bundle, no Node built-ins.
    { entryPoints: { 'webview/preview': 'client/webview/preview.ts' }, platform: 'browser', format: 'iife', outExtension: { '.js': '.js' }, banner: {}, define: {} },
    // The language server in a web worker, for VS Code for the Web and the playground (scripts/build-playground.mjs).
    { entryPoints: { 'server/browser-main': 'server/browser-main.ts' }, ...browserBundle, format: 'iife', plugins: [nodeStandIns] },
    // The web extension's client (package.json `browser`): VS Code for the Web loads it as CommonJS in its extension host worker,
    // and refuses a `.js` file of a `"type": "module"` package as an ES module, hence `.cjs`.
    { entryPoints: { 'client/browser-extension': 'client/browser-extension.ts' }, ...browserBundle, outExtension: { '.js': '.cjs' }, format: 'cjs', external: ['vscode'], alias: { 'vscode-languageclient/node.js': 'vscode-languageclient/browser.js' } }
].filter(entry => Object.values(entry.entryPoints).every(file => existsSync(file)));

// The PNG rasteriser's files, read at run time next to the bundles (host/png-assets.ts
// names the same files): resvg's wasm, the one font every PNG is drawn with, the fallback fonts
// for CJK, Hangul and emoji (read only for a picture whose text needs them), and their notices.
function copyPngAssets() {
    const resolve = createRequire(import.meta.url).resolve;
    mkdirSync('out/png', { recursive: true });
    const files = {
        'resvg.wasm': '@resvg/resvg-wasm/index_bg.wasm',
        'DejaVuSansCondensed.ttf': 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf',
        'DejaVuSansCondensed-Bold.ttf': 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf',
        'DejaVu-LICENSE.txt': 'dejavu-fonts-ttf/LICENSE',
        'NotoEmoji-Regular.ttf': '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
        'NotoEmoji-LICENSE.txt': '@expo-google-fonts/noto-emoji/LICENSE_FONT',
        'NotoSansSC-Regular.ttf': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
        'NotoSansKR-Regular.ttf': '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
        // Noto Sans SC and KR share one licence text (Adobe's Source Han Sans, under the OFL).
        'NotoSansCJK-LICENSE.txt': '@expo-google-fonts/noto-sans-sc/LICENSE_FONT'
    };
    for (const [name, source] of Object.entries(files)) copyFileSync(resolve(source), `out/png/${name}`);
    writeFileSync('out/png/resvg-NOTICE.txt', 'resvg.wasm is @resvg/resvg-wasm (resvg-js, built on resvg), under the Mozilla Public License 2.0.\nIts source code: https://github.com/yisibl/resvg-js and https://github.com/linebender/resvg\n');
}
copyPngAssets();

const contexts = await Promise.all(entries.map(entry => esbuild.context({ ...common, ...entry })));
if (watch) {
    await Promise.all(contexts.map(context => context.watch()));
} else {
    await Promise.all(contexts.map(context => context.rebuild()));
    await Promise.all(contexts.map(context => context.dispose()));
}
