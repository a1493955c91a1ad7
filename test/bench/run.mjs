// Bundles the benchmark with esbuild (as the CLI is bundled) and runs it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

await build({
    entryPoints: ['test/bench/bench.ts'], bundle: true, platform: 'node', target: 'node20', format: 'esm',
    outfile: 'out/bench/bench.mjs', logLevel: 'warning', mainFields: ['module', 'main'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
});
// `npm run bench -- server` (or editor, build, pipeline, files) runs one part; no argument runs all.
execFileSync(process.execPath, ['--expose-gc', 'out/bench/bench.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
