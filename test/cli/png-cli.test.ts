// `align diagram --format png` through the built CLI (out/cli/main.cjs), and the bundled
// server's `align/diagramPng` (the preview's "Export PNG"): both find the wasm and the font in
// out/png/, refuse what they must, and give the same bytes in separate processes.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagramPngRequest } from '../../language/protocol.js';
import { CLI, ROOT, runAlignBytes } from '../helpers/cli.js';
import { startServer } from '../lsp/lsp-client.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function align(args: string[]) {
    return runAlignBytes(args);
}

function pngSize(png: Buffer): { width: number; height: number } {
    return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'align-png-')), name);

describe('align diagram --format png', () => {
    it('writes a PNG twice the size of the SVG, the same bytes from two processes', () => {
        const [first, second] = [out('a.png'), out('b.png')];
        const runs = [first, second].map(file => align(['diagram', 'examples/stalemate', '--view', 'decision-flow', '--format', 'png', '-o', file]));
        for (const run of runs) {
            expect(run.stderr).toBe('');
            expect(run.status).toBe(0);
            expect(run.stdout.length).toBe(0);
        }
        const png = readFileSync(first);
        expect(png.subarray(0, 8).equals(SIGNATURE)).toBe(true);
        expect(readFileSync(second).equals(png)).toBe(true);
        const svg = align(['diagram', 'examples/stalemate', '--view', 'decision-flow']).stdout.toString('utf8');
        const [, width, height] = /<svg[^>]*\swidth="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
        expect(pngSize(png)).toEqual({ width: Math.round(Number(width) * 2), height: Math.round(Number(height) * 2) });
    });

    it('runs from a copy of out/ with no node_modules anywhere above it, as the package ships', () => {
        const shipped = mkdtempSync(join(tmpdir(), 'align-shipped-'));
        cpSync(CLI, join(shipped, 'out/cli/main.cjs'));
        cpSync(join(ROOT, 'out/png'), join(shipped, 'out/png'), { recursive: true });
        const [here, there] = [out('here.png'), out('there.png')];
        const args = ['diagram', join(ROOT, 'examples/stalemate'), '--view', 'escalation', '--format', 'png', '-o'];
        expect(align([...args, here]).status).toBe(0);
        const copy = spawnSync(process.execPath, [join(shipped, 'out/cli/main.cjs'), ...args, there], { cwd: shipped, encoding: 'utf8' });
        expect(copy.stderr).toBe('');
        expect(readFileSync(there).equals(readFileSync(here))).toBe(true);
    });

    it('draws the RACI view too', () => {
        const file = out('raci.png');
        const run = align(['diagram', 'examples/patient-portal', '--view', 'raci', '--format', 'png', '-o', file]);
        expect(run.status).toBe(0);
        expect(readFileSync(file).subarray(0, 8).equals(SIGNATURE)).toBe(true);
    });

    it('refuses to write PNG bytes to standard output (exit 2)', () => {
        const run = align(['diagram', 'examples/stalemate', '--view', 'decision-flow', '--format', 'png']);
        expect(run.status).toBe(2);
        expect(run.stdout.length).toBe(0);
        expect(run.stderr).toMatch(/^align: --format png .*-o FILE/);
    });

    it('never writes a PNG over an .align file (exit 2)', () => {
        const file = out('x.align');
        const run = align(['diagram', 'examples/stalemate', '--view', 'decision-flow', '--format', 'png', '-o', file]);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('must not name an .align file');
        expect(existsSync(file)).toBe(false);
    });
});

describe("align/diagramPng (the preview's Export PNG)", () => {
    it('gives the bytes of the CLI for the same project', async () => {
        const session = await startServer(['stalemate']);
        try {
            const focus = { uri: session.uri('delivery.align'), line: 0, character: 0 };
            const { base64 } = await session.connection.sendRequest(DiagramPngRequest, { view: 'decision-flow', focus });
            const file = out('cli.png');
            expect(align(['diagram', 'examples/stalemate', '--view', 'decision-flow', '--format', 'png', '-o', file]).status).toBe(0);
            expect(Buffer.from(base64, 'base64').equals(readFileSync(file))).toBe(true);
        } finally {
            await session.stop();
        }
    });

    it('answers bad params with an error that names the request', async () => {
        const session = await startServer(['stalemate']);
        try {
            await expect(session.connection.sendRequest(DiagramPngRequest.method, { view: 'nonsense' })).rejects.toThrow(/^align\/diagramPng: view must be/);
        } finally {
            await session.stop();
        }
    });
});
