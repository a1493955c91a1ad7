// Running the built CLI (out/cli/main.cjs) as a user would, and making the folders it runs on.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const CLI = join(ROOT, 'out/cli/main.cjs');

/** Runs `align ARGS` in `cwd`, without colours; a timeout turns a hang into a failure. */
export function runAlign(args: string[], cwd: string, options: { env?: Record<string, string>; timeout?: number } = {}) {
    const result = spawnSync(process.execPath, [CLI, ...args], {
        cwd,
        encoding: 'utf8',
        timeout: options.timeout,
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1', ...options.env }
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

/** Every file of an example folder, subfolders included (its decision records), by path relative to the repository. */
export function exampleFiles(name: string): Record<string, string> {
    const files: Record<string, string> = {};
    const visit = (relative: string) => {
        for (const entry of readdirSync(join(ROOT, relative), { withFileTypes: true })) {
            const path = `${relative}/${entry.name}`;
            if (entry.isDirectory()) visit(path);
            else files[path] = readFileSync(join(ROOT, path), 'utf8');
        }
    };
    visit(`examples/${name}`);
    return files;
}
