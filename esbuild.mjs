// Bundles the extension client, the language server and the CLI into self-contained
// CommonJS files under out/, so the .vsix needs no node_modules.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

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

const entries = [
    { entryPoints: { 'client/extension': 'client/extension.ts' }, external: ['vscode'] },
    { entryPoints: { 'server/main': 'server/main.ts' } },
    // Graph layout runs on this thread, beside the server (server/diagrams/layout-thread.ts).
    { entryPoints: { 'server/layout-worker': 'server/diagrams/layout-worker.ts' } },
    { entryPoints: { 'cli/main': 'cli/main.ts' }, banner: { js: `#!/usr/bin/env node\n${importMetaShim}` } },
    // The preview webview's script: a browser bundle, no Node built-ins.
    { entryPoints: { 'webview/preview': 'client/webview/preview.ts' }, platform: 'browser', format: 'iife', outExtension: { '.js': '.js' }, banner: {}, define: {} }
].filter(entry => Object.values(entry.entryPoints).every(file => existsSync(file)));

const contexts = await Promise.all(entries.map(entry => esbuild.context({ ...common, ...entry })));
if (watch) {
    await Promise.all(contexts.map(context => context.watch()));
} else {
    await Promise.all(contexts.map(context => context.rebuild()));
    await Promise.all(contexts.map(context => context.dispose()));
}
