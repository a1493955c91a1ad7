// Running the built CLI (out/cli/main.cjs) as a user would, and making the folders it runs on.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const CLI = join(ROOT, 'out/cli/main.cjs');

/** Runs `align ARGS` in `cwd`, without colours; a timeout turns a hang into a failure. */
export function runAlign(args: string[], cwd: string, options: { env?: Record<string, string>; timeout?: number } = {}) {
    const result = spawnSync(process.execPath, [CLI, ...args], {
        cwd, encoding: 'utf8', timeout: options.timeout, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', ...options.env }
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, error: result.error };
}

/** A new temporary folder holding the files (name → text), subfolders made as needed. */
export function tempFolder(files: Record<string, string>, prefix = 'align-'): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(dir, name, '..'), { recursive: true });
        writeFileSync(join(dir, name), text);
    }
    return dir;
}
