// Turns the paths given on the command line into the `.align` files of one workspace.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/** Expands files and folders (searched recursively, skipping node_modules and dot-folders) to `.align` files. */
export function findAlignFiles(paths: string[]): string[] {
    // Keyed by real path so a file reached twice (directly and through a symlink) is one document, not a duplicate of itself.
    const files = new Map<string, string>();
    for (const path of paths.length > 0 ? paths : ['.']) {
        const absolute = resolve(path);
        let stats;
        try {
            stats = statSync(absolute);
        } catch {
            throw new UsageError(`cannot read ${path}: no such file or folder`);
        }
        if (stats.isDirectory()) {
            walk(absolute, files);
        } else if (!stats.isFile()) {
            // Opening a fifo or a device would block or never end.
            throw new UsageError(`cannot read ${path}: not a regular file`);
        } else if (!isAlignName(absolute)) {
            throw new UsageError(`${path} is not an .align file: only .align files are read`);
        } else {
            add(absolute, files);
        }
    }
    if (files.size === 0) {
        throw new UsageError(`no .align files found in ${paths.length > 0 ? paths.join(', ') : 'the current folder'}`);
    }
    return [...files.values()].sort();
}

// Case-sensitive on purpose: Langium's service registry knows exactly `.align`, so x.ALIGN could not be parsed.
function isAlignName(path: string): boolean {
    return path.endsWith('.align');
}

function walk(folder: string, files: Map<string, string>): void {
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch {
        throw new UsageError(`cannot read folder ${folder}`);
    }
    for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            walk(path, files);
        } else if (isAlignName(entry.name) && isRegularFile(entry, path)) {
            add(path, files);
        }
    }
}

function add(path: string, files: Map<string, string>): void {
    const real = realpathSync(path);
    if (!files.has(real)) files.set(real, path);
}

// Symlinked files count (they are how people share a file between workspaces); symlinked folders are
// not followed, which rules out loops; fifos, sockets and devices are skipped because reading them can block.
function isRegularFile(entry: Dirent, path: string): boolean {
    if (entry.isFile()) return true;
    if (!entry.isSymbolicLink()) return false;
    try {
        return statSync(path).isFile();
    } catch {
        return false; // a dangling link has nothing to read
    }
}
