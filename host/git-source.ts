// Reads a project as it was at a git revision (spec §10, `align diff --base REV`): the
// `.align` files and `align.config.json` files under the given paths, listed with
// `git ls-tree` and read with `git show`, run in the repository that holds each path.
// Node only; shared by the CLI and the language server's `align/compare`.
import { execFile } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { isSkippedFolder } from '../language/workspace/projects.js';
import { CONFIG_FILE } from '../language/workspace/project-config.js';
import { UsageError } from './usage-error.js';
import { isFolder } from './paths.js';

/** Align files are small; this only stops a huge blob from exhausting memory. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** The longest revision passed to git. */
const MAX_REVISION_LENGTH = 1024;
/** Files read at once: enough to hide git's start-up time, few enough not to swamp the machine. */
const PARALLEL_READS = 8;

interface GitResult {
    ok: boolean;
    stdout: string;
    stderr: string;
}

// A path the revision does not have gives no files (everything in it is new); an unknown
// revision, a folder outside any repository or a missing git is a usage error.
/** The `.align`, config and Markdown files under the paths at `revision`: working-tree absolute path → text then. */
export async function readAtRevision(revision: string, paths: string[]): Promise<Map<string, string>> {
    checkRevision(revision);
    const files = new Map<string, string>();
    for (const path of paths.length > 0 ? paths : ['.']) {
        await readPathAtRevision(revision, resolve(path), files);
    }
    return files;
}

async function readPathAtRevision(revision: string, path: string, files: Map<string, string>): Promise<void> {
    const folder = isFolder(path) ? path : dirname(path);
    if (!isFolder(folder)) throw new UsageError(`cannot read ${path}: no such file or folder`);
    const prefix = await git(folder, ['rev-parse', '--show-prefix']);
    if (!prefix.ok) throw new UsageError(`${path} is not inside a git repository (${firstLine(prefix.stderr)})`);
    // Resolved first, then peeled: `:/message` searches commit messages, so `:/init^{commit}`
    // would search for "init^{commit}" and a valid revision would be refused.
    const object = await git(folder, ['rev-parse', '--verify', '--quiet', revision]);
    const commit = object.ok ? await git(folder, ['rev-parse', '--verify', '--quiet', `${object.stdout.trim()}^{commit}`]) : object;
    if (!commit.ok) throw new UsageError(`unknown revision '${revision}': no such commit in the repository of ${path}`);
    const oid = commit.stdout.trim();
    const target = folder === path ? '.' : basename(path);
    // A config in a folder above the path (or beside a given file) decides the project the path belongs to (spec §6).
    const depth = prefix.stdout.trim().split('/').filter(Boolean).length;
    const above = Array.from({ length: depth + 1 }, (_, i) => `${'../'.repeat(i)}${CONFIG_FILE}`).slice(target === '.' ? 1 : 0);
    const listed = [...(await listBlobs(folder, oid, ['-r', '--', target])), ...(above.length > 0 ? await listBlobs(folder, oid, ['--', ...above]) : [])];
    const wanted = listed.filter(name => isWanted(name));
    for (let start = 0; start < wanted.length; start += PARALLEL_READS) {
        await Promise.all(
            wanted.slice(start, start + PARALLEL_READS).map(async name => {
                // `REV:./path` is relative to the folder git runs in; no textconv, the bytes as committed.
                const shown = await git(folder, ['show', '--no-textconv', `${oid}:${name.startsWith('../') ? name : `./${name}`}`]);
                if (!shown.ok) throw new UsageError(`cannot read ${name} at ${revision}: ${firstLine(shown.stderr)}`);
                files.set(resolve(folder, name), shown.stdout.replace(/^\uFEFF/, ''));
            })
        );
    }
}

/** Paths (relative to `folder`) of the regular files `git ls-tree` lists; symlinks and submodules are left out. */
async function listBlobs(folder: string, oid: string, args: string[]): Promise<string[]> {
    const listed = await git(folder, ['ls-tree', '-z', oid, ...args]);
    if (!listed.ok) throw new UsageError(`git ls-tree failed in ${folder}: ${firstLine(listed.stderr)}`);
    return listed.stdout
        .split('\0')
        .filter(Boolean)
        .flatMap(entry => {
            const tab = entry.indexOf('\t');
            const [mode, type] = entry.slice(0, tab).split(' ');
            return type === 'blob' && (mode === '100644' || mode === '100755') ? [entry.slice(tab + 1)] : [];
        });
}

/** The files the working tree's loader would read: `.align` files outside skipped folders, configs, and the Markdown decision records they may name. */
function isWanted(name: string): boolean {
    const segments = name.split('/');
    const file = segments[segments.length - 1];
    if (file === CONFIG_FILE) return true;
    return /\.(align|md|markdown)$/i.test(file) && !segments.slice(0, -1).some(segment => segment !== '..' && isSkippedFolder(segment));
}

/** A revision is passed to git as an argument: one that looks like an option would be read as one. */
function checkRevision(revision: string): void {
    if (revision.trim() === '') throw new UsageError('--base needs a git revision, e.g. --base HEAD or --base origin/main');
    // Git's own names are short; a huge argument would only fail to start git (E2BIG).
    if (revision.length > MAX_REVISION_LENGTH)
        throw new UsageError(`--base is ${revision.length} characters long; a git revision has at most ${MAX_REVISION_LENGTH}`);
    if (revision.startsWith('-') || /[\u0000-\u001f\u007f]/.test(revision)) {
        throw new UsageError(`unknown revision '${revision}': a revision cannot start with '-' or hold control characters`);
    }
}

/** Runs git in a folder; a missing git is a usage error with a clear message, a failing one is `ok: false`. */
function git(cwd: string, args: string[]): Promise<GitResult> {
    return new Promise((resolvePromise, reject) => {
        execFile(
            'git',
            args,
            { cwd, encoding: 'utf8', maxBuffer: MAX_FILE_BYTES, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
            (error, stdout, stderr) => {
                if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
                    reject(new UsageError('git is not installed or not on the PATH: comparing with a revision needs git'));
                    return;
                }
                if (error && typeof error.code !== 'number') {
                    reject(new UsageError(`git failed: ${error.message}`));
                    return;
                }
                resolvePromise({ ok: !error, stdout, stderr });
            }
        );
    });
}

function firstLine(text: string): string {
    return text.trim().split('\n')[0] || 'no message';
}
