// `align import backstage PATH… [-o DIR]`: a Backstage catalog's users and groups as
// stakeholders and groups. Printed on stdout, or written as DIR/people.align, which must not
// exist: an import never overwrites. What was skipped is said on stderr.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importBackstage, type CatalogFile } from '../../language/import/backstage.js';
import { isSkippedFolder } from '../../language/workspace/projects.js';
import { ExitCode, UsageError } from '../../host/usage-error.js';
import { createNewFile } from '../atomic-write.js';
import { escapeControls } from '../output.js';

/** Catalog files bigger than this are not read: a catalog file is a page of YAML, not a dump. */
const MAX_CATALOG_BYTES = 10_000_000;

export interface ImportOptions {
    output?: string;
}

/** Runs `align import SOURCE PATH…` and returns the exit status. */
export async function runImport(source: string, paths: string[], options: ImportOptions): Promise<number> {
    if (source !== 'backstage') throw new UsageError(`align import knows one source, backstage, not ${source}`);
    if (paths.length === 0) throw new UsageError('align import backstage needs catalog files or folders, e.g. align import backstage catalog/');
    const files = catalogFiles(paths);
    if (files.length === 0) throw new UsageError(`no catalog file (.yaml or .yml) in ${paths.join(', ')}`);
    const result = importBackstage(files);
    if (options.output === undefined) {
        // Each line escaped on its own: titles come from the catalog, the line breaks are ours.
        process.stdout.write(result.text.split('\n').map(escapeControls).join('\n'));
    } else {
        const target = join(options.output, 'people.align');
        if (existsSync(options.output) && !statSync(options.output).isDirectory()) throw new UsageError(`-o takes a folder: ${options.output} is a file`);
        mkdirSync(options.output, { recursive: true });
        createNewFile(target, result.text);
        process.stdout.write(`Wrote ${escapeControls(target)}\n`);
    }
    process.stderr.write(
        `Imported ${result.users} user${result.users === 1 ? '' : 's'} and ${result.groups} group${result.groups === 1 ? '' : 's'}` +
            `${result.skipped.length > 0 ? `; skipped ${result.skipped.length}:\n${result.skipped.map(line => `  ${escapeControls(line)}`).join('\n')}` : ''}\n`
    );
    return ExitCode.Ok;
}

/** The YAML files named, and those in the folders named (recursively, skipping dot folders and node_modules). */
function catalogFiles(paths: string[]): CatalogFile[] {
    const found: string[] = [];
    const visit = (path: string) => {
        const stats = lstatSync(path);
        if (stats.isSymbolicLink()) return;
        if (stats.isDirectory()) {
            for (const name of readdirSync(path).sort()) {
                const child = join(path, name);
                if (lstatSync(child).isDirectory() ? !isSkippedFolder(name) : /\.ya?ml$/i.test(name)) visit(child);
            }
        } else if (stats.isFile()) {
            found.push(path);
        }
    };
    for (const path of paths) {
        if (!existsSync(path)) throw new UsageError(`cannot read ${path}: no such file or folder`);
        visit(resolve(path));
    }
    return found.map(path => {
        if (statSync(path).size > MAX_CATALOG_BYTES)
            throw new UsageError(`${path} is bigger than ${MAX_CATALOG_BYTES / 1_000_000} MB: not a catalog file Align reads`);
        return { path, text: readFileSync(path, 'utf8') };
    });
}
