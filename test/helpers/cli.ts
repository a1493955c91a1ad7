// Running the built CLI (out/cli/main.cjs) as a user would, and making the folders it runs on.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const CLI = join(ROOT, 'out/cli/main.cjs');

interface RunOptions {
    env?: Record<string, string>;
    /** Milliseconds before the child is killed: a hang becomes a failure, not a stuck suite. */
    timeout?: number;
}

function spawnOptions(cwd: string, options: RunOptions) {
    return { cwd, timeout: options.timeout, maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', ...options.env } };
}

/** Runs `align ARGS` in `cwd`, without colours; a timeout turns a hang into a failure. */
export function runAlign(args: string[], cwd: string = ROOT, options: RunOptions = {}) {
    const result = spawnSync(process.execPath, [CLI, ...args], { ...spawnOptions(cwd, options), encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, error: result.error };
}

/** Runs `align ARGS` in `cwd` and keeps its standard output as bytes (a PNG written to stdout). */
export function runAlignBytes(args: string[], cwd: string = ROOT, options: RunOptions = {}) {
    const result = spawnSync(process.execPath, [CLI, ...args], { ...spawnOptions(cwd, options), encoding: 'buffer' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8'), error: result.error };
}

/** Starts `align ARGS` in `cwd` and leaves it running, for tests that act while it works. */
export function startAlign(args: string[], cwd: string = ROOT, options: RunOptions = {}): ChildProcessWithoutNullStreams {
    const { env } = spawnOptions(cwd, options);
    return spawn(process.execPath, [CLI, ...args], { cwd, env });
}

/** The findings of `align check TARGET --format json` run in `cwd`, as the CLI prints them. */
export function checkJson<
    T = { file: string; code: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }
>(target: string, cwd: string = ROOT): T[] {
    const result = runAlign(['check', target, '--format', 'json'], cwd);
    if (result.error || !result.stdout) throw new Error(`align check ${target} printed nothing: ${result.stderr}`);
    return JSON.parse(result.stdout) as T[];
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
