// Turns the paths given on the command line into the `.align` files of one workspace.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/** Expands files and folders (searched recursively, skipping node_modules and dot-folders) to `.align` files. */
export function findAlignFiles(paths: string[]): string[] {
    const files = new Set<string>();
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
        } else {
            files.add(absolute);
        }
    }
    if (files.size === 0) {
        throw new UsageError(`no .align files found in ${paths.length > 0 ? paths.join(', ') : 'the current folder'}`);
    }
    return [...files].sort();
}

function walk(folder: string, files: Set<string>): void {
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch {
        throw new UsageError(`cannot read folder ${folder}`);
    }
    for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path, files);
        else if (entry.isFile() && entry.name.endsWith('.align')) files.add(path);
    }
}
