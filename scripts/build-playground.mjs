// Builds the browser playground into playground/dist: a static page (Monaco, the preview
// beside it) whose language server is the web worker bundle esbuild.mjs builds for the web
// extension, copied here unchanged together with the preview webview's script.
//   node scripts/build-playground.mjs [--production]
// `npm run playground` runs the production build first, so both bundles are minified.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';

const production = process.argv.includes('--production');
const dist = 'playground/dist';

/** Bundles that esbuild.mjs makes and the playground serves as they are. */
const SHARED_BUNDLES = ['out/server/browser-main.js', 'out/webview/preview.js'];

/** Reading order of an example's files when they are joined into one model. */
const FILE_ORDER = ['people.align', 'decision-rights.align', 'governance.align', 'delivery.align'];

/** Offers each folder of examples/ as one model text: its .align files, joined under a comment naming each. */
function examplesModule() {
    const examples = readdirSync('examples', { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => {
        const folder = join('examples', entry.name);
        const rank = name => FILE_ORDER.includes(name) ? FILE_ORDER.indexOf(name) : FILE_ORDER.length;
        const files = readdirSync(folder).filter(name => name.endsWith('.align')).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
        const text = files.map(name => `// ── ${name} ──\n${readFileSync(join(folder, name), 'utf8').trimEnd()}\n`).join('\n');
        return { id: entry.name, text };
    });
    return `export const EXAMPLES = ${JSON.stringify(examples)};`;
}

/** `import { EXAMPLES } from 'align-examples'` resolves to the examples read at build time. */
const examplesPlugin = {
    name: 'align-examples',
    setup(build) {
        build.onResolve({ filter: /^align-examples$/ }, () => ({ path: 'align-examples', namespace: 'align-examples' }));
        build.onLoad({ filter: /.*/, namespace: 'align-examples' }, () => ({ contents: examplesModule(), loader: 'js' }));
    }
};

/** @type {import('esbuild').BuildOptions} */
const common = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    outdir: dist,
    minify: production,
    sourcemap: !production,
    logLevel: 'warning',
    // Monaco's codicon font, referenced from its CSS.
    loader: { '.ttf': 'file' }
};

/** The page's scripts: the app (with Monaco and its CSS), Monaco's editor worker and the preview's host shim. */
const builds = [
    { entryPoints: { app: 'playground/src/main.ts' }, format: 'esm', plugins: [examplesPlugin] },
    { entryPoints: { 'editor.worker': 'monaco-editor/editor/editor.worker' }, format: 'iife' },
    { entryPoints: { 'vscode-shim': 'playground/src/webview-shim.ts' }, format: 'iife' }
];

/** The preview page is the extension's webview HTML (client/preview/preview-html.ts), with the shim loaded first. */
async function previewPage() {
    const compiled = await esbuild.build({ entryPoints: ['client/preview/preview-html.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false });
    const { previewHtml } = await import(`data:text/javascript;base64,${Buffer.from(compiled.outputFiles[0].text).toString('base64')}`);
    // A static page has one nonce per build; the pictures are sanitised before they are shown anyway.
    const nonce = randomBytes(16).toString('base64');
    const html = previewHtml({ cspSource: "'self'", nonce, scriptUri: 'preview.js', styleUri: 'preview.css', view: 'decision-flow' });
    const script = `<script nonce="${nonce}" src="preview.js"></script>`;
    if (!html.includes(script)) throw new Error('build-playground: the preview HTML no longer loads preview.js as expected');
    const theme = `<link rel="stylesheet" href="preview-theme.css" nonce="${nonce}">`;
    return html.replace('<title>', `${theme}\n<title>`).replace(script, `<script nonce="${nonce}" src="vscode-shim.js"></script>\n${script}`);
}

/** Builds what the page needs from esbuild.mjs when it has not been built yet. */
function ensureSharedBundles() {
    if (SHARED_BUNDLES.every(file => existsSync(file))) return;
    execFileSync(process.execPath, ['esbuild.mjs', ...(production ? ['--production'] : [])], { stdio: 'inherit' });
}

ensureSharedBundles();
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await Promise.all(builds.map(entry => esbuild.build({ ...common, ...entry })));
const copied = [...SHARED_BUNDLES, ...SHARED_BUNDLES.map(file => `${file}.map`).filter(file => existsSync(file)),
    'playground/index.html', 'playground/playground.css', 'playground/preview-theme.css', 'media/preview.css', 'media/file-icon.svg'];
for (const file of copied) copyFileSync(file, join(dist, basename(file)));
writeFileSync(join(dist, 'preview.html'), await previewPage());
